"""Fault knobs. A fault comes from the X-Sandbox-Fault request header (comma-separated), from the queue filled
through POST /sandbox/faults (consumed in order by matching requests), or at random from the startup rates.
Header and queued faults strike before the request is handled; random 5xx and drops strike after it (so a
create may have registered its task), random 429s before it (a refusal).

Spellings: "500" (any 5xx), "429" or "429:SECONDS" (with Retry-After), "drop" (close the connection without an
answer), "slow:SECONDS" (answer late), "drop-after-create" (register and charge the task, then drop),
"fail:KIND" (the created task fails with KIND, one of the spec's failure types; producer tasks report FAILED).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .config import SandboxConfig
from .state import FAILURE_KINDS


class BadFault(ValueError):
    pass


@dataclass(frozen=True)
class Fault:
    kind: str  # status | drop | slow | drop-after-create | fail
    status: int = 0
    seconds: float = 0.0
    failure: str = ""
    # A late fault strikes after the request was handled (a create registered, then the answer lost), as
    # servers really fail; the random faults of the startup rates are late, the others strike first.
    late: bool = False


MAX_SECONDS = 3600.0  # a delay or Retry-After longer than this is a typo, not a test


def _seconds(arg: str) -> float:
    """A number of seconds from a fault's argument: finite, 0 or more (NaN would stall the event loop's timers
    and be sent as "Retry-After: nan")."""
    value = float(arg)
    if not 0 <= value <= MAX_SECONDS:
        raise ValueError(f"seconds must be between 0 and {MAX_SECONDS:g}")
    return value


def parse(text: str) -> Fault:
    name, _, arg = text.strip().partition(":")
    try:
        if name.isdigit() and (500 <= int(name) <= 599 or int(name) == 429):
            return Fault("status", status=int(name), seconds=_seconds(arg) if arg else 0.0)
        if name == "slow":
            return Fault("slow", seconds=_seconds(arg or "2"))
        if name in ("drop", "drop-after-create"):
            return Fault(name)
        if name == "fail" and (arg in FAILURE_KINDS or not arg):
            return Fault("fail", failure=arg or FAILURE_KINDS[0])
    except ValueError as error:
        raise BadFault(f"bad fault {text!r}") from error
    raise BadFault(f"unknown fault {text!r}")


def parse_all(text: str) -> list[Fault]:
    return [parse(part) for part in text.split(",") if part.strip()]


@dataclass
class QueuedFaults:
    """Faults for the next requests whose "METHOD /path" starts with `match`."""

    match: str
    faults: list[Fault]


@dataclass
class FaultPlan:
    config: SandboxConfig
    random: random.Random
    queue: list[QueuedFaults] = field(default_factory=list)

    def add(self, match: str, faults: list[Fault]) -> None:
        self.queue.append(QueuedFaults(match, list(faults)))

    def for_request(self, method: str, path: str, header: str | None) -> list[Fault]:
        faults = parse_all(header) if header else []
        line = f"{method} {path}"
        for queued in self.queue:
            if queued.faults and line.startswith(queued.match):
                faults.append(queued.faults.pop(0))
                break
        self.queue = [q for q in self.queue if q.faults]
        return faults + self._random()

    def _random(self) -> list[Fault]:
        c, r = self.config, self.random
        faults = []
        if c.slow_rate and r.random() < c.slow_rate:
            faults.append(Fault("slow", seconds=c.slow_seconds))
        if c.drop_rate and r.random() < c.drop_rate:
            faults.append(Fault("drop", late=True))
        elif c.error_rate and r.random() < c.error_rate:
            faults.append(Fault("status", status=r.choice((500, 502, 503, 504)), late=True))
        elif c.rate_limit_rate and r.random() < c.rate_limit_rate:
            faults.append(Fault("status", status=429, seconds=c.retry_after))
        return faults

    def task_failure(self, faults: list[Fault]) -> str | None:
        """The failure kind a new task gets: from a fail fault, else at the configured rate."""
        for fault in faults:
            if fault.kind == "fail":
                return fault.failure
        if self.config.fail_rate and self.random.random() < self.config.fail_rate:
            kind = self.config.fail_kind
            return self.random.choice(FAILURE_KINDS) if kind == "random" else kind
        return None
