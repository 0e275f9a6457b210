"""The `musicapi producer ...` and `musicapi webhook listen` commands, run as subprocesses against the sandbox."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from musicapi_sandbox import SandboxProcess
from musicapi_sandbox.process import free_port
from tests.support import MUSICAPI, cost, env_for, musicapi, queue_faults, sandbox_state

pytestmark = pytest.mark.slow

HOOK_SECRET = "whsec-cli-0123456789abcdef-SECRET"
CREATE = "POST /api/v1/producer/create"


def credits_of(sandbox: SandboxProcess) -> int:
    return sandbox_state(sandbox)["credits"]


def run_json(sandbox: SandboxProcess, *args: str, **env: str) -> dict[str, Any]:
    result = musicapi(sandbox, *args, "--json", **env)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def a_song(sandbox: SandboxProcess) -> str:
    data = run_json(sandbox, "producer", "create", "--sound", "synth pop", "--title", "Base", "--wait")
    (clip,) = data["clips"]
    return str(clip["clip_id"])


# --- the commands ------------------------------------------------------------------------------------------------


def test_create_wait_download_m4a_and_wav(sandbox: SandboxProcess, tmp_path: Path) -> None:
    before = credits_of(sandbox)
    result = musicapi(
        sandbox, "producer", "create", "--sound", "synth pop", "--title", "Night Drive", "--seed", "42",
        "--wait", "--download", str(tmp_path), "--wav", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["state"], data["status"]) == ("succeeded", "SUCCESS")  # 0.3.0: neither
    (clip,) = data["clips"]  # one song
    assert clip["state"] == "succeeded" and clip["seed"] == "42" and clip["audio_url"].endswith(".m4a")
    files = [Path(f["path"]) for f in data["files"]]
    assert sorted(f.suffix for f in files) == [".m4a", ".wav"]
    assert all(f.parent == tmp_path and f.name.startswith("Night Drive-") and f.stat().st_size > 0 for f in files)
    assert "created task" in result.stderr and "SUCCESS" in result.stderr  # progress on stderr, JSON on stdout
    assert credits_of(sandbox) == before - cost("ProducerCreateMusic")


def test_create_then_get_then_wait(sandbox: SandboxProcess, tmp_path: Path) -> None:
    created = musicapi(sandbox, "producer", "create", "--lyrics", "[Verse]\nHello", "--title", "Later")
    assert created.returncode == 0, created.stderr
    task_id = created.stdout.strip()
    status = run_json(sandbox, "producer", "get", task_id)
    assert status["task_id"] == task_id and status["state"] in {"not_ready", "running", "succeeded"}
    waited = musicapi(sandbox, "producer", "wait", task_id, "--download", str(tmp_path), "--no-audio", "--wav")
    assert waited.returncode == 0, waited.stderr
    lines = waited.stdout.splitlines()
    # Labelled: 0.3.0 began with the clip's id, unnamed, under the task's (tests/test_cli.py has more).
    assert lines[0] == f"task {task_id}  succeeded (SUCCESS)"
    assert lines[1].split()[0] == "clip" and lines[1].split()[2:] == ["succeeded", "2s", "Later"]
    assert [line.split()[0] for line in lines if line.startswith("saved")] == ["saved"]
    assert [p.suffix for p in tmp_path.iterdir()] == [".wav"]
    done = run_json(sandbox, "producer", "get", task_id)
    assert done["state"] == "succeeded" and done["status"] == "SUCCESS"


@pytest.mark.parametrize(
    ("args", "schema"),
    [
        (["extend", "--starts-at", "1", "--length", "30", "--instruction", "strings"], "ProducerExtendMusic"),
        (["create", "--extend", "--starts-at", "1"], "ProducerExtendMusic"),
        (["replace", "--starts-at", "0.5", "--ends-at", "1.5", "--instruction", "brass"], "ProducerReplaceMusic"),
        (["cover", "--instruction", "folk", "--strength", "0.3"], "ProducerCoverMusic"),
    ],
)
def test_operations_on_a_song(sandbox: SandboxProcess, args: list[str], schema: str) -> None:
    clip_id = a_song(sandbox)
    before = credits_of(sandbox)
    data = run_json(sandbox, "producer", *args, "--clip-id", clip_id, "--wait")
    assert len(data["clips"]) == 1 and data["clips"][0]["audio_url"].endswith(".m4a")
    assert credits_of(sandbox) == before - cost(schema)


def test_upload_then_operate_on_the_uploaded_clip(sandbox: SandboxProcess) -> None:
    before = credits_of(sandbox)
    uploaded = run_json(sandbox, "producer", "upload", "https://example.com/mine.mp3", "--wait")
    (clip,) = uploaded["clips"]
    data = run_json(
        sandbox, "producer", "replace", "--uploaded", "--clip-id", clip["clip_id"],
        "--starts-at", "0", "--ends-at", "1", "--wait",
    )  # fmt: skip
    assert data["clips"][0]["audio_url"]
    assert credits_of(sandbox) == before - cost("ProducerUploadRequest") - cost("ProducerReplaceUploadMusic")


def test_download_task_saves_the_requested_format(sandbox: SandboxProcess, tmp_path: Path) -> None:
    clip_id = a_song(sandbox)
    result = musicapi(sandbox, "producer", "download", clip_id, "--format", "wav", "--download", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (path,) = tmp_path.iterdir()
    assert path.suffix == ".wav" and f"saved {path}" in result.stdout


def test_lyrics_and_video(sandbox: SandboxProcess) -> None:
    lyrics = musicapi(sandbox, "producer", "lyrics", "the first snow", "--wait")
    assert lyrics.returncode == 0, lyrics.stderr
    assert "    [Verse]" in lyrics.stdout and "    the first snow" in lyrics.stdout  # the lyrics are shown
    video = run_json(sandbox, "producer", "video", a_song(sandbox), "--wait")
    assert video["clips"][0]["video_url"].endswith(".mp4")


def test_video_download_saves_the_video_and_lyrics_offer_no_download(sandbox: SandboxProcess, tmp_path: Path) -> None:
    """What --download saves is the operation's x-files: a video task makes only a video, so that is saved (it
    used to look for audio, find none and exit 5 after paying); a lyrics task makes no file, so --download is
    refused before anything is paid."""
    clip_id = a_song(sandbox)
    before = credits_of(sandbox)
    saved = musicapi(sandbox, "producer", "video", clip_id, "--download", str(tmp_path))
    assert saved.returncode == 0, saved.stderr
    assert [p.suffix for p in tmp_path.iterdir()] == [".mp4"]
    assert credits_of(sandbox) == before - cost("ProducerVideoRequest")
    for extra in ("--no-audio", "--video", "--wav"):  # nothing to choose: the task's files are fixed
        refused = musicapi(sandbox, "producer", "video", clip_id, "--download", str(tmp_path), extra)
        assert refused.returncode == 2 and extra in refused.stderr
    lyrics = musicapi(sandbox, "producer", "lyrics", "rain", "--download", str(tmp_path / "lyrics"))
    assert lyrics.returncode == 2 and "--download" in lyrics.stderr
    assert credits_of(sandbox) == before - cost("ProducerVideoRequest")
    assert not (tmp_path / "lyrics").exists()


def test_the_resume_line_saves_the_same_files(sandbox: SandboxProcess, tmp_path: Path) -> None:
    """Review finding: after a timeout the resume command (`wait --download DIR`) saved the default audio only:
    it lost --wav, and for a video task (no audio) it exited 5. It now carries the file choices."""
    clip_id = a_song(sandbox)
    video = musicapi(sandbox, "producer", "video", clip_id, "--download", str(tmp_path), "--timeout", "0.01")
    assert video.returncode == 7, video.stderr
    resume = video.stderr.split("resume with: ", 1)[1].split(";")[0].strip()
    assert resume.endswith(f"--download {tmp_path} --no-audio --video"), resume
    resumed = musicapi(sandbox, *resume.split()[1:])
    assert resumed.returncode == 0, resumed.stderr
    assert [p.suffix for p in tmp_path.iterdir()] == [".mp4"]
    song = musicapi(
        sandbox, "producer", "create", "--sound", "x", "--download", str(tmp_path / "s"), "--wav", "--timeout", "0.01"
    )
    assert song.returncode == 7 and f"--download {tmp_path / 's'} --wav" in song.stderr, song.stderr


def test_failed_task_exits_4_with_the_refund_message(sandbox: SandboxProcess) -> None:
    before = credits_of(sandbox)
    queue_faults(sandbox, CREATE, "fail:failed")
    result = musicapi(sandbox, "producer", "create", "--sound", "x", "--wait", "--json")
    assert result.returncode == 4
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "TaskFailed" and "refunded" in error["message"] and error["task_id"]
    assert result.stderr.count("musicapi: error:") == 1
    time.sleep(0.2)
    assert credits_of(sandbox) == before


@pytest.mark.parametrize(("fault", "tasks_added"), [("drop-after-create", 1), ("503", 0), ("drop", 0)])
def test_a_create_that_may_exist_exits_6_and_is_never_resent(
    sandbox: SandboxProcess, fault: str, tasks_added: int
) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, CREATE, fault)
    result = musicapi(sandbox, "producer", "create", "--sound", "x", "--wait")
    assert result.returncode == 6 and "was not sent again" in result.stderr
    assert sandbox_state(sandbox)["tasks"] == before + tasks_added


def test_webhook_options_come_from_the_spec_and_are_checked_before_paying(sandbox: SandboxProcess) -> None:
    help_text = musicapi(sandbox, "producer", "create", "--help").stdout
    assert "--webhook-url" in help_text and "--webhook-secret" in help_text
    before = sandbox_state(sandbox)["tasks"]
    for url in ("http://example.com/hook", "not a url"):
        result = musicapi(sandbox, "producer", "create", "--sound", "x", "--webhook-url", url)
        assert result.returncode == 2 and "--webhook-url" in result.stderr
    title_only = musicapi(sandbox, "producer", "create", "--title", "T", "--webhook-url", "https://example.com/h")
    assert title_only.returncode == 2 and "needs sound or lyrics" in title_only.stderr
    assert sandbox_state(sandbox)["tasks"] == before


# --- webhook listen ----------------------------------------------------------------------------------------------


@contextmanager
def listener(sandbox: SandboxProcess, *args: str, **env: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`musicapi webhook listen` on a free port, started and ready; stopped at the end."""
    port = free_port()
    command = [MUSICAPI, "webhook", "listen", "--port", str(port), *args]
    process = subprocess.Popen(
        command, env=env_for(sandbox, **env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stderr is not None
        ready = process.stderr.readline()
        assert "listening for webhooks" in ready, ready
        yield process, f"http://127.0.0.1:{port}/hooks/music"
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=10)


def create_hooked(sandbox: SandboxProcess, url: str, *extra: str) -> str:
    created = musicapi(
        sandbox, "producer", "create", "--sound", "synth pop", "--title", "Hooked",
        "--webhook-url", url, "--webhook-secret", HOOK_SECRET, *extra,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    return created.stdout.strip()


def test_listen_verifies_prints_one_line_and_saves_the_song(sandbox: SandboxProcess, tmp_path: Path) -> None:
    with listener(sandbox, "--secret", HOOK_SECRET, "--download", str(tmp_path), "--wav", "--once") as (proc, url):
        task_id = create_hooked(sandbox, url)
        stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    first, *saved = stdout.splitlines()
    assert first.startswith(f"song.completed SUCCESS task {task_id} (evt_") and first.endswith("): Hooked")
    assert sorted(Path(line.removeprefix("saved ")).suffix for line in saved) == [".m4a", ".wav"]
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".m4a", ".wav"]
    assert HOOK_SECRET not in stdout + stderr


def test_listen_json_with_the_secret_from_the_environment(sandbox: SandboxProcess) -> None:
    with listener(sandbox, "--once", "--json", MUSICAPI_WEBHOOK_SECRET=HOOK_SECRET) as (proc, url):
        # The create's own wait and the delivery, side by side.
        task_id = json.loads(create_hooked(sandbox, url, "--wait", "--json"))["task_id"]
        stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    event = json.loads(stdout)
    assert event["event"] == "song.completed" and event["task_id"] == task_id and event["status"] == "SUCCESS"
    assert event["id"].startswith("evt_") and len(event["clips"]) == 1 and event["files"] == []


def test_listen_refuses_a_delivery_signed_with_another_secret(sandbox: SandboxProcess) -> None:
    """A refused delivery is one line and the listener goes on (even with --once: a forgery cannot end it)."""
    with listener(sandbox, "--secret", "not-the-secret", "--once", "--json") as (proc, url):
        create_hooked(sandbox, url)
        assert proc.stderr is not None
        line = proc.stderr.readline()
        while "refused" not in line and line:
            line = proc.stderr.readline()
        assert line.startswith("refused a delivery from 127.0.0.1: signature"), line
        assert proc.poll() is None  # still listening
        proc.terminate()
        stdout, stderr = proc.communicate(timeout=60)
    assert stdout == ""
    assert HOOK_SECRET not in line + stdout + stderr and "not-the-secret" not in line + stdout + stderr


def test_listen_reports_a_failed_task(sandbox: SandboxProcess) -> None:
    with listener(sandbox, "--secret", HOOK_SECRET, "--once") as (proc, url):
        queue_faults(sandbox, CREATE, "fail:timeout")
        task_id = create_hooked(sandbox, url)
        stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 4
    assert stdout.startswith(f"song.failed FAILED task {task_id} (evt_")
    assert "refunded" in stderr and task_id in stderr


def test_listen_keeps_going_and_ignores_repeats_without_once(sandbox: SandboxProcess) -> None:
    with listener(sandbox, "--secret", HOOK_SECRET) as (proc, url):
        ids = [create_hooked(sandbox, url) for _ in range(2)]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(_deliveries(sandbox, url)) < 2:
            time.sleep(0.1)
        proc.terminate()
        stdout, _ = proc.communicate(timeout=10)
    lines = stdout.splitlines()
    assert len(lines) == 2 and {line.split()[3] for line in lines} == set(ids)


def _deliveries(sandbox: SandboxProcess, url: str) -> list[Any]:
    import httpx

    return [d for d in httpx.get(f"{sandbox.url}/sandbox/webhooks").json() if d["url"] == url and 200 in d["attempts"]]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "MUSICAPI_WEBHOOK_SECRET"),
        (["--secret", "s", "--wav"], "--wav only makes sense with --download"),
        (["--secret", "s", "--port", "0"], "--port must be between 1 and 65535"),
    ],
)
def test_listen_usage_errors(sandbox: SandboxProcess, args: list[str], words: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MUSICAPI_WEBHOOK_SECRET"}
    port = ["--port", str(free_port())] if "--port" not in args else []
    result = subprocess.run(
        [MUSICAPI, "webhook", "listen", *port, *args], env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2 and words in result.stderr and result.stderr.count("\n") == 1
