"""4. Polling by evidence: the real wait loop replayed on a fake clock (benchmarks/replay.py) over thousands of
task durations and four progress models, against fixed intervals; producer webhooks measured on the sandbox."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

import musicapi_runtime as rt
from musicapi_client.models import ProducerCreateMusic
from musicapi_sandbox import SandboxProcess

from .replay import (
    FRONTIER_GRID,
    MODEL_NOTES,
    MODELS,
    Replay,
    Summary,
    check_closed_form,
    describe,
    dominating,
    durations,
    fixed_outcomes,
    frontier_lag,
    percentile,
    table,
)
from .report import Row

FIXED = (3.0, 5.0, 10.0, 15.0, 20.0)
PREVIOUS = rt.PollSchedule(first=3, factor=7, max_interval=20, running_interval=15, near_interval=6)
LOW, HIGH = 20.0, 180.0


def webhook_lags(tasks: int) -> list[float]:
    """Seconds from a producer task's finish (the sandbox's clock) to its signed delivery arriving here."""
    arrived: dict[str, float] = {}

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", 0)))
            arrived.setdefault(self.path.rsplit("/", 1)[-1], time.time())  # the first attempt's arrival
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        with SandboxProcess(["--task-seconds", "1", "2", "--credits", "100000", "--no-poll-hints"]) as sandbox:
            client = rt.connect(sandbox.api_key, base_url=sandbox.url)
            ids = []
            for index in range(tasks):
                body = ProducerCreateMusic(sound="webhook", webhook_url=f"{hook}/{index}")
                ids.append(rt.create(client, body).task_id)
            deadline = time.monotonic() + 30
            with httpx.Client(base_url=sandbox.url, trust_env=False) as admin:
                facts = {i: admin.get(f"/sandbox/tasks/{i}").json() for i in ids}
                while time.monotonic() < deadline and len(arrived) < tasks:
                    time.sleep(0.1)
    finally:
        server.shutdown()
    return [arrived[str(index)] - facts[i]["finishes_at"] for index, i in enumerate(ids) if str(index) in arrived]


def plot(results: dict[str, dict[str, Summary]], spread: list[float], hook: Summary | None, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, len(MODELS), figsize=(4.2 * len(MODELS), 4.2), sharey=True)
    grid = [Summary.of(fixed_outcomes(t, spread)) for t in FRONTIER_GRID]
    for axis, model in zip(axes, MODELS, strict=True):
        axis.plot([g.polls for g in grid], [g.lag50 for g in grid], color="grey", label="fixed interval, p50")
        axis.plot([g.polls for g in grid], [g.lag90 for g in grid], color="grey", ls=":", label="fixed interval, p90")
        for interval in FIXED:
            s = Summary.of(fixed_outcomes(interval, spread))
            axis.annotate(f"{interval:g} s", (s.polls, s.lag50), fontsize=8, color="grey")
            axis.scatter([s.polls], [s.lag50], color="grey", s=12)
        for name, marker, colour in (("previous default", "s", "tab:orange"), ("default schedule", "o", "tab:blue")):
            s = results[name][model]
            axis.scatter([s.polls], [s.lag50], marker=marker, color=colour, label=f"{name}, p50")
            hollow = {"facecolors": "none", "edgecolors": colour}
            axis.scatter([s.polls], [s.lag90], marker=marker, label=f"{name}, p90", **hollow)
        if hook is not None:
            axis.scatter([0], [hook.lag50], marker="*", color="tab:green", s=80, label="producer webhook (sandbox)")
        axis.set(title=model, xlabel="polls per task (mean)", xlim=(-1, 40), ylim=(0, 20))
    axes[0].set_ylabel("seconds from finish to known")
    axes[-1].legend(fontsize=7, loc="upper right")
    figure.suptitle(f"The real wait loop replayed over {len(spread):,} tasks of {LOW:g}-{HIGH:g} s", fontsize=10)
    figure.tight_layout()
    figure.savefig(path, dpi=90)
    plt.close(figure)


def run(smoke: bool, png: Path | None = None) -> tuple[list[Row], list[str], list[str]]:
    count, producer_count, hooks = (60, 30, 2) if smoke else (2000, 500, 10)
    spread = durations(count, LOW, HIGH)
    check_closed_form("riffusion", FIXED, spread[:: max(1, count // 100)])
    schedule = rt.PollSchedule()
    rows: list[Row] = []
    sections: list[str] = []
    hook_summary: Summary | None = None
    riffusion_results: dict[str, dict[str, Summary]] = {}
    for api, n in (("riffusion", count), ("producer", producer_count)):
        spread_api = durations(n, LOW, HIGH)
        results: dict[str, dict[str, Summary]] = {f"fixed {t:g} s": {} for t in FIXED}
        results["previous default"] = {}
        results["default schedule"] = {}
        for model, progress in MODELS.items():
            replay = Replay(api, progress)
            for interval in FIXED:
                results[f"fixed {interval:g} s"][model] = Summary.of(fixed_outcomes(interval, spread_api))
            results["previous default"][model] = Summary.of(replay.run(PREVIOUS, spread_api))
            ours = results["default schedule"][model] = Summary.of(replay.run(schedule, spread_api))
            beaten = dominating(ours, spread_api)
            bench = f"4. polling replay, {api}, {n:,} tasks of {LOW:g}-{HIGH:g} s"
            same = frontier_lag(ours.polls, spread_api, "p50")
            rows.append(
                Row(bench, f"default schedule, {model}: lag p50 ({ours.polls:.1f} polls/task; fixed: {same:.1f} s)",
                    ours.lag50, "s", None, "on/below fixed-interval frontier", not beaten)
            )  # fmt: skip
        if api == "producer":
            lags = sorted(webhook_lags(hooks))
            if lags:
                hook_summary = Summary(0.0, percentile(lags, 50), percentile(lags, 90))
                results["producer webhook (sandbox delivery)"] = dict.fromkeys(MODELS, hook_summary)
        else:
            riffusion_results = results
        sections += [
            f"### {api}: {n:,} simulated tasks, durations evenly spread over {LOW:g}-{HIGH:g} s",
            "",
            *table(api, results, list(MODELS)),
            "",
        ]
    if png is not None:
        plot(riffusion_results, spread, hook_summary, png)
    sections = [
        "## Polling: polls per task and detection lag",
        "",
        "Each cell: mean polls per task, then the lag (finish → the client knows) at the median and p90. "
        f"Default schedule: {describe(schedule)}. Previous default: {describe(PREVIOUS)}. Fixed intervals poll "
        "first one interval after the create (one poll fewer than polling at once, same lag). Progress models: "
        + "; ".join(f"*{m}*: {note}" for m, note in MODEL_NOTES.items())
        + ".",
        "",
        *sections,
    ]
    notes = [
        "Polling replay: `wait_for_task` itself (with `first_delay=schedule.first`, as create_and_wait) polls a "
        "`httpx.MockTransport` that answers with the sandbox's own body for the task's progress at the fake time "
        "(benchmarks/replay.py); polls take no fake time. Fixed intervals are computed in closed form and checked "
        "against the same engine with `PollSchedule.fixed`. 'On/below the frontier': no fixed interval between "
        "1 s and 40 s (every 0.25 s) polls no more and lags no more, at p50 or at p90; the row also shows the p50 "
        "lag of the best fixed interval that polls no more. Producer webhooks: signed deliveries from the sandbox "
        "to a listener on loopback (zero polls); the real API's delivery time is not measured here."
        + (" See polling.png." if png else ""),
    ]
    return rows, notes, sections
