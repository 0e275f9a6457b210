"""`python -m benchmarks.callcount SUBJECT CALLS`: make CALLS get-task calls through one client, in-process (an
httpx.MockTransport answering the recorded task), for instruction counting under valgrind (benchmarks/overhead.py).
SUBJECT is raw, sdk or ours (sync), or async-raw or async-ours (one coroutine after another on one event loop).
The server's work is outside the process and identical for all, so the difference between two counts is the
client's own cost per call."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable

import httpx

from .common import KEY, TASK_ANSWER, TASK_ID

BODY = TASK_ANSWER.read_bytes()
PATH = f"/api/v1/riffusion/task/{TASK_ID}"


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def subject(name: str) -> Callable[[], object]:
    if name == "raw":
        raw = httpx.Client(
            base_url="http://bench.invalid",
            headers={"Authorization": f"Bearer {KEY}"},
            transport=httpx.MockTransport(answer),
        )
        return lambda: json.loads(raw.get(PATH).content)
    if name == "sdk":
        from musicapi import MusicAPI

        vendor = MusicAPI(
            KEY, base_url="http://bench.invalid/api/v1", http_client=httpx.Client(transport=httpx.MockTransport(answer))
        )
        return lambda: vendor.riffusion.get_task(TASK_ID)
    import musicapi_runtime as rt

    ours = rt.connect(KEY, base_url="http://bench.invalid", transport=httpx.MockTransport(answer))
    return lambda: rt.get_task(ours, TASK_ID)


def async_subject(name: str) -> Callable[[], Awaitable[object]]:
    if name == "async-raw":
        raw = httpx.AsyncClient(
            base_url="http://bench.invalid",
            headers={"Authorization": f"Bearer {KEY}"},
            transport=httpx.MockTransport(answer),
        )

        async def raw_call() -> object:
            return json.loads((await raw.get(PATH)).content)

        return raw_call
    import musicapi_runtime as rt

    ours = rt.connect(KEY, base_url="http://bench.invalid", async_transport=httpx.MockTransport(answer))
    return lambda: rt.aget_task(ours, TASK_ID)


async def _run_async(name: str, calls: int) -> None:
    call = async_subject(name)
    for _ in range(calls):
        await call()


if __name__ == "__main__":
    if sys.argv[1].startswith("async-"):
        asyncio.run(_run_async(sys.argv[1], 30 + int(sys.argv[2])))
    else:
        call = subject(sys.argv[1])
        for _ in range(30 + int(sys.argv[2])):
            call()
