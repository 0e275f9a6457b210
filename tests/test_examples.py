"""Every example in the README and docs/ runs as written.

- A ```python block is type-checked with mypy --strict and run against a sandbox (a fragment that starts with
  neither an import nor a docstring runs after PRELUDE, which gives it a real signed webhook delivery).
- A ```bash block runs line by line against a sandbox: `musicapi ...` as typed (CLIP and TASK_ID stand for a
  real clip and task of the line's family, $SECRET for a webhook secret, song.txt is there), a server line
  (`musicapi sandbox`, `webhook listen`) on a free port for the rest of its block, `make ...` as a dry run
  (`make -n`: test_makefile.py and CI run them for real), `pip install` with extras the package has, and
  `export` of MUSICAPI_* naming the sandbox's own address and key.
- docs/other-languages.md is tests/test_other_generators.py's: each of its blocks must be a command or snippet
  that test runs.
- ```text blocks are sample output, not examples.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_cli.exits import Exit
from musicapi_sandbox import SandboxProcess
from musicapi_sandbox.config import DEFAULT_HOST, DEFAULT_KEY, DEFAULT_PORT
from tests.bodies import body_for
from tests.support import MUSICAPI, ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)
OTHER_LANGUAGES = ROOT / "docs" / "other-languages.md"
SECRET = "whsec-docs-example-0123456789"


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    language: str
    text: str

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks() -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(Block(page, line, match.group(1), match.group(2)))
    return found


BLOCKS = blocks()
PYTHON = [b for b in BLOCKS if b.language == "python"]
SHELL = [b for b in BLOCKS if b.language == "bash" and b.page != OTHER_LANGUAGES]

# What a fragment's names stand for: a real delivery, signed as the spec's webhook says, of a finished task.
PRELUDE = f"""
import json
import time

import musicapi_runtime as rt
import musicapi_spec
from musicapi_client.models import ProducerCreateMusic
from musicapi_spec.webhook import sign

secret = {SECRET!r}
_hook = next(iter(musicapi_spec.WEBHOOKS.values()))
_task = rt.create_and_wait(rt.connect(), ProducerCreateMusic(sound="a delivered song"))
raw_body = json.dumps(_task.to_dict()).encode()
_stamp = str(int(time.time()))
headers = {{
    _hook.id_header: "evt_docs",
    _hook.event_header: _hook.events[0],
    _hook.signature.timestamp_header: _stamp,
    _hook.signature.header: sign(secret, raw_body, _stamp),
}}
"""


def source_of(block: Block) -> str:
    whole = block.text.lstrip().startswith(('"""', "from", "import"))
    return block.text if whole else PRELUDE + block.text


def test_every_block_is_run_by_a_test() -> None:
    assert len(PYTHON) >= 8 and len(SHELL) >= 8
    assert any(b.page.name == "README.md" for b in PYTHON) and any(b.page.name == "README.md" for b in SHELL)
    others = {b.language for b in BLOCKS} - {"python", "bash", "text"}
    assert all(b.page == OTHER_LANGUAGES for b in BLOCKS if b.language in others), others


def test_the_other_languages_blocks_are_what_their_test_runs() -> None:
    from tests import test_other_generators as generators

    checked = {tool.shown() for tool in generators.TOOLS.values()}
    checked |= {generators.snippet(language) for language in generators.SNIPPET_FILES}
    shown = [b for b in BLOCKS if b.page == OTHER_LANGUAGES]
    assert shown and [b.name for b in shown if b.text.strip() not in checked] == []


def test_the_exit_code_table_is_the_commands_own() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    table = text.split("| exit code | meaning |", 1)[1].split("\n\n", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(code) for code in Exit}


def test_every_link_between_pages_resolves() -> None:
    broken = []
    for page in [*PAGES, ROOT / "generated" / "commands.md", ROOT / "generated" / "musicapi_spec" / "reference.md"]:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            path, _, anchor = target.partition("#")
            file = (page.parent / path).resolve() if path else page
            if not file.exists():
                broken.append(f"{page.name}: {target}")
            elif anchor and file.suffix == ".md":
                headings = re.findall(r"^#+ (.+)$", file.read_text(encoding="utf-8"), re.M)
                slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}
                if anchor not in slugs:
                    broken.append(f"{page.name}: {target} (no such heading)")
    assert broken == []


@pytest.mark.slow
def test_the_python_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for index, block in enumerate(PYTHON):
        files.append(tmp_path / f"example_{index}.py")
        files[-1].write_text(source_of(block), encoding="utf-8")
    out, err, status = mypy.run(["--strict", "--cache-dir", str(tmp_path / "cache"), *map(str, files)])
    named = out
    for index, block in enumerate(PYTHON):
        named = named.replace(f"example_{index}.py", block.name)
    assert status == 0, named + err


