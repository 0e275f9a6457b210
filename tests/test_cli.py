"""The installed `musicapi` command, run as a subprocess against the sandbox, as a person or a script would."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from musicapi_sandbox import SandboxProcess
from tests.conftest import queue_faults, sandbox_state

MUSICAPI = str(Path(sys.executable).parent / "musicapi")
SECRET = "sk-cli-secret-0123456789abcdef"


def env_for(sandbox: SandboxProcess, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    return {**env, "MUSICAPI_API_KEY": sandbox.api_key, "MUSICAPI_BASE_URL": sandbox.url, **extra}


def musicapi(
    sandbox: SandboxProcess, *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [MUSICAPI, *args], env=env_for(sandbox, **env), input=stdin, capture_output=True, text=True, timeout=120
    )


def test_credits(sandbox: SandboxProcess) -> None:
    human = musicapi(sandbox, "credits")
    assert human.returncode == 0 and re.fullmatch(r"\d+ credits \(0 extra\)\n", human.stdout)
    data = json.loads(musicapi(sandbox, "credits", "--json").stdout)
    assert data["credits"] == sandbox_state(sandbox)["credits"]


def test_create_prints_the_task_id(sandbox: SandboxProcess) -> None:
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "lofi beats")
    assert result.returncode == 0
    task_id = result.stdout.strip()
    status = json.loads(musicapi(sandbox, "riffusion", "get", task_id, "--json").stdout)
    assert status["task_id"] == task_id and status["state"] in {"not_ready", "running", "succeeded"}


def test_create_wait_download_json(sandbox: SandboxProcess, tmp_path: Path) -> None:
    result = musicapi(
        sandbox, "riffusion", "create", "--prompt", "lofi beats", "--mv", "FUZZ-1.0", "--wait",
        "--download", str(tmp_path), "--image", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["clips"]) == 2 and all(c["state"] == "succeeded" and c["mv"] == "FUZZ-1.0" for c in data["clips"])
    assert sorted(Path(f).suffix for f in data["files"]) == [".png", ".png", ".wav", ".wav"]
    assert all(Path(f).parent == tmp_path and Path(f).stat().st_size > 0 for f in data["files"])
    assert "succeeded" in result.stderr  # progress went to stderr, stdout stayed JSON


def test_lyrics_from_stdin_and_wait_command(sandbox: SandboxProcess) -> None:
    created = musicapi(
        sandbox, "riffusion", "create", "--lyrics-file", "-", "--title", "Stdin", "--sound", "jazz",
        stdin="[Verse]\nfrom a pipe\n",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    waited = musicapi(sandbox, "riffusion", "wait", created.stdout.strip(), "--json")
    clips = json.loads(waited.stdout)["clips"]
    assert [c["lyrics"] for c in clips] == ["[Verse]\nfrom a pipe\n"] * 2
    assert {c["title"] for c in clips} == {"Stdin"}


def test_lyrics_file_and_instrumental(sandbox: SandboxProcess, tmp_path: Path) -> None:
    lyrics = tmp_path / "song.txt"
    lyrics.write_text("[Chorus]\nla la\n")
    result = musicapi(
        sandbox, "riffusion", "create", "--lyrics-file", str(lyrics), "--title", "F", "--sound", "pop",
        "--instrumental", "--wait", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert {c["lyrics"] for c in json.loads(result.stdout)["clips"]} == {"[Instrumental]"}


@pytest.mark.parametrize(
    "args",
    [
        ["--extend", "--lyrics", "l", "--sound", "s", "--continue-at", "4"],
        ["--cover", "--sound", "folk"],
        ["--replace", "--replace-start", "1", "--replace-end", "2"],
        ["--swap-sound", "--sound", "orchestral"],
        ["--swap-vocals", "--lyrics", "l", "--sound", "deep voice", "--vocal-variation", "0.4"],
    ],
)
@pytest.mark.parametrize("uploaded", [False, True])
def test_every_operation_on_a_clip(sandbox: SandboxProcess, args: list[str], uploaded: bool) -> None:
    if uploaded:
        upload = musicapi(sandbox, "riffusion", "upload", "https://example.com/mine.mp3", "--json")
        clip_id = json.loads(upload.stdout)["clip_id"]
        args = [*args, "--clip-id", clip_id, "--uploaded"]
    else:
        args = [*args, "--clip-id", "f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c"]
    result = musicapi(sandbox, "riffusion", "create", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["task_id"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["riffusion", "create"], "give --prompt"),
        (["riffusion", "create", "--prompt", "a", "--lyrics", "b"], "cannot be combined"),
        (["riffusion", "create", "--extend", "--clip-id", "c"], "needs --lyrics/--lyrics-file, --sound, --continue-at"),
        (["riffusion", "create", "--cover", "--swap-sound", "--clip-id", "c"], "choose one of"),
        (["riffusion", "create", "--cover", "--clip-id", "c", "--prompt", "p"], "--prompt cannot be used"),
        (["riffusion", "create", "--prompt", "x" * 201], "at most 200"),
        (["riffusion", "create", "--prompt", "x", "--mv", "FUZZ-9"], "FUZZ-9"),
        (["riffusion", "create", "--lyrics-file", "/no/such/file"], "cannot read"),
        (["riffusion", "upload", "ftp://example.com/a.mp3"], "http(s) URL"),
    ],
)
def test_usage_errors_exit_2_before_any_request(sandbox: SandboxProcess, args: list[str], words: str) -> None:
    before = sandbox_state(sandbox)
    result = musicapi(sandbox, *args)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(("Error: ", "musicapi: error: ")) and words in last, result.stderr
    assert sandbox_state(sandbox) == before


def test_missing_key_is_a_usage_error(sandbox: SandboxProcess) -> None:
    env = env_for(sandbox)
    del env["MUSICAPI_API_KEY"]
    result = subprocess.run([MUSICAPI, "credits"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "MUSICAPI_API_KEY" in result.stderr


def test_api_errors_exit_3(sandbox: SandboxProcess) -> None:
    wrong = musicapi(sandbox, "credits", MUSICAPI_API_KEY="wrong")
    assert wrong.returncode == 3 and wrong.stderr.strip() == "musicapi: error: Invalid API key. (status=401)"
    missing = musicapi(sandbox, "riffusion", "get", "nope", "--json")
    assert missing.returncode == 3
    assert json.loads(missing.stdout)["error"] == {
        "type": "TaskNotFoundError",
        "message": "task not found.",
        "status": 400,
        "task_id": "nope",
        "exit_code": 3,
    }


def test_failed_task_exits_4(sandbox: SandboxProcess) -> None:
    queue_faults(sandbox, "POST /api/v1/riffusion/create", "fail:forbidden")
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "x", "--wait")
    assert result.returncode == 4
    assert "task failed (forbidden)" in result.stderr and "task_id=" in result.stderr


def test_failed_download_exits_5(sandbox: SandboxProcess, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "x", "--download", str(blocker / "sub"))
    assert result.returncode == 5, result.stderr
    assert "task_id=" in result.stderr


def test_create_that_may_have_been_accepted_exits_6(sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, "POST /api/v1/riffusion/create", "drop-after-create")
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "x")
    assert result.returncode == 6
    line = result.stderr.strip()
    assert "\n" not in line and "may have been accepted" in line and "not sent again" in line
    assert sandbox_state(sandbox)["tasks"] == before + 1


def test_wait_timeout_exits_7() -> None:
    with SandboxProcess(["--task-seconds", "30", "30"]) as slow:
        task_id = musicapi(slow, "riffusion", "create", "--prompt", "x").stdout.strip()
        result = musicapi(slow, "riffusion", "wait", task_id, "--timeout", "1")
    assert result.returncode == 7
    assert f"musicapi riffusion wait {task_id}" in result.stderr


def test_the_key_is_never_printed(sandbox: SandboxProcess) -> None:
    with SandboxProcess(api_key=SECRET) as private:
        runs = [
            musicapi(private, "credits", MUSICAPI_LOG="debug"),
            musicapi(private, "riffusion", "create", "--prompt", "x", "--wait", "--json", MUSICAPI_LOG="debug"),
            musicapi(private, "credits", MUSICAPI_API_KEY=SECRET + "x", MUSICAPI_LOG="debug"),
            musicapi(private, "riffusion", "get", "nope", MUSICAPI_LOG="debug"),
        ]
    assert [r.returncode for r in runs] == [0, 0, 3, 3]
    assert "[redacted]" in runs[0].stderr and "request GET" in runs[0].stderr
    for run in runs:
        assert SECRET not in run.stdout + run.stderr


def test_sandbox_command_serves(tmp_path: Path) -> None:
    from musicapi_sandbox import free_port

    port = free_port()
    server = subprocess.Popen(
        [MUSICAPI, "sandbox", "--port", str(port), "--credits", "77"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        assert f"http://127.0.0.1:{port}" in server.stdout.readline()
        probe = SandboxProcess(port=port)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            result = musicapi(probe, "credits", "--json")
            if result.returncode == 0:
                break
            time.sleep(0.1)
        assert json.loads(result.stdout) == {"credits": 77, "extra_credits": 0}
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_in_terminal(args: list[str], env: dict[str, str], seconds: float = 60) -> str:
    """Run a command on a pseudo-terminal and return everything it drew."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(args, env=env, stdin=terminal, stdout=terminal, stderr=terminal, close_fds=True)
    os.close(terminal)
    screen = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
        elif process.poll() is not None:
            break
    process.wait(timeout=10)
    os.close(controller)
    assert process.returncode == 0, screen.decode(errors="replace")
    return screen.decode(errors="replace")


