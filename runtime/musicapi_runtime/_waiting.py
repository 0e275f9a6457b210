"""Waiting for a task, for every API: one engine, whatever the task endpoint.

Poll at the vendor's advised pace (one poll per 15-25 s) while the task shows nothing, closer together while a
clip runs, and every few seconds once a clip streams or has finished (the last stretch). The defaults come from
a replay of this loop over thousands of task durations (benchmarks/replay.py, benchmarks/RESULTS.md).
Transient trouble while polling (connection errors, timeouts, 429, 5xx: polling is free and idempotent) is logged
and polled through until the deadline. Everything else is raised, always with the task id. The deadline also
bounds each poll (its timeouts and retries).

A server that says when to come back (Retry-After on a create's answer or a poll's, as long-running-operation
APIs do) is followed, within HINT_BOUNDS: a quick server (the sandbox, whose tasks take a second) is polled when
it says, and a server that says nothing (the real API today) keeps the schedule measured for it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from musicapi_client import AuthenticatedClient
from musicapi_spec import Family, FamilyName
from musicapi_spec.model import FamilyFacts, Operation

from ._errors import (
    APIConnectionError,
    CreateResponseError,
    MusicAPIError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    WaitTimeout,
)
from ._log import logger
from ._retry import _asyncio_sleep, deadline_at
from ._spec import family_of, family_of_operation, model, operation_of
from ._tasks import (
    Task,
    TaskStatus,
    acreated,
    apoll_once,
    check_created,
    check_task_id,
    created,
    ids_of,
    named,
    poll_once,
)
from ._validation import validate_body

TRANSIENT = (APIConnectionError, RateLimitError, ServerError)
# A server's Retry-After hint is honoured between these (seconds): not sooner than a second apart (the header's
# unit), not later than a minute (RetryPolicy's cap on Retry-After), so a wrong hint can neither hammer the server
# nor stall a wait.
HINT_BOUNDS = (1.0, 60.0)


def hinted(seconds: float | None, otherwise: float) -> float:
    """The wait a server's hint asks for, within HINT_BOUNDS; `otherwise` when it gave none."""
    if seconds is None:
        return otherwise
    low, high = HINT_BOUNDS
    return min(max(seconds, low), high)


@dataclass(frozen=True)
class PollSchedule:
    """Seconds between polls.

    While nothing is visible yet: `first`, then times `factor` each poll, never more than `max_interval`.
    Once the task runs: at most `running_interval`. Once a clip streams or has finished (the last stretch):
    `near_interval`. create_and_wait sends its first poll `first` seconds after the create.

    The defaults (15 s until something shows, 10 s while a clip runs, 3 s once a clip streams) were chosen by
    replaying the real wait loop on a fake clock over 20-180 s tasks: on every progress model tried (the
    sandbox's phases, clips streaming early, running without streaming, no progress until done) no fixed
    interval both polls less and learns of the finish sooner. A task that shows no progress is polled exactly
    like fixed 15 s polling; tasks shorter than 15 s are seen at 15 s. See benchmarks/RESULTS.md.

    With `follow_hints` (all but `fixed` schedules), a server's Retry-After on the create's answer or on a poll's
    sets the next poll instead, within HINT_BOUNDS: so the sandbox's one-second tasks are seen at once.
    """

    first: float = 15.0
    factor: float = 2.0  # no effect at the defaults (first == max_interval); a smaller `first` grows by it
    max_interval: float = 15.0
    running_interval: float = 10.0
    near_interval: float = 3.0
    follow_hints: bool = True  # a server's Retry-After on a create or a poll decides the next poll (HINT_BOUNDS)

    def __post_init__(self) -> None:
        for name in ("first", "factor", "max_interval", "running_interval", "near_interval"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise RequestValidationError(f"PollSchedule.{name} must be a positive number, got {value!r}")

    def after(self, previous: float | None, status: TaskStatus | None) -> float:
        """The next interval, given the previous one (None before the first) and what the last poll showed."""
        grown = self.first if previous is None else min(self.max_interval, previous * self.factor)
        stage = status.stage if status is not None else "waiting"
        if stage == "near":
            return min(grown, self.near_interval)
        if stage == "running":
            return min(grown, self.running_interval)
        return grown

    @classmethod
    def fixed(cls, seconds: float) -> PollSchedule:
        """Poll every `seconds`, whatever the task shows or the server says."""
        return cls(seconds, 1.0, seconds, seconds, seconds, follow_hints=False)


@dataclass(frozen=True)
class Progress:
    """Passed to the progress callback each time the observed state changes.

    `state` is not_ready, running or succeeded; `clip_states` the clips' own states; `status` the API's word for
    the whole task when it has one (producer: PENDING, RUNNING, ...)."""

    task_id: str
    state: str
    clip_states: tuple[str, ...]
    elapsed: float
    status: str | None = None


ProgressCallback = Callable[[Progress], None]
CreatedCallback = Callable[[str], None]


def check_timeout(timeout: float) -> float:
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not (timeout > 0 and math.isfinite(timeout))
    ):
        raise RequestValidationError(f"timeout must be a positive, finite number of seconds, got {timeout!r}")
    return float(timeout)


