"""The raw httpx response of the current call, kept so a body the models cannot parse is still reported.

The retry transports set it for each final response; a ContextVar keeps concurrent async calls apart (httpx
awaits the transport in the caller's own task). The answer to a paid call is also read in full as it arrives
(`record` / `arecord`, up to RECORD_LIMIT bytes, before any content decoding), so that an answer cut short, or
one whose Content-Encoding is a lie, still shows the task id it named.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from typing import Any

import httpx

last_response: ContextVar[httpx.Response | None] = ContextVar("musicapi_last_response", default=None)

RECORD_LIMIT = 1 << 20  # bytes of a paid answer read ahead and kept for errors (answers are small JSON)


class Recorded(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream read ahead into `seen` (up to RECORD_LIMIT), then passed on unchanged."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.seen = bytearray()
        self.rest: Any = None  # the iterator the read-ahead stopped in, when the answer is longer

    def read_ahead(self) -> None:
        chunks = iter(self.stream)
        for chunk in chunks:
            self.seen += chunk
            if len(self.seen) >= RECORD_LIMIT:
                self.rest = chunks
                return

    async def aread_ahead(self) -> None:
        chunks = aiter(self.stream)
        async for chunk in chunks:
            self.seen += chunk
            if len(self.seen) >= RECORD_LIMIT:
                self.rest = chunks
                return

    def __iter__(self) -> Iterator[bytes]:
        if self.seen:
            yield bytes(self.seen)
        if self.rest is not None:
            yield from self.rest

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.seen:
            yield bytes(self.seen)
        if self.rest is not None:
            async for chunk in self.rest:
                yield chunk

    def close(self) -> None:
        self.stream.close()

    async def aclose(self) -> None:
        await self.stream.aclose()


def _recorded(response: httpx.Response) -> Recorded:
    recorded = Recorded(response.stream)
    response.stream = recorded
    response.extensions["musicapi_recorded"] = recorded  # httpx wraps .stream again once it is returned
    last_response.set(response)
    return recorded


def record(response: httpx.Response) -> httpx.Response:
    """Read the answer to a paid call now, keeping what arrives even if the connection fails half-way (the
    transport error is raised after the bytes are kept)."""
    _recorded(response).read_ahead()
    return response


async def arecord(response: httpx.Response) -> httpx.Response:
    await _recorded(response).aread_ahead()
    return response


def received(response: httpx.Response | None) -> bytes:
    """The bytes of a recorded answer that arrived (raw, before any content decoding)."""
    recorded = response.extensions.get("musicapi_recorded") if response is not None else None
    return bytes(recorded.seen) if isinstance(recorded, Recorded) else b""
