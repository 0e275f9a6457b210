"""What each make target installs on a fresh clone, read from `make -n` (a dry run: nothing is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT

FILES = ("Makefile", "pyproject.toml", "requirements-dev.txt", "package.json", "package-lock.json")


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """The files the install targets depend on, without any virtualenv or node_modules: a fresh clone's state."""
    for name in FILES:
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def installs(folder: Path, target: str) -> list[str]:
    """The install commands `make TARGET` would run there (pip and npm)."""
    out = subprocess.run(["make", "-n", target], cwd=folder, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return [line.strip() for line in out.stdout.splitlines() if "pip install" in line or "npm ci" in line]


def test_make_sandbox_installs_no_more_than_make_demo(fresh: Path) -> None:
    """0.3.0: `make sandbox` installed the whole developer toolchain (434 MB) though the demo's small virtualenv
    (the package and its sandbox extra) runs the sandbox."""
    demo = installs(fresh, "demo")
    assert demo and all("-r requirements-dev.txt" not in line for line in demo)  # (-c: versions only)
    assert installs(fresh, "sandbox") == demo


def test_make_typescript_and_docs_install_only_the_node_tools(fresh: Path) -> None:
    """0.3.0: they installed the Python toolchain before `npm ci`."""
    for target in ("typescript", "docs"):
        assert installs(fresh, target) == ["npm ci --silent --no-audit --no-fund"], target


def test_make_test_still_installs_both_halves(fresh: Path) -> None:
    found = installs(fresh, "test")
    assert any("-r requirements-dev.txt" in line for line in found) and "npm ci --silent --no-audit --no-fund" in found
