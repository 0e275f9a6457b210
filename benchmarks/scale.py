"""8. Scale: N concurrent create-and-wait on one event loop, N = 500 ... 10,000, against a fast local server
(benchmarks.taskserver: a create answers at once, a task is "not ready" on its first poll and finished on its
second), the runtime (its default poll schedule: 15 s to the first poll, 15 s to the next) beside raw httpx
written the usual way (one AsyncClient, the same timeouts, requests and intervals). Each run is a fresh child
process (benchmarks/children.py `crowd`) with a fresh server: creates answered, client CPU per task (user +
system, garbage collection included), wall time, peak RSS, errors.

Goals (issue 26): CPU per task at 10,000 within 1.5x of that at 500, all 10,000 finished with 0 errors, peak RSS
under 300 MiB. Raw httpx gets a time budget: without admission its cost per request grows with the queue
(httpcore scans it on every request), and at 5,000 it sends next to nothing in minutes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from musicapi_sandbox import free_port

from .common import ROOT
from .report import Row

SIZES = (500, 1_000, 2_000, 5_000, 10_000)
SMOKE_SIZES = (20, 50)
SMOKE_INTERVAL = 0.5  # seconds between polls in the smoke run (the full run uses the default schedule)
RUNTIME_BUDGET = 600.0  # seconds; 10,000 take about a minute on this machine
RAW_BUDGET = 60.0
CPU_RATIO = 1.5
RSS_MIB = 300.0
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float:
    """A process's CPU seconds so far (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


@contextmanager
def server() -> Iterator[tuple[str, list[float]]]:
    """A fresh taskserver; yields its URL and a list that receives the CPU seconds it spent serving."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.taskserver", str(port)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    spent: list[float] = []
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        ready = cpu_of(process.pid)
        yield f"http://127.0.0.1:{port}", spent
        spent.append(cpu_of(process.pid) - ready)
    finally:
        process.terminate()
        process.wait(timeout=30)


def crowd(count: int, mode: str, budget: float, interval: float) -> dict[str, Any]:
    with server() as (url, server_cpu):
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.children", "crowd", url, str(count), mode, str(budget), str(interval)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=budget + 300,
        )
        answered = httpx.get(f"{url}/count").json()
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    result["server_cpu_seconds"] = server_cpu[0] if server_cpu else None
    result["creates"], result["polls"] = answered["creates"], answered["polls"]
    result["budget"] = budget
    every = result["finished"] == count
    result["cpu_ms_per_task"] = 1000 * result["cpu_seconds"] / count if every else None
    return result


def cell(result: dict[str, Any]) -> str:
    """creates answered | finished | errors | CPU per task | wall | peak RSS"""
    per_task = result["cpu_ms_per_task"]
    finished = f"{result['finished']:,}" + (f" (stopped at {result['budget']:g} s)" if result["stopped"] else "")
    cpu = f"{per_task:.1f} ms" if per_task is not None else f"— ({result['cpu_seconds']:.0f} s in all)"
    wall, rss = f"{result['seconds']:.1f} s", f"{result['peak_rss_mib']:.0f} MiB"
    return f"{result['creates']:,} | {finished} | {result['errors']:,} | {cpu} | {wall} | {rss}"


def run(smoke: bool) -> tuple[list[Row], list[str], list[str]]:
    sizes = SMOKE_SIZES if smoke else SIZES
    interval = SMOKE_INTERVAL if smoke else 0.0
    load = os.getloadavg()[0]
    results: dict[tuple[int, str], dict[str, Any]] = {}
    for count in sizes:
        for mode, budget in (("runtime", RUNTIME_BUDGET), ("httpx", RAW_BUDGET)):
            print(f"  scale: {count:,} x {mode} ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            results[count, mode] = crowd(count, mode, budget, interval)
            print(f"    {cell(results[count, mode])} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    small, big = sizes[0], sizes[-1]
    ours_small, ours_big = results[small, "runtime"], results[big, "runtime"]
    bench = f"8. {big:,} concurrent create-and-wait, fast local server"
    ratio = (ours_big["cpu_ms_per_task"] or float("inf")) / (ours_small["cpu_ms_per_task"] or float("nan"))
    rows = [
        Row(bench, "musicapi_runtime: finished, 0 errors", ours_big["finished"], f"of {big:,}", None,
            "all, 0 errors", ours_big["finished"] == big and ours_big["errors"] == 0),
        Row(bench, f"musicapi_runtime: client CPU per task ({small:,}: {ours_small['cpu_ms_per_task']:.2f} ms)",
            ours_big["cpu_ms_per_task"] or 0.0, "ms", ratio, f"≤ {CPU_RATIO:g}x of {small:,}", ratio <= CPU_RATIO),
        Row(bench, "musicapi_runtime: peak RSS of the client process", ours_big["peak_rss_mib"], "MiB", None,
            f"< {RSS_MIB:g} MiB", ours_big["peak_rss_mib"] < RSS_MIB),
        Row(bench, "musicapi_runtime: wall time", ours_big["seconds"], "s"),
        Row(bench, f"raw httpx: creates answered within {RAW_BUDGET:g} s", results[big, "httpx"]["creates"],
            f"of {big:,}"),
        Row(bench, f"raw httpx: finished within {RAW_BUDGET:g} s", results[big, "httpx"]["finished"], f"of {big:,}"),
    ]  # fmt: skip
    table = [
        "## Scale: concurrent create-and-wait on one event loop",
        "",
        "Each task: one create, then a poll 15 s later (not ready) and another 15 s after that (finished): the "
        f"runtime's default schedule{f' (smoke: every {interval:g} s)' if interval else ''}, against "
        "benchmarks/taskserver.py; each run in a fresh client process with a fresh server. Creates answered: "
        "counted by the server. CPU per task: the client process's CPU time (user + system, garbage collection "
        f"included) over N, when all N finished. Raw httpx is stopped after {RAW_BUDGET:g} s.",
        "",
        "| N | runtime: creates answered | finished | errors | CPU per task | wall | peak RSS "
        "| raw httpx: creates answered | finished | errors | CPU per task | wall | peak RSS |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for count in sizes:
        ours, theirs = cell(results[count, "runtime"]), cell(results[count, "httpx"])
        table.append(f"| {count:,} | {ours} | {theirs} |")
    server_share = [
        r["server_cpu_seconds"] / r["cpu_seconds"]
        for r in results.values()
        if r["server_cpu_seconds"] and r["cpu_seconds"]
    ]
    notes = [
        f"Scale (8): 1-minute load average {load:.1f} when it started ({os.cpu_count()} cores, shared); the server "
        f"process used {min(server_share):.0%}-{max(server_share):.0%} of the client's CPU time. "
        f"Runtime errors at {big:,} (first three): {ours_big['first_errors'] or 'none'}; raw httpx at {big:,}: "
        f"{results[big, 'httpx']['first_errors'] or 'none'}.",
    ]
    return rows, notes, table
