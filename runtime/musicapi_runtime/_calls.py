"""Calling generated endpoint functions with typed errors: `call(riffusion_get_task.sync_detailed, id, client=c)`.

The generated functions return error statuses as values and let transport and parsing errors escape as httpx,
JSON or KeyError exceptions. `call` / `acall` turn every one of those into a `MusicAPIError` and return the
parsed success model. POST requests (create, upload) are paid and not idempotent, so a failure after the
request may have reached the server raises an `OutcomeUnknownError`, with the task id when the raw answer
holds one. `parse` is the one checked way to read server data into a generated model anywhere else.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, Protocol, TypeVar

import httpx

from musicapi_client.types import Response

from ._errors import (
    MAY_EXIST,
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    CreateConnectionError,
    CreateResponseError,
    CreateTimeoutError,
    MusicAPIError,
    RequestValidationError,
    ResponseValidationError,
    parse_retry_after,
    request_id_of,
    status_error,
)
from ._raw import body_text, decoded, key_of, loads, received_text, scrub, scrub_chain, task_id_in
from ._redact import known_secrets, may_hold, redact
from ._responses import last_response
from ._retry import NOT_SENT_ERRORS
from ._spec import operation_at

P = ParamSpec("P")
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # (and so UTF-32's)
T = TypeVar("T")
M = TypeVar("M", covariant=True)

# What the generated parsers raise on a body they cannot read (JSONDecodeError and UnicodeError are ValueErrors).
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OverflowError, LookupError)
CLOSED_CLIENT = "client has been closed"  # httpx's refusal to send on a closed client, raised before anything


def call(fn: Callable[P, Response[T]], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run a generated `*_detailed` function; return its parsed 2xx model or raise a typed error."""
    return call_keeping_body(fn, *args, **kwargs)[0]


async def acall(fn: Callable[P, Awaitable[Response[T]]], *args: P.args, **kwargs: P.kwargs) -> T:
    """The async twin of `call`, for the generated `asyncio_detailed` functions."""
    return (await acall_keeping_body(fn, *args, **kwargs))[0]


def call_keeping_body(fn: Callable[P, Response[T]], *args: P.args, **kwargs: P.kwargs) -> tuple[T, RawAnswer]:
    """`call`, also returning the raw answer (its status, and its text with the key scrubbed, decoded only if
    asked for) for errors found later in it."""
    token = last_response.set(None)
    try:
        try:
            response = fn(*args, **kwargs)
        except Exception as error:
            raise translated(error) from _scrubbed_cause(error)
        answer = RawAnswer(response, last_response.get())
        return without_secrets(checked(response), answer), answer
    finally:
        last_response.reset(token)


async def acall_keeping_body(
    fn: Callable[P, Awaitable[Response[T]]], *args: P.args, **kwargs: P.kwargs
) -> tuple[T, RawAnswer]:
    token = last_response.set(None)
    try:
        try:
            response = await fn(*args, **kwargs)
        except Exception as error:
            raise translated(error) from _scrubbed_cause(error)
        answer = RawAnswer(response, last_response.get())
        return without_secrets(checked(response), answer), answer
    finally:
        last_response.reset(token)


class RawAnswer:
    """An answer as received: `status`, `text()` as it came, and calling it gives that text, secrets scrubbed."""

    __slots__ = ("raw", "request", "response", "status")

    def __init__(self, response: Response[Any], raw: httpx.Response | None) -> None:
        self.response, self.raw, self.status = response, raw, int(response.status_code)
        self.request = None if raw is None else _request_of(raw)

    def text(self) -> str:
        return decoded(bytes(self.response.content)) if self.raw is None else body_text(self.raw)

    def __call__(self) -> str:
        return scrub(self.text(), self.request)

    def retry_after(self) -> float | None:
        """The server's Retry-After on this answer, in seconds (its hint for when to ask again), if it gave one."""
        value = self.response.headers.get("retry-after")
        return None if value is None else parse_retry_after(value)


def without_secrets(parsed: T, answer: RawAnswer) -> T:
    """The parsed answer, or, when the server quoted a secret of this process in it (the key, a webhook secret
    sent: whole, cut short or escaped), the same answer with the secret replaced by [redacted] everywhere
    (repr, to_dict, every field). Rare, so the common answer costs one search per secret."""
    secrets = [*key_of(answer.request), *known_secrets()]
    content = bytes(answer.response.content)
    if not (content[:4].count(0) or content.startswith(UTF16_BOMS) or may_hold(content, secrets)):
        return parsed  # (a UTF-16 or UTF-32 body is read as text)
    text = answer.text()
    if redact(text, secrets) == text:
        return parsed
    to_dict = getattr(parsed, "to_dict", None)
    data = loads(redact(_dump(to_dict() if callable(to_dict) else parsed), secrets))
    rebuilt: T = parse(type(parsed), data)  # type: ignore[arg-type]  # a generated model, rebuilt from its data
    return rebuilt


def _scrubbed_cause(error: Exception) -> Exception:
    """The exception a library error is raised from, secrets out of it and its own chain (raw.scrub_chain)."""
    raw = last_response.get()
    scrub_chain(error, None if raw is None else _request_of(raw))
    return error


class Model(Protocol[M]):
    def from_dict(self, src_dict: Any, /) -> M: ...


def parse(model: Model[M], data: Any, *, task_id: str | None = None) -> M:
    """Server data as a generated model, or ResponseValidationError (never a bare TypeError or ValueError)."""
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        return model.from_dict(data)
    except PARSE_ERRORS as error:
        raise ResponseValidationError(
            f"the answer does not match the spec ({type(error).__name__}: {str(error)[:200]})",
            body=_dump(data),
            task_id=task_id,
        ) from scrub_chain(error)


