"""Retries as httpx transports, so every call made through the generated client gets them.

Rule: a request is sent again only when sending it twice cannot cost the user twice.
- GET (and other idempotent methods): retried on connection errors, timeouts, 408, 429 and 5xx.
- POST (create, upload: paid and not idempotent): retried only when the request certainly never reached the
  server (the connection could not be opened) or the server answered 429 (it refused the request).
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from .errors import parse_retry_after
from .log import log_exchange, logger, request_line
from .responses import last_response

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Failures that happen before a single byte of the request is written: no connection, no free connection, a
# request h11 refuses to write (an illegal header value), a URL scheme with no transport.
CONNECT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NEVER_SENDABLE: tuple[type[Exception], ...] = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
NOT_SENT_ERRORS = CONNECT_ERRORS + NEVER_SENDABLE


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. `max_attempts` counts the first try (1 = never retry)."""

    max_attempts: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    jitter: Callable[[], float] = random.random

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")

    def retries_status(self, request: httpx.Request, status: int) -> bool:
        if status == 429:
            return True  # a refusal: nothing was created
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
        if response is not None and not self.retries_status(request, response.status_code):
            return None
        delay = self.delay(attempt, response)
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
    """Wraps a transport (by default httpx's own) with the retry rule above."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport = transport or httpx.HTTPTransport()
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = self.transport.handle_request(request)
                log_exchange(request, response)
            except Exception as error:
                if (delay := self.policy.next_delay(request, attempt, error=error)) is None:
                    raise
            else:
                if (delay := self.policy.next_delay(request, attempt, response=response)) is None:
                    last_response.set(response)
                    return response
                response.close()
            self.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self.transport.close()


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
    ) -> None:
        self.transport = transport or httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = await self.transport.handle_async_request(request)
                log_exchange(request, response)
            except Exception as error:
                if (delay := self.policy.next_delay(request, attempt, error=error)) is None:
                    raise
            else:
                if (delay := self.policy.next_delay(request, attempt, response=response)) is None:
                    last_response.set(response)
                    return response
                await response.aclose()
            await self.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
