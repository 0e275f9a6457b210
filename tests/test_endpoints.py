"""Endpoint tests over httpx.MockTransport: each operation's success and documented errors, sync and async."""

from __future__ import annotations

import importlib
import json
import typing
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

import musicapi_client.models as models
import musicapi_spec as facts
from musicapi_client import AuthenticatedClient, errors
from musicapi_client.api.credits_ import get_credits
from musicapi_client.api.producer import (
    producer_create,
    producer_download,
    producer_get_task,
    producer_lyrics_create,
    producer_upload,
    producer_video_clip,
)
from musicapi_client.api.riffusion import riffusion_create, riffusion_get_task, riffusion_upload
from musicapi_client.models import (
    Error,
    ProducerCreateMusic,
    ProducerDownloadFormat,
    ProducerDownloadRequest,
    ProducerLyricsRequest,
    ProducerUploadRequest,
    ProducerVideoRequest,
    RiffusionCreateWithLyrics,
    RiffusionModel,
    RiffusionUploadRequest,
    TaskAccepted,
    TaskFailure,
    TaskNotReady,
)
from musicapi_client.types import Response
from tests.support import (
    BASE_URL,
    TEST_KEY,
    Fixture,
    SpecCheckingTransport,
    fixture_response,
    fixtures,
    response_fixtures,
)

BODY = RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, lyrics="[Verse] la", title="T", sound="pop")
UPLOAD = RiffusionUploadRequest(url="https://example.com/song.mp3")
TASK_ID = "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"
SONG = ProducerCreateMusic(sound="lo-fi piano", title="Rain")
P_UPLOAD = ProducerUploadRequest(audio_url="https://example.com/song.mp3")
P_DOWNLOAD = ProducerDownloadRequest(clip_id="c-1", format_=ProducerDownloadFormat.WAV)
P_LYRICS = ProducerLyricsRequest(description="first snow")
P_VIDEO = ProducerVideoRequest(clip_id="c-1")

SYNC: dict[str, Callable[[AuthenticatedClient], Response[Any]]] = {
    "riffusion_create": lambda c: riffusion_create.sync_detailed(client=c, body=BODY),
    "riffusion_upload": lambda c: riffusion_upload.sync_detailed(client=c, body=UPLOAD),
    "riffusion_get_task": lambda c: riffusion_get_task.sync_detailed(TASK_ID, client=c),
    "get_credits": lambda c: get_credits.sync_detailed(client=c),
    "producer_create": lambda c: producer_create.sync_detailed(client=c, body=SONG),
    "producer_upload": lambda c: producer_upload.sync_detailed(client=c, body=P_UPLOAD),
    "producer_download": lambda c: producer_download.sync_detailed(client=c, body=P_DOWNLOAD),
    "producer_lyrics_create": lambda c: producer_lyrics_create.sync_detailed(client=c, body=P_LYRICS),
    "producer_video_clip": lambda c: producer_video_clip.sync_detailed(client=c, body=P_VIDEO),
    "producer_get_task": lambda c: producer_get_task.sync_detailed(TASK_ID, client=c),
}
ASYNC: dict[str, Callable[[AuthenticatedClient], Awaitable[Response[Any]]]] = {
    "riffusion_create": lambda c: riffusion_create.asyncio_detailed(client=c, body=BODY),
    "riffusion_upload": lambda c: riffusion_upload.asyncio_detailed(client=c, body=UPLOAD),
    "riffusion_get_task": lambda c: riffusion_get_task.asyncio_detailed(TASK_ID, client=c),
    "get_credits": lambda c: get_credits.asyncio_detailed(client=c),
    "producer_create": lambda c: producer_create.asyncio_detailed(client=c, body=SONG),
    "producer_upload": lambda c: producer_upload.asyncio_detailed(client=c, body=P_UPLOAD),
    "producer_download": lambda c: producer_download.asyncio_detailed(client=c, body=P_DOWNLOAD),
    "producer_lyrics_create": lambda c: producer_lyrics_create.asyncio_detailed(client=c, body=P_LYRICS),
    "producer_video_clip": lambda c: producer_video_clip.asyncio_detailed(client=c, body=P_VIDEO),
    "producer_get_task": lambda c: producer_get_task.asyncio_detailed(TASK_ID, client=c),
}


def _first_body(operation: str) -> Any:
    """The operation's first request fixture, as the generated model it is."""
    data = fixtures(operation, "request")[0].json()
    hint = typing.get_type_hints(importlib.import_module(facts.OPERATIONS[operation].module).sync_detailed)["body"]
    for model in typing.get_args(hint) or (hint,):
        try:
            return model.from_dict(data)
        except (KeyError, ValueError, TypeError):
            continue
    raise AssertionError(f"{operation}: no model reads its first request fixture")


def _calls(operation: str, detailed: str) -> Callable[[AuthenticatedClient], Any]:
    """Any other operation of the spec (the families added since), called with its first request fixture or the
    task id: what the generated endpoint does, whichever family."""
    module = importlib.import_module(facts.OPERATIONS[operation].module)
    if facts.OPERATIONS[operation].method == "POST":
        return lambda c: getattr(module, detailed)(client=c, body=_first_body(operation))
    return lambda c: getattr(module, detailed)(TASK_ID, client=c)


