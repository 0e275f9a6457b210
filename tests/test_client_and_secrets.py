"""connect(): configuration, defaults, headers; and the API key never shows up in any output."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client.api.credits_ import get_credits
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel
from tests.fakes import CREATE, CREDITS, NOT_READY, FakeAPI, client_for, finished, js, task_path
from tests.support import TEST_KEY


def test_connect_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSICAPI_API_KEY", TEST_KEY)
    monkeypatch.setenv("MUSICAPI_BASE_URL", "http://127.0.0.1:8000/")
    client = rt.connect()
    http = client.get_httpx_client()
    assert str(http.base_url) == "http://127.0.0.1:8000"
    assert http.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert http.headers["user-agent"].startswith("musicapi-client/")
    assert client.get_async_httpx_client().headers["authorization"] == f"Bearer {TEST_KEY}"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSICAPI_API_KEY", "from-env")
    client = rt.connect("from-arg", base_url="https://example.test")
    assert client.get_httpx_client().headers["authorization"] == "Bearer from-arg"
    assert str(client.get_httpx_client().base_url) == "https://example.test"


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MUSICAPI_API_KEY", raising=False)
    with pytest.raises(rt.ConfigurationError, match="MUSICAPI_API_KEY"):
        rt.connect()
    with pytest.raises(rt.ConfigurationError):
        rt.connect("   ")
    with pytest.raises(rt.ConfigurationError, match="http"):
        rt.connect("k", base_url="api.musicapi.ai")


def test_default_timeouts_and_separate_transports() -> None:
    client = rt.connect("k")
    timeout = client.get_httpx_client().timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (10, 60, 60, 60)
    policy = client.get_httpx_client()._transport.policy  # type: ignore[attr-defined]
    assert (policy.max_attempts, policy.backoff_base, policy.backoff_max, policy.retry_after_max) == (3, 0.5, 8, 60)
    assert client.get_async_httpx_client().timeout == timeout
    assert isinstance(client.get_httpx_client()._transport, rt.RetryTransport)
    assert isinstance(client.get_async_httpx_client()._transport, rt.AsyncRetryTransport)


def test_headers_sent_on_every_request() -> None:
    api = FakeAPI().script(CREDITS, [js(200, {"credits": 3})])
    rt.call(get_credits.sync_detailed, client=client_for(api))
    (request,) = api.requests
    assert request.headers["authorization"] == f"Bearer {TEST_KEY}"
    assert request.headers["user-agent"] == rt.USER_AGENT


def test_repr_hides_the_key() -> None:
    client = rt.connect(TEST_KEY)
    client.get_httpx_client()
    for text in (repr(client), str(client), repr(client.get_httpx_client()), repr(client.get_async_httpx_client())):
        assert TEST_KEY not in text


def test_key_never_in_errors_or_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    api = FakeAPI(check_spec=False)
    api.script(CREATE, [js(429, {"error": "slow"}), js(200, {"task_id": "t-1", "message": "success"})])
    api.script(task_path("t-1"), [js(503, {"error": "down"}), js(202, NOT_READY), finished()])
    client = client_for(api)
    body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1, prompt="x")
    with caplog.at_level(logging.DEBUG, logger="musicapi"):
        rt.create_and_wait(client, body, schedule=rt.PollSchedule(first=0.001, factor=1, max_interval=0.001))
        api.script(CREDITS, [js(401, {"error": f"bad key {TEST_KEY[:4]}"})])
        with pytest.raises(rt.AuthenticationError) as raised:
            rt.call(get_credits.sync_detailed, client=client)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "request POST" in logged and "[redacted]" in logged and "retrying" in logged
    assert TEST_KEY not in logged
    assert TEST_KEY not in str(raised.value) and TEST_KEY not in repr(raised.value)


def test_musicapi_log_env_prints_redacted_debug_lines() -> None:
    script = """
