"""Admission in front of httpx's pool (issue 26): requests enter in arrival order, no more at once than the pool
has connections, creates never queue behind polls, the deadline bounds time spent queued, and a request that
gives up while queued (deadline, cancellation) leaves nothing behind.

Order and counts are observed at a fake inner transport that holds polls until the test lets them go, so
nothing here depends on timing."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client import AuthenticatedClient
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel
from musicapi_runtime._admission import AsyncLane, Lane
from musicapi_runtime._retry import IN_FLIGHT, deadline_at
from tests.fakes import NOT_READY
from tests.support import BASE_URL, TEST_KEY

BODY = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="admission")
ACCEPTED = {"message": "success", "task_id": "new-task"}


def answer(request: httpx.Request) -> httpx.Response:
    body = ACCEPTED if request.method == "POST" else NOT_READY
    return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


class HeldPolls(httpx.AsyncBaseTransport):
    """Logs every request that reaches it, answers POSTs at once and holds GETs until `opened`."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str]] = []
        self.inside = 0
        self.most_inside = 0
        self.opened = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.append((request.method, request.url.path))
        if request.method == "GET":
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
            try:
                await self.opened.wait()
            finally:
                self.inside -= 1
        return answer(request)

    def polls(self) -> list[str]:
        return [path for method, path in self.log if method == "GET"]


async def settle(condition: Callable[[], bool], rounds: int = 10_000) -> None:
    """Let the loop run until `condition` holds (each round runs everything that is ready)."""
    for _ in range(rounds):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("the condition never held")


def lanes(client: AuthenticatedClient) -> tuple[AsyncLane, AsyncLane]:
    """The poll and create lanes of the client's transport under the running loop."""
    transport = client.get_async_httpx_client()._transport
    assert isinstance(transport, rt.AsyncRetryTransport)
    here = transport.loops[asyncio.get_running_loop()]
    return here.polls, here.posts


def test_creates_start_promptly_while_5000_waits_are_in_flight() -> None:
    """5,000 waits poll at once: IN_FLIGHT polls reach the pool, the rest queue in arrival order. A create
    started then is sent before the 100th poll that follows it (it is sent before any); the polls queued
    behind are then sent in the order they arrived."""

    async def scenario() -> None:
        inner = HeldPolls()
        client = rt.connect(TEST_KEY, base_url=BASE_URL, async_transport=inner)
        ids = [f"task-{n:04d}" for n in range(5000)]
        waits = [asyncio.ensure_future(rt.await_task(client, i, schedule=rt.PollSchedule.fixed(60))) for i in ids]
        await settle(lambda: len(inner.log) >= IN_FLIGHT)
        for _ in range(100):  # nothing more gets in while the first ones are held
            await asyncio.sleep(0)
        polls, posts = lanes(client)
        assert len(inner.log) == inner.most_inside == IN_FLIGHT
        assert (polls.inside, polls.queued) == (IN_FLIGHT, 5000 - IN_FLIGHT)

        before = len(inner.polls())
        create = asyncio.ensure_future(rt.acreate(client, BODY))
        await settle(lambda: ("POST", "/api/v1/riffusion/create") in inner.log)  # a bounded number of rounds
        assert (await create).task_id == "new-task"
        sent = inner.log.index(("POST", "/api/v1/riffusion/create"))
        assert len([entry for entry in inner.log[:sent] if entry[0] == "GET"]) - before < 100
        assert (posts.inside, posts.queued) == (0, 0)

        inner.opened.set()
        await settle(lambda: len(inner.polls()) == 5000)
        assert inner.polls() == [f"/api/v1/riffusion/task/{i}" for i in ids]  # arrival order
        assert inner.most_inside == IN_FLIGHT
        for wait in waits:
            wait.cancel()
        await asyncio.gather(*waits, return_exceptions=True)
        assert (polls.inside, polls.queued) == (0, 0)

    asyncio.run(scenario())


def test_a_queued_poll_gives_up_at_the_deadline_and_leaves_nothing() -> None:
    """The wait's deadline bounds time spent queued: a poll still queued when it passes is never sent, and
    the wait ends with WaitTimeout (the poll's own timeouts would only have started once it was admitted)."""

    async def scenario() -> None:
        inner = HeldPolls()
        client = rt.connect(TEST_KEY, base_url=BASE_URL, async_transport=inner)
        held = [asyncio.ensure_future(rt.aget_task(client, f"held-{n}")) for n in range(IN_FLIGHT)]
        await settle(lambda: len(inner.log) == IN_FLIGHT)
        with pytest.raises(rt.WaitTimeout) as raised:
            await rt.await_task(client, "late", timeout=0.05)
        assert raised.value.task_id == "late"
        assert ("GET", "/api/v1/riffusion/task/late") not in inner.log
        polls, _ = lanes(client)
        assert (polls.inside, polls.queued) == (IN_FLIGHT, 0)
        with deadline_at(time.monotonic() + 0.01), pytest.raises(rt.APITimeoutError, match="nothing was sent"):
            await rt.aget_task(client, "late")
        inner.opened.set()
        await asyncio.gather(*held)
        assert (polls.inside, polls.queued) == (0, 0)

    asyncio.run(scenario())


