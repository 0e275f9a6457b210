"""7. Time to song in the sandbox: create -> both songs and their covers on disk. musicapi_runtime
(create_and_wait with the default schedule, then download with files in parallel) against a plain loop on
musicapi-sdk (poll at once, then every 5 s, as the SDK's own helpers do, then each file one after another).
Both run at the same time on one sandbox, creates alternating, so they draw from the same task durations."""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from musicapi import MusicAPI, RiffusionCreateParams

import musicapi_runtime as rt
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel
from musicapi_sandbox import SandboxProcess

from .replay import percentile
from .report import Row

OURS = "musicapi_runtime: create_and_wait + parallel download"
SDK = "musicapi-sdk: fixed 5 s loop + sequential downloads"


def sdk_done(result: Any) -> bool:
    """Both clips finished with their audio. (The SDK's generate_and_wait stops at the first answer with code
    200, which the sandbox sends while one clip still runs: that would return before the songs exist.)"""
    clips = list(result.data or [])
    return len(clips) == 2 and all(c.state == "succeeded" and c.audio_url for c in clips)


def with_sdk(url: str, key: str, folder: Path) -> tuple[str, float, float]:
    vendor = MusicAPI(key, base_url=f"{url}/api/v1")
    started = time.monotonic()
    task_id = vendor.riffusion.create(
        RiffusionCreateParams(task_type="create_music", custom_mode=False, mv="FUZZ-1.1 Pro", prompt="e2e song")
    ).task_id
    while not sdk_done(result := vendor.riffusion.get_task(task_id)):
        time.sleep(5.0)
    with httpx.Client(trust_env=False) as files:
        for clip in result.data:
            for link, suffix in ((clip.audio_url, ".wav"), (clip.image_url, ".png")):
                (folder / f"{clip.clip_id}{suffix}").write_bytes(files.get(str(link)).content)
    vendor.close()
    return task_id, time.monotonic() - started, time.time()


def with_runtime(url: str, key: str, folder: Path) -> tuple[str, float, float]:
    client = rt.connect(key, base_url=url)
    started = time.monotonic()
    body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="e2e song")
    with client:  # create_and_wait's two steps, to know the task id
        task_id = rt.create(client, body).task_id
        schedule = rt.PollSchedule()
        task = rt.wait_for_task(client, task_id, schedule=schedule, first_delay=schedule.first)
        rt.download(task, folder, include_image=True)
    return task_id, time.monotonic() - started, time.time()


def run(smoke: bool) -> tuple[list[Row], list[str]]:
    tasks, low, high = (2, 1.0, 2.0) if smoke else (16, 30.0, 90.0)
    results: dict[str, list[float]] = {OURS: [], SDK: []}
    ids: dict[str, list[str]] = {OURS: [], SDK: []}
    ended: dict[str, list[float]] = {OURS: [], SDK: []}
    errors: list[str] = []
    lock = threading.Lock()
    args = [
        "--seed",
        "5",
        "--credits",
        "100000",
        "--no-poll-hints",
        "--task-seconds",
        str(low),
        str(high),
        "--audio-seconds",
        "20",
    ]
    with SandboxProcess(args) as sandbox, tempfile.TemporaryDirectory() as scratch:

        def one(name: str, fn: Callable[[str, str, Path], tuple[str, float, float]], index: int) -> None:
            folder = Path(scratch, f"{index}-{len(name)}")
            folder.mkdir()
            try:
                task_id, seconds, end = fn(sandbox.url, sandbox.api_key, folder)
                files = sorted(p.suffix for p in folder.iterdir())
                if files != [".png", ".png", ".wav", ".wav"]:
                    raise RuntimeError(f"files on disk: {files}")
                with lock:
                    results[name].append(seconds)
                    ids[name].append(task_id)
                    ended[name].append(end)
            except Exception as error:  # reported in the notes; the benchmark goes on
                errors.append(f"{name}: {type(error).__name__}: {error}"[:300])

        threads = []
        for index in range(tasks):
            for name, fn in ((SDK, with_sdk), (OURS, with_runtime)):
                thread = threading.Thread(target=one, args=(name, fn, index))
                thread.start()
                threads.append(thread)
                time.sleep(0.05)
        for thread in threads:
            thread.join()
        with httpx.Client(base_url=sandbox.url, trust_env=False, timeout=10) as admin:
            facts = {n: [admin.get(f"/sandbox/tasks/{i}").json() for i in found] for n, found in ids.items()}
    polls = {n: [f["polls"] for f in found] for n, found in facts.items()}
    # What the client controls: from the task's finish (the sandbox's clock) to the last file on disk.
    after = {n: sorted(e - f["finishes_at"] for e, f in zip(ended[n], facts[n], strict=True)) for n in facts}
    bench = f"7. time to song (create → 2 songs + covers on disk), {tasks} tasks each of {low:g}-{high:g} s"
    rows = []
    for name, seconds in results.items():
        if not seconds:
            continue
        ordered = sorted(seconds)
        rows.append(Row(bench, f"{name}: after the task finished, p50", statistics.median(after[name]), "s"))
        rows.append(Row(bench, f"{name}: after the task finished, p90", percentile(after[name], 90), "s"))
        rows.append(Row(bench, f"{name}: create to songs on disk, p50", statistics.median(ordered), "s"))
        rows.append(Row(bench, f"{name}: create to songs on disk, p90", percentile(ordered, 90), "s"))
        rows.append(Row(bench, f"{name}: polls per task (mean)", statistics.fmean(polls[name]), "polls"))
    notes = [
        "Time to song: both strategies at once against one sandbox (`--task-seconds "
        f"{low:g} {high:g} --audio-seconds 20`), creates alternating so they draw from the same durations; "
        "the clock runs from the create call to the last file written (two WAVs of 20 s, two covers). 'After the "
        "task finished' subtracts the sandbox's finish time (what the client controls: polling lag plus "
        "downloads); the create-to-disk times also carry the spread of the tasks' own durations (16 draws of "
        "30-90 s each side), so their difference is mostly chance. Files on loopback take milliseconds, so "
        "parallel downloads gain little here; on a real network they would overlap four transfers.",
    ]
    if errors:
        notes.append(f"Time to song errors ({len(errors)}): {errors[:3]}")
    return rows, notes
