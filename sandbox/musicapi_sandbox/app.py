"""The sandbox's HTTP server (aiohttp): every operation of openapi/musicapi.yaml, plus files and fault knobs.

Routes outside the spec: GET /files/{clip}.wav|.png (the clips' audio and cover), GET /stream/{clip}.m3u8
(the temporary URL of a running clip), GET /sandbox/health, GET /sandbox/state, GET /sandbox/tasks/{id},
POST /sandbox/faults,
GET /sandbox/blob/{bytes}.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from . import media
from .bodies import Invalid, parse_create, parse_upload
from .config import SandboxConfig
from .faults import BadFault, Fault, FaultPlan, parse_all
from .state import OutOfCredits, Sandbox

SANDBOX: web.AppKey[Sandbox] = web.AppKey("sandbox", Sandbox)
PLAN: web.AppKey[FaultPlan] = web.AppKey("plan", FaultPlan)
CONFIG: web.AppKey[SandboxConfig] = web.AppKey("config", SandboxConfig)
MAX_BLOB = 1 << 30

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error(status: int, message: str, headers: dict[str, str] | None = None, **extra: Any) -> web.Response:
    return web.json_response({**extra, "error": message}, status=status, headers=headers)


def base_url(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


def now() -> float:
    return asyncio.get_running_loop().time()


async def drop(request: web.Request) -> web.StreamResponse:
    """Close the connection without answering (the client sees a dropped connection)."""
    if request.transport is not None:
        request.transport.abort()
    raise asyncio.CancelledError


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A bug in the sandbox answers a JSON 500 (as the spec documents), never aiohttp's text page."""
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as bug:
        return error(500, f"Sandbox error: {type(bug).__name__}", type="api_error")