import httpx, musicapi_runtime as rt
from musicapi_client.api.credits_ import get_credits
t = httpx.MockTransport(lambda r: httpx.Response(200, json={"credits": 1}))
rt.call(get_credits.sync_detailed, client=rt.connect(transport=t))
"""
    env = {"MUSICAPI_LOG": "debug", "MUSICAPI_API_KEY": TEST_KEY, "PATH": ""}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "request GET https://api.musicapi.ai/api/v1/get-credits" in result.stderr
    assert "[redacted]" in result.stderr
    assert TEST_KEY not in result.stderr + result.stdout


def test_custom_retry_transport_is_used_as_given() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503)

    transport = rt.RetryTransport(httpx.MockTransport(handler), rt.RetryPolicy(max_attempts=5), sleep=lambda _: None)
    with pytest.raises(rt.ServerError):
        rt.call(get_credits.sync_detailed, client=rt.connect("k", transport=transport))
    assert len(calls) == 5


@pytest.mark.parametrize("key", ["sk-abc\nInjected: 1", "sk-ключ-secret", "sk abc", "sk\x00abc"])
def test_malformed_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(rt.ConfigurationError) as raised:
        rt.connect(key)
    assert key.strip() not in str(raised.value) and "abc" not in str(raised.value)


@pytest.mark.parametrize(
    "url", ["http://[::1", "ftp://example.com", "http://", "example.com", "http://h/?x=1", "http://h/#top", 5]
)
def test_malformed_base_urls_are_configuration_errors(url: str) -> None:
    with pytest.raises(rt.ConfigurationError):
        rt.connect("k", base_url=url)


@pytest.mark.parametrize(
    "arguments",
    [
        {"api_key": 5},
        {"max_attempts": 0},
        {"max_attempts": 1.5},
        {"max_attempts": True},
        {"timeout": "5"},
        {"timeout": float("nan")},
        {"timeout": 0},
        {"retry_policy": "fast"},
    ],
    ids=str,
)
def test_bad_connect_arguments_are_configuration_errors(arguments: dict[str, Any]) -> None:
    """Review finding: max_attempts=0 raised a bare ValueError, api_key=5 an AttributeError; timeout='5' and
    max_attempts=1.5 were accepted and failed later."""
    with pytest.raises(rt.ConfigurationError):
        rt.connect(**{"api_key": "k", "base_url": "http://h", **arguments})


def test_unsendable_request_is_not_retried_and_not_outcome_unknown() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.LocalProtocolError(f"Illegal header value {request.headers['authorization']!r}")

    client = rt.connect(TEST_KEY, transport=httpx.MockTransport(handler))
    with pytest.raises(rt.APIConnectionError) as raised:
        rt.create(client, RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1, prompt="x"))
    assert not isinstance(raised.value, rt.OutcomeUnknownError) and len(calls) == 1
    assert TEST_KEY not in str(raised.value)


def test_the_environments_proxy_is_used_unless_no_proxy_covers_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """Review finding: HTTP_PROXY was ignored (httpx reads it only without a custom transport), so a user
    behind a proxy could not reach the API at all."""
    from musicapi_client.api.credits_ import get_credits
    from tests.hostile_server import HostileServer, Reply

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    answer = Reply(200, b'{"credits": 7, "extra_credits": 0}')
    with HostileServer(lambda request: answer) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        credits = rt.call(get_credits.sync_detailed, client=rt.connect("k", base_url="http://api.example:81"))
        assert getattr(credits, "credits_", None) == 7
        assert proxy.handled[0].path == "http://api.example:81/api/v1/get-credits"  # a proxy's request line
        monkeypatch.setenv("NO_PROXY", "api.example")
        with pytest.raises(rt.APIConnectionError):
            rt.call(get_credits.sync_detailed, client=rt.connect("k", base_url="http://api.example:81"))
        assert len(proxy.handled) == 1


def test_an_unusable_proxy_setting_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.example:21")
    with pytest.raises(rt.ConfigurationError, match="proxy"):
        rt.connect("k", base_url="https://api.example")


def test_cli_json_never_shows_an_echoed_secret_field() -> None:
    """A server echoing a webhook_secret (format: password) that this process never held."""
    from musicapi_cli.output import dumps

    shown = dumps(
        {"task_id": "T", "clips": [{"title": "x", "webhook_secret": "whsec-echoed-0123"}], "webhook_secret": ""}
    )
    assert "whsec-echoed" not in shown and json.loads(shown)["clips"][0]["webhook_secret"] == "[redacted]"
    assert json.loads(shown)["webhook_secret"] == ""  # nothing to hide
