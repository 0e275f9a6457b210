"""A minimal keep-alive HTTP server answering every request with one JSON body: the loopback peer for the
per-call overhead benchmark, so that the server costs as little as possible and client overhead shows."""

from __future__ import annotations

import asyncio
import socket
import sys
from pathlib import Path


def response(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


class Answer(asyncio.Protocol):
    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # or keep-alive requests stall ~40 ms

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:  # GETs only: no request bodies to skip
            _, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            assert self.transport is not None
            self.transport.write(self.reply)


async def serve(port: int, body: bytes, cert: str | None = None, key: str | None = None) -> None:
    loop = asyncio.get_running_loop()
    reply = response(body)
    context = None
    if cert and key:  # TLS, for the fresh-process benchmark (benchmarks/startup.py)
        import ssl

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
    server = await loop.create_server(lambda: Answer(reply), "127.0.0.1", port, backlog=1024, ssl=context)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    tls = sys.argv[3:5] if len(sys.argv) >= 5 else [None, None]
    asyncio.run(serve(int(sys.argv[1]), Path(sys.argv[2]).read_bytes(), *tls))
