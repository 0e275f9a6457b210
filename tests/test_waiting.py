"""Waiting for tasks: every documented answer, progress, deadlines, faults while waiting, async cancellation."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import anyio
import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel, RiffusionTask
from tests.fakes import CREATE, NOT_READY, FakeAPI, client_for, clip, finished, js, task_path

TASK = task_path("t-1")
FAST = rt.PollSchedule(first=0.001, factor=1.0, max_interval=0.001)
BODY = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="a calm song")


class FakeClock:
    """Time that moves only when the wait sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def wait(api: FakeAPI, clock: FakeClock | None = None, **kwargs: Any) -> RiffusionTask:
    clock = clock or FakeClock()
    task = rt.wait_for_task(client_for(api), "t-1", sleep=clock.sleep, clock=clock, **kwargs)
    assert isinstance(task, RiffusionTask)
    return task


def test_wait_goes_through_every_running_shape_to_the_finished_task() -> None:
    running_clip = clip("a", state="running", audio="https://cdn.example/stream/a.m3u8")
    api = FakeAPI().script(
        TASK,
        [
            js(202, {"type": "not_ready"}),
            js(202, NOT_READY),
            js(200, {**NOT_READY, "code": 202}),
            js(200, {"code": 202, "data": [], "message": "processing"}),
            js(200, {"code": 200, "data": [running_clip], "message": "success"}),  # one clip: keep polling
            js(200, {"code": 200, "data": [clip("a"), clip("b", state="streaming")], "message": "success"}),
            finished("a", "b"),
        ],
    )
    seen: list[rt.Progress] = []
    task = wait(api, on_progress=seen.append)
    assert isinstance(task.data, list) and [c.clip_id for c in task.data] == ["a", "b"]
    assert api.hits(TASK) == 7
    assert [p.state for p in seen] == ["not_ready", "running", "running", "running", "succeeded"]
    assert seen[2].clip_states == ("running",)
    assert seen[3].clip_states == ("succeeded", "streaming")
    assert all(p.task_id == "t-1" for p in seen)


def test_progress_is_reported_only_on_change() -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY)] * 5 + [finished()])
    seen: list[rt.Progress] = []
    wait(api, on_progress=seen.append)
    assert [p.state for p in seen] == ["not_ready", "succeeded"]
    assert seen[1].elapsed > seen[0].elapsed


def test_unknown_states_keep_waiting() -> None:
    odd = {"code": 200, "data": [clip("a", state="queued_v2"), clip("b", state="")], "message": "ok"}
    api = FakeAPI().script(TASK, [js(200, odd), js(200, {"type": "reticulating"}), finished()])
    assert wait(api).data
    assert api.hits(TASK) == 3


def test_two_clips_without_audio_are_not_done() -> None:
    no_audio = {"code": 200, "data": [clip("a", audio=""), clip("b")], "message": "ok"}
    api = FakeAPI().script(TASK, [js(200, no_audio), finished()])
    wait(api)
    assert api.hits(TASK) == 2


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"type": "failed", "error": "Generation failed."}, "failed"),
        ({"type": "timeout", "message": "Timed out."}, "timeout"),
        ({"type": "forbidden", "error": "Inappropriate lyrics."}, "forbidden"),
        ({"type": "api_error", "error": "Upstream."}, "api_error"),
    ],
)
def test_failure_payloads_raise_task_failed(body: dict[str, Any], reason: str) -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY), js(200, body)])
    with pytest.raises(rt.TaskFailed) as raised:
        wait(api)
    error = raised.value
    assert error.reason == reason and error.task_id == "t-1"
    message = body.get("error") or body.get("message")
    assert isinstance(message, str) and message in str(error)
    assert error.body is not None and reason in error.body


def test_all_clips_failed_raises_task_failed() -> None:
    body = {"code": 200, "data": [clip("a", state="error"), clip("b", state="failed")], "message": "ok"}
    api = FakeAPI().script(TASK, [js(200, body)])
    with pytest.raises(rt.TaskFailed) as raised:
        wait(api)
    assert raised.value.reason == "clips_failed" and raised.value.task_id == "t-1"


def test_one_failed_clip_of_two_returns_the_task() -> None:
    body = {"code": 200, "data": [clip("a"), clip("b", state="error")], "message": "ok"}
    api = FakeAPI().script(TASK, [js(200, body)])
    task = wait(api)
    assert isinstance(task.data, list) and len(task.data) == 2


def test_deadline_raises_wait_timeout_with_last_state() -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY)])
    clock = FakeClock()
    with pytest.raises(rt.WaitTimeout) as raised:
        wait(api, clock, timeout=60, schedule=rt.PollSchedule(first=5, factor=2, max_interval=20))
    assert raised.value.task_id == "t-1" and raised.value.last_state == "not_ready"
    assert clock.now == pytest.approx(60)
    assert clock.sleeps == [5, 10, 20, 20, 5]  # backs off, never sleeps past the deadline


