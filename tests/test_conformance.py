"""The sandbox never drifts from the spec: schemathesis runs every check against it over real HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import musicapi_spec as facts
from musicapi_sandbox import SandboxProcess
from musicapi_spec.model import Operation
from tests.support import SPEC_PATH

pytestmark = pytest.mark.slow

ST = str(Path(sys.executable).parent / "st")


def config() -> str:
    """schemathesis settings from the spec: a made-up task id may get any documented 4xx ("task not found." is a
    400 here), so positive data sent to a task endpoint is accepted with those statuses too."""
    lines = ["generation.max-examples = 25"]
    for operation in facts.OPERATIONS.values():
        if gone(operation):  # the API answers 410 to anything (retired, unavailable): so does the sandbox
            lines += [
                "",
                "[[operations]]",
                f"include-operation-id = {json.dumps(operation.id)}",
                'checks.positive_data_acceptance.expected-statuses = ["410"]',
                'checks.negative_data_rejection.expected-statuses = ["400", "401", "410"]',
            ]
        elif operation.path_parameters:
            statuses = ["2xx", *(int(s) for s in operation.statuses if s.startswith("4") and s.isdigit())]
            lines += [
                "",
                "[[operations]]",
                f"include-operation-id = {json.dumps(operation.id)}",
                f"checks.positive_data_acceptance.expected-statuses = {json.dumps(statuses)}",
            ]
    return "\n".join(lines) + "\n"


def gone(operation: Operation) -> bool:
    """An operation the API answers 410 whatever is sent: x-gone, or every body retired (x-retired)."""
    tags = {facts.VARIANTS[v].tags.get(operation.retired_field or "") for v in operation.variants}
    return bool(operation.gone) or bool(operation.retired_field and tags and tags <= set(operation.retired))


def schemathesis(workdir: Path, spec: Path, url: str, key: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """A run in a scratch folder: schemathesis keeps its cache in the working directory, not in the repository."""
    settings = workdir / "schemathesis.toml"
    settings.write_text(config())
    command = [ST, "--config-file", str(settings), "run", str(spec), "--url", url]
    command += ["-H", f"Authorization: Bearer {key}", "--checks", "all", "--seed", "1", *extra]
    return subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=600)


def test_sandbox_conforms_to_the_spec(tmp_path: Path) -> None:
    with SandboxProcess(["--credits", "100000000"]) as sandbox:
        result = schemathesis(tmp_path, SPEC_PATH, sandbox.url, sandbox.api_key)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "Stateful" in result.stdout and " passed" in result.stdout
    tested = {op.id for op in facts.OPERATIONS.values()}
    assert f"Selected: {len(tested)}/{len(tested)}" in result.stdout


def test_the_conformance_check_catches_drift(tmp_path: Path) -> None:
    """A spec that demands a field the sandbox does not send must fail the same run."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    spec["components"]["schemas"]["Credits"]["required"].append("plan")
    drifted = tmp_path / "drifted.yaml"
    drifted.write_text(yaml.safe_dump(spec))
    with SandboxProcess() as sandbox:
        result = schemathesis(tmp_path, drifted, sandbox.url, sandbox.api_key, "--include-operation-id", "get_credits")
    assert result.returncode != 0
    assert "plan" in result.stdout
