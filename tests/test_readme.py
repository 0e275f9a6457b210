"""The README says what is true: its Python examples type-check with mypy --strict, and its exit-code table is
the command's own."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from mypy import api as mypy

from musicapi_cli.exits import Exit
from musicapi_cli.main import build
from musicapi_sandbox.server import parser as sandbox_parser
from tests.support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
COMMANDS = [
    line
    for block in re.findall(r"```(?:bash|sh|console)\n(.*?)```", README, re.S)
    for line in block.splitlines()
    if line.startswith("musicapi ")
]


def test_there_are_examples_to_check() -> None:
    assert len(BLOCKS) >= 5
    assert any("from musicapi_client.api.producer import" in block for block in BLOCKS)  # the generated layer


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_each_python_example_passes_mypy_strict(index: int, tmp_path: Path) -> None:
    block = BLOCKS[index]
    # Fragments that use names from the text around them (headers, raw_body) are checked with those declared.
    prelude = 'from typing import Any\nimport musicapi_runtime as rt\nheaders: Any = {}\nraw_body = b""\nsecret = "x"\n'
    source = tmp_path / f"example_{index}.py"
    source.write_text(block if block.lstrip().startswith(('"""', "from", "import")) else prelude + block)
    out, err, status = mypy.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(source)])
    assert status == 0, out + err + block


def test_the_exit_code_table_is_the_commands_own() -> None:
    table = README.split("| exit code | meaning |", 1)[1].split("\n\n", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(code) for code in Exit}


def test_there_are_commands_to_check() -> None:
    assert len(COMMANDS) >= 5
    assert any(" sonic " in line for line in COMMANDS)


@pytest.mark.parametrize("line", COMMANDS)
def test_each_command_shown_parses(line: str) -> None:
    # argparse exits 2 on an option the command does not have (a README line once showed stems' made-up flags)
    words = shlex.split(line, comments=True)[1:]
    try:
        if words[:1] == ["sandbox"]:  # its options are the sandbox's own
            sandbox_parser().parse_args(words[1:])
        else:
            build().parse_args(words)
    except SystemExit as exited:  # --help, --version
        assert exited.code == 0, line
