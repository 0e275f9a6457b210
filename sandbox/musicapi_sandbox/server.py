"""Running the sandbox: in the foreground (`python -m musicapi_sandbox`), or as a child process for tests,
the demo and benchmarks (`with SandboxProcess() as sandbox: ...`)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from types import TracebackType

import httpx
from aiohttp import web

from .app import make_app
from .config import DEFAULT_KEY, SandboxConfig


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="musicapi_sandbox", description="A local sandbox of the MusicAPI riffusion API.")
    d = SandboxConfig()
    p.add_argument("--host", default=d.host)
    p.add_argument("--port", type=int, default=d.port)
    p.add_argument("--api-key", default=d.api_key, help="the key clients must send (default: %(default)s)")
    p.add_argument("--credits", type=int, default=d.credits)
    p.add_argument("--realistic", action="store_true", help="tasks take 30-90 s, like the real API")
    p.add_argument("--task-seconds", type=float, nargs=2, metavar=("MIN", "MAX"), help="task duration range")
    p.add_argument("--seed", type=int, default=None, help="make ids, durations and random faults repeatable")
    p.add_argument("--error-rate", type=float, default=0.0, help="share of API requests answered with a 5xx")
    p.add_argument("--drop-rate", type=float, default=0.0, help="share of API requests whose connection is dropped")
    p.add_argument("--rate-limit-rate", type=float, default=0.0, help="share of API requests answered 429")
    p.add_argument("--retry-after", type=float, default=d.retry_after, help="Retry-After of injected 429s")
    p.add_argument("--slow-rate", type=float, default=0.0, help="share of API requests answered late")
    p.add_argument("--slow-seconds", type=float, default=d.slow_seconds)
    p.add_argument("--fail-rate", type=float, default=0.0, help="share of tasks that fail")
    p.add_argument(
        "--fail-kind", default=d.fail_kind, choices=["random", "failed", "timeout", "forbidden", "api_error"]
    )
    p.add_argument("--audio-seconds", type=float, default=d.audio_seconds)
    p.add_argument("--quiet", action="store_true")
    return p


def config_from(args: argparse.Namespace) -> SandboxConfig:
    task_min, task_max = args.task_seconds or ((30.0, 90.0) if args.realistic else (0.4, 0.8))
    fields = {f.name for f in dataclasses.fields(SandboxConfig)}
    values = {k: v for k, v in vars(args).items() if k in fields}
    return SandboxConfig(**{**values, "task_min": task_min, "task_max": task_max})


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    config = config_from(args)
    key_note = "the default sandbox key" if config.api_key == DEFAULT_KEY else "the key given with --api-key"
    if not args.quiet:
        print(
            f"MusicAPI sandbox on http://{config.host}:{config.port} (API key: {key_note}; "
            f"tasks take {config.task_min:g}-{config.task_max:g} s)",
            flush=True,
        )
    web.run_app(make_app(config), host=config.host, port=config.port, print=None, access_log=None)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


class SandboxProcess:
    """The sandbox in a child process on a free loopback port; stopped on exit.

    `args` are extra command-line options, e.g. ["--realistic"] or ["--error-rate", "0.2"]."""

    def __init__(self, args: Sequence[str] = (), api_key: str = DEFAULT_KEY, port: int | None = None) -> None:
        self.api_key = api_key
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.args = list(args)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20.0) -> SandboxProcess:
        command = [sys.executable, "-m", "musicapi_sandbox", "--quiet", "--port", str(self.port)]
        command += ["--api-key", self.api_key, *self.args]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
        try:
            self._wait_until_ready(timeout)
        except BaseException:  # including Ctrl-C: never leave the server running
            self.stop()
            raise
        return self

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(trust_env=False, timeout=1) as probe:  # loopback: no proxy from the environment
            while time.monotonic() < deadline:
                if self.process is None or self.process.poll() is not None:
                    raise RuntimeError("the sandbox exited before it was ready")
                try:
                    if probe.get(f"{self.url}/sandbox/health").status_code == 200:
                        return
                except httpx.TransportError:
                    time.sleep(0.05)
        raise RuntimeError(f"the sandbox did not start within {timeout:g}s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
