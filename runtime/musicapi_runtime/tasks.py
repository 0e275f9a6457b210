"""Riffusion task helpers on top of `call`: a checked create, and what a get-task answer means.

A task's answer is one of: not ready yet, failed (TaskFailed is raised), running (zero or one clip, or clips not
finished), or finished (two clips, each succeeded or failed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from musicapi_client import AuthenticatedClient
from musicapi_client.api.riffusion import riffusion_create, riffusion_get_task, riffusion_upload
from musicapi_client.models import (
    RiffusionClip,
    RiffusionCover,
    RiffusionCoverUploadMusic,
    RiffusionCreateResponse,
    RiffusionCreateWithDescription,
    RiffusionCreateWithLyrics,
    RiffusionExtend,
    RiffusionExtendUploadMusic,
    RiffusionReplaceSection,
    RiffusionReplaceUploadMusic,
    RiffusionSwapSound,
    RiffusionSwapUploadMusicSound,
    RiffusionSwapUploadMusicVocals,
    RiffusionSwapVocals,
    RiffusionTask,
    RiffusionTaskFailure,
    RiffusionTaskFailureType,
    RiffusionTaskNotReady,
    RiffusionUploadRequest,
    RiffusionUploadResponse,
)
from musicapi_client.types import Unset

from .calls import acall, call
from .errors import CreateResponseError, MusicAPIError, ResponseValidationError, TaskFailed
from .log import logger
from .validation import validate_body

TaskAnswer = RiffusionTaskNotReady | RiffusionTaskFailure | RiffusionTask
# The generated create variants (the spec's oneOf); tests/test_validation.py keeps this equal to the generated union.
CreateBody = (
    RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionCover
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals
    | RiffusionExtendUploadMusic
    | RiffusionCoverUploadMusic
    | RiffusionReplaceUploadMusic
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
)

FAILURE_TYPES = frozenset({*(t.value for t in RiffusionTaskFailureType), "error"})
DONE_STATES = frozenset({"succeeded", "complete"})
FAILED_STATES = frozenset({"failed", "error"})
CLIPS_PER_TASK = 2
M = TypeVar("M")


def expect(value: object, model: type[M]) -> M:
    """The 2xx answer as the model the operation promises; anything else is a malformed answer."""
    if isinstance(value, model):
        return value
    raise ResponseValidationError(
        f"expected {model.__name__} in a 2xx answer, got {type(value).__name__}",
        body=_body_text(value) if hasattr(value, "to_dict") else repr(value),
    )


@dataclass(frozen=True)
class TaskStatus:
    """What one poll said: `state` is not_ready, running or succeeded; `clip_states` one entry per clip."""

    task_id: str
    state: str
    clip_states: tuple[str, ...]
    task: RiffusionTask | None

    @property
    def done(self) -> bool:
        return self.state == "succeeded"


def clip_state(clip: RiffusionClip) -> str:
    state = clip.state
    if state is None or isinstance(state, Unset):
        # No state at all: an audio URL is the only sign that the clip is ready.
        return "succeeded" if _has_audio(clip) else "unknown"
    return str(state)


def _has_audio(clip: RiffusionClip) -> bool:
    return isinstance(clip.audio_url, str) and bool(clip.audio_url)


def clip_done(clip: RiffusionClip) -> bool:
    return clip_state(clip) in DONE_STATES and _has_audio(clip)


def _body_text(model: Any) -> str:
    return json.dumps(model.to_dict(), ensure_ascii=False)


def task_status(task_id: str, answer: object) -> TaskStatus:
    """Interpret one get-task answer; raises TaskFailed for failure bodies and tasks whose clips all failed."""
    if not isinstance(answer, TaskAnswer):
        raise ResponseValidationError(f"unexpected get-task answer {type(answer).__name__}", task_id=task_id)
    if isinstance(answer, RiffusionTaskNotReady):
        return TaskStatus(task_id, "not_ready", (), None)
    if isinstance(answer, RiffusionTaskFailure):
        kind = str(answer.type_)
        if kind in FAILURE_TYPES:
            text = next((m for m in (answer.error, answer.message) if isinstance(m, str) and m), f"task {kind}")
            raise TaskFailed(f"task failed ({kind}): {text}", reason=kind, task_id=task_id, body=_body_text(answer))
        if isinstance(answer.additional_properties.get("data"), list):
            # A task envelope that happens to carry a `type` field: read it as the envelope it is.
            return task_status(task_id, RiffusionTask.from_dict(answer.to_dict()))
        logger.warning("task %s: unknown answer type %r, still waiting", task_id, kind)
        return TaskStatus(task_id, f"unknown:{kind}", (), None)
    clips = answer.data if isinstance(answer.data, list) else []
    states = tuple(clip_state(c) for c in clips)
    done = [state in DONE_STATES and _has_audio(c) for c, state in zip(clips, states, strict=True)]
    settled = all(ok or state in FAILED_STATES for ok, state in zip(done, states, strict=True))
    if len(clips) >= CLIPS_PER_TASK and settled and answer.code != 202:
        if not any(done):
            raise TaskFailed(
                f"every clip failed ({', '.join(states)})",
                reason="clips_failed",
                task_id=task_id,
                body=_body_text(answer),
            )
        return TaskStatus(task_id, "succeeded", states, answer)
    return TaskStatus(task_id, "running", states, answer)


def _checked_create(answer: RiffusionCreateResponse) -> RiffusionCreateResponse:
    if not isinstance(answer.task_id, str) or not answer.task_id:
        raise CreateResponseError(
            "the create answer has no usable task_id: the task may exist and may be charged; check your tasks",
            status=200,
            body=_body_text(answer),
        )
    return answer


def _checked_upload(answer: RiffusionUploadResponse) -> RiffusionUploadResponse:
    if not isinstance(answer.clip_id, str) or not answer.clip_id:
        raise CreateResponseError(
            "the upload answer has no usable clip_id: the upload may have been charged",
            status=200,
            body=_body_text(answer),
        )
    return answer


def create(client: AuthenticatedClient, body: CreateBody) -> RiffusionCreateResponse:
    """Start a task (paid: 12 credits). The body is checked against the spec's limits before anything is sent."""
    validate_body(body)
    answer = call(riffusion_create.sync_detailed, client=client, body=body)
    return _checked_create(expect(answer, RiffusionCreateResponse))