def test_cancelling_a_queued_request_leaves_nothing_behind() -> None:
    async def scenario() -> None:
        inner = HeldPolls()
        client = rt.connect(TEST_KEY, base_url=BASE_URL, async_transport=inner)
        held = [asyncio.ensure_future(rt.aget_task(client, f"held-{n}")) for n in range(IN_FLIGHT)]
        await settle(lambda: len(inner.log) == IN_FLIGHT)
        queued = [asyncio.ensure_future(rt.aget_task(client, f"queued-{n}")) for n in range(50)]
        polls, _ = lanes(client)
        await settle(lambda: polls.queued == 50)
        for task in queued[::2]:
            task.cancel()
        await asyncio.gather(*queued[::2], return_exceptions=True)
        assert polls.queued == 25
        inner.opened.set()
        await asyncio.gather(*held, *queued[1::2])
        assert (polls.inside, polls.queued) == (0, 0)
        sent = inner.polls()
        assert [p for p in sent if "queued" in p] == [f"/api/v1/riffusion/task/queued-{n}" for n in range(1, 50, 2)]

    asyncio.run(scenario())


def test_a_place_given_just_before_cancellation_goes_to_the_next_in_line() -> None:
    """The place handed to a waiter whose task is cancelled before it ran is passed on, not lost."""

    async def scenario() -> None:
        lane = AsyncLane(1, asyncio.get_running_loop())
        first = await lane.enter()
        assert first is not None
        second = asyncio.ensure_future(lane.enter())
        third = asyncio.ensure_future(lane.enter())
        await settle(lambda: lane.queued == 2)
        first.leave()  # hands the place to `second`...
        second.cancel()  # ...which is cancelled before it could run
        await asyncio.gather(second, return_exceptions=True)
        permit = await asyncio.wait_for(third, 5)
        assert permit is not None and (lane.inside, lane.queued) == (1, 0)
        permit.leave()
        permit.leave()  # a second leave changes nothing
        assert (lane.inside, lane.queued) == (0, 0)

    asyncio.run(scenario())


class CutShort(httpx.AsyncByteStream):
    """A body that breaks off after its first bytes."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"task_id": "cut-'
        raise httpx.ReadError("connection reset")


def test_the_place_is_held_until_the_answer_is_closed_whatever_happens() -> None:
    """After a retried 5xx, a refused connection, an answer, failed attempts and bodies cut short (a poll's
    and a create's), every place in both lanes is back."""
    replies: list[httpx.Response | Exception] = [
        httpx.Response(503),
        httpx.ConnectError("refused"),
        answer(httpx.Request("GET", BASE_URL)),
        httpx.ReadError("reset"),
        httpx.ReadError("reset"),
        httpx.ReadError("reset"),
    ]

    async def handler(request: httpx.Request) -> httpx.Response:
        reply = replies.pop(0) if replies else httpx.Response(200, stream=CutShort())
        if isinstance(reply, Exception):
            raise reply
        return reply

    async def scenario() -> None:
        policy = rt.RetryPolicy(jitter=lambda: 0.0, backoff_base=0.0)
        transport = rt.AsyncRetryTransport(httpx.MockTransport(handler), policy)
        client = rt.connect(TEST_KEY, base_url=BASE_URL, async_transport=transport)
        assert (await rt.aget_task(client, "t")).state == "not_ready"
        with pytest.raises(rt.APIConnectionError):
            await rt.aget_task(client, "t")  # three resets
        with pytest.raises(rt.APIConnectionError):
            await rt.aget_task(client, "t")  # cut short, three times
        with pytest.raises(rt.CreateConnectionError) as raised:
            await rt.acreate(client, BODY)
        assert raised.value.task_id is None or raised.value.task_id.startswith("cut-")
        polls, posts = lanes(client)
        assert (polls.inside, polls.queued, posts.inside, posts.queued) == (0, 0, 0, 0)
        assert not replies

    asyncio.run(scenario())


def test_sync_lanes_under_many_threads() -> None:
    """300 threads poll through one sync client: at most IN_FLIGHT at a time reach the pool, a create from
    another thread goes straight through, and everything is back once they finish."""
    opened = threading.Event()
    log: list[str] = []
    inside = [0, 0]  # now, most
    mutex = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with mutex:
            log.append(request.method)
            if request.method == "GET":
                inside[0] += 1
                inside[1] = max(inside)
        if request.method == "GET":
            opened.wait(30)
            with mutex:
                inside[0] -= 1
        return answer(request)

    transport = rt.RetryTransport(httpx.MockTransport(handler))
    client = rt.connect(TEST_KEY, base_url=BASE_URL, transport=transport)
    threads = [threading.Thread(target=rt.get_task, args=(client, f"t-{n}")) for n in range(300)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while transport.polls.queued < 300 - IN_FLIGHT and time.monotonic() < deadline:
        time.sleep(0.01)
    assert (transport.polls.inside, transport.polls.queued) == (IN_FLIGHT, 300 - IN_FLIGHT)
    assert rt.create(client, BODY).task_id == "new-task"
    assert log.count("GET") == IN_FLIGHT and log[-1] == "POST"
    opened.set()
    for thread in threads:
        thread.join(30)
    assert log.count("GET") == 300 and inside[1] == IN_FLIGHT
    assert (transport.polls.inside, transport.polls.queued, transport.posts.inside) == (0, 0, 0)


def test_sync_lane_order_and_timeout() -> None:
    lane = Lane(1)
    first = lane.enter()
    assert first is not None
    assert lane.enter(timeout=0.01) is None and lane.queued == 0  # gave up: out of the queue
    order: list[int] = []

    def enter(n: int) -> None:
        permit = lane.enter()
        assert permit is not None
        order.append(n)
        permit.leave()

    threads = []
    for n in range(20):
        threads.append(threading.Thread(target=enter, args=(n,)))
        threads[-1].start()
        while lane.queued < n + 1:  # each one queued before the next starts: arrival order is known
            time.sleep(0.001)
    first.leave()
    for thread in threads:
        thread.join(10)
    assert order == list(range(20))
    assert (lane.inside, lane.queued) == (0, 0)
