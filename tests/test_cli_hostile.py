"""No traceback from any `musicapi` command, for any input or server answer.

The real entry point runs as a subprocess against HostileServer (a raw socket server in this process) that
answers hostile bodies: malformed tasks, escape sequences and lone surrogates in every printed field, numbers
too big to convert, the key echoed back, bodies cut short, connections dropped, garbage instead of HTTP. Every
run must end with a documented exit code, no "Traceback", no raw control character on stdout or stderr, and
never the API key. Paid commands must show the task id when the answer held one. Also: argv fuzzed with
hypothesis, `webhook listen` fed bad deliveries, and the CLI findings of the audit one by one.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import musicapi_spec as facts
from musicapi_sandbox import free_port
from musicapi_spec.webhook import sign
from tests.hostile_server import HostileServer, Reply, Request

pytestmark = pytest.mark.slow

MUSICAPI = str(Path(sys.executable).parent / "musicapi")
KEY = "sk-hostile-0123456789abcdefKEY"
# The exit codes the CLI documents (musicapi_cli/exits.py and docs/cli.md): nothing else may come out.
DOCUMENTED_EXITS = {0, 2, 3, 4, 5, 6, 7, 8, 130}
# What a terminal could act on: C0 controls but newline, DEL, C1 controls, bidirectional overrides.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil"
JSON_TYPE = (("Content-Type", "application/json"),)


def js(status: int, body: Any, framing: str = "length") -> Reply:
    return Reply(status, json.dumps(body).encode(), JSON_TYPE, framing)


@dataclass
class Run:
    args: list[str]
    code: int
    stdout: str
    stderr: str
    requests: list[Request]

    def __str__(self) -> str:
        return f"musicapi {' '.join(self.args)} -> {self.code}\nstdout: {self.stdout!r}\nstderr: {self.stderr!r}"


def env_for(url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    fast = {"MUSICAPI_POLL_SECONDS": "0.2"}
    return {**env, **fast, "MUSICAPI_API_KEY": KEY, "MUSICAPI_BASE_URL": url, "COLUMNS": "100", **extra}


def musicapi(
    args: list[str | bytes],
    respond: Callable[[Request], Reply] | None = None,
    *,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    shell_suffix: str = "",
    timeout: float = 60,
    **env: str,
) -> Run:
    """Run the real command against a fresh HostileServer answering `respond` (or nothing reachable)."""
    with HostileServer(respond or (lambda _: js(500, {"error": "unscripted"}))) as server:
        environment = env_for(server.url, **env)
        if shell_suffix:  # for redirections the test needs (stdin closed, stdout full)
            quoted = " ".join("'" + (a.decode("latin-1") if isinstance(a, bytes) else a) + "'" for a in args)
            command: Any = ["bash", "-c", f"exec '{MUSICAPI}' {quoted} {shell_suffix}"]
        else:
            command = [MUSICAPI, *args]
        done = subprocess.run(command, env=environment, input=stdin, capture_output=True, timeout=timeout, cwd=cwd)
        requests = list(server.handled)
    shown = [a.decode("utf-8", "replace") if isinstance(a, bytes) else a for a in args]
    out = done.stdout.decode("utf-8", "surrogateescape")
    err = done.stderr.decode("utf-8", "surrogateescape")
    return Run(shown, done.returncode, out, err, requests)


def assert_clean(run: Run) -> None:
    """What every run must satisfy, whatever happened."""
    assert run.code in DOCUMENTED_EXITS, run
    assert "Traceback" not in run.stderr and "Traceback" not in run.stdout, run
    for stream in (run.stdout, run.stderr):
        found = RAW_CONTROL.search(stream)
        assert found is None, f"raw {found.group()!r} printed\n{run}"
        assert KEY[: len(KEY) // 2] not in stream, run  # not whole, nor cut short
        assert "object at 0x" not in stream and "Unset" not in stream, run
    assert run.stderr.count("musicapi: error:") <= 1, run


# ---- a server that answers hostile bodies ---------------------------------------------------------------------


def clip(url: str, **fields: Any) -> dict[str, Any]:
    return {
        "clip_id": "c-1",
        "state": "succeeded",
        "status": "SUCCESS",
        "title": "Song",
        "audio_url": f"{url}/files/a.mp3",
        "image_url": f"{url}/files/a.jpg",
        "duration": 12.5,
        **fields,
    }


def finished(url: str, **fields: Any) -> dict[str, Any]:
    """A finished task as both APIs can read it (two clips; a top-level SUCCESS status)."""
    second = {"clip_id": "c-2", **fields}
    return {"code": 200, "status": "SUCCESS", "data": [clip(url, **fields), clip(url, **second)]}


def hostile_answers(url: str) -> dict[str, Reply]:
    """Answers no command may print a traceback for (each also reaches the task polls and the credits)."""
    deep = b"[" * 50_000 + b"]" * 50_000
    return {
        "type-null-data-null": js(200, {"type": None, "data": [None]}),
        "type-x-data-1": js(200, {"type": "x", "data": [1]}),
        "type-x-data-ab": js(200, {"type": "x", "data": ["ab"]}),
        "escapes-everywhere": js(200, finished(url, title=ESCAPES, state=ESCAPES, clip_id="c\x1b[2J", lyrics=ESCAPES)),
        "lone-surrogates": js(200, finished(url, title="\ud83d", clip_id="c-\udce9", state="\ud83d")),
        "huge-duration": js(200, finished(url, duration=10**400)),
        "infinite-duration": Reply(200, json.dumps(finished(url, duration=float("inf"))).encode(), JSON_TYPE),
        "missing-fields": js(200, {"code": 200, "status": "SUCCESS", "data": [{}, {"clip_id": None}]}),
        "key-echoed-401": js(401, {"error": f"Invalid API key provided: {KEY}"}),
        "key-echoed-cut-short": js(401, {"error": f"Invalid API key provided: {KEY[:-1]}"}),
        "key-echoed-in-title": js(200, finished(url, title=f"for {KEY}")),
        "failed-with-escapes": js(200, {"type": "failed", "error": ESCAPES + "\ud83d"}),
        "producer-failed": js(200, {"status": "FAILED", "message": ESCAPES, "data": []}),
        "task-id-cut-short": Reply(200, b'{"task_id": "tid-cut", "message": "succe', JSON_TYPE, "short"),
        "task-id-number": js(200, {"task_id": 123456789}),
        "task-id-in-503": js(503, {"error": "down", "task_id": "tid-503"}),
        "task-id-in-429": js(429, {"error": "slow down", "task_id": "tid-429"}),
        "nul-and-bom": Reply(201, '\ufeff{"task_id": "tid-bom"}\x00\x00'.encode(), JSON_TYPE),
        "non-utf8-error": Reply(400, b'{"error": "caf\xe9 \x1b[2J \xff"}', JSON_TYPE),
        "html-502": Reply(502, b"<html>\x1b[31mBad gateway\x07</html>", (("Content-Type", "text/html"),)),
        "deeply-nested": Reply(200, deep, JSON_TYPE),
        "credits-hostile": js(200, {"credits": ESCAPES, "extra_credits": 10**400}),
        "dropped": Reply(200, b"", framing="drop"),
        "reset": Reply(200, b"", framing="reset"),
        "not-http": Reply(200, b"\xff\xfe\x00SSH-2.0-garbage\r\n\x1b[2J", framing="raw"),
    }


def responder(url: str, post: Reply | None, get: Reply | None) -> Callable[[Request], Reply]:
    """POST (paid) gets `post`, task polls and credits get `get`; None means a sane answer."""

    def respond(request: Request) -> Reply:
        if request.path.startswith("/files/"):
            return Reply(200, b"ID3" + b"\x00" * 2000, (("Content-Type", "audio/mpeg"),))
        if request.method == "POST":
            return post or js(200, {"task_id": "tid-ok", "message": "success"})
        if "/task/" in request.path:
            return get or js(200, finished(url))
        return get or js(200, {"credits": 100, "extra_credits": 0})

    return respond


def hostile(name: str, where: str) -> Callable[[Request], Reply]:
    """A responder that gives the hostile answer `name` to POSTs (where="post") or to GETs (where="get")."""

    def respond(request: Request) -> Reply:
        url = f"http://{request.headers.get('host', '127.0.0.1')}"
        answer = hostile_answers(url)[name]
        return responder(url, answer if where == "post" else None, answer if where == "get" else None)(request)

    return respond


READING = [
    ["riffusion", "get", "t-1"],
    ["producer", "get", "t-1", "--json"],
    ["riffusion", "wait", "t-1", "--timeout", "2", "--download", "{dir}", "--image"],
    ["producer", "wait", "t-1", "--timeout", "2", "--json"],
    ["sonic", "get", "t-1", "--json"],
    ["sonic", "wait", "t-1", "--timeout", "2", "--download", "{dir}", "--folders"],
    ["credits"],
    ["credits", "--json"],
]
PAYING = [
    ["producer", "create", "--sound", "lo-fi", "--json"],
    ["riffusion", "create", "--prompt", "x"],
    ["riffusion", "upload", "https://example.com/a.mp3", "--json"],
    ["producer", "upload", "https://example.com/a.mp3"],
    ["producer", "download", "c-1", "--json"],
    ["producer", "lyrics", "--description", "the sea"],
    ["sonic", "create", "--gpt-description-prompt", "x", "--json"],
    ["sonic", "lyrics", "the sea"],
    ["sonic", "wav", "c-1", "--download", "{dir}", "--json"],
    ["sonic", "create-persona", "--name", "me", "--clip-id", "c-1"],
    ["sonic", "upload", "https://example.com/a.mp3", "--json"],
]
WAITING = [
    ["riffusion", "create", "--prompt", "x", "--wait", "--timeout", "2", "--download", "{dir}"],
    ["producer", "create", "--sound", "x", "--wait", "--timeout", "2", "--json", "--download", "{dir}", "--wav"],
    ["sonic", "stems", "c-1", "--wait", "--timeout", "2", "--download", "{dir}", "--stems", "--json"],
]
NAMES = list(hostile_answers("http://h"))
# The answers that name a task, and the id a paid command must then show.
NAMED_TASKS = {
    "task-id-cut-short": "tid-cut",
    "task-id-number": "123456789",
    "task-id-in-503": "tid-503",
    "task-id-in-429": "tid-429",
    "nul-and-bom": "tid-bom",
}


def _with_dir(args: list[str], folder: Path) -> list[str | bytes]:
    return [str(folder) if a == "{dir}" else a for a in args]


def test_no_command_prints_a_traceback_for_any_hostile_answer(tmp_path: Path) -> None:
    """Each hostile answer goes to a reading command (get / wait / credits), to a paid command (create, upload,
    download, lyrics: its POST gets the answer) and to a create --wait whose polls get it. Which commands is
    rotated, so that every command meets many answers. The runs go eight at a time; every failure is listed."""
    plans = []
    for index, name in enumerate(NAMES):
        plans.append((name, READING[index % len(READING)], "get"))
        plans.append((name, PAYING[index % len(PAYING)], "post"))
        plans.append((name, WAITING[index % len(WAITING)], "get"))

    def one(number: int) -> tuple[str, str, Run]:
        name, args, where = plans[number]
        return name, where, musicapi(_with_dir(args, tmp_path / f"run{number}"), hostile(name, where))

    failures = []
    with ThreadPoolExecutor(max_workers=8) as pool:
        for name, where, run in pool.map(one, range(len(plans))):
            try:
                assert_clean(run)
                posted = [r for r in run.requests if r.method == "POST"]
                assert len(posted) <= 1, run  # a paid call is never sent twice
                expected = NAMED_TASKS.get(name)
                if where == "post" and posted and expected:
                    assert expected in run.stderr, run
                    if "--json" in run.args and run.code != 0:
                        assert json.loads(run.stdout)["error"]["task_id"] == expected, run
            except AssertionError as failure:
                failures.append(f"[{name}] {failure}")
    assert not failures, "\n\n".join(failures)


# ---- argv fuzzed -----------------------------------------------------------------------------------------------

WORDS = sorted({*facts.OPERATIONS, *facts.FAMILIES, "credits", "webhook", "listen", "sandbox", "get"})
WORDS += ["create", "wait", "upload", "download", "extend", "cover", "replace", "lyrics", "video", "swap-sound"]
OPTIONS = sorted({"--" + f.name.replace("_", "-") for v in facts.VARIANTS.values() for f in v.fields})
OPTIONS += ["--json", "--wait", "--timeout", "--download", "--wav", "--image", "--no-audio", "--lyrics-file"]
OPTIONS += ["--uploaded", "--base-url", "--port", "--host", "--secret", "--help", "--version", "-h", "--", "-"]
VALUES: list[str | bytes] = [
    "x", "", " ", "-1", "0", "nan", "inf", "1e999", "9" * 400, "t-1", "..", "FUZZ-1.0", "create_music",
    "http://a..b", "https://example.com/a.mp3", "ftp://x", "\x1b[2J", "\ud83d", "caf\u00e9", "/dev/null",
    b"caf\xe9", b"\xff\xfe", "songs", "-",
]  # fmt: skip


def _token(value: str | bytes) -> str | bytes:
    if isinstance(value, str) and "\ud83d" in value:
        return value.encode("utf-8", "surrogatepass")  # a lone surrogate cannot be an argument otherwise
    return value


@settings(
    max_examples=int(os.environ.get("MUSICAPI_FUZZ_ARGV", "30")),
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    argv=st.lists(st.sampled_from(WORDS) | st.sampled_from(OPTIONS) | st.sampled_from(VALUES), max_size=8).map(
        lambda words: [_token(w) for w in words]
    ),
    head=st.sampled_from([[], ["riffusion"], ["producer"], ["riffusion", "create"], ["producer", "create"]]),
)
def test_fuzzed_argv_never_prints_a_traceback(argv: list[str | bytes], head: list[str]) -> None:
    """Any command line: a documented exit code, one line on error, nothing raw on the terminal. The server
    answers sanely (finished tasks with hostile titles), so commands that pass their checks run through; they
    run in a scratch folder (a fuzzed --download folder lands there)."""
    if "sandbox" in argv or b"sandbox" in argv or "listen" in argv:
        return  # servers that would keep running: their arguments are tested below
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"musicapi-argv-{os.getpid()}"
    scratch.mkdir(exist_ok=True)

    def respond(request: Request) -> Reply:
        url = f"http://{request.headers.get('host', '127.0.0.1')}"
        return responder(url, None, js(200, finished(url, title=ESCAPES)))(request)

    run = musicapi([*head, *argv], respond, stdin=b"[Verse]\nla", cwd=scratch, timeout=90)
    assert_clean(run)
    assert len([r for r in run.requests if r.method == "POST"]) <= 1, run


# ---- webhook listen with bad deliveries -------------------------------------------------------------------------

SECRET = "whsec-hostile-0123456789"


def _signed(body: bytes, secret: str = SECRET, stamp: int | None = None) -> bytes:
    timestamp = str(int(time.time()) if stamp is None else stamp)
    headers = {
        "X-Webhook-Id": "evt-1",
        "X-Webhook-Event": "song.completed",
        "X-Webhook-Timestamp": timestamp,
        "X-Webhook-Signature": sign(secret, body, timestamp),
    }
    lines = [f"{k}: {v}" for k, v in headers.items()] + [f"Content-Length: {len(body)}"]
    return ("POST /hook HTTP/1.1\r\nHost: x\r\n" + "\r\n".join(lines) + "\r\n\r\n").encode() + body


def _deliver(port: int, raw: bytes, close_early: bool = False) -> bytes:
    """What the listener answered (nothing when the delivery is cut short)."""
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(raw)
        if close_early:
            return answer
        conn.settimeout(5)
        try:
            while chunk := conn.recv(65536):
                answer += chunk
        except OSError:
            pass
    return answer


def _listening(process: subprocess.Popen[bytes]) -> None:
    assert process.stderr is not None
    line = process.stderr.readline().decode("utf-8", "replace")
    assert "listening" in line, line


@pytest.mark.parametrize("as_json", [False, True])
def test_webhook_listen_survives_bad_deliveries(as_json: bool, tmp_path: Path) -> None:
    """Garbage, missing or lying Content-Length, bad or missing signatures, replays, bodies that are not JSON
    or not a task, invalid UTF-8, a delivery cut short: each is one line on stderr, never a traceback; then a
    good delivery whose titles hold escape sequences and lone surrogates is printed safely and --once ends it."""
    port = free_port()
    task = {"status": "SUCCESS", "task_id": "tid-hook", "data": [{"clip_id": "c-1", "title": ESCAPES + "\ud83d"}]}
    good = json.dumps(task).encode()
    bad = [
        (b"garbage\r\n\r\n", False),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", False),  # a TLS hello on a plain port
        (b"POST /hook HTTP/1.1\r\nHost: x\r\n\r\n", False),
        (b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", False),
        (b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: \xb2\r\n\r\n", False),  # latin-1 "²": isdigit() says yes
        (b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n", False),
        (b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", False),
        (_signed(good, secret="wrong-secret-0000"), False),
        (_signed(good, stamp=1), False),
        (_signed(b"not json \xff\x1b[2J"), False),
        (_signed(b"[1, 2, 3]"), False),
        (_signed(good)[:-20], True),
    ]
    args = [MUSICAPI, "webhook", "listen", "--port", str(port), "--secret", SECRET, "--once"]
    args += ["--json"] if as_json else []
    process = subprocess.Popen(args, env=env_for("http://127.0.0.1:9"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _listening(process)
        answers = [_deliver(port, raw, close_early) for raw, close_early in bad]
        _deliver(port, _signed(good))
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    run = Run(args, process.returncode, out.decode("utf-8", "surrogateescape"), err.decode("utf-8", "replace"), [])
    assert_clean(run)
    assert run.code == 0, run
    assert run.stderr.count("refused a delivery") >= 5, run
    for (raw, close_early), answer in zip(bad, answers, strict=True):  # each HTTP request is answered
        assert close_early or not raw.startswith(b"POST") or answer.startswith(b"HTTP/1."), (raw, answer)
    if as_json:
        printed = json.loads(run.stdout)
        assert printed["clips"][0]["title"] == ESCAPES + "\ufffd"
    else:
        assert "\\x1b]0;pwned" in run.stdout, run


@pytest.mark.parametrize(
    "extra",
    [
        ["--port", "99999"],
        ["--port", "-1"],
        ["--port", "busy"],
        ["--port", "0", "--host", "a..b"],
        ["--port", "8", "--host", "256.1.1.1"],
        ["--port", "8", "--host", b"\xff"],
        ["--port", "8", "--secret", "\ud83d"],
        ["--port", "8", "--tolerance", "nan"],
        ["--port", "8", "--download", "/dev/null"],
    ],
)
def test_webhook_listen_refuses_bad_arguments_in_one_line(extra: list[str | bytes]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        args: list[str | bytes] = [_token(e) for e in extra]
        args = [str(busy.getsockname()[1]) if a == "busy" else a for a in args]
        secret: list[str | bytes] = [] if "--secret" in extra else ["--secret", SECRET]
        run = musicapi(["webhook", "listen", *secret, *args], timeout=30)
    assert_clean(run)
    assert run.code == 2 and run.stderr.count("\n") == 1 and run.stderr.startswith("musicapi"), run


# ---- the audit's CLI findings, one by one ---------------------------------------------------------------------


def _answers(get: Reply | None = None, post: Reply | None = None) -> Callable[[Request], Reply]:
    def respond(request: Request) -> Reply:
        url = f"http://{request.headers.get('host', '127.0.0.1')}"
        return responder(url, post, get)(request)

    return respond


def _finished_with(**fields: Any) -> Callable[[Request], Reply]:
    def respond(request: Request) -> Reply:
        url = f"http://{request.headers.get('host', '127.0.0.1')}"
        return responder(url, None, js(200, finished(url, **fields)))(request)

    return respond


@pytest.mark.parametrize(
    "args",
    [
        ["riffusion", "get", "t-1"],
        ["riffusion", "wait", "t-1"],
        ["producer", "get", "t-1", "--json"],
        ["producer", "create", "--sound", "x", "--wait", "--json"],
    ],
)
def test_lone_surrogates_from_the_server_are_printed_safely(args: list[str]) -> None:
    """Finding 3. A lone surrogate ("\\ud83d") in any printed string was a UnicodeEncodeError traceback (after a
    paid create, the task id was then lost). Now it prints as U+FFFD and the command succeeds."""
    run = musicapi(list(args), _finished_with(title="\ud83d", clip_id="c-\ud83d", lyrics="\ud83d"))
    assert_clean(run)
    assert run.code == 0 and "\ufffd" in run.stdout, run


def test_surrogates_in_credits_and_in_a_created_task_id() -> None:
    """Finding 3: `credits --json` and `create` (the paid task id itself holds a lone surrogate)."""
    credits = musicapi(["credits", "--json"], _answers(get=js(200, {"credits": "\ud83d", "extra_credits": 0})))
    assert_clean(credits)
    assert credits.code == 0 and json.loads(credits.stdout)["credits"] == "\ufffd", credits
    created = musicapi(["producer", "create", "--sound", "x"], _answers(post=js(200, {"task_id": "tid-\ud83d"})))
    assert_clean(created)
    assert created.code == 0 and "created task tid-\ufffd" in created.stderr, created


@pytest.mark.parametrize("args", [["riffusion", "get", "t-1"], ["producer", "wait", "t-1"]])
def test_a_400_digit_duration_is_not_an_overflow(args: list[str]) -> None:
    """Finding 3: a 400-digit integer `duration` raised OverflowError (float() of it) with a traceback."""
    run = musicapi(list(args), _finished_with(duration=10**400))
    assert_clean(run)
    assert run.code == 0 and "c-1" in run.stdout, run


def test_lyrics_from_a_closed_stdin_is_a_usage_error() -> None:
    """Finding 3: `--lyrics-file -` with stdin closed was a traceback; now exit 2 and one line, nothing sent."""
    run = musicapi(
        ["riffusion", "create", "--lyrics-file", "-", "--title", "t", "--sound", "s"], _answers(), shell_suffix="<&-"
    )
    assert_clean(run)
    assert run.code == 2 and "stdin" in run.stderr and run.requests == [], run


@pytest.mark.parametrize(
    "args", [["--port", "99999"], ["--port", "-1"], ["--port", "busy"], ["--host", "256.1.1.1"], ["--host", "a..b"]]
)
def test_sandbox_with_an_unusable_address_is_one_line(args: list[str]) -> None:
    """Finding 3: `musicapi sandbox --port 99999`, `--port -1`, a busy port, `--host 256.1.1.1` (and a host name
    no resolver accepts) printed tracebacks. Now each is one line and exit code 2."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        argv: list[str | bytes] = [str(busy.getsockname()[1]) if a == "busy" else a for a in args]
        run = musicapi(["sandbox", *argv, "--quiet"], timeout=30)
    assert_clean(run)
    assert run.code == 2 and run.stderr.count("\n") == 1, run


