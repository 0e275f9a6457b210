"""Contract tests: every payload in tests/fixtures parses through the generated models and round-trips losslessly,
requests the generated client sends validate against openapi/, and so does every fixture response."""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import re
import typing
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.api.riffusion import riffusion_create, riffusion_get_task, riffusion_upload
from musicapi_client.models import (
    ClipState,
    ProducerTask,
    ProducerTaskStatus,
    ProducerTaskType,
    RiffusionCreateWithDescription,
    RiffusionModel,
    RiffusionTask,
    RiffusionUploadRequest,
    TaskFailure,
    TaskFailureType,
    TaskNotReady,
)
from musicapi_client.types import Response
from tests.support import (
    BASE_URL,
    FIXTURES,
    ROOT,
    SPEC,
    TEST_KEY,
    Fixture,
    SpecCheckingTransport,
    canonical,
    fixture_response,
    fixtures,
    response_fixtures,
    spec,
)

# The create variants, as the generated endpoint declares them (the spec's oneOf).
CREATE_VARIANTS: list[type[Any]] = list(typing.get_args(typing.get_type_hints(riffusion_create.sync_detailed)["body"]))
CreateBody = Any

# Recorded fixtures are verbatim copies of the shared examples (renamed to say operation and status), with the
# fingerprint of their JSON taken when they were recorded: the copies are checked against it always, and against
# the shared examples themselves when those sit beside the checkout.
RECORDED_SOURCES = {
    "riffusion_create.request.description.json": ("riffusion/create-description.request.json", "c91a428a3823b0d4"),
    "riffusion_create.request.lyrics.json": ("riffusion/create-lyrics.request.json", "d1a8907e01834af3"),
    "riffusion_create.request.extend.json": ("riffusion/create-extend.request.json", "0e92640cd917b2a2"),
    "riffusion_create.200.success.json": ("riffusion/create.200.json", "3a032122176d3f24"),
    "riffusion_upload.request.docs.json": ("riffusion/upload.request.json", "21d62b4619699ced"),
    "get_credits.200.docs.json": ("get-credits.200.json", "f922ee9d26c4edc1"),
    "riffusion_upload.200.sonic-shape.json": ("other/sonic-upload.200.json", "f6fde6e7f440b7d6"),
    "riffusion_create.200.nuro-shape.json": ("other/nuro-create.200.json", "3aad1d7ddfa124d1"),
    "sonic_create.request.persona-music.json": ("other/sonic-create-persona-music.request.json", "6d9206ad6bb4626d"),
    "sonic_lyrics_create.request.docs.json": ("other/lyrics.request.json", "7556d9c837af5a5f"),
    "sonic_upload.200.docs.json": ("other/sonic-upload.200.json", "f6fde6e7f440b7d6"),
    "nuro_create.200.docs.json": ("other/nuro-create.200.json", "3aad1d7ddfa124d1"),
}
# Sonic bodies quoted verbatim in API-sonic.md (shared/musicapi, beside the checkout when at hand), pinned likewise.
SONIC_NOTES = ROOT.parent / "shared" / "musicapi" / "API-sonic.md"
SONIC_QUOTED = {"sonic_persona_create.request.legacy.json": "eb7cf67d24a458dd"}
SHARED_EXAMPLES = ROOT.parent / "shared" / "musicapi" / "examples"
# Producer fixtures recorded verbatim from the research notes (docs/sources/producer-research.md; each one is a
# complete JSON example quoted there, and tests/fixtures/SOURCES.md says which).
PRODUCER_RECORDED = {
    "producer_create.200.docs.json",
    "producer_create.request.create-music.json",
    "producer_create.request.sound-only.json",
    "producer_create.request.extend.json",
    "producer_create.request.replace.json",
    "producer_get_task.200.pubdoc-finished.json",
    "producer_get_task.202.not-ready-code.json",
    "producer_upload.request.docs.json",
    "producer_upload.200.docs.json",
    "producer_download.request.docs.json",
    "producer_download.200.docs.json",
}
RESEARCH_NOTES = ROOT / "docs" / "sources" / "producer-research.md"
# The spec's operations with their paths, read from the YAML (operationId -> (method, path, operation)).
SPEC_OPERATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    op["operationId"]: (method, path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}
SPEC_WEBHOOKS: dict[str, tuple[str, dict[str, Any]]] = {
    op["operationId"]: (name, op) for name, item in SPEC.get("webhooks", {}).items() for op in item.values()
}


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


