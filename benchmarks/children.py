"""Work run in a fresh process, so its peak memory is measured alone: `python -m benchmarks.children NAME ...`.
Prints one JSON line."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

import musicapi_runtime as rt
from musicapi_client.models import RiffusionClip, RiffusionCreateWithDescription, RiffusionModel
from musicapi_runtime._config import DEFAULT_TIMEOUT

from .common import KEY


def status_kib(field: str) -> int:
    """A memory figure from /proc/self/status (VmRSS: now, VmHWM: peak since the last reset), KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM starts again from the current RSS


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


async def scale(url: str, key: str, count: int) -> dict[str, object]:
    body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="scale test")
    errors: list[str] = []
    client = rt.connect(key, base_url=url)
    started = time.perf_counter()
    async with client:

        async def one() -> bool:
            try:
                task = await rt.acreate_and_wait(client, body, timeout=300)
            except rt.MusicAPIError as error:
                errors.append(f"{type(error).__name__}: {error}")
                return False
            return isinstance(task.data, list) and len(task.data) == 2

        finished = sum(await asyncio.gather(*(one() for _ in range(count))))
    return {
        "finished": finished,
        "errors": len(errors),
        "first_errors": errors[:3],
        "seconds": time.perf_counter() - started,
        "peak_rss_mib": peak_kib() / 1024,
    }


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def crowd(url: str, count: int, mode: str, budget: float, interval: float) -> None:
    """`count` concurrent create-and-wait on one event loop against benchmarks.taskserver, with the runtime (its
    default poll schedule, or polls `interval` seconds apart if it is not 0) or with raw httpx (the same
    requests, timeouts and intervals). Prints the result when
    all are done, or after `budget` seconds (from a thread: raw httpx can keep the event loop busy in httpcore's
    pool for minutes without returning to it), then ends the process at once: closing or cancelling thousands
    of requests queued in httpcore's pool would cost as much again."""
    body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="scale test")
    errors: list[str] = []
    finished = [0]
    schedule = rt.PollSchedule.fixed(interval) if interval else rt.PollSchedule()
    client = rt.connect(KEY, base_url=url)
    raw = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=DEFAULT_TIMEOUT)

    async def ours() -> None:
        task = await rt.acreate_and_wait(client, body, timeout=budget + 60, schedule=schedule)
        if not (isinstance(task.data, list) and len(task.data) == 2):
            raise RuntimeError(f"not a finished task: {task!r}"[:200])

    async def theirs() -> None:
        answer = await raw.post("/api/v1/riffusion/create", json=body.to_dict())
        answer.raise_for_status()
        path = f"/api/v1/riffusion/task/{answer.json()['task_id']}"
        await asyncio.sleep(schedule.first)
        while True:
            answer = await raw.get(path)
            answer.raise_for_status()
            if len(answer.json().get("data") or ()) == 2:
                return
            await asyncio.sleep(schedule.max_interval)

    async def one() -> None:
        try:
            await (ours() if mode == "runtime" else theirs())
        except (rt.MusicAPIError, httpx.HTTPError, RuntimeError, ValueError, KeyError) as error:
            errors.append(f"{type(error).__name__}: {error}"[:300])
        else:
            finished[0] += 1

    cpu, started = cpu_seconds(), time.perf_counter()
    once = threading.Lock()

    def report() -> None:
        if once.acquire(blocking=False):
            done = finished[0]
            result = {
                "finished": done,
                "errors": len(errors),
                "first_errors": errors[:3],
                "stopped": count - done - len(errors),
                "seconds": time.perf_counter() - started,
                "cpu_seconds": cpu_seconds() - cpu,
                "peak_rss_mib": peak_kib() / 1024,
            }
            print(json.dumps(result), flush=True)
            os._exit(0)

    threading.Timer(budget, report).start()
    await asyncio.gather(*(one() for _ in range(count)))
    report()


def download(url: str, size: int, mode: str) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp())
    source = f"{url}/sandbox/blob/{size}"
    client = httpx.Client()  # created before the baseline, so only the download itself is measured
    reset_peak()
    before = status_kib("VmRSS")
    if mode == "runtime":
        clip = RiffusionClip(clip_id="big", title="Big", audio_url=source)
        (path,) = rt.download(clip, folder, http=client)
    else:  # the naive way: the whole body in memory, then written
        path = folder / "big.mp3"
        path.write_bytes(client.get(source).content)
    grown = (status_kib("VmHWM") - before) / 1024
    return {"bytes": path.stat().st_size, "peak_growth_mib": grown}


if __name__ == "__main__":
    name, args = sys.argv[1], sys.argv[2:]
    if name == "scale":
        print(json.dumps(asyncio.run(scale(args[0], args[1], int(args[2])))))
    elif name == "crowd":
        asyncio.run(crowd(args[0], int(args[1]), args[2], float(args[3]), float(args[4])))
    elif name == "download":
        print(json.dumps(download(args[0], int(args[1]), args[2])))
