"""Connections, counted on real sockets: a whole wait polls over one pooled connection, and a paid create never
rides a pooled connection that the server may have closed (it gets a fresh one of its own).

Two real servers on loopback: a TCP forwarder in front of the sandbox that counts the connections it accepts
and the requests each carried, and a tiny HTTP server that drops every request that reuses a connection (the
race in which a server closes an idle connection just as the client sends on it).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import httpcore
import pytest

import musicapi_runtime as rt
from musicapi_client.models import ProducerCreateMusic, RiffusionCreateWithDescription, RiffusionModel
from musicapi_runtime import _waiting as waiting
from musicapi_sandbox import SandboxProcess
from tests.support import ROOT, SPEC

REQUEST_LINE = re.compile(rb"(GET|POST|PUT|DELETE|HEAD|OPTIONS) (\S+) HTTP/1\.1\r\n")
RIFFUSION = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="connection test")
PRODUCER = ProducerCreateMusic(sound="connection test")


@dataclass
class Connection:
    sent: bytearray = field(default_factory=bytearray)

    def requests(self) -> list[tuple[str, str]]:
        return [(m.decode(), p.decode()) for m, p in REQUEST_LINE.findall(bytes(self.sent))]


class CountingProxy:
    """Forwards every accepted connection to `port` and keeps what the client sent on each."""

    def __init__(self, port: int) -> None:
        self.target = ("127.0.0.1", port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections: list[Connection] = []
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            record = Connection()
            self.connections.append(record)
            self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, record), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, None), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket, record: Connection | None) -> None:
        try:
            while chunk := source.recv(65536):
                if record is not None:
                    record.sent += chunk
                sink.sendall(chunk)
        except OSError:
            pass
        for sock in (sink, source):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def by_method(self) -> dict[str, list[int]]:
        """For each method: the index of the connection each of its requests came on."""
        found: dict[str, list[int]] = {}
        for index, connection in enumerate(self.connections):
            for method, _ in connection.requests():
                found.setdefault(method, []).append(index)
        return found

    def close(self) -> None:
        self.listener.close()
        for sock in self.sockets:
            sock.close()


@pytest.fixture
def proxy(sandbox: SandboxProcess) -> Iterator[CountingProxy]:
    running = CountingProxy(sandbox.port)
    yield running
    running.close()


class FakeTime:
    """Seconds that pass only when slept: the wait's clock, and the clock httpcore uses to expire idle pooled
    connections. Each sleep also lets a little real time pass, so the sandbox's task moves on."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.slept: list[float] = []

    def now(self) -> float:
        return time.monotonic() + self.offset

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.offset += seconds
        time.sleep(0.03)

    async def asleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.offset += seconds
        await asyncio.sleep(0.03)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    clock = FakeTime()
    for module in (httpcore._sync.http11, httpcore._async.http11):
        monkeypatch.setattr(module, "time", SimpleNamespace(monotonic=clock.now))
    monkeypatch.setattr(waiting, "_asyncio_sleep", clock.asleep)
    return clock


def test_a_whole_wait_polls_over_one_connection(
    proxy: CountingProxy, sandbox: SandboxProcess, fake_time: FakeTime
) -> None:
    client = rt.connect(sandbox.api_key, base_url=proxy.url)
    task_id = rt.create(client, RIFFUSION).task_id
    task = rt.wait_for_task(client, task_id, timeout=100_000, sleep=fake_time.sleep, clock=fake_time.now)
    assert len(rt.clips_of(task)) == 2
    used = proxy.by_method()
    # The default schedule's intervals passed between polls (longer than httpx's own 5 s keep-alive) ...
    assert max(fake_time.slept) >= 15 and len(used["GET"]) >= 3
    # ... and every poll went over one connection; the create had a connection of its own, and only it.
    assert len(set(used["GET"])) == 1
    assert used["POST"] == [0] and proxy.connections[0].requests() == [("POST", "/api/v1/riffusion/create")]
    assert len(proxy.connections) == 2


