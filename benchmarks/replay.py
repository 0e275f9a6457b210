"""A deterministic replay of the real wait loop: `musicapi_runtime.wait_for_task` (the engine create_and_wait
uses, with `first_delay=schedule.first` as create_and_wait passes it), on a fake clock, over thousands of task
durations and several progress models.

Every poll goes through the whole client path (generated endpoint, retry transport, parsing, `task_status`,
`_Watch`, `PollSchedule.after`); only the network is a `httpx.MockTransport` whose answer is the sandbox's own
answer (`musicapi_sandbox.state.Sandbox.body_at`) for how far along the task is at the fake time of the poll.
Polls take no fake time, so lag is the schedule's alone (a real poll adds its round trip to every strategy).

Fixed intervals are computed in closed form (poll k happens at k*T: ceil(D/T) polls, lag ceil(D/T)*T - D) and
checked against the same engine with `PollSchedule.fixed(T)` on a sample of the durations.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_sandbox.state import Sandbox

URL = "http://replay.invalid"
TASK_ID = "00000000-0000-4000-8000-000000000000"
CREATE = {"riffusion": "riffusion_create", "producer": "producer_create"}

# Which of the sandbox's answers a task shows at each fraction of its duration (the sandbox's own progress
# values: 0 not ready, 0.3 accepted/pending without clips, 0.6 a clip running, 0.8 a clip near (streaming),
# 1 done). The sandbox's phases are state.py's: 0-25 % not ready, 25-50 % pending, 50-75 % running, 75-100 % near.
ProgressModel = Callable[[float], float]
MODELS: dict[str, ProgressModel] = {
    "sandbox phases": lambda x: 0.0 if x < 0.25 else 0.3 if x < 0.5 else 0.6 if x < 0.75 else 0.8 if x < 1 else 1.0,
    "clips stream early": lambda x: 0.0 if x < 0.05 else 0.6 if x < 0.15 else 0.8 if x < 1 else 1.0,
    "runs, no streaming": lambda x: 0.0 if x < 0.1 else 0.3 if x < 0.3 else 0.6 if x < 1 else 1.0,
    "no progress until done": lambda x: 0.0 if x < 1 else 1.0,
}
MODEL_NOTES = {
    "sandbox phases": "not ready 0-25 %, pending 25-50 %, a clip running 50-75 %, a clip streaming 75-100 %",
    "clips stream early": "not ready 0-5 %, running 5-15 %, streaming from 15 %",
    "runs, no streaming": "not ready 0-10 %, pending 10-30 %, running from 30 %, no streaming stage",
    "no progress until done": "not ready until the end",
}


def durations(count: int, low: float = 20.0, high: float = 180.0) -> list[float]:
    """`count` task durations spread evenly over [low, high] (deterministic: the midpoints of equal slices)."""
    step = (high - low) / count
    return [low + step * (i + 0.5) for i in range(count)]


def answers(api: str) -> dict[float, tuple[int, bytes]]:
    """The sandbox's answer at each progress value, as (HTTP status, body bytes)."""
    sandbox = Sandbox(credits=10**9, task_min=60, task_max=60, audio_seconds=2, seed=1)
    operation = facts.OPERATIONS[CREATE[api]]
    kind = str(facts.VARIANTS[operation.variants[0]].tags.get("task_type") or operation.task_type or "")
    task = sandbox.start(operation, kind, {"prompt": "replay", "sound": "replay"}, 0, 0.0, None)
    found = {}
    for progress in (0.0, 0.3, 0.6, 0.8, 1.0):
        status, body = sandbox.body_at(task, progress, URL)
        found[progress] = (status, json.dumps(body).encode())
    return found


@dataclass(frozen=True)
class Outcome:
    polls: int
    lag: float


