"""A quick smoke of the benchmarks (tiny sizes), so that `make bench` keeps working. Figures are not checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.slow


def test_benchmarks_smoke(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = out.read_text()
    for benchmark in ("1a.", "1b.", "2a.", "2b.", "3.", "4.", "5.", "6.", "7.", "8."):
        assert f"| {benchmark}" in report, benchmark
    assert "Smoke run" in report
    assert "## Polling: polls per task and detection lag" in report and "| default schedule |" in report
    assert "first call (http): musicapi_runtime" in report
    assert "## Scale: concurrent create-and-wait on one event loop" in report and "| 50 | 50 | 50 | 0 |" in report
    assert (tmp_path / "polling.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