def test_a_whole_async_wait_polls_over_one_connection(
    proxy: CountingProxy, sandbox: SandboxProcess, fake_time: FakeTime
) -> None:
    async def run() -> Any:
        client = rt.connect(sandbox.api_key, base_url=proxy.url)
        async with client:
            task_id = (await rt.acreate(client, PRODUCER)).task_id
            return await rt.await_task(client, task_id, api="producer", timeout=100_000, clock=fake_time.now)

    task = asyncio.run(run())
    assert isinstance(task.data, list) and task.data
    used = proxy.by_method()
    assert max(fake_time.slept) >= 15 and len(used["GET"]) >= 3
    assert len(set(used["GET"])) == 1
    assert used["POST"] == [0] and len(proxy.connections) == 2


def test_creates_never_share_a_connection(proxy: CountingProxy, sandbox: SandboxProcess) -> None:
    """Polls, creates and polls again: each create opens its own connection and sends nothing else on it."""
    client = rt.connect(sandbox.api_key, base_url=proxy.url)
    first = rt.create(client, RIFFUSION).task_id
    rt.get_task(client, first)
    second = rt.create(client, RIFFUSION).task_id
    rt.get_task(client, first)
    rt.get_task(client, second)
    rt.create(client, RIFFUSION)
    creates = [c.requests() for c in proxy.connections if ("POST", "/api/v1/riffusion/create") in c.requests()]
    assert creates == [[("POST", "/api/v1/riffusion/create")]] * 3
    assert len(set(proxy.by_method()["GET"])) == 1
    assert len(proxy.connections) == 4


class DropsReusedConnections:
    """An HTTP/1.1 server that answers the first request on each connection and drops any later one unanswered:
    a server that closed an idle connection just as the client wrote on it. Records (connection, method,
    path, answered)."""

    TASK_ID = "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"

    def __init__(self, close_after_answer: bool = False) -> None:
        self.close_after_answer = close_after_answer
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.log: list[tuple[int, str, str, bool]] = []
        self.closed = threading.Event()
        self.accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            self.accepted += 1
            threading.Thread(target=self._serve, args=(sock, self.accepted), daemon=True).start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        with sock:
            stream = sock.makefile("rb")
            answered = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                method, path, _ = line.decode().split(" ", 2)
                length = 0
                while (header := stream.readline()) not in (b"\r\n", b""):
                    name, _, value = header.decode().partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                stream.read(length)
                if answered:
                    self.log.append((number, method, path, False))
                    return  # dropped: closed without an answer
                body = self._body(method)
                head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
                self.log.append((number, method, path, True))  # before answering: the client may check at once
                sock.sendall(head.encode() + body)
                answered += 1
                if self.close_after_answer:
                    sock.shutdown(socket.SHUT_RDWR)
                    self.closed.set()
                    return

    def _body(self, method: str) -> bytes:
        import json

        if method == "POST":
            return json.dumps({"message": "success", "task_id": self.TASK_ID}).encode()
        clip = {"clip_id": "c1", "state": "succeeded", "audio_url": "http://127.0.0.1:1/c1.mp3"}
        return json.dumps({"code": 200, "message": "success", "data": [clip, {**clip, "clip_id": "c2"}]}).encode()

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def dropping() -> Iterator[DropsReusedConnections]:
    server = DropsReusedConnections()
    yield server
    server.close()


def test_a_create_after_polls_never_lands_on_a_stale_pooled_connection(dropping: DropsReusedConnections) -> None:
    """The poll left a pooled connection that the server will drop on reuse. The create is answered (it went
    over a fresh connection), and the next poll, dropped on the stale connection, is simply sent again."""
    client = rt.connect("k", base_url=dropping.url, retry_policy=rt.RetryPolicy(jitter=lambda: 0.0, backoff_base=0.01))
    rt.get_task(client, dropping.TASK_ID)
    accepted = rt.create(client, RIFFUSION)  # on the pooled connection this would be a CreateConnectionError
    assert accepted.task_id == dropping.TASK_ID
    assert rt.get_task(client, dropping.TASK_ID).done
    posts = [entry for entry in dropping.log if entry[1] == "POST"]
    assert posts == [(2, "POST", "/api/v1/riffusion/create", True)]  # sent once, alone on a new connection
    assert (1, "GET", f"/api/v1/riffusion/task/{dropping.TASK_ID}", False) in dropping.log  # the stale one


