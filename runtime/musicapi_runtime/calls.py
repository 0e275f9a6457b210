"""Calling generated endpoint functions with typed errors: `call(riffusion_get_task.sync_detailed, id, client=c)`.

The generated functions return error statuses as values and let transport and parsing errors escape as httpx,
JSON or KeyError exceptions. `call` / `acall` turn every one of those into a `MusicAPIError` and return the
parsed success model. POST requests (create, upload) are paid and not idempotent, so a failure after the
request may have reached the server raises an `OutcomeUnknownError`, with the task id when the raw answer
holds one.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

import httpx

from musicapi_client.types import Response

from .errors import (
    APIConnectionError,
    APITimeoutError,
    CreateConnectionError,
    CreateResponseError,
    CreateTimeoutError,
    MusicAPIError,
    ResponseValidationError,
    body_text,
    request_id_of,
    status_error,
)
from .responses import last_response
from .retry import NOT_SENT_ERRORS

P = ParamSpec("P")
T = TypeVar("T")

# What the generated parsers raise on a body they cannot read (JSONDecodeError and UnicodeError are ValueErrors).
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OverflowError)


def call(fn: Callable[P, Response[T]], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated `*_detailed` function; return its parsed 2xx model or raise a typed error."""
    token = last_response.set(None)
    try:
        try:
            response = fn(*args, **kwargs)
        except httpx.TransportError as error:
            raise transport_error(error) from error
        except httpx.HTTPError as error:  # an answer arrived but could not be read (e.g. a broken gzip body)
            raise parse_error(error) from error
        except PARSE_ERRORS as error:
            raise parse_error(error) from error
        return checked(response)
    finally:
        last_response.reset(token)


async def acall(fn: Callable[P, Awaitable[Response[T]]], *args: P.args, **kwargs: P.kwargs) -> T:
    """The async twin of `call`, for the generated `asyncio_detailed` functions."""
    token = last_response.set(None)
    try:
        try:
            response = await fn(*args, **kwargs)
        except httpx.TransportError as error:
            raise transport_error(error) from error
        except httpx.HTTPError as error:
            raise parse_error(error) from error
        except PARSE_ERRORS as error:
            raise parse_error(error) from error
        return checked(response)
    finally:
        last_response.reset(token)


def _is_paid(request: httpx.Request | None) -> bool:
    return request is not None and request.method == "POST"


def _request_of(source: httpx.Response | httpx.RequestError) -> httpx.Request | None:
    try:
        return source.request
    except RuntimeError:  # httpx raises this when no request was attached
        return None


def _kind(error: Exception) -> str:
    """A description of an httpx error that never quotes request headers (h11 quotes illegal header values)."""
    if isinstance(error, httpx.LocalProtocolError):
        return type(error).__name__
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def transport_error(error: httpx.TransportError) -> MusicAPIError:
    request = _request_of(error)
    where = f"{request.method} {request.url.path}" if request is not None else "request"
    if _is_paid(request) and not isinstance(error, NOT_SENT_ERRORS):
        if isinstance(error, httpx.TimeoutException):
            return CreateTimeoutError(
                f"{where} timed out after it was sent: the task may exist and may be charged; "
                "check your tasks before sending it again"
            )
        return CreateConnectionError(
            f"{where}: the connection dropped after the request was sent ({type(error).__name__}): "
            "the task may exist and may be charged; check your tasks before sending it again"
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(error).__name__})")
    if isinstance(error, NOT_SENT_ERRORS):
        return APIConnectionError(f"{where}: could not connect or send ({_kind(error)}); nothing was sent")
    return APIConnectionError(f"{where} failed: {_kind(error)}")


def task_id_in(body: str) -> str | None:
    """The task id in a raw create answer, if it holds one, so it is not lost with an unreadable answer."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    task_id = data.get("task_id") if isinstance(data, dict) else None
    return task_id if isinstance(task_id, str) and task_id else None


def unreadable(raw: httpx.Response, why: str) -> MusicAPIError:
    """The error for a 2xx answer that does not match the spec (a paid POST: the task may exist)."""
    body = body_text(raw)
    common: dict[str, Any] = {"status": raw.status_code, "body": body, "request_id": request_id_of(raw.headers)}
    request = _request_of(raw)
    where = f"{request.method} {request.url.path}" if request is not None else "the request"
    if _is_paid(request):
        return CreateResponseError(
            f"the answer to {where} does not match the spec ({why}): the task may exist and may be charged; "
            "check your tasks before sending it again",
            task_id=task_id_in(body),
            **common,
        )
    return ResponseValidationError(f"the answer to {where} does not match the spec ({why})", **common)


def parse_error(error: Exception) -> MusicAPIError:
    raw = last_response.get()
    if raw is not None and raw.status_code >= 400:
        # An error status with a body the models cannot read (an HTML page from a proxy, an empty 503):
        # the status decides, so a 5xx after a create still says the task may exist.
        return status_error(raw, outcome_unknown=_is_paid(_request_of(raw)))
    if raw is None:
        return ResponseValidationError(f"the response could not be parsed: {type(error).__name__}: {error}")
    return unreadable(raw, f"{type(error).__name__}: {error}"[:300])


def checked(response: Response[T]) -> T:
    raw = last_response.get()
    if raw is None:  # a client not built by connect(): rebuild what the errors need
        raw = httpx.Response(response.status_code, content=response.content, headers=response.headers)
    if response.status_code >= 400:
        raise status_error(raw, outcome_unknown=_is_paid(_request_of(raw)))
    if response.parsed is None:
        raise unreadable(raw, f"HTTP {int(response.status_code)} is not a documented answer")
    return response.parsed
