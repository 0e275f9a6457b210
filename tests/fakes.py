"""A scripted fake of the API as an httpx transport (sync and async), with fault injection.

Each path gets a queue of steps; a step is an httpx.Response to return or an exception to raise. When a queue
runs dry its last step repeats. Every request that reached the fake is recorded (a raised ConnectError counts
as "never reached the server" and is recorded separately).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import httpx

from musicapi_client import AuthenticatedClient
from musicapi_runtime import AsyncRetryTransport, RetryPolicy, RetryTransport, connect
from tests.support import BASE_URL, TEST_KEY, validate_request, validate_response

Step = httpx.Response | Exception

CREATE = "/api/v1/riffusion/create"
UPLOAD = "/api/v1/riffusion/upload"
CREDITS = "/api/v1/get-credits"


def task_path(task_id: str) -> str:
    return f"/api/v1/riffusion/task/{task_id}"


def js(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **(headers or {})}
    )


def clip(clip_id: str, state: str = "succeeded", audio: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "clip_id": clip_id,
        "title": f"Song {clip_id}",
        "state": state,
        "audio_url": audio if audio is not None else f"https://cdn.example/{clip_id}.mp3",
        "image_url": f"https://cdn.example/{clip_id}.jpg",
        "mv": "FUZZ-1.1 Pro",
        "duration": 12.5,
        **extra,
    }


def finished(*clip_ids: str) -> httpx.Response:
    return js(200, {"code": 200, "message": "success", "data": [clip(c) for c in clip_ids or ("a", "b")]})


NOT_READY = {"type": "not_ready", "error": "Task is still processing. Please wait a few seconds and try again."}


class FakeAPI:
    def __init__(self, check_spec: bool = True) -> None:
        self.steps: dict[str, list[Step]] = defaultdict(list)
        self.requests: list[httpx.Request] = []  # requests that reached the server
        self.refused: list[httpx.Request] = []  # requests that failed before being sent
        self.check_spec = check_spec

    def script(self, path: str, steps: Iterable[Step]) -> FakeAPI:
        self.steps[path].extend(steps)
        return self

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.url.path == path)

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        queue = self.steps.get(request.url.path)
        if not queue:
            raise AssertionError(f"unscripted request {request.method} {request.url.path}")
        step = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(step, httpx.ConnectError | httpx.ConnectTimeout):
            self.refused.append(request)
            raise step
        self.requests.append(request)
        if self.check_spec:
            validate_request(request)
        if isinstance(step, Exception):
            raise step
        response = httpx.Response(step.status_code, content=step.content, headers=step.headers, request=request)
        if (
            self.check_spec
            and response.status_code < 500
            and response.headers.get("content-type") == "application/json"
        ):
            validate_response(request, response)
        return response

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            return self.handle(request)

        return httpx.MockTransport(handler)


def no_jitter() -> float:
    return 1.0


class Sleeps(list[float]):
    """Records the retry transport's sleeps instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


def client_for(api: FakeAPI, sleeps: Sleeps | None = None, attempts: int = 3) -> AuthenticatedClient:
    """A runtime client over the fake, with retries that record their sleeps instead of sleeping."""
    sleeps = sleeps if sleeps is not None else Sleeps()
    policy = RetryPolicy(max_attempts=attempts, jitter=no_jitter)
    return connect(
        TEST_KEY,
        base_url=BASE_URL,
        transport=RetryTransport(api.transport(), policy, sleep=sleeps),
        async_transport=AsyncRetryTransport(api.async_transport(), policy, sleep=sleeps.asleep),
    )