def example_env(sandbox: SandboxProcess, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    env.update(MUSICAPI_BASE_URL=sandbox.url, MUSICAPI_API_KEY=sandbox.api_key, MUSICAPI_WEBHOOK_SECRET=SECRET)
    return {**env, "SECRET": SECRET, **extra}


@pytest.mark.slow
@pytest.mark.parametrize("block", PYTHON, ids=lambda b: b.name)
def test_each_python_example_runs(block: Block, sandbox: SandboxProcess, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(source_of(block), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=example_env(sandbox),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stderr and "Warning" not in run.stderr, run.stderr


# --- shell blocks ---------------------------------------------------------------------------------------------


def lines_of(block: Block) -> Iterator[str]:
    """The block's commands as typed: continued lines joined, trailing comments and blank lines left out."""
    for line in block.text.replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        if not words:
            continue
        cuts = [i for i in range(len(line)) if line.startswith(" #", i) and shlex.split(line[:i]) == words]
        yield (line[: cuts[0]] if cuts else line).strip()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A line that keeps running (a sandbox, a webhook listener): started, ready once it says so, and stopped
    with Ctrl-C at the end of its block."""

    READY = ("MusicAPI sandbox on", "listening for webhooks on")

    def __init__(self, command: str, env: dict[str, str], cwd: Path, port: str) -> None:
        self.command, self.port = command, port
        self.expects_output = False  # a later line of the block sends it something (a create's webhook)
        self.process = subprocess.Popen(
            ["bash", "-c", f"exec {command}"],
            env=env,
            cwd=cwd,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.err: list[str] = []
        self.out: list[str] = []
        self.ready = threading.Event()
        threading.Thread(target=self.read, args=(self.process.stderr, self.err), daemon=True).start()
        threading.Thread(target=self.read, args=(self.process.stdout, self.out), daemon=True).start()
        assert self.ready.wait(30), f"{command}: never ready\n{''.join(self.err)}"

    def read(self, stream: Any, into: list[str]) -> None:
        for line in stream:
            into.append(line)
            if any(word in line for word in self.READY):
                self.ready.set()

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(30)
        errors = "".join(self.err)
        assert code in (0, 130) and "Traceback" not in errors, f"{self.command}: {code}\n{errors}"


class Shell:
    """Runs a block's lines: what each kind of line means is in the module's docstring."""

    def __init__(self, sandbox: SandboxProcess, cwd: Path) -> None:
        self.sandbox, self.cwd = sandbox, cwd
        self.env = example_env(sandbox)
        self.client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        self.made: dict[str, tuple[str, str]] = {}  # family -> (task id, clip id)
        self.ports: dict[str, str] = {}  # a port the docs name -> the free one used instead
        self.servers: list[Server] = []
        (cwd / "song.txt").write_text("[Verse]\nA song from a file\n", encoding="utf-8")

    def made_for(self, family: str) -> tuple[str, str]:
        if family not in self.made:
            operation = next(o for o in facts.OPERATIONS.values() if o.tag == family and o.variants and o.polls)
            ids: list[str] = []
            task = rt.create_and_wait(self.client, body_for(operation.variants[0]), on_created=ids.append)
            self.made[family] = (ids[0], str(rt.clips_of(task)[0].clip_id))
        return self.made[family]

    def run(self, line: str) -> None:
        words = shlex.split(line)
        if words[0] == "make":
            done = subprocess.run(["make", "-n", *words[1:]], cwd=ROOT, capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, done.stderr
        elif words[0] == "pip":
            extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
            for target in words[2:]:
                named = re.fullmatch(r"\.(?:\[(\w+)\])?", target)
                assert named and (named.group(1) is None or named.group(1) in extras), line
        elif words[0] == "export":
            self.exported(words[1:])
        elif words[0] in ("musicapi", "python"):
            self.command(line, words)
        else:
            raise AssertionError(f"no runner for: {line}")

    def exported(self, assignments: list[str]) -> None:
        """The docs' own sandbox settings: its default address and key (the sandbox in use is another)."""
        wanted = {"MUSICAPI_BASE_URL": f"http://{DEFAULT_HOST}:{DEFAULT_PORT}", "MUSICAPI_API_KEY": DEFAULT_KEY}
        for assignment in assignments:
            name, _, value = assignment.partition("=")
            assert name in wanted and value in (wanted[name], "..."), assignment

    def command(self, line: str, words: list[str]) -> None:
        if len(words) > 1 and words[1] in facts.FAMILIES:
            family = words[1]
            if re.search(r"\bTASK_ID\b", line):
                line = re.sub(r"\bTASK_ID\b", self.made_for(family)[0], line)
            if re.search(r"\bCLIP\b", line):
                line = re.sub(r"\bCLIP\b", self.made_for(family)[1], line)
        for server in self.servers:
            for given, used in self.ports.items():
                if used == server.port and f":{given}/" in line:
                    line = line.replace(f":{given}/", f":{used}/")
                    server.expects_output = True
        line = line.replace("musicapi ", f"{MUSICAPI} ", 1) if words[0] == "musicapi" else line
        line = line.replace("python ", f"{sys.executable} ", 1) if words[0] == "python" else line
        serves = words[:2] == ["musicapi", "sandbox"] or words[1:3] == ["webhook", "listen"]
        serves |= words[:3] == ["python", "-m", "musicapi_sandbox"] and "--help" not in words
        if serves:
            port = str(free_port())
            self.servers.append(Server(self.on_port(line, words, port), self.env, self.cwd, port))
            return
        done = subprocess.run(
            ["bash", "-c", line], env=self.env, cwd=self.cwd, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0 and "Traceback" not in done.stderr, f"{line}\n{done.stdout}{done.stderr}"

    def on_port(self, line: str, words: list[str], port: str) -> str:
        if "--port" in words:
            given = words[words.index("--port") + 1]
            self.ports[given] = port
            return line.replace(f"--port {given}", f"--port {port}")
        return f"{line} --port {port}"

    def close(self) -> None:
        for server in self.servers:
            deadline = time.monotonic() + 15
            while server.expects_output and not server.out and time.monotonic() < deadline:
                time.sleep(0.1)  # the delivery the block asked for (a webhook listener prints a line per event)
            server.stop()
            assert server.out or not server.expects_output, f"{server.command}: nothing arrived\n{''.join(server.err)}"


@pytest.mark.slow
@pytest.mark.parametrize("block", SHELL, ids=lambda b: b.name)
def test_each_shell_example_runs(block: Block, sandbox: SandboxProcess, tmp_path: Path) -> None:
    shell = Shell(sandbox, tmp_path)
    try:
        for line in lines_of(block):
            shell.run(line)
    finally:
        shell.close()
