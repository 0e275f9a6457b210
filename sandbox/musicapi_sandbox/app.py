"""The sandbox's HTTP server (aiohttp): every operation of the spec, routed from its paths, plus files and knobs.

Each operation gets a handler by what it is: a POST that starts a task (its `links` name a task endpoint, whose
family's lifecycle it follows), a POST that answers with its result (x-synchronous), a task endpoint (a GET with
the task id in its path), or the credits. Routes outside the spec: GET /openapi.json (the spec itself),
GET /files/{clip}.{ext} (the clips' files), GET /stream/{clip}.m3u8 (a running clip's temporary URL),
GET /sandbox/health, GET /sandbox/state, GET /sandbox/tasks/{id}, GET /sandbox/webhooks, POST /sandbox/faults,
GET /sandbox/blob/{bytes}.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import Any

from aiohttp import web

import musicapi_spec as facts
from musicapi_spec.model import Operation, Webhook

from . import media
from .bodies import Invalid, Retired, field_message, variant_for
from .config import SandboxConfig
from .faults import BadFault, Fault, FaultPlan, parse_all
from .state import OutOfCredits, Sandbox, Task, example, example_or, shared
from .webhooks import Deliverer, Delivery

SANDBOX: web.AppKey[Sandbox] = web.AppKey("sandbox", Sandbox)
PLAN: web.AppKey[FaultPlan] = web.AppKey("plan", FaultPlan)
CONFIG: web.AppKey[SandboxConfig] = web.AppKey("config", SandboxConfig)
DELIVERER: web.AppKey[Deliverer] = web.AppKey("deliverer", Deliverer)
MAX_BLOB = 1 << 30
log = logging.getLogger("musicapi_sandbox")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error(status: int, message: str, headers: dict[str, str] | None = None, **extra: Any) -> web.Response:
    return web.json_response({**extra, "error": message}, status=status, headers=headers)


def documented(operation: str, status: str, name: str, http_status: int, **headers: str) -> web.Response:
    """One of the spec's example answers."""
    return web.json_response(example(operation, status, name), status=http_status, headers=headers or None)


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
async def access_log(request: web.Request, handler: Handler) -> web.StreamResponse:
    """One line per request (unless --quiet): method, path, status, time taken."""
    started = time.perf_counter()
    status = 0
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as http:
        status = http.status
        raise
    finally:
        if request.app[CONFIG].log_requests:
            took = (time.perf_counter() - started) * 1000
            log.info("%s %s -> %s (%.0f ms)", request.method, request.path_qs[:200], status or "dropped", took)


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A bug in the sandbox answers a JSON 500 (as the spec documents), never aiohttp's text page."""
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as bug:
        log.exception("sandbox bug")
        body = {**shared("5XX", "server_error"), "error": f"Sandbox error: {type(bug).__name__}"}
        return web.json_response(body, status=500)


def _unauthorized(name: str) -> web.Response:
    return web.json_response(shared("401", name), status=401)


