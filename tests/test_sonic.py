"""Sonic, as the runtime reads it: every recorded and constructed answer of its task endpoint (not ready on 202
and on 200, two clips that stream, one finished and one streaming, failures typed on 200, clips that failed with
their message, durations as numbers, strings or null, chirp-* models, unknown states and fields), and what the
operations with a clip count of their own (stems, voices) count as finished, also outside create_and_wait. Over a
mock transport: no server."""

from __future__ import annotations

import json
from typing import Any

import pytest

import musicapi_client.models as models
import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client.models import SonicClip, SonicTask
from tests.fakes import FakeAPI, client_for, js
from tests.support import fixture_response, fixtures

SONIC = facts.FAMILIES["sonic"]
POLL = "/api/v1/sonic/task/t-1"
FAST = rt.PollSchedule.fixed(0.01)

# fixture label -> what one poll says: a state of TaskStatus, or the TaskFailed reason.
EXPECTED = {
    "finished-strings-and-chirp": "succeeded",
    "duration-null": "succeeded",
    "no-code": "succeeded",
    "instrumental": "succeeded",
    "code-and-data-only": "succeeded",  # sonic's clips show together: one settled clip is all there is
    "empty-data": "running",
    "running-envelope": "running",
    "two-running-streaming": "running",
    "one-succeeded-one-streaming": "running",
    "unknown-fields-and-states": "running",
    "stems": "succeeded",  # one clip, settled: done wherever it is read (wait_for_task, a webhook), not only in
    "voice-persona": "succeeded",  # create_and_wait
    "not-ready": "not_ready",
    "not-ready-bare": "not_ready",
    "not-ready-on-200": "not_ready",
    "not-ready-code": "not_ready",
    "failed": "failed",
    "timeout": "timeout",
    "forbidden": "forbidden",
    "api-error": "api_error",
    "clip-failed-with-message": "clips_failed",
}
READS = [f for f in fixtures("sonic_get_task") if f.status < 300]


def poll(answer: Any) -> rt.TaskStatus:
    api = FakeAPI().script(POLL, [answer])
    return rt.get_task(client_for(api), "t-1", family=rt.Family.SONIC)


def test_every_answer_fixture_has_an_expectation() -> None:
    assert {f.label for f in READS} == set(EXPECTED)


@pytest.mark.parametrize("fixture", READS, ids=lambda f: f.label)
def test_each_recorded_shape_is_read_as_what_it_is(fixture: Any) -> None:
    expected = EXPECTED[fixture.label]
    if expected in {"not_ready", "running", "succeeded"}:
        status = poll(fixture_response(fixture))
        assert status.state == expected, status
        if status.task is not None:  # kept as sent: unknown states and fields, strings and nulls
            assert isinstance(status.task, SonicTask)
            assert status.task.to_dict() == fixture.json()
        return
    with pytest.raises(rt.TaskFailed) as failed:
        poll(fixture_response(fixture))
    assert failed.value.reason == expected and failed.value.task_id == "t-1"
    assert failed.value.body == fixture.text()


def test_a_failed_clip_says_why() -> None:
    (fixture,) = [f for f in READS if f.label == "clip-failed-with-message"]
    with pytest.raises(rt.TaskFailed, match="the lyrics were flagged"):
        poll(fixture_response(fixture))


def test_strings_nulls_and_chirp_models_stay_as_sent() -> None:
    (fixture,) = [f for f in READS if f.label == "finished-strings-and-chirp"]
    task = poll(fixture_response(fixture)).task
    assert isinstance(task, SonicTask) and isinstance(task.data, list)
    assert task.data[0].duration == "192.6" and task.data[0].mv == "chirp-v5"
    assert task.data[1].duration == 188.4 and task.data[0].video_url is None