@pytest.mark.parametrize(
    "args",
    [
        ["producer", "create", "--sound", "x"],
        ["producer", "create", "--sound", "x", "--json"],
        ["riffusion", "upload", "https://example.com/a.mp3"],
        ["riffusion", "create", "--prompt", "x", "--wait", "--timeout", "5"],
    ],
)
def test_a_full_stdout_after_a_paid_create_still_shows_the_task_id(args: list[str]) -> None:
    """Finding 3: stdout failing (> /dev/full) right after a paid create printed a traceback and the task id
    nowhere. The id goes to stderr the moment it exists, and the failure is exit code 8 in one line."""
    respond = _answers(post=js(200, {"task_id": "tid-paid", "clip_id": "clip-paid"}))
    run = musicapi(list(args), respond, shell_suffix="> /dev/full")
    assert_clean(run)
    assert run.code == 8, run
    expected = "clip-paid" if "upload" in args else "tid-paid"
    assert expected in run.stderr and "could not write" in run.stderr, run
    assert len([r for r in run.requests if r.method == "POST"]) == 1


@pytest.mark.parametrize("where", ["file", "file/sub", "/dev/null", "/proc/musicapi-cannot-write-here"])
def test_an_unusable_download_folder_costs_nothing(where: str, tmp_path: Path) -> None:
    """Finding 4: `create --download PATH` checked the folder only after the create and the wait (a file,
    /dev/null, a folder nobody may write, even root): credits spent for nothing. Now exit 2, nothing sent."""
    (tmp_path / "file").write_text("not a folder")
    target = where if where.startswith("/") else str(tmp_path / where)
    run = musicapi(["producer", "create", "--sound", "x", "--download", target], _answers())
    assert_clean(run)
    assert run.code == 2 and "cannot use" in run.stderr and run.requests == [], run