@web.middleware
async def api_gate(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Auth, then faults, for /api/ routes only."""
    if not request.path.startswith("/api/"):
        return await handler(request)
    auth = request.headers.get("Authorization")
    if not auth:
        return _unauthorized("missing_header")
    scheme, _, key = auth.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return _unauthorized("invalid_format")
    if key.strip() != request.app[CONFIG].api_key:
        return _unauthorized("invalid_key")
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
        headers = {"Retry-After": f"{retry_after:g}"}
        return web.json_response(shared("429", "rate_limited"), status=429, headers=headers)
    if fault.kind == "status":
        return web.json_response(shared("5XX", "server_error"), status=fault.status)
    return None


async def json_body(request: web.Request, operation: Operation) -> object:
    try:
        return await request.json(loads=json.loads)
    except (ValueError, RecursionError) as bad:  # UnicodeDecodeError is a ValueError
        raise Invalid(field_message(operation.id, "body")) from bad


def faults_of(request: web.Request) -> list[Fault]:
    faults: list[Fault] = request.get("faults", [])
    return faults


def bodies_of(operation: Operation) -> Operation:
    """The operation whose bodies a request is read as: an alias's original (x-alias-of), else itself."""
    return facts.OPERATIONS[operation.alias_of] if operation.alias_of else operation


def starts_task(operation: Operation) -> Handler:
    """A paid POST that starts a task (a create, an upload, a download, lyrics, a video ...)."""

    async def handle(request: web.Request) -> web.StreamResponse:
        sandbox, plan = request.app[SANDBOX], request.app[PLAN]
        try:
            data = await json_body(request, operation)
            variant = variant_for(bodies_of(operation), data)
        except Invalid as bad:
            return error(400, str(bad))
        except Retired as gone:
            return web.json_response({**example(operation.id, "410", "retired"), "error": str(gone)}, status=410)
        assert isinstance(data, dict)
        faults = faults_of(request)
        kind = str(variant.tags.get("task_type") or operation.task_type or "")
        try:
            task = sandbox.start(operation, kind, data, variant.credits, now(), plan.task_failure(faults))
        except OutOfCredits as out:
            return error(403, str(out))
        hook = webhook_of(task)
        if hook is not None and isinstance(data.get(hook.url_field), str):
            deliver_later(request, task, data, hook)
        if any(f.kind == "drop-after-create" for f in faults):
            return await drop(request)
        body = {**example(operation.id, "200", "default"), "task_id": task.task_id}
        return web.json_response(body, headers=hint(request, task))

    return handle


def hint(request: web.Request, task: Task) -> dict[str, str] | None:
    """Retry-After for an answer about a task not ready yet: when it will be (unless --no-poll-hints)."""
    seconds = task.come_back(now()) if request.app[CONFIG].poll_hints else None
    return {"Retry-After": str(seconds)} if seconds is not None else None


def webhook_of(task: Task) -> Webhook | None:
    """The webhook a task is delivered by: the spec's webhook whose payload is its family's task."""
    return next((hook for hook in facts.WEBHOOKS.values() if hook.payload == task.family.task), None)


def deliver_later(request: web.Request, task: Task, data: dict[str, Any], hook: Webhook) -> None:
    """Sign and POST the task's final answer to the URL its create gave when it finishes (or fails)."""
    sandbox, config = request.app[SANDBOX], request.app[CONFIG]
    secret = data.get(hook.secret_field) or config.webhook_secret
    at = task.duration * (0.5 if task.failure else 1.0)
    # The body is the task as the task endpoint will report it then (polls are not counted), naming the task
    # (ProducerTask.task_id: deliveries carry it, so a receiver knows which of its tasks finished).
    _, body = sandbox.final(task, base_url(request))
    body = {**body, **({task.family.task_id: task.task_id} if task.family.task_id else {})}
    delivery = Delivery(hook, str(data[hook.url_field]), str(secret), body, finished=task.failure is None)
    request.app[DELIVERER].schedule(at, delivery)


def synchronous(operation: Operation) -> Handler:
    """A paid POST that answers with its result at once (x-synchronous): its documented answer, with fresh ids
    for what it names (x-id); a clip it names can be used and fetched like any other."""

    async def handle(request: web.Request) -> web.StreamResponse:
        try:
            data = await json_body(request, operation)
            variant = variant_for(bodies_of(operation), data)
        except Invalid as bad:
            return error(400, str(bad))
        except Retired as gone:
            return web.json_response({**example(operation.id, "410", "retired"), "error": str(gone)}, status=410)
        sandbox = request.app[SANDBOX]
        documented = example_or(operation.id, "200", "default", {})
        # Fresh ids for what the documented answer names (an upload names its clip, not the task it names only
        # when given a callback).
        names = {path: role for path, role in operation.ids.items() if has_path(documented, path)}
        try:
            made = sandbox.answer_now(variant.credits, names)
        except OutOfCredits as out:
            return error(403, str(out))
        if any(f.kind == "drop-after-create" for f in faults_of(request)):
            return await drop(request)
        assert isinstance(data, dict)
        answer = localized(documented, sandbox, data, base_url(request))
        return web.json_response(put_all(answer, made))

    return handle


def has_path(body: Any, path: str) -> bool:
    """Whether a JSON body has a value at a dotted path ("data.task_id")."""
    for part in path.split("."):
        if not isinstance(body, dict) or part not in body:
            return False
        body = body[part]
    return True


def put_all(body: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """`body` with each dotted path ("data.task_id") set to its value."""
    for path, value in values.items():
        node = body
        *parents, last = path.split(".")
        for part in parents:
            inner = node.get(part)
            if not isinstance(inner, dict):
                inner = node[part] = {}
            node = inner
        node[last] = value
    return body


FILE_FIELDS = {name for files in facts.FILES.values() for name in files}


def localized(body: Any, sandbox: Sandbox, request: dict[str, Any], base: str) -> Any:
    """A documented answer whose file URLs point at the sandbox's own files (of the clip the request names, if
    the sandbox knows it; else a new one)."""
    named = [v for v in request.values() if isinstance(v, str) and sandbox.known_clip(v)]
    clip: list[str] = named[:1]

    def clip_id() -> str:
        if not clip:
            clip.append(sandbox.answer_now(0, {"clip": "clip"})["clip"])
        return clip[0]

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: files_url(v, clip_id, base) if k in FILE_FIELDS else walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(body)


def files_url(url: Any, clip_id: Callable[[], str], base: str) -> Any:
    """A sandbox file URL with the suffix the documented URL shows."""
    if not isinstance(url, str) or "." not in url.rsplit("/", 1)[-1]:
        return url
    suffix = url.rsplit(".", 1)[1].lower()
    return f"{base}/files/{clip_id()}.{suffix if suffix in media.TYPES else 'wav'}"


def gone(operation: Operation) -> Handler:
    """An operation that now answers 410 Gone for every request (x-gone)."""

    async def handle(request: web.Request) -> web.StreamResponse:
        body = {
            **example_or(operation.id, "410", "retired", {}),
            "error": f"This endpoint is gone; use {operation.gone}.",
        }
        return web.json_response(body, status=410)

    return handle


def documented_get(operation: Operation) -> Handler:
    """A free GET that is no task endpoint (legacy lyrics): its documented answer."""

    async def handle(request: web.Request) -> web.StreamResponse:
        return web.json_response(example_or(operation.id, "200", "default", {}))

    return handle


def task_endpoint(operation: Operation) -> Handler:
    async def handle(request: web.Request) -> web.StreamResponse:
        sandbox = request.app[SANDBOX]
        task = sandbox.account.tasks.get(request.match_info.get(operation.path_parameters[0], ""))
        family = facts.FAMILIES[str(operation.family)]
        if task is None or task.family.task != family.task:  # an alias's endpoint reads its original's tasks
            return documented(operation.id, "400", "task_not_found", 400)
        status, body = sandbox.answer(task, now(), base_url(request))
        return web.json_response(body, status=status, headers=hint(request, task) if status == 202 else None)

    return handle


def missing_task_id(operation: Operation) -> Handler:
    async def handle(request: web.Request) -> web.StreamResponse:
        return documented(operation.id, "400", "missing_task_id", 400)

    return handle


def credits(operation: Operation) -> Handler:
    async def handle(request: web.Request) -> web.StreamResponse:
        sandbox = request.app[SANDBOX]
        sandbox.settle(now())
        return web.json_response({"credits": sandbox.account.credits, "extra_credits": sandbox.account.extra_credits})

    return handle


# Operations with answers of their own (by operationId); the others are handled by what they are.
SPECIAL: dict[str, Callable[[Operation], Handler]] = {"get_credits": credits}


def handler_for(operation: Operation) -> Handler | None:
    if operation.id in SPECIAL:
        return SPECIAL[operation.id](operation)
    if operation.gone:
        return gone(operation)
    if operation.method == "POST" and operation.synchronous:
        return synchronous(operation)
    if operation.method == "POST" and operation.polls:
        return starts_task(operation)
    if operation.id in {family.poll for family in facts.FAMILIES.values()}:
        return task_endpoint(operation)
    if operation.method == "GET" and operation.path_parameters:
        return documented_get(operation)
    return None


def unhandled() -> list[str]:
    """Operations of the spec the sandbox cannot answer (a test keeps this empty)."""
    return [op.id for op in facts.OPERATIONS.values() if handler_for(op) is None]


async def files(request: web.Request) -> web.StreamResponse:
    sandbox = request.app[SANDBOX]
    stem, _, suffix = request.match_info["name"].rpartition(".")
    clip_id, _, _part = stem.partition("~")  # a part of a clip's file (a stem): <clip>~<part>.<suffix>
    if not sandbox.known_clip(clip_id) or suffix not in media.TYPES:
        return web.Response(status=404, text="not found")
    if suffix == "png":
        body = media.png(clip_id)
    elif suffix == "mid":
        body = media.midi(clip_id)
    else:
        body = media.wav(stem, sandbox.audio_seconds)
    return web.Response(body=body, content_type=media.TYPES[suffix])


async def stream(request: web.Request) -> web.StreamResponse:
    return web.Response(text="#EXTM3U\n", content_type="application/vnd.apple.mpegurl")


async def openapi(request: web.Request) -> web.StreamResponse:
    spec = resources.files("musicapi_spec").joinpath("openapi.json").read_bytes()
    return web.Response(body=spec, content_type="application/json")


async def health(request: web.Request) -> web.StreamResponse:
    return web.json_response({"ok": True})


async def state(request: web.Request) -> web.StreamResponse:
    """Counts for tests: tasks registered, uploads, credits."""
    request.app[SANDBOX].settle(now())
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


async def webhook_log(request: web.Request) -> web.StreamResponse:
    """For tests: every webhook delivery made so far, with the status of each attempt."""
    sent = request.app[DELIVERER].sent
    shown = [
        {"id": d.id, "url": d.url, "attempts": d.attempts, **({"skipped": d.skipped} if d.skipped else {})}
        for d in sent
    ]
    return web.json_response(shown)


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
    app = web.Application(middlewares=[access_log, json_errors, api_gate])
    app[CONFIG] = config
    app[SANDBOX] = Sandbox(config.credits, config.task_min, config.task_max, config.audio_seconds, config.seed)
    app[PLAN] = FaultPlan(config, random.Random(None if config.seed is None else config.seed + 1))
    app[DELIVERER] = Deliverer(config.webhook_retries, config.webhook_backoff, config.webhooks_anywhere)

    async def close_deliverer(app: web.Application) -> None:
        await app[DELIVERER].close()

    app.on_cleanup.append(close_deliverer)
    for operation in facts.OPERATIONS.values():
        handler = handler_for(operation)
        if handler is None:
            continue
        app.router.add_route(operation.method, operation.path, handler)
        if operation.method == "GET" and operation.path_parameters:
            app.router.add_get(operation.path.rsplit("{", 1)[0], missing_task_id(operation))
    app.router.add_get("/openapi.json", openapi)
    app.router.add_get("/files/{name}", files)
    app.router.add_get("/stream/{name}", stream)
    app.router.add_get("/sandbox/health", health)
    app.router.add_post("/sandbox/faults", add_faults)
    app.router.add_get("/sandbox/state", state)
    app.router.add_get("/sandbox/tasks/{task_id}", task_facts)
    app.router.add_get("/sandbox/webhooks", webhook_log)
    app.router.add_get(r"/sandbox/blob/{size:\d+}", blob)
    return app
