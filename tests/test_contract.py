"""Contract tests: every payload in tests/fixtures parses through the generated models and round-trips losslessly,
requests the generated client sends validate against openapi/, and so does every fixture response."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.api.riffusion import riffusion_create, riffusion_get_task, riffusion_upload
from musicapi_client.models import (
    ClipState,
    RiffusionCreateWithDescription,
    RiffusionModel,
    RiffusionTask,
    RiffusionUploadRequest,
    TaskFailure,
    TaskFailureType,
)
from musicapi_client.types import Response
from tests.support import (
    BASE_URL,
    FIXTURES,
    TEST_KEY,
    Fixture,
    SpecCheckingTransport,
    canonical,
    fixture_response,
    fixtures,
    response_fixtures,
)

# The create variants, as the generated endpoint declares them (the spec's oneOf).
CREATE_VARIANTS: list[type[Any]] = list(typing.get_args(typing.get_type_hints(riffusion_create.sync_detailed)["body"]))
CreateBody = Any

# Recorded fixtures are verbatim copies of the shared examples (renamed to say operation and status).
RECORDED_SOURCES = {
    "riffusion_create.request.description.json": "riffusion/create-description.request.json",
    "riffusion_create.request.lyrics.json": "riffusion/create-lyrics.request.json",
    "riffusion_create.request.extend.json": "riffusion/create-extend.request.json",
    "riffusion_create.200.success.json": "riffusion/create.200.json",
    "riffusion_upload.request.docs.json": "riffusion/upload.request.json",
    "get_credits.200.docs.json": "get-credits.200.json",
    "riffusion_upload.200.sonic-shape.json": "other/sonic-upload.200.json",
    "riffusion_create.200.nuro-shape.json": "other/nuro-create.200.json",
}
SHARED_EXAMPLES = FIXTURES.parent.parent.parent / "shared" / "musicapi" / "examples"


def client_over(transport: httpx.BaseTransport) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport})


def parse_create_body(data: dict[str, Any]) -> list[CreateBody]:
    """Every create variant that accepts `data` (the spec's oneOf means exactly one should)."""
    parsed: list[CreateBody] = []
    for variant in CREATE_VARIANTS:
        try:
            parsed.append(variant.from_dict(data))
        except (KeyError, ValueError, TypeError):
            continue
    return parsed


def test_recorded_fixtures_are_verbatim_copies() -> None:
    recorded = {p.name for p in (FIXTURES / "recorded").glob("*.json")}
    assert recorded == set(RECORDED_SOURCES)
    if not SHARED_EXAMPLES.is_dir():
        pytest.skip("shared/musicapi/examples is not beside this checkout")
    for name, source in RECORDED_SOURCES.items():
        ours = json.loads((FIXTURES / "recorded" / name).read_text())
        theirs = json.loads((SHARED_EXAMPLES / source).read_text())
        assert canonical(ours) == canonical(theirs), name


def test_every_operation_has_fixtures() -> None:
    kinds = {(f.operation, f.kind) for f in fixtures()}
    for needed in [
        ("riffusion_create", "request"),
        ("riffusion_create", "200"),
        ("riffusion_upload", "request"),
        ("riffusion_upload", "200"),
        ("riffusion_get_task", "200"),
        ("riffusion_get_task", "202"),
        ("get_credits", "200"),
    ]:
        assert needed in kinds


@pytest.mark.parametrize("fixture", fixtures("riffusion_create", "request"), ids=lambda f: f.id)
def test_create_request_parses_into_exactly_one_variant_and_round_trips(fixture: Fixture) -> None:
    data = fixture.json()
    parsed = parse_create_body(data)
    assert len(parsed) == 1, [type(p).__name__ for p in parsed]
    assert canonical(parsed[0].to_dict()) == canonical(data)


@pytest.mark.parametrize("fixture", fixtures("riffusion_create", "request"), ids=lambda f: f.id)
def test_create_request_sent_by_client_validates_against_spec(fixture: Fixture) -> None:
    (body,) = parse_create_body(fixture.json())
    transport = SpecCheckingTransport(lambda _: fixture_response(fixtures("riffusion_create", "200")[0]))
    response = riffusion_create.sync_detailed(client=client_over(transport), body=body)
    assert response.status_code == 200
    (exchange,) = transport.exchanges
    assert canonical(json.loads(exchange.request.content)) == canonical(fixture.json())
    assert exchange.request.headers["authorization"] == f"Bearer {TEST_KEY}"


@pytest.mark.parametrize("fixture", fixtures("riffusion_upload", "request"), ids=lambda f: f.id)
def test_upload_request_round_trips_and_validates(fixture: Fixture) -> None:
    body = RiffusionUploadRequest.from_dict(fixture.json())
    assert canonical(body.to_dict()) == canonical(fixture.json())
    transport = SpecCheckingTransport(lambda _: fixture_response(fixtures("riffusion_upload", "200")[0]))
    riffusion_upload.sync_detailed(client=client_over(transport), body=body)
    assert canonical(json.loads(transport.exchanges[0].request.content)) == canonical(fixture.json())


def call_operation(fixture: Fixture, client: AuthenticatedClient) -> Response[Any]:
    calls: dict[str, Callable[[], Response[Any]]] = {
        "riffusion_create": lambda: riffusion_create.sync_detailed(
            client=client, body=RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="song")
        ),
        "riffusion_upload": lambda: riffusion_upload.sync_detailed(
            client=client, body=RiffusionUploadRequest(url="https://example.com/a.mp3")
        ),
        "riffusion_get_task": lambda: riffusion_get_task.sync_detailed(
            "6d7253ac-916e-49a8-b288-91ffa7f8a8cd", client=client
        ),
        "get_credits": lambda: get_credits.sync_detailed(client=client),
    }
    return calls[fixture.operation]()