@pytest.mark.parametrize("args", [["riffusion", "get", "t-1"], ["riffusion", "wait", "t-1"]])
def test_escape_sequences_in_titles_are_shown_escaped(args: list[str]) -> None:
    """Finding 5: a title such as "\\x1b]0;pwned\\x07\\x1b[2J" was printed raw by get and wait (the terminal
    renamed its window and cleared the screen), and missing fields printed `<...Unset object at 0x...>`."""
    run = musicapi(list(args), _finished_with(title=ESCAPES, state=None, duration=None))
    assert_clean(run)
    assert run.code == 0 and "\\x1b]0;pwned\\x07\\x1b[2J" in run.stdout, run


@pytest.mark.parametrize("args", [["credits"], ["producer", "create", "--sound", "x", "--json"]])
def test_a_key_echoed_by_the_server_is_not_printed(args: list[str]) -> None:
    """Finding 6: a 401 `{"error": "Invalid API key provided: <key>"}` put the key on the CLI's stderr."""
    echo = js(401, {"error": f"Invalid API key provided: {KEY}"})
    run = musicapi(list(args), _answers(get=echo, post=echo))
    assert_clean(run)
    assert run.code == 3 and "[redacted]" in run.stderr + run.stdout, run


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["riffusion", "create", "--prompt", b"caf\xe9"], None, "not valid UTF-8"),
        (["producer", "create", "--sound", b"\xff\xfe"], None, "not valid UTF-8"),
        (["riffusion", "create", "--lyrics-file", "-", "--title", "t", "--sound", "s"], b"caf\xe9", "not UTF-8"),
        (["credits", "--base-url", "http://a..b"], None, "base URL"),
        (["riffusion", "get", ".."], None, "task id"),
        (["riffusion", "get", b"caf\xe9"], None, "task id"),
        # Round three, finding 9: the host of this URL is example.com; main paid for the create.
        (["producer", "create", "--sound", "x", "--webhook-url", "http://127.0.0.1:80@example.com/h"], None, "url"),
    ],
)
def test_input_that_cannot_be_sent_is_a_usage_error(args: list[str | bytes], stdin: bytes | None, words: str) -> None:
    """Finding 7: text that cannot be encoded (non-UTF-8 bytes on the command line or in --lyrics-file -) and an
    invalid host name were "the response could not be parsed" (exit 3) though nothing was sent. Now exit 2."""
    run = musicapi(args, _answers(), stdin=stdin)
    assert_clean(run)
    assert run.code == 2 and words in run.stderr and run.requests == [], run


