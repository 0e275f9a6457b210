"""One edit to the spec, and everything follows: three realistic edits, each applied to a copy of the spec and
regenerated (`make generate-into`), must reach validation, the sandbox and the command line with no other file
touched. Each runs in a fresh interpreter whose generated packages are the regenerated ones."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import ROOT, SPEC

pytestmark = pytest.mark.slow

Edit = Callable[[dict[str, Any]], None]


def longer_titles(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["Title"]["maxLength"] = 99


def moderation(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["TaskFailureType"]["enum"].append("moderated")
    schemas["ClipState"]["enum"].append("queued")


def remix(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["RiffusionRemix"] = {
        "type": "object",
        "description": "Remix a generated clip in the style `sound` describes.",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "sound"],
        "properties": {
            "task_type": {
                "type": "string",
                "description": "The operation.",
                "const": "remix_music",
                "default": "remix_music",
            },
            "mv": {"$ref": "#/components/schemas/RiffusionModel"},
            "custom_mode": {"description": "Always true.", "const": True, "default": True},
            "continue_clip_id": {"$ref": "#/components/schemas/ClipId"},
            "sound": {"$ref": "#/components/schemas/Sound"},
        },
    }
    schemas["RiffusionCreateRequest"]["oneOf"].append({"$ref": "#/components/schemas/RiffusionRemix"})


def regenerate(tmp_path: Path, edit: Edit) -> dict[str, str]:
    """The edited spec, generated into tmp_path; the environment that makes a child interpreter use it."""
    spec = copy.deepcopy(SPEC)
    edit(spec)
    path = tmp_path / "musicapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "generated"
    result = subprocess.run(
        ["make", "-s", "generate-into", f"SPEC={path}", f"OUT={out}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    paths = [out, ROOT / "runtime", ROOT / "sandbox", ROOT / "cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    return {**env, "PYTHONPATH": os.pathsep.join(map(str, paths))}


def run(env: dict[str, str], script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


PRELUDE = """
import json, subprocess, sys
import httpx
import musicapi_client, musicapi_runtime as rt, musicapi_spec
from musicapi_sandbox import SandboxProcess
assert musicapi_spec.__file__.startswith({out!r}), musicapi_spec.__file__  # the regenerated packages
def post(sandbox, path, body):
    headers = {{"Authorization": f"Bearer {{sandbox.api_key}}"}}
    return httpx.post(sandbox.url + path, json=body, headers=headers)
def cli(sandbox, *args):
    env = {{"MUSICAPI_API_KEY": sandbox.api_key, "MUSICAPI_BASE_URL": sandbox.url, "PATH": ""}}
    import os
    env = {{**os.environ, **env}}
    return subprocess.run([sys.executable, "-m", "musicapi_cli", *args], env=env, capture_output=True, text=True)
"""


def test_a_longer_title_limit_reaches_validation_the_sandbox_and_the_cli(tmp_path: Path) -> None:
    env = regenerate(tmp_path, longer_titles)
    run(
        env,
        PRELUDE.format(out=str(tmp_path))
        + """
from musicapi_client.models import RiffusionCreateWithLyrics, RiffusionModel
rt.validate_body(RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, title="t" * 99))
try:
    rt.validate_body(RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, title="t" * 100))
    raise SystemExit("a 100-character title passed")
except rt.RequestValidationError as error:
    assert "at most 99" in str(error), error
with SandboxProcess() as sandbox:
    body = {"mv": "FUZZ-1.0", "custom_mode": True, "make_instrumental": False, "title": "t" * 99}
    assert post(sandbox, "/api/v1/riffusion/create", body).status_code == 200
    assert post(sandbox, "/api/v1/riffusion/create", {**body, "title": "t" * 100}).status_code == 400
    done = cli(sandbox, "riffusion", "create", "--title", "t" * 99, "--sound", "pop")
    assert done.returncode == 0, done.stderr
""",
    )


def test_a_new_failure_kind_and_clip_state_reach_the_sandbox_and_the_runtime(tmp_path: Path) -> None:
    env = regenerate(tmp_path, moderation)
    run(
        env,
        PRELUDE.format(out=str(tmp_path))
        + """
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel, ClipState
assert ClipState("queued") and "queued" in musicapi_spec.ENUMS["ClipState"]
with SandboxProcess(["--fail-rate", "1", "--fail-kind", "moderated"]) as sandbox:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_0, prompt="x")
    try:
        rt.create_and_wait(client, body, schedule=rt.PollSchedule.fixed(0.1), timeout=30)
        raise SystemExit("the task did not fail")
    except rt.TaskFailed as failed:
        assert failed.reason == "moderated", failed
""",
    )


def test_a_new_create_mode_reaches_the_runtime_the_sandbox_and_the_cli(tmp_path: Path) -> None:
    env = regenerate(tmp_path, remix)
    out = run(
        env,
        PRELUDE.format(out=str(tmp_path))
        + """
from musicapi_client.models import RiffusionRemix, RiffusionModel
with SandboxProcess() as sandbox:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    task = rt.create_and_wait(client, RiffusionRemix(mv=RiffusionModel.FUZZ_1_0, continue_clip_id="c", sound="funk"),
                              schedule=rt.PollSchedule.fixed(0.1), timeout=30)
    assert len(task.data) == 2
    flag = cli(sandbox, "riffusion", "create", "--remix", "--continue-clip-id", "c", "--sound", "funk", "--json")
    assert flag.returncode == 0, flag.stderr
    verb = cli(sandbox, "riffusion", "remix", "--continue-clip-id", "c", "--sound", "funk", "--wait", "--json")
    assert verb.returncode == 0, verb.stderr
    print(json.dumps(json.loads(verb.stdout)))
    helped = cli(sandbox, "riffusion", "--help")
    assert "remix" in helped.stdout, helped.stdout
""",
    )
    assert len(__import__("json").loads(out)["clips"]) == 2
    commands = (tmp_path / "generated" / "commands.md").read_text()  # the command reference, from the edited spec
    assert "## musicapi riffusion remix" in commands and "| `--remix` |" in commands


@pytest.mark.parametrize("edit", [longer_titles, moderation, remix])
def test_each_edit_changes_generated(tmp_path: Path, edit: Edit) -> None:
    """check-generated would see each edit: the regenerated facts differ from the committed ones."""
    regenerate(tmp_path, edit)
    committed = (ROOT / "generated" / "musicapi_spec" / "__init__.py").read_text()
    assert (tmp_path / "generated" / "musicapi_spec" / "__init__.py").read_text() != committed
