"""A small HTTP/1.1 server for webhook deliveries, on asyncio streams (standard library only), that stays up and
answers a real delivery promptly whoever else connects.

A delivery is one POST with a Content-Length; each connection carries one request and is closed after the
answer. What anyone can hold is bounded (Limits):

- connections open at once: at the limit, a new one makes the oldest go if it has been open over a second (a
  slow client), else it is answered 503 (the sender retries); a real delivery takes milliseconds;
- time: the whole request, headers and body, must arrive within `deadline` seconds of connecting (408), however
  slowly it trickles in;
- memory: headers up to `header_bytes`; bodies up to `body`; bodies above `small_body` share `large_bodies`
  bytes, counted by their declared length before they are read (503 when full). So what is buffered stays under
  about connections x (small_body + 3 x header_bytes) + large_bodies: 44 MiB by default;
- nothing is read that can already be refused: the length (411, 413) and `check(headers)` (the signature
  headers and timestamp: 401) come before the body, and `Expect: 100-continue` is answered only then.

`handle(request)` gets each complete request and returns the status to answer; it runs in the event loop, so
it must be quick (verify, queue the work).
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

READ_SIZE = 4096  # what the headers are read by


@dataclass(frozen=True)
class Limits:
    connections: int = 256
    deadline: float = 10.0  # seconds for a whole request, from its connection's start
    header_bytes: int = 16 * 1024
    body: int = 1 << 20  # 1 MiB: a delivery is a task as JSON, a few kilobytes
    small_body: int = 64 * 1024  # up to this, a body needs only its connection's room
    large_bodies: int = 16 << 20  # all larger bodies being read at once, by declared length
    evict_after: float = 1.0  # seconds open before a connection may make room for a new one


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: http.client.HTTPMessage
    body: bytes
    peer: str


class Refused(Exception):
    """Answer `status` and close (with `headers`)."""

    def __init__(self, status: int, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(status)
        self.status, self.headers = status, headers


Check = Callable[[http.client.HTTPMessage, str], int | None]  # (headers, peer) -> a status to refuse with
Handle = Callable[[Request], int]


@dataclass
class _Open:
    started: float
    writer: asyncio.StreamWriter


class Listener:
    def __init__(self, check: Check, handle: Handle, limits: Limits | None = None) -> None:
        self.check, self.handle, self.limits = check, handle, limits or Limits()
        self.open: dict[asyncio.StreamWriter, _Open] = {}  # in the order they connected
        self.large_in_use = 0  # declared bytes of the large bodies being read
        self.tasks: set[asyncio.Task[object]] = set()  # the connections' handlers

    async def start(self, host: str, port: int) -> asyncio.Server:
        # `limit`: a reader buffers at most twice this ahead of what is asked for (the body is asked for whole).
        return await asyncio.start_server(self._connection, host, port, limit=self.limits.header_bytes, backlog=1024)

    async def close(self, server: asyncio.Server) -> None:
        """Stop listening and end every connection (their handlers finish, instead of being cancelled)."""
        server.close()
        for writer in list(self.open):
            writer.transport.abort()
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=2)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None  # a stream server runs each connection in a task of its own
        self.tasks.add(task)
        try:
            await self._serve(reader, writer)
        except asyncio.CancelledError:
            # The loop is closing. Ending quietly: Python 3.11's stream server reports a cancelled handler
            # as "Exception in callback", with a traceback.
            writer.transport.abort()
        finally:
            self.tasks.discard(task)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = _peer(writer)
        if not self._admit(writer):
            await _answer(writer, HTTPStatus.SERVICE_UNAVAILABLE, (("Retry-After", "1"),))
            writer.transport.abort()
            return
        reserved = 0
        try:
            try:
                async with asyncio.timeout(self.limits.deadline):
                    request, reserved = await self._read(reader, writer, peer)
                status = self.handle(request)
            except Refused as refused:
                await _answer(writer, refused.status, refused.headers)
            except TimeoutError:
                await _answer(writer, HTTPStatus.REQUEST_TIMEOUT)
            except (ConnectionError, asyncio.IncompleteReadError, OSError):
                pass  # gone (or closed to make room): nothing to answer
            else:
                await _answer(writer, status)
        finally:
            self.large_in_use -= reserved
            self.open.pop(writer, None)
            writer.transport.abort()

    def _admit(self, writer: asyncio.StreamWriter) -> bool:
        now = time.monotonic()
        if len(self.open) >= self.limits.connections:
            oldest = next(iter(self.open.values()))
            if now - oldest.started < self.limits.evict_after:
                return False
            self.open.pop(oldest.writer)
            oldest.writer.transport.abort()  # its reader fails at once; its own handler tidies up
        self.open[writer] = _Open(now, writer)
        return True

    async def _read(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, peer: str) -> tuple[Request, int]:
        head, rest = await self._head(reader)
        method, target, headers = _parse_head(head)
        if method != "POST":
            raise Refused(HTTPStatus.METHOD_NOT_ALLOWED, (("Allow", "POST"),))
        length = _length(headers, self.limits.body)
        if (status := self.check(headers, peer)) is not None:
            raise Refused(status)
        reserved = 0
        if length > self.limits.small_body:
            if self.large_in_use + length > self.limits.large_bodies:
                raise Refused(HTTPStatus.SERVICE_UNAVAILABLE, (("Retry-After", "1"),))
            self.large_in_use += length
            reserved = length
        try:
            if headers.get("Expect", "").strip().lower() == "100-continue" and len(rest) < length:
                writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            body = rest[:length] + (await reader.readexactly(length - len(rest)) if len(rest) < length else b"")
        except BaseException:
            self.large_in_use -= reserved
            raise
        return Request(method, target, headers, body, peer), reserved

    async def _head(self, reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
        """The request line and headers, and what arrived after them; refused as soon as they cannot be HTTP."""
        buffer = b""
        while (end := buffer.find(b"\r\n\r\n")) < 0:
            if len(buffer) > self.limits.header_bytes:
                raise Refused(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
            chunk = await reader.read(READ_SIZE)
            if not chunk:
                raise asyncio.IncompleteReadError(buffer, None)
            buffer += chunk
            if not buffer[:1].isupper():  # a TLS hello or other junk: no method starts so
                raise Refused(HTTPStatus.BAD_REQUEST)
        if end > self.limits.header_bytes:
            raise Refused(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
        return buffer[: end + 2], buffer[end + 4 :]


def _parse_head(head: bytes) -> tuple[str, str, http.client.HTTPMessage]:
    line, _, fields = head.partition(b"\r\n")
    parts = line.decode("latin-1").split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1.") or not parts[0].isalpha():
        raise Refused(HTTPStatus.BAD_REQUEST)
    try:
        headers = http.client.parse_headers(io.BytesIO(fields + b"\r\n"))
    except (http.client.HTTPException, ValueError):  # too many headers, a line too long
        raise Refused(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) from None
    if headers.defects:  # folded lines, no colon: not a header block a sender writes
        raise Refused(HTTPStatus.BAD_REQUEST)
    return parts[0], parts[1], headers


def _length(headers: http.client.HTTPMessage, limit: int) -> int:
    if headers.get("Transfer-Encoding") is not None:
        raise Refused(HTTPStatus.LENGTH_REQUIRED)  # deliveries say their length; chunked is not read
    given = {v.strip() for v in headers.get_all("Content-Length") or ()}
    if not given:
        raise Refused(HTTPStatus.LENGTH_REQUIRED)
    value = given.pop()
    if given or not (value.isascii() and value.isdigit()):  # isdigit alone lets "²" through to int()
        raise Refused(HTTPStatus.BAD_REQUEST)
    if len(value) > 12 or int(value) > limit:
        raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
    return int(value)


async def _answer(writer: asyncio.StreamWriter, status: int, headers: tuple[tuple[str, str], ...] = ()) -> None:
    """An empty answer, then the connection closes; a client that does not read it is not waited for long."""
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
    lines = [f"HTTP/1.1 {int(status)} {phrase}", "Content-Length: 0", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    with contextlib.suppress(ConnectionError, OSError, TimeoutError):
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        async with asyncio.timeout(2):
            await writer.drain()


def _peer(writer: asyncio.StreamWriter) -> str:
    address = writer.get_extra_info("peername")
    return str(address[0]) if isinstance(address, tuple) and address else "?"
