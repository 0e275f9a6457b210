"""Starting tasks and reading what a poll says, for every task family of the spec.

A create is checked against the spec before it is sent, and goes to the operation its body model belongs to.
A poll's answer is one of: not ready yet, failed (TaskFailed is raised), running, or finished. How a family's
task is read comes from the generated family table (musicapi_spec.FAMILIES, from each task schema's x-task):
a family with a top-level status is done when that status's phase is done (x-phases); without one (or when an
answer leaves it out) a task is done once it holds its family's number of clips, every one settled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from http import HTTPStatus
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import musicapi_spec as facts
from musicapi_client import AuthenticatedClient
from musicapi_client.models import TaskFailure, TaskNotReady
from musicapi_client.types import Unset
from musicapi_spec import Family, FamilyName
from musicapi_spec.model import FamilyFacts, Operation
from musicapi_spec.results import Clip, Task

from . import _polls as polls
from ._calls import RawAnswer, acall_keeping_body, call_keeping_body, parse
from ._errors import (
    PAYING_NOTE,
    ConfigurationError,
    CreateResponseError,
    MusicAPIError,
    RequestValidationError,
    ResponseValidationError,
    ResultNotReadyError,
    TaskFailed,
    TaskNotFoundError,
)
from ._log import logger
from ._raw import named_in, task_id_in
from ._spec import endpoint, family_of, family_of_model, family_of_operation, model, operation_of

if TYPE_CHECKING:
    from musicapi_spec.bodies import RequestBody

__all__ = ["Clip", "Task"]  # the unions of every family's task and clip models (musicapi_spec.results)

FAILURE_TYPES = frozenset(facts.FAILURE_KINDS)
ACCEPTED = int(HTTPStatus.ACCEPTED)  # a plain int: the enum's attribute is a Python-level lookup on every poll
COVER = "image"  # the x-file role of a cover: a clip holding only its cover is not done yet


@dataclass(frozen=True)
class TaskStatus:
    """What one poll said.

    `state` is not_ready, running or succeeded; `clip_states` has the state of each clip as the server wrote it
    ("" when it gave none); `status` is the API's own top-level word for the task, when it reports one
    (producer's PENDING, RUNNING, ...); `stage` is how far along it looks: "waiting" (nothing to see yet),
    "running", or "near" (a clip streams or is finished); `retry_after` is the answer's Retry-After, when it
    had one (the wait loops honour it)."""

    task_id: str
    state: str
    clip_states: tuple[str, ...]
    task: Task | None
    status: str | None = None
    stage: str = "waiting"
    retry_after: float | None = None  # the server's hint (Retry-After, seconds) for the next poll, if it gave one

    @property
    def done(self) -> bool:
        return self.state == "succeeded"


def _status(
    task_id: str, state: str, clip_states: tuple[str, ...], task: Task | None, status: str | None, stage: str
) -> TaskStatus:
    """TaskStatus(...), built without the frozen dataclass's six object.__setattr__ calls (a third of what
    reading a poll cost): the same fields in the instance's __dict__ (tests/test_polls.py compares the two)."""
    made = object.__new__(TaskStatus)
    made.__dict__.update(
        task_id=task_id, state=state, clip_states=clip_states, task=task, status=status, stage=stage, retry_after=None
    )
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


def field(model: object, path: str | None) -> Any:
    """A field of a model by the spec's dotted path ("data.status"); None where any step is missing."""
    if not path:
        return None
    value = model
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


