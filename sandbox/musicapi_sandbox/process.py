"""The sandbox in a child process, for tests, the demo and benchmarks: `with SandboxProcess() as sandbox: ...`.

Needs only httpx (to see that the server is up); the child needs aiohttp."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from types import TracebackType
from typing import IO

import httpx

from .config import DEFAULT_KEY


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


class SandboxProcess:
    """The sandbox in a child process on a free loopback port; stopped on exit.

    `args` are extra command-line options, e.g. ["--realistic"] or ["--error-rate", "0.2"]; `stderr` where its
    console goes (a file, to read it afterwards; by default this process's stderr)."""

    def __init__(
        self,
        args: Sequence[str] = (),
        api_key: str = DEFAULT_KEY,
        port: int | None = None,
        stderr: IO[bytes] | None = None,
    ) -> None:
        self.api_key = api_key
        self.stderr = stderr
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.args = list(args)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20.0) -> SandboxProcess:
        command = [sys.executable, "-m", "musicapi_sandbox", "--quiet", "--port", str(self.port)]
        command += ["--api-key", self.api_key, *self.args]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stderr=self.stderr)
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
