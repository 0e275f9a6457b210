"""Waiting for a task: poll soon, then back off toward the vendor's advice (one poll per 15-25 s), and poll
closer together once the task shows it is nearly done (a clip running, streaming or finished).

Transient trouble while polling (connection errors, timeouts, 429, 5xx: polling is free and idempotent) is
logged and polled through until the deadline. Everything else is raised, always with the task id.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from musicapi_client import AuthenticatedClient
from musicapi_client.models import RiffusionTask

from .errors import APIConnectionError, MusicAPIError, RateLimitError, ServerError, WaitTimeout
from .log import logger
from .retry import _asyncio_sleep
from .tasks import DONE_STATES, CreateBody, TaskStatus, acreate, aget_task, create, get_task

TRANSIENT = (APIConnectionError, RateLimitError, ServerError)
NEAR_STATES = DONE_STATES | {"streaming"}


@dataclass(frozen=True)
class PollSchedule:
    """Seconds between polls.

    While nothing is visible yet: `first`, then times `factor` each poll, never more than `max_interval`.
    Once a clip is running: at most `running_interval`. Once a clip streams or has finished (the last stretch):
    `near_interval`. For 30-90 s songs the defaults poll less than half as often as a fixed 5 s loop and
    learn of the finish about as soon (see benchmarks/RESULTS.md).
    """

    first: float = 3.0
    factor: float = 7.0
    max_interval: float = 20.0
    running_interval: float = 15.0
    near_interval: float = 6.0

    def after(self, previous: float | None, status: TaskStatus | None) -> float:
        """The next interval, given the previous one (None before the first) and what the last poll showed."""
        grown = self.first if previous is None else min(self.max_interval, previous * self.factor)
        states = set(status.clip_states) if status is not None else set()
        if states & NEAR_STATES:
            return min(grown, self.near_interval)
        if states:
            return min(grown, self.running_interval)
        return grown

    @classmethod
    def fixed(cls, seconds: float) -> PollSchedule:
        """Poll every `seconds`, whatever the task shows."""
        return cls(seconds, 1.0, seconds, seconds, seconds)


@dataclass(frozen=True)
class Progress:
    """Passed to the progress callback each time the observed state changes."""

    task_id: str
    state: str
    clip_states: tuple[str, ...]
    elapsed: float


ProgressCallback = Callable[[Progress], None]


class _Watch:
    """The bookkeeping shared by the sync and async loops: deadline, schedule, progress, last state."""

    def __init__(
        self,
        task_id: str,
        timeout: float,
        schedule: PollSchedule,
        on_progress: ProgressCallback | None,
        clock: Callable[[], float],
    ) -> None:
        self.task_id = task_id
        self.clock = clock
        self.started = clock()
        self.deadline = self.started + timeout
        self.timeout = timeout
        self.schedule = schedule
        self.on_progress = on_progress
        self.last: tuple[str, tuple[str, ...]] | None = None
        self.status: TaskStatus | None = None
        self.interval: float | None = None
        self.at_least = 0.0  # the server's Retry-After after a rate-limited poll
        self.polls = 0

    def observe(self, status: TaskStatus) -> RiffusionTask | None:
        self.polls += 1
        self.status = status
        seen = (status.state, status.clip_states)
        if seen != self.last:
            self.last = seen
            logger.info("task %s: %s %s", self.task_id, status.state, ",".join(status.clip_states))
            if self.on_progress is not None:
                self.on_progress(Progress(self.task_id, status.state, status.clip_states, self.clock() - self.started))
        return status.task if status.done and status.task is not None else None

    def transient(self, error: MusicAPIError) -> None:
        self.polls += 1
        self.at_least = error.retry_after or 0.0 if isinstance(error, RateLimitError) else 0.0
        logger.warning("task %s: poll failed (%s), will poll again", self.task_id, error)

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeout once the deadline has passed."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            state = self.last[0] if self.last else None
            raise WaitTimeout(
                f"task did not finish within {self.timeout:g}s (last state: {state}); it may still finish",
                last_state=state,
                task_id=self.task_id,
            )
        self.interval = self.schedule.after(self.interval, self.status)
        wait, self.at_least = max(self.interval, self.at_least), 0.0
        return min(wait, remaining)


def wait_for_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    first_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> RiffusionTask:
    """Poll until the task has its clips; returns the finished task or raises TaskFailed / WaitTimeout."""
    watch = _Watch(task_id, timeout, schedule or PollSchedule(), on_progress, clock)
    if first_delay > 0:
        sleep(min(first_delay, timeout))
    while True:
        try:
            if (task := watch.observe(get_task(client, task_id))) is not None:
                return task
        except TRANSIENT as error:
            watch.transient(error)
        sleep(watch.next_sleep())


async def await_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    first_delay: float = 0.0,
    clock: Callable[[], float] = time.monotonic,
) -> RiffusionTask:
    """The async twin of wait_for_task. Cancelling it cancels the poll in flight and leaves nothing running."""
    watch = _Watch(task_id, timeout, schedule or PollSchedule(), on_progress, clock)
    if first_delay > 0:
        await _asyncio_sleep(min(first_delay, timeout))
    while True:
        try:
            if (task := watch.observe(await aget_task(client, task_id))) is not None:
                return task
        except TRANSIENT as error:
            watch.transient(error)
        await _asyncio_sleep(watch.next_sleep())


def create_and_wait(
    client: AuthenticatedClient,
    body: CreateBody,
    *,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
) -> RiffusionTask:
    """Create a task (paid) and wait for it. Any error after the create carries the task id."""
    schedule = schedule or PollSchedule()
    task_id = create(client, body).task_id
    logger.info("created task %s", task_id)
    # The first poll comes `schedule.first` after the create; nothing can be ready sooner.
    with _keeping(task_id):
        return wait_for_task(
            client, task_id, timeout=timeout, schedule=schedule, on_progress=on_progress, first_delay=schedule.first
        )


async def acreate_and_wait(
    client: AuthenticatedClient,
    body: CreateBody,
    *,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
) -> RiffusionTask:
    schedule = schedule or PollSchedule()
    task_id = (await acreate(client, body)).task_id
    logger.info("created task %s", task_id)
    with _keeping(task_id):
        return await await_task(
            client, task_id, timeout=timeout, schedule=schedule, on_progress=on_progress, first_delay=schedule.first
        )


@contextmanager
def _keeping(task_id: str) -> Iterator[None]:
    """However the wait ends (Ctrl-C, cancellation, a bug), the paid-for task id is not lost."""
    try:
        yield
    except MusicAPIError as error:
        error.task_id = error.task_id or task_id
        raise
    except BaseException as error:
        error.add_note(f"musicapi: the task was created: task_id={task_id}")
        logger.warning("stopped waiting for task %s (%s)", task_id, type(error).__name__)
        raise
