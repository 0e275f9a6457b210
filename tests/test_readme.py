"""The README says what is true: its Python examples type-check with mypy --strict, and its exit-code table is
the command's own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api as mypy

from musicapi_cli.exits import Exit
from tests.support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


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
