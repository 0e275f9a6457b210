"""A fresh process loads only what it uses (measured in benchmarks/startup.py; here: which modules get loaded)."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys

import musicapi_runtime
from tests.support import ROOT

INIT = ROOT / "runtime" / "musicapi_runtime" / "__init__.py"


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.splitlines()[-1]))


def public_imports() -> dict[str, tuple[str, str]]:
    """What the TYPE_CHECKING block of __init__.py gives type checkers: public name -> (module, its name there)."""
    tree = ast.parse(INIT.read_text())
    block = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING")
    found: dict[str, tuple[str, str]] = {}
    private: dict[str, tuple[str, str]] = {}
    for statement in block.body:
        if isinstance(statement, ast.AnnAssign):  # `create: Create = _create`: typed from the spec
            assert isinstance(statement.target, ast.Name) and isinstance(statement.value, ast.Name)
            found[statement.target.id] = private.pop(statement.value.id)
            continue
        assert isinstance(statement, ast.ImportFrom)
        if statement.level == 0:  # the generated signatures, for the annotations
            continue
        for alias in statement.names:
            if alias.asname is not None and alias.asname.startswith("_"):
                private[alias.asname] = (f".{statement.module}", alias.name)
            else:
                # `name as name`, or mypy --strict (no implicit re-export) would not see it as public
                assert alias.asname == alias.name, alias.name
                found[alias.name] = (f".{statement.module}", alias.name)
    assert private == {}, private  # every private import is given its typed public name
    return found


def test_the_public_names_are_one_table_the_type_checkers_see() -> None:
    """__all__ and the lazy lookup are read from the imports type checkers see: each public name once, from
    the private module that defines it, and each resolves to that module's object."""
    table = public_imports()
    assert len(table) >= 60
    public = getattr(musicapi_runtime, "__all__")  # noqa: B009  (lazy: type checkers see the imports instead)
    assert public == sorted([*table, "__version__"])
    for name, (module, attribute) in table.items():
        assert module.startswith("._")  # the modules behind the names are private
        source = importlib.import_module(module, "musicapi_runtime")
        assert getattr(musicapi_runtime, name) is getattr(source, attribute), name
    namespace: dict[str, object] = {}
    exec("from musicapi_runtime import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(public)


def test_the_old_module_paths_import_the_same_modules_with_a_warning() -> None:
    probe = """
import warnings
warnings.simplefilter("error")
try:
    import musicapi_runtime.tasks
except DeprecationWarning as warning:
    print("warned:", warning)
warnings.simplefilter("ignore")
import musicapi_runtime as rt
from musicapi_runtime.errors import MusicAPIError
from musicapi_runtime.webhooks import check_headers
import musicapi_runtime.retry as retry
assert MusicAPIError is rt.MusicAPIError and check_headers is rt.check_webhook_headers
assert retry is rt._retry and rt.retry is retry and retry.__spec__.name == "musicapi_runtime._retry"
print("same")
"""
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "warned: musicapi_runtime.tasks is private now (musicapi_runtime._tasks)" in out.stdout
    assert out.stdout.strip().endswith("same")


def test_importing_the_runtime_loads_nothing_heavy() -> None:
    loaded = loaded_after("import musicapi_runtime")
    assert not {"httpx", "musicapi_client", "musicapi_spec", "attrs"} & loaded


def test_a_sync_call_loads_no_async_download_or_webhook_code() -> None:
    code = "import musicapi_runtime as rt\nc = rt.connect('k', base_url='http://127.0.0.1:9')\nc.get_httpx_client()"
    loaded = loaded_after(code)
    assert "musicapi_runtime._config" in loaded and "httpx" in loaded
    unwanted = {"asyncio", "musicapi_runtime._downloads", "musicapi_runtime._webhooks", "hmac"}
    assert not unwanted & loaded


HELP = """
import sys
sys.argv = ["musicapi", "--help"]
import musicapi_cli
try:
    musicapi_cli.run()
except SystemExit:
    pass
"""


def test_cli_help_loads_neither_the_runtime_nor_http() -> None:
    loaded = loaded_after(HELP)
    assert not {"musicapi_runtime", "httpx", "http.server", "musicapi_client"} & loaded
    assert not {"asyncio", "http.client", "musicapi_cli.listener"} & loaded  # the listener's server neither


RIFFUSION_POLL = """
import pathlib, httpx, musicapi_runtime as rt
body = pathlib.Path("tests/fixtures/constructed/riffusion_get_task.200.finished.json").read_bytes()
answer = lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
c = rt.connect("k", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(answer))
assert rt.get_task(c, "t1").state == "succeeded"
"""


def test_a_poll_loads_no_create_code() -> None:
    """A fresh process's first get-task (benchmarks/startup.py times it) loads no request checks or answers to
    creates; the task models themselves stay plain globals, so type hints resolve (next test)."""
    loaded = loaded_after(RIFFUSION_POLL)
    assert "musicapi_client.models.riffusion_task" in loaded
    unwanted = {"musicapi_runtime._validation", "musicapi_spec.check", "musicapi_client.models.task_accepted"}
    unwanted |= {m for m in loaded if "upload" in m}
    assert not unwanted & loaded, unwanted & loaded


def test_type_hints_resolve_in_a_fresh_process() -> None:
    """typing.get_type_hints (pydantic, cattrs, FastAPI read them) on the public task types and functions works
    whatever was imported before."""
    for name in ("TaskStatus", "finished_clips", "get_task", "wait_for_task", "download"):
        loaded_after(f"import typing, musicapi_runtime as rt\ntyping.get_type_hints(rt.{name})")
