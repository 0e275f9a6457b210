"""Fuzz: whatever a server answers, every public function ends in its result or in the library's own error.

Thousands of answers (statuses, JSON shaped like the spec's or not, spec examples mutated, bodies cut short,
BOMs, NUL bytes, invalid UTF-8, UTF-16 and UTF-32 bodies, bogus encodings and charsets, garbage instead of HTTP,
connections dropped or reset mid-answer) go to every operation: riffusion and producer get_task / aget_task,
create / acreate for every request variant of the spec (uploads, producer download, lyrics and video included),
upload / aupload, wait_for_task / await_task, create_and_wait / acreate_and_wait, and call() / acall() on
credits. Once through a mock transport (fast, thousands of answers) and once over a real socket (HostileServer:
httpcore's framing).

For every answer:
- nothing but a MusicAPIError (or the result) comes out, and neither an error (nor any exception chained to
  it) nor a result shows the API key (echoed plain or as \\u escapes);
- a paid call whose answer holds a task id (put there by the test, anywhere in the JSON: top level, nested, as
  a number; and still intact in what the client received) raises an error carrying that id, or returns it;
- a paid call is sent once, unless the answer is a 429 that names no task (then at most max_attempts times);
- a poll's error carries the polled task id;
- a poll answered 202 never ends in "unexpected answer" (ResponseValidationError): 202 means not yet.

Deterministic (derandomized) and sized for `make test`; MUSICAPI_FUZZ_EXAMPLES=20000 runs a larger search.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import os
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.models import RiffusionClip
from tests.bodies import ALL_VARIANTS, body_for
from tests.fakes import Sleeps, no_jitter
from tests.hostile_server import HostileServer, Reply, Request
from tests.support import SPEC, TEST_KEY

pytestmark = pytest.mark.slow

SCALE = int(os.environ.get("MUSICAPI_FUZZ_EXAMPLES", "0") or 0)
MOCK_EXAMPLES = SCALE or 1500
SOCKET_EXAMPLES = SCALE // 4 if SCALE else 300
ATTEMPTS = 3
POLLED = "t-1"


def _collect(node: Any, names: set[str], enums: set[str]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            names.update(node["properties"])
        if isinstance(node.get("enum"), list):
            enums.update(str(v) for v in node["enum"])
        for value in node.values():
            _collect(value, names, enums)
    elif isinstance(node, list):
        for value in node:
            _collect(value, names, enums)


_NAMES: set[str] = set()
_ENUMS: set[str] = set()
_collect(SPEC["components"], _NAMES, _ENUMS)
TASK_ID_KEYS = ("task_id", "taskId")
# Keys a server's answer is made of: the spec's own field names (but the task id keys, which only the test
# places), and a few it does not know.
KEYS = [*sorted(_NAMES - set(TASK_ID_KEYS)), "detail", "result", "items", "id", "x"]
STRINGS = [
    "",
    " ",
    "\ud83d",
    "caf\udce9",
    "\x1b]0;pwned\x07\x1b[2J",
    "\x9b31m",
    "\u202eevil",
    "\x00",
    TEST_KEY,
    f"Invalid API key provided: {TEST_KEY}",
    "https://user:pass@cdn.example/a.mp3",
    "https://cdn.example/a.mp3",
    "http://127.0.0.1:9/a.wav",
    "2024-01-01T00:00:00Z",
    "task not found.",
    "not_ready",
    "..",
    *sorted(_ENUMS),
]


def _strip_ids(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_ids(v) for k, v in node.items() if k not in TASK_ID_KEYS}
    if isinstance(node, list):
        return [_strip_ids(v) for v in node]
    return node


# The spec's own example answers, without their task ids (the test places those itself).
EXAMPLES = [
    _strip_ids(example)
    for by_status in facts.EXAMPLES.values()
    for by_name in by_status.values()
    for example in by_name.values()
]

SCALARS: list[Any] = [None, True, False, 0, 1, 200, 202, -1, 10**20, 10**400, -(10**30), 0.5, 1e308, -0.0]
SCALARS += [float("nan"), float("inf"), float("-inf"), *STRINGS]


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value shaped like the API's answers or not: spec field names as keys, hostile strings and numbers.
    (Built from a seed that hypothesis draws: far cheaper than drawing every node, and just as repeatable.)"""
    roll = rng.random()
    if depth >= 4 or roll < 0.45:
        if rng.random() < 0.2:
            return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0, 0x110000)])) for _ in range(8))
        return rng.choice(SCALARS)
    if roll < 0.6:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return {rng.choice(KEYS): random_json(rng, depth + 1) for _ in range(rng.randrange(0, 6))}


