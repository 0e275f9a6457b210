"""The spec shared with other languages: TypeScript types that type-check, and the HTML reference."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT, SPEC_PATH

pytestmark = pytest.mark.slow

SPEC = yaml.safe_load(SPEC_PATH.read_text())
OPERATIONS = [op for item in SPEC["paths"].values() for op in item.values()]
TSC = ROOT / "node_modules" / ".bin" / "tsc"


def make(target: str) -> None:
    result = subprocess.run(["make", "-s", target], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def types() -> str:
    make("typescript")
    return (ROOT / "typescript" / "generated" / "musicapi.d.ts").read_text()


def test_types_cover_every_operation_and_schema(types: str) -> None:
    for op in OPERATIONS:
        assert f"{op['operationId']}: {{" in types
    for name in SPEC["components"]["schemas"]:
        assert f"        {name}: " in types, name


def test_type_check_fails_on_misuse(types: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "typescript" / "generated", tmp_path / "generated")
    shutil.copy(ROOT / "typescript" / "tsconfig.json", tmp_path)
    (tmp_path / "usage.ts").write_text(
        'import type { components } from "./generated/musicapi";\n'
        'export const body: components["schemas"]["RiffusionCreateRequest"] = '
        '{ mv: "not-a-model (test value)", prompt: "x", custom_mode: false };\n'
    )
    result = subprocess.run([TSC, "-p", tmp_path / "tsconfig.json"], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "not-a-model (test value)" in result.stdout


def test_html_reference_shows_every_operation() -> None:
    make("docs")
    page = (ROOT / "build" / "docs" / "index.html").read_text()
    for op in OPERATIONS:
        assert op["summary"] in page
    assert "<script src=" not in page  # one self-contained file, readable offline
