"""Work run in a fresh process, so its peak memory is measured alone: `python -m benchmarks.children NAME ...`.
Prints one JSON line."""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import httpx

import musicapi_runtime as rt
from musicapi_client.models import RiffusionClip, RiffusionCreateWithDescription, RiffusionModel


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
    elif name == "download":
        print(json.dumps(download(args[0], int(args[1]), args[2])))
