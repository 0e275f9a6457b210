"""Starting tasks and reading what a poll says, for every API in the spec (riffusion, producer).

A create is checked against the spec before it is sent, and goes to the operation its body model belongs to.
A poll's answer is one of: not ready yet, failed (TaskFailed is raised), running, or finished. What "finished"
means differs per API and is the one thing written here by hand: riffusion is done when it has its clips
(x-finished-clips of RiffusionTask), each settled; producer when its top-level status reaches a done phase. The
state words and their meaning (x-phases) come from the spec.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from http import HTTPStatus
from types import ModuleType
from typing import TYPE_CHECKING, Any, overload

import musicapi_spec as facts
from musicapi_client import AuthenticatedClient, models
from musicapi_client.models import ProducerClip, ProducerTask, RiffusionClip, RiffusionTask, TaskFailure, TaskNotReady
from musicapi_client.types import Unset

from . import polls
from .calls import MAY_EXIST, RawAnswer, acall, acall_keeping_body, call, call_keeping_body, parse
from .errors import (
    ConfigurationError,
    CreateResponseError,
    MusicAPIError,
    RequestValidationError,
    ResponseValidationError,
    TaskFailed,
    TaskNotFoundError,
)
from .log import logger
from .raw import task_id_in
from .spec import endpoint, extension, operation_of, phase, poll_of

if TYPE_CHECKING:
    from musicapi_client.models import (
        ProducerUploadAccepted,
        ProducerUploadRequest,
        RiffusionUploadRequest,
        RiffusionUploadResponse,
        TaskAccepted,
    )
    from musicapi_spec.bodies import (
        ProducerCreateBody,
        ProducerDownloadBody,
        ProducerLyricsCreateBody,
        ProducerVideoClipBody,
        RequestBody,
        RiffusionCreateBody,
    )

    TaskBody = (
        RiffusionCreateBody
        | ProducerCreateBody
        | ProducerDownloadBody
        | ProducerLyricsCreateBody
        | ProducerVideoClipBody
    )


Task = RiffusionTask | ProducerTask
TaskModel = type[RiffusionTask] | type[ProducerTask]
Clip = RiffusionClip | ProducerClip
CLIP_STATES = "ClipState"  # the spec's enum of clip states (x-phases says what each one means)
FAILURE_TYPES = frozenset(facts.ENUMS["TaskFailureType"])
CLIP_PHASES: dict[str, str] = facts.PHASES.get(CLIP_STATES, {})  # what each clip state means (x-phases)
ACCEPTED = int(HTTPStatus.ACCEPTED)  # a plain int: the enum's attribute is a Python-level lookup on every poll
FINISHED_CLIPS = int(extension("RiffusionTask", "x-finished-clips", 1))  # how many clips a finished task has


@dataclass(frozen=True)
class TaskStatus:
    """What one poll said.

    `state` is not_ready, running or succeeded; `clip_states` has the state of each clip as the server wrote it
    ("" when it gave none); `status` is the API's own top-level word for the task, when it reports one
    (producer's PENDING, RUNNING, ...); `stage` is how far along it looks: "waiting" (nothing to see yet),
    "running", or "near" (a clip streams or is finished)."""

    task_id: str
    state: str
    clip_states: tuple[str, ...]
    task: Task | None
    status: str | None = None
    stage: str = "waiting"

    @property
    def done(self) -> bool:
        return self.state == "succeeded"


def _status(
    task_id: str, state: str, clip_states: tuple[str, ...], task: Task | None, status: str | None, stage: str
) -> TaskStatus:
    """TaskStatus(...), built without the frozen dataclass's six object.__setattr__ calls (a third of what
    reading a poll cost): the same fields in the instance's __dict__ (tests/test_polls.py compares the two)."""
    made = object.__new__(TaskStatus)
    made.__dict__.update(task_id=task_id, state=state, clip_states=clip_states, task=task, status=status, stage=stage)
    return made


def text(value: object) -> str:
    """A field as text ("" for absent values; the value of an enum)."""
    if type(value) is str:  # the common cases first: every poll reads each clip's state
        return value
    if isinstance(value, Enum):
        return str(value._value_)  # what .value returns, without its Python-level descriptor
    if value is None or isinstance(value, Unset):
        return ""
    return str(getattr(value, "value", value))


def _has_audio(clip: Clip) -> bool:
    audio, wav = clip.audio_url, getattr(clip, "wav_url", None)
    return (isinstance(audio, str) and audio != "") or (isinstance(wav, str) and wav != "")


