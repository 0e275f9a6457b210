"""Admission in front of httpx's connection pool: requests enter a lane in arrival order, at most `limit` at once.

httpcore's pool walks its whole queue of waiting requests (and its connections, for each) every time a request
starts or ends, so thousands of requests queued on 100 connections make every request cost more, until nothing
gets sent at all. A lane admits no more requests than the pool has connections; the rest wait here, in a plain
FIFO that costs nothing per waiter: a request leaving hands its place straight to the oldest waiter (nobody
can overtake), and a waiter that gives up (its deadline passed, its task was cancelled, Ctrl-C) is removed at
once, leaving nothing behind. `Lane` is for threads, `AsyncLane` for one asyncio event loop.

A place is held from the moment a request is admitted until its response is closed (the connection is back in
the pool by then): `Permit.leave` is idempotent, and `LeavingStream` / `AsyncLeavingStream` call it when the
response body is closed or fails.

`Shards` spreads the admitted requests over several small pools instead of one big one: httpcore 1.0.9 also
walks all of a pool's connections for every idle one on each request (encode/httpcore#1035), so a request on a
pool of 100 connections costs about 10,000 such checks, on a pool of 20 about 400.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import asyncio


class Permit:
    """One admitted request's place in a lane (and in a shard); `leave()` gives it back (again: no effect)."""

    __slots__ = ("lane", "shard", "shards")

    def __init__(self, lane: Lane | AsyncLane) -> None:
        self.lane: Lane | AsyncLane | None = lane
        self.shards: Shards | None = None
        self.shard = 0

    def leave(self) -> None:
        lane, self.lane = self.lane, None
        if lane is not None:
            if self.shards is not None:
                self.shards.give(self.shard)
            lane.leave()


class Shards:
    """Which of several pools an admitted request goes to: the first one with fewer than `size` requests in it,
    so that light traffic (one wait) always uses the first pool, and its one kept-alive connection."""

    def __init__(self, count: int, size: int) -> None:
        self.size = size
        self.load = [0] * count
        self._mutex = threading.Lock()

    def take(self, permit: Permit) -> int:
        with self._mutex:
            load = self.load
            index = next((i for i, n in enumerate(load) if n < self.size), None)
            if index is None:  # more admitted than the shards hold (a lane wider than them): the least loaded
                index = load.index(min(load))
            load[index] += 1
        permit.shards, permit.shard = self, index
        return index

    def give(self, index: int) -> None:
        with self._mutex:
            self.load[index] -= 1


class Lane:
    """A FIFO admission lane for threads (the sync client)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.inside = 0
        self._mutex = threading.Lock()
        self._waiting: OrderedDict[threading.Lock, None] = OrderedDict()

    @property
    def queued(self) -> int:
        return len(self._waiting)

    def enter(self, timeout: float | None = None) -> Permit | None:
        """A place, once it is this request's turn; None if `timeout` seconds passed first."""
        with self._mutex:
            if self.inside < self.limit and not self._waiting:
                self.inside += 1
                return Permit(self)
            turn = threading.Lock()
            turn.acquire()
            self._waiting[turn] = None
        admitted = False
        try:
            admitted = turn.acquire(timeout=-1 if timeout is None else max(timeout, 0.0))
        finally:
            if not admitted:  # timed out or interrupted (Ctrl-C): out of the queue, or pass on a place just given
                with self._mutex:
                    handed = self._waiting.pop(turn, True) is True
                if handed:
                    self.leave()
        return Permit(self) if admitted else None

    def leave(self) -> None:
        with self._mutex:
            if self._waiting:
                turn, _ = self._waiting.popitem(last=False)
                turn.release()  # the place goes to the oldest waiter: `inside` stays as it is
            else:
                self.inside -= 1


class AsyncLane:
    """A FIFO admission lane for the tasks of one asyncio event loop (futures belong to a loop)."""

    def __init__(self, limit: int, loop: asyncio.AbstractEventLoop) -> None:
        self.limit = limit
        self.inside = 0
        self.loop = loop
        self._waiting: OrderedDict[asyncio.Future[bool], None] = OrderedDict()

    @property
    def queued(self) -> int:
        return len(self._waiting)

    async def enter(self, timeout: float | None = None) -> Permit | None:
        if self.inside < self.limit and not self._waiting:
            self.inside += 1
            return Permit(self)
        turn: asyncio.Future[bool] = self.loop.create_future()
        self._waiting[turn] = None
        expiry = None if timeout is None else self.loop.call_later(max(timeout, 0.0), self._expire, turn)
        try:
            admitted = await turn
        except BaseException:  # cancelled: out of the queue, or pass on a place given just before
            if turn.cancelled() or not turn.done():
                self._waiting.pop(turn, None)
            elif turn.result():
                self.leave()
            raise
        finally:
            if expiry is not None:
                expiry.cancel()
        return Permit(self) if admitted else None

    def _expire(self, turn: asyncio.Future[bool]) -> None:
        if not turn.done():
            self._waiting.pop(turn, None)
            turn.set_result(False)

    def leave(self) -> None:
        while self._waiting:
            turn, _ = self._waiting.popitem(last=False)
            if not turn.done():  # a cancelled waiter whose task has not run its cleanup yet is skipped
                turn.set_result(True)
                return
        self.inside -= 1


class LeavingStream(httpx.SyncByteStream):
    """A response body that gives its request's place back when it is closed or fails."""

    def __init__(self, stream: Any, permit: Permit) -> None:
        self.stream = stream
        self.permit = permit

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.stream
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        try:
            self.stream.close()
        finally:
            self.permit.leave()


class AsyncLeavingStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any, permit: Permit) -> None:
        self.stream = stream
        self.permit = permit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.stream:
                yield chunk
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        try:
            await self.stream.aclose()
        finally:
            self.permit.leave()
