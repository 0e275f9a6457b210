"""Typed errors. Every error carries what is known: status, message, raw body, request id and task id.

Errors that may follow a paid create that reached the server also inherit `OutcomeUnknownError`, so callers can
catch "the task may exist" in one place whatever went wrong (timeout, dropped connection, 408, 5xx). Messages
and bodies never hold the API key: server text is scrubbed before it is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

import musicapi_spec as facts

from ._raw import body_text, message_of, scrub, task_id_in

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-vercel-id", "cf-ray")
MAY_EXIST = "the task may exist and may be charged; check your tasks before sending it again"
# The note a Ctrl-C (or a cancellation) gets when it comes while a paid call is being sent (tasks._paying).
PAYING_NOTE = f"musicapi: interrupted while a paid create was being sent: {MAY_EXIST}"


class MusicAPIError(Exception):
    """Base class of every error this library raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        body: str | None = None,
        request_id: str | None = None,
        task_id: str | None = None,
    ) -> None:
        message = scrub(message)  # whatever a message quotes (server text, a URL), no key leaves in it
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = None if body is None else scrub(body)
        self.request_id = None if request_id is None else scrub(request_id)
        self.task_id = task_id

    def __str__(self) -> str:
        extra = [f"{k}={v}" for k, v in (("status", self.status), ("task_id", self.task_id)) if v is not None]
        if self.request_id:
            extra.append(f"request_id={self.request_id}")
        return scrub(f"{self.message} ({', '.join(extra)})" if extra else self.message)

    def __repr__(self) -> str:
        return scrub(f"{type(self).__name__}({self.message!r}, status={self.status!r}, task_id={self.task_id!r})")


class ConfigurationError(MusicAPIError):
    """The client cannot be built as asked (for example: no API key)."""