def clip_phase(clip: Clip) -> str | None:
    """What a clip's state means (x-phases); a clip with no state but a file to fetch counts as done."""
    state = text(clip.state)
    found = CLIP_PHASES.get(state) if state else None  # phase(CLIP_STATES, state), without its lookups
    if found is None and not state and _has_audio(clip):
        return "done"
    if found == "done" and not _has_audio(clip):
        return "running"  # "succeeded" without a file yet: keep waiting
    return found


def clip_done(clip: Clip) -> bool:
    return clip_phase(clip) == "done"


def finished_clips(task: Task) -> list[Clip]:
    """The clips of a finished task that have a file to download."""
    clips: list[Clip] = list(task.data) if isinstance(task.data, list) else []
    if isinstance(task, ProducerTask) and _status_phase(text(task.status) or None) == "done":
        return [c for c in clips if phase(CLIP_STATES, text(c.state)) != "failed" and _files(c)]
    return [c for c in clips if clip_done(c)]


def _files(clip: Clip) -> bool:
    return any(isinstance(getattr(clip, f, None), str) and getattr(clip, f) for f in FILE_FIELDS)


FILE_FIELDS = ("audio_url", "wav_url", "image_url", "video_url")


def _stage(phases: list[str | None]) -> str:
    if "near" in phases or "done" in phases:
        return "near"
    if phases.count(None) < len(phases):
        return "running"
    return "waiting"


def _failure(task_id: str, answer: TaskFailure, task_model: TaskModel) -> TaskStatus:
    kind = text(answer.type_)
    if kind in FAILURE_TYPES:
        words = next((m for m in (answer.error, answer.message) if isinstance(m, str) and m), f"task {kind}")
        raise TaskFailed(f"task failed ({kind}): {words}", reason=kind, task_id=task_id, body=_dump(answer))
    if isinstance(answer.additional_properties.get("data"), list):
        # A task body that happens to carry a `type` field: read it as the task it is.
        return task_status(task_id, parse(task_model, answer.to_dict(), task_id=task_id), task_model)
    logger.warning("task %s: unknown answer type %r, still waiting", task_id, kind)
    return TaskStatus(task_id, f"unknown:{kind}", (), None)


def _by_clips(
    task_id: str, answer: Task, phases: list[str | None], states: tuple[str, ...], status: str | None = None
) -> TaskStatus | None:
    """Done once every clip is settled (done or failed); TaskFailed when none succeeded; None while any runs."""
    for p in phases:
        if p != "done" and p != "failed":
            return None
    if "done" not in phases:
        raise TaskFailed(
            f"every clip failed ({', '.join(states)})", reason="clips_failed", task_id=task_id, body=_dump(answer)
        )
    return _status(task_id, "succeeded", states, answer, status, "near")


def _riffusion(task_id: str, answer: RiffusionTask) -> TaskStatus:
    clips = answer.data if isinstance(answer.data, list) else []
    phases = [clip_phase(c) for c in clips]
    states = tuple([text(c.state) for c in clips])
    if (
        len(clips) >= FINISHED_CLIPS
        and answer.code != ACCEPTED
        and (done := _by_clips(task_id, answer, phases, states))
    ):
        return done
    return _status(task_id, "running", states, answer, None, _stage(phases))


def _status_phase(status: str | None) -> str | None:
    """What producer's top-level status means (x-phases); the documented words are upper case, and a server that
    writes "success" or "Failed" means the same."""
    found = phase("ProducerTaskStatus", status)
    return found if found is not None or status is None else phase("ProducerTaskStatus", status.upper())


def _producer(task_id: str, answer: ProducerTask) -> TaskStatus:
    clips = answer.data if isinstance(answer.data, list) else []
    status = text(answer.status) or None
    states = tuple(text(c.state) for c in clips)
    clip_phases = [clip_phase(c) for c in clips]
    task_phase = _status_phase(status)
    if task_phase == "failed":
        words = answer.message if isinstance(answer.message, str) and answer.message else f"task {status}"
        raise TaskFailed(f"task failed ({status}): {words}", reason=str(status), task_id=task_id, body=_dump(answer))
    if task_phase == "done":
        return _status(task_id, "succeeded", states, answer, status, "near")
    # Older servers report no status, only each clip's state.
    if (
        status is None
        and clips
        and answer.code != ACCEPTED
        and (done := _by_clips(task_id, answer, clip_phases, states))
    ):
        return done
    stage = _stage([*clip_phases, None if task_phase in (None, "pending") else "running"])
    return _status(task_id, "running", states, answer, status, stage)


