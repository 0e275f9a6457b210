"""Result rows and the markdown report."""

from __future__ import annotations

import os
import platform
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Row:
    benchmark: str
    subject: str
    value: float
    unit: str
    ratio: float | None = None  # against the benchmark's baseline
    target: str = ""
    met: bool | None = None

    def cells(self) -> list[str]:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else ""
        verdict = {True: "✅ met", False: "❌ missed", None: ""}[self.met]
        return [self.benchmark, self.subject, f"{self.value:,.2f} {self.unit}", ratio, self.target, verdict]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "?"
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} "
        f"{platform.release()}; commit {commit or '?'}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


def markdown(rows: list[Row], notes: list[str], smoke: bool, sections: list[str] | None = None) -> str:
    head = ["benchmark", "subject", "result", "ratio", "target", ""]
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}." + (" **Smoke run (tiny sizes): figures are not meaningful.**" if smoke else ""),
        "",
        "Produced by `make bench` (`python -m benchmarks`); every comparison was measured side by side in one run,",
        "interleaved round by round. Ratios are against the first subject of each benchmark (the baseline).",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    if sections:
        lines += ["", *sections]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    return "\n".join(lines) + "\n"