class RequestValidationError(MusicAPIError, ValueError):
    """The request breaks a rule of the spec, or cannot be sent at all; nothing was sent.

    `problems` lists each broken rule as (field, what is wrong), e.g. ("title", "has 85 characters; ...")."""

    def __init__(self, message: str, *, problems: tuple[tuple[str, str], ...] = (), **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.problems = problems


class OutcomeUnknownError(MusicAPIError):
    """A create or upload may have reached the server: the task may exist and may have been charged.

    Do not simply send it again; look for the task first (`task_id` is set when the server's answer held one)."""


class APIConnectionError(MusicAPIError):
    """The connection failed or dropped before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(MusicAPIError):
    """The server answered with an error status."""


class BadRequestError(APIStatusError):
    """400: the server refused the request."""


class NotFoundError(APIStatusError):
    """404."""


class TaskNotFoundError(BadRequestError, NotFoundError):
    """ "task not found." (the API's answer for an unknown task id: a 400 mostly, a 404 on some endpoints)."""


class ResultNotReadyError(APIStatusError):
    """An operation that answers with its result (a MIDI file, say) said it is still preparing it (HTTP 202 and
    a not-ready body): nothing is lost; ask again in a few seconds."""


class AuthenticationError(APIStatusError):
    """401: the key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """402/403: not enough credits, no subscription, or content refused by moderation."""

    def __init__(self, message: str, *, out_of_credits: bool = False, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.out_of_credits = out_of_credits


class RequestTimeoutError(APIStatusError):
    """408: the server gave up waiting for the request."""


class GoneError(APIStatusError):
    """410: the vendor retired this endpoint or operation; `retired` names it and `replacement` says what to use."""

    def __init__(self, message: str, *, retired: str | None = None, replacement: str | None = None, **kw: Any):
        super().__init__(message, **kw)
        self.retired = retired
        self.replacement = replacement


class RateLimitError(APIStatusError):
    """429 after the retries ran out; `retry_after` is the server's advice in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """5xx after the retries ran out."""


class CreateConnectionError(APIConnectionError, OutcomeUnknownError):
    """The connection dropped after a create or upload was sent: the task may exist."""


class CreateTimeoutError(APITimeoutError, OutcomeUnknownError):
    """A create or upload timed out after it was sent: the task may exist."""


class CreateServerError(ServerError, OutcomeUnknownError):
    """A create or upload got a 5xx: the task may exist."""


class CreateRequestTimeoutError(RequestTimeoutError, OutcomeUnknownError):
    """A create or upload got a 408: the server may have acted on it, so the task may exist."""


class CreateRefusedWithTaskError(APIStatusError, OutcomeUnknownError):
    """A create or upload got an error status whose body still names a task: the task may exist."""


class ResponseValidationError(MusicAPIError):
    """The server's answer does not match the spec; `body` holds it as received."""


class CreateResponseError(ResponseValidationError, OutcomeUnknownError):
    """A create or upload got a 2xx answer that does not match the spec: the task may exist.

    `task_id` is set when the raw answer holds one."""


class TaskFailed(MusicAPIError):
    """The task ended in failure (credits are refunded by the API); `reason` is the failure type."""

    def __init__(self, message: str, *, reason: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reason = reason


class WaitTimeout(MusicAPIError, TimeoutError):
    """The task did not finish before the wait's deadline; it may still finish later."""

    def __init__(self, message: str, *, last_state: str | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.last_state = last_state


class DownloadError(MusicAPIError):
    """A file could not be downloaded; nothing partial was left behind."""


class WebhookVerificationError(MusicAPIError):
    """A webhook delivery failed verification (signature, timestamp or shape); never echoes the secret."""


def outcome_unknown(error: BaseException) -> bool:
    """Whether `error` leaves it unknown if a paid call created a task: an OutcomeUnknownError, or a Ctrl-C or
    cancellation that came while a create was being sent (the runtime adds a note saying so)."""
    return isinstance(error, OutcomeUnknownError) or PAYING_NOTE in getattr(error, "__notes__", ())


def request_id_of(headers: Mapping[str, str]) -> str | None:
    for name in REQUEST_ID_HEADERS:
        if value := headers.get(name):
            return str(value)[:200]
    return None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date. None if absent or unreadable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None
    from email.utils import parsedate_to_datetime  # only needed for the rare date form
    from time import time

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    try:
        return max(0.0, moment.timestamp() - time())
    except (OverflowError, ValueError, OSError):
        return None


OUT_OF_CREDITS_WORDS = ("credit", "balance", "insufficient")
# The API's words for an unknown task id (400 mostly, 404 on some endpoints): the `task_not_found` examples.
NOT_FOUND_MESSAGES = frozenset(
    str(example["error"]).lower()
    for answers in facts.EXAMPLES.values()
    for status in ("400", "404")
    for name, example in answers.get(status, {}).items()
    if name == "task_not_found" and isinstance(example.get("error"), str)
)


def status_error(
    response: httpx.Response,
    *,
    paid: bool = False,
    gone: tuple[str, str] | None = None,
    hint: str = "",
) -> APIStatusError:
    """The typed error for an error response (its body must already be read).

    `paid`: the request was a create or upload, so a 408 or 5xx, or any error naming a task, may have charged.
    `gone`: (what was retired, the documented replacement) for a 410. `hint` is added to the message."""
    request = response.request if _has_request(response) else None
    status = response.status_code
    body = scrub(body_text(response), request)
    message = scrub(message_of(body, status), request) + hint
    task_id = task_id_in(body)
    common: dict[str, Any] = {
        "status": status,
        "body": body,
        "request_id": request_id_of(response.headers),
        "task_id": task_id,
    }
    if paid and (status == 408 or status >= 500):
        if status == 408:
            return CreateRequestTimeoutError(f"{message} (HTTP 408 after the create was sent): {MAY_EXIST}", **common)
        return CreateServerError(_failed_after_create(message, status), **common)
    if paid and task_id is not None:
        return CreateRefusedWithTaskError(f"{message} — the answer names task {task_id}: {MAY_EXIST}", **common)
    if status == 400:
        if message.lower() in NOT_FOUND_MESSAGES:
            return TaskNotFoundError(message, **common)
        return BadRequestError(message, **common)
    if status == 401:
        return AuthenticationError(message, **common)
    if status in (402, 403):
        out = status == 402 or any(word in message.lower() for word in OUT_OF_CREDITS_WORDS)
        return PermissionDeniedError(message, out_of_credits=out, **common)
    if status == 404:
        if message.lower() in NOT_FOUND_MESSAGES:
            return TaskNotFoundError(message, **common)
        return NotFoundError(message, **common)
    if status == 408:
        return RequestTimeoutError(message, **common)
    if status == 410:
        retired, replacement = gone or (None, None)
        if retired and replacement:
            message = f"{message} — {retired} was retired by the API; use {replacement} instead"
        elif retired:
            message = f"{message} — {retired} was retired by the API"
        return GoneError(message, retired=retired, replacement=replacement, **common)
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return RateLimitError(message, retry_after=retry_after, **common)
    if status >= 500:
        return ServerError(message, **common)
    return APIStatusError(message, **common)


def _failed_after_create(message: str, status: int) -> str:
    """A 5xx after a create, in words that do not contradict the server's: the API's 502s say "credits
    refunded", yet a task it registered before failing may still run."""
    if "refund" in message.lower():
        return (
            f"{message} — the server failed after receiving the create (HTTP {status}): the task may exist anyway; "
            "check your tasks before sending it again"
        )
    return f"{message} — the server failed after receiving the create: {MAY_EXIST}"


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - httpx raises RuntimeError when no request is attached
    except RuntimeError:
        return False
    return True