@web.middleware
async def api_gate(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Auth, then faults, for /api/ routes only."""
    if not request.path.startswith("/api/"):
        return await handler(request)
    auth = request.headers.get("Authorization")
    if not auth:
        return error(401, "Authorization header is missing.")
    scheme, _, key = auth.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return error(401, "Invalid authorization format.")
    if key.strip() != request.app[CONFIG].api_key:
        return error(401, "Invalid API key.", type="unauthorized")
    try:
        faults = request.app[PLAN].for_request(request.method, request.path, request.headers.get("X-Sandbox-Fault"))
    except BadFault as bad:
        return error(400, str(bad))
    request["faults"] = faults
    for fault in faults:
        if fault.kind == "slow":
            await request.read()  # the request has fully arrived; only the answer is late
            await asyncio.sleep(fault.seconds)
        elif not fault.late and (answer := await strike(request, fault)) is not None:
            return answer
    answer = await handler(request)
    for fault in faults:
        if fault.late and (late_answer := await strike(request, fault)) is not None:
            return late_answer
    return answer


async def strike(request: web.Request, fault: Fault) -> web.StreamResponse | None:
    """The answer a status or drop fault gives instead of the real one (None for other kinds)."""
    if fault.kind == "drop":
        return await drop(request)
    if fault.kind == "status" and fault.status == 429:
        retry_after = fault.seconds or request.app[CONFIG].retry_after
        return error(429, "Too many requests.", headers={"Retry-After": f"{retry_after:g}"})
    if fault.kind == "status":
        return error(fault.status, "Sandbox injected server error.", type="api_error")
    return None


async def json_body(request: web.Request) -> object:
    try:
        return await request.json(loads=json.loads)
    except (ValueError, RecursionError) as bad:  # UnicodeDecodeError is a ValueError
        raise Invalid("Invalid request body.") from bad


def faults_of(request: web.Request) -> list[Fault]:
    faults: list[Fault] = request.get("faults", [])
    return faults


async def create(request: web.Request) -> web.StreamResponse:
    sandbox, plan = request.app[SANDBOX], request.app[PLAN]
    try:
        body = parse_create(await json_body(request))
    except Invalid as bad:
        return error(400, str(bad))
    faults = faults_of(request)
    try:
        task = sandbox.create(body.to_dict(), now(), plan.task_failure(faults))
    except OutOfCredits as out:
        return error(403, str(out))
    if any(f.kind == "drop-after-create" for f in faults):
        return await drop(request)
    return web.json_response({"message": "success", "task_id": task.task_id})


async def upload(request: web.Request) -> web.StreamResponse:
    try:
        parse_upload(await json_body(request))
    except Invalid as bad:
        return error(400, str(bad))
    try:
        clip_id = request.app[SANDBOX].upload()
    except OutOfCredits as out:
        return error(403, str(out))
    if any(f.kind == "drop-after-create" for f in faults_of(request)):
        return await drop(request)
    return web.json_response({"code": 200, "clip_id": clip_id, "message": "success"})


async def get_task(request: web.Request) -> web.StreamResponse:
    sandbox = request.app[SANDBOX]
    task = sandbox.account.tasks.get(request.match_info.get("task_id", ""))
    if task is None:
        return error(400, "task not found.")
    status, body = sandbox.answer(task, now(), base_url(request))
    return web.json_response(body, status=status)


async def missing_task_id(request: web.Request) -> web.StreamResponse:
    return error(400, "missing task id.")


async def credits(request: web.Request) -> web.StreamResponse:
    account = request.app[SANDBOX].account
    return web.json_response({"credits": account.credits, "extra_credits": account.extra_credits})


def _known_clip(sandbox: Sandbox, clip_id: str) -> bool:
    return clip_id in sandbox.account.uploads or any(clip_id in t.clip_ids for t in sandbox.account.tasks.values())


async def files(request: web.Request) -> web.StreamResponse:
    sandbox = request.app[SANDBOX]
    clip_id, _, suffix = request.match_info["name"].rpartition(".")
    if not _known_clip(sandbox, clip_id):
        return web.Response(status=404, text="not found")
    if suffix == "wav":
        return web.Response(body=media.wav(clip_id, sandbox.audio_seconds), content_type="audio/wav")
    if suffix == "png":
        return web.Response(body=media.png(clip_id), content_type="image/png")
    return web.Response(status=404, text="not found")


async def stream(request: web.Request) -> web.StreamResponse:
    return web.Response(text="#EXTM3U\n", content_type="application/vnd.apple.mpegurl")


async def health(request: web.Request) -> web.StreamResponse:
    return web.json_response({"ok": True})


async def state(request: web.Request) -> web.StreamResponse:
    """Counts for tests: tasks registered, uploads, credits."""
    account = request.app[SANDBOX].account
    return web.json_response({"tasks": len(account.tasks), "uploads": len(account.uploads), "credits": account.credits})


async def task_facts(request: web.Request) -> web.StreamResponse:
    """For benchmarks: how often a task was polled and when (wall clock) it finishes."""
    task = request.app[SANDBOX].account.tasks.get(request.match_info["task_id"])
    if task is None:
        return error(404, "no such task")
    return web.json_response(
        {"polls": task.polls, "duration": task.duration, "finishes_at": task.created_wall + task.duration}
    )


async def add_faults(request: web.Request) -> web.StreamResponse:
    """{"match": "POST /api/v1/riffusion/create", "faults": ["drop", "503"]}"""
    try:
        data = await request.json()
        faults = parse_all(",".join(data["faults"]))
        match = str(data.get("match", ""))
    except (ValueError, KeyError, TypeError, AttributeError) as bad:
        return error(400, f"bad fault request: {bad}")
    request.app[PLAN].add(match, faults)
    return web.json_response({"queued": len(faults)})


async def blob(request: web.Request) -> web.StreamResponse:
    """`size` bytes streamed in chunks (for download tests and benchmarks)."""
    size = int(request.match_info["size"])
    if size > MAX_BLOB:
        return web.Response(status=400, text="too large")
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
    response.content_length = size
    await response.prepare(request)
    chunk = bytes(range(256)) * 256
    sent = 0
    while sent < size:
        part = chunk[: min(len(chunk), size - sent)]
        await response.write(part)
        sent += len(part)
    await response.write_eof()
    return response


def make_app(config: SandboxConfig) -> web.Application:
    app = web.Application(middlewares=[json_errors, api_gate])
    app[CONFIG] = config
    app[SANDBOX] = Sandbox(config.credits, config.task_min, config.task_max, config.audio_seconds, config.seed)
    app[PLAN] = FaultPlan(config, random.Random(None if config.seed is None else config.seed + 1))
    app.router.add_post("/api/v1/riffusion/create", create)
    app.router.add_post("/api/v1/riffusion/upload", upload)
    app.router.add_get("/api/v1/riffusion/task/{task_id}", get_task)
    app.router.add_get("/api/v1/riffusion/task/", missing_task_id)
    app.router.add_get("/api/v1/get-credits", credits)
    app.router.add_get("/files/{name}", files)
    app.router.add_get("/stream/{name}", stream)
    app.router.add_get("/sandbox/health", health)
    app.router.add_post("/sandbox/faults", add_faults)
    app.router.add_get("/sandbox/state", state)
    app.router.add_get("/sandbox/tasks/{task_id}", task_facts)
    app.router.add_get(r"/sandbox/blob/{size:\d+}", blob)
    return app