def test_an_invalid_host_in_the_environment_is_a_usage_error() -> None:
    run = musicapi(["credits"], _answers(), MUSICAPI_BASE_URL="http://a..b")
    assert_clean(run)
    assert run.code == 2 and "base URL" in run.stderr, run


@pytest.mark.parametrize(
    ("answer", "task_id"),
    [
        (js(503, {"error": "upstream", "task_id": "tid-503"}), "tid-503"),
        (js(400, {"error": "refused", "task_id": "tid-400"}), "tid-400"),
        (js(200, {"task_id": 123456789}), "123456789"),
        (js(200, {"data": {"task_id": "tid-nested"}}), "tid-nested"),
        (Reply(200, b'{"task_id": "tid-cut", "message": "suc', JSON_TYPE, "short"), "tid-cut"),
        (js(408, {"error": "Request Timeout"}), None),
    ],
)
def test_the_json_error_of_a_paid_call_carries_the_task_id(answer: Reply, task_id: str | None) -> None:
    """Finding 2 (CLI): --json printed "task_id": null although the server's answer named the task. Every one of
    these is exit 6 ("may exist"; a 408 too, finding 7) with the id on stderr and in the JSON error."""
    run = musicapi(["producer", "create", "--sound", "x", "--json"], _answers(post=answer))
    assert_clean(run)
    error = json.loads(run.stdout)["error"]
    assert run.code == 6 and error["exit_code"] == 6 and error["task_id"] == task_id, run
    if task_id:
        assert f"task {task_id}" in run.stderr, run


