"""`make check-generated` must pass on generated/ as committed and fail when one byte of it changes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.slow


def check_generated(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "check-generated", f"GENERATED_DIR={folder}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_generated_catches_a_one_byte_edit(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert check_generated(copy).returncode == 0

    target = copy / "musicapi_client" / "models" / "riffusion_clip.py"
    data = bytearray(target.read_bytes())
    index = data.index(b"clip_id")
    data[index] = ord("C")
    target.write_bytes(bytes(data))

    result = check_generated(copy)
    assert result.returncode != 0
    assert "differs" in result.stdout


def test_check_generated_catches_an_extra_file(tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "musicapi_client" / "handmade.py").write_text("x = 1\n")
    assert check_generated(copy).returncode != 0