for _op in facts.OPERATIONS:
    SYNC.setdefault(_op, _calls(_op, "sync_detailed"))
    ASYNC.setdefault(_op, _calls(_op, "asyncio_detailed"))
TASK_MODELS = {f.poll: getattr(models, f.task) for f in facts.FAMILIES.values()}
SUCCESS_TYPES: dict[str, tuple[type, ...]] = {
    op.id: (getattr(models, op.answer),) for op in facts.OPERATIONS.values() if op.answer and op.id not in TASK_MODELS
}
SUCCESS_TYPES["sonic_midi"] += (TaskNotReady,)  # 202 while the file is built (documented)
PATHS = {op.id: (op.method, op.path.replace("{task_id}", TASK_ID)) for op in facts.OPERATIONS.values()}
TASK_MODELS = {f.poll: getattr(models, f.task) for f in facts.FAMILIES.values()}


def client_for(fixture: Fixture) -> tuple[AuthenticatedClient, SpecCheckingTransport]:
    transport = SpecCheckingTransport(lambda _: fixture_response(fixture))
    client = AuthenticatedClient(base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport})
    return client, transport


def expected_type(fixture: Fixture) -> tuple[type, ...]:
    """The model the answer must parse into, decided from the fixture itself."""
    body = fixture.json()
    if fixture.status >= 400:
        return (Error,)
    if fixture.operation not in TASK_MODELS:
        return SUCCESS_TYPES[fixture.operation]
    if body.get("type") == "not_ready":
        return (TaskNotReady,)
    if "type" in body:
        return (TaskFailure,)
    return (TASK_MODELS[fixture.operation],)


def check(fixture: Fixture, response: Response[Any], transport: SpecCheckingTransport) -> None:
    (exchange,) = transport.exchanges
    assert (exchange.request.method, exchange.request.url.path) == PATHS[fixture.operation]
    assert response.status_code == fixture.status
    parsed = response.parsed
    assert parsed is not None and type(parsed) in expected_type(fixture)
    assert parsed.to_dict() == fixture.json()
    if isinstance(parsed, Error):
        body = fixture.json()
        assert (parsed.error or parsed.message) == (body.get("error") or body.get("message"))


@pytest.mark.parametrize("fixture", response_fixtures(), ids=lambda f: f.id)
def test_sync(fixture: Fixture) -> None:
    client, transport = client_for(fixture)
    check(fixture, SYNC[fixture.operation](client), transport)


@pytest.mark.anyio
@pytest.mark.parametrize("fixture", response_fixtures(), ids=lambda f: f.id)
async def test_async(fixture: Fixture) -> None:
    client, transport = client_for(fixture)
    check(fixture, await ASYNC[fixture.operation](client), transport)


def test_every_operation_has_success_and_error_fixtures() -> None:
    for operation in SYNC:
        statuses = {f.status for f in response_fixtures() if f.operation == operation}
        assert any(s < 300 for s in statuses) and any(s >= 400 for s in statuses), operation


def test_create_sends_the_documented_body() -> None:
    transport = SpecCheckingTransport(
        lambda _: httpx.Response(200, json={"task_id": "t1", "message": "success"}),
    )
    client = AuthenticatedClient(base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport})
    parsed = riffusion_create.sync(client=client, body=BODY)
    assert isinstance(parsed, TaskAccepted) and parsed.task_id == "t1"
    sent = json.loads(transport.exchanges[0].request.content)
    assert sent == {
        "mv": "FUZZ-1.0",
        "custom_mode": True,
        "make_instrumental": False,
        "lyrics": "[Verse] la",
        "title": "T",
        "sound": "pop",
    }


def test_task_id_is_escaped_into_the_path() -> None:
    transport = SpecCheckingTransport(lambda _: httpx.Response(200, json={"type": "not_ready"}))
    client = AuthenticatedClient(base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport})
    riffusion_get_task.sync("../get-credits", client=client)
    assert transport.exchanges[0].request.url.raw_path == b"/api/v1/riffusion/task/..%2Fget-credits"


def test_undocumented_status() -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(418, text="teapot"))
    client = AuthenticatedClient(base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport})
    assert get_credits.sync_detailed(client=client).parsed is None
    strict = AuthenticatedClient(
        base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport}, raise_on_unexpected_status=True
    )
    with pytest.raises(errors.UnexpectedStatus) as raised:
        get_credits.sync(client=strict)
    assert raised.value.status_code == 418 and raised.value.content == b"teapot"


def test_the_runtime_client_repr_never_shows_the_token() -> None:
    """The generated AuthenticatedClient prints its token (upstream's repr); the runtime's subclass, which
    connect() returns, does not, also once a request stored the Authorization header."""
    from musicapi_runtime._client import MusicAPIClient

    transport = httpx.MockTransport(lambda _: httpx.Response(200, json={"credits": 1}))
    assert TEST_KEY in repr(AuthenticatedClient(base_url=BASE_URL, token=TEST_KEY))
    client = MusicAPIClient(base_url=BASE_URL, token=TEST_KEY, httpx_args={"transport": transport})
    assert TEST_KEY not in repr(client)
    get_credits.sync(client=client)  # builds the httpx client, which stores the Authorization header
    assert TEST_KEY not in repr(client) and TEST_KEY not in str(client)
    assert repr(client).startswith("MusicAPIClient(")