@pytest.mark.parametrize(
    "body", [{"type": None, "data": [None]}, {"type": "x", "data": [1]}, {"type": "x", "data": ["ab"]}]
)
@pytest.mark.parametrize("command", ["get", "wait"])
def test_malformed_task_answers_are_one_line(body: dict[str, Any], command: str) -> None:
    """Finding 1 (CLI): these answers to a poll were a traceback and exit 1; now exit 3 and one line naming the
    task."""
    run = musicapi(["riffusion", command, "t-1"], _answers(get=js(200, body)))
    assert_clean(run)
    assert run.code == 3 and "task t-1" in run.stderr and run.stderr.count("\n") == 1, run


# ---- review findings: Ctrl-C during a create, a task id that cannot be polled ------------------------------


def interrupted_when(args: list[str], respond: Callable[[Request], Reply], seen: list[Request]) -> tuple[Run, float]:
    """Run the command against `respond`; Ctrl-C (SIGINT) it once `seen` holds a request. The run, and how long
    the command took to end after the Ctrl-C."""
    import signal

    with HostileServer(respond) as server:
        command = [MUSICAPI, *args]
        child = subprocess.Popen(command, env=env_for(server.url), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert seen, "the request to interrupt never arrived"
        child.send_signal(signal.SIGINT)
        started = time.monotonic()
        out, err = child.communicate(timeout=20)
        took = time.monotonic() - started
    return Run(args, child.returncode, out.decode(), err.decode(), list(seen)), took


def test_ctrl_c_while_a_create_is_sent_says_the_task_may_exist() -> None:
    """The create had reached the server (it was being answered slowly) when Ctrl-C came: the CLI said only
    "interrupted" and `task_id: null`, nothing about a task that may exist and be charged."""

    arrived: list[Request] = []

    def respond(request: Request) -> Reply:
        arrived.append(request)
        return Reply(200, b'{"task_id": "t-late"}', delay=30)

    run, _ = interrupted_when(["producer", "create", "--sound", "calm piano", "--json"], respond, arrived)
    assert_clean(run)
    assert run.code == 130
    assert "may exist" in run.stderr and run.stderr.count("\n") == 1, run
    assert "may exist" in json.loads(run.stdout)["error"]["message"]


@pytest.mark.parametrize("task_id", ["bad\u0007id", "..", " "])
def test_a_created_task_id_that_cannot_be_polled_is_an_unknown_outcome(task_id: str) -> None:
    """A create answered with an id the runtime refuses to poll ended as "the task id contains control
    characters; nothing was sent", exit 2, although the create had been paid for."""
    run = musicapi(
        ["producer", "create", "--sound", "x", "--wait"],
        lambda request: js(200, {"task_id": task_id, "message": "success"}),
    )
    assert_clean(run)
    assert run.code == 6, run
    assert "nothing was sent" not in run.stderr and "check your tasks" in run.stderr
    assert [r.method for r in run.requests] == ["POST"]  # never polled


def test_the_once_help_names_only_exit_codes_the_listener_returns() -> None:
    """It promised 9 for a refused delivery, which never ends the listener (and omitted 4, a failed task)."""
    shown = subprocess.run([MUSICAPI, "webhook", "listen", "--help"], capture_output=True, text=True, timeout=30)
    once = " ".join(shown.stdout.rsplit("--once", 1)[1].split("\n  -", 1)[0].split())
    codes = {int(c) for c in re.findall(r"\b(\d)\b", once)}
    assert codes == {0, 4, 5}, once


@pytest.mark.parametrize("value", ["nan", "abc", "-1"])
def test_a_bad_poll_variable_is_named_as_the_variable(value: str) -> None:
    """It was blamed on --poll, which the user never gave."""
    run = musicapi(["producer", "create", "--sound", "x", "--wait"], MUSICAPI_POLL_SECONDS=value)
    assert_clean(run)
    assert run.code == 2 and "MUSICAPI_POLL_SECONDS must be a positive number" in run.stderr, run
    assert run.requests == []


def test_ctrl_c_during_a_download_stops_at_once_and_says_how_to_resume(tmp_path: Path) -> None:
    """Review finding: Ctrl-C waited for a stalled file host, then suggested a resume command without the
    folder; nothing half-written may stay."""

    files: list[Request] = []

    def respond(request: Request) -> Reply:
        url = f"http://{request.headers.get('host', '127.0.0.1')}"
        if request.path.startswith("/files/"):
            files.append(request)
            return Reply(200, b"ID3" + b"\x00" * 2000, (("Content-Type", "audio/mpeg"),), delay=30)
        return responder(url, None, None)(request)

    run, took = interrupted_when(["producer", "wait", "t-1", "--download", str(tmp_path)], respond, files)
    assert_clean(run)
    assert run.code == 130 and took < 5, (took, run)
    assert f"resume with: musicapi producer wait t-1 --download {tmp_path}" in run.stderr, run
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("extra", [["--json"], []])
def test_a_webhook_secret_echoed_in_a_finished_task_is_not_printed(extra: list[str]) -> None:
    """A server that echoes the create's webhook_secret in the task it returns (a clip field here) had it printed
    on stdout by `--wait`; the CLI now removes every secret the runtime was given, as it does the key."""
    secret = "whsec-topsecret-123"
    run = musicapi(
        ["producer", "create", "--sound", "pop", "--webhook-secret", secret, "--wait", *extra],
        _finished_with(webhook_secret=secret, title=f"for {secret}"),
    )
    assert_clean(run)
    assert run.code == 0 and "[redacted]" in run.stdout, run
    assert secret[: len(secret) // 2] not in run.stdout + run.stderr, run


def _listen_once(extra: list[str], env: dict[str, str], deliveries: list[bytes]) -> Run:
    """`webhook listen --once` given `deliveries` in turn; what it printed."""
    port = free_port()
    args = [MUSICAPI, "webhook", "listen", "--port", str(port), "--once", *extra]
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _listening(process)
        for raw in deliveries:
            _deliver(port, raw)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return Run(args, process.returncode, out.decode("utf-8", "surrogateescape"), err.decode("utf-8", "replace"), [])


@pytest.mark.parametrize("how", ["--secret", "variable"])
@pytest.mark.parametrize("as_json", [False, True])
def test_webhook_listen_never_prints_its_own_secret(how: str, as_json: bool) -> None:
    """Round three, finding 1: `webhook listen` printed its own webhook secret when a verified delivery's body
    contained it (a title in text mode, an unknown field with --json): its output removed the API key and
    secrets a create sent, not the listener's --secret / MUSICAPI_WEBHOOK_SECRET."""
    secret = "whsec-listener-own-0123456789"
    escaped = "".join(f"\\u{ord(c):04x}" for c in secret)
    task = {
        "status": "SUCCESS",
        "task_id": "tid-own",
        "echo": {"secret": secret, "cut": secret[: len(secret) // 2 + 1]},
        "data": [{"clip_id": "c-1", "title": f"made with {secret}"}, {"clip_id": "c-2", "title": "ESCAPED"}],
    }
    body = json.dumps(task).replace("ESCAPED", escaped.replace("\\u", "\\\\u")).encode()
    body = body.replace(b"\\\\u", b"\\u")  # the second title: the secret as \u escapes
    wrong = _signed(b'{"status": "x"}', secret="not-" + secret)  # refused: its line must not show it either
    extra = ["--secret", secret] if how == "--secret" else []
    env = env_for("http://127.0.0.1:9", **({} if how == "--secret" else {"MUSICAPI_WEBHOOK_SECRET": secret}))
    run = _listen_once([*extra, *(["--json"] if as_json else [])], env, [wrong, _signed(body, secret=secret)])
    assert_clean(run)
    assert run.code == 0 and "[redacted]" in run.stdout, run
    for stream in (run.stdout, run.stderr):
        assert secret[: len(secret) // 2] not in stream and escaped[:30] not in stream, run
