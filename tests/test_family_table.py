"""The generated family table (musicapi_spec.FAMILIES) and what the runtime does with it: each family read as
its spec says, `family=` in every spelling (and the deprecated `api=`), a create refused before it is paid when
the task it starts could not be followed, and the generated typed overloads of create and create_and_wait."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client.models import ProducerTask, RiffusionCreateWithDescription, RiffusionModel, RiffusionTask
from musicapi_runtime import _spec as spec
from musicapi_runtime import _tasks as tasks
from tests.fakes import CREATE, FakeAPI, client_for, finished, js, task_path
from tests.support import ROOT, SPEC


def x_task(schema: str) -> dict[str, Any]:
    found: dict[str, Any] = SPEC["components"]["schemas"][schema]["x-task"]
    return found


def test_the_table_is_what_the_spec_says() -> None:
    """Each family's reading comes from its task schema's x-task (checked against the YAML, not the code)."""
    assert set(facts.FAMILIES) == {t["name"] for t in SPEC["tags"] if t["name"] in facts.FAMILIES}
    for family in facts.FAMILIES.values():
        x = x_task(family.task)
        assert family.clips == x.get("clips", "") and family.finished_clips == x.get("finished-clips", 1)
        assert family.status == x.get("status") and family.clip_state == x.get("clip-state")
        assert (family.clip == family.task) == ("clips" not in x)  # a flat task is its own clip
        clip = SPEC["components"]["schemas"][family.clip]["properties"]
        assert dict(family.files) == {name: node["x-file"] for name, node in clip.items() if "x-file" in node}
        assert family.poll in family.operations and facts.OPERATIONS[family.poll].method == "GET"
        for op_id in family.operations:
            assert facts.OPERATIONS[op_id].family == family.name
    by_status = {f.name: f.status is not None for f in facts.FAMILIES.values()}
    assert by_status == {
        "riffusion": False,
        "producer": True,
        "sonic": False,
        "suno": False,
        "nuro": True,
        "studio": True,
    }


def test_family_is_named_by_the_enum_its_name_or_its_facts() -> None:
    producer = facts.FAMILIES["producer"]
    assert spec.family_of(rt.Family.PRODUCER) is producer
    assert spec.family_of("producer") is producer
    assert spec.family_of(producer) is producer
    with pytest.raises(rt.RequestValidationError, match="unknown family 'nope'; the families of the spec are"):
        spec.family_of("nope")
    with pytest.raises(rt.RequestValidationError, match="unknown family"):
        spec.family_of(producer._replace(name="fake"))
    with pytest.warns(DeprecationWarning, match="api= is deprecated"):
        assert spec.family_of(api="producer") is producer
    with pytest.warns(DeprecationWarning, match="no family= given"):
        assert spec.family_of() is facts.FAMILIES[spec.LEGACY_FAMILY]
    with pytest.raises(rt.RequestValidationError, match="disagree"), pytest.warns(DeprecationWarning):
        spec.family_of("producer", api="riffusion")


def test_the_deprecated_api_spelling_still_polls_and_warns_at_the_callers_line() -> None:
    api = FakeAPI().script(task_path("t-1"), [finished()])
    with pytest.warns(DeprecationWarning) as warned:
        status = rt.get_task(client_for(api), "t-1", api="riffusion")
    assert status.done and warned[0].filename == __file__
    assert rt.get_task(client_for(api), "t-1", family=rt.Family.RIFFUSION).done


def test_a_create_whose_task_no_family_reads_is_refused_before_it_is_paid(monkeypatch: pytest.MonkeyPatch) -> None:
    api = FakeAPI().script(CREATE, [js(200, {"task_id": "t-1"})])
    operation = facts.OPERATIONS["riffusion_create"]
    monkeypatch.setitem(facts.OPERATIONS, "riffusion_create", operation._replace(family=None))
    body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt="a song")
    with pytest.raises(rt.ConfigurationError, match=r"cannot be followed.*nothing was sent"):
        rt.create(client_for(api), body)
    monkeypatch.setitem(facts.OPERATIONS, "riffusion_create", operation._replace(polls=None))
    with pytest.raises(rt.ConfigurationError, match="neither which task endpoint polls it"):
        rt.create(client_for(api), body)
    tasks._route.cache_clear()
    monkeypatch.setitem(facts.OPERATIONS, "riffusion_create", operation)
    monkeypatch.setitem(facts.FAMILIES, "riffusion", facts.FAMILIES["riffusion"]._replace(task="NoSuchModel"))
    with pytest.raises(rt.ConfigurationError, match="missing from the generated client"):
        rt.create(client_for(api), body)
    tasks._route.cache_clear()
    assert api.requests == []


def test_a_task_model_is_read_by_its_family() -> None:
    riffusion = RiffusionTask.from_dict(
        {"code": 200, "data": [{"clip_id": "a", "state": "succeeded", "audio_url": "u"}]}
    )
    assert rt.read_task(riffusion).state == "running"  # one clip of two: keep polling
    producer = ProducerTask.from_dict({"status": "success", "data": [{"clip_id": "a"}]})
    assert rt.read_task(producer).done
    with pytest.raises(rt.TaskFailed, match="refunded"):
        rt.read_task(ProducerTask.from_dict({"task_id": "p", "status": "FAILED", "message": "refunded"}))


def test_the_ids_an_answer_names_come_from_x_id() -> None:
    from musicapi_client.models import ProducerUploadAccepted, RiffusionUploadResponse, TaskAccepted

    assert rt.ids_of(TaskAccepted(task_id="t")) == {"task": "t"}
    assert rt.ids_of(RiffusionUploadResponse(clip_id="c")) == {"clip": "c"}
    assert rt.ids_of(ProducerUploadAccepted(task_id="t", clip_id="c")) == {"task": "t", "clip": "c"}
    assert rt.ids_of(ProducerUploadAccepted(task_id=" ")) == {}


TYPED = """
import musicapi_runtime as rt
from musicapi_client.models import ProducerCreateMusic, RiffusionCreateWithDescription, RiffusionModel
from musicapi_client.models import RiffusionUploadRequest

client = rt.connect("k")
reveal_type(rt.create(client, ProducerCreateMusic(sound="x")))
reveal_type(rt.create(client, RiffusionUploadRequest(url="https://x")))
reveal_type(rt.create_and_wait(client, ProducerCreateMusic(sound="x")))
reveal_type(rt.create_and_wait(client, RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_0, prompt="x")))
async def main() -> None:
    reveal_type(await rt.acreate_and_wait(client, ProducerCreateMusic(sound="x"), timeout=5))
rt.create_and_wait(client, RiffusionUploadRequest(url="https://x"))  # answers at once: nothing to wait for
rt.create(client, "not a body")
"""


@pytest.mark.slow
def test_the_generated_overloads_type_every_operation(tmp_path: Path) -> None:
    """A type checker sees each operation's answer and each family's task (musicapi_spec.signatures)."""
    source = tmp_path / "typed.py"
    source.write_text(textwrap.dedent(TYPED))
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    notes = [line.split("Revealed type is ")[1] for line in run.stdout.splitlines() if "Revealed type" in line]
    assert notes == [
        '"musicapi_client.models.task_accepted.TaskAccepted"',
        '"musicapi_client.models.riffusion_upload_response.RiffusionUploadResponse"',
        '"musicapi_client.models.producer_task.ProducerTask"',
        '"musicapi_client.models.riffusion_task.RiffusionTask"',
        '"musicapi_client.models.producer_task.ProducerTask"',
    ], run.stdout
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2 and all("No overload variant" in e for e in errors), run.stdout
