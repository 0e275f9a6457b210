"""1. Per-call overhead of get-task on loopback: our client + runtime vs raw httpx + json vs musicapi-sdk."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from functools import partial

import httpx
from musicapi import MusicAPI

import musicapi_runtime as rt
from musicapi_runtime._retry import pooled_limits

from .common import KEY, ROOT, TASK_ID, fast_server, interleaved, median, paired_ratio
from .report import Row

PATH = f"/api/v1/riffusion/task/{TASK_ID}"
TARGET = 1.05


def run(smoke: bool) -> tuple[list[Row], list[str]]:
    calls, rounds = (200, 1) if smoke else (2000, 9)
    workers, per_worker, async_rounds = (20, 5, 1) if smoke else (200, 5, 21)
    rows: list[Row] = []
    with fast_server() as url:
        headers = {"Authorization": f"Bearer {KEY}"}
        raw = httpx.Client(base_url=url, headers=headers, limits=pooled_limits(), timeout=rt._config.DEFAULT_TIMEOUT)
        ours = rt.connect(KEY, base_url=url)
        vendor = MusicAPI(KEY, base_url=f"{url}/api/v1")

        def raw_call() -> object:
            return json.loads(raw.get(PATH).content)

        sync_subjects: dict[str, Callable[[], object]] = {
            "raw httpx + json": raw_call,
            "musicapi-client (generated + runtime)": lambda: rt.get_task(ours, TASK_ID),
            "musicapi-sdk 0.1.0": lambda: vendor.riffusion.get_task(TASK_ID),
        }
        for fn in sync_subjects.values():  # warm up connections and code paths
            for _ in range(50):
                fn()
        per_call = interleaved({name: partial(_timed, fn, calls) for name, fn in sync_subjects.items()}, rounds)
        rows += _rows(f"1a. get-task, sync, {calls:,} sequential calls", per_call)

        async def async_run() -> dict[str, list[float]]:
            raw_async = httpx.AsyncClient(
                base_url=url, headers=headers, limits=pooled_limits(), timeout=rt._config.DEFAULT_TIMEOUT
            )

            async def raw_async_call() -> object:
                return json.loads((await raw_async.get(PATH)).content)

            subjects: dict[str, Callable[[], Awaitable[object]]] = {
                "raw httpx + json": raw_async_call,
                "musicapi-client (generated + runtime)": lambda: rt.aget_task(ours, TASK_ID),
            }
            for fn in subjects.values():
                await _concurrently(fn, workers, 2)
            results: dict[str, list[float]] = {name: [] for name in subjects}
            for round_number in range(async_rounds):
                for name in list(subjects)[round_number % 2 :] + list(subjects)[: round_number % 2]:
                    results[name].append(await _concurrently(subjects[name], workers, per_worker))
            await raw_async.aclose()
            await ours.get_async_httpx_client().aclose()
            return results

        rows += _rows(f"1b. get-task, async, {workers} concurrent x {per_worker}", asyncio.run(async_run()))
        raw.close()
        ours.get_httpx_client().close()
        vendor.close()
    counted = instruction_rows() if not smoke and shutil.which("valgrind") else []
    rows += counted
    notes = [
        "Overhead: all clients talk to the same minimal keep-alive server on loopback (benchmarks/fastserver.py), "
        "so the client's own cost dominates. Raw httpx gets the same connection limits as our client. "
        "Ratios are medians of round-by-round ratios (sync: 9 rounds of 2,000 calls; async: 21 rounds). "
        "musicapi-sdk has no async client."
        + (
            " Instructions per call (1c, and 1d for async): valgrind (cachegrind) counts a process making 350 and 50 "
            "calls through an in-process transport; the difference over 300 is the client's own cost per call, "
            "deterministic whatever the machine's load (sockets and the server excluded, which are the same for "
            "all). At 200 concurrent calls (1b) most of the time goes to httpcore's connection-pool bookkeeping "
            "(tens of thousands of Python calls per request, for either client), so 1b's ratio moves between runs "
            "more than the clients differ; 1d is the client's own part."
            if counted
            else ""
        ),
    ]
    return rows, notes


def _count(name: str, calls: int) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-m", "benchmarks.callcount", name, str(calls)],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, timeout=900,
    )  # fmt: skip
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if out.returncode != 0 or not found:
        raise RuntimeError(out.stderr[-1000:])
    return int(found.group(1).replace(",", ""))


def instruction_rows() -> list[Row]:
    names = {"raw": "raw httpx + json", "ours": "musicapi-client (generated + runtime)", "sdk": "musicapi-sdk 0.1.0"}
    per_call = {name: (_count(name, 350) - _count(name, 50)) / 300 for name in names}
    bench = "1c. get-task, instructions per call (valgrind)"
    rows = []
    for name, label in names.items():
        ratio = per_call[name] / per_call["raw"]
        ours = name == "ours"
        target = f"≤ musicapi-sdk ({per_call['sdk'] / per_call['raw']:.3f}x raw)" if ours else ""
        rows.append(Row(bench, label, per_call[name] / 1000, "k instr/call", ratio, target,
                        per_call[name] <= per_call["sdk"] if ours else None))  # fmt: skip
    # The async twin (no SDK: it has no async client). 1b's wall clock at 200 concurrent is mostly httpcore's
    # connection-pool bookkeeping, the same for both clients; this is the client's own cost per call.
    names = {"async-raw": "raw httpx + json", "async-ours": "musicapi-client (generated + runtime)"}
    per_call = {name: (_count(name, 350) - _count(name, 50)) / 300 for name in names}
    for name, label in names.items():
        ratio = per_call[name] / per_call["async-raw"]
        ours = name == "async-ours"
        rows.append(Row("1d. get-task, async, instructions per call (valgrind)", label, per_call[name] / 1000,
                        "k instr/call", ratio, f"≤ {TARGET:.2f}x raw" if ours else "",
                        ratio <= TARGET if ours else None))  # fmt: skip
    return rows


def _timed(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


async def _concurrently(fn: Callable[[], Awaitable[object]], workers: int, per_worker: int) -> float:
    async def worker() -> None:
        for _ in range(per_worker):
            await fn()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return (time.perf_counter() - start) / (workers * per_worker)


def _rows(benchmark: str, per_call: dict[str, list[float]]) -> list[Row]:
    baseline = per_call["raw httpx + json"]
    rows = []
    for name, seconds in per_call.items():
        ratio = paired_ratio(seconds, baseline)
        ours = name.startswith("musicapi-client")
        rows.append(
            Row(
                benchmark,
                name,
                median(seconds) * 1e6,
                "µs/call",
                ratio,
                f"≤ {TARGET:.2f}x raw" if ours else "",
                (ratio <= TARGET) if ours else None,
            )
        )
    return rows