def test_schedule_polls_closer_as_the_task_nears_its_end() -> None:
    running = {"code": 200, "data": [clip("a", state="running")], "message": "ok"}
    streaming = {"code": 200, "data": [clip("a"), clip("b", state="streaming")], "message": "ok"}
    api = FakeAPI().script(TASK, [js(202, NOT_READY)] * 3 + [js(200, running)] * 2 + [js(200, streaming)] * 2)
    api.script(TASK, [finished()])
    clock = FakeClock()
    schedule = rt.PollSchedule(first=3, factor=7, max_interval=20, running_interval=15, near_interval=6)
    wait(api, clock, schedule=schedule)
    assert clock.sleeps == [3, 20, 20, 15, 15, 6, 6]


def test_default_schedule_is_the_documented_one() -> None:
    """docs/runtime.md: first poll 15 s after the create, every 15 s while nothing shows, every 10 s while a clip
    runs, every 3 s once a clip streams (benchmarks/RESULTS.md shows why)."""
    api = FakeAPI().script(
        TASK,
        [js(202, NOT_READY)] * 3
        + [js(200, {"code": 200, "data": [clip("a", state="running")], "message": "ok"})] * 2
        + [js(200, {"code": 200, "data": [clip("a"), clip("b", state="streaming")], "message": "ok"})] * 2
        + [finished()],
    )
    clock = FakeClock()
    rt.wait_for_task(client_for(api), "t-1", first_delay=rt.PollSchedule().first, sleep=clock.sleep, clock=clock)
    assert clock.sleeps == [15, 15, 15, 15, 10, 10, 3, 3]


def test_schedule_defaults_follow_the_vendor_advice_until_a_clip_streams() -> None:
    """The vendor advises a poll every 15-25 s; the default polls faster only once a clip streams."""
    schedule = rt.PollSchedule()
    first = schedule.after(None, None)
    assert 15 <= first <= 25 and 15 <= schedule.after(first, None) <= 25
    fixed = rt.PollSchedule.fixed(5)
    assert [fixed.after(p, None) for p in (None, 5.0, 5.0)] == [5, 5, 5]


def test_wait_survives_faults_between_polls() -> None:
    api = FakeAPI(check_spec=False).script(
        TASK,
        [js(202, NOT_READY)]
        + [js(503, {"error": "down"})] * 3  # one poll's retries all fail
        + [httpx.ConnectError("refused")] * 3
        + [js(429, {"error": "slow"}, {"Retry-After": "1"})] * 3
        + [httpx.ReadTimeout("slow")] * 3
        + [finished()],
    )
    assert wait(api).data
    assert api.hits(TASK) == 1 + 3 + 3 + 3 + 1


@pytest.mark.parametrize("status", [401, 403])
def test_lasting_errors_during_a_wait_are_raised_with_the_task_id(status: int) -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY), js(status, {"error": "no"})])
    with pytest.raises(rt.APIStatusError) as raised:
        wait(api)
    assert raised.value.task_id == "t-1"


def test_malformed_answer_during_a_wait_keeps_the_task_id() -> None:
    api = FakeAPI(check_spec=False).script(TASK, [js(200, {"code": 200, "data": "nope"})])
    with pytest.raises(rt.ResponseValidationError) as raised:
        wait(api)
    assert raised.value.task_id == "t-1" and raised.value.body is not None


def test_create_and_wait() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(TASK, [js(202, NOT_READY), finished()])
    task = rt.create_and_wait(client_for(api), BODY, schedule=FAST)
    assert isinstance(task.data, list) and len(task.data) == 2
    assert api.hits(CREATE) == 1


def test_create_and_wait_errors_carry_the_task_id() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(TASK, [js(200, {"type": "failed", "error": "no"})])
    with pytest.raises(rt.TaskFailed) as raised:
        rt.create_and_wait(client_for(api), BODY, schedule=FAST)
    assert raised.value.task_id == "t-1"


def test_create_and_wait_times_out_with_the_task_id() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(TASK, [js(202, NOT_READY)])
    with pytest.raises(rt.WaitTimeout) as raised:
        rt.create_and_wait(client_for(api), BODY, schedule=FAST, timeout=0.05)
    assert raised.value.task_id == "t-1" and raised.value.last_state == "not_ready"


# --- async --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_wait_and_progress() -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY), js(200, {"code": 202, "data": []}), finished()])
    seen: list[str] = []
    task = await rt.await_task(client_for(api), "t-1", schedule=FAST, on_progress=lambda p: seen.append(p.state))
    assert len(rt.clips_of(task)) == 2
    assert seen == ["not_ready", "running", "succeeded"]


@pytest.mark.anyio
async def test_async_create_and_wait_failure_carries_task_id() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(TASK, [js(202, NOT_READY), js(200, {"type": "timeout", "error": "slow"})])
    with pytest.raises(rt.TaskFailed) as raised:
        await rt.acreate_and_wait(client_for(api), BODY, schedule=FAST)
    assert raised.value.task_id == "t-1" and raised.value.reason == "timeout"


@pytest.mark.anyio
async def test_async_wait_timeout() -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY)])
    with pytest.raises(rt.WaitTimeout):
        await rt.await_task(client_for(api), "t-1", schedule=FAST, timeout=0.05)