class _Watch:
    """The bookkeeping shared by the sync and async loops: deadline, schedule, progress, last state."""

    def __init__(
        self,
        task_id: str,
        family: FamilyFacts,
        timeout: float,
        schedule: PollSchedule,
        on_progress: ProgressCallback | None,
        clock: Callable[[], float],
    ) -> None:
        self.task_id, self.family = task_id, family
        self.clock = clock
        self.timeout = check_timeout(timeout)
        self.started = clock()
        self.deadline = self.started + self.timeout
        self.schedule = schedule
        self.on_progress = on_progress
        self.last: tuple[str, tuple[str, ...], str | None] | None = None
        self.status: TaskStatus | None = None
        self.interval: float | None = None
        self.at_least = 0.0  # the server's Retry-After after a rate-limited poll
        self.polls = 0

    @contextmanager
    def poll(self) -> Iterator[None]:
        """One poll, bounded by the wait's deadline (converted to the real clock the transports read)."""
        with deadline_at(time.monotonic() + max(0.0, self.deadline - self.clock())):
            yield

    def observe(self, status: TaskStatus) -> Task | None:
        self.polls += 1
        self.status = status
        seen = (status.state, status.clip_states, status.status)
        if seen != self.last:
            self.last = seen
            logger.info(
                "task %s: %s %s %s", self.task_id, status.state, status.status or "", ",".join(status.clip_states)
            )
            if self.on_progress is not None:
                elapsed = self.clock() - self.started
                self.on_progress(Progress(self.task_id, status.state, status.clip_states, elapsed, status.status))
        return named(status.task, self.task_id, self.family) if status.done and status.task is not None else None

    def transient(self, error: MusicAPIError) -> None:
        self.polls += 1
        self.status = None if self.status is None else replace(self.status, retry_after=None)  # a stale hint
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
        hint = self.status.retry_after if self.status is not None and self.schedule.follow_hints else None
        wait, self.at_least = max(hinted(hint, self.interval), self.at_least), 0.0
        return min(wait, remaining)


def wait_for_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    family: Family | FamilyName | FamilyFacts | None = None,
    api: str | None = None,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    first_delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """Poll until the task is done; returns the finished task or raises TaskFailed / WaitTimeout.
    (Typed per family by musicapi_spec.signatures: family=Family.PRODUCER answers a ProducerTask.)

    `family` is the family that started it (musicapi_runtime.Family; `api=` is the deprecated spelling); the
    result is its task model."""
    chosen = family_of(family, api=api)
    return _wait(client, task_id, chosen, timeout, schedule, on_progress, first_delay, sleep, clock)


def _wait(
    client: AuthenticatedClient,
    task_id: str,
    family: FamilyFacts,
    timeout: float,
    schedule: PollSchedule | None,
    on_progress: ProgressCallback | None,
    first_delay: float,
    sleep: Callable[[float], None],
    clock: Callable[[], float],
) -> Task:
    _check_id(task_id)
    watch = _Watch(task_id, family, timeout, schedule or PollSchedule(), on_progress, clock)
    if first_delay > 0:
        sleep(min(first_delay, timeout))
    while True:
        try:
            with watch.poll():
                status = poll_once(client, task_id, family)
            if (task := watch.observe(status)) is not None:
                return task
        except TRANSIENT as error:
            watch.transient(error)
        sleep(watch.next_sleep())


async def await_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    family: Family | FamilyName | FamilyFacts | None = None,
    api: str | None = None,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    first_delay: float = 0.0,
    clock: Callable[[], float] = time.monotonic,
) -> Any:
    """The async twin of wait_for_task. Cancelling it cancels the poll in flight and leaves nothing running."""
    chosen = family_of(family, api=api)
    return await _await(client, task_id, chosen, timeout, schedule, on_progress, first_delay, clock)


