"""The shape of the hand-written code, so that the next engineer finds their way (docs/architecture.md):
no import cycles, the CLI on the runtime's public names only, and no function longer than a screen without a
reason written down here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import musicapi_runtime
from tests.support import ROOT

PACKAGES = {"musicapi_runtime": "runtime", "musicapi_cli": "cli", "musicapi_sandbox": "sandbox"}
LONGEST = 60  # lines, docstring included
# A function may be longer with a reason (path: function -> why).
LONG_ON_PURPOSE = {
    "benchmarks/e2e.py:run": "a benchmark: its measurements in the order RESULTS.md reports them",
    "benchmarks/overhead.py:run": "a benchmark: its measurements in the order RESULTS.md reports them",
    "benchmarks/polling.py:run": "a benchmark: its measurements in the order RESULTS.md reports them",
    "benchmarks/startup.py:run": "a benchmark: its measurements in the order RESULTS.md reports them",
}


def modules(package: str) -> dict[str, ast.Module]:
    folder = ROOT / PACKAGES[package] / package
    found = {}
    for path in sorted(folder.glob("*.py")):
        name = package if path.stem == "__init__" else f"{package}.{path.stem}"
        found[name] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def runtime_imports(name: str, tree: ast.Module) -> set[str]:
    """The package's own modules `name` imports when it runs (inside functions too; TYPE_CHECKING ones not)."""
    package = name.split(".")[0]
    found: set[str] = set()
    skipped = {
        id(n)
        for block in ast.walk(tree)
        if isinstance(block, ast.If)
        and "TYPE_CHECKING" in ast.unparse(block.test)
        and "not" not in ast.unparse(block.test)
        for n in ast.walk(block)
    }
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(f"{package}.{node.module}")
            else:
                found |= {f"{package}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{package}."):
            found.add(str(node.module))
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith(f"{package}.")}
    return found - {name}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycles(package: str) -> None:
    """0.3.0: musicapi_cli.main imported listen, which imported main back (for Usage)."""
    trees = modules(package)
    graph = {name: runtime_imports(name, tree) & set(trees) for name, tree in trees.items()}
    assert any(graph.values())  # the walk sees imports at all

    def cycle_from(start: str, path: list[str]) -> list[str] | None:
        for target in sorted(graph[path[-1]]):
            if target == start:
                return [*path, target]
            if target not in path and (found := cycle_from(start, [*path, target])):
                return found
        return None

    cycles = [found for name in graph if (found := cycle_from(name, [name]))]
    assert cycles == [], cycles


def test_the_command_uses_only_the_runtimes_public_names() -> None:
    """0.3.0's CLI read musicapi_runtime.tasks.task_status, musicapi_runtime.raw and sys.modules[...calls]."""
    public = set(getattr(musicapi_runtime, "__all__"))  # noqa: B009
    used: set[str] = set()
    for name, tree in modules("musicapi_cli").items():
        aliases = {
            a.asname or a.name
            for n in ast.walk(tree)
            if isinstance(n, ast.Import)
            for a in n.names
            if a.name == "musicapi_runtime"
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("musicapi_runtime.") for a in node.names), name
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("musicapi_runtime"):
                assert node.module == "musicapi_runtime", f"{name} imports {node.module}"
                used |= {a.name for a in node.names}
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
                used.add(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):  # sys.modules["musicapi_runtime.x"]
                assert not re.fullmatch(r"musicapi_runtime\.\w+", node.value), f"{name}: {node.value}"
    assert used and used <= public, used - public


def functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.name, int(node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def test_no_function_is_longer_than_a_screen_without_a_reason() -> None:
    """0.3.0: run_listen was 148 lines, codegen's derive 138."""
    folders = ["runtime", "cli", "sandbox", "codegen", "examples", "benchmarks"]
    long = {
        f"{path.relative_to(ROOT).as_posix()}:{name}": size
        for folder in folders
        for path in sorted((ROOT / folder).rglob("*.py"))
        for name, size in functions(path)
        if size > LONGEST
    }
    assert {k for k in long if k not in LONG_ON_PURPOSE} == set(), long
    assert set(LONG_ON_PURPOSE) <= set(long), "a function on the list got shorter: take it off"
