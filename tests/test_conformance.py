"""The sandbox never drifts from the spec: schemathesis runs every check against it over real HTTP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from musicapi_sandbox import SandboxProcess
from tests.support import ROOT, SPEC_PATH

ST = str(Path(sys.executable).parent / "st")


def schemathesis(spec: Path, url: str, key: str, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [ST, "run", str(spec), "--url", url, "-H", f"Authorization: Bearer {key}", "--checks", "all"]
    command += ["--seed", "1", *extra]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_sandbox_conforms_to_the_spec() -> None:
    with SandboxProcess(["--credits", "100000000"]) as sandbox:
        result = schemathesis(SPEC_PATH, sandbox.url, sandbox.api_key)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "Stateful" in result.stdout and " passed" in result.stdout


def test_the_conformance_check_catches_drift(tmp_path: Path) -> None:
    """A spec that demands a field the sandbox does not send must fail the same run."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    spec["components"]["schemas"]["Credits"]["required"].append("plan")
    drifted = tmp_path / "drifted.yaml"
    drifted.write_text(yaml.safe_dump(spec))
    with SandboxProcess() as sandbox:
        result = schemathesis(drifted, sandbox.url, sandbox.api_key, "--include-operation-id", "get_credits")
    assert result.returncode != 0
    assert "plan" in result.stdout
