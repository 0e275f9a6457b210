"""`python -m benchmarks.callcount SUBJECT CALLS`: make CALLS get-task calls through one client, in-process (an
httpx.MockTransport answering the recorded task), for instruction counting under valgrind (benchmarks/overhead.py).
The server's work is outside the process and identical for all, so the difference between two counts is the
client's own cost per call."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

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


if __name__ == "__main__":
    call = subject(sys.argv[1])
    for _ in range(30 + int(sys.argv[2])):
        call()
