"""How far generated/musicapi_client is from what openapi-python-client writes with its own templates.

`python -m codegen.divergence` generates the client from the spec with the stock templates (the command and
config of `make generate`, without `--custom-template-path templates`) into a temporary folder, compares it with
generated/musicapi_client, prints the differing lines per file and in all beside the budget, and exits 1 when a
file differs that no override explains or a file is over its budget. tests/test_generation.py runs it.

The budget is what each remaining override in templates/ has to change, and nothing more (each template says
why it exists and which upstream issue it works around):
- models_init.py.jinja (models load on first use): 17 lines of its own, and 3 per model or enum (its import moves under
  `if TYPE_CHECKING:`, 2 lines, and it gets a line in the table of modules);
- types.py.jinja (one `Unset`, which prints as UNSET and survives deepcopy and pickle): 9 lines;
- model.py.jinja (a secret field is left out of repr): 2 lines per field the spec marks `format: password`
  (its declaration, replaced), in that model's module only.
So a spec change moves the budget with it; a template that grows does not fit in it.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "musicapi.yaml"
CONFIG = ROOT / "generator-config.yaml"
GENERATED = ROOT / "generated" / "musicapi_client"

INIT, TYPES = "models/__init__.py", "types.py"
INIT_OWN_LINES, INIT_LINES_PER_MODEL, TYPES_LINES, LINES_PER_SECRET = 17, 3, 9, 2


def generate_stock(out: Path, spec: Path = SPEC) -> None:
    """The client as openapi-python-client 0.29.1 writes it with its own templates (and our config)."""
    bin_dir = Path(sys.executable).parent  # ruff must be on PATH, or the generator skips its post-hooks
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec), "--config", str(CONFIG)]
    command += ["--meta", "none", "--overwrite", "--fail-on-warning", "--output-path", str(out)]
    subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=300)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []


def differing_lines(stock: Path, ours: Path) -> dict[str, int]:
    """Per file (path relative to the package), the lines removed plus the lines added going from stock to ours;
    a file on one side only counts all its lines."""
    names = {p.relative_to(root).as_posix() for root in (stock, ours) for p in root.rglob("*") if p.is_file()}
    counts: dict[str, int] = {}
    for name in sorted(n for n in names if "__pycache__" not in n):
        diff = difflib.unified_diff(_lines(stock / name), _lines(ours / name), n=0, lineterm="")
        # Blank lines are not counted: difflib may pair them either way, which would move the count by itself.
        changed = sum(
            1 for line in diff if line[:1] in "+-" and line[1:].strip() and not line.startswith(("+++", "---"))
        )
        if changed:
            counts[name] = changed
    return counts


def secret_fields(spec: Mapping[str, Any]) -> dict[str, int]:
    """Per schema, the number of its properties the spec marks `format: password` (directly or through a $ref)."""
    schemas = spec["components"]["schemas"]
    found: dict[str, int] = {}
    for name, schema in schemas.items():
        for node in schema.get("properties", {}).values():
            target = schemas[node["$ref"].rsplit("/", 1)[1]] if "$ref" in node else node
            if "password" in (node.get("format"), target.get("format")):
                found[name] = found.get(name, 0) + 1
    return found


def _module_of(schema: str, stock: Path) -> str | None:
    """The models/ module that defines the generated class of `schema`."""
    for path in sorted((stock / "models").glob("*.py")):
        if f"\nclass {schema}:" in path.read_text(encoding="utf-8"):
            return f"models/{path.name}"
    return None


def budget(stock: Path, spec: Mapping[str, Any]) -> dict[str, int]:
    """What each file may differ by (see the module docstring)."""
    models = sum(1 for line in _lines(stock / INIT) if line.startswith("from ."))
    allowed = {INIT: INIT_OWN_LINES + INIT_LINES_PER_MODEL * models, TYPES: TYPES_LINES}
    for schema, count in secret_fields(spec).items():
        module = _module_of(schema, stock)
        if module is not None:
            allowed[module] = allowed.get(module, 0) + LINES_PER_SECRET * count
    return allowed


def over_budget(counts: Mapping[str, int], allowed: Mapping[str, int]) -> dict[str, tuple[int, int]]:
    """The files that differ by more than they may: name -> (lines, allowed)."""
    return {name: (n, allowed.get(name, 0)) for name, n in counts.items() if n > allowed.get(name, 0)}


def report(counts: Mapping[str, int], allowed: Mapping[str, int]) -> str:
    lines = [f"{n:5d} / {allowed.get(name, 0):5d}  {name}" for name, n in counts.items()]
    total, limit = sum(counts.values()), sum(allowed.values())
    lines.append(f"{total:5d} / {limit:5d}  lines in {len(counts)} files differ from the stock templates' output")
    return "\n".join(lines)


def measure(spec_path: Path = SPEC, ours: Path = GENERATED) -> tuple[dict[str, int], dict[str, int]]:
    """(differing lines per file, budget per file) for the committed tree against a stock generation."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        stock = Path(tmp) / "musicapi_client"
        generate_stock(stock, spec_path)
        return differing_lines(stock, ours), budget(stock, spec)


def main() -> int:
    counts, allowed = measure()
    print(report(counts, allowed))
    over = over_budget(counts, allowed)
    for name, (n, limit) in over.items():
        print(f"over budget: {name} differs by {n} lines, {limit} allowed (see codegen/divergence.py)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
