"""Property tests: whatever fields and values the server adds, parsing keeps them and round-trips exactly."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from musicapi_client.models import RiffusionClip, RiffusionTask, TaskFailure
from tests.support import canonical

KNOWN = set(RiffusionClip.__annotations__) - {"additional_properties"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
extra_fields = st.dictionaries(st.text(min_size=1, max_size=12).filter(lambda k: k not in KNOWN), json_values)
text_or_null = st.none() | st.text()
clips = st.fixed_dictionaries(
    {},
    optional={
        "clip_id": text_or_null,
        "title": text_or_null,
        "audio_url": text_or_null,
        "state": text_or_null,
        "mv": text_or_null,
        "duration": st.none() | st.floats(min_value=0, max_value=1e4) | st.text(max_size=8),
        "timestamp": st.none() | st.dictionaries(st.text(max_size=5), json_values, max_size=3),
    },
)


@settings(max_examples=200, deadline=None)
@given(clip=clips, extra=extra_fields)
def test_any_clip_round_trips(clip: dict[str, Any], extra: dict[str, Any]) -> None:
    data = {**extra, **clip}
    assert canonical(RiffusionClip.from_dict(data).to_dict()) == canonical(data)


@settings(max_examples=100, deadline=None)
@given(data=st.lists(clips, max_size=3), code=st.integers(100, 599), extra=extra_fields)
def test_any_task_envelope_round_trips(data: list[dict[str, Any]], code: int, extra: dict[str, Any]) -> None:
    envelope = {**{k: v for k, v in extra.items() if k not in {"code", "data", "message"}}, "code": code, "data": data}
    assert canonical(RiffusionTask.from_dict(envelope).to_dict()) == canonical(envelope)


@settings(max_examples=100, deadline=None)
@given(kind=st.text(), message=st.text())
def test_any_failure_type_is_kept(kind: str, message: str) -> None:
    failure = TaskFailure.from_dict({"type": kind, "error": message})
    assert failure.type_ == kind
    assert failure.to_dict() == {"type": kind, "error": message}