@lru_cache(maxsize=64)
def _streaming(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _has_result(clip: Clip, family: FamilyFacts) -> bool:
    """Whether a settled clip holds what it was made for: a file (its cover alone is none; a temporary stream
    is none) or an id of something made (a persona)."""
    streaming = _streaming(family.streaming_url) if family.streaming_url else None
    for name, role in family.files.items():
        value = getattr(clip, name, None)
        if role == COVER or value is None or isinstance(value, Unset) or value == "":
            continue
        if not (isinstance(value, str) and streaming is not None and streaming.search(value)):
            return True
    return any(role != "clip" and text(getattr(clip, name, None)) for name, role in family.ids.items())


def _family(value: object) -> FamilyFacts:
    family = family_of_model(value)
    if family is None:
        raise RequestValidationError(f"{type(value).__name__} is not a task or clip of the spec's families")
    return family


def clip_state(clip: Clip, family: FamilyFacts | None = None) -> str:
    """A clip's state as the server wrote it ("" when it gave none)."""
    family = family or _family(clip)
    return text(getattr(clip, family.clip_state, None)) if family.clip_state else ""


def clip_phase(clip: Clip, family: FamilyFacts | None = None) -> str | None:
    """What a clip's state means (x-phases); a clip with no state but a file to fetch counts as done."""
    family = family or _family(clip)
    state = clip_state(clip, family)
    found = family.clip_phases.get(state) if state else None
    if found is None and not state and _has_result(clip, family):
        return "done"
    if found == "done" and not _has_result(clip, family):
        return "running"  # "succeeded" without a file yet (or only a stream): keep waiting
    return found


def clip_done(clip: Clip) -> bool:
    return clip_phase(clip) == "done"


def clips_of(task: Task, family: FamilyFacts | None = None) -> list[Any]:
    """A task's clips (none when the answer holds no list); typed per family by musicapi_spec.signatures."""
    family = family or _family(task)
    if not family.clips:  # a flat task is its own clip (the clip schema is the task schema)
        return [cast("Clip", task)]
    found = field(task, family.clips)
    return list(found) if isinstance(found, list) else []


def status_of(task: Task, family: FamilyFacts | None = None) -> str | None:
    """The family's top-level status word of a task, when the family has one and the answer gives it."""
    family = family or _family(task)
    return (text(field(task, family.status)) or None) if family.status else None


def finished_clips(task: Task) -> list[Any]:
    """The clips of a finished task that have a file to download."""
    family = _family(task)
    clips = clips_of(task, family)
    if _status_phase(family, status_of(task, family)) == "done":
        return [c for c in clips if clip_phase(c, family) != "failed" and _files(c, family)]
    return [c for c in clips if clip_phase(c, family) == "done"]


def _files(clip: Clip, family: FamilyFacts) -> bool:
    return any(isinstance(getattr(clip, f, None), str) and getattr(clip, f) for f in family.files)


def _stage(phases: list[str | None]) -> str:
    if "near" in phases or "done" in phases:
        return "near"
    if phases.count(None) < len(phases):
        return "running"
    return "waiting"


def _failure(task_id: str, answer: TaskFailure, family: FamilyFacts) -> TaskStatus:
    kind = text(answer.type_)
    if kind in FAILURE_TYPES:
        words = next((m for m in (answer.error, answer.message) if isinstance(m, str) and m), f"task {kind}")
        raise TaskFailed(f"task failed ({kind}): {words}", reason=kind, task_id=task_id, body=_dump(answer))
    if isinstance(answer.additional_properties.get(family.clips), list):
        # A task body that happens to carry a `type` field: read it as the task it is.
        return task_status(task_id, parse(model(family.task), answer.to_dict(), task_id=task_id), family)
    logger.warning("task %s: unknown answer type %r, still waiting", task_id, kind)
    return TaskStatus(task_id, f"unknown:{kind}", (), None)


def _by_clips(
    task_id: str,
    answer: Task,
    phases: list[str | None],
    states: tuple[str, ...],
    status: str | None,
    clips: list[Clip],
    family: FamilyFacts,
) -> TaskStatus | None:
    """Done once every clip is settled (done or failed); TaskFailed when none succeeded; None while any runs."""
    for p in phases:
        if p != "done" and p != "failed":
            return None
    if "done" not in phases:
        reasons = [text(getattr(c, family.clip_error, None)) for c in clips] if family.clip_error else []
        why = "; ".join(r for r in reasons if r)
        raise TaskFailed(
            f"every clip failed ({', '.join(states)}){': ' + why if why else ''}",
            reason="clips_failed",
            task_id=task_id,
            body=_dump(answer),
        )
    return _status(task_id, "succeeded", states, answer, status, "near")


def _status_phase(family: FamilyFacts, status: str | None) -> str | None:
    """What a top-level status means (x-phases); the documented words are upper case, and a server that writes
    "success" or "Failed" means the same."""
    if status is None:
        return None
    found = family.status_phases.get(status)
    return found if found is not None else family.status_phases.get(status.upper())


def _task(task_id: str, answer: Task, family: FamilyFacts) -> TaskStatus:
    clips = clips_of(answer, family)
    states = tuple([clip_state(c, family) for c in clips])
    phases = [clip_phase(c, family) for c in clips]
    status = status_of(answer, family)
    task_phase = _status_phase(family, status)
    if task_phase == "failed":
        said = field(answer, family.message)
        words = said if isinstance(said, str) and said else f"task {status}"
        raise TaskFailed(f"task failed ({status}): {words}", reason=str(status), task_id=task_id, body=_dump(answer))
    if task_phase == "done":
        return _status(task_id, "succeeded", states, answer, status, "near")
    # No status (the family has none, or this answer left it out): the clips decide.
    busy = family.code is not None and field(answer, family.code) == ACCEPTED
    if (
        status is None
        and len(clips) >= (1 if family.clips_together else max(family.finished_clips, 1))
        and not busy
        and (done := _by_clips(task_id, answer, phases, states, status, clips, family))
    ):
        return done
    stage = _stage([*phases, None if task_phase in (None, "pending") else "running"])
    return _status(task_id, "running", states, answer, status, stage)


def task_status(task_id: str, answer: object, family: FamilyFacts) -> TaskStatus:
    """Interpret one get-task answer of a family; raises TaskFailed for failure bodies and failed tasks."""
    if isinstance(answer, TaskNotReady):
        return _status(task_id, "not_ready", (), None, None, "waiting")
    if isinstance(answer, TaskFailure):
        return _failure(task_id, answer, family)
    if isinstance(answer, model(family.task)):
        kind = _kind(answer)
        if kind == facts.NOT_READY:  # a task model holding a not-ready answer (a delivery read as a task)
            return _status(task_id, "not_ready", (), None, None, "waiting")
        if kind in FAILURE_TYPES:  # ... or a failure answer: failed, whatever else it holds
            return _failure(task_id, TaskFailure.from_dict(answer.to_dict()), family)
        return _task(task_id, answer, family)
    raise ResponseValidationError(f"unexpected get-task answer {type(answer).__name__}", task_id=task_id)


def named(task: Task, task_id: str, family: FamilyFacts) -> Task:
    """A finished task that says which it is: its family's task-id field (a webhook delivery's; poll answers
    leave it out) holds the id that was waited for, unless the answer gave one."""
    name = family.task_id
    if not name or "." in name or field(task, name) is not None:  # (a nested id, studio's: left as sent)
        return task
    if hasattr(task, name):
        setattr(task, name, task_id)
    elif isinstance(extra := getattr(task, "additional_properties", None), dict):  # not a property: kept beside
        extra[name] = task_id
    return task


def read_task(task: Task) -> TaskStatus:
    """What a task model says (a webhook delivery's, or one you kept): not_ready, running or succeeded; raises
    TaskFailed for a failed one."""
    family = _family(task)
    task_id = text(field(task, family.task_id))
    return task_status(task_id or "?", task, family)


@cache
def _route(name: str) -> tuple[ModuleType, Any]:
    """The generated module of a family's task endpoint and its task model (looked up once)."""
    family = facts.FAMILIES[name]
    return endpoint(family.poll), model(family.task)


def _dump(model: Any) -> str:
    import json

    try:
        return json.dumps(model.to_dict(), ensure_ascii=False)
    except (ValueError, TypeError, RecursionError, AttributeError):
        return repr(model)[:10_000]


def _dict(answer: object) -> dict[str, Any]:
    to_dict = getattr(answer, "to_dict", None)
    found = to_dict() if callable(to_dict) else None
    return found if isinstance(found, dict) else {}


def _kind(answer: object) -> object:
    """The answer-kind word (x-answer's field) an answer holds among its unknown fields, if any."""
    extra = getattr(answer, "additional_properties", None)
    return extra.get(facts.ANSWER_FIELD) if isinstance(extra, dict) else None


def _accepted(answer: object, operation: Operation, status: int | None = 200) -> Any:
    """A paid call's answer, checked to be what the spec says it answers and, when that answer names what the
    call made (x-id: a task, a clip ...), to name it; otherwise the task may exist unseen, and the error carries
    any task id the answer holds (a number, a nested one: task_id_in finds it)."""
    body = _dump(answer)
    # A synchronous result model takes any object: one holding a not-ready or failure answer is that answer.
    kind = answer.type_ if isinstance(answer, TaskNotReady | TaskFailure) else _kind(answer)
    if operation.synchronous and kind == facts.NOT_READY:
        raise ResultNotReadyError(
            f"{operation.id} is still preparing its result; ask again in a few seconds",
            status=ACCEPTED if isinstance(answer, TaskNotReady) else status,
            body=body,
            task_id=task_id_in(body),
        )
    if operation.synchronous and text(kind) in FAILURE_TYPES:
        words = _dict(answer)  # the failure's words, wherever its model keeps them
        said = next((m for m in (words.get("error"), words.get("message")) if isinstance(m, str) and m), "")
        raise TaskFailed(
            f"{operation.id} failed ({text(kind)}){': ' + said if said else ''}",
            reason=text(kind),
            status=status,
            body=body,
            task_id=task_id_in(body),
        )
    expected = model(operation.answer) if operation.answer else None
    if expected is not None and not isinstance(answer, expected):
        raise CreateResponseError(
            f"the answer is a {type(answer).__name__}, not an acceptance: the task may exist and may be charged; "
            "check your tasks before sending it again",
            status=status,
            body=body,
            task_id=task_id_in(body),
        )
    made = [path for path, role in operation.ids.items() if role != STEP]  # what the call made, not its steps
    ids = [field(answer, name) for name in made]
    if made and not any(isinstance(i, str) and i.strip() for i in ids):
        found = task_id_in(body)
        what = f"names task {found} in a form outside the spec" if found else "names no task"
        # What it made, named elsewhere than the spec says (the uploaded clip under "data", say): kept in words.
        elsewhere = named_in(body, dict.fromkeys(path.rsplit(".", 1)[-1] for path in operation.ids))
        if others := [f"{key} {value}" for key, value in elsewhere.items() if value != found]:
            what += f" (it names {', '.join(others)})"
        raise CreateResponseError(
            f"the answer {what}: the task may exist and may be charged; check your tasks before sending it again",
            status=status,
            body=body,
            task_id=found,
        )
    return answer


_IDS = {op.answer: op.ids for op in facts.OPERATIONS.values() if op.answer and op.ids}
STEP = "step"  # x-id: what a step of a call made on the way (kept in errors and records, never the result)


def ids_of(answer: object) -> dict[str, str]:
    """What a paid call's answer names, by role (the spec's x-id): {"task": ..., "clip": ...}, those it gave."""
    found: dict[str, str] = {}
    for path, role in _IDS.get(type(answer).__name__, {}).items():
        value = field(answer, path)
        if isinstance(value, str) and value.strip():
            found.setdefault(role, value)
    return found


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
            error.add_note(PAYING_NOTE)
        raise


def _followable(operation: Operation) -> Operation:
    """Before the first paid byte: what the operation starts can be polled and read (its family's task endpoint
    and task model exist), or its answer is the result. A create is never paid for a task this cannot follow."""
    family = family_of_operation(operation)
    problem = None
    if operation.polls is not None and (family is None or family.poll != operation.polls):
        problem = f"the task it starts ({operation.polls}) belongs to no family of the spec's table"
    elif operation.polls is None and not operation.synchronous:
        problem = "the spec says neither which task endpoint polls it nor that its answer is the result"
    elif family is not None:
        try:
            _route(family.name)
        except (ImportError, AttributeError) as error:
            problem = f"its family's task endpoint or model is missing from the generated client ({error})"
    if problem is not None:
        raise ConfigurationError(f"{operation.id} cannot be followed: {problem}; nothing was sent (make generate)")
    return operation


def create(client: AuthenticatedClient, body: RequestBody) -> Any:
    """Start a task (paid: see the operation's x-credits). The body is checked against the spec before anything
    is sent, and goes to the operation its model belongs to. (Typed per operation by musicapi_spec.signatures.)"""
    return created(client, body)[0]


async def acreate(client: AuthenticatedClient, body: RequestBody) -> Any:
    return (await acreated(client, body))[0]


def _prepared(client: AuthenticatedClient, body: RequestBody) -> tuple[Any, Operation]:
    from ._validation import checked_body  # loaded by the first create: a poll never needs it

    body = checked_body(body)  # a plain string for an enum field becomes its member
    _check_client(client)
    return body, _followable(operation_of(body))


def created(client: AuthenticatedClient, body: RequestBody) -> tuple[Any, float | None]:
    """create, and the server's Retry-After on its answer (when to poll first, if it says)."""
    body, operation = _prepared(client, body)
    with _paying():
        answer, raw = call_keeping_body(endpoint(operation.id).sync_detailed, client=client, body=body)
    return _accepted(answer, operation), raw.retry_after()


async def acreated(client: AuthenticatedClient, body: RequestBody) -> tuple[Any, float | None]:
    body, operation = _prepared(client, body)
    with _paying():
        answer, raw = await acall_keeping_body(endpoint(operation.id).asyncio_detailed, client=client, body=body)
    return _accepted(answer, operation), raw.retry_after()


def _upload_body(url: str, family: object) -> Any:
    """The body of a family's upload: its operation whose answer names a clip, whose one required field is a
    URL."""
    chosen = family_of(family, stacklevel=4)
    for op_id in chosen.operations:
        operation = facts.OPERATIONS[op_id]
        if "clip" not in operation.ids.values() or len(operation.variants) != 1:
            continue
        variant = facts.VARIANTS[operation.variants[0]]
        required = [f for f in variant.fields if f.required and not f.is_tag]
        rules = facts.REQUEST_SCHEMAS[variant.schema].get("properties", {})
        if len(required) == 1 and rules.get(required[0].name, {}).get("format") == "uri":
            return model(variant.schema).from_dict({required[0].name: url})
    raise RequestValidationError(f"{chosen.name} has no upload by URL in the spec")


def upload(client: AuthenticatedClient, url: str, *, family: Family | FamilyName | FamilyFacts | None = None) -> Any:
    """Import an audio file by URL into a family (paid); the answer names the clip (or the task that makes it)
    for the operations on uploaded clips."""
    return create(client, _upload_body(url, family))


async def aupload(
    client: AuthenticatedClient, url: str, *, family: Family | FamilyName | FamilyFacts | None = None
) -> Any:
    return await acreate(client, _upload_body(url, family))


def _with_task_id(error: MusicAPIError, task_id: str, family: FamilyFacts) -> MusicAPIError:
    """A poll's error is about the task polled, whatever other id the server's answer names."""
    error.task_id = task_id
    if isinstance(error, TaskNotFoundError):
        error.add_note(f"musicapi: polled as a {family.name} task; a task of another family needs its family=")
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


def _read(task_id: str, answer: object, family: FamilyFacts, raw: RawAnswer) -> TaskStatus:
    """task_status, with the answer as the server sent it in any error (failure or unreadable), and the
    server's Retry-After hint."""
    try:
        status = task_status(task_id, answer, family)
    except (ResponseValidationError, TaskFailed) as error:
        error.body = raw()
        if isinstance(error, ResponseValidationError) and error.status is None:
            error.status = raw.status
        raise
    hint = raw.retry_after()
    if hint is not None:
        status.__dict__["retry_after"] = hint  # (frozen: set as _status builds it)
    return status


def poll_once(client: AuthenticatedClient, task_id: str, family: FamilyFacts) -> TaskStatus:
    """One poll of a task of a family already resolved (the wait loops call this)."""
    try:
        check_task_id(task_id)
        module, task_model = _route(family.name)
        # The generated request and Response, parsed faster (polls.py); the raw answer kept for errors.
        answer, raw = call_keeping_body(polls.sync_detailed, module, task_model, task_id, client=client)
        return _read(task_id, answer, family, raw)
    except MusicAPIError as error:
        if (not_yet := _not_yet(task_id, error)) is not None:
            return not_yet
        raise _with_task_id(error, task_id, family) from error.__cause__


async def apoll_once(client: AuthenticatedClient, task_id: str, family: FamilyFacts) -> TaskStatus:
    try:
        check_task_id(task_id)
        module, task_model = _route(family.name)
        answer, raw = await acall_keeping_body(polls.asyncio_detailed, module, task_model, task_id, client=client)
        return _read(task_id, answer, family, raw)
    except MusicAPIError as error:
        if (not_yet := _not_yet(task_id, error)) is not None:
            return not_yet
        raise _with_task_id(error, task_id, family) from error.__cause__


def get_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    family: Family | FamilyName | FamilyFacts | None = None,
    api: str | None = None,
) -> TaskStatus:
    """Poll once (free). `family` is the family that started the task (musicapi_runtime.Family; `api=`, its
    tag, is the deprecated spelling). Errors carry the id."""
    return poll_once(client, task_id, family_of(family, api=api))


async def aget_task(
    client: AuthenticatedClient,
    task_id: str,
    *,
    family: Family | FamilyName | FamilyFacts | None = None,
    api: str | None = None,
) -> TaskStatus:
    return await apoll_once(client, task_id, family_of(family, api=api))
