"""Producer end to end over real HTTP: the runtime against the sandbox (SandboxProcess), sync and async, with every
fault knob, and the webhook flow (signed deliveries to a local receiver that verifies them with verify_webhook).

Costs are read from the spec's YAML (x-credits), never from the code under test.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from aiohttp import web

import musicapi_runtime as rt
from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.api.producer import producer_create, producer_get_task
from musicapi_client.models import (
    Credits,
    ProducerCreateMusic,
    ProducerDownloadFormat,
    ProducerDownloadRequest,
    ProducerExtendUploadMusic,
    ProducerLyricsRequest,
    ProducerReplaceMusic,
    ProducerTask,
    ProducerUploadRequest,
    ProducerVideoRequest,
    TaskNotReady,
)
from musicapi_sandbox import SandboxProcess
from tests.receiver import Receiver
from tests.support import SPEC, cost, fixtures, parse_body, queue_faults, sandbox_state

pytestmark = pytest.mark.slow

FAST = rt.PollSchedule(first=0.05, factor=1.5, max_interval=0.2)
SONG = ProducerCreateMusic(sound="synth pop, warm pads", title="Night Drive")
CREATE = "POST /api/v1/producer/create"
HOOK_SECRET = "whsec-e2e-0123456789abcdef"
SCHEMAS = SPEC["components"]["schemas"]
RETIRED = SPEC["paths"]["/api/v1/producer/create"]["post"]["x-retired"]


def credits(client: AuthenticatedClient) -> int:
    answer = rt.call(get_credits.sync_detailed, client=client)
    assert isinstance(answer, Credits)
    return answer.credits_


def clips(task: rt.Task) -> list[Any]:
    assert isinstance(task, ProducerTask) and isinstance(task.data, list)
    return task.data


def song(client: AuthenticatedClient) -> ProducerTask:
    task = rt.create_and_wait(client, SONG, schedule=FAST, timeout=30)
    assert isinstance(task, ProducerTask)
    return task


def poll_path(task_id: str) -> str:
    return f"GET /api/v1/producer/task/{task_id}"


# --- every operation, its cost, its result ----------------------------------------------------------------------


@pytest.mark.parametrize("fixture", fixtures("producer_create", "request"), ids=lambda f: f.id)
def test_every_create_variant_is_accepted_at_its_cost(
    api: AuthenticatedClient, sandbox: SandboxProcess, fixture: Any
) -> None:
    data = {k: v for k, v in fixture.json().items() if k not in ("webhook_url", "webhook_secret")}
    (body,) = parse_body("producer_create", data)
    before = credits(api)
    created = rt.create(api, body)
    assert created.task_id and credits(api) == before - cost(type(body).__name__)


def test_create_wait_download_m4a_and_wav(api: AuthenticatedClient, tmp_path: Path) -> None:
    seen: list[rt.Progress] = []
    # Polling every 20 ms sees every stage of a 0.4-0.8 s task (each lasts at least 0.1 s).
    task = rt.create_and_wait(api, SONG, schedule=rt.PollSchedule.fixed(0.02), on_progress=seen.append, timeout=30)
    assert isinstance(task, ProducerTask)
    statuses = [p.status for p in seen]
    assert statuses[0] is None and seen[0].state == "not_ready"  # HTTP 202 first
    assert {"PENDING", "RUNNING"} <= set(statuses) and statuses[-1] == "SUCCESS"
    assert statuses.index("PENDING") < statuses.index("RUNNING") < statuses.index("SUCCESS")
    (clip,) = clips(task)  # one song, not two
    assert str(clip.audio_url).endswith(".m4a") and str(clip.wav_url).endswith(".wav")
    assert isinstance(clip.seed, str) and clip.seed.isdigit() and isinstance(clip.duration, str)
    paths = rt.download(task, tmp_path, audio=True, wav=True)
    assert sorted(p.suffix for p in paths) == [".m4a", ".wav"]
    assert all(p.name.startswith("Night Drive-") and p.read_bytes()[:4] == b"RIFF" for p in paths)
    assert all(p.stat().st_size > 1000 for p in paths)


def test_download_chooses_m4a_wav_or_both(api: AuthenticatedClient, tmp_path: Path) -> None:
    task = song(api)
    assert [p.suffix for p in rt.download(task, tmp_path / "a")] == [".m4a"]
    assert [p.suffix for p in rt.download(task, tmp_path / "w", audio=False, wav=True)] == [".wav"]
    both = rt.download(task, tmp_path / "b", wav=True, include_image=True)
    assert sorted(p.suffix for p in both) == [".m4a", ".png", ".wav"]
    with pytest.raises(rt.RequestValidationError):
        rt.download(task, tmp_path / "none", audio=False)


def test_polls_of_a_finished_task_are_stable(api: AuthenticatedClient) -> None:
    task_id = rt.create(api, SONG).task_id
    rt.wait_for_task(api, task_id, api="producer", schedule=FAST, timeout=30)
    first = rt.get_task(api, task_id, api="producer").task
    second = rt.get_task(api, task_id, api="producer").task
    assert first is not None and second is not None and first.to_dict() == second.to_dict()  # the seed too


def test_upload_then_extend_the_uploaded_clip(api: AuthenticatedClient, tmp_path: Path) -> None:
    before = credits(api)
    upload = rt.create_and_wait(api, ProducerUploadRequest(audio_url="https://example.com/mine.mp3"), schedule=FAST)
    assert credits(api) == before - cost("ProducerUploadRequest")
    assert isinstance(upload, ProducerTask) and upload.task_type == "upload"
    (uploaded,) = clips(upload)
    body = ProducerExtendUploadMusic(clip_id=str(uploaded.clip_id), starts_at=1, length=30, instruction="strings")
    extended = rt.create_and_wait(api, body, schedule=FAST)
    assert credits(api) == before - cost("ProducerUploadRequest") - cost("ProducerExtendUploadMusic")
    assert len(rt.download(extended, tmp_path, wav=True)) == 2


def test_replace_a_section_of_a_song(api: AuthenticatedClient) -> None:
    (clip,) = clips(song(api))
    body = ProducerReplaceMusic(clip_id=str(clip.clip_id), starts_at=0.5, ends_at=1.5, instruction="brass stabs")
    assert len(rt.finished_clips(rt.create_and_wait(api, body, schedule=FAST))) == 1
    with pytest.raises(rt.RequestValidationError):  # ends_at must be after starts_at: refused before paying
        rt.create(api, ProducerReplaceMusic(clip_id=str(clip.clip_id), starts_at=2, ends_at=1))


@pytest.mark.parametrize("fmt", [ProducerDownloadFormat.WAV, ProducerDownloadFormat.MP3])
def test_a_download_task_gives_the_file(api: AuthenticatedClient, tmp_path: Path, fmt: ProducerDownloadFormat) -> None:
    (clip,) = clips(song(api))
    before = credits(api)
    task = rt.create_and_wait(api, ProducerDownloadRequest(clip_id=str(clip.clip_id), format_=fmt), schedule=FAST)
    assert credits(api) == before - cost("ProducerDownloadRequest")
    assert isinstance(task, ProducerTask) and task.task_type == "download"
    (path,) = rt.download(task, tmp_path)
    assert path.suffix == f".{fmt.value}" and path.read_bytes()[:4] == b"RIFF"


def test_lyrics_and_video_tasks(api: AuthenticatedClient, tmp_path: Path) -> None:
    before = credits(api)
    lyrics = rt.create_and_wait(api, ProducerLyricsRequest(description="the first snow"), schedule=FAST)
    assert isinstance(lyrics, ProducerTask) and lyrics.task_type == "make_lyrics"
    (written,) = clips(lyrics)
    assert "the first snow" in str(written.lyrics)
    with pytest.raises(rt.DownloadError):  # lyrics have no file to download
        rt.download(lyrics, tmp_path)
    (clip,) = clips(song(api))
    video = rt.create_and_wait(api, ProducerVideoRequest(clip_id=str(clip.clip_id)), schedule=FAST)
    assert isinstance(video, ProducerTask) and video.task_type == "video_clip"
    (rendered,) = clips(video)
    assert str(rendered.video_url).endswith(".mp4") and httpx.get(str(rendered.video_url)).status_code == 200
    (saved,) = rt.download(video, tmp_path / "video", audio=False, include_video=True)
    assert saved.suffix == ".mp4" and saved.stat().st_size > 0
    with pytest.raises(rt.DownloadError) as raised:  # the default (audio) finds nothing, and says what there is
        rt.download(video, tmp_path / "video-audio")
    assert "the clips have: video" in raised.value.message
    spent = cost("ProducerLyricsRequest") + cost("ProducerCreateMusic") + cost("ProducerVideoRequest")
    assert credits(api) == before - spent


def test_polling_states_through_the_generated_client() -> None:
    with SandboxProcess(["--task-seconds", "8", "8"]) as slow:  # the first quarter (2 s) answers 202
        client = rt.connect(slow.api_key, base_url=slow.url)
        task_id = rt.create(client, SONG).task_id
        raw = producer_get_task.sync_detailed(task_id, client=client)
        assert raw.status_code == 202 and isinstance(raw.parsed, TaskNotReady)
        status = rt.get_task(client, task_id, api="producer")
        assert status.state == "not_ready" and not status.done


def test_a_producer_task_polled_as_riffusion_says_so(api: AuthenticatedClient) -> None:
    task_id = rt.create(api, SONG).task_id
    with pytest.raises(rt.TaskNotFoundError) as raised, pytest.deprecated_call():
        rt.get_task(api, task_id)  # no family: riffusion, as 0.1 did (deprecated)
    assert raised.value.task_id == task_id and "family=" in "".join(raised.value.__notes__)
    with pytest.raises(rt.TaskNotFoundError):
        rt.get_task(api, task_id, family=rt.Family.RIFFUSION)
    assert rt.get_task(api, task_id, family=rt.Family.PRODUCER).task_id == task_id


# --- retired operations: 410, typed, naming the replacement, never charged -------------------------------------


class RawBody:
    """A JSON body the generated models cannot build (a retired task_type), sent through the generated endpoint."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


