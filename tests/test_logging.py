"""The library prints nothing a program did not ask for: its logger has a NullHandler, so without logging set up
its warnings (a retry, a poll that failed) stay off stderr; a program that configures logging sees them, and the
`musicapi` command shows them itself (0.3.0 printed them through Python's last-resort handler)."""

from __future__ import annotations

import subprocess
import sys

from musicapi_sandbox import SandboxProcess
from tests.support import ROOT, musicapi, queue_faults

PROBE = """
import httpx, logging, sys
import musicapi_runtime as rt
{setup}
body = open("tests/fixtures/constructed/riffusion_get_task.200.finished.json", "rb").read()
answers = iter([httpx.Response(503), httpx.Response(200, content=body, headers={{"content-type": "application/json"}})])
client = rt.connect(
    "sk-probe-0123456789",
    base_url="http://127.0.0.1:9",
    transport=httpx.MockTransport(lambda request: next(answers)),
    retry_policy=rt.RetryPolicy(backoff_base=0.0, backoff_max=0.0),
)
assert rt.get_task(client, "t1", family=rt.Family.RIFFUSION).done
print("done")
"""


def run(setup: str = "") -> subprocess.CompletedProcess[str]:
    code = PROBE.format(setup=setup)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_without_logging_configured_the_library_prints_nothing() -> None:
    out = run()
    assert out.returncode == 0 and out.stdout == "done\n", out.stderr
    assert out.stderr == ""  # 0.3.0: "retrying GET http://127.0.0.1:9/... (attempt 2 of 3): HTTP 503"


def test_a_program_that_configures_logging_sees_the_warnings() -> None:
    out = run("logging.basicConfig(stream=sys.stderr)")
    assert out.returncode == 0, out.stderr
    assert "WARNING:musicapi:retrying GET http://127.0.0.1:9/api/v1/riffusion/task/t1" in out.stderr


def test_the_command_shows_the_librarys_warnings_as_notes(sandbox: SandboxProcess) -> None:
    created = musicapi(sandbox, "riffusion", "create", "--prompt", "a song")
    task_id = created.stdout.strip()
    queue_faults(sandbox, f"GET /api/v1/riffusion/task/{task_id}", "503")
    out = musicapi(sandbox, "riffusion", "get", task_id)
    assert out.returncode == 0, out.stderr
    assert f"musicapi: retrying GET {sandbox.url}/api/v1/riffusion/task/{task_id}" in out.stderr
