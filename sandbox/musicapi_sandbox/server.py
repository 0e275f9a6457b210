"""Running the sandbox in the foreground: `python -m musicapi_sandbox` (or `musicapi sandbox`).

Every option is checked before anything listens; a bad option or a port in use is one line and exit code 2."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import ipaddress
import logging
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import musicapi_spec as facts

from .config import SandboxConfig
from .state import FAILURE_KINDS


def _rate(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not (value >= 0 and value != float("inf")):
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds >= 0, got {text}")
    return value


def _text(text: str) -> str:
    """A key or secret from the command line: bytes that are not UTF-8 arrive as lone surrogates, which no
    request header or signature can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError("not valid UTF-8 text") from None
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be blank")
    return text


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be between 0 and 65535 (0: any free port), got {text}")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def _host(text: str) -> str:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        labels = text.removesuffix(".").split(".")
        if text != "localhost" and not all(
            0 < len(part) <= 63 and part.isascii() and part.replace("-", "").isalnum() for part in labels
        ):
            raise argparse.ArgumentTypeError(f"not an IP address or host name: {text!r}") from None
    return text


def fail(message: str) -> NoReturn:
    """A bad option or an unusable address: one line, exit code 2 (as for any usage error)."""
    print(f"musicapi_sandbox: error: {message}", file=sys.stderr)
    raise SystemExit(2)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(2)


def parser(prog: str = "musicapi_sandbox") -> argparse.ArgumentParser:
    d = SandboxConfig()
    p = Parser(
        prog=prog,
        description=f"A local, stateful sandbox of the {facts.TITLE}: every operation of the spec, with credits, "
        "task lifecycles, real audio files, signed webhooks and fault knobs. No key or network needed.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--host", type=_host, default=d.host, help="interface to listen on")
    p.add_argument("--port", type=_port, default=d.port, help="port to listen on (0: any free port)")
    p.add_argument("--api-key", type=_text, default=d.api_key, help="the key clients must send")
    p.add_argument("--credits", type=_count, default=d.credits, help="credits the account starts with")
    p.add_argument("--realistic", action="store_true", help="tasks take 30-90 s, like the real API")
    p.add_argument(
        "--task-seconds", type=_seconds, nargs=2, metavar=("MIN", "MAX"), help="task duration range (default 0.4 0.8)"
    )
    p.add_argument("--seed", type=int, default=None, help="make ids, durations and random faults repeatable")
    p.add_argument("--error-rate", type=_rate, default=d.error_rate, help="share of API requests answered 5xx")
    p.add_argument("--drop-rate", type=_rate, default=d.drop_rate, help="share of API requests dropped unanswered")
    p.add_argument(
        "--rate-limit-rate", type=_rate, default=d.rate_limit_rate, help="share of API requests answered 429"
    )
    p.add_argument("--retry-after", type=_seconds, default=d.retry_after, help="Retry-After of injected 429s (s)")
    p.add_argument("--slow-rate", type=_rate, default=d.slow_rate, help="share of API requests answered late")
    p.add_argument("--slow-seconds", type=_seconds, default=d.slow_seconds, help="how late a slow answer is (s)")
    p.add_argument("--fail-rate", type=_rate, default=d.fail_rate, help="share of tasks that fail")
    p.add_argument(
        "--fail-kind", default=d.fail_kind, choices=["random", *FAILURE_KINDS], help="how failing tasks fail"
    )
    p.add_argument("--audio-seconds", type=_seconds, default=d.audio_seconds, help="length of each clip's audio (s)")
    p.add_argument(
        "--webhook-secret",
        type=_text,
        default=d.webhook_secret,
        help="signs deliveries of tasks without webhook_secret",
    )
    p.add_argument("--webhook-retries", type=_count, default=d.webhook_retries, help="retries of a refused delivery")
    p.add_argument(
        "--webhook-backoff", type=_seconds, default=d.webhook_backoff, help="first delay between delivery retries (s)"
    )
    p.add_argument(
        "--webhooks-anywhere",
        action="store_true",
        help="also deliver webhooks to hosts outside this machine (by default only loopback URLs are sent to)",
    )
    p.add_argument(
        "--no-poll-hints",
        dest="poll_hints",
        action="store_false",
        help="answer creates and not-ready polls without Retry-After (as the real API does)",
    )
    p.add_argument("--quiet", action="store_true", help="print nothing: no start line, no request log")
    return p


def config_from(args: argparse.Namespace) -> SandboxConfig:
    task_min, task_max = args.task_seconds or ((30.0, 90.0) if args.realistic else (0.4, 0.8))
    if task_min > task_max:
        fail(f"--task-seconds MIN ({task_min:g}) is more than MAX ({task_max:g})")
    fields = {f.name for f in dataclasses.fields(SandboxConfig)}
    values = {k: v for k, v in vars(args).items() if k in fields}
    return SandboxConfig(**{**values, "task_min": task_min, "task_max": task_max, "log_requests": not args.quiet})


async def serve(config: SandboxConfig) -> None:
    from aiohttp import web

    from .app import make_app

    runner = web.AppRunner(make_app(config), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port)
    try:
        await site.start()
    except (OSError, UnicodeError, OverflowError) as error:  # UnicodeError: a host name idna cannot encode
        await runner.cleanup()
        where = f"{config.host}:{config.port}"
        fail(f"cannot listen on {where}: {getattr(error, 'strerror', None) or error}")
    port = runner.addresses[0][1] if runner.addresses else config.port
    url = f"http://{config.host}:{port}"
    if config.log_requests:
        print(
            f"MusicAPI sandbox on {url}\n"
            f"  API key: {config.api_key}   (MUSICAPI_BASE_URL={url} MUSICAPI_API_KEY={config.api_key})\n"
            f"  tasks take {config.task_min:g}-{config.task_max:g} s; {config.credits} credits; "
            f"webhooks signed with {config.webhook_secret!r} unless a create gives webhook_secret\n"
            "  one line per request follows (--quiet for none); Ctrl-C stops",
            file=sys.stderr,
            flush=True,
        )
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


class OneLine(logging.Formatter):
    """Log records as one line each: a malformed request is news, its traceback inside aiohttp is not."""

    def formatException(self, ei: Any) -> str:
        return ""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = ""
        text = super().format(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {type(record.exc_info[1]).__name__}: {str(record.exc_info[1]).splitlines()[0][:200]}"
        return text.splitlines()[0] if text else text


def main(argv: Sequence[str] | None = None, prog: str = "musicapi_sandbox") -> None:
    config = config_from(parser(prog).parse_args(argv))
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLine("%(asctime)s %(message)s", "%H:%M:%S"))
    for name in ("musicapi_sandbox", "aiohttp.server", "aiohttp.web"):
        log = logging.getLogger(name)
        log.addHandler(handler)
        log.propagate = False
        log.setLevel(logging.INFO if config.log_requests else logging.CRITICAL)
    try:
        asyncio.run(serve(config))
    except KeyboardInterrupt:
        print("sandbox stopped", file=sys.stderr)
