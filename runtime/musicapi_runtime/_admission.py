"""Admission in front of httpx's connection pools: requests enter a lane in arrival order, at most `limit` at once.

httpcore's pool walks its whole queue of waiting requests (and its connections, for each) every time a request
starts or ends, so thousands of requests queued on 100 connections make every request cost more, until nothing
gets sent at all. A lane admits no more requests than the pools have connections; the rest wait here, in a
plain FIFO that costs nothing per waiter: a request leaving hands its place straight to the oldest waiter
(nobody can overtake), and a waiter that gives up (its deadline passed, its task was cancelled, Ctrl-C) is
removed at once, leaving nothing behind. `Lane` is for threads, `AsyncLane` for one asyncio event loop.

A lane can also spread its places over several small pools (`shards`, each taking limit / shards requests):
httpcore 1.0.9 walks all of a pool's connections for every idle one on each request (encode/httpcore#1035), so
a request on a pool of 100 connections costs about 10,000 such checks, on a pool of 10 about 100. An admitted
request goes to the first pool with room, so light traffic (one wait) always uses the first pool and its one
kept-alive connection; a place handed over keeps its pool.

A place is held from the moment a request is admitted until its response is closed (the connection is back in
its pool by then): `Permit.leave` is idempotent, and `LeavingStream` / `AsyncLeavingStream` call it when the
response body is closed or fails.
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
    """One admitted request's place in a lane, and the pool (`shard`) it goes to; `leave()` gives the place back
    (a second time: no effect)."""

    __slots__ = ("lane", "shard")

    def __init__(self, lane: Lane | AsyncLane, shard: int) -> None:
        self.lane: Lane | AsyncLane | None = lane
        self.shard = shard

    def leave(self) -> None:
        lane, self.lane = self.lane, None
        if lane is not None:
            lane.leave(self.shard)


class _Places:
    """What both lanes count: places in use, per pool."""

    def __init__(self, limit: int, shards: int) -> None:
        self.limit = limit
        self.inside = 0
        self.size = -(-limit // shards)  # places per pool
        self.load = [0] * shards

    def take(self) -> int:
        """A place in the first pool with room (there is one: fewer than `limit` are inside)."""
        self.inside += 1
        load, size = self.load, self.size
        shard = 0
        while load[shard] >= size:
            shard += 1
        load[shard] += 1
        return shard

    def give(self, shard: int) -> None:
        self.inside -= 1
        self.load[shard] -= 1


class _Turn:
    """A thread waiting in a lane: its lock is released when a place (in pool `shard`) is handed to it."""

    __slots__ = ("lock", "shard")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.lock.acquire()
        self.shard = -1


class Lane(_Places):
    """A FIFO admission lane for threads (the sync client)."""

    def __init__(self, limit: int, shards: int = 1) -> None:
        super().__init__(limit, shards)
        self._mutex = threading.Lock()
        self._waiting: OrderedDict[_Turn, None] = OrderedDict()

    @property
    def queued(self) -> int:
        return len(self._waiting)

    def enter(self, timeout: float | None = None) -> Permit | None:
        """A place, once it is this request's turn; None if `timeout` seconds passed first."""
        with self._mutex:
            if self.inside < self.limit and not self._waiting:
                return Permit(self, self.take())
            turn = _Turn()
            self._waiting[turn] = None
        admitted = False
        try:
            admitted = turn.lock.acquire(timeout=-1 if timeout is None else max(timeout, 0.0))
        finally:
            if not admitted:  # timed out or interrupted (Ctrl-C): out of the queue, or pass on a place just given
                with self._mutex:
                    queued = self._waiting.pop(turn, False) is None
                if not queued:
                    self.leave(turn.shard)
        return Permit(self, turn.shard) if admitted else None

    def leave(self, shard: int) -> None:
        with self._mutex:
            if self._waiting:
                turn, _ = self._waiting.popitem(last=False)
                turn.shard = shard  # the place, and its pool, go to the oldest waiter
                turn.lock.release()
            else:
                self.give(shard)


class AsyncLane(_Places):
    """A FIFO admission lane for the tasks of one asyncio event loop (futures belong to a loop)."""

    def __init__(self, limit: int, loop: asyncio.AbstractEventLoop, shards: int = 1) -> None:
        super().__init__(limit, shards)
        self.loop = loop
        self._waiting: OrderedDict[asyncio.Future[int], None] = OrderedDict()

    @property
    def queued(self) -> int:
        return len(self._waiting)

    async def enter(self, timeout: float | None = None) -> Permit | None:
        if self.inside < self.limit and not self._waiting:
            return Permit(self, self.take())
        turn: asyncio.Future[int] = self.loop.create_future()  # its result: the pool given, or -1 (timed out)
        self._waiting[turn] = None
        expiry = None if timeout is None else self.loop.call_later(max(timeout, 0.0), self._expire, turn)
        try:
            shard = await turn
        except BaseException:  # cancelled: out of the queue, or pass on a place given just before
            if turn.cancelled() or not turn.done():
                self._waiting.pop(turn, None)
            elif turn.result() >= 0:
                self.leave(turn.result())
            raise
        finally:
            if expiry is not None:
                expiry.cancel()
        return Permit(self, shard) if shard >= 0 else None

    def _expire(self, turn: asyncio.Future[int]) -> None:
        if not turn.done():
            self._waiting.pop(turn, None)
            turn.set_result(-1)

    def leave(self, shard: int) -> None:
        while self._waiting:
            turn, _ = self._waiting.popitem(last=False)
            if not turn.done():  # a cancelled waiter whose task has not run its cleanup yet is skipped
                turn.set_result(shard)
                return
        self.give(shard)


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