async def _await(
    client: AuthenticatedClient,
    task_id: str,
    family: FamilyFacts,
    timeout: float,
    schedule: PollSchedule | None,
    on_progress: ProgressCallback | None,
    first_delay: float,
    clock: Callable[[], float],
) -> Task:
    _check_id(task_id)
    watch = _Watch(task_id, family, timeout, schedule or PollSchedule(), on_progress, clock)
    if first_delay > 0:
        await _asyncio_sleep(min(first_delay, timeout))
    while True:
        try:
            with watch.poll():
                status = await apoll_once(client, task_id, family)
            if (task := watch.observe(status)) is not None:
                return task
        except TRANSIENT as error:
            watch.transient(error)
        await _asyncio_sleep(watch.next_sleep())


def _check_id(task_id: str) -> None:
    try:
        check_task_id(task_id)
    except MusicAPIError as error:
        error.task_id = task_id if isinstance(task_id, str) else None
        raise


def _prepare(
    body: Any,
    timeout: float,
    schedule: PollSchedule | None,
    on_progress: ProgressCallback | None,
    on_created: CreatedCallback | None,
) -> tuple[Operation, FamilyFacts, PollSchedule]:
    """Everything that could fail after paying, checked before: the body, the timeout, the schedule, the
    callbacks, and that the task the body starts can be polled and read (its family)."""
    validate_body(body)
    check_timeout(timeout)
    if schedule is not None and not isinstance(schedule, PollSchedule):
        raise RequestValidationError(f"schedule must be a PollSchedule, got {type(schedule).__name__}")
    for name, given in (("on_progress", on_progress), ("on_created", on_created)):
        if given is not None and not callable(given):
            raise RequestValidationError(f"{name} must be callable, got {type(given).__name__}")
    operation = operation_of(body)
    family = family_of_operation(operation)
    if operation.polls is None or family is None:
        raise RequestValidationError(f"{operation.id} starts no task to wait for; use create() instead")
    if operation.finished_clips is not None:  # this operation's tasks hold another number of clips
        family = family._replace(finished_clips=operation.finished_clips)
    return operation, family, schedule or PollSchedule()


def create_and_wait(
    client: AuthenticatedClient,
    body: Any,
    *,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> Any:
    """Create a task (paid) and wait for it. Any error after the create carries the task id; `on_created` gets
    it as soon as the create answers, before the first poll (to keep it somewhere safe). The first poll comes
    when the server's answer says (Retry-After), else `schedule.first` after the create: nothing can be ready
    sooner. (Typed per operation by musicapi_spec.signatures.)"""
    operation, family, schedule = _prepare(body, timeout, schedule, on_progress, on_created)
    accepted, hint = created(client, body)
    if (task_id := ids_of(accepted).get("task")) is None:
        return _done_without_task(accepted, operation, family)
    with _keeping(task_id):
        _announce(task_id, on_created)
        first = hinted(hint if schedule.follow_hints else None, schedule.first)
        return _wait(client, task_id, family, timeout, schedule, on_progress, first, time.sleep, time.monotonic)


async def acreate_and_wait(
    client: AuthenticatedClient,
    body: Any,
    *,
    timeout: float = 600.0,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    on_created: CreatedCallback | None = None,
) -> Any:
    operation, family, schedule = _prepare(body, timeout, schedule, on_progress, on_created)
    accepted, hint = await acreated(client, body)
    if (task_id := ids_of(accepted).get("task")) is None:
        return _done_without_task(accepted, operation, family)
    with _keeping(task_id):
        _announce(task_id, on_created)
        first = hinted(hint if schedule.follow_hints else None, schedule.first)
        return await _await(client, task_id, family, timeout, schedule, on_progress, first, time.monotonic)


def _announce(task_id: str, on_created: CreatedCallback | None) -> None:
    check_created(task_id)
    logger.info("created task %s", task_id)
    if on_created is not None:
        on_created(task_id)


def _done_without_task(accepted: Any, operation: Operation, family: FamilyFacts) -> Task:
    """An answer that names its clip at once instead of a task (some servers do, for uploads): the finished
    task, as a poll of the family would show it."""
    clip_id = ids_of(accepted).get("clip")
    if clip_id is None:  # _accepted let it through, so the answer names something: not what can be waited for
        raise CreateResponseError(
            f"the answer to {operation.id} names neither a task nor a clip: check your tasks", body=repr(accepted)
        )
    clip: dict[str, Any] = {family.clip_id: clip_id}
    if family.clip_state:
        clip[family.clip_state] = next(v for v, p in family.clip_phases.items() if p == "done")
    task: dict[str, Any] = {family.clips: [clip]}
    if family.status:
        task[family.status] = next(v for v, p in family.status_phases.items() if p == "done")
    done: Task = model(family.task).from_dict(task)
    return done


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