@pytest.mark.parametrize("fixture", response_fixtures(), ids=lambda f: f.id)
def test_response_fixture_validates_parses_and_round_trips(fixture: Fixture) -> None:
    transport = SpecCheckingTransport(lambda _: fixture_response(fixture))
    response = call_operation(fixture, client_over(transport))
    assert response.status_code == fixture.status
    assert response.parsed is not None
    assert canonical(response.parsed.to_dict()) == canonical(fixture.json())


def get_task(fixture_name: str) -> Any:
    (fixture,) = [f for f in fixtures("riffusion_get_task") if f.path.name == fixture_name]
    transport = SpecCheckingTransport(lambda _: fixture_response(fixture))
    return riffusion_get_task.sync("t", client=client_over(transport))


def test_unknown_enum_values_and_fields_are_kept() -> None:
    task = get_task("riffusion_get_task.200.unknown-values.json")
    assert isinstance(task, RiffusionTask) and isinstance(task.data, list)
    first, second = task.data
    assert first.state == "queued_v2" and not isinstance(first.state, ClipState)
    assert first.mv == "not-a-model (test value)" and not isinstance(first.mv, RiffusionModel)
    assert first.duration == "192.6"
    assert first["tags"] == ["new", "field"]
    assert second.state == "" and second.mv is None and second.duration is None
    assert task["trace_id"] == "abc"


def test_known_enum_values_parse_as_enums() -> None:
    task = get_task("riffusion_get_task.200.finished.json")
    assert isinstance(task, RiffusionTask) and isinstance(task.data, list)
    assert [clip.state for clip in task.data] == [ClipState.SUCCEEDED] * 2
    assert isinstance(task.data[0].mv, RiffusionModel)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("riffusion_get_task.200.failed.json", TaskFailureType.FAILED),
        ("riffusion_get_task.200.timeout.json", TaskFailureType.TIMEOUT),
        ("riffusion_get_task.200.forbidden.json", TaskFailureType.FORBIDDEN),
        ("riffusion_get_task.200.api-error.json", TaskFailureType.API_ERROR),
        ("riffusion_get_task.200.unknown-failure-type.json", "moderation_rejected"),
    ],
)
def test_failure_bodies_parse_as_failures(name: str, kind: str) -> None:
    failure = get_task(name)
    assert isinstance(failure, TaskFailure)
    assert failure.type_ == kind


def test_fixture_names_are_well_formed() -> None:
    for path in FIXTURES.glob("*/*"):
        assert path.suffix in {".json", ".md"}, path
    for fixture in fixtures():
        assert fixture.kind == "request" or 200 <= fixture.status <= 599, fixture.path
        assert fixture.operation in {"riffusion_create", "riffusion_upload", "riffusion_get_task", "get_credits"}
    assert Path(FIXTURES / "recorded").is_dir()