def _dump(data: Any) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, default=repr)[:100_000]
    except (ValueError, TypeError, RecursionError):
        return repr(data)[:100_000]


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
    text = str(error)
    return f"{type(error).__name__}: {text[:200]}" if text else type(error).__name__


def where(request: httpx.Request | None) -> str:
    """ "POST https://api.musicapi.ai/api/v1/producer/create": the host too, so a wrong base URL is visible."""
    if request is None:
        return "the request"
    url = request.url
    return f"{request.method} {url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}"


def translated(error: Exception) -> MusicAPIError:
    """Any exception from a generated endpoint function, as the library's own error."""
    if isinstance(error, MusicAPIError):
        return error
    if isinstance(error, httpx.TransportError):
        return transport_error(error)
    raw = last_response.get()
    if raw is None and isinstance(error, RuntimeError) and CLOSED_CLIENT in str(error):
        return ConfigurationError(
            "this client's httpx client was closed (`async with client:` or aclose() closes it for good), so "
            "nothing was sent; make a new client with connect()"
        )
    if raw is None and isinstance(error, httpx.InvalidURL | ValueError | TypeError | httpx.StreamError):
        # Nothing came back, so this happened while building the request (text that cannot be encoded,
        # an unusable URL): nothing was sent.
        return RequestValidationError(f"the request could not be sent ({_kind(error)}); nothing was sent{_why(error)}")
    return parse_error(error)  # an answer arrived but could not be read (a broken gzip body, a malformed model)


def _why(error: Exception) -> str:
    """What to fix when a request cannot even be built."""
    text = f"{type(error).__name__} {error}".lower()
    if "idna" in text or isinstance(error, httpx.InvalidURL):
        return " (the base URL or its host name is not valid)"
    if isinstance(error, UnicodeError) and "surrogate" in text:
        return " (text must be valid Unicode, without lone surrogates)"
    return ""


def transport_error(error: httpx.TransportError) -> MusicAPIError:
    request = _request_of(error)
    place = where(request)
    if _is_paid(request) and not isinstance(error, NOT_SENT_ERRORS):
        # Whatever part of an answer arrived before the connection failed may name the task.
        raw = last_response.get()
        partial = scrub(received_text(raw), request)
        common: dict[str, Any] = {"body": partial or None, "task_id": task_id_in(partial)}
        if raw is not None and partial:
            common.update(status=raw.status_code, request_id=request_id_of(raw.headers))
        cut = " (the answer was cut short)" if partial else ""
        if isinstance(error, httpx.TimeoutException):
            return CreateTimeoutError(f"{place} timed out after it was sent{cut}: {MAY_EXIST}", **common)
        return CreateConnectionError(
            f"{place}: the connection dropped after the request was sent{cut} ({type(error).__name__}): {MAY_EXIST}",
            **common,
        )
    if isinstance(error, NOT_SENT_ERRORS):
        verb = "timed out connecting" if isinstance(error, httpx.TimeoutException) else "could not connect"
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return kind(f"{place}: {verb} ({_kind(error)}); nothing was sent")
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{place} timed out ({type(error).__name__})")
    return APIConnectionError(f"{place} failed: {_kind(error)}")


def unreadable(raw: httpx.Response, why: str) -> MusicAPIError:
    """The error for a 2xx answer that does not match the spec (a paid POST: the task may exist)."""
    request = _request_of(raw)
    body = scrub(body_text(raw), request)
    common: dict[str, Any] = {"status": raw.status_code, "body": body, "request_id": request_id_of(raw.headers)}
    why = scrub(why, request)
    if _is_paid(request):
        return CreateResponseError(
            f"the answer to {where(request)} does not match the spec ({why}): {MAY_EXIST}",
            task_id=task_id_in(body),
            **common,
        )
    return ResponseValidationError(f"the answer to {where(request)} does not match the spec ({why})", **common)


def error_for_status(raw: httpx.Response) -> MusicAPIError:
    request = _request_of(raw)
    return status_error(raw, paid=_is_paid(request), gone=gone_detail(request))


def gone_detail(request: httpx.Request | None) -> tuple[str, str] | None:
    """(what was retired, its documented replacement) for a 410, from the operation's x-retired / x-successor."""
    if request is None:
        return None
    operation = operation_at(request.method, request.url.path)
    if operation is None:
        return None
    if operation.retired and operation.retired_field:
        try:
            data = json.loads(request.content or b"{}")
        except (ValueError, RecursionError):
            data = None
        kind = data.get(operation.retired_field) if isinstance(data, dict) else None
        if isinstance(kind, str):
            return f"{operation.retired_field} {kind}", operation.retired.get(kind, "")
    return operation.id, operation.gone or operation.successor or ""


def parse_error(error: Exception) -> MusicAPIError:
    raw = last_response.get()
    if raw is not None and raw.status_code >= 400:
        # An error status with a body the models cannot read (an HTML page from a proxy, an empty 503):
        # the status decides, so a 5xx after a create still says the task may exist.
        return error_for_status(raw)
    if raw is None:
        return ResponseValidationError(f"the response could not be read: {_kind(error)}")
    return unreadable(raw, _kind(error)[:300])


def checked(response: Response[T]) -> T:
    raw = last_response.get()
    if raw is None:  # a client not built by connect(): rebuild what the errors need
        raw = httpx.Response(response.status_code, content=response.content, headers=response.headers)
    if response.status_code >= 400:
        raise error_for_status(raw)
    if response.parsed is None:
        raise unreadable(raw, f"HTTP {int(response.status_code)} is not a documented answer")
    return response.parsed