def fingerprint(data: Any) -> str:
    return hashlib.sha256(canonical(data).encode()).hexdigest()[:16]


def test_recorded_fixtures_are_verbatim_copies() -> None:
    recorded = {p.name for p in (FIXTURES / "recorded").glob("*.json")}
    assert recorded == set(RECORDED_SOURCES) | PRODUCER_RECORDED | set(SONIC_QUOTED)
    for name, pinned in SONIC_QUOTED.items():
        data = json.loads((FIXTURES / "recorded" / name).read_text())
        assert fingerprint(data) == pinned, name
        if SONIC_NOTES.is_file():
            assert canonical(data) in {canonical(q) for q in quoted_json(SONIC_NOTES.read_text())}, name
    for name, (source, pinned) in RECORDED_SOURCES.items():
        assert fingerprint(json.loads((FIXTURES / "recorded" / name).read_text())) == pinned, name
        if SHARED_EXAMPLES.is_dir():  # the source itself, where it is at hand
            assert fingerprint(json.loads((SHARED_EXAMPLES / source).read_text())) == pinned, source


def quoted_json(notes: str) -> list[Any]:
    """Every complete JSON value the notes quote: fenced ```json blocks and inline `{...}` spans."""
    found = []
    for text in [*re.findall(r"```json\n(.*?)```", notes, re.S), *re.findall(r"`(\{[^`]*\})`", notes)]:
        try:
            found.append(json.loads(text))
        except ValueError:
            continue
    return found


def test_recorded_producer_fixtures_are_verbatim() -> None:
    quotes = {canonical(q) for q in quoted_json(RESEARCH_NOTES.read_text(encoding="utf-8"))}
    for name in sorted(PRODUCER_RECORDED):
        assert canonical(json.loads((FIXTURES / "recorded" / name).read_text())) in quotes, name


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
    # Every operation with a body: a request and an answer (its acceptance, or the 410 of a retired one); every task
    # endpoint: an answer; every webhook: a delivery.
    for operation, (_, _, op) in SPEC_OPERATIONS.items():
        if "requestBody" in op and op["tags"][0] != "riffusion":
            assert (operation, "request") in kinds, operation
            assert (operation, "200") in kinds or (operation, "410") in kinds, operation
        if "{task_id}" in SPEC_OPERATIONS[operation][1]:
            assert {(operation, "200"), (operation, "410")} & kinds, operation
    for hook in SPEC.get("webhooks", {}).values():
        assert (hook["post"]["operationId"], "request") in kinds, hook["post"]["operationId"]
    assert {("producer_get_task", s) for s in ("200", "202", "400", "404", "504")} <= kinds
    assert {("sonic_get_task", s) for s in ("200", "202", "400", "404")} <= kinds
    assert {("producer_create", "410"), ("nuro_create", "410"), ("studio_get_task", "410")} <= kinds


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


def endpoint_module(operation: str) -> ModuleType:
    """The generated module of an operation: musicapi_client.api.<tag>.<operationId>."""
    tag = SPEC_OPERATIONS[operation][2]["tags"][0]
    return importlib.import_module(f"musicapi_client.api.{tag}.{operation}")


def body_models(operation: str) -> list[type[Any]]:
    """The request models the generated endpoint accepts (the members of its oneOf, or its one model)."""
    hint = typing.get_type_hints(endpoint_module(operation).sync_detailed)["body"]
    return list(typing.get_args(hint)) or [hint]


def parse_body(operation: str, data: Any) -> list[Any]:
    """Every request model of the operation that accepts `data` (the spec's oneOf means exactly one should)."""
    parsed = []
    for model in body_models(operation):
        try:
            parsed.append(model.from_dict(data))
        except (KeyError, ValueError, TypeError):
            continue
    return parsed


REQUESTS = [
    f for f in fixtures(kind="request") if not f.operation.startswith("riffusion_") and f.operation in SPEC_OPERATIONS
]


