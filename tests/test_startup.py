"""A fresh process loads only what it uses (measured in benchmarks/startup.py; here: which modules get loaded)."""

from __future__ import annotations

import ast
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


def test_the_lazy_table_matches_the_imports_type_checkers_see() -> None:
    """Each name imported under TYPE_CHECKING in __init__.py is in _LAZY, pointing at the same module."""
    tree = ast.parse(INIT.read_text())
    imported = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            private: dict[str, str | None] = {}
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign):  # `create: Create = _create`: typed from the spec
                    assert isinstance(statement.target, ast.Name) and isinstance(statement.value, ast.Name)
                    imported[statement.target.id] = private.pop(statement.value.id)
                    continue
                assert isinstance(statement, ast.ImportFrom)
                if statement.level == 0:  # the generated signatures, for the annotations
                    continue
                for alias in statement.names:
                    if alias.asname is not None and alias.asname.startswith("_"):
                        private[alias.asname] = statement.module
                    else:
                        imported[alias.name] = statement.module
            assert private == {}, private  # every private import is given its typed public name
    assert imported == musicapi_runtime._LAZY
    assert set(musicapi_runtime.__all__) == {*imported, "__version__"}
    for name in musicapi_runtime.__all__:
        assert getattr(musicapi_runtime, name) is not None


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
