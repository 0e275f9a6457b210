"""The README's quick starts, copied from it, each make a song against the sandbox in under 3 s: the sandbox says
when to poll (Retry-After) and the runtime follows it, with no flag (0.3.0 polled first after 15 s).

Each is timed whole (interpreter start, imports, create, wait, download) as a fresh process, the best of three
runs: a shared 2-core machine can stall any one run, and the best run is what the code costs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from musicapi_sandbox import SandboxProcess
from tests.support import MUSICAPI, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
QUICK_START = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
PYTHON, CLI = (
    re.search(rf"```{kind}\n(.*?)```", QUICK_START.split(marker, 1)[1], re.S)
    for kind, marker in (
        ("python", "From Python:"),
        ("bash", "From the command line:"),
    )
)
LIMIT = 3.0


def best_of_three(command: list[str], sandbox: SandboxProcess, folder: Path) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}  # no --poll, no POLL_SECONDS
    env.update(MUSICAPI_BASE_URL=sandbox.url, MUSICAPI_API_KEY=sandbox.api_key)
    times = []
    for attempt in range(3):
        cwd = folder / str(attempt)
        cwd.mkdir()
        started = time.monotonic()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
        times.append(time.monotonic() - started)
        assert done.returncode == 0, done.stdout + done.stderr
        songs = sorted(p.suffix for p in (cwd / "songs").iterdir())
        assert songs == [".m4a", ".wav"], songs  # the song, as the quick start says
        if times[-1] < LIMIT:
            break
    return min(times)


def test_the_python_quick_start_makes_a_song_in_under_3_seconds(sandbox: SandboxProcess, tmp_path: Path) -> None:
    assert PYTHON is not None
    seconds = best_of_three([sys.executable, "-c", PYTHON.group(1)], sandbox, tmp_path)
    assert seconds < LIMIT, f"{seconds:.2f} s"


def test_the_command_line_quick_start_makes_a_song_in_under_3_seconds(sandbox: SandboxProcess, tmp_path: Path) -> None:
    assert CLI is not None
    (line,) = CLI.group(1).strip().splitlines()
    assert line.startswith("musicapi ")
    seconds = best_of_three(["bash", "-c", f"{MUSICAPI} {line.removeprefix('musicapi ')}"], sandbox, tmp_path)
    assert seconds < LIMIT, f"{seconds:.2f} s"