def mutated(rng: random.Random, node: Any, depth: int = 0) -> Any:
    """`node` (a spec example) with some of its parts replaced, dropped or left as they are."""
    roll = rng.random()
    if roll < 0.15:
        return random_json(rng, depth)
    if isinstance(node, dict):
        return {k: mutated(rng, v, depth + 1) for k, v in node.items() if rng.random() > 0.15}
    if isinstance(node, list):
        return [mutated(rng, v, depth + 1) for v in node if rng.random() > 0.15]
    return node


def _dicts(node: Any, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            _dicts(value, found)
    elif isinstance(node, list):
        for value in node:
            _dicts(value, found)
    return found


@dataclass(frozen=True)
class Answer:
    status: int
    content: bytes
    headers: tuple[tuple[str, str], ...]
    framing: str
    needle: bytes | None  # the task id as the JSON text holds it, when the test placed one
    marker: str | None
    encoding: str = "utf-8"  # of the body (a UTF-16 or UTF-32 one carries its BOM)

    def delivered(self, over_socket: bool) -> bytes:
        """What of the body a client can receive."""
        if over_socket and self.framing in ("drop", "reset", "headers-cut", "raw", "chunked-cut"):
            return b""
        return self.content

    def names_task(self, over_socket: bool) -> bool:
        """The placed task id arrived intact (a number must be followed by something, else it may be cut)."""
        if self.needle is None:
            return False
        text = self.delivered(over_socket)
        if self.encoding != "utf-8":
            text = text.decode(self.encoding, "replace").encode("utf-8", "surrogatepass")
        start = text.find(self.needle)
        if start < 0:
            return False
        if self.needle.endswith(b'"'):
            return True
        after = text[start + len(self.needle) : start + len(self.needle) + 1]
        return after in (b",", b"}", b"]", b" ")


STATUSES = [200, 201, 202, 400, 401, 402, 403, 404, 408, 409, 410, 422, 429, 500, 502, 503, 504]
STATUS = {
    False: st.sampled_from([*STATUSES, 204, 299, 304]) | st.integers(200, 599),
    True: st.sampled_from(STATUSES) | st.integers(200, 599).filter(lambda s: s not in (204, 304)),
}
MANGLES = st.sampled_from(
    ["none", "none", "none", "cut", "nul", "bom", "html", "bytes", "empty", "utf-16", "utf-32", "escaped-key"]
)
ESCAPED_KEY = "".join(f"\\u{ord(c):04x}" for c in TEST_KEY)  # the key as a JSON string may write it
KEY_FORMS = (TEST_KEY, ESCAPED_KEY, ESCAPED_KEY.upper().replace("\\U", "\\u"))
SEEDS = st.integers(0, 2**32)


@st.composite
def answers(draw: st.DrawFn, over_socket: bool) -> Answer:
    """One answer: hypothesis draws its status, how it is mangled and framed, and a seed for the rest."""
    status = draw(STATUS[over_socket], label="status")
    mangle = draw(MANGLES, label="mangle")
    framing = draw(st.sampled_from(SOCKET_FRAMINGS), label="framing") if over_socket else "length"
    rng = random.Random(draw(SEEDS, label="seed"))
    data: Any = mutated(rng, copy.deepcopy(rng.choice(EXAMPLES))) if rng.random() < 0.5 else random_json(rng)
    marker: str | None = None
    needle: bytes | None = None
    if rng.random() < 0.67:  # two answers in three name a task somewhere
        key = rng.choice(TASK_ID_KEYS)
        ids: list[str | int] = ["tid-7f3a", "6d7253ac-916e-49a8-b288-91ffa7f8a8cd", rng.randrange(1, 10**12)]
        value = rng.choice(ids)
        holders = _dicts(data, [])
        if not holders:
            data = {"data": data}
            holders = [data]
        rng.choice(holders)[key] = value
        marker = str(value)
        needle = f"{json.dumps(key)}: {json.dumps(value)}".encode()
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    content = text.encode("utf-8", "surrogatepass")  # lone surrogates become invalid UTF-8 when not escaped
    encoding = "utf-8"
    if mangle == "escaped-key":  # every echo of the key written as \u escapes (the key is only inside strings)
        content = text.replace(TEST_KEY, rng.choice(KEY_FORMS[1:])).encode("utf-8", "surrogatepass")
    elif mangle in ("utf-16", "utf-32"):  # with the BOM Python writes; the charset may say otherwise
        encoding, content = mangle, text.encode(mangle, "surrogatepass")
    elif mangle == "cut":
        content = content[: rng.randrange(0, len(content) + 1)]
    elif mangle == "nul":
        content += b"\x00" * rng.randrange(1, 9)
    elif mangle == "bom":
        content = "\ufeff".encode() + content
    elif mangle == "html":
        content = b"<html><body>" + content + b"</body></html>"
    elif mangle in ("bytes",) or framing == "raw":
        content = rng.randbytes(rng.randrange(0, 64))
    elif mangle == "empty":
        content = b""
    headers = [("Content-Type", rng.choice(CONTENT_TYPES))]
    headers += [(name, rng.choice(values)) for name, values in OPTIONAL_HEADERS if rng.random() < 0.25]
    return Answer(status, content, tuple(headers), framing, needle, marker, encoding)


CONTENT_TYPES = [
    "application/json",
    "text/html",
    "application/json; charset=latin-1",
    "application/json; charset=nonsense",
    "",
]
OPTIONAL_HEADERS = [
    ("Content-Encoding", ["gzip", "br", "identity", "x-nonsense"]),
    ("Retry-After", ["0", "-1", "nan", "1e400", "Sat, 01 Jan 10000000000000000000 00:00:00 GMT", "soon"]),
    ("X-Request-Id", ["req-1", TEST_KEY, "\x7f" * 3]),
]
SOCKET_FRAMINGS = ["length", "length", "chunked", "close", "short", "chunked-cut", "drop", "reset", "headers-cut"]


# ---- the operations --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    name: str
    run: Callable[..., Any]  # (client, variant) -> result, sync or async
    paid: bool  # its first request is a paid POST
    polls: bool  # it polls task POLLED (or the created one)
    variants: tuple[str, ...] = ("",)


def _fast() -> rt.PollSchedule:
    return rt.PollSchedule.fixed(0.002)


class Clock:
    """Time that moves only when the wait sleeps (no real sleeping for the sync waits)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def _wait(api: str) -> Callable[..., Any]:
    def run(client: AuthenticatedClient, _: str) -> Any:
        clock = Clock()
        every = rt.PollSchedule.fixed(1.0)  # in the fake clock's seconds: at most a handful of polls
        return rt.wait_for_task(
            client, POLLED, family=facts.FAMILIES[api], timeout=4, schedule=every, sleep=clock.sleep, clock=clock
        )

    return run


def _await(api: str) -> Callable[..., Any]:
    async def run(client: AuthenticatedClient, _: str) -> Any:
        return await rt.await_task(client, POLLED, family=facts.FAMILIES[api], timeout=0.03, schedule=_fast())

    return run


def _get(api: str) -> Callable[..., Any]:
    return lambda client, _: rt.get_task(client, POLLED, family=facts.FAMILIES[api])


def _aget(api: str) -> Callable[..., Any]:
    async def run(client: AuthenticatedClient, _: str) -> Any:
        return await rt.aget_task(client, POLLED, family=facts.FAMILIES[api])

    return run


def _create(client: AuthenticatedClient, variant: str) -> Any:
    return rt.create(client, body_for(variant))


async def _acreate(client: AuthenticatedClient, variant: str) -> Any:
    return await rt.acreate(client, body_for(variant))


def _upload(client: AuthenticatedClient, _: str) -> Any:
    return rt.upload(client, "https://example.com/a.mp3")


async def _aupload(client: AuthenticatedClient, _: str) -> Any:
    return await rt.aupload(client, "https://example.com/a.mp3")


def _create_and_wait(client: AuthenticatedClient, variant: str) -> Any:
    return rt.create_and_wait(client, body_for(variant), timeout=0.03, schedule=_fast())


async def _acreate_and_wait(client: AuthenticatedClient, variant: str) -> Any:
    return await rt.acreate_and_wait(client, body_for(variant), timeout=0.03, schedule=_fast())


def _credits(client: AuthenticatedClient, _: str) -> Any:
    return rt.call(get_credits.sync_detailed, client=client)


async def _acredits(client: AuthenticatedClient, _: str) -> Any:
    return await rt.acall(get_credits.asyncio_detailed, client=client)


@dataclass
class Files:
    """Where the download operations of the current example fetch from and save to."""

    base: str = ""
    http: Callable[[], httpx.Client] | None = None
    ahttp: Callable[[], httpx.AsyncClient] | None = None
    folder: Path = Path()


FILES = Files()


def _song() -> RiffusionClip:
    return RiffusionClip.from_dict(
        {"clip_id": "c-1", "title": "Song", "state": "succeeded", "audio_url": f"{FILES.base}/files/song.mp3"}
    )


def _download(client: AuthenticatedClient, _: str) -> Any:
    assert FILES.http is not None
    with FILES.http() as http:
        return rt.download(_song(), FILES.folder, http=http, task_id=POLLED, max_bytes=1 << 20)


async def _adownload(client: AuthenticatedClient, _: str) -> Any:
    assert FILES.ahttp is not None
    async with FILES.ahttp() as http:
        return await rt.adownload(_song(), FILES.folder, http=http, task_id=POLLED, max_bytes=1 << 20)


WAITABLE = tuple(v for v in ALL_VARIANTS if facts.OPERATIONS[facts.VARIANTS[v].operation].polls)
OPERATIONS = [
    *(Operation(f"{api}.get_task", _get(api), False, True) for api in facts.FAMILIES),
    *(Operation(f"{api}.aget_task", _aget(api), False, True) for api in facts.FAMILIES),
    *(Operation(f"{api}.wait_for_task", _wait(api), False, True) for api in facts.FAMILIES),
    *(Operation(f"{api}.await_task", _await(api), False, True) for api in facts.FAMILIES),
    Operation("create", _create, True, False, ALL_VARIANTS),
    Operation("acreate", _acreate, True, False, ALL_VARIANTS),
    Operation("upload", _upload, True, False),
    Operation("aupload", _aupload, True, False),
    Operation("create_and_wait", _create_and_wait, True, True, WAITABLE),
    Operation("acreate_and_wait", _acreate_and_wait, True, True, WAITABLE),
    Operation("credits.call", _credits, False, False),
    Operation("credits.acall", _acredits, False, False),
    Operation("download", _download, False, False),
    Operation("adownload", _adownload, False, False),
]


@pytest.mark.parametrize("variant", ALL_VARIANTS)
def test_every_variant_has_a_valid_body(variant: str) -> None:
    """The fuzz sends a valid body of every variant (so that the answer, not the body, is what is tested)."""
    rt.validate_body(body_for(variant))


def test_the_fuzz_reaches_every_operation_family() -> None:
    """Every paid operation of the spec has variants in the fuzz, and both APIs are polled."""
    paid = {facts.VARIANTS[v].operation for v in ALL_VARIANTS}
    assert paid == {op for op in (o for o in facts.OPERATIONS) if facts.OPERATIONS[op].variants}
    assert set(facts.FAMILIES) <= {o.name.split(".")[0] for o in OPERATIONS}


# ---- running one answer ----------------------------------------------------------------------------------


@dataclass
class Served:
    """The answers the fake server gives: the paid call's (first POST) and everything else's."""

    paid: Answer
    other: Answer
    posts: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def pick(self, method: str, path: str) -> Answer:
        if method == "POST":
            with self.lock:
                self.posts.append(path)
            return self.paid
        return self.other


def _mock_clients(served: Served) -> AuthenticatedClient:
    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        answer = served.pick(request.method, request.url.path)
        stream = httpx.ByteStream(answer.content)
        return httpx.Response(answer.status, headers=list(answer.headers), stream=stream, request=request)

    async def ahandle(request: httpx.Request) -> httpx.Response:
        return handle(request)

    sleeps = Sleeps()
    policy = rt.RetryPolicy(max_attempts=ATTEMPTS, jitter=no_jitter)
    FILES.base = "https://api.example"
    FILES.http = lambda: httpx.Client(transport=rt.RetryTransport(httpx.MockTransport(handle), policy, sleep=sleeps))
    FILES.ahttp = lambda: httpx.AsyncClient(
        transport=rt.AsyncRetryTransport(httpx.MockTransport(ahandle), policy, sleep=sleeps.asleep)
    )
    return rt.connect(
        TEST_KEY,
        base_url=FILES.base,
        transport=rt.RetryTransport(httpx.MockTransport(handle), policy, sleep=sleeps),
        async_transport=rt.AsyncRetryTransport(httpx.MockTransport(ahandle), policy, sleep=sleeps.asleep),
    )


def _socket_client(url: str) -> AuthenticatedClient:
    sleeps = Sleeps()
    policy = rt.RetryPolicy(max_attempts=ATTEMPTS, jitter=no_jitter)
    FILES.base = url
    FILES.http = lambda: httpx.Client(transport=rt.RetryTransport(None, policy, sleep=sleeps), timeout=5.0)
    FILES.ahttp = lambda: httpx.AsyncClient(
        transport=rt.AsyncRetryTransport(None, policy, sleep=sleeps.asleep), timeout=5.0
    )
    return rt.connect(
        TEST_KEY,
        base_url=url,
        timeout=5.0,
        transport=rt.RetryTransport(None, policy, sleep=sleeps),
        async_transport=rt.AsyncRetryTransport(None, policy, sleep=sleeps.asleep),
    )


def _run(operation: Operation, client: AuthenticatedClient, variant: str) -> tuple[Any, BaseException | None]:
    """Run the operation on a fresh client, closed afterwards (its connections too)."""

    async def run_async() -> Any:
        async with client:
            return await operation.run(client, variant)

    try:
        if inspect.iscoroutinefunction(operation.run):
            return asyncio.run(run_async()), None
        with client:
            return operation.run(client, variant), None
    except Exception as error:
        return None, error


def check(operation: Operation, served: Served, result: Any, error: BaseException | None, socket: bool) -> None:
    """The properties every (operation, answer) pair must have."""
    where = f"{operation.name}: paid answer {served.paid}, other answer {served.other}"
    if error is not None and not isinstance(error, rt.MusicAPIError):
        raise AssertionError(f"{type(error).__name__} escaped: {error!r}\n{where}") from error
    if isinstance(error, rt.MusicAPIError):
        shown = " ".join(map(str, [error, repr(error), error.message, error.body, error.task_id, error.request_id]))
        assert not [form for form in KEY_FORMS if form in shown], where
        for link in _chain(error):  # nor any exception chained to it (what a traceback or error tracker shows)
            held = getattr(link, "object", b"")  # the bytes (or text) a codec error keeps
            held = held.decode("utf-8", "replace") if isinstance(held, bytes) else str(held)
            kept = f"{link} {link!r} {held} {getattr(link, 'doc', '')}"
            assert TEST_KEY not in kept, f"{kept}\n{where}"
    if error is None:  # what is returned does not show an echoed key either (its repr, its data)
        shown = f"{result!r} {json.dumps(getattr(result, 'to_dict', dict)(), default=str)}"
        assert not [form for form in KEY_FORMS if form in shown], f"{shown}\n{where}"
    if operation.paid:
        named = served.paid.names_task(socket)
        sends = len(served.posts)
        if served.paid.status == 429 and not named:
            assert 1 <= sends <= ATTEMPTS, where
        else:
            assert sends == 1, f"sent {sends} times; {where}"
        if named and error is not None:
            assert error.task_id == served.paid.marker, f"task_id {error.task_id!r}; {where}"
        if named and error is None:
            assert str(served.paid.marker) in json.dumps(result.to_dict(), default=str), where
    elif operation.polls and error is not None:
        assert error.task_id == POLLED, f"task_id {error.task_id!r}; {where}"
    if operation.polls and served.other.status == 202 and type(error) is rt.ResponseValidationError:
        raise AssertionError(f"a 202 poll answer is not yet, whatever its body: {error!r}\n{where}")
    if operation.name.endswith("download"):
        left = sorted(p.name for p in FILES.folder.iterdir())
        assert all(not name.endswith(".part") for name in left), f"{left}; {where}"  # nothing half-written
        assert error is None or error.task_id == POLLED, where


def _chain(error: BaseException) -> list[BaseException]:
    """Every exception chained to `error`: causes and contexts, as deep as they go."""
    found: list[BaseException] = []
    todo: list[BaseException | None] = [error.__cause__, error.__context__]
    while todo:
        link = todo.pop()
        if link is not None and not any(link is seen for seen in found):
            found.append(link)
            todo += [link.__cause__, link.__context__]
    return found


FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@settings(FUZZ, max_examples=MOCK_EXAMPLES)
@given(operation=st.sampled_from(OPERATIONS), answer=answers(over_socket=False), data=st.data())
def test_any_answer_through_a_mock_transport(
    operation: Operation, answer: Answer, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    served = _served(operation, answer, data, over_socket=False)
    variant = data.draw(st.sampled_from(operation.variants), label="variant")
    FILES.folder = tmp_path_factory.mktemp("songs")
    result, error = _run(operation, _mock_clients(served), variant)
    check(operation, served, result, error, socket=False)


def _served(operation: Operation, answer: Answer, data: st.DataObject, over_socket: bool) -> Served:
    """The answer goes to the operation's first request; a create that then polls gets a second one for its
    polls (an acceptance naming the task half of the time, so that the polls are reached)."""
    if not (operation.paid and operation.polls):
        return Served(answer, answer)
    other = data.draw(answers(over_socket), label="answer to the polls")
    if data.draw(st.booleans(), label="accepted"):
        accepted = b'{"task_id": "tid-7f3a", "message": "success"}'
        answer = Answer(
            200, accepted, (("Content-Type", "application/json"),), "length", b'"task_id": "tid-7f3a"', "tid-7f3a"
        )
    return Served(answer, other)


@pytest.fixture(scope="module")
def hostile() -> Any:
    """One real server for the whole socket fuzz; each example sets what it answers."""
    state: dict[str, Served] = {}

    def respond(request: Request) -> Reply:
        answer = state["served"].pick(request.method, request.path)
        return Reply(answer.status, answer.content, answer.headers, answer.framing)

    with HostileServer(respond) as server:
        yield server, state


@settings(FUZZ, max_examples=SOCKET_EXAMPLES, suppress_health_check=list(HealthCheck))
@given(operation=st.sampled_from(OPERATIONS), answer=answers(over_socket=True), data=st.data())
def test_any_answer_over_a_real_socket(
    hostile: tuple[HostileServer, dict[str, Served]],
    operation: Operation,
    answer: Answer,
    data: st.DataObject,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    server, state = hostile
    served = state["served"] = _served(operation, answer, data, over_socket=True)
    variant = data.draw(st.sampled_from(operation.variants), label="variant")
    FILES.folder = tmp_path_factory.mktemp("songs")
    result, error = _run(operation, _socket_client(server.url), variant)
    check(operation, served, result, error, socket=True)
