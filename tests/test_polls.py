"""The faster poll parse (musicapi_runtime._polls) gives exactly what the generated parser gives: the same model
type, the same fields, unknown values and fields kept, or the same exception, on every fixture (each read as an
answer of both poll endpoints, under every status it could come with) and on generated edge cases."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import musicapi_spec as facts
from musicapi_client import AuthenticatedClient
from musicapi_client.models import ProducerClip, ProducerTask, RiffusionClip, RiffusionTask
from musicapi_client.types import UNSET, Unset
from musicapi_runtime import RetryPolicy, RetryTransport, connect
from musicapi_runtime import _polls as polls
from musicapi_runtime._spec import endpoint
from tests.fakes import FakeAPI, Sleeps, client_for, finished, js, task_path
from tests.support import BASE_URL, SPEC, fixtures

POLLS: dict[str, type[RiffusionTask] | type[ProducerTask]] = {
    "riffusion_get_task": RiffusionTask,
    "producer_get_task": ProducerTask,
}
CLIENT = AuthenticatedClient(base_url="http://unused", token="k")


def outcome(fn: Any) -> tuple[str, Any]:
    """("ok", type name, dict) or ("raised", exception type): what a parse ends in, comparable."""
    try:
        parsed = fn()
    except Exception as error:
        return ("raised", type(error).__name__)
    if parsed is None:
        return ("ok", None)
    return ("ok", (type(parsed).__name__, canonical(parsed.to_dict())))


def canonical(value: Any) -> Any:
    """A comparable form of a model's dict. Keys are not always text: the generated parser reads a JSON list of
    pairs such as [[null, null]] as an error body with the keys None, so they are sorted by repr."""
    if isinstance(value, dict):
        return sorted(((repr(k), canonical(v)) for k, v in value.items()), key=lambda item: item[0])
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return repr(value)


def same_as_generated(operation: str, status: int, content: bytes) -> None:
    module, model = endpoint(operation), POLLS[operation]
    response = httpx.Response(status, content=content, headers={"content-type": "application/json"})
    generated = outcome(lambda: module._parse_response(client=CLIENT, response=response))
    fast = outcome(lambda: polls.parse(module, model, CLIENT, response))
    assert fast == generated
    if generated[0] == "ok" and generated[1] is not None:  # equal as models too (attrs equality: every field)
        a = module._parse_response(client=CLIENT, response=response)
        b = polls.parse(module, model, CLIENT, response)
        assert type(a) is type(b) and a == b and a.additional_properties == b.additional_properties


ALL_FIXTURES = [f for f in fixtures() if f.kind != "request"]


@pytest.mark.parametrize("operation", sorted(POLLS))
@pytest.mark.parametrize("fixture", ALL_FIXTURES, ids=[f.id for f in ALL_FIXTURES])
def test_every_fixture_parses_as_the_generated_parser_does(operation: str, fixture: Any) -> None:
    content = fixture.path.read_bytes()
    for status in {fixture.status, 200, 202}:
        same_as_generated(operation, status, content)


def test_every_documented_poll_example_parses_as_the_generated_parser_does() -> None:
    seen = 0
    for operation in POLLS:
        for status, examples in facts.EXAMPLES.get(operation, {}).items():
            for body in examples.values():
                same_as_generated(operation, int(status) if status.isdigit() else 200, json.dumps(body).encode())
                seen += 1
    assert seen >= 8


def test_the_not_ready_word_is_the_spec_const() -> None:
    assert SPEC["components"]["schemas"]["TaskNotReady"]["properties"]["type"]["const"] == polls.NOT_READY


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
WORDS = st.sampled_from(["not_ready", "failed", "timeout", "succeeded", "streaming", "running", "PENDING", "SUCCESS"])
CLIP = st.fixed_dictionaries(
    {},
    optional={
        "clip_id": st.text(max_size=5) | st.none(),
        "state": WORDS | JSON,
        "audio_url": st.text(max_size=5) | st.none() | st.integers(),
        "mv": st.sampled_from(["FUZZ-1.1 Pro", "nope"]) | JSON,
        "duration": st.floats(allow_nan=False) | st.text(max_size=4) | st.none(),
        "extra": JSON,
    },
)
BODY = st.fixed_dictionaries(
    {},
    optional={
        "type": WORDS | JSON,
        "code": st.sampled_from([200, 202, 500]) | JSON,
        "status": WORDS | JSON,
        "data": st.lists(CLIP, max_size=3) | JSON,
        "message": st.text(max_size=5) | JSON,
        "unknown": JSON,
    },
)


@settings(max_examples=300, deadline=None)
@given(body=BODY | JSON, status=st.sampled_from([200, 202, 400, 500]), operation=st.sampled_from(sorted(POLLS)))
def test_edge_cases_parse_as_the_generated_parser_does(body: Any, status: int, operation: str) -> None:
    same_as_generated(operation, status, json.dumps(body).encode())


def test_broken_json_fails_the_same_way() -> None:
    for operation in POLLS:
        for content in (b"", b"{", b"\xff", b"[1, 2]", b'"text"', b"null", b"[[null, null], [false, null]]"):
            for status in (200, 400):
                same_as_generated(operation, status, content)


def test_get_task_goes_through_the_fast_path_with_the_generated_request() -> None:
    """The request is the generated one (same URL and method); the answer reads the same."""
    api = FakeAPI().script(task_path("t/1"), [js(200, {"code": 200, "data": [], "message": "ok", "x": 1})])
    from musicapi_runtime import get_task

    status = get_task(client_for(api), "t/1")
    assert status.task is not None and status.task.additional_properties == {"x": 1}
    assert [r.url.raw_path for r in api.requests] == [b"/api/v1/riffusion/task/t%2F1"]


def test_the_fast_task_status_is_the_dataclass() -> None:
    """tasks._status builds TaskStatus without the frozen __init__: the same fields, equal, hashable, frozen."""
    import dataclasses

    from musicapi_runtime._tasks import TaskStatus, _status

    args = ("t", "running", ("running",), None, "RUNNING", "near")
    fast, slow = _status(*args), TaskStatus(*args)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert [f.name for f in dataclasses.fields(TaskStatus)] == list(vars(fast))
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.state = "x"  # type: ignore[misc]


def test_builders_are_used_for_the_task_models() -> None:
    """The compiled builders pass their own check for both task models and their clips (else the generated
    from_dict is used; a bound method compares equal to another access of it, never identical)."""
    for model in (*POLLS.values(), RiffusionClip, ProducerClip):
        known: Any = model
        assert polls.builder(known) != model.from_dict and polls.builder(known).__name__ == "build"


@attrs.define
class Plain:
    """Shaped like a generated model: slotted attrs, unknown fields kept, from_dict popping each field."""

    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: dict[str, Any]) -> Any:
        d = dict(src_dict)
        made = cls(d.pop("name", UNSET))
        made.additional_properties = d
        return made


def _shout(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


@attrs.define
class Converted:
    name: str | Unset = attrs.field(default=UNSET, converter=_shout)
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: dict[str, Any]) -> Any:
        d = dict(src_dict)
        made = cls(d.pop("name", UNSET))
        made.additional_properties = d
        return made


def test_the_builder_compiles_attrs_models_and_calls_their_constructor() -> None:
    """An attrs class shaped like a generated model is compiled; the compiled code calls the constructor, so
    what attrs runs there (a converter here) still runs."""
    for model in (Plain, Converted):
        fast: Any = polls.builder(model)
        assert fast != model.from_dict and fast.__name__ == "build"
        assert fast({"name": "a", "x": 1}) == model.from_dict({"name": "a", "x": 1})
    assert polls.builder(Converted)({"name": "a"}).name == "A"


class RetriesAccepted(RetryPolicy):
    """A custom policy that also retries a 202 (the transports skip asking only the plain RetryPolicy)."""

    def retries_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        return response.status_code == 202 or super().retries_status(request, response)


def test_a_policy_subclass_still_decides_on_statuses_below_400() -> None:
    api = FakeAPI().script(task_path("t-1"), [js(202, {"type": "not_ready"}), finished()])
    sleeps = Sleeps()
    policy = RetriesAccepted(jitter=lambda: 1.0)
    client = connect("k", base_url=BASE_URL, transport=RetryTransport(api.transport(), policy, sleep=sleeps))
    from musicapi_runtime import get_task

    assert get_task(client, "t-1").done  # the 202 was retried by the custom policy
    assert api.hits(task_path("t-1")) == 2 and len(sleeps) == 1
    plain = client_for(FakeAPI().script(task_path("t-2"), [js(202, {"type": "not_ready"}), finished()]))
    assert get_task(plain, "t-2").state == "not_ready"  # RetryPolicy itself never retries it


BASES = ["http://h", "http://h/", "http://h:8080/prefix", "http://h/prefix/", "https://h/a%20b/c"]
IDS = ["t-1", "t/1", "a b", "ü", "%2F", "x?y#z"]


def _recorded(base: str, send: Any) -> list[str]:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"code": 200, "data": []})

    client = AuthenticatedClient(
        base_url=base,
        token="k",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    send(client)
    return seen


@pytest.mark.parametrize("task_id", IDS)
@pytest.mark.parametrize("operation", sorted(POLLS))
@pytest.mark.parametrize("base", BASES)
def test_the_poll_url_is_the_one_the_generated_request_goes_to(base: str, operation: str, task_id: str) -> None:
    """polls._kwargs joins and parses the URL once per task (httpx's own merge); every base URL and id ends at the
    URL the generated sync_detailed and asyncio_detailed send to, and another client's base URL is not mixed up
    with the first's (the cache is keyed on it)."""
    import asyncio

    module: Any = endpoint(operation)
    model = POLLS[operation]

    async def both(c: AuthenticatedClient) -> None:
        await module.asyncio_detailed(task_id, client=c)
        await polls.asyncio_detailed(module, model, task_id, client=c)

    generated = _recorded(base, lambda c: module.sync_detailed(task_id, client=c))
    fast = _recorded(base, lambda c: polls.sync_detailed(module, model, task_id, client=c))
    asynced = _recorded(base, lambda c: asyncio.run(both(c)))
    assert len(generated) == 1 and fast == generated and asynced == generated * 2
    other = _recorded("http://other:9", lambda c: polls.sync_detailed(module, model, task_id, client=c))
    assert other[0].startswith("http://other:9/"), other
