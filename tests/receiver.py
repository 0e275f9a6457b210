"""A webhook receiver for tests: a real HTTP server on loopback that records each delivery (headers and raw body)
and answers with scripted statuses (200 once the script runs out)."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Received:
    headers: list[tuple[str, str]]
    body: bytes
    at: float  # time.monotonic() on arrival
    answered: int

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass
class Receiver:
    statuses: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.arrivals: queue.Queue[Received] = queue.Queue()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                got = Received(list(self.headers.items()), body, time.monotonic(), status)
                receiver.received.append(got)
                receiver.arrivals.put(got)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/music"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def script(self, statuses: Iterable[int]) -> Receiver:
        self.statuses.extend(statuses)
        return self

    def next(self, timeout: float = 30.0) -> Received:
        return self.arrivals.get(timeout=timeout)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.server.shutdown()
        self.server.server_close()
