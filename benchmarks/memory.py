"""5. Scale: 1,000 concurrent create-and-wait on one event loop (sandbox, fast mode): all finish, 0 errors,
peak RSS < 150 MB.  6. Downloads: a 50 MB file with peak RSS growth < 20 MB (vs reading it into memory)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from musicapi_sandbox import SandboxProcess

from .common import ROOT
from .report import Row

SCALE_RSS_MIB = 150.0
DOWNLOAD_GROWTH_MIB = 20.0


def child(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.children", *args], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def run(smoke: bool) -> tuple[list[Row], list[str]]:
    count, size = (50, 5 * 1024 * 1024) if smoke else (1000, 50 * 1024 * 1024)
    rows: list[Row] = []
    with SandboxProcess(["--credits", str(12 * count + 100)]) as sandbox:
        result = child("scale", sandbox.url, sandbox.api_key, str(count))
        ok = result["finished"] == count and result["errors"] == 0
        bench = f"5. {count:,} concurrent create-and-wait"
        rows.append(Row(bench, "finished without error", result["finished"], f"of {count:,}", None,
                        "all, 0 errors", ok))  # fmt: skip
        rows.append(Row(bench, "peak RSS of the client process", result["peak_rss_mib"], "MiB", None,
                        f"< {SCALE_RSS_MIB:g} MiB", result["peak_rss_mib"] < SCALE_RSS_MIB))  # fmt: skip
        rows.append(Row(bench, "wall time", result["seconds"], "s"))
        naive = child("download", sandbox.url, str(size), "naive")
        ours = child("download", sandbox.url, str(size), "runtime")
    bench = f"6. download of {size / 2**20:g} MiB"
    assert ours["bytes"] == size == naive["bytes"]
    rows.append(Row(bench, "httpx .content, then write (naive)", naive["peak_growth_mib"], "MiB peak RSS growth"))
    rows.append(Row(bench, "musicapi_runtime.download (streamed)", ours["peak_growth_mib"], "MiB peak RSS growth",
                    None, f"< {DOWNLOAD_GROWTH_MIB:g} MiB", ours["peak_growth_mib"] < DOWNLOAD_GROWTH_MIB))  # fmt: skip
    notes = [
        "Scale and downloads run in fresh child processes (benchmarks/children.py), so their memory is their own; "
        "the sandbox runs in another process. RSS is the kernel's peak resident size (ru_maxrss).",
    ]
    if result["errors"]:
        notes.append(f"Scale errors (first three): {result['first_errors']}")
    return rows, notes
