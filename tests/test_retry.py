"""Retries and fault handling: a create is never sent twice once it may have arrived; polls retry through faults."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel
from tests.fakes import CREATE, UPLOAD, FakeAPI, Sleeps, client_for, finished, js, task_path

BODY = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="a calm song")
CREATED = js(200, {"message": "success", "task_id": "t-1"})
MODES = ["sync", "async"]


def do_create(mode: str, api: FakeAPI, sleeps: Sleeps | None = None, attempts: int = 3) -> Any:
    client = client_for(api, sleeps, attempts)
    if mode == "sync":
        return rt.create(client, BODY)
    return anyio.run(rt.acreate, client, BODY)


def do_get(mode: str, api: FakeAPI, sleeps: Sleeps | None = None, attempts: int = 3) -> rt.TaskStatus:
    client = client_for(api, sleeps, attempts)
    if mode == "sync":
        return rt.get_task(client, "t-1")
    return anyio.run(rt.aget_task, client, "t-1")


def request() -> httpx.Request:
    return httpx.Request("GET", "https://x/api/v1/riffusion/task/t")


# --- creates: paid, never sent twice once they may have arrived -------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_create_retried_when_the_connection_never_opened(mode: str) -> None:
    api = FakeAPI().script(CREATE, [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), CREATED])
    assert do_create(mode, api).task_id == "t-1"
    assert len(api.refused) == 2 and api.hits(CREATE) == 1


@pytest.mark.parametrize("mode", MODES)
def test_create_connect_errors_exhausted_say_nothing_was_sent(mode: str) -> None:
    api = FakeAPI().script(CREATE, [httpx.ConnectError("refused")])
    with pytest.raises(rt.APIConnectionError) as raised:
        do_create(mode, api)
    assert not isinstance(raised.value, rt.OutcomeUnknownError)
    assert "nothing was sent" in str(raised.value)
    assert len(api.refused) == 3 and api.hits(CREATE) == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (httpx.ReadTimeout("read timed out"), rt.CreateTimeoutError),
        (httpx.WriteTimeout("write timed out"), rt.CreateTimeoutError),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), rt.CreateConnectionError),
        (httpx.ReadError("connection reset by peer"), rt.CreateConnectionError),
        (httpx.WriteError("broken pipe"), rt.CreateConnectionError),
    ],
)
def test_create_not_retried_after_it_may_have_arrived(mode: str, fault: Exception, error: type[Exception]) -> None:
    api = FakeAPI().script(CREATE, [fault, CREATED])
    with pytest.raises(error) as raised:
        do_create(mode, api)
    assert isinstance(raised.value, rt.OutcomeUnknownError)
    assert "may exist" in str(raised.value)
    assert api.hits(CREATE) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_create_5xx_is_not_retried_and_says_the_task_may_exist(mode: str, status: int) -> None:
    api = FakeAPI().script(CREATE, [js(status, {"type": "api_error", "error": "upstream"}), CREATED])
    with pytest.raises(rt.CreateServerError) as raised:
        do_create(mode, api)
    assert isinstance(raised.value, rt.OutcomeUnknownError) and isinstance(raised.value, rt.ServerError)
    assert raised.value.status == status and "may exist" in str(raised.value)
    assert api.hits(CREATE) == 1


@pytest.mark.parametrize("mode", MODES)
def test_create_408_is_not_retried(mode: str) -> None:
    api = FakeAPI(check_spec=False).script(CREATE, [js(408, {"error": "timeout"}), CREATED])
    with pytest.raises(rt.APIStatusError):
        do_create(mode, api)
    assert api.hits(CREATE) == 1


@pytest.mark.parametrize("mode", MODES)
def test_create_429_is_retried_honouring_retry_after(mode: str) -> None:
    sleeps = Sleeps()
    api = FakeAPI().script(CREATE, [js(429, {"error": "slow down"}, {"Retry-After": "7"}), CREATED])
    assert do_create(mode, api, sleeps).task_id == "t-1"
    assert api.hits(CREATE) == 2 and sleeps == [7.0]


@pytest.mark.parametrize("mode", MODES)
def test_upload_follows_the_create_rule(mode: str) -> None:
    api = FakeAPI().script(UPLOAD, [httpx.ReadTimeout("slow"), js(200, {"clip_id": "c"})])
    client = client_for(api)
    with pytest.raises(rt.CreateTimeoutError):
        if mode == "sync":
            rt.upload(client, "https://example.com/a.mp3")
        else:
            anyio.run(rt.aupload, client, "https://example.com/a.mp3")
    assert api.hits(UPLOAD) == 1


@pytest.mark.parametrize("mode", MODES)
def test_429_retries_run_out_into_rate_limit_error(mode: str) -> None:
    sleeps = Sleeps()
    api = FakeAPI().script(CREATE, [js(429, {"code": 429, "message": "Too many"}, {"Retry-After": "2"})])
    with pytest.raises(rt.RateLimitError) as raised:
        do_create(mode, api, sleeps, attempts=4)
    assert raised.value.retry_after == 2.0 and raised.value.message == "Too many"
    assert api.hits(CREATE) == 4 and sleeps == [2.0, 2.0, 2.0]
    assert not isinstance(raised.value, rt.OutcomeUnknownError)


# --- polls: free and idempotent, retried through faults ------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "fault",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.ReadError("reset"),
        js(408, {"error": "request timeout"}),
        js(429, {"error": "slow down"}),
        js(500, {"error": "boom"}),
        js(502, {"type": "api_error", "error": "bad gateway"}),
        js(503, {"error": "unavailable"}),
    ],
    ids=repr,
)
def test_get_retries_transient_faults(mode: str, fault: httpx.Response | Exception) -> None:
    sleeps = Sleeps()
    api = FakeAPI(check_spec=False).script(task_path("t-1"), [fault, fault, finished()])
    assert do_get(mode, api, sleeps).done
    assert len(sleeps) == 2
    assert sleeps[1] > sleeps[0]  # exponential backoff


@pytest.mark.parametrize("mode", MODES)
def test_get_gives_up_after_max_attempts(mode: str) -> None:
    api = FakeAPI().script(task_path("t-1"), [js(503, {"error": "down"})])
    with pytest.raises(rt.ServerError) as raised:
        do_get(mode, api, attempts=2)
    assert not isinstance(raised.value, rt.OutcomeUnknownError)
    assert raised.value.task_id == "t-1" and raised.value.status == 503
    assert api.hits(task_path("t-1")) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_get_client_errors_are_not_retried(mode: str, status: int) -> None:
    api = FakeAPI().script(task_path("t-1"), [js(status, {"error": "no"})])
    with pytest.raises(rt.APIStatusError):
        do_get(mode, api)
    assert api.hits(task_path("t-1")) == 1


def test_retries_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    api = FakeAPI().script(task_path("t-1"), [js(503, {"error": "down"}), finished()])
    with caplog.at_level("WARNING", logger="musicapi"):
        do_get("sync", api)
    assert any("retrying GET" in r.getMessage() and "HTTP 503" in r.getMessage() for r in caplog.records)


# --- Retry-After and backoff ---------------------------------------------------------------------------


def test_retry_after_seconds_date_and_garbage() -> None:
    assert rt._errors.parse_retry_after("3") == 3.0
    assert rt._errors.parse_retry_after("1.5") == 1.5
    assert rt._errors.parse_retry_after(None) is None
    assert rt._errors.parse_retry_after("soon") is None
    assert rt._errors.parse_retry_after("-4") == 0.0
    in_30s = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 27 <= (rt._errors.parse_retry_after(in_30s) or 0) <= 30
    past = email.utils.formatdate(time.time() - 300, usegmt=True)
    assert rt._errors.parse_retry_after(past) == 0.0


def test_retry_after_is_capped() -> None:
    policy = rt.RetryPolicy(retry_after_max=60, backoff_base=0.5, jitter=lambda: 1.0)
    huge = httpx.Response(429, headers={"Retry-After": "3600"})
    fine = httpx.Response(429, headers={"Retry-After": "12"})
    assert policy.delay(1, fine) == 12
    assert policy.delay(1, huge) == 0.5  # an absurd wait falls back to our own backoff


def test_backoff_grows_with_jitter_and_is_bounded() -> None:
    policy = rt.RetryPolicy(backoff_base=1, backoff_max=8, jitter=lambda: 0.0)
    assert [policy.delay(n, None) for n in range(1, 7)] == [0.5, 1, 2, 4, 4, 4]
    full = rt.RetryPolicy(backoff_base=1, backoff_max=8, jitter=lambda: 1.0)
    assert [full.delay(n, None) for n in range(1, 6)] == [1, 2, 4, 8, 8]


@pytest.mark.parametrize(
    "arguments", [{"max_attempts": 0}, {"max_attempts": 2.5}, {"backoff_base": -1}, {"backoff_max": float("inf")}]
)
def test_policy_rejects_what_cannot_work_with_the_librarys_own_error(arguments: dict[str, float]) -> None:
    with pytest.raises(rt.ConfigurationError):
        rt.RetryPolicy(**arguments)  # type: ignore[arg-type]


def test_decisions_by_method() -> None:
    policy = rt.RetryPolicy()
    post = httpx.Request("POST", "https://x/api/v1/riffusion/create")
    retry: Callable[[httpx.Request, Exception], bool] = policy.retries_error
    assert retry(post, httpx.ConnectError("x")) and retry(post, httpx.PoolTimeout("x"))
    assert not retry(post, httpx.ReadTimeout("x")) and not retry(post, httpx.RemoteProtocolError("x"))
    assert retry(request(), httpx.ReadTimeout("x")) and retry(request(), httpx.RemoteProtocolError("x"))
    assert not retry(request(), ValueError("not a transport error"))
    assert policy.retries_status(post, httpx.Response(429)) and not policy.retries_status(post, httpx.Response(503))
    assert policy.retries_status(request(), httpx.Response(503))
    assert not policy.retries_status(request(), httpx.Response(404))
    # A 429 that names a task after all may have created it: not sent again.
    assert not policy.retries_status(post, httpx.Response(429, json={"error": "slow down", "task_id": "t-1"}))