def test_async_cancellation_leaves_nothing_running() -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY)])
    client = client_for(api)

    async def scenario() -> int:
        waiter = asyncio.create_task(
            rt.await_task(client, "t-1", schedule=rt.PollSchedule(first=0.01, factor=1, max_interval=0.01))
        )
        await asyncio.sleep(0.1)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        polls = api.hits(TASK)
        await asyncio.sleep(0.1)
        assert api.hits(TASK) == polls  # nothing polls after the cancel
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert others == []
        return polls

    assert asyncio.run(scenario()) > 1


def test_anyio_runs_the_async_wait() -> None:
    api = FakeAPI().script(TASK, [finished()])
    task = anyio.run(lambda: rt.await_task(client_for(api), "t-1", schedule=FAST))
    assert isinstance(task, RiffusionTask)


def test_task_envelope_with_an_extra_type_field_is_still_a_task() -> None:
    body = {"type": "music", "code": 200, "data": [clip("a"), clip("b")], "message": "success"}
    api = FakeAPI().script(TASK, [js(200, body)])
    task = wait(api)
    assert isinstance(task.data, list) and len(task.data) == 2


def test_a_rate_limited_poll_waits_at_least_retry_after() -> None:
    limited = js(429, {"error": "slow down"}, {"Retry-After": "30"})
    api = FakeAPI().script(TASK, [limited, limited, limited, finished()])
    clock = FakeClock()
    wait(api, clock, schedule=rt.PollSchedule(first=2, factor=1, max_interval=2))
    assert clock.sleeps == [30]


def test_an_interrupted_create_and_wait_keeps_the_task_id() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(TASK, [js(202, NOT_READY)])

    def interrupt(_: rt.Progress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as raised:
        rt.create_and_wait(client_for(api), BODY, schedule=FAST, on_progress=interrupt)
    assert "task_id=t-1" in "".join(raised.value.__notes__)


def test_async_cancellation_cancels_the_poll_in_flight() -> None:
    """The poll itself is cancelled, not only the sleep between polls."""
    started: list[float] = []
    finished_polls: list[float] = []

    async def slow_server(request: httpx.Request) -> httpx.Response:
        started.append(asyncio.get_running_loop().time())
        await asyncio.sleep(5)
        finished_polls.append(asyncio.get_running_loop().time())
        return httpx.Response(202, json=NOT_READY)

    client = rt.connect("k", async_transport=httpx.MockTransport(slow_server))

    async def scenario() -> None:
        waiter = asyncio.create_task(rt.await_task(client, "t-1", schedule=FAST))
        while not started:
            await asyncio.sleep(0.01)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        await asyncio.sleep(0.1)
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []

    asyncio.run(scenario())
    assert len(started) == 1 and finished_polls == []


@pytest.mark.parametrize(("given", "slept"), [("1", 1.0), ("0", 1.0), ("2.5", 2.5), ("3600", 60.0), (None, 15.0)])
def test_the_first_poll_comes_when_the_create_answer_says(
    monkeypatch: pytest.MonkeyPatch, given: str | None, slept: float
) -> None:
    """A server's Retry-After on the create's answer sets the first poll (within 1-60 s); without one, the
    schedule measured for the real API (15 s). 0.3.0 always waited 15 s, so a sandbox song took 15 s."""
    sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", sleeps.append)  # the wait's sleeps (the retries' are the fake's own)
    headers = {"Retry-After": given} if given is not None else None
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"}, headers)])
    api.script(TASK, [finished()])
    rt.create_and_wait(client_for(api), BODY)
    assert sleeps == [slept]


def test_a_not_ready_answer_that_says_when_is_polled_then() -> None:
    hinted = [js(202, NOT_READY, {"Retry-After": "2"}), js(202, NOT_READY), js(202, NOT_READY, {"Retry-After": "99"})]
    api = FakeAPI().script(TASK, [*hinted, finished()])
    clock = FakeClock()
    wait(api, clock)
    assert clock.sleeps == [2.0, 15.0, 60.0]  # the hint, the schedule where there is none, the cap


def test_a_created_task_id_reaches_on_created_before_the_first_poll() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(TASK, [finished()])
    seen: list[tuple[str, int]] = []
    rt.create_and_wait(client_for(api), BODY, schedule=FAST, on_created=lambda t: seen.append((t, api.hits(TASK))))
    assert seen == [("t-1", 0)]
    with pytest.raises(rt.RequestValidationError, match="on_created must be callable"):
        rt.create_and_wait(client_for(api), BODY, on_created="t")  # type: ignore[call-overload]
    assert api.hits(CREATE) == 1  # refused before paying


def test_a_fixed_schedule_polls_as_fixed_whatever_the_server_says() -> None:
    api = FakeAPI().script(TASK, [js(202, NOT_READY, {"Retry-After": "9"}), finished()])
    clock = FakeClock()
    wait(api, clock, schedule=rt.PollSchedule.fixed(0.5))
    assert clock.sleeps == [0.5]