class Replay:
    """One client, one API, one progress model; `run(schedule, durations)` replays a wait per duration."""

    def __init__(self, api: str, model: ProgressModel) -> None:
        self.api, self.model, self.answers = api, model, answers(api)
        self.now = 0.0
        self.duration = 1.0
        self.polls = 0
        self.client = rt.connect("replay-key", base_url=URL, transport=httpx.MockTransport(self.answer))

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.polls += 1
        status, body = self.answers[self.model(self.now / self.duration)]
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def clock(self) -> float:
        return self.now

    def one(self, schedule: rt.PollSchedule, duration: float) -> Outcome:
        self.now, self.duration, self.polls = 0.0, duration, 0  # the create was answered at 0
        rt.wait_for_task(
            self.client,
            TASK_ID,
            family=facts.FAMILIES[self.api],
            timeout=100_000,
            schedule=schedule,
            first_delay=schedule.first,
            sleep=self.sleep,
            clock=self.clock,
        )
        return Outcome(self.polls, self.now - duration)

    def run(self, schedule: rt.PollSchedule, spread: Sequence[float]) -> list[Outcome]:
        return [self.one(schedule, duration) for duration in spread]


def fixed_outcomes(interval: float, spread: Sequence[float]) -> list[Outcome]:
    """Poll every `interval` seconds, the first poll `interval` after the create (closed form)."""
    found = []
    for duration in spread:
        polls = math.ceil(duration / interval - 1e-9)
        found.append(Outcome(polls, polls * interval - duration))
    return found


@dataclass(frozen=True)
class Summary:
    polls: float  # mean per task
    lag50: float
    lag90: float

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> Summary:
        lags = sorted(o.lag for o in outcomes)
        return cls(statistics.fmean(o.polls for o in outcomes), percentile(lags, 50), percentile(lags, 90))


def percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# The fixed intervals a schedule is checked against: every quarter second from 1 s to 40 s.
FRONTIER_GRID = [1 + 0.25 * i for i in range(157)]


def dominating(ours: Summary, spread: Sequence[float]) -> list[tuple[float, str]]:
    """The fixed intervals (of FRONTIER_GRID) that poll no more and lag no more than `ours` at the median or at
    p90, better in one of the two: empty when `ours` is on or below the fixed-interval frontier."""
    found = []
    for interval in FRONTIER_GRID:
        fixed = Summary.of(fixed_outcomes(interval, spread))
        for name, theirs, mine in (("p50", fixed.lag50, ours.lag50), ("p90", fixed.lag90, ours.lag90)):
            if fixed.polls <= ours.polls and theirs <= mine and (fixed.polls < ours.polls or theirs < mine):
                found.append((interval, name))
    return found


def frontier_lag(polls: float, spread: Sequence[float], which: str) -> float:
    """The lag (p50 or p90) of the best fixed interval of FRONTIER_GRID that polls no more than `polls`."""
    best = math.inf
    for interval in FRONTIER_GRID:
        fixed = Summary.of(fixed_outcomes(interval, spread))
        if fixed.polls <= polls:
            best = min(best, fixed.lag50 if which == "p50" else fixed.lag90)
    return best


def check_closed_form(api: str, intervals: Sequence[float], spread: Sequence[float]) -> None:
    """The closed form of fixed polling must be what the engine does with PollSchedule.fixed."""
    replay = Replay(api, MODELS["no progress until done"])
    for interval in intervals:
        engine = replay.run(rt.PollSchedule.fixed(interval), spread)
        closed = fixed_outcomes(interval, spread)
        for a, b in zip(engine, closed, strict=True):
            if a.polls != b.polls or abs(a.lag - b.lag) > 1e-6:
                raise AssertionError(f"fixed {interval:g} s: engine {a} != closed form {b}")


def table(api: str, rows: dict[str, dict[str, Summary]], models: Sequence[str]) -> list[str]:
    """A markdown table: one row per strategy, per model: polls per task, lag p50 / p90."""
    head = "| strategy | " + " | ".join(f"{m}: polls, lag p50 / p90" for m in models) + " |"
    lines = [head, "|---|" + "---|" * len(models)]
    for name, by_model in rows.items():
        cells = []
        for model in models:
            s = by_model.get(model)
            cells.append("" if s is None else f"{s.polls:.1f}, {seconds(s.lag50)} / {seconds(s.lag90)}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def seconds(value: float) -> str:
    return f"{value:.1f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"


def describe(schedule: rt.PollSchedule) -> str:
    return (
        f"first={schedule.first:g}, factor={schedule.factor:g}, max_interval={schedule.max_interval:g}, "
        f"running_interval={schedule.running_interval:g}, near_interval={schedule.near_interval:g}"
    )


def as_dict(summary: Summary) -> dict[str, Any]:
    return {"polls": summary.polls, "lag50": summary.lag50, "lag90": summary.lag90}
