"""The sandbox as a person starts it: what it says at start, one line per request, its help, and clear refusals."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import httpx
import pytest

from musicapi_sandbox import free_port
from musicapi_sandbox.server import parser

SANDBOX = [sys.executable, "-m", "musicapi_sandbox"]


def test_it_prints_its_address_and_key_and_logs_each_request() -> None:
    port = free_port()
    server = subprocess.Popen([*SANDBOX, "--port", str(port), "--api-key", "k-123"], stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        first, second = server.stderr.readline(), server.stderr.readline()
        assert f"http://127.0.0.1:{port}" in first
        assert "API key: k-123" in second and f"MUSICAPI_BASE_URL=http://127.0.0.1:{port}" in second
        while "Ctrl-C" not in server.stderr.readline():
            pass  # what tasks take, how to poll them, how to stop
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v1/get-credits", headers={"Authorization": "Bearer k-123"})
                break
            except httpx.TransportError:
                time.sleep(0.05)
        line = server.stderr.readline()
        assert re.search(r"GET /api/v1/get-credits -> 200 \(\d+ ms\)", line), line
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_every_option_is_explained_with_its_default() -> None:
    text = parser().format_help()
    for action in parser()._actions:
        if action.option_strings and action.dest != "help":
            assert action.help, action.option_strings
    assert "(default: 1000)" in text and "(default: sandbox-key)" in text and "(default: 127.0.0.1)" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--port", "99999"], "between 0 and 65535"),
        (["--port", "-1"], "between 0 and 65535"),
        (["--error-rate", "2"], "between 0 and 1"),
        (["--fail-kind", "melted"], "invalid choice"),
        (["--task-seconds", "5", "1"], "MIN (5) is more than MAX (1)"),
        (["--host", "256.1.1.1"], "cannot listen on 256.1.1.1"),
        (["--webhook-secret", b"\xff"], "not valid UTF-8"),  # round three, finding 10: deliveries died on it
        (["--api-key", b"k\xff"], "not valid UTF-8"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(args: list[str | bytes], words: str) -> None:
    result = subprocess.run([*SANDBOX, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_busy_port_is_one_line() -> None:
    port = free_port()
    with subprocess.Popen([*SANDBOX, "--port", str(port), "--quiet"]) as first:
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/sandbox/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            second = subprocess.run([*SANDBOX, "--port", str(port)], capture_output=True, text=True, timeout=60)
        finally:
            first.terminate()
    assert second.returncode == 2 and "cannot listen" in second.stderr and "Traceback" not in second.stderr


def test_without_the_extra_it_says_how_to_install_it() -> None:
    hide = "import sys, runpy; sys.modules['aiohttp'] = None; runpy.run_module('musicapi_sandbox', run_name='__main__')"
    result = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "musicapi_sandbox: the sandbox needs aiohttp: pip install 'musicapi-client[sandbox]'"
    )


def test_it_serves_the_spec() -> None:
    from musicapi_sandbox import SandboxProcess
    from tests.support import SPEC

    with SandboxProcess() as sandbox:
        served = httpx.get(f"{sandbox.url}/openapi.json").json()
    assert served == SPEC
