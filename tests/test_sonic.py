"""Sonic, as the runtime reads it: every recorded and constructed answer of its task endpoint (not ready on 202
and on 200, two clips that stream, one finished and one streaming, failures typed on 200, clips that failed with
their message, durations as numbers, strings or null, chirp-* models, unknown states and fields), and what the
operations with a clip count of their own (stems, voices) count as finished, also outside create_and_wait. Over a
mock transport: no server."""

from __future__ import annotations

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
    api.script(POLL, [js(200, {"code": 200, "data": [
        {"clip_id": "u", "state": "succeeded", "audio_url": "https://cdn1.suno.ai/u.mp3"}]})])
    body = models.SonicUploadRequest(url="https://x.example/a.mp3", callback_url="https://me.example/cb")
    task = rt.create_and_wait(client_for(api), body, schedule=FAST, timeout=5)
    assert [c.clip_id for c in rt.clips_of(task)] == ["u"]


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
