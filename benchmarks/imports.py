"""3. Cold import time: musicapi_client + the runtime vs httpx alone vs musicapi-sdk (python -X importtime)."""

from __future__ import annotations

import re
import statistics
import subprocess
import sys

from .report import Row

SUBJECTS = {
    "httpx": "import httpx",
    "musicapi-client + runtime": "import musicapi_client, musicapi_runtime",
    "musicapi-sdk 0.1.0": "import musicapi",
}
TARGET_MS = 15.0


def import_ms(statement: str) -> float:
    """Cumulative import time of the statement's top-level modules, from -X importtime (microseconds → ms)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-I", "-c", statement], capture_output=True, text=True, check=True
    )
    total = 0
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(2)) == 1:  # a top-level import (one space of indent)
            total += int(match.group(1))
    return total / 1000


def run(smoke: bool) -> tuple[list[Row], list[str]]:
    runs = 3 if smoke else 15
    times: dict[str, list[float]] = {name: [] for name in SUBJECTS}
    for _ in range(runs):  # interleaved, so machine noise hits every subject alike
        for name, statement in SUBJECTS.items():
            times[name].append(import_ms(statement))
    medians = {name: statistics.median(values) for name, values in times.items()}
    httpx_ms = medians["httpx"]
    rows = []
    for name, ms in medians.items():
        ours = name.startswith("musicapi-client")
        target = f"≤ httpx + {TARGET_MS:g} ms" if ours else ""
        rows.append(
            Row(f"3. cold import, median of {runs}", name, ms, "ms", ms / httpx_ms, target,
                (ms <= httpx_ms + TARGET_MS) if ours else None)
        )  # fmt: skip
    notes = [
        "Cold import: `python -X importtime -I -c 'import …'` in a fresh process each time, summing the top-level "
        "imports' cumulative times (site and interpreter start-up excluded).",
    ]
    return rows, notes
