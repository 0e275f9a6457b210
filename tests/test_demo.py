"""`make demo`'s script, end to end against the sandbox it starts itself (no key in the environment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support import ROOT


def test_demo_creates_waits_and_downloads(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    env["DEMO_OUT"] = str(tmp_path / "songs")
    result = subprocess.run(
        [sys.executable, "examples/demo.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "local sandbox" in result.stdout and "succeeded" in result.stdout
    files = sorted((tmp_path / "songs").iterdir())
    assert sorted(p.suffix for p in files) == [".png", ".png", ".wav", ".wav"]
    assert all(str(p) in result.stdout for p in files)
    assert all(p.read_bytes()[:4] == b"RIFF" for p in files if p.suffix == ".wav")