async def acreate(client: AuthenticatedClient, body: CreateBody) -> RiffusionCreateResponse:
    validate_body(body)
    answer = await acall(riffusion_create.asyncio_detailed, client=client, body=body)
    return _checked_create(expect(answer, RiffusionCreateResponse))


def upload(client: AuthenticatedClient, url: str) -> RiffusionUploadResponse:
    """Import an audio file by URL (paid: 2 credits); returns the clip id for the *_upload_* operations."""
    body = RiffusionUploadRequest(url=url)
    validate_body(body)
    answer = call(riffusion_upload.sync_detailed, client=client, body=body)
    return _checked_upload(expect(answer, RiffusionUploadResponse))


async def aupload(client: AuthenticatedClient, url: str) -> RiffusionUploadResponse:
    body = RiffusionUploadRequest(url=url)
    validate_body(body)
    answer = await acall(riffusion_upload.asyncio_detailed, client=client, body=body)
    return _checked_upload(expect(answer, RiffusionUploadResponse))


def _with_task_id(error: MusicAPIError, task_id: str) -> MusicAPIError:
    if error.task_id is None:
        error.task_id = task_id
    return error


def get_task(client: AuthenticatedClient, task_id: str) -> TaskStatus:
    """Poll once (free). Errors carry the task id."""
    try:
        answer = call(riffusion_get_task.sync_detailed, task_id, client=client)
        return task_status(task_id, answer)
    except MusicAPIError as error:
        raise _with_task_id(error, task_id) from error.__cause__


async def aget_task(client: AuthenticatedClient, task_id: str) -> TaskStatus:
    try:
        answer = await acall(riffusion_get_task.asyncio_detailed, task_id, client=client)
        return task_status(task_id, answer)
    except MusicAPIError as error:
        raise _with_task_id(error, task_id) from error.__cause__