@pytest.mark.parametrize(
    "body",
    [
        {"task_type": "swap_music_vocals", "clip_id": "abc123-clip-id", "lyrics": "[Verse] new words"},
        {"task_type": "swap_music_sound", "clip_id": "abc123-clip-id", "sound": "jazz trio"},
        {"task_type": "music_variation", "clip_id": "abc123-clip-id", "mv": "FUZZ-2.0"},  # as the older docs show it
    ],
    ids=lambda b: b["task_type"],
)
def test_retired_task_types_raise_gone_error(api: AuthenticatedClient, sandbox: SandboxProcess, body: Any) -> None:
    before_tasks, before_credits = sandbox_state(sandbox)["tasks"], credits(api)
    with pytest.raises(rt.GoneError) as raised:
        rt.call(producer_create.sync_detailed, client=api, body=RawBody(body))  # type: ignore[arg-type]
    error = raised.value
    kind = body["task_type"]
    assert error.status == 410 and error.retired == f"task_type {kind}" and error.replacement == RETIRED[kind]
    assert f"task_type {kind}" in error.message and f"use {RETIRED[kind]} instead" in error.message
    assert "\n" not in error.message and not isinstance(error, rt.OutcomeUnknownError)
    assert sandbox_state(sandbox)["tasks"] == before_tasks and credits(api) == before_credits