def task_status(task_id: str, answer: object, task_model: TaskModel = RiffusionTask) -> TaskStatus:
    """Interpret one get-task answer; raises TaskFailed for failure bodies and tasks whose clips all failed."""
    if isinstance(answer, TaskNotReady):
        return _status(task_id, "not_ready", (), None, None, "waiting")
    if isinstance(answer, TaskFailure):
        return _failure(task_id, answer, task_model)
    if isinstance(answer, RiffusionTask):
        return _riffusion(task_id, answer)
    if isinstance(answer, ProducerTask):
        return _producer(task_id, answer)
    raise ResponseValidationError(f"unexpected get-task answer {type(answer).__name__}", task_id=task_id)


@cache
def task_model_of(poll_operation: str) -> TaskModel:
    """The task model a poll endpoint answers with: the member of its generated union that is a task."""
    members = typing.get_args(typing.get_type_hints(endpoint(poll_operation).sync)["return"])
    for member in members:
        if member is RiffusionTask or member is ProducerTask:
            return member
    raise ResponseValidationError(f"{poll_operation} answers with no task model this runtime can read")


@cache
def _route(poll_operation: str) -> tuple[ModuleType, TaskModel]:
    """The generated module of a poll operation and its task model (looked up once)."""
    return endpoint(poll_operation), task_model_of(poll_operation)


def _dump(model: Any) -> str:
    import json

    try:
        return json.dumps(model.to_dict(), ensure_ascii=False)
    except (ValueError, TypeError, RecursionError, AttributeError):
        return repr(model)[:10_000]


@cache
def accepted_models() -> tuple[type[Any], ...]:
    """The answers that say a paid call started something (loaded on the first create, not on import)."""
    return (models.TaskAccepted, models.ProducerUploadAccepted, models.RiffusionUploadResponse)


def _accepted(answer: object, status: int | None = 200) -> Any:
    """A paid call's answer, checked to name what it started; otherwise the task may exist unseen, and the
    error carries any task id the answer holds (a number, a nested one: task_id_in finds it)."""
    body = _dump(answer)
    if not isinstance(answer, accepted_models()):
        raise CreateResponseError(
            f"the answer is a {type(answer).__name__}, not an acceptance: the task may exist and may be charged; "
            "check your tasks before sending it again",
            status=status,
            body=body,
            task_id=task_id_in(body),
        )
    ids = [getattr(answer, name, None) for name in ("task_id", "clip_id")]
    if not any(isinstance(i, str) and i.strip() for i in ids):
        found = task_id_in(body)
        what = f"names task {found} in a form outside the spec" if found else "names no task"
        raise CreateResponseError(
            f"the answer {what}: the task may exist and may be charged; check your tasks before sending it again",
            status=status,
            body=body,
            task_id=found,
        )
    return answer


def check_created(task_id: str) -> str:
    """A created task's id, before waiting on it: one that cannot be polled (control characters, "..") would
    otherwise fail as "nothing was sent", after the create was paid for."""
    if (problem := _problem(str(task_id))) is not None:
        raise CreateResponseError(
            f"the create answered with a task id that cannot be polled (it {problem}): the task exists and may "
            "be charged; check your tasks before sending it again",
            task_id=task_id,
        )
    return task_id


def _check_client(client: object) -> None:
    if not isinstance(client, AuthenticatedClient):
        raise ConfigurationError(f"client must be what connect() returns, got {type(client).__name__}")


@contextmanager
def _paying() -> Iterator[None]:
    """Ctrl-C (or a cancelled coroutine) while a create is under way: the request may have reached the server.
    (Errors, the Exception kind, are already typed and say so.)"""
    try:
        yield
    except BaseException as error:
        if not isinstance(error, Exception):
            error.add_note(f"musicapi: interrupted while a paid create was being sent: {MAY_EXIST}")
        raise


@overload
def create(client: AuthenticatedClient, body: ProducerUploadRequest) -> ProducerUploadAccepted: ...
@overload
def create(client: AuthenticatedClient, body: RiffusionUploadRequest) -> RiffusionUploadResponse: ...
@overload
def create(client: AuthenticatedClient, body: TaskBody) -> TaskAccepted: ...
def create(client: AuthenticatedClient, body: RequestBody) -> Any:
    """Start a task (paid: see the operation's x-credits). The body is checked against the spec before anything
    is sent, and goes to the operation its model belongs to."""
    from .validation import validate_body  # loaded by the first create: a poll never needs it

    validate_body(body)
    _check_client(client)
    operation = operation_of(body)
    with _paying():
        answer = call(endpoint(operation.id).sync_detailed, client=client, body=body)
    return _accepted(answer)