def test_an_async_create_never_lands_on_a_stale_pooled_connection(dropping: DropsReusedConnections) -> None:
    async def run() -> None:
        policy = rt.RetryPolicy(jitter=lambda: 0.0, backoff_base=0.01)
        client = rt.connect("k", base_url=dropping.url, retry_policy=policy)
        async with client:
            await rt.aget_task(client, dropping.TASK_ID)
            assert (await rt.acreate(client, RIFFUSION)).task_id == dropping.TASK_ID
            assert (await rt.aget_task(client, dropping.TASK_ID)).done

    asyncio.run(run())
    assert [entry for entry in dropping.log if entry[1] == "POST"] == [(2, "POST", "/api/v1/riffusion/create", True)]


def test_a_pooled_connection_the_server_closed_is_replaced_without_a_retry(caplog: pytest.LogCaptureFixture) -> None:
    """A server that closes an idle connection (as servers do after their keep-alive time): the next poll
    sees the close before writing and opens a new connection; nothing is lost or retried."""
    server = DropsReusedConnections(close_after_answer=True)
    try:
        client = rt.connect("k", base_url=server.url)
        rt.get_task(client, server.TASK_ID)
        assert server.closed.wait(5)
        time.sleep(0.05)  # let the close reach the client's socket
        assert rt.get_task(client, server.TASK_ID).done
        assert [entry[3] for entry in server.log] == [True, True] and server.accepted == 2
        assert "retrying" not in caplog.text
    finally:
        server.close()


def test_keep_alive_outlasts_the_longest_poll_interval() -> None:
    """Idle pooled connections live longer than any interval of the default schedule (read from the code's
    defaults, compared with the literal limits of the issue: polls up to 20 s apart; httpx keeps 5 s)."""
    from musicapi_runtime._retry import KEEPALIVE_SECONDS, pooled_limits

    schedule = rt.PollSchedule()
    longest = max(schedule.first, schedule.max_interval, schedule.running_interval, schedule.near_interval)
    assert pooled_limits().keepalive_expiry == KEEPALIVE_SECONDS > longest
    assert KEEPALIVE_SECONDS >= 60


FRESH_PROCESS = """
import ssl, sys
made = []
original = ssl.SSLContext.__new__
def counting(cls, *args, **kwargs):
    made.append(cls)
    return original(cls, *args, **kwargs)
ssl.SSLContext.__new__ = counting
import musicapi_runtime as rt
from musicapi_runtime._downloads import download_http_client, async_download_http_client
for url in ("https://api.musicapi.ai", "https://example.org"):
    client = rt.connect("k", base_url=url)
    client.get_httpx_client()
    client.get_async_httpx_client()
download_http_client()
async_download_http_client()
print(len(made))
"""

LAZY_ASYNC = """
import sys
import musicapi_runtime as rt
client = rt.connect("{key}", base_url="{url}")
rt.get_task(client, "{task_id}")
print(client._async_client is None, "asyncio" in sys.modules)
"""


def test_one_tls_context_per_process() -> None:
    """Two https clients, sync and async, and the download clients: one verifying TLS context in all."""
    out = subprocess.run([sys.executable, "-c", FRESH_PROCESS], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1"]


def test_a_sync_user_never_builds_the_async_stack(sandbox: SandboxProcess) -> None:
    task_id = rt.create(rt.connect(sandbox.api_key, base_url=sandbox.url), RIFFUSION).task_id
    code = LAZY_ASYNC.format(key=sandbox.api_key, url=sandbox.url, task_id=task_id)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"]


def test_the_sandbox_is_what_these_tests_poll() -> None:
    """The paths counted above are the spec's create and poll paths."""
    paths = SPEC["paths"]
    assert "/api/v1/riffusion/create" in paths and "/api/v1/riffusion/task/{task_id}" in paths
