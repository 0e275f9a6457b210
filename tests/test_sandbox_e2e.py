"""End-to-end over real HTTP: the generated client and the runtime against the sandbox, sync and async."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.api.riffusion import riffusion_get_task
from musicapi_client.models import (
    Credits,
    RiffusionCreateWithDescription,
    RiffusionExtendUploadMusic,
    RiffusionModel,
    TaskNotReady,
)
from musicapi_sandbox import SandboxProcess
from tests.support import fixtures, parse_create_body, queue_faults, sandbox_state

pytestmark = pytest.mark.slow

FAST = rt.PollSchedule(first=0.05, factor=1.5, max_interval=0.2)
SONG = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="sandbox test song")
CREATE = "POST /api/v1/riffusion/create"


def credits(client: AuthenticatedClient) -> int:
    answer = rt.call(get_credits.sync_detailed, client=client)
    assert isinstance(answer, Credits)
    return answer.credits_


def clips(task: rt.Task) -> list[Any]:
    return list(rt.clips_of(task))


# --- every operation --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", fixtures("riffusion_create", "request"), ids=lambda f: f.id)
def test_every_create_variant_is_accepted(api: AuthenticatedClient, fixture: Any) -> None:
    (body,) = parse_create_body(fixture.json())
    before = credits(api)
    created = rt.create(api, body)
    assert created.task_id and credits(api) == before - 12


def test_create_wait_download(api: AuthenticatedClient, tmp_path: Path) -> None:
    seen: list[rt.Progress] = []
    # Polling every 20 ms sees every stage of a 0.4-0.8 s task (each lasts at least 0.1 s).
    task = rt.create_and_wait(api, SONG, schedule=rt.PollSchedule.fixed(0.02), on_progress=seen.append, timeout=30)
    states = [p.state for p in seen]
    assert states[-1] == "succeeded" and "running" in states
    assert any(p.clip_states == ("running",) for p in seen)  # one clip is reported before the second
    paths = rt.download(task, tmp_path, include_image=True)
    assert len(paths) == 4
    audio = [p for p in paths if p.suffix == ".wav"]
    images = [p for p in paths if p.suffix == ".png"]
    assert len(audio) == 2 and len(images) == 2
    assert all(p.read_bytes()[:4] == b"RIFF" and p.stat().st_size > 1000 for p in audio)
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in images)
    assert all(p.name.startswith("Sandbox Test Song-") for p in paths)


def test_upload_then_extend_it(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before = credits(api)
    uploaded = rt.upload(api, "https://example.com/my-song.mp3")
    assert uploaded.clip_id and credits(api) == before - 2
    body = RiffusionExtendUploadMusic(
        mv=RiffusionModel.FUZZ_1_0,
        lyrics="[Verse] more",
        sound="rock",
        continue_clip_id=uploaded.clip_id,
        continue_at=5,
    )
    task = rt.create_and_wait(api, body, schedule=FAST, timeout=30)
    assert len(clips(task)) == 2


def test_polling_states_through_the_generated_client() -> None:
    with SandboxProcess(["--task-seconds", "8", "8"]) as slow:  # the first quarter (2 s) answers 202
        client = rt.connect(slow.api_key, base_url=slow.url)
        task_id = rt.create(client, SONG).task_id
        raw = riffusion_get_task.sync_detailed(task_id, client=client)
        assert raw.status_code == 202 and isinstance(raw.parsed, TaskNotReady)
        status = rt.get_task(client, task_id)
        assert status.state == "not_ready" and not status.done


# --- errors with the real API's messages ------------------------------------------------------------------


def test_wrong_or_missing_key(sandbox: SandboxProcess) -> None:
    with pytest.raises(rt.AuthenticationError) as raised:
        credits(rt.connect("wrong-key", base_url=sandbox.url))
    assert raised.value.status == 401
    answer = httpx.get(f"{sandbox.url}/api/v1/get-credits")
    assert answer.status_code == 401 and answer.json() == {"error": "Authorization header is missing."}


def test_unknown_task_id(api: AuthenticatedClient) -> None:
    with pytest.raises(rt.TaskNotFoundError) as raised:
        rt.get_task(api, "no-such-task")
    assert raised.value.message == "task not found." and raised.value.task_id == "no-such-task"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"mv": "not-a-model (test value)", "prompt": "x", "custom_mode": False}, "The 'mv' field is invalid."),
        (
            {"mv": "FUZZ-1.1", "custom_mode": True, "make_instrumental": False, "title": "t" * 80},
            "The title character length should be less than 80.",
        ),
        ({"mv": "FUZZ-1.1", "task_type": "extend_music", "custom_mode": True}, "The 'lyrics' field is invalid."),
        ([], "The 'body' field is invalid."),
    ],
)
def test_invalid_bodies_get_the_api_messages(sandbox: SandboxProcess, body: Any, message: str) -> None:
    answer = httpx.post(
        f"{sandbox.url}/api/v1/riffusion/create", json=body, headers={"Authorization": f"Bearer {sandbox.api_key}"}
    )
    assert answer.status_code == 400 and answer.json() == {"error": message}


def test_out_of_credits() -> None:
    with SandboxProcess(["--credits", "20"]) as small:
        client = rt.connect(small.api_key, base_url=small.url)
        rt.create(client, SONG)
        with pytest.raises(rt.PermissionDeniedError) as raised:
            rt.create(client, SONG)
        assert raised.value.out_of_credits and raised.value.status == 403
        assert credits(client) == 8
        assert sandbox_state(small)["tasks"] == 1


# --- fault knobs ------------------------------------------------------------------------------------------


def test_5xx_drops_and_429_on_polls_are_retried(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    task_id = rt.create(api, SONG).task_id
    queue_faults(sandbox, f"GET /api/v1/riffusion/task/{task_id}", "503", "drop", "429:0.05", "502")
    task = rt.wait_for_task(api, task_id, schedule=FAST, timeout=30)
    assert len(clips(task)) == 2


def test_create_refused_with_429_is_retried_once_accepted(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, "429:0.05")
    assert rt.create(api, SONG).task_id
    assert sandbox_state(sandbox)["tasks"] == before + 1


@pytest.mark.parametrize("fault", ["500", "502", "503", "504"])
def test_create_5xx_is_never_resent(api: AuthenticatedClient, sandbox: SandboxProcess, fault: str) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, fault)
    with pytest.raises(rt.CreateServerError):
        rt.create(api, SONG)
    assert sandbox_state(sandbox)["tasks"] == before  # the injected 5xx came before the handler


def test_dropped_create_is_never_resent(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, "drop")
    with pytest.raises(rt.CreateConnectionError) as raised:
        rt.create(api, SONG)
    assert "may exist" in str(raised.value)
    assert sandbox_state(sandbox)["tasks"] == before


def test_create_that_registered_then_dropped(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    before_tasks, before_credits = sandbox_state(sandbox)["tasks"], credits(api)
    queue_faults(sandbox, CREATE, "drop-after-create")
    with pytest.raises(rt.OutcomeUnknownError):
        rt.create(api, SONG)
    # The task exists and was paid for: exactly once, because the client did not send it again.
    assert sandbox_state(sandbox)["tasks"] == before_tasks + 1
    assert credits(api) == before_credits - 12


def test_slow_answers_time_out_safely(sandbox: SandboxProcess) -> None:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url, timeout=0.3)
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, "slow:1")
    with pytest.raises(rt.CreateTimeoutError):
        rt.create(client, SONG)
    time.sleep(1.2)  # the server finishes the slow create after the client gave up
    assert sandbox_state(sandbox)["tasks"] == before + 1  # registered once, never sent again
    task_id = rt.create(client, SONG).task_id
    queue_faults(sandbox, f"GET /api/v1/riffusion/task/{task_id}", "slow:1")
    assert rt.clips_of(rt.wait_for_task(client, task_id, schedule=FAST, timeout=30))  # the slow poll is retried


@pytest.mark.parametrize("kind", ["failed", "timeout", "forbidden", "api_error"])
def test_failing_tasks(api: AuthenticatedClient, sandbox: SandboxProcess, kind: str) -> None:
    before = credits(api)
    queue_faults(sandbox, CREATE, f"fail:{kind}")
    with pytest.raises(rt.TaskFailed) as raised:
        rt.create_and_wait(api, SONG, schedule=FAST, timeout=30)
    assert raised.value.reason == kind and raised.value.task_id
    assert credits(api) == before  # refunded


def test_header_fault_applies_to_that_request(sandbox: SandboxProcess) -> None:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url, headers={"X-Sandbox-Fault": "503"}, max_attempts=2)
    with pytest.raises(rt.ServerError) as raised:
        credits(client)
    assert raised.value.status == 503


def test_random_fault_rates_never_duplicate_a_create() -> None:
    args = ["--seed", "3", "--error-rate", "0.15", "--drop-rate", "0.1", "--rate-limit-rate", "0.15"]
    args += ["--retry-after", "0.01", "--credits", "100000", "--task-seconds", "0.1", "0.2"]
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
            assert rt.clips_of(rt.wait_for_task(client, task_id, schedule=FAST, timeout=30))
        state = sandbox_state(noisy)
        assert created >= 10
        # Every task the server registered was either reported to us or reported as "may exist"; none twice.
        assert created <= state["tasks"] <= created + unknown
        assert state["credits"] == 100000 - 12 * state["tasks"]


# --- async ------------------------------------------------------------------------------------------------


def test_async_create_wait_download(sandbox: SandboxProcess, tmp_path: Path) -> None:
    async def scenario() -> list[Path]:
        client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        async with client:
            tasks = await asyncio.gather(*(rt.acreate_and_wait(client, SONG, schedule=FAST) for _ in range(5)))
            paths: list[Path] = []
            for task in tasks:
                paths += await rt.adownload(task, tmp_path)
            return paths

    paths = anyio.run(scenario)
    assert len(paths) == 10 and len({p.name for p in paths}) == 10


def test_async_faults(sandbox: SandboxProcess) -> None:
    async def scenario() -> None:
        client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        queue_faults(sandbox, CREATE, "drop-after-create")
        with pytest.raises(rt.CreateConnectionError):
            await rt.acreate(client, SONG)
        queue_faults(sandbox, CREATE, "fail:timeout")
        with pytest.raises(rt.TaskFailed):
            await rt.acreate_and_wait(client, SONG, schedule=FAST)
        task_id = (await rt.acreate(client, SONG)).task_id
        queue_faults(sandbox, f"GET /api/v1/riffusion/task/{task_id}", "500", "drop", "429:0.01")
        assert rt.clips_of(await rt.await_task(client, task_id, schedule=FAST))
        with pytest.raises(rt.TaskNotFoundError):
            await rt.aget_task(client, "missing")

    anyio.run(scenario)


def test_sandbox_rejects_hostile_bodies(sandbox: SandboxProcess) -> None:
    auth = {"Authorization": f"Bearer {sandbox.api_key}", "Content-Type": "application/json"}
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = httpx.post(f"{sandbox.url}/api/v1/riffusion/create", content=deep, headers=auth)
    assert answer.status_code == 400 and answer.json() == {"error": "The 'body' field is invalid."}
    bad_faults = httpx.post(f"{sandbox.url}/sandbox/faults", json=["not", "an", "object"])
    assert bad_faults.status_code == 400


def test_junk_secrets_and_fault_values_are_refused_with_a_400(tmp_path: Path) -> None:
    """Round three, finding 10: a webhook secret that cannot be encoded (a lone surrogate) was accepted and
    charged, then the delivery died with a traceback on the console; `slow:nan` was accepted and stalled every
    other timer. Now both are a 400 like other junk, nothing is charged, and the sandbox keeps working."""
    console = (tmp_path / "console").open("w+b")
    with SandboxProcess(stderr=console) as sandbox:
        auth = {"Authorization": f"Bearer {sandbox.api_key}", "Content-Type": "application/json"}
        before = sandbox_state(sandbox)
        body = b'{"task_type": "create_music", "sound": "x", "webhook_url": "http://127.0.0.1:9/h", '
        for secret in (b'"\\ud800"', b'"ok-\\udfff-ok"'):
            answer = httpx.post(
                f"{sandbox.url}/api/v1/producer/create",
                content=body + b'"webhook_secret": ' + secret + b"}",
                headers=auth,
            )
            assert answer.status_code == 400 and "webhook_secret" in answer.json()["error"], answer.text
        for fault in ("slow:nan", "slow:inf", "429:nan", "503:nan"):
            answer = httpx.get(f"{sandbox.url}/api/v1/get-credits", headers={**auth, "X-Sandbox-Fault": fault})
            assert answer.status_code == 400 and fault in answer.json()["error"], (fault, answer.text)
            queued = httpx.post(f"{sandbox.url}/sandbox/faults", json={"match": "GET", "faults": [fault]})
            assert queued.status_code == 400, (fault, queued.text)
        assert sandbox_state(sandbox) == before  # nothing charged, no task
        client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        assert clips(rt.create_and_wait(client, SONG, schedule=FAST, timeout=20))  # timers still run
    console.seek(0)
    assert b"Traceback" not in console.read()


# --- the startup knobs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["failed", "timeout", "forbidden", "api_error"])
def test_fail_rate_knob(kind: str) -> None:
    with SandboxProcess(["--fail-rate", "1", "--fail-kind", kind, "--task-seconds", "0.2", "0.2"]) as failing:
        client = rt.connect(failing.api_key, base_url=failing.url)
        with pytest.raises(rt.TaskFailed) as raised:
            rt.create_and_wait(client, SONG, schedule=FAST, timeout=30)
        assert raised.value.reason == kind


def test_slow_rate_knob() -> None:
    with SandboxProcess(["--slow-rate", "1", "--slow-seconds", "0.5"]) as slow:
        patient = rt.connect(slow.api_key, base_url=slow.url)
        started = time.monotonic()
        assert credits(patient) == 1000
        assert time.monotonic() - started >= 0.5
        hasty = rt.connect(slow.api_key, base_url=slow.url, timeout=0.1, max_attempts=1)
        with pytest.raises(rt.APITimeoutError):
            credits(hasty)


def test_realistic_knob_takes_30_to_90_seconds() -> None:
    with SandboxProcess(["--realistic", "--seed", "5"]) as realistic:
        client = rt.connect(realistic.api_key, base_url=realistic.url)
        durations = []
        for _ in range(5):
            task_id = rt.create(client, SONG).task_id
            durations.append(httpx.get(f"{realistic.url}/sandbox/tasks/{task_id}").json()["duration"])
            assert rt.get_task(client, task_id).state == "not_ready"
    assert all(30 <= d <= 90 for d in durations) and len(set(durations)) == 5


def test_blob_serves_exact_sizes(sandbox: SandboxProcess) -> None:
    for size in (0, 1, 65536, 1_000_001):
        answer = httpx.get(f"{sandbox.url}/sandbox/blob/{size}")
        assert answer.status_code == 200 and len(answer.content) == size


# --- when to come back, and where webhooks go ----------------------------------------------------------------


def test_the_sandbox_says_when_a_task_will_show_something(sandbox: SandboxProcess) -> None:
    """Retry-After on the create's answer and on each not-ready poll (whole seconds, at least 1): what lets
    create_and_wait poll a one-second task a second after creating it."""
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    body = {"task_type": "create_music", "sound": "hints"}
    created = httpx.post(f"{sandbox.url}/api/v1/producer/create", json=body, headers=headers)
    assert created.status_code == 200 and created.headers["Retry-After"] == "1"
    polled = httpx.get(f"{sandbox.url}/api/v1/producer/task/{created.json()['task_id']}", headers=headers)
    assert polled.status_code != 202 or polled.headers["Retry-After"] == "1"
    with SandboxProcess(["--task-seconds", "40", "40", "--no-poll-hints"]) as quiet:
        key = {"Authorization": f"Bearer {quiet.api_key}"}
        created = httpx.post(f"{quiet.url}/api/v1/producer/create", json=body, headers=key)
        polled = httpx.get(f"{quiet.url}/api/v1/producer/task/{created.json()['task_id']}", headers=key)
        assert (
            polled.status_code == 202 and "Retry-After" not in created.headers and "Retry-After" not in polled.headers
        )
    with SandboxProcess(["--task-seconds", "40", "40"]) as slow:
        key = {"Authorization": f"Bearer {slow.api_key}"}
        created = httpx.post(f"{slow.url}/api/v1/producer/create", json=body, headers=key)
        assert created.headers["Retry-After"] == "10"  # its first quarter


def test_webhooks_go_only_to_this_machine_unless_told(tmp_path: Path) -> None:
    """A create naming https://me.example/hook (an example the README had) made the sandbox knock there four
    times; now it records the delivery without sending it, unless --webhooks-anywhere."""
    body = {"task_type": "create_music", "sound": "hooked", "webhook_url": "https://me.invalid/hook"}
    for flags, attempts in (([], []), (["--webhooks-anywhere"], [0])):
        with SandboxProcess(["--webhook-retries", "0", *flags]) as box:
            key = {"Authorization": f"Bearer {box.api_key}"}
            assert httpx.post(f"{box.url}/api/v1/producer/create", json=body, headers=key).status_code == 200
            deadline = time.monotonic() + 20
            while not (log := httpx.get(f"{box.url}/sandbox/webhooks").json()) or (flags and not log[0]["attempts"]):
                assert time.monotonic() < deadline, log
                time.sleep(0.1)
            (entry,) = log
            assert entry["attempts"] == attempts
            assert ("skipped" in entry) is not bool(flags)