# --- failures ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["failed", "timeout", "forbidden", "api_error"])
def test_failing_tasks_are_refunded(api: AuthenticatedClient, sandbox: SandboxProcess, kind: str) -> None:
    before = credits(api)
    queue_faults(sandbox, CREATE, f"fail:{kind}")
    with pytest.raises(rt.TaskFailed) as raised:
        rt.create_and_wait(api, SONG, schedule=FAST, timeout=30)
    error = raised.value
    assert error.reason == "FAILED" and error.task_id and "refunded" in error.message
    assert credits(api) == before  # refunded


def test_unknown_task_id(api: AuthenticatedClient) -> None:
    with pytest.raises(rt.TaskNotFoundError) as raised:
        rt.get_task(api, "no-such-task", api="producer")
    assert raised.value.message == "task not found." and raised.value.task_id == "no-such-task"


def test_out_of_credits_before_a_producer_create() -> None:
    price = cost("ProducerCreateMusic")
    with SandboxProcess(["--credits", str(price + 1)]) as small:
        client = rt.connect(small.api_key, base_url=small.url)
        rt.create(client, SONG)
        with pytest.raises(rt.PermissionDeniedError) as raised:
            rt.create(client, SONG)
        assert raised.value.out_of_credits and credits(client) == 1 and sandbox_state(small)["tasks"] == 1


