"""The wheel and the sdist build, and install into clean virtualenvs where the package, the runtime, the sandbox
and the `musicapi` command all work (pinned to the versions we test with)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from musicapi_sandbox import free_port
from tests.support import ROOT

pytestmark = pytest.mark.slow

SMOKE = """
import json, importlib.resources
import musicapi_client, musicapi_runtime, musicapi_sandbox, musicapi_spec
from musicapi_client.models import ProducerCreateMusic, RiffusionCreateWithDescription, RiffusionModel
assert musicapi_runtime.__version__ == "0.4.0", musicapi_runtime.__version__
import attrs  # a runtime dependency: the generated models are attrs classes
assert attrs.has(ProducerCreateMusic) and attrs.has(type(musicapi_runtime.connect("k")))
assert musicapi_client.__file__.startswith(__import__("sys").prefix)
# The spec travels with the package.
spec = json.loads(importlib.resources.files("musicapi_spec").joinpath("openapi.json").read_text())
assert spec["info"]["title"] == musicapi_spec.TITLE and "/api/v1/producer/create" in spec["paths"]
print("ok")
"""


def run(*command: str | Path, env: dict[str, str] | None = None, timeout: float = 600) -> str:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=timeout, env=env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    return out


def clean_venv(where: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(where)
    return where / "bin"


@pytest.mark.parametrize("kind", ["whl", "tar.gz"])
def test_installs_and_works_in_a_clean_virtualenv(dist: Path, tmp_path: Path, kind: str) -> None:
    (artifact,) = dist.glob(f"*.{kind}")
    bin_dir = clean_venv(tmp_path / "venv")
    pins = ROOT / "requirements-dev.txt"
    run(bin_dir / "pip", "install", "-q", "--disable-pip-version-check", "-c", pins, f"{artifact}[cli,sandbox]")
    # Run from a folder without the source tree, so only the installed copy can be imported.
    env = {
        k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"} and not k.startswith("MUSICAPI")
    }
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    assert run(bin_dir / "python", "-I", "-c", SMOKE, env=env).strip() == "ok"
    assert "riffusion" in run(bin_dir / "musicapi", "--help", env=env)

    port = free_port()
    server = subprocess.Popen([bin_dir / "musicapi", "sandbox", "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        assert server.stderr is not None and b"sandbox" in server.stderr.readline()
        api_env = {**env, "MUSICAPI_API_KEY": "sandbox-key", "MUSICAPI_BASE_URL": f"http://127.0.0.1:{port}"}
        out = run(bin_dir / "musicapi", "riffusion", "create", "--prompt", "packaged", "--wait", "--json", env=api_env)
        assert len(json.loads(out)["clips"]) == 2
    finally:
        server.terminate()
        server.wait(timeout=10)
