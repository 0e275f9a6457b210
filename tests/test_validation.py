"""Bad input fails early: nothing is sent, the error says what is wrong, and the checks agree with the spec."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_core.validation.request.exceptions import RequestValidationError as SpecRejected

import musicapi_runtime as rt
from musicapi_client.models import (
    RiffusionCreateWithDescription,
    RiffusionCreateWithLyrics,
    RiffusionModel,
    RiffusionReplaceSection,
    RiffusionSwapVocals,
)
from musicapi_runtime.validation import LIMITS, problems_with
from tests.fakes import FakeAPI, client_for
from tests.support import BASE_URL, SPEC_PATH, validate_request

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS = SPEC["components"]["schemas"]
KEYWORDS = {"type", "format", "minLength", "maxLength", "minimum", "maximum", "pattern"}


def resolved(prop: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in prop:
        prop = {**SCHEMAS[prop["$ref"].rsplit("/", 1)[1]], **{k: v for k, v in prop.items() if k != "$ref"}}
    return {k: v for k, v in prop.items() if k in KEYWORDS}


def request_schemas() -> list[str]:
    variants = [r["$ref"].rsplit("/", 1)[1] for r in SCHEMAS["RiffusionCreateRequest"]["oneOf"]]
    return [*variants, "RiffusionUploadRequest"]


@pytest.mark.parametrize("schema", request_schemas())
def test_limits_match_the_spec(schema: str) -> None:
    for field, prop in SCHEMAS[schema]["properties"].items():
        rules = resolved(prop)
        if field in {"mv", "task_type", "custom_mode"}:
            continue  # enums and const tags: enforced by the generated types
        assert LIMITS[field] == rules, f"{schema}.{field}"


def test_every_limited_field_is_in_the_spec() -> None:
    fields = {f for s in request_schemas() for f in SCHEMAS[s]["properties"]}
    assert set(LIMITS) <= fields


def desc(prompt: Any = "a song", **kw: Any) -> RiffusionCreateWithDescription:
    return RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1, prompt=prompt, **kw)


BAD = [
    (desc("x" * 201), "prompt has 201 characters"),
    (desc(""), "prompt must not be empty"),
    (desc(None), "prompt must be a string"),
    (desc(make_instrumental="yes"), "make_instrumental must be a boolean"),
    (RiffusionCreateWithDescription(mv="FUZZ-1.1", prompt="x"), "RiffusionModel"),  # type: ignore[arg-type]
    (RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, title="t" * 80), "title has 80 characters"),
    (RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, lyrics="l" * 3001), "lyrics has 3001"),
    (
        RiffusionReplaceSection(
            mv=RiffusionModel.FUZZ_1_0, continue_clip_id="c", replace_start_time=20, replace_end_time=10
        ),
        "replace_end_time (10) must be after replace_start_time (20)",
    ),
    (
        RiffusionSwapVocals(
            mv=RiffusionModel.FUZZ_1_0, continue_clip_id="", lyrics="l", sound="s", vocal_variation=1.5
        ),
        "vocal_variation must be at most 1",
    ),
]


@pytest.mark.parametrize(("body", "words"), BAD)
def test_invalid_creates_fail_before_any_request(body: Any, words: str) -> None:
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError) as raised:
        rt.create(client_for(api), body)
    assert words in str(raised.value)
    assert api.requests == [] and api.refused == []


def test_all_problems_are_listed_at_once() -> None:
    body = RiffusionSwapVocals(mv=RiffusionModel.FUZZ_1_0, continue_clip_id="", lyrics="l", sound="s" * 300)
    with pytest.raises(rt.RequestValidationError) as raised:
        rt.validate_body(body)
    assert "continue_clip_id must not be empty" in str(raised.value) and "sound has 300" in str(raised.value)


@pytest.mark.parametrize("url", ["ftp://x/a.mp3", "not a url", "", "file:///a.mp3"])
def test_invalid_upload_urls_fail_early(url: str) -> None:
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError):
        rt.upload(client_for(api), url)
    assert api.requests == []


def test_request_validation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        rt.validate_body(desc(""))


def spec_accepts(data: dict[str, Any]) -> bool:
    request = httpx.Request(
        "POST", f"{BASE_URL}/api/v1/riffusion/create", json=data, headers={"Authorization": "Bearer k"}
    )
    try:
        validate_request(request)
    except SpecRejected:
        return False
    return True


@settings(max_examples=150, deadline=None)
@given(
    prompt=st.text(max_size=260),
    title=st.text(max_size=100),
    sound=st.text(max_size=260),
    start=st.floats(-5, 300, allow_nan=False),
    length=st.floats(-5, 60, allow_nan=False),
)
def test_early_checks_agree_with_the_spec(prompt: str, title: str, sound: str, start: float, length: float) -> None:
    """Whatever we let through, the spec accepts; whatever the spec rejects, we stop first."""
    bodies = [
        desc(prompt).to_dict(),
        RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, title=title, sound=sound).to_dict(),
        RiffusionReplaceSection(
            mv=RiffusionModel.FUZZ_1_0,
            continue_clip_id="c",
            replace_start_time=start,
            replace_end_time=start + length,
        ).to_dict(),
    ]
    for data in bodies:
        if not problems_with(data):
            assert spec_accepts(data), data
        if not spec_accepts(data):
            assert problems_with(data), data


def test_create_body_type_is_the_generated_union() -> None:
    import typing

    from musicapi_client.api.riffusion import riffusion_create
    from musicapi_runtime.tasks import CreateBody

    generated = typing.get_type_hints(riffusion_create.sync_detailed)["body"]
    assert set(typing.get_args(CreateBody)) == set(typing.get_args(generated))


def test_tags_cannot_be_changed() -> None:
    with pytest.raises(rt.RequestValidationError, match="custom_mode must be False"):
        rt.validate_body(desc(custom_mode=True))
    with pytest.raises(rt.RequestValidationError, match="task_type must be 'create_music' for"):
        rt.validate_body(desc(task_type="extend_music"))
    rt.validate_body(desc(task_type="create_music"))  # the optional tag, with its one allowed value


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    body = RiffusionSwapVocals(
        mv=RiffusionModel.FUZZ_1_0, continue_clip_id="c", lyrics="l", sound="s", vocal_variation=value
    )
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError, match="vocal_variation must be a"):
        rt.create(client_for(api), body)
    assert api.requests == []