# --- every fault knob, on producer -------------------------------------------------------------------------------


def test_header_faults_on_producer(sandbox: SandboxProcess) -> None:
    def with_fault(fault: str) -> AuthenticatedClient:
        return rt.connect(sandbox.api_key, base_url=sandbox.url, headers={"X-Sandbox-Fault": fault}, max_attempts=2)

    before = sandbox_state(sandbox)["tasks"]
    with pytest.raises(rt.CreateServerError):
        rt.create(with_fault("503"), SONG)
    assert sandbox_state(sandbox)["tasks"] == before  # the fault struck before the create was handled
    with pytest.raises(rt.OutcomeUnknownError):
        rt.create(with_fault("drop-after-create"), SONG)
    assert sandbox_state(sandbox)["tasks"] == before + 1  # registered once, never sent again
    with pytest.raises(rt.TaskFailed) as raised:
        rt.create_and_wait(with_fault("fail:forbidden"), SONG, schedule=FAST, timeout=30)
    assert raised.value.reason == "FAILED"


def test_5xx_drops_and_429_on_producer_polls_are_retried(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    task_id = rt.create(api, SONG).task_id
    queue_faults(sandbox, poll_path(task_id), "503", "drop", "429:0.05", "502")
    assert len(clips(rt.wait_for_task(api, task_id, api="producer", schedule=FAST, timeout=30))) == 1


def test_producer_create_refused_with_429_is_retried(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, "429:0.05")
    assert rt.create(api, SONG).task_id
    assert sandbox_state(sandbox)["tasks"] == before + 1


@pytest.mark.parametrize("fault", ["500", "502", "503", "504"])
def test_producer_create_5xx_is_never_resent(api: AuthenticatedClient, sandbox: SandboxProcess, fault: str) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, fault)
    with pytest.raises(rt.CreateServerError) as raised:
        rt.create(api, SONG)
    assert "may exist" in str(raised.value) and sandbox_state(sandbox)["tasks"] == before


def test_dropped_producer_create_is_never_resent(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, "drop")
    with pytest.raises(rt.CreateConnectionError):
        rt.create(api, SONG)
    assert sandbox_state(sandbox)["tasks"] == before


@pytest.mark.parametrize(
    ("match", "body", "schema"),
    [
        (CREATE, SONG, "ProducerCreateMusic"),
        ("POST /api/v1/producer/upload", ProducerUploadRequest("https://e.co/a.mp3"), "ProducerUploadRequest"),
        ("POST /api/v1/producer/lyrics-create", ProducerLyricsRequest(description="rain"), "ProducerLyricsRequest"),
    ],
)
def test_producer_call_that_registered_then_dropped(
    api: AuthenticatedClient, sandbox: SandboxProcess, match: str, body: Any, schema: str
) -> None:
    before_tasks, before_credits = sandbox_state(sandbox)["tasks"], credits(api)
    queue_faults(sandbox, match, "drop-after-create")
    with pytest.raises(rt.OutcomeUnknownError):
        rt.create(api, body)
    # The task exists and was paid for: exactly once, because the client did not send it again.
    assert sandbox_state(sandbox)["tasks"] == before_tasks + 1
    assert credits(api) == before_credits - cost(schema)


def test_slow_producer_answers_time_out_safely(sandbox: SandboxProcess) -> None:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url, timeout=0.3)
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, "slow:1")
    with pytest.raises(rt.CreateTimeoutError):
        rt.create(client, SONG)
    time.sleep(1.2)  # the server finishes the slow create after the client gave up
    assert sandbox_state(sandbox)["tasks"] == before + 1  # registered once, never sent again
    task_id = rt.create(client, SONG).task_id
    queue_faults(sandbox, poll_path(task_id), "slow:1")
    assert rt.wait_for_task(client, task_id, family=rt.Family.PRODUCER, schedule=FAST, timeout=30).data


