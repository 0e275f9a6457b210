"""A real HTTP/1.1 server on a loopback socket that answers whatever a test scripts, however badly.

Unlike a mock transport, the bytes cross a real socket, so the client's whole stack (httpcore's framing, its
connection pool, timeouts) meets them: wrong Content-Length, chunked bodies cut short, connections dropped or
reset before, during or instead of an answer, answers that come too late, garbage instead of HTTP, and idle
keep-alive connections that the server closes without a word.

    with HostileServer(lambda request: Reply(200, b'{"credits": 1}')) as server:
        client = connect("key", base_url=server.url)

`respond(request)` runs for each request the server *reads and acts on* (`server.handled`); a request that
arrives on a connection the server has decided is stale is closed unanswered and recorded in `server.ignored`.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

FRAMINGS = ("length", "chunked", "close", "short", "chunked-cut", "drop", "reset", "raw", "headers-cut")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    connection: int  # which connection it came on (1, 2, ...)


@dataclass(frozen=True)
class Reply:
    """One answer. `framing` says how the body travels:

    length       Content-Length, then the body (the connection stays open)
    chunked      Transfer-Encoding: chunked
    close        no length: the body, then the connection is closed
    short        Content-Length promises 10 more bytes than are sent, then the connection is closed
    chunked-cut  chunked, closed in the middle of the body
    drop         the connection is closed before a single byte of answer
    reset        the connection is reset (RST) before a single byte of answer
    raw          `body` is sent as it is, as the whole answer (not necessarily HTTP), then closed
    headers-cut  the status line and half of the headers, then closed
    """

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    framing: str = "length"
    delay: float = 0.0  # seconds before answering (the client's timeout may come first)

    def __post_init__(self) -> None:
        if self.framing not in FRAMINGS:
            raise ValueError(f"unknown framing {self.framing!r}")


Respond = Callable[[Request], Reply]


@dataclass
class HostileServer:
    respond: Respond
    # Close a kept-alive connection when its next request arrives, without reading or answering it: what a
    # client sees when the server closed an idle connection at the moment the client reused it.
    stale: bool = False
    # Close connections that stay idle this long (seconds) after an answer, as servers and proxies do.
    idle_close: float | None = None
    handled: list[Request] = field(default_factory=list)
    ignored: list[Request] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="hostile-server", daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.handled if r.path == path)

    # ---- serving ----------------------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                number = self.connections
            threading.Thread(target=self._serve, args=(conn, number), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        served = 0
        buffer = b""
        try:
            while not self._stop.is_set():
                idle = self.idle_close if served and self.idle_close is not None else 5.0
                request, buffer = self._read_request(conn, buffer, number, idle)
                if request is None:
                    return
                if served and self.stale:
                    with self._lock:
                        self.ignored.append(request)
                    return
                with self._lock:
                    self.handled.append(request)
                reply = self.respond(request)
                served += 1
                if reply.delay and self._stop.wait(reply.delay):
                    return
                if not self._send(conn, reply):
                    return
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _read_request(
        self, conn: socket.socket, buffer: bytes, number: int, idle: float
    ) -> tuple[Request | None, bytes]:
        deadline = time.monotonic() + idle
        while b"\r\n\r\n" not in buffer:
            left = deadline - time.monotonic()
            if left <= 0 or self._stop.is_set() or len(buffer) > 1 << 20:
                return None, b""
            conn.settimeout(min(left, 0.2))
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            if not chunk:
                return None, b""
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, *_ = [*lines[0].split(" "), "", ""]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        conn.settimeout(5.0)
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            rest += chunk
        return Request(method, path.partition("?")[0], headers, rest[:length], number), rest[length:]

    @staticmethod
    def _send(conn: socket.socket, reply: Reply) -> bool:
        """Write the reply; False when the connection is finished afterwards."""
        if reply.framing == "drop":
            return False
        if reply.framing == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if reply.framing == "raw":
            conn.sendall(reply.body)
            return False
        head = [f"HTTP/1.1 {reply.status} Whatever"] + [f"{k}: {v}" for k, v in reply.headers]
        body = reply.body
        keep = False
        if reply.framing == "length":
            head.append(f"Content-Length: {len(body)}")
            keep = True
        elif reply.framing == "short":
            head.append(f"Content-Length: {len(body) + 10}")
        elif reply.framing in ("chunked", "chunked-cut"):
            head.append("Transfer-Encoding: chunked")
            chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in _pieces(body))
            body = chunks + b"0\r\n\r\n"
            if reply.framing == "chunked-cut":
                body = chunks[: max(1, len(chunks) // 2)]
            keep = reply.framing == "chunked"
        elif reply.framing == "headers-cut":
            text = "\r\n".join(head).encode("latin-1", "replace")
            conn.sendall(text[: max(12, len(text) // 2)])
            return False
        if not keep:
            head.append("Connection: close")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1", "replace") + body
        conn.sendall(data)
        return keep


def _pieces(body: bytes, size: int = 7) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)] or []
