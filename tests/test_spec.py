"""The spec itself: its shape, its strictness on requests, and its tolerance on responses."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import yaml
from openapi_core.validation.request.exceptions import RequestValidationError
from openapi_core.validation.response.exceptions import ResponseValidationError

from musicapi_client.models import RiffusionExtend, RiffusionModel, RiffusionSwapVocals
from tests.support import BASE_URL, SPEC_PATH, validate_request, validate_response

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
CREATE_VARIANTS = [ref["$ref"].rsplit("/", 1)[1] for ref in SCHEMAS["RiffusionCreateRequest"]["oneOf"]]

TASK_TYPES = {
    "RiffusionExtend": "extend_music",
    "RiffusionCover": "cover_music",
    "RiffusionReplaceSection": "replace_music",
    "RiffusionSwapSound": "swap_music_sound",
    "RiffusionSwapVocals": "swap_music_vocals",
    "RiffusionExtendUploadMusic": "extend_upload_music",
    "RiffusionCoverUploadMusic": "cover_upload_music",
    "RiffusionReplaceUploadMusic": "replace_upload_music",
    "RiffusionSwapUploadMusicSound": "swap_upload_music_sound",
    "RiffusionSwapUploadMusicVocals": "swap_upload_music_vocals",
}


def create_request(body: Any) -> httpx.Request:
    return httpx.Request(
        "POST",
        f"{BASE_URL}/api/v1/riffusion/create",
        json=body,
        headers={"Authorization": "Bearer k"},
    )


def test_create_offers_one_variant_per_operation() -> None:
    assert set(CREATE_VARIANTS) == {"RiffusionCreateWithDescription", "RiffusionCreateWithLyrics", *TASK_TYPES}


@pytest.mark.parametrize("name", CREATE_VARIANTS)
def test_variant_tags_are_const_with_default(name: str) -> None:
    schema = SCHEMAS[name]
    props = schema["properties"]
    custom_mode = props["custom_mode"]
    assert custom_mode["const"] is custom_mode["default"]
    assert "custom_mode" in schema["required"] and "mv" in schema["required"]
    if name in TASK_TYPES:
        assert props["task_type"]["const"] == props["task_type"]["default"] == TASK_TYPES[name]
        assert "task_type" in schema["required"]
        assert "continue_clip_id" in schema["required"]
    assert "example" in schema


def walk(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            found.extend(walk(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(walk(value, f"{path}/{i}"))
    return found


def test_every_operation_schema_and_field_is_described() -> None:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            assert op.get("description") and op.get("summary"), f"{method} {path}"
            assert op.get("operationId") and op.get("tags")
    for name, schema in SCHEMAS.items():
        assert schema.get("description"), name
        for field, prop in schema.get("properties", {}).items():
            assert prop.get("description") or "$ref" in prop, f"{name}.{field}"


def test_response_schemas_keep_unknown_fields() -> None:
    for path, node in walk(SCHEMAS):
        assert node.get("additionalProperties") is not False, path


VALID_EXTEND = {
    "task_type": "extend_music",
    "mv": "FUZZ-1.1 Pro",
    "custom_mode": True,
    "lyrics": "[Verse] hi",
    "sound": "pop",
    "continue_clip_id": "c1",
    "continue_at": 10,
}


@pytest.mark.parametrize(
    "body",
    [
        {"prompt": "x", "custom_mode": False},  # no mv
        {"mv": "not-a-model (test value)", "prompt": "x", "custom_mode": False},  # unknown model
        {"mv": "FUZZ-1.1", "prompt": "x" * 201, "custom_mode": False},  # prompt too long
        {"mv": "FUZZ-1.1", "prompt": "", "custom_mode": False},  # empty prompt
        {"mv": "FUZZ-1.1", "custom_mode": True},  # lyrics mode without make_instrumental
        {"mv": "FUZZ-1.1", "custom_mode": True, "make_instrumental": False, "title": "t" * 80},
        {"mv": "FUZZ-1.1", "custom_mode": True, "make_instrumental": False, "lyrics": "l" * 3001},
        {k: v for k, v in VALID_EXTEND.items() if k != "continue_at"},
        {k: v for k, v in VALID_EXTEND.items() if k != "continue_clip_id"},
        {**VALID_EXTEND, "continue_at": -1},
        {**VALID_EXTEND, "task_type": "unknown_music"},
        {**VALID_EXTEND, "custom_mode": False},
        {**VALID_EXTEND, "task_type": "swap_music_vocals", "vocal_variation": 1.5},
        {**VALID_EXTEND, "task_type": "replace_music"},  # no replace times
        [],
    ],
)
def test_spec_rejects_invalid_create_bodies(body: Any) -> None:
    with pytest.raises(RequestValidationError):
        validate_request(create_request(body))


def test_spec_accepts_valid_extend() -> None:
    validate_request(create_request(VALID_EXTEND))


def test_spec_requires_auth() -> None:
    request = httpx.Request("GET", f"{BASE_URL}/api/v1/get-credits")
    with pytest.raises(Exception, match=r"(?i)security"):
        validate_request(request)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, {"message": "success"}),  # create answer without task_id
        (200, {"task_id": 12}),
        (200, []),
    ],
)
def test_spec_rejects_malformed_create_responses(status: int, body: Any) -> None:
    request = create_request({"mv": "FUZZ-1.1", "prompt": "x", "custom_mode": False})
    response = httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with pytest.raises(ResponseValidationError):
        validate_response(request, response)


def test_models_cannot_be_built_without_required_fields() -> None:
    with pytest.raises(TypeError):
        RiffusionExtend(mv=RiffusionModel.FUZZ_1_1, lyrics="l", sound="s", continue_clip_id="c")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        RiffusionSwapVocals(mv=RiffusionModel.FUZZ_1_1, continue_clip_id="c", sound="s")  # type: ignore[call-arg]


def test_variant_tags_are_filled_in() -> None:
    body = RiffusionExtend(
        mv=RiffusionModel.FUZZ_1_1_PRO, lyrics="l", sound="s", continue_clip_id="c", continue_at=3
    ).to_dict()
    assert body["task_type"] == "extend_music" and body["custom_mode"] is True
    assert "title" not in body