@pytest.mark.parametrize("fixture", REQUESTS, ids=lambda f: f.id)
def test_request_parses_into_one_model_round_trips_and_validates(fixture: Fixture) -> None:
    """Every request fixture (riffusion's have their own tests above) is one model exactly, round-trips, and the
    generated client sends it as it is, valid against the spec."""
    data = fixture.json()
    parsed = parse_body(fixture.operation, data)
    assert len(parsed) == 1, [type(p).__name__ for p in parsed]
    assert canonical(parsed[0].to_dict()) == canonical(data)
    accepted = (fixtures(fixture.operation, "200") or fixtures(fixture.operation, "410"))[0]
    transport = SpecCheckingTransport(lambda _: fixture_response(accepted))
    response = endpoint_module(fixture.operation).sync_detailed(client=client_over(transport), body=parsed[0])
    assert response.status_code == accepted.status
    (exchange,) = transport.exchanges
    assert canonical(json.loads(exchange.request.content)) == canonical(data)


def test_retired_task_types_parse_into_no_create_model() -> None:
    """What the API answers 410 for cannot be built from the generated models (x-retired of producer_create)."""
    retired = SPEC_OPERATIONS["producer_create"][2]["x-retired"]
    assert {"swap_music_vocals", "swap_music_sound", "music_variation"} <= set(retired)
    for kind in retired:
        # music_variation as the older docs show it (PUB-DOC); the swaps with a clip and a strength.
        body = {"task_type": kind, "clip_id": "abc123-clip-id", "mv": "FUZZ-2.0", "cover_strength": 0.8}
        assert parse_body("producer_create", body) == [], kind


def call_operation(fixture: Fixture, client: AuthenticatedClient) -> Response[Any]:
    if not fixture.operation.startswith("riffusion_") and fixture.operation != "get_credits":
        return call_producer(fixture.operation, client)
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


def call_producer(operation: str, client: AuthenticatedClient) -> Response[Any]:
    """Call an operation with its first request fixture (or the task id), whatever it answers."""
    module = endpoint_module(operation)
    _, path, op = SPEC_OPERATIONS[operation]
    if "requestBody" in op:
        (body,) = parse_body(operation, fixtures(operation, "request")[0].json())
        response: Response[Any] = module.sync_detailed(client=client, body=body)
        return response
    assert "{task_id}" in path
    answer: Response[Any] = module.sync_detailed("6d7253ac-916e-49a8-b288-91ffa7f8a8cd", client=client)
    return answer


RESPONSE_FIXTURES = [f for f in response_fixtures() if f.operation in SPEC_OPERATIONS]


@pytest.mark.parametrize("fixture", RESPONSE_FIXTURES, ids=lambda f: f.id)
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
        assert fixture.operation in set(SPEC_OPERATIONS) | set(SPEC_WEBHOOKS), fixture.path
        assert fixture.operation not in SPEC_WEBHOOKS or fixture.kind == "request", fixture.path
    assert Path(FIXTURES / "recorded").is_dir()


# --- producer: what the generated models make of the recorded variations --------------------------------------


def producer_task(fixture_name: str) -> Any:
    (fixture,) = [f for f in fixtures("producer_get_task") if f.path.name == fixture_name]
    transport = SpecCheckingTransport(lambda _: fixture_response(fixture))
    return endpoint_module("producer_get_task").sync("t", client=client_over(transport))


def test_producer_strings_stay_strings_and_known_values_become_enums() -> None:
    task = producer_task("producer_get_task.200.success-strings.json")
    assert isinstance(task, ProducerTask) and isinstance(task.data, list)
    assert task.status == ProducerTaskStatus.SUCCESS and task.task_type == ProducerTaskType.CREATE_MUSIC
    (clip,) = task.data
    assert clip.seed == "2450882164" and clip.duration == "181.3014058956916"
    assert str(clip.audio_url).endswith(".m4a") and str(clip.wav_url).endswith("-wav.wav")
    assert clip.sound is None and clip.video_url is None