def test_random_fault_rates_never_duplicate_a_producer_create() -> None:
    args = ["--seed", "4", "--error-rate", "0.15", "--drop-rate", "0.1", "--rate-limit-rate", "0.15"]
    args += ["--retry-after", "0.01", "--credits", "100000", "--task-seconds", "0.1", "0.2"]
    price = cost("ProducerCreateMusic")
    with SandboxProcess(args) as noisy:
        policy = rt.RetryPolicy(max_attempts=6, backoff_base=0.01, backoff_max=0.05)
        client = rt.connect(noisy.api_key, base_url=noisy.url, retry_policy=policy)
        created, unknown = 0, 0
        for _ in range(30):
            try:
                task_id = rt.create(client, SONG).task_id
            except rt.OutcomeUnknownError:
                unknown += 1
                continue
            except (rt.RateLimitError, rt.APIConnectionError):
                continue  # refused or never sent: certainly no task
            created += 1
            assert rt.wait_for_task(client, task_id, family="producer", schedule=FAST, timeout=30).data
        state = sandbox_state(noisy)
        assert created >= 10
        assert created <= state["tasks"] <= created + unknown
        assert state["credits"] == 100000 - price * state["tasks"]


@pytest.mark.parametrize("kind", ["failed", "timeout", "forbidden", "api_error", "random"])
def test_fail_rate_knob_on_producer(kind: str) -> None:
    with SandboxProcess(["--fail-rate", "1", "--fail-kind", kind, "--task-seconds", "0.2", "0.2"]) as failing:
        client = rt.connect(failing.api_key, base_url=failing.url)
        with pytest.raises(rt.TaskFailed) as raised:
            rt.create_and_wait(client, SONG, schedule=FAST, timeout=30)
        assert raised.value.reason == "FAILED" and "refunded" in raised.value.message
        assert credits(client) == 1000


def test_slow_rate_knob_on_producer() -> None:
    with SandboxProcess(["--slow-rate", "1", "--slow-seconds", "0.5", "--task-seconds", "0.2", "0.2"]) as slow:
        patient = rt.connect(slow.api_key, base_url=slow.url)
        started = time.monotonic()
        task = rt.create_and_wait(patient, SONG, schedule=FAST, timeout=60)
        assert clips(task) and time.monotonic() - started >= 1.0  # the create and at least one poll were late
        hasty = rt.connect(slow.api_key, base_url=slow.url, timeout=0.1, max_attempts=1)
        with pytest.raises(rt.CreateTimeoutError):
            rt.create(hasty, SONG)


# --- async ------------------------------------------------------------------------------------------------------


def test_async_create_wait_download(sandbox: SandboxProcess, tmp_path: Path) -> None:
    async def scenario() -> list[Path]:
        client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        async with client:
            bodies = [ProducerCreateMusic(sound=f"song {i}", title=f"Song {i}") for i in range(4)]
            tasks = await asyncio.gather(*(rt.acreate_and_wait(client, b, schedule=FAST) for b in bodies))
            paths: list[Path] = []
            for task in tasks:
                paths += await rt.adownload(task, tmp_path, wav=True)
            return paths

    paths = anyio.run(scenario)
    assert len(paths) == 8 and sorted({p.suffix for p in paths}) == [".m4a", ".wav"]


def test_async_faults_on_producer(sandbox: SandboxProcess) -> None:
    async def scenario() -> None:
        client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        queue_faults(sandbox, CREATE, "drop-after-create")
        with pytest.raises(rt.CreateConnectionError):
            await rt.acreate(client, SONG)
        queue_faults(sandbox, CREATE, "fail:timeout")
        with pytest.raises(rt.TaskFailed):
            await rt.acreate_and_wait(client, SONG, schedule=FAST)
        queue_faults(sandbox, CREATE, "503")
        with pytest.raises(rt.CreateServerError):
            await rt.acreate(client, SONG)
        task_id = (await rt.acreate(client, SONG)).task_id
        queue_faults(sandbox, poll_path(task_id), "500", "drop", "429:0.01")
        assert (await rt.await_task(client, task_id, family=rt.Family.PRODUCER, schedule=FAST)).data
        with pytest.raises(rt.TaskNotFoundError):
            await rt.aget_task(client, "missing", api="producer")

    anyio.run(scenario)


# --- webhooks: signed deliveries to a receiver that verifies them ----------------------------------------------


def hooked(receiver: Receiver, **extra: Any) -> ProducerCreateMusic:
    return ProducerCreateMusic(sound="synth pop", title="Hooked", webhook_url=receiver.url, **extra)


