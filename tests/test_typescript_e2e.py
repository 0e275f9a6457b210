"""The TypeScript client (typescript/client.ts over the generated types, with openapi-fetch) end to end:
typescript/e2e.ts, compiled by `make typescript` to build/typescript/, run with node against a real sandbox."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from musicapi_sandbox import SandboxProcess, free_port
from tests.support import ROOT, SPEC_PATH

NODE = shutil.which("node")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(NODE is None, reason="node is not installed: the TypeScript client cannot run"),
]

BUILD = ROOT / "build" / "typescript"
OUTPUTS = [BUILD / "e2e.js", BUILD / "client.js"]
SOURCES = [ROOT / "typescript" / name for name in ("client.ts", "e2e.ts", "tsconfig.json", "tsconfig.build.json")] + [
    SPEC_PATH,
    ROOT / "package-lock.json",
]


@pytest.fixture(scope="module")
def script() -> Path:
    """The compiled script; `make typescript` (re)builds it when it is missing or older than its sources."""
    newest_source = max(path.stat().st_mtime for path in SOURCES)
    if not all(path.exists() and path.stat().st_mtime >= newest_source for path in OUTPUTS):
        result = subprocess.run(["make", "-s", "typescript"], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
    return OUTPUTS[0]


def run(script: Path, **env: str) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    return subprocess.run([NODE, str(script)], env={**clean, **env}, capture_output=True, text=True, timeout=120)


def sandbox_env(sandbox: SandboxProcess) -> dict[str, str]:
    return {"MUSICAPI_BASE_URL": sandbox.url, "MUSICAPI_API_KEY": sandbox.api_key}


def sandbox_state(sandbox: SandboxProcess) -> dict[str, int]:
    state: dict[str, int] = httpx.get(f"{sandbox.url}/sandbox/state", trust_env=False).json()
    return state


def test_create_wait_credits(script: Path) -> None:
    with SandboxProcess(["--credits", "1000"]) as sandbox:
        before = sandbox_state(sandbox)
        result = run(script, **sandbox_env(sandbox))
        after = sandbox_state(sandbox)
        assert result.returncode == 0, result.stderr
        summary = json.loads(result.stdout)
        facts = httpx.get(f"{sandbox.url}/sandbox/tasks/{summary['task_id']}", trust_env=False)
        sonic = httpx.get(f"{sandbox.url}/sandbox/tasks/{summary['sonic_task_id']}", trust_env=False)

    assert set(summary) == {"task_id", "clips", "sonic_task_id", "sonic_clips", "credits_before", "credits_after"}
    assert isinstance(summary["task_id"], str) and summary["task_id"]
    assert facts.status_code == 200, "the sandbox does not know the task id the script printed"
    assert sonic.status_code == 200 and summary["sonic_task_id"] != summary["task_id"]
    assert summary["clips"] >= 1 and summary["sonic_clips"] == 2  # a sonic song: two clips, streams not taken
    # Two creates (a riffusion and a sonic song), and the balance fell by exactly what the sandbox charged.
    assert after["tasks"] == before["tasks"] + 2
    cost = before["credits"] - after["credits"]
    assert cost > 0
    assert (summary["credits_before"], summary["credits_after"]) == (before["credits"], after["credits"])
    assert summary["credits_before"] - summary["credits_after"] == cost


@pytest.mark.parametrize(
    ("sandbox_args", "env", "message"),
    [
        ([], {"MUSICAPI_API_KEY": "wrong-key"}, "get_credits: HTTP 401"),
        (["--fail-rate", "1", "--fail-kind", "timeout"], {}, "failed (timeout)"),
        (["--task-seconds", "30", "30"], {"MUSICAPI_E2E_TIMEOUT": "1"}, "timed out after 1 s: task "),
        ([], {"MUSICAPI_BASE_URL": ""}, "MUSICAPI_BASE_URL is not set"),
        ([], {"MUSICAPI_BASE_URL": "http://127.0.0.1:{closed_port}"}, "get_credits: no answer: fetch failed"),
    ],
    ids=["wrong-key", "task-failed", "timeout", "no-base-url", "no-server"],
)
def test_failures_exit_non_zero_with_one_clear_line(
    script: Path, sandbox_args: list[str], env: dict[str, str], message: str
) -> None:
    with SandboxProcess(sandbox_args) as sandbox:
        env = {name: value.replace("{closed_port}", str(free_port())) for name, value in env.items()}
        result = run(script, **{**sandbox_env(sandbox), **env})
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("e2e: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