def test_producer_numbers_and_nulls_are_kept_as_sent() -> None:
    (numbers,) = producer_task("producer_get_task.200.numbers.json").data
    assert numbers.seed == 2450882164 and numbers.duration == 181.3
    (nulls,) = producer_task("producer_get_task.200.nulls-and-progress.json").data
    assert nulls.seed is None and nulls.duration is None and nulls.wav_url is None
    assert nulls.state == "completed" and not isinstance(nulls.state, ClipState) and nulls.progress == "100%"


def test_producer_unknown_values_and_fields_are_kept() -> None:
    odd = producer_task("producer_get_task.200.unknown-status.json")
    assert odd.status == "QUEUED_UPSTREAM" and not isinstance(odd.status, ProducerTaskStatus)
    task = producer_task("producer_get_task.200.unknown-fields.json")
    assert task.task_type == "remix_music" and not isinstance(task.task_type, ProducerTaskType)
    assert task["platform"] == "producer" and task["trace_id"] == "abc"
    (clip,) = task.data
    assert clip.mv == "chirp-v5" and clip.progress == 100 and clip["tags"] == ["new", "field"]
    assert clip.lyrics_timing_markers == [{"t": 0.5, "line": 1}]


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("producer_get_task.202.not-ready-code.json", TaskNotReady),
        ("producer_get_task.202.not-ready-bare.json", TaskNotReady),
        ("producer_get_task.200.not-ready-on-200.json", TaskNotReady),
        ("producer_get_task.200.failure-type.json", TaskFailure),
        ("producer_get_task.200.failure-unknown-type.json", TaskFailure),
        ("producer_get_task.200.failed-refunded.json", ProducerTask),
        ("producer_get_task.200.running.json", ProducerTask),
        ("producer_get_task.202.running-envelope.json", ProducerTask),
        ("producer_get_task.200.pubdoc-finished.json", ProducerTask),
    ],
)
def test_producer_answers_parse_as_the_right_member(name: str, model: type[Any]) -> None:
    assert type(producer_task(name)) is model


# --- webhook deliveries -------------------------------------------------------------------------------------


class WebhookRequest:
    """openapi-core's WebhookRequest protocol: a delivery as a receiver sees it."""

    def __init__(self, name: str, headers: dict[str, str], body: bytes) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.name = name
        self.method = "post"
        self.body: bytes | None = body
        self.content_type = "application/json"
        self.parameters = RequestParameters(query=ImmutableMultiDict(), header=Headers(list(headers.items())))


def signed_headers(body: bytes, secret: str, timestamp: str) -> dict[str, str]:
    """Headers as the vendor's guide describes them; the signature computed here with hmac, not by the library."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {
        "X-Webhook-Id": "evt_1",
        "Idempotency-Key": "evt_1",
        "X-Webhook-Event": "song.completed",
        "X-Webhook-Timestamp": timestamp,
        "X-Webhook-Signature": f"sha256={digest}",
        "Content-Type": "application/json",
    }


WEBHOOK_FIXTURES = [f for f in fixtures(kind="request") if f.operation in SPEC_WEBHOOKS]


@pytest.mark.parametrize("fixture", WEBHOOK_FIXTURES, ids=lambda f: f.id)
def test_webhook_payload_round_trips_and_validates_against_the_webhook(fixture: Fixture) -> None:
    name, hook = SPEC_WEBHOOKS[fixture.operation]
    body = fixture.text().encode()
    spec().validate_webhook_request(WebhookRequest(name, signed_headers(body, "s3cret", "1760000000"), body))
    payload = hook["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    task = getattr(importlib.import_module("musicapi_client.models"), payload).from_dict(fixture.json())
    assert canonical(task.to_dict()) == canonical(fixture.json())


def test_webhook_validation_can_fail() -> None:
    """The check above is real: a delivery without its required headers, or with a non-object body, is refused."""
    name, _ = SPEC_WEBHOOKS["producer_webhook"]
    body = fixtures("producer_webhook", "request")[0].text().encode()
    with pytest.raises(Exception, match=r"X-Webhook-Signature|header"):
        spec().validate_webhook_request(WebhookRequest(name, {"X-Webhook-Id": "evt_1"}, body))
    headers = signed_headers(b"[]", "s3cret", "1760000000")
    with pytest.raises(Exception):  # noqa: B017 - openapi-core raises its own validation errors
        spec().validate_webhook_request(WebhookRequest(name, headers, b"[1, 2]"))
