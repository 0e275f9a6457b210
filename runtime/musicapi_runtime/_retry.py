"""Retries as httpx transports, so every call made through the generated client gets them.

Rule: a request is sent again only when sending it twice cannot cost the user twice.
- GET (and other idempotent methods): retried on connection errors, timeouts, 408, 429 and 5xx.
- POST (create, upload: paid and not idempotent): retried only when the request certainly never reached the
  server (the connection could not be opened) or the server refused it with a 429 that names no task.
- POSTs go over a fresh connection each time, never a pooled one: a pooled connection the server has quietly
  closed would fail after the request was written, and "did the create arrive?" would have no answer.
- A deadline set with `deadline_at()` bounds every attempt's timeouts and stops retries that would pass it.
- Admission (admission.py): each attempt first waits its turn in a lane, in arrival order, so that no more
  requests reach httpx's pools than they have connections. GETs and POSTs have a lane each (POSTs have their
  own connections anyway), so a create never queues behind polls; GETs are spread over SHARDS small pools.
  Time spent queued is bounded by the deadline, not by the request's own timeouts, which start once it is
  admitted (`_queued_too_long`). docs/concurrency.md has the whole story.
- The async transport keeps its lanes and its pools per event loop: connections opened under one
  `asyncio.run()` cannot be used under the next one (their loop is closed).
"""

from __future__ import annotations

import random
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._admission import AsyncLane, AsyncLeavingStream, Lane, LeavingStream
from ._errors import ConfigurationError, parse_retry_after
from ._log import log_exchange, logger, request_line
from ._raw import body_text, task_id_in
from ._responses import arecord, last_response, record
from ._tls import verified

