"""A family is a spec edit: a copy of a family's paths, operations and schemas under a new tag, regenerated
(`make generate-into`), works end to end — the sandbox started from the copy runs its lifecycle, and create,
wait and download work from Python (sync and async) and from the CLI — with no file outside the spec touched.
Two clones: one whose task finishes when its clips settle (riffusion's shape), one with a top-level status
(producer's). And `make generate` refuses a paid operation whose task the runtime could not read."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import ROOT, SPEC
from tests.test_spec_changes import PRELUDE, regenerate, run

pytestmark = pytest.mark.slow


def clone(spec: dict[str, Any], family: str, new: str) -> None:
    """Copy every path, operation and schema of `family` under the tag `new` (names rewritten, as a user who
    copies a family's YAML and renames it would)."""
    title, new_title = family.capitalize(), new.capitalize()

    def renamed(node: Any) -> Any:
        text = json.dumps(node)
        text = re.sub(rf"\b{family}(?=[_/\"])", new, text)
        return json.loads(text.replace(title, new_title))

    schemas = spec["components"]["schemas"]
    for name in [n for n in schemas if n.startswith(title)]:
        schemas[name.replace(title, new_title)] = renamed(schemas[name])
    for path in [p for p in spec["paths"] if f"/{family}/" in p]:
        spec["paths"][path.replace(f"/{family}/", f"/{new}/")] = renamed(spec["paths"][path])
    spec["tags"].append({"name": new, "description": f"A copy of {family} (a test of the family registry)."})


def fuzzclone(spec: dict[str, Any]) -> None:
    clone(spec, "riffusion", "fuzzclone")


def statusclone(spec: dict[str, Any]) -> None:
    clone(spec, "producer", "statusclone")


def operations(spec: dict[str, Any], tag: str) -> list[str]:
    return [op["operationId"] for item in spec["paths"].values() for op in item.values() if op.get("tags") == [tag]]


@pytest.mark.parametrize(
    ("edit", "family", "tag"), [(fuzzclone, "riffusion", "fuzzclone"), (statusclone, "producer", "statusclone")]
)
def test_the_clones_are_new_families_of_the_spec(edit: Any, family: str, tag: str) -> None:
    """The edits really copy a family (paths, operations, schemas, tag), leaving the original as it was."""
    spec = copy.deepcopy(SPEC)
    edit(spec)
    assert operations(spec, tag) == [op.replace(family, tag) for op in operations(SPEC, family)]
    assert operations(spec, family) == operations(SPEC, family)
    copied = {n for n in spec["components"]["schemas"] if n.startswith(tag.capitalize())}
    assert len(copied) == len([n for n in SPEC["components"]["schemas"] if n.startswith(family.capitalize())]) > 5


CLIPS_FAMILY = """
from musicapi_client.models import FuzzcloneCreateWithDescription, FuzzcloneModel, FuzzcloneTask
assert "fuzzclone" in musicapi_spec.FAMILIES and rt.Family.FUZZCLONE == "fuzzclone"
fast = rt.PollSchedule.fixed(0.1)
with SandboxProcess() as sandbox:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    body = FuzzcloneCreateWithDescription(mv=FuzzcloneModel.FUZZ_1_0, prompt="a song")
    task = rt.create_and_wait(client, body, schedule=fast, timeout=30)
    assert isinstance(task, FuzzcloneTask) and len(task.data) == 2, task
    paths = rt.download(task, {out!r} + "/sync", include_image=True)
    assert len(paths) == 4 and all(p.stat().st_size > 0 for p in paths), paths

    import asyncio
    async def main():
        task = await rt.acreate_and_wait(client, body, schedule=fast, timeout=30)
        return await rt.adownload(task, {out!r} + "/async")
    assert len(asyncio.run(main())) == 2

    created = rt.create(client, body)
    polled = rt.wait_for_task(client, created.task_id, family=rt.Family.FUZZCLONE, schedule=fast, timeout=30)
    assert len(rt.finished_clips(polled)) == 2
    uploaded = rt.upload(client, "https://example.com/mine.mp3", family="fuzzclone")
    assert uploaded.clip_id

    made = cli(sandbox, "fuzzclone", "create", "--prompt", "a song", "--wait", "--download", {out!r} + "/cli",
               "--image", "--json", "--poll", "0.1")
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert len(result["clips"]) == 2 and len(result["files"]) == 4, result
    upload = cli(sandbox, "fuzzclone", "upload", "https://example.com/mine.mp3")
    assert upload.returncode == 0 and upload.stdout.strip(), upload.stderr
    state = httpx.get(sandbox.url + "/sandbox/state").json()
    print(json.dumps(state))
"""


def test_a_family_whose_clips_settle_is_one_spec_edit(tmp_path: Path) -> None:
    env = regenerate(tmp_path, fuzzclone)
    out = run(env, PRELUDE.format(out=str(tmp_path)) + CLIPS_FAMILY.format(out=str(tmp_path)))
    counts = json.loads(out.strip().splitlines()[-1])
    assert counts["tasks"] == 4 and counts["uploads"] == 2, counts  # sync, async, polled, CLI; two uploads
    assert len(list((tmp_path / "cli").iterdir())) == 4


STATUS_FAMILY = """
from musicapi_client.models import StatuscloneCreateMusic, StatuscloneTask, StatuscloneVideoRequest
fast = rt.PollSchedule.fixed(0.1)
with SandboxProcess() as sandbox:
    client = rt.connect(sandbox.api_key, base_url=sandbox.url)
    task = rt.create_and_wait(client, StatuscloneCreateMusic(sound="warm piano"), schedule=fast, timeout=30)
    assert isinstance(task, StatuscloneTask) and str(task.status) == "SUCCESS" and len(task.data) == 1, task
    assert len(rt.download(task, {out!r} + "/sync", wav=True)) == 2

    import asyncio
    async def main():
        task = await rt.acreate_and_wait(client, StatuscloneCreateMusic(sound="x"), schedule=fast, timeout=30)
        return await rt.adownload(task, {out!r} + "/async", files=["audio", "wav", "image"])
    assert len(asyncio.run(main())) == 3

    video = rt.create_and_wait(client, StatuscloneVideoRequest(clip_id=str(task.data[0].clip_id)), schedule=fast)
    assert [p.suffix for p in rt.download(video, {out!r} + "/video", files=["video"])] == [".mp4"]

    made = cli(sandbox, "statusclone", "create", "--sound", "pop", "--download", {out!r} + "/cli", "--wav", "--json",
               "--poll", "0.1")
    assert made.returncode == 0, made.stderr
    assert len(json.loads(made.stdout)["files"]) == 2
    waited = cli(sandbox, "statusclone", "create", "--sound", "pop", "--wait", "--poll", "0.1", "--json")
    assert waited.returncode == 0 and len(json.loads(waited.stdout)["clips"]) == 1, waited.stderr
"""


def test_a_family_with_a_top_level_status_is_one_spec_edit(tmp_path: Path) -> None:
    env = regenerate(tmp_path, statusclone)
    run(env, PRELUDE.format(out=str(tmp_path)) + STATUS_FAMILY.format(out=str(tmp_path)))
    assert sorted(p.suffix for p in (tmp_path / "cli").iterdir()) == [".m4a", ".wav"]


def generate_fails(tmp_path: Path, edit: Any) -> str:
    spec = copy.deepcopy(SPEC)
    edit(spec)
    path = tmp_path / "musicapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = subprocess.run(
        ["make", "-s", "generate-into", f"SPEC={path}", f"OUT={tmp_path / 'generated'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0, result.stdout
    return result.stderr


def test_generate_refuses_a_paid_operation_whose_task_cannot_be_read(tmp_path: Path) -> None:
    def unreadable(spec: dict[str, Any]) -> None:
        fuzzclone(spec)
        del spec["components"]["schemas"]["FuzzcloneTask"]["x-task"]

    message = generate_fails(tmp_path, unreadable)
    assert "fuzzclone_get_task" in message and "x-task" in message, message


def test_generate_refuses_a_paid_operation_that_says_nothing_of_its_result(tmp_path: Path) -> None:
    def silent(spec: dict[str, Any]) -> None:
        fuzzclone(spec)
        del spec["paths"]["/api/v1/fuzzclone/upload"]["post"]["x-synchronous"]

    message = generate_fails(tmp_path, silent)
    assert "fuzzclone_upload" in message and "x-synchronous" in message and "links" in message, message


def test_generate_refuses_a_task_answer_that_names_no_task(tmp_path: Path) -> None:
    def anonymous(spec: dict[str, Any]) -> None:
        del spec["components"]["schemas"]["TaskAccepted"]["properties"]["task_id"]["x-id"]

    message = generate_fails(tmp_path, anonymous)
    assert "x-id: task" in message, message
