"""Calling generated endpoint functions with typed errors: `call(riffusion_get_task.sync_detailed, id, client=c)`.

The generated functions return error statuses as values and let transport and parsing errors escape as httpx,
JSON or KeyError exceptions. `call` / `acall` turn every one of those into a `MusicAPIError` and return the
parsed success model. POST requests (create, upload) are paid and not idempotent, so a failure after the
request may have reached the server raises an `OutcomeUnknownError`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

import httpx

from musicapi_client.types import Response

from .errors import (
    APIConnectionError,
    APITimeoutError,
    CreateConnectionError,
    CreateTimeoutError,
    MusicAPIError,
    ResponseValidationError,
    request_id_of,
    status_error,
)
from .responses import last_response
from .retry import NOT_SENT_ERRORS

P = ParamSpec("P")
T = TypeVar("T")

PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError)


def call(fn: Callable[P, Response[T]], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated `*_detailed` function; return its parsed 2xx model or raise a typed error."""
    token = last_response.set(None)
    try:
        try:
            response = fn(*args, **kwargs)
        except httpx.TransportError as error:
            raise transport_error(error) from error
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


def transport_error(error: httpx.TransportError) -> MusicAPIError:
    request = _request_of(error) if isinstance(error, httpx.RequestError) else None
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
        return APIConnectionError(f"{where}: could not connect ({type(error).__name__}: {error}); nothing was sent")
    return APIConnectionError(f"{where} failed: {type(error).__name__}: {error}")


def parse_error(error: Exception) -> MusicAPIError:
    raw = last_response.get()
    if raw is not None and raw.status_code >= 400:
        # An error status with a body the models cannot read (an HTML page from a proxy, an empty 503):
        # the status decides, so a 5xx after a create still says the task may exist.
        return status_error(raw, outcome_unknown=_is_paid(_request_of(raw)))
    if raw is None:
        return ResponseValidationError(f"the response could not be parsed: {type(error).__name__}: {error}")
    return ResponseValidationError(
        f"the server's answer to {raw.request.method} {raw.request.url.path} does not match the spec "
        f"({type(error).__name__}: {error})",
        status=raw.status_code,
        body=raw.text,
        request_id=request_id_of(raw.headers),
    )


def checked(response: Response[T]) -> T:
    raw = last_response.get()
    if response.status_code >= 400:
        if raw is None:  # a client not built by connect(): rebuild what the error needs
            raw = httpx.Response(response.status_code, content=response.content, headers=response.headers)
        raise status_error(raw, outcome_unknown=_is_paid(_request_of(raw)))
    if response.parsed is None:
        raise ResponseValidationError(
            f"unexpected HTTP {int(response.status_code)} with a body the spec does not describe",
            status=response.status_code,
            body=response.content.decode("utf-8", "replace"),
            request_id=request_id_of(response.headers),
        )
    return response.parsed