def test_a_streaming_clip_is_not_finished_nor_downloaded_as_final(tmp_path: Any) -> None:
    """A clip whose audio is a temporary stream (audiopipe) is not done, even with no state or "succeeded"."""
    stream = "https://audiopipe.suno.ai/?item_id=c-2"
    for state in ("", "succeeded", "streaming"):
        clips = [{"clip_id": "c-1", "state": "succeeded", "audio_url": "https://cdn1.suno.ai/c-1.mp3"}]
        clips.append({"clip_id": "c-2", "state": state, "audio_url": stream})
        status = poll(js(200, {"code": 200, "data": clips}))
        assert status.state == "running", state
        assert [c.clip_id for c in rt.finished_clips(SonicTask.from_dict({"data": clips}))] == ["c-1"]


@pytest.mark.parametrize(
    ("label", "operation"), [("stems", "sonic_stems_basic"), ("voice-persona", "sonic_create_voice")]
)
def test_an_operation_with_its_own_clip_count_finishes_with_it(label: str, operation: str) -> None:
    """Stems and voice tasks hold one clip (their operation's x-finished-clips), so create_and_wait ends there."""
    (fixture,) = [f for f in READS if f.label == label]
    spec = facts.OPERATIONS[operation]
    assert spec.finished_clips == 1
    body = getattr(models, facts.VARIANTS[spec.variants[0]].schema).from_dict(fixtures(operation, "request")[0].json())
    api = FakeAPI().script(spec.path, [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(POLL, [fixture_response(fixture)])
    task = rt.create_and_wait(client_for(api), body, schedule=rt.PollSchedule.fixed(0.01))
    assert isinstance(task, SonicTask) and len(task.data or []) == 1


def test_a_stems_task_finishes_in_wait_for_task_too() -> None:
    """wait_for_task knows only the task id, not the operation: one settled clip still ends it."""
    (fixture,) = [f for f in READS if f.label == "stems"]
    api = FakeAPI().script(POLL, [fixture_response(fixture)])
    task = rt.wait_for_task(client_for(api), "t-1", family=rt.Family.SONIC, schedule=FAST, timeout=5)
    assert isinstance(task, SonicTask) and len(task.data or []) == 1


def test_an_upload_with_a_callback_is_waited_for_to_its_one_clip() -> None:
    api = FakeAPI(check_spec=False).script("/api/v1/sonic/upload", [js(200, {"code": 200, "task_id": "t-1"})])
    api.script(
        POLL,
        [
            js(
                200,
                {
                    "code": 200,
                    "data": [{"clip_id": "u", "state": "succeeded", "audio_url": "https://cdn1.suno.ai/u.mp3"}],
                },
            )
        ],
    )
    body = models.SonicUploadRequest(url="https://x.example/a.mp3", callback_url="https://me.example/cb")
    task = rt.create_and_wait(client_for(api), body, schedule=FAST, timeout=5)
    assert [c.clip_id for c in rt.clips_of(task)] == ["u"]


def test_the_task_a_wait_returns_names_its_id_where_the_polls_leave_it_out() -> None:
    finished = facts.EXAMPLES["sonic_get_task"]["200"]["finished"]
    assert "task_id" not in finished  # as documented
    api = FakeAPI().script("/api/v1/sonic/create", [js(200, {"message": "success", "task_id": "t-1"})])
    api.script(POLL, [js(200, finished)])
    body = models.SonicCreateWithDescription(mv=models.SonicModel.SONIC_V5, gpt_description_prompt="x")
    task = rt.create_and_wait(client_for(api), body, schedule=FAST)
    assert isinstance(task, SonicTask) and task.task_id == "t-1"
    polled = rt.get_task(client_for(api.script(POLL, [js(200, finished)])), "t-1", family="sonic").task
    assert isinstance(polled, SonicTask) and polled.to_dict() == finished  # one poll's answer: as sent


def test_a_clip_names_what_a_voice_task_made() -> None:
    clip = SonicClip.from_dict({"clip_id": "c", "state": "succeeded", "persona_id": "p-1"})
    assert rt.finished_clips(SonicTask.from_dict({"data": [clip.to_dict()]})) == [clip]
    assert SONIC.ids == {"clip_id": "clip", "persona_id": "persona"}


@pytest.mark.parametrize("status", [400, 404])
def test_an_unknown_task_is_task_not_found_as_400_and_as_404(status: int) -> None:
    (fixture,) = [f for f in fixtures("sonic_get_task") if f.status == status]
    with pytest.raises(rt.TaskNotFoundError) as raised:
        poll(fixture_response(fixture))
    assert raised.value.status == status and raised.value.task_id == "t-1"


def takes_any_object(operation: str) -> bool:
    """Whether an operation's result model reads any JSON object (riffusion_upload's needs its clip_id: a
    failure there is a CreateResponseError, the task possibly made)."""
    try:
        getattr(models, facts.OPERATIONS[operation].answer or "").from_dict({"type": "failed"})
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return True


SYNCHRONOUS = sorted(
    op for op, o in facts.OPERATIONS.items() if o.synchronous and o.variants and not o.gone and takes_any_object(op)
)


def test_there_are_synchronous_operations_to_check() -> None:
    assert {"sonic_bpm", "sonic_lyrics_create", "sonic_midi"} <= set(SYNCHRONOUS)


def synchronous_body(operation: str) -> Any:
    spec = facts.OPERATIONS[operation]
    return getattr(models, facts.VARIANTS[spec.variants[0]].schema).from_dict(fixtures(operation, "request")[0].json())


@pytest.mark.parametrize("operation", SYNCHRONOUS)
def test_a_failure_answer_on_200_of_a_synchronous_operation_is_task_failed(operation: str) -> None:
    """Before: a result model takes any object, so the failure came back as the result (the CLI exited 0)."""
    failure = {"type": "failed", "error": "Generation failed, credits refunded.", "task_id": "t-9"}
    api = FakeAPI(check_spec=False).script(facts.OPERATIONS[operation].path, [js(200, failure)])
    with pytest.raises(rt.TaskFailed) as raised:
        rt.create(client_for(api), synchronous_body(operation))
    assert raised.value.reason == "failed" and raised.value.task_id == "t-9"
    assert "credits refunded" in raised.value.message and json.loads(raised.value.body or "") == failure


@pytest.mark.parametrize("operation", SYNCHRONOUS)
def test_a_not_ready_answer_on_200_of_a_synchronous_operation_is_result_not_ready(operation: str) -> None:
    api = FakeAPI(check_spec=False).script(facts.OPERATIONS[operation].path, [js(200, {"type": "not_ready"})])
    with pytest.raises(rt.ResultNotReadyError):
        rt.create(client_for(api), synchronous_body(operation))


def test_a_paid_answer_naming_its_clip_elsewhere_keeps_the_clip_id_in_the_error() -> None:
    api = FakeAPI(check_spec=False).script("/api/v1/sonic/upload", [js(200, {"code": 200, "data": {"clip_id": "C-9"}})])
    with pytest.raises(rt.CreateResponseError) as raised:
        rt.create(client_for(api), models.SonicUploadRequest(url="https://x.example/a.mp3"))
    assert "clip_id C-9" in raised.value.message  # before: only in error.body


UPLOAD_EXTEND = models.SonicUploadExtendRequest.from_dict(
    {"url": "https://x.example/a.mp3", "custom_mode": False, "mv": "sonic-v5", "gpt_description_prompt": "x"}
)


def test_the_clip_an_upload_step_made_is_named_and_is_not_the_result() -> None:
    steps = {"upload": {"success": True, "clip_id": "C-1"}}
    api = FakeAPI(check_spec=False).script("/api/v1/sonic/upload-extend", [js(200, {"task_id": "t-1", "steps": steps})])
    assert rt.ids_of(rt.create(client_for(api), UPLOAD_EXTEND)) == {"task": "t-1", "step": "C-1"}
    failed = {"code": 200, "steps": {**steps, "extend": {"success": False}}, "failed_step": "extend"}
    api = FakeAPI(check_spec=False).script("/api/v1/sonic/upload-extend", [js(200, failed)])
    with pytest.raises(rt.CreateResponseError) as raised:  # not a finished task holding the uploaded clip
        rt.create_and_wait(client_for(api), UPLOAD_EXTEND, schedule=FAST, timeout=1)
    assert "clip_id C-1" in raised.value.message
