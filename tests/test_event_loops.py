"""One async client under several event loops (issue 23, finding 4): two `asyncio.run(...)` on one client, as
scripts and notebooks do. Connections opened under one loop cannot be used under the next (their loop is closed);
the client used to fail every other run with `ResponseValidationError: ... Event loop is closed`, after the paid
create. Now each loop gets its own pools, over real sockets against the sandbox; a transport that cannot follow
(an httpx.AsyncHTTPTransport passed in) and a closed client are refused with ConfigurationError, before
anything is sent."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client.models import ProducerCreateMusic
from musicapi_sandbox import SandboxProcess
from tests.fakes import FakeAPI, client_for, finished, task_path

FAST = rt.PollSchedule.fixed(0.1)
BODY = ProducerCreateMusic(sound="two event loops")


def polls_of(sandbox: SandboxProcess, task_id: str) -> int:
    state = httpx.get(f"{sandbox.url}/sandbox/tasks/{task_id}").json()
    polls: int = state["polls"]
    return polls


def test_one_client_under_one_asyncio_run_after_another(sandbox: SandboxProcess) -> None:
    """A poll under a second loop, then a whole create-and-wait under each of three more: all succeed. (Before,
    the second loop's first request took the keep-alive connection the first loop had left in the pool.)"""
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    created = rt.create(client, BODY)  # sync: its own pools, untouched by the loops below
    for _ in range(2):
        status = asyncio.run(rt.aget_task(client, created.task_id, api="producer"))
        assert status.task_id == created.task_id
    for _ in range(3):
        task = asyncio.run(rt.acreate_and_wait(client, BODY, schedule=FAST, timeout=30))
        assert task.status == "SUCCESS"


def test_one_client_under_two_loops_running_at_once(sandbox: SandboxProcess) -> None:
    """Two threads, each running its own loop on the same client at the same time."""
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    results: list[object] = []

    def run() -> None:
        async def waits() -> list[object]:
            return list(await asyncio.gather(*(rt.acreate_and_wait(client, BODY, schedule=FAST) for _ in range(3))))

        try:
            results.extend(asyncio.run(waits()))
        except Exception as error:  # collected: the assertion below shows it
            results.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 6 and all(getattr(task, "status", None) == "SUCCESS" for task in results), results


def test_a_given_async_http_transport_is_refused_under_a_second_loop(sandbox: SandboxProcess) -> None:
    """Its pooled connections belong to the first loop: ConfigurationError, and the poll never reached the
    server (the sandbox counts the task's polls)."""
    client = rt.connect(sandbox.api_key, base_url=sandbox.url, async_transport=httpx.AsyncHTTPTransport())
    created = rt.create(rt.connect(sandbox.api_key, base_url=sandbox.url), BODY)
    asyncio.run(rt.aget_task(client, created.task_id, api="producer"))
    assert polls_of(sandbox, created.task_id) == 1
    with pytest.raises(rt.ConfigurationError, match=r"another event loop.*nothing was sent"):
        asyncio.run(rt.aget_task(client, created.task_id, api="producer"))
    with pytest.raises(rt.ConfigurationError, match="another event loop"):
        asyncio.run(rt.acreate(client, BODY))
    assert polls_of(sandbox, created.task_id) == 1


def test_a_closed_client_says_so_before_sending(sandbox: SandboxProcess) -> None:
    """`async with client:` closes its httpx client for good; a later call is a ConfigurationError (nothing
    sent), not "the response could not be read"."""
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    before = httpx.get(f"{sandbox.url}/sandbox/state").json()["tasks"]

    async def closed_then_create() -> None:
        await client.get_async_httpx_client().aclose()
        await rt.acreate(client, BODY)

    with pytest.raises(rt.ConfigurationError, match=r"closed.*nothing was sent"):
        asyncio.run(closed_then_create())
    assert httpx.get(f"{sandbox.url}/sandbox/state").json()["tasks"] == before


def test_without_an_asyncio_loop_the_async_transport_says_so() -> None:
    """Run by another async library (trio), or by hand: ConfigurationError before anything is sent, not the
    "unexpected answer" class (the runtime's waits and retries sleep on asyncio)."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    transport = rt.AsyncRetryTransport(httpx.MockTransport(answer))
    step = transport.handle_async_request(httpx.Request("GET", "https://api.musicapi.ai/api/v1/get-credits"))
    with pytest.raises(rt.ConfigurationError, match="asyncio event loop; nothing was sent"):
        step.send(None)
    assert sent == []


def test_a_client_used_in_with_blocks_one_after_another_works_each_time() -> None:
    """A second `with client:` / `async with client:` on one client (scripts, notebooks) polls as the first did
    (the stock client kept its closed httpx client: httpx's "Cannot reopen a client instance", untyped)."""
    api = FakeAPI().script(task_path("t-1"), [finished()])
    client = client_for(api)
    for _ in range(2):
        with client:
            assert rt.get_task(client, "t-1", family=rt.Family.RIFFUSION).done

    async def twice() -> None:
        for _ in range(2):
            async with client:
                assert (await rt.aget_task(client, "t-1", family=rt.Family.RIFFUSION)).done

    asyncio.run(twice())
    assert api.hits(task_path("t-1")) == 4