@overload
async def acreate(client: AuthenticatedClient, body: ProducerUploadRequest) -> ProducerUploadAccepted: ...
@overload
async def acreate(client: AuthenticatedClient, body: RiffusionUploadRequest) -> RiffusionUploadResponse: ...
@overload
async def acreate(client: AuthenticatedClient, body: TaskBody) -> TaskAccepted: ...
async def acreate(client: AuthenticatedClient, body: RequestBody) -> Any:
    from .validation import validate_body

    validate_body(body)
    _check_client(client)
    operation = operation_of(body)
    with _paying():
        answer = await acall(endpoint(operation.id).asyncio_detailed, client=client, body=body)
    return _accepted(answer)


def upload(client: AuthenticatedClient, url: str) -> RiffusionUploadResponse:
    """Import an audio file into riffusion by URL (paid); returns the clip id for the *_upload_* operations.
    For producer: `create(client, ProducerUploadRequest(audio_url=url))`."""
    return create(client, models.RiffusionUploadRequest(url=url))


async def aupload(client: AuthenticatedClient, url: str) -> RiffusionUploadResponse:
    return await acreate(client, models.RiffusionUploadRequest(url=url))


def _with_task_id(error: MusicAPIError, task_id: str, api: str) -> MusicAPIError:
    """A poll's error is about the task polled, whatever other id the server's answer names."""
    error.task_id = task_id
    if isinstance(error, TaskNotFoundError):
        error.add_note(f"musicapi: polled as a {api} task; a task of another API needs its api= (see poll_of)")
    return error


_CONTROL = re.compile("[\x00-\x1f\x7f]")


def check_task_id(task_id: object) -> str:
    """A task id that can be put in a URL path as it is: text, not blank, not a dot segment ("." or ".." would
    be resolved away and poll another endpoint), no control characters, valid Unicode. Nothing is sent else."""
    problem = _problem(str(task_id)) if isinstance(task_id, str) else f"must be text, got {type(task_id).__name__}"
    if problem is not None:
        raise RequestValidationError(f"the task id {problem}; nothing was sent", problems=(("task_id", problem),))
    return str(task_id)


@lru_cache(maxsize=1024)  # every poll of a wait checks the same id again
def _problem(task_id: str) -> str | None:
    if not task_id.strip():
        return "is blank"
    if task_id.strip(".") == "":
        return "cannot be . or .."
    if _CONTROL.search(task_id):
        return "contains control characters"
    try:
        task_id.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode text (it holds a lone surrogate)"
    return None


def _not_yet(task_id: str, error: MusicAPIError) -> TaskStatus | None:
    """HTTP 202 says "not yet", whatever its body: one no poll answer can be read from (empty, "Accepted", a
    lying Content-Encoding) is not ready, not an unexpected answer. (A 202 whose body says failed still fails.)"""
    if type(error) is not ResponseValidationError or error.status != ACCEPTED:
        return None
    logger.info("task %s: HTTP 202 with a body that is not a poll answer: not ready yet", task_id)
    return _status(task_id, "not_ready", (), None, None, "waiting")


def _read(task_id: str, answer: object, task_model: TaskModel, raw: RawAnswer) -> TaskStatus:
    """task_status, with the answer as the server sent it in any error (failure or unreadable)."""
    try:
        return task_status(task_id, answer, task_model)
    except (ResponseValidationError, TaskFailed) as error:
        error.body = raw()
        if isinstance(error, ResponseValidationError) and error.status is None:
            error.status = raw.status
        raise


def get_task(client: AuthenticatedClient, task_id: str, *, api: str = "riffusion") -> TaskStatus:
    """Poll once (free). `api` is the API that started the task (riffusion or producer). Errors carry the id."""
    poll = poll_of(api)
    try:
        check_task_id(task_id)
        module, model = _route(poll.id)
        # The generated request and Response, parsed faster (polls.py); the raw answer kept for errors.
        answer, raw = call_keeping_body(polls.sync_detailed, module, model, task_id, client=client)
        return _read(task_id, answer, model, raw)
    except MusicAPIError as error:
        if (not_yet := _not_yet(task_id, error)) is not None:
            return not_yet
        raise _with_task_id(error, task_id, api) from error.__cause__


async def aget_task(client: AuthenticatedClient, task_id: str, *, api: str = "riffusion") -> TaskStatus:
    poll = poll_of(api)
    try:
        check_task_id(task_id)
        module, model = _route(poll.id)
        answer, raw = await acall_keeping_body(polls.asyncio_detailed, module, model, task_id, client=client)
        return _read(task_id, answer, model, raw)
    except MusicAPIError as error:
        if (not_yet := _not_yet(task_id, error)) is not None:
            return not_yet
        raise _with_task_id(error, task_id, api) from error.__cause__