def test_webhook_flow_end_to_end(api: AuthenticatedClient, sandbox: SandboxProcess, tmp_path: Path) -> None:
    seen = rt.SeenWebhooks()
    with Receiver() as receiver:
        task_id = rt.create(api, hooked(receiver, webhook_secret=HOOK_SECRET)).task_id
        got = receiver.next()
        event = rt.verify_webhook(got.headers, got.body, HOOK_SECRET)
        assert seen.first_time(event)
        assert event.event == "song.completed" and event.status == "SUCCESS" and event.task_id == task_id
        assert got.header("Idempotency-Key") == event.id and got.header("Content-Type") == "application/json"
        paths = rt.download(event.task, tmp_path, wav=True)
        assert sorted(p.suffix for p in paths) == [".m4a", ".wav"]
        # The delivery says what polling says once the task is done (the wait names its task, as deliveries do).
        polled = rt.wait_for_task(api, task_id, api="producer", schedule=FAST, timeout=30)
        assert polled.to_dict() == json.loads(got.body)  # the task id too (0.3.0 left it UNSET)
        with pytest.raises(rt.WebhookVerificationError):
            rt.verify_webhook(got.headers, got.body, "some-other-secret")
        time.sleep(0.3)
        assert len(receiver.received) == 1  # acknowledged with a 2xx: delivered once
    log = httpx.get(f"{sandbox.url}/sandbox/webhooks").json()
    assert {"id": event.id, "url": receiver.url, "attempts": [200]} in log


def test_a_failed_task_is_delivered_as_song_failed(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    with Receiver() as receiver:
        queue_faults(sandbox, CREATE, "fail:failed")
        task_id = rt.create(api, hooked(receiver, webhook_secret=HOOK_SECRET)).task_id
        got = receiver.next()
        event = rt.verify_webhook(got.headers, got.body, HOOK_SECRET)
        assert event.event == "song.failed" and event.status == "FAILED" and event.task_id == task_id
        assert isinstance(event.task, ProducerTask)
        assert "refunded" in str(event.task.message) and rt.finished_clips(event.task) == []


def test_refused_deliveries_are_retried_with_backoff_and_the_same_id() -> None:
    backoff = 0.2
    with (
        SandboxProcess(["--webhook-backoff", str(backoff), "--webhook-retries", "3"]) as box,
        Receiver().script([500, 503, 404]) as receiver,
    ):
        client = rt.connect(box.api_key, base_url=box.url)
        rt.create(client, hooked(receiver, webhook_secret=HOOK_SECRET))
        arrivals = [receiver.next() for _ in range(4)]
        events = [rt.verify_webhook(a.headers, a.body, HOOK_SECRET) for a in arrivals]  # each signed afresh
        assert len({e.id for e in events}) == 1 and len({a.body for a in arrivals}) == 1
        seen = rt.SeenWebhooks()
        assert [seen.first_time(e) for e in events] == [True, False, False, False]
        gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(arrivals)]
        assert all(gap >= backoff * factor * 0.9 for gap, factor in zip(gaps, (1, 2, 4), strict=True))  # doubling
        log = httpx.get(f"{box.url}/sandbox/webhooks").json()
        assert log == [{"id": events[0].id, "url": receiver.url, "attempts": [500, 503, 404, 200]}]


def test_deliveries_stop_after_the_retries() -> None:
    with (
        SandboxProcess(["--webhook-backoff", "0.05", "--webhook-retries", "2"]) as box,
        Receiver().script([500] * 10) as receiver,
    ):
        rt.create(rt.connect(box.api_key, base_url=box.url), hooked(receiver))
        for _ in range(3):
            receiver.next()
        time.sleep(0.5)
        assert len(receiver.received) == 3
        (entry,) = httpx.get(f"{box.url}/sandbox/webhooks").json()
        assert entry["attempts"] == [500, 500, 500]


def test_without_a_secret_deliveries_are_signed_with_the_servers_default() -> None:
    with SandboxProcess(["--webhook-secret", "the-default-secret"]) as box, Receiver() as receiver:
        rt.create(rt.connect(box.api_key, base_url=box.url), hooked(receiver))
        got = receiver.next()
        assert rt.verify_webhook(got.headers, got.body, "the-default-secret").status == "SUCCESS"
        with pytest.raises(rt.WebhookVerificationError):
            rt.verify_webhook(got.headers, got.body, HOOK_SECRET)


