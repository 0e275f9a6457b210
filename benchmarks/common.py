"""Shared pieces: the recorded task answer, server processes, timing helpers."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from musicapi_sandbox import free_port

ROOT = Path(__file__).resolve().parent.parent
# Two finished clips, built from the docs' (truncated) recorded example and its field list.
TASK_ANSWER = ROOT / "tests" / "fixtures" / "constructed" / "riffusion_get_task.200.finished.json"
TASK_ID = "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"
KEY = "bench-key"


@contextmanager
def fast_server(tls: tuple[str, str] | None = None) -> Iterator[str]:
    """The minimal server in a child process; with `tls` (certificate, key files) it speaks https."""
    port = free_port()
    command = [sys.executable, "-m", "benchmarks.fastserver", str(port), str(TASK_ANSWER), *(tls or ())]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def median(values: list[float]) -> float:
    return statistics.median(values)


def interleaved(subjects: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run each subject once per round, rotating the order; every subject's per-round results."""
    names = list(subjects)
    results: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        order = names[round_number % len(names) :] + names[: round_number % len(names)]
        for name in order:
            results[name].append(subjects[name]())
    return results


def paired_ratio(values: list[float], baseline: list[float]) -> float:
    """The median of round-by-round ratios: each round's pair ran back to back, so slow spells of a shared
    machine hit both sides of a ratio and drop out of it."""
    return median([v / b for v, b in zip(values, baseline, strict=True)])


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Seconds per call of fn, over `repeat` calls."""
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat
