"""Retries as httpx transports, so every call made through the generated client gets them.

Rule: a request is sent again only when sending it twice cannot cost the user twice.
- GET (and other idempotent methods): retried on connection errors, timeouts, 408, 429 and 5xx.
- POST (create, upload: paid and not idempotent): retried only when the request certainly never reached the
  server (the connection could not be opened) or the server refused it with a 429 that names no task.
- POSTs go over a fresh connection each time, never a pooled one: a pooled connection the server has quietly
  closed would fail after the request was written, and "did the create arrive?" would have no answer.
- A deadline set with `deadline_at()` bounds every attempt's timeouts and stops retries that would pass it.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from ._errors import ConfigurationError, parse_retry_after
from ._log import log_exchange, logger, request_line
from ._raw import body_text, task_id_in
from ._responses import arecord, last_response, record
from ._tls import verified

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Failures that happen before a single byte of the request is written: no connection, no free connection, a
# request h11 refuses to write (an illegal header value), a URL scheme with no transport.
CONNECT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NEVER_SENDABLE: tuple[type[Exception], ...] = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
NOT_SENT_ERRORS = CONNECT_ERRORS + NEVER_SENDABLE
# Idle pooled connections outlive the longest poll interval, so a whole wait uses one connection. A server that
# closes one first is noticed before reuse (httpcore checks the socket), and a GET on it is simply retried.
KEEPALIVE_SECONDS = 120.0

deadline: ContextVar[float | None] = ContextVar("musicapi_deadline", default=None)


@contextmanager
def deadline_at(moment: float | None) -> Iterator[None]:
    """Requests made inside the block (same thread or task) finish, retries included, by `moment`
    (time.monotonic()); an earlier deadline already in force wins."""
    current = deadline.get()
    token = deadline.set(moment if current is None or (moment is not None and moment < current) else current)
    try:
        yield
    finally:
        deadline.reset(token)


def remaining() -> float | None:
    end = deadline.get()
    return None if end is None else end - time.monotonic()


def cap_timeouts(request: httpx.Request) -> None:
    """Shorten this attempt's timeouts so that it ends by the deadline."""
    left = remaining()
    if left is None:
        return
    left = max(left, 0.001)
    timeouts = request.extensions.get("timeout") or {}
    request.extensions["timeout"] = {
        name: left if value is None else min(value, left)
        for name, value in {**dict.fromkeys(("connect", "read", "write", "pool")), **timeouts}.items()
    }


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. `max_attempts` counts the first try (1 = never retry)."""

    max_attempts: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    jitter: Callable[[], float] = random.random

    def __post_init__(self) -> None:
        numbers = (self.backoff_base, self.backoff_max, self.retry_after_max)
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int) or self.max_attempts < 1:
            raise ConfigurationError(f"max_attempts must be a whole number, at least 1, got {self.max_attempts!r}")
        if any(isinstance(n, bool) or not isinstance(n, int | float) or not 0 <= n < float("inf") for n in numbers):
            raise ConfigurationError("backoff_base, backoff_max and retry_after_max must be finite seconds, 0 or more")

    def retries_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        status = response.status_code
        if status == 429:
            # A refusal creates nothing, unless the answer names a task after all.
            return request.method in IDEMPOTENT_METHODS or task_id_in(body_text(response)) is None
        return request.method in IDEMPOTENT_METHODS and (status in RETRY_STATUSES or status >= 500)

    def retries_error(self, request: httpx.Request, error: Exception) -> bool:
        if isinstance(error, NEVER_SENDABLE):
            return False  # sending it again fails the same way
        if isinstance(error, CONNECT_ERRORS):
            return True
        return request.method in IDEMPOTENT_METHODS and isinstance(error, httpx.TransportError)

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds before attempt number `attempt + 1`: Retry-After when sane, else exponential backoff."""
        if response is not None:
            advised = parse_retry_after(response.headers.get("retry-after"))
            if advised is not None and advised <= self.retry_after_max:
                return advised
        backoff = min(self.backoff_max, self.backoff_base * 2.0 ** (attempt - 1))
        return backoff * (0.5 + self.jitter() / 2)  # "equal jitter": between half and all of the backoff

    def next_delay(
        self,
        request: httpx.Request,
        attempt: int,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> float | None:
        """The wait before trying `request` again after `attempt` ended this way, or None to stop (and log it)."""
        if attempt >= self.max_attempts:
            return None
        if error is not None and not self.retries_error(request, error):
            return None
        if response is not None and not self.retries_status(request, response):
            return None
        delay = self.delay(attempt, response)
        left = remaining()
        if left is not None and delay >= left:
            return None  # the deadline comes first
        # Only the exception's type: h11's messages can quote request headers, and so the key.
        why = type(error).__name__ if error is not None else f"HTTP {response.status_code if response else '?'}"
        logger.warning(
            "retrying %s in %.2fs (attempt %d of %d): %s",
            request_line(request),
            delay,
            attempt + 1,
            self.max_attempts,
            why,
        )
        return delay


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport (by default httpx's own, pooled) with the retry rule above.

    `fresh` carries the POSTs; by default a transport that keeps no connection alive. When `transport` is
    given (a test double, say) and `fresh` is not, POSTs go to `transport` too. `verify` is the TLS context of
    the default transports (one shared context by default), `proxy` their proxy URL (see config.proxy_for)."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        fresh: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
        proxy: str | None = None,
    ) -> None:
        if transport is None:
            ctx = verify or verified()
            transport = httpx.HTTPTransport(limits=pooled_limits(), verify=ctx, proxy=proxy)
            fresh = fresh or httpx.HTTPTransport(limits=NO_KEEPALIVE, verify=ctx, proxy=proxy)
        self.transport = transport
        self.fresh = fresh or transport
        self.policy = policy or RetryPolicy()
        self.plain = _plain(self.policy)
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.transport if request.method in IDEMPOTENT_METHODS else self.fresh
        attempt = 1
        while True:
            cap_timeouts(request)
            try:
                response = inner.handle_request(request)
                if request.method not in IDEMPOTENT_METHODS:
                    record(response)  # a paid call's answer, read now: kept even if cut short
                log_exchange(request, response)
                if response.status_code == 429:
                    response.read()  # to look for a task id before deciding to retry
            except Exception as error:
                if (delay := self.policy.next_delay(request, attempt, error=error)) is None:
                    raise
            else:
                # RetryPolicy never retries a status below 400: skip asking it on the common path.
                if (response.status_code < 400 and self.plain) or (
                    delay := self.policy.next_delay(request, attempt, response=response)
                ) is None:
                    last_response.set(response)
                    return response
                response.close()
            self.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.transport.close()
        if self.fresh is not self.transport:
            self.fresh.close()


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio (about 10 ms)

    await asyncio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport (same rule, same policy)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
        fresh: httpx.AsyncBaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
        proxy: str | None = None,
    ) -> None:
        if transport is None:
            ctx = verify or verified()
            transport = httpx.AsyncHTTPTransport(limits=pooled_limits(), verify=ctx, proxy=proxy)
            fresh = fresh or httpx.AsyncHTTPTransport(limits=NO_KEEPALIVE, verify=ctx, proxy=proxy)
        self.transport = transport
        self.fresh = fresh or transport
        self.policy = policy or RetryPolicy()
        self.plain = _plain(self.policy)
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self.transport if request.method in IDEMPOTENT_METHODS else self.fresh
        attempt = 1
        while True:
            cap_timeouts(request)
            try:
                response = await inner.handle_async_request(request)
                if request.method not in IDEMPOTENT_METHODS:
                    await arecord(response)
                log_exchange(request, response)
                if response.status_code == 429:
                    await response.aread()
            except Exception as error:
                if (delay := self.policy.next_delay(request, attempt, error=error)) is None:
                    raise
            else:
                if (response.status_code < 400 and self.plain) or (
                    delay := self.policy.next_delay(request, attempt, response=response)
                ) is None:
                    last_response.set(response)
                    return response
                await response.aclose()
            await self.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
        if self.fresh is not self.transport:
            await self.fresh.aclose()


def _plain(policy: RetryPolicy) -> bool:
    """Whether the policy decides on responses as RetryPolicy does (a subclass may retry other statuses)."""
    kind = type(policy)
    return kind.next_delay is RetryPolicy.next_delay and kind.retries_status is RetryPolicy.retries_status


def pooled_limits() -> httpx.Limits:
    # Every pooled connection stays alive between polls (httpx keeps 20 for 5 s by default).
    return httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=KEEPALIVE_SECONDS)


NO_KEEPALIVE = httpx.Limits(max_connections=100, max_keepalive_connections=0)