def test_upload_and_download_tasks_deliver_webhooks_too(api: AuthenticatedClient) -> None:
    with Receiver() as receiver:
        url, secret = receiver.url, HOOK_SECRET
        upload = rt.create(api, ProducerUploadRequest("https://e.co/a.mp3", webhook_url=url, webhook_secret=secret))
        got = receiver.next()
        event = rt.verify_webhook(got.headers, got.body, HOOK_SECRET)
        assert isinstance(event.task, ProducerTask)  # the webhook's payload: its family's task (the spec says)
        assert event.task_id == upload.task_id and event.task.task_type == "upload"
        (clip,) = clips(event.task)
        download = rt.create(api, ProducerDownloadRequest(str(clip.clip_id), webhook_url=url, webhook_secret=secret))
        got = receiver.next()
        event = rt.verify_webhook(got.headers, got.body, HOOK_SECRET)
        assert isinstance(event.task, ProducerTask)
        assert event.task_id == download.task_id and event.task.task_type == "download"


def test_a_plain_http_webhook_url_must_be_on_loopback(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    refused = ("http://example.com/hook", "ftp://127.0.0.1/hook", "http://127.0.0.1.example.com/hook")
    for url in (*refused, "http://127.0.0.1:80@example.com/hook", "http://localhost@example.com/"):
        with pytest.raises(rt.RequestValidationError) as raised:
            rt.create(api, ProducerCreateMusic(sound="x", webhook_url=url))
        assert "webhook_url" in str(raised.value)
        answer = httpx.post(
            f"{sandbox.url}/api/v1/producer/create",
            json={"task_type": "create_music", "sound": "x", "webhook_url": url},
            headers={"Authorization": f"Bearer {sandbox.api_key}"},
        )
        assert answer.status_code == 400 and "webhook_url" in answer.json()["error"]
    assert sandbox_state(sandbox)["tasks"] == before
    for url in ("http://localhost:9/hook", "http://[::1]:9/", "https://example.com/hook"):
        assert rt.create(api, ProducerCreateMusic(sound="x", webhook_url=url)).task_id


def test_async_webhook_flow_with_an_aiohttp_receiver(sandbox: SandboxProcess, tmp_path: Path) -> None:
    """create (async) with a webhook_url; an aiohttp handler verifies the delivery and downloads the song."""

    async def scenario() -> tuple[rt.WebhookEvent, list[Path], str]:
        delivered: asyncio.Queue[rt.WebhookEvent] = asyncio.Queue()

        async def handle(request: web.Request) -> web.Response:
            try:
                event = rt.verify_webhook(request.headers, await request.read(), HOOK_SECRET)
            except rt.WebhookVerificationError:
                return web.Response(status=401)
            await delivered.put(event)
            return web.Response(status=204)

        app = web.Application()
        app.router.add_post("/hook", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        try:
            client = rt.connect(sandbox.api_key, base_url=sandbox.url)
            async with client:
                body = ProducerCreateMusic(
                    sound="async pop", webhook_url=f"http://127.0.0.1:{port}/hook", webhook_secret=HOOK_SECRET
                )
                task_id = (await rt.acreate(client, body)).task_id
                event = await asyncio.wait_for(delivered.get(), 30)
                paths = await rt.adownload(event.task, tmp_path, wav=True)
                return event, paths, task_id
        finally:
            await runner.cleanup()

    event, paths, task_id = anyio.run(scenario)
    assert event.task_id == task_id and event.status == "SUCCESS"
    assert sorted(p.suffix for p in paths) == [".m4a", ".wav"]


def test_the_sandbox_refuses_a_create_with_neither_sound_nor_lyrics(sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    for body in ({"task_type": "create_music"}, {"task_type": "create_music", "title": "T", "mv": "FUZZ-2.0"}):
        answer = httpx.post(
            f"{sandbox.url}/api/v1/producer/create", json=body, headers={"Authorization": f"Bearer {sandbox.api_key}"}
        )
        assert answer.status_code == 400 and "error" in answer.json()
    assert sandbox_state(sandbox)["tasks"] == before