def test_a_person_sees_live_progress_in_a_terminal(sandbox: SandboxProcess) -> None:
    with SandboxProcess(["--task-seconds", "2.5", "3"]) as paced:
        env = {**env_for(paced), "TERM": "xterm-256color", "COLUMNS": "100"}
        screen = run_in_terminal([MUSICAPI, "riffusion", "create", "--prompt", "terminal test", "--wait"], env)
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    assert "\x1b[" in screen  # redrawn in place, not printed line by line
    assert re.search(r"task [0-9a-f-]{36}\s+(submitted|not_ready|running)\s+\d+\.\ds", plain)
    assert "clip 1: succeeded" in plain and "clip 2: succeeded" in plain
    elapsed = [float(x) for x in re.findall(r"(\d+\.\d)s", plain)]
    assert len(set(elapsed)) >= 3 and max(elapsed) >= 2.5  # the clock ticks while waiting
    assert "object at 0x" not in plain and "Traceback" not in plain
    assert "Terminal Test" in plain  # the finished clips are listed after the display


def test_unreadable_inputs_are_usage_errors(sandbox: SandboxProcess, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("[Verse] caf\xe9".encode("latin-1"))
    bad_file = musicapi(sandbox, "riffusion", "create", "--lyrics-file", str(latin1), "--title", "t", "--sound", "s")
    assert bad_file.returncode == 2 and "not UTF-8" in bad_file.stderr
    bad_url = musicapi(sandbox, "credits", "--base-url", "http://[::1")
    assert bad_url.returncode == 2 and "base URL" in bad_url.stderr
    assert "Traceback" not in bad_file.stderr + bad_url.stderr


def test_usage_errors_are_json_too(sandbox: SandboxProcess) -> None:
    result = musicapi(sandbox, "riffusion", "create", "--cover", "--json")
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "UsageError" and error["exit_code"] == 2 and "--clip-id" in error["message"]
    assert result.stderr.strip().count("\n") == 0  # one line
