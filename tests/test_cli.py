"""The installed `musicapi` command, run as a subprocess against the sandbox, as a person or a script would."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import time
from pathlib import Path

import pytest

from musicapi_sandbox import SandboxProcess
from tests.support import MUSICAPI, env_for, musicapi, queue_faults, sandbox_state

pytestmark = pytest.mark.slow

SECRET = "sk-cli-secret-0123456789abcdef"


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
    files = [Path(f["path"]) for f in data["files"]]
    assert sorted(f.suffix for f in files) == [".png", ".png", ".wav", ".wav"]
    assert all(f.parent == tmp_path and f.stat().st_size > 0 for f in files)
    assert {f["status"] for f in data["files"]} == {"saved"}
    assert "succeeded" in result.stderr  # progress went to stderr, stdout stayed JSON
    # What `get --json` says of a task, a finished one's too (0.3.0 gave --wait --json no state nor status).
    assert data["state"] == "succeeded" and data["status"] is None and data["task_id"] in result.stderr


def test_a_finished_task_is_printed_with_labels(sandbox: SandboxProcess) -> None:
    """One line naming the task, then one per clip naming it (0.3.0 began with a clip id beside the task id on
    stderr, unlabelled)."""
    result = musicapi(sandbox, "producer", "create", "--sound", "lofi", "--title", "Late", "--wait")
    assert result.returncode == 0, result.stderr
    task_id = result.stderr.split("created task ", 1)[1].split()[0]
    head, clip, *files = result.stdout.splitlines()
    assert head == f"task {task_id}  succeeded (SUCCESS)"
    assert re.fullmatch(r"clip [0-9a-f-]{36}  succeeded  2s  Late", clip), clip
    assert files and all(line.startswith("    http://") for line in files)
    data = json.loads(musicapi(sandbox, "producer", "get", task_id, "--json").stdout)
    assert (data["state"], data["status"]) == ("succeeded", "SUCCESS")


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
        "--make-instrumental", "--wait", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert {c["lyrics"] for c in json.loads(result.stdout)["clips"]} == {"[Instrumental]"}


@pytest.mark.parametrize(
    "args",
    [
        ["--extend", "--lyrics", "l", "--sound", "s", "--continue-at", "4"],
        ["--cover", "--sound", "folk"],
        ["--replace", "--replace-start-time", "1", "--replace-end-time", "2"],
        ["--swap-sound", "--sound", "orchestral"],
        ["--swap-vocals", "--lyrics", "l", "--sound", "deep voice", "--vocal-variation", "0.4"],
    ],
)
@pytest.mark.parametrize("uploaded", [False, True])
def test_every_operation_on_a_clip(sandbox: SandboxProcess, args: list[str], uploaded: bool) -> None:
    if uploaded:
        upload = musicapi(sandbox, "riffusion", "upload", "https://example.com/mine.mp3", "--json")
        clip_id = json.loads(upload.stdout)["clip_id"]
        args = [*args, "--continue-clip-id", clip_id, "--uploaded"]
    else:
        args = [*args, "--continue-clip-id", "f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c"]
    result = musicapi(sandbox, "riffusion", "create", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["task_id"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["riffusion", "create"], "give --prompt, or any of --lyrics, --make-instrumental, --sound, --title"),
        (["riffusion", "create", "--prompt", "a", "--lyrics", "b"], "--lyrics cannot be combined with --prompt"),
        (
            ["riffusion", "create", "--extend", "--continue-clip-id", "c"],
            "extend needs --lyrics and --sound and --continue-at",
        ),
        (["riffusion", "create", "--cover", "--swap-sound", "--continue-clip-id", "c"], "not allowed with argument"),
        (["riffusion", "create", "--cover", "--continue-clip-id", "c", "--prompt", "p"], "--prompt cannot be used"),
        (["riffusion", "create", "--prompt", "x" * 201], "--prompt has 201 characters; at most 200"),
        (["riffusion", "create", "--prompt", "x", "--mv", "not-a-model (test value)"], "not-a-model (test value)"),
        (["riffusion", "create", "--prompt", "   "], "--prompt is blank"),
        (["riffusion", "create", "--prompt", "x", "--wait", "--timeout", "nan"], "--timeout must be a positive number"),
        (["riffusion", "create", "--prompt", "x", "--timeout", "5"], "--timeout only makes sense with --wait"),
        (["producer", "create", "--sound", "s", "--poll", "1"], "--poll only makes sense with --wait"),
        (["riffusion", "create", "--prompt", "x", "--image"], "--image only makes sense with --download"),
        (["riffusion", "create", "--prompt", "x", "--continue-at", "inf"], "finite"),
        (["riffusion", "create", "--lyrics-file", "/no/such/file"], "cannot read"),
        (["riffusion", "upload", "ftp://example.com/a.mp3"], "--url must be an http(s) URL"),
        # Only what is enough: 0.3.0 also listed --seed, --title and the webhook options, then refused each.
        (["producer", "create"], "create needs something to work from: give --lyrics or --sound"),
        (["producer", "create", "--seed", "3"], "the request needs sound or lyrics"),
        (["producer", "extend", "--clip-id", "c", "--length", "241"], "--length must be at most 240"),
        (
            ["producer", "replace", "--clip-id", "c", "--starts-at", "9", "--ends-at", "3"],
            "--ends-at (3) must be after",
        ),
        (
            ["producer", "create", "--sound", "s", "--webhook-url", "http://example.com/hook"],
            "--webhook-url must be an",
        ),
        (["producer", "download", "c", "--format", "flac"], "invalid choice"),
        (["producer", "create", "--sound", "s", "--wav"], "--wav only makes sense with --download"),
        (["nonsense"], "invalid choice"),
        (["riffusion", "create", "--no-such-option"], "unrecognized arguments"),
    ],
)
def test_usage_errors_exit_2_before_any_request(sandbox: SandboxProcess, args: list[str], words: str) -> None:
    before = sandbox_state(sandbox)
    result = musicapi(sandbox, *args)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert result.stderr.count("\n") == 1 and last.startswith("musicapi: error: ") and words in last, result.stderr
    assert "Traceback" not in result.stderr and "usage:" not in result.stderr
    assert sandbox_state(sandbox) == before


def test_missing_key_is_a_usage_error(sandbox: SandboxProcess) -> None:
    env = env_for(sandbox)
    del env["MUSICAPI_API_KEY"]
    result = subprocess.run([MUSICAPI, "credits"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "MUSICAPI_API_KEY" in result.stderr


def test_api_errors_exit_3(sandbox: SandboxProcess) -> None:
    wrong = musicapi(sandbox, "credits", MUSICAPI_API_KEY="wrong")
    assert wrong.returncode == 3 and wrong.stderr.strip() == "musicapi: error: Invalid API key. (status 401)"
    missing = musicapi(sandbox, "riffusion", "get", "nope", "--json")
    assert missing.returncode == 3
    assert json.loads(missing.stdout)["error"] == {
        "type": "TaskNotFoundError",
        "message": "task not found. (for a task of producer: musicapi producer get ID) (status 400, task nope)",
        "status": 400,
        "task_id": "nope",
        "exit_code": 3,
    }


def test_failed_task_exits_4(sandbox: SandboxProcess) -> None:
    queue_faults(sandbox, "POST /api/v1/riffusion/create", "fail:forbidden")
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "x", "--wait")
    assert result.returncode == 4
    task_id = result.stderr.splitlines()[0].removeprefix("created task ")
    assert "task failed (forbidden)" in result.stderr and f"task {task_id}" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("where", ["file", "file/sub", "/dev/null", "readonly"])
def test_an_unusable_download_folder_is_refused_before_paying(
    sandbox: SandboxProcess, tmp_path: Path, where: str
) -> None:
    (tmp_path / "file").write_text("not a folder")
    (tmp_path / "readonly").mkdir(mode=0o500)
    target = where if where.startswith("/") else str(tmp_path / where)
    before = sandbox_state(sandbox)
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "x", "--download", target)
    if where == "readonly" and os.geteuid() == 0:
        pytest.skip("root can write into a read-only folder")
    assert result.returncode == 2, result.stderr
    assert "cannot use" in result.stderr and sandbox_state(sandbox) == before


def test_failed_download_exits_5_with_the_task_id(sandbox: SandboxProcess, tmp_path: Path) -> None:
    created = musicapi(sandbox, "riffusion", "create", "--prompt", "x")
    task_id = created.stdout.strip()
    blocker = tmp_path / "songs"
    blocker.mkdir()
    status = json.loads(musicapi(sandbox, "riffusion", "wait", task_id, "--json").stdout)
    for clip in status["clips"]:
        (blocker / f"X-{clip['clip_id']}.wav").mkdir()
    result = musicapi(sandbox, "riffusion", "wait", task_id, "--download", str(blocker))
    assert result.returncode == 5, result.stderr
    assert "in the way" in result.stderr and f"task {task_id}" in result.stderr


def test_create_that_may_have_been_accepted_exits_6(sandbox: SandboxProcess) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, "POST /api/v1/riffusion/create", "drop-after-create")
    result = musicapi(sandbox, "riffusion", "create", "--prompt", "x")
    assert result.returncode == 6
    line = result.stderr.strip()
    assert "\n" not in line and "may have been accepted" in line and "not sent again" in line
    assert "check your tasks" in line and line.count("check your tasks") == 1
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
    assert "created task" in runs[1].stderr
    assert "[redacted]" in runs[0].stderr and "request GET" in runs[0].stderr
    for run in runs:
        assert SECRET not in run.stdout + run.stderr


def test_sandbox_command_serves(tmp_path: Path) -> None:
    from musicapi_sandbox import free_port

    port = free_port()
    server = subprocess.Popen(
        [MUSICAPI, "sandbox", "--port", str(port), "--credits", "77"], stderr=subprocess.PIPE, text=True
    )
    try:
        assert server.stderr is not None
        assert f"http://127.0.0.1:{port}" in server.stderr.readline()
        assert "API key: sandbox-key" in server.stderr.readline()
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
    frames = set(re.findall("[\u2800-\u28ff]", screen))  # the braille dots of rich's "dots" spinner
    assert len(frames) >= 3  # the spinner turns
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
    assert "\x1b[" in screen  # redrawn in place, not printed line by line
    assert re.search(r"task [0-9a-f-]{36}\s+(submitted|not_ready|running)\s+\d+\.\ds", plain)
    assert "clip 1: running" in plain or "clip 1: succeeded" in plain
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
    for args in (["riffusion", "create", "--cover", "--sound", "s", "--json"], ["credits", "--json", "--bogus"]):
        result = musicapi(sandbox, *args)
        assert result.returncode == 2
        error = json.loads(result.stdout)["error"]
        assert error["type"] == "UsageError" and error["exit_code"] == 2
        assert result.stderr.strip().count("\n") == 0  # one line
    assert (
        "--continue-clip-id"
        in json.loads(musicapi(sandbox, "riffusion", "create", "--cover", "--sound", "s", "--json").stdout)["error"][
            "message"
        ]
    )
