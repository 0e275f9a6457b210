"""Waiting for a task: poll soon, then back off toward the vendor's advice (one poll per 15-25 s).

Transient trouble while polling (connection errors, timeouts, 429, 5xx: polling is free and idempotent) is
logged and polled through until the deadline. Everything else is raised, always with the task id.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from musicapi_client import AuthenticatedClient
from musicapi_client.models import RiffusionTask

from .errors import APIConnectionError, MusicAPIError, RateLimitError, ServerError, WaitTimeout
from .log import logger
from .tasks import CreateBody, TaskStatus, acreate, aget_task, create, get_task

TRANSIENT = (APIConnectionError, RateLimitError, ServerError)


@dataclass(frozen=True)
class PollSchedule:
    """Seconds between polls: `first`, then times `factor` each poll, never more than `max_interval`."""

    first: float = 3.0
    factor: float = 1.6
    max_interval: float = 20.0

    def intervals(self) -> Iterator[float]:
        interval = self.first
        while True:
            yield interval
            interval = min(self.max_interval, interval * self.factor)


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
        self.intervals = schedule.intervals()
        self.on_progress = on_progress
        self.last: tuple[str, tuple[str, ...]] | None = None
        self.polls = 0

    def observe(self, status: TaskStatus) -> RiffusionTask | None:
        self.polls += 1
        seen = (status.state, status.clip_states)
        if seen != self.last:
            self.last = seen
            logger.info("task %s: %s %s", self.task_id, status.state, ",".join(status.clip_states))
            if self.on_progress is not None:
                self.on_progress(Progress(self.task_id, status.state, status.clip_states, self.clock() - self.started))
        return status.task if status.done and status.task is not None else None

    def transient(self, error: MusicAPIError) -> None:
        self.polls += 1
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
        return min(next(self.intervals), remaining)


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
        await asyncio.sleep(min(first_delay, timeout))
    while True:
        try:
            if (task := watch.observe(await aget_task(client, task_id))) is not None:
                return task
        except TRANSIENT as error:
            watch.transient(error)
        await asyncio.sleep(watch.next_sleep())


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
    return await await_task(
        client, task_id, timeout=timeout, schedule=schedule, on_progress=on_progress, first_delay=schedule.first
    )
