"""`python -m benchmarks [--smoke] [--only NAME ...] [--out FILE]`: run the benchmarks, write the report."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import e2e, memory, overhead, parsing, polling, scale, startup
from .report import Row, markdown

HERE = Path(__file__).resolve().parent
ORDER = ["overhead", "parsing", "startup", "polling", "e2e", "memory", "scale"]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: check that the benchmarks still run")
    parser.add_argument("--only", nargs="*", choices=ORDER, default=ORDER)
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    png = args.out.with_name("polling.png")
    load_before = os.getloadavg()[0]
    rows: list[Row] = []
    notes: list[str] = []
    sections: list[str] = []
    for name in args.only:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        if name == "polling":
            found, said, shown = polling.run(args.smoke, png)
            sections += shown
        elif name == "scale":
            found, said, shown = scale.run(args.smoke)
            sections += ["", *shown] if sections else shown
        else:
            modules = {"overhead": overhead, "parsing": parsing, "startup": startup, "e2e": e2e, "memory": memory}
            found, said = modules[name].run(args.smoke)
        rows += found
        notes += said
        for row in found:
            print("  " + " | ".join(row.cells()), file=sys.stderr, flush=True)
    notes.append(
        f"Machine load (1-minute load average on {os.cpu_count()} cores): {load_before:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end. The machine is shared: wall-clock figures grow with its load; "
        "instruction counts do not."
    )
    args.out.write_text(markdown(rows, notes, args.smoke, sections))
    print(f"wrote {args.out}" + (f" and {png}" if "polling" in args.only else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
