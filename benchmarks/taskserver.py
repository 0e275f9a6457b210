"""A minimal keep-alive HTTP server for the scale benchmark: a POST (a create) answers a new task id, a GET (a
poll) answers "not ready" the first time a task is polled and the finished task after that; GET /count says how
many of each it answered. One process, no framework, so that the client's own cost per task shows
(`python -m benchmarks.taskserver PORT`)."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from itertools import count

from .common import TASK_ANSWER

NOT_READY = json.dumps({"type": "not_ready", "error": "Task is still processing."}).encode()


def response(body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


FINISHED = response(TASK_ANSWER.read_bytes())
WAITING = response(NOT_READY, "202 Accepted")
ids = count()
polled: set[bytes] = set()  # tasks polled once already
answered = {"creates": 0, "polls": 0}


class Answer(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        assert self.transport is not None
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return  # the body is still arriving
            self.buffer = self.buffer[end + 4 + length :]
            method, path = head.split(b" ", 2)[:2]
            if method == b"POST":
                answered["creates"] += 1
                task_id = f"00000000-0000-4000-8000-{next(ids):012d}"
                self.transport.write(response(json.dumps({"message": "success", "task_id": task_id}).encode()))
                continue
            if path == b"/count":
                self.transport.write(response(json.dumps(answered).encode()))
                continue
            answered["polls"] += 1
            if path in polled:
                polled.discard(path)
                self.transport.write(FINISHED)
            else:
                polled.add(path)
                self.transport.write(WAITING)


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Answer, "127.0.0.1", port, backlog=4096)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