if TYPE_CHECKING:
    import asyncio

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
    """Wraps a transport (by default httpx's own, pooled) with the retry rule and the admission lanes above.

    `fresh` carries the POSTs; by default a transport that keeps no connection alive. When `transport` is
    given (a test double, say) and `fresh` is not, POSTs go to `transport` too. By default the GETs go to
    SHARDS small pools (see admission.py); a given `transport` is the only one. `verify` is the TLS context
    of the default transports (one shared context by default), `proxy` their proxy URL (see config.proxy_for).
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        fresh: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
        proxy: str | None = None,
    ) -> None:
        pools: list[httpx.BaseTransport]
        if transport is None:
            ctx = verify or verified()
            pools = [httpx.HTTPTransport(limits=shard_limits(), verify=ctx, proxy=proxy) for _ in range(SHARDS)]
            fresh = fresh or httpx.HTTPTransport(limits=NO_KEEPALIVE, verify=ctx, proxy=proxy)
        else:
            pools = [transport]
        self.pools = pools
        self.fresh = fresh or pools[0]
        self.policy = policy or RetryPolicy()
        self.plain = _plain(self.policy)
        self.sleep = sleep
        self.polls = Lane(IN_FLIGHT, shards=len(pools))
        self.posts = Lane(IN_FLIGHT)

    def _send(self, request: httpx.Request, idempotent: bool) -> httpx.Response:
        """One attempt: wait for a place in the lane, then send; the place is held until the answer is closed."""
        permit = (self.polls if idempotent else self.posts).enter(remaining())
        if permit is None:
            raise _queued_too_long(request)
        try:
            inner = self.pools[permit.shard] if idempotent else self.fresh
            cap_timeouts(request)
            response = inner.handle_request(request)
        except BaseException:
            permit.leave()
            raise
        if response.is_closed:  # read already (a test double's answer): it holds no connection
            permit.leave()
        else:
            response.stream = LeavingStream(response.stream, permit)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = request.method in IDEMPOTENT_METHODS
        attempt = 1
        while True:
            try:
                response = self._send(request, idempotent)
                if not idempotent:
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
        for pool in self.pools:
            pool.close()
        if self.fresh not in self.pools:
            self.fresh.close()


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async users pay for importing asyncio (about 10 ms)

    await asyncio.sleep(seconds)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport (same rule, same policy, same lanes).

    Lanes and the pools it builds itself (when `transport` is not given) are kept per event loop, so one client
    works under one `asyncio.run()` after another, or in several threads each running its own loop. A transport
    you pass in is used under every loop as it is, except an `httpx.AsyncHTTPTransport`: its pooled connections
    belong to the loop that opened them, so under a second loop it raises ConfigurationError before anything
    is sent."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep,
        fresh: httpx.AsyncBaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
        proxy: str | None = None,
    ) -> None:
        self.given = transport
        self.given_fresh = fresh
        self.verify = verify
        self.proxy = proxy
        self.policy = policy or RetryPolicy()
        self.plain = _plain(self.policy)
        self.sleep = sleep
        self.loops: dict[asyncio.AbstractEventLoop, _PerLoop] = {}
        self._mutex = threading.Lock()
        import asyncio  # built only for async use (connect() builds it on the first async call)

        self._running_loop = asyncio.get_running_loop

    def _here(self) -> _PerLoop:
        """The lanes and pools of the running event loop, made on its first request."""
        try:
            loop = self._running_loop()
        except RuntimeError:  # another async library (trio): the runtime's waits and retries sleep on asyncio
            raise ConfigurationError(
                "the async functions need a running asyncio event loop; nothing was sent"
            ) from None
        if (found := self.loops.get(loop)) is not None:
            return found
        with self._mutex:
            bound = [t for t in (self.given, self.given_fresh) if isinstance(t, httpx.AsyncHTTPTransport)]
            if bound and any(other is not loop for other in self.loops):
                raise ConfigurationError(
                    "this client was first used under another event loop, and the httpx.AsyncHTTPTransport it "
                    "was given keeps connections that belong to that loop; nothing was sent. Let connect() build "
                    "the transport (it keeps a pool per event loop), or make one client per event loop"
                )
            # A closed loop never runs again: forget it and its pools (their sockets can only be closed by
            # that loop; the garbage collector closes them).
            self.loops = {other: kept for other, kept in self.loops.items() if not other.is_closed()}
            found = self.loops[loop] = _PerLoop(self, loop)
        return found

    async def _send(self, here: _PerLoop, request: httpx.Request, idempotent: bool) -> httpx.Response:
        permit = await (here.polls if idempotent else here.posts).enter(remaining())
        if permit is None:
            raise _queued_too_long(request)
        try:
            inner = here.pools[permit.shard] if idempotent else here.fresh
            cap_timeouts(request)
            response = await inner.handle_async_request(request)
        except BaseException:
            permit.leave()
            raise
        if response.is_closed:
            permit.leave()
        else:
            response.stream = AsyncLeavingStream(response.stream, permit)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        here = self._here()
        idempotent = request.method in IDEMPOTENT_METHODS
        attempt = 1
        while True:
            try:
                response = await self._send(here, request, idempotent)
                if not idempotent:
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
        """Closes the pools of the running loop; those of other loops are dropped (only their loop could close
        them), and a transport that was given is closed."""
        import asyncio

        with self._mutex:
            loops, self.loops = self.loops, {}
        here = loops.get(asyncio.get_running_loop())
        closing = set(here.pools) | {here.fresh} if here is not None else set()
        closing |= {t for t in (self.given, self.given_fresh) if t is not None}
        for transport in closing:
            await transport.aclose()


class _PerLoop:
    """What an AsyncRetryTransport keeps for one event loop: its lanes and the transports behind them."""

    __slots__ = ("fresh", "polls", "pools", "posts")

    def __init__(self, owner: AsyncRetryTransport, loop: asyncio.AbstractEventLoop) -> None:
        pools: list[httpx.AsyncBaseTransport]
        fresh = owner.given_fresh
        if owner.given is None:
            ctx = owner.verify or verified()
            limits, proxy = shard_limits(), owner.proxy
            pools = [httpx.AsyncHTTPTransport(limits=limits, verify=ctx, proxy=proxy) for _ in range(SHARDS)]
            fresh = fresh or httpx.AsyncHTTPTransport(limits=NO_KEEPALIVE, verify=ctx, proxy=proxy)
        else:
            pools = [owner.given]
        self.pools = pools
        self.fresh = fresh or pools[0]
        self.polls = AsyncLane(IN_FLIGHT, loop, shards=len(pools))
        self.posts = AsyncLane(IN_FLIGHT, loop)


def _queued_too_long(request: httpx.Request) -> httpx.PoolTimeout:
    """The deadline passed while the request waited for its turn in a lane: nothing was sent. (Without a
    deadline a request waits as long as it takes: each one ahead of it is bounded by its own timeouts.)"""
    return httpx.PoolTimeout("the deadline passed while the request waited for a free connection", request=request)


def _plain(policy: RetryPolicy) -> bool:
    """Whether the policy decides on responses as RetryPolicy does (a subclass may retry other statuses)."""
    kind = type(policy)
    return kind.next_delay is RetryPolicy.next_delay and kind.retries_status is RetryPolicy.retries_status


def pooled_limits() -> httpx.Limits:
    # Every pooled connection stays alive between polls (httpx keeps 20 for 5 s by default).
    return httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=KEEPALIVE_SECONDS)


NO_KEEPALIVE = httpx.Limits(max_connections=100, max_keepalive_connections=0)
# Requests let into each lane at once: no more than the pools have connections, so httpcore's queue stays short.
IN_FLIGHT = min(pooled_limits().max_connections or 100, NO_KEEPALIVE.max_connections or 100)
SHARDS = 10  # pools the polls' connections are spread over (see admission.py): 10 connections each


def shard_limits() -> httpx.Limits:
    size = -(-IN_FLIGHT // SHARDS)
    return httpx.Limits(max_connections=size, max_keepalive_connections=size, keepalive_expiry=KEEPALIVE_SECONDS)
