"""Typed errors. Every error carries what is known: status, message, raw body, request id and task id.

Errors that may follow a paid create that reached the server also inherit `OutcomeUnknownError`, so callers can
catch "the task may exist" in one place whatever went wrong (timeout, dropped connection, 5xx).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-vercel-id", "cf-ray")


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
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = body
        self.request_id = request_id
        self.task_id = task_id

    def __str__(self) -> str:
        extra = [f"{k}={v}" for k, v in (("status", self.status), ("task_id", self.task_id)) if v is not None]
        if self.request_id:
            extra.append(f"request_id={self.request_id}")
        return f"{self.message} ({', '.join(extra)})" if extra else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r}, task_id={self.task_id!r})"


class ConfigurationError(MusicAPIError):
    """The client cannot be built as asked (for example: no API key)."""


class RequestValidationError(MusicAPIError, ValueError):
    """The request breaks a rule of the spec; nothing was sent."""


class OutcomeUnknownError(MusicAPIError):
    """A create or upload may have reached the server: the task may exist and may have been charged.

    Do not simply send it again; look for the task first (its id is unknown when the answer was lost)."""


class APIConnectionError(MusicAPIError):
    """The connection failed or dropped before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(MusicAPIError):
    """The server answered with an error status."""


class BadRequestError(APIStatusError):
    """400: the server refused the request."""


class TaskNotFoundError(BadRequestError):
    """400 "task not found." (the API's answer for an unknown task id)."""


class AuthenticationError(APIStatusError):
    """401: the key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """402/403: not enough credits, no subscription, or content refused by moderation."""

    def __init__(self, message: str, *, out_of_credits: bool = False, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.out_of_credits = out_of_credits


class NotFoundError(APIStatusError):
    """404."""


class GoneError(APIStatusError):
    """410: the vendor retired this endpoint."""


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


def body_text(response: httpx.Response) -> str:
    """The body as text, or "" when it could not be read or decoded (e.g. a broken gzip stream)."""
    try:
        return response.text
    except (httpx.HTTPError, httpx.StreamError, ValueError):
        return ""


def request_id_of(headers: Mapping[str, str]) -> str | None:
    for name in REQUEST_ID_HEADERS:
        if value := headers.get(name):
            return str(value)
    return None


def message_of(body: str, status: int) -> str:
    """The server's own words from any of the error body shapes it uses."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict):
        for key in ("error", "message", "detail"):
            if isinstance(data.get(key), str) and data[key]:
                return str(data[key])
    text = body.strip()
    return text[:200] if text else f"HTTP {status}"


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date. None if absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # only needed for the rare date form
    from time import time

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return max(0.0, moment.timestamp() - time())


OUT_OF_CREDITS_WORDS = ("credit", "balance", "insufficient")


def status_error(response: httpx.Response, *, outcome_unknown: bool = False) -> APIStatusError:
    """The typed error for an error response (its body must already be read)."""
    status = response.status_code
    body = body_text(response)
    message = message_of(body, status)
    common: dict[str, Any] = {"status": status, "body": body, "request_id": request_id_of(response.headers)}
    if status == 400:
        if "task not found" in message.lower():
            return TaskNotFoundError(message, **common)
        return BadRequestError(message, **common)
    if status == 401:
        return AuthenticationError(message, **common)
    if status in (402, 403):
        out = status == 402 or any(word in message.lower() for word in OUT_OF_CREDITS_WORDS)
        return PermissionDeniedError(message, out_of_credits=out, **common)
    if status == 404:
        return NotFoundError(message, **common)
    if status == 410:
        return GoneError(message, **common)
    if status == 429:
        return RateLimitError(message, retry_after=parse_retry_after(response.headers.get("retry-after")), **common)
    if status >= 500:
        if outcome_unknown:
            return CreateServerError(
                f"{message} — the server failed after receiving the create: the task may exist and may be charged",
                **common,
            )
        return ServerError(message, **common)
    return APIStatusError(message, **common)
