"""How the runtime reads producer's answers (one waiting engine for both APIs), over a scripted fake of the API.

Every producer_get_task fixture has its expected reading written out here, from the fixture's content: done, still
running, not ready, or failed (with the server's message). Nothing assumes two clips.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

import musicapi_runtime as rt
from musicapi_client import AuthenticatedClient
from musicapi_client.models import ProducerCreateMusic, ProducerTask
from tests.fakes import FakeAPI, client_for, js
from tests.support import fixtures

CREATE = "/api/v1/producer/create"
TASK = "/api/v1/producer/task/p-1"
SONG = ProducerCreateMusic(sound="lo-fi piano", title="Rain")

# fixture -> (state after one poll, clips a download would save); "failed: <words>" when TaskFailed is raised.
READINGS: dict[str, tuple[str, int]] = {
    "recorded/producer_get_task.200.pubdoc-finished.json": ("succeeded", 1),  # older servers: no status, clip state
    "recorded/producer_get_task.202.not-ready-code.json": ("not_ready", 0),
    "constructed/producer_get_task.200.success-strings.json": ("succeeded", 1),
    "constructed/producer_get_task.200.numbers.json": ("succeeded", 1),
    "constructed/producer_get_task.200.nulls-and-progress.json": ("succeeded", 1),
    "constructed/producer_get_task.200.unknown-fields.json": ("succeeded", 1),
    "constructed/producer_get_task.200.download-task.json": ("succeeded", 1),
    "constructed/producer_get_task.200.upload-task.json": ("succeeded", 1),
    "constructed/producer_get_task.200.video-task.json": ("succeeded", 1),
    "constructed/producer_get_task.200.lyrics-task.json": ("succeeded", 0),  # lyrics: no file to save
    "constructed/producer_get_task.200.running.json": ("running", 0),
    "constructed/producer_get_task.200.pending.json": ("running", 0),
    "constructed/producer_get_task.202.running-envelope.json": ("running", 0),
    "constructed/producer_get_task.200.unknown-status.json": ("running", 0),  # an undocumented status: keep waiting
    "constructed/producer_get_task.200.not-ready-on-200.json": ("not_ready", 0),
    "constructed/producer_get_task.202.not-ready-bare.json": ("not_ready", 0),
    "constructed/producer_get_task.200.failure-unknown-type.json": ("unknown:moderation_rejected", 0),
    "constructed/producer_get_task.200.failed-refunded.json": ("failed: Your credits have been refunded.", 0),
    "constructed/producer_get_task.200.failed-no-data.json": ("failed: the refund has been processed.", 0),
    "constructed/producer_get_task.200.failure-type.json": ("failed: Generation failed, credits refunded.", 0),
}
ANSWERS = [f for f in fixtures("producer_get_task") if f.status < 300]


def test_every_producer_answer_has_a_reading() -> None:
    assert {f.id for f in ANSWERS} == set(READINGS)


def poll_once(body: Any, status: int = 200) -> rt.TaskStatus:
    api = FakeAPI().script(TASK, [js(status, body)])
    return rt.get_task(client_for(api), "p-1", api="producer")


@pytest.mark.parametrize("fixture", ANSWERS, ids=lambda f: f.id)
def test_each_producer_answer_is_read_right(fixture: Any) -> None:
    state, files = READINGS[fixture.id]
    if state.startswith("failed: "):
        with pytest.raises(rt.TaskFailed) as raised:
            poll_once(fixture.json(), fixture.status)
        error = raised.value
        assert state.removeprefix("failed: ") in error.message and error.task_id == "p-1"
        assert error.body is not None and json.loads(error.body) == fixture.json()
        assert "\n" not in error.message
        return
    status = poll_once(fixture.json(), fixture.status)
    assert status.state == state and status.task_id == "p-1"
    if status.done:
        assert isinstance(status.task, ProducerTask)
        assert len(rt.finished_clips(status.task)) == files


def test_failed_reason_is_the_status_and_the_message_says_refunded() -> None:
    (fixture,) = [f for f in ANSWERS if f.path.name == "producer_get_task.200.failed-refunded.json"]
    with pytest.raises(rt.TaskFailed) as raised:
        poll_once(fixture.json())
    assert raised.value.reason == "FAILED"
    assert raised.value.message == "task failed (FAILED): Generation failed. Your credits have been refunded."


@pytest.mark.parametrize("word", ["success", "Success", "SUCCESS"])
def test_the_status_word_is_read_whatever_its_case(word: str) -> None:
    body = {"code": 200, "status": word, "data": [{"clip_id": "c", "audio_url": "https://cdn.example/c.m4a"}]}
    assert poll_once(body).done


@pytest.mark.parametrize("word", ["failed", "Failed"])
def test_a_failed_status_in_lower_case_still_fails(word: str) -> None:
    with pytest.raises(rt.TaskFailed):
        poll_once({"code": 200, "status": word, "message": "refunded", "data": []})


def test_one_clip_is_a_finished_song() -> None:
    """Producer makes one song per create (riffusion's 'two clips or keep polling' does not apply)."""
    body = {"code": 200, "status": "SUCCESS", "data": [{"clip_id": "c", "audio_url": "https://cdn.example/c.m4a"}]}
    status = poll_once(body)
    assert status.done and status.status == "SUCCESS" and status.clip_states == ("",)


def test_more_clips_than_one_are_all_kept() -> None:
    clips = [{"clip_id": f"c{i}", "audio_url": f"https://cdn.example/c{i}.m4a"} for i in range(3)]
    status = poll_once({"code": 200, "status": "SUCCESS", "data": clips})
    assert status.task is not None and len(rt.finished_clips(status.task)) == 3


def test_success_drops_clips_that_failed_or_have_no_file() -> None:
    clips = [
        {"clip_id": "ok", "audio_url": "https://cdn.example/ok.m4a"},
        {"clip_id": "bad", "audio_url": "https://cdn.example/bad.m4a", "state": "error"},
        {"clip_id": "empty", "audio_url": ""},
    ]
    status = poll_once({"code": 200, "status": "SUCCESS", "data": clips})
    assert status.task is not None and [c.to_dict()["clip_id"] for c in rt.finished_clips(status.task)] == ["ok"]


def test_create_and_wait_goes_through_every_producer_shape() -> None:
    running = {"clip_id": "c", "state": "running", "audio_url": ""}
    near = {"clip_id": "c", "state": "streaming", "audio_url": "https://cdn.example/stream/c.m3u8"}
    done = {"clip_id": "c", "audio_url": "https://cdn.example/c.m4a", "wav_url": "https://cdn.example/c-wav.wav"}
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "p-1"})])
    api.script(
        TASK,
        [
            js(202, {"type": "not_ready"}),
            js(200, {"type": "not_ready", "code": 202, "error": "Task is still processing."}),
            js(200, {"code": 200, "status": "PENDING", "data": []}),
            js(200, {"code": 200, "status": "RUNNING", "data": [running]}),
            js(200, {"code": 200, "status": "RUNNING", "data": [near]}),
            js(200, {"code": 200, "status": "SUCCESS", "message": "success", "data": [done]}),
        ],
    )
    seen: list[rt.Progress] = []
    task = rt.create_and_wait(client_for(api), SONG, on_progress=seen.append, schedule=rt.PollSchedule.fixed(0.001))
    assert isinstance(task, ProducerTask) and api.hits(TASK) == 6 and api.hits(CREATE) == 1
    assert [p.status for p in seen] == [None, "PENDING", "RUNNING", "RUNNING", "SUCCESS"]
    assert [p.state for p in seen] == ["not_ready", "running", "running", "running", "succeeded"]


def test_a_failed_producer_task_keeps_its_id_and_message() -> None:
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "p-1"})])
    api.script(TASK, [js(200, {"code": 200, "status": "FAILED", "message": "Failed. Credits refunded.", "data": []})])
    with pytest.raises(rt.TaskFailed) as raised:
        rt.create_and_wait(client_for(api), SONG, schedule=rt.PollSchedule.fixed(0.001))
    assert raised.value.task_id == "p-1" and "Credits refunded." in str(raised.value)


@pytest.mark.parametrize(
    ("task_type", "retired", "replacement"),
    [
        ("swap_music_vocals", "task_type swap_music_vocals", "replace_music on the vocals time window"),
        ("swap_music_sound", "task_type swap_music_sound", "replace_music on the instrumental time window"),
        ("cover_music", "task_type cover_music", None),  # re-enabled, but older servers still refuse it
    ],
)
def test_a_410_names_the_retired_operation_and_its_replacement(
    task_type: str, retired: str, replacement: str | None
) -> None:
    gone = js(410, {"type": "gone", "error": "This operation has been retired."})
    api = FakeAPI(check_spec=False).script(CREATE, [gone])  # the spec itself refuses a retired body
    client = client_for(api)
    body = {"task_type": task_type, "clip_id": "abc", "instruction": "x"}
    with pytest.raises(rt.GoneError) as raised:
        rt.call(_raw_create, client, body)
    error = raised.value
    assert error.status == 410 and error.retired == retired and api.hits(CREATE) == 1  # a 410 is not retried
    assert retired in error.message and "This operation has been retired." in error.message
    if replacement:
        assert error.replacement == replacement and f"use {replacement} instead" in error.message
    assert isinstance(error, rt.APIStatusError) and not isinstance(error, rt.OutcomeUnknownError)


def _raw_create(client: AuthenticatedClient, body: dict[str, Any]) -> Any:
    """producer_create with a JSON body the generated models cannot build (a retired task_type)."""
    from musicapi_client.api.producer import producer_create

    class Raw:
        def to_dict(self) -> dict[str, Any]:
            return body

    return producer_create.sync_detailed(client=client, body=Raw())  # type: ignore[arg-type]


def test_a_created_cover_answered_410_is_a_gone_error_through_create() -> None:
    """cover_music can be built and sent; a server that still refuses it answers 410 (and nothing was charged)."""
    from musicapi_client.models import ProducerCoverMusic

    api = FakeAPI().script(CREATE, [js(410, {"error": "cover_music is not supported."})])
    with pytest.raises(rt.GoneError) as raised:
        rt.create(client_for(api), ProducerCoverMusic(clip_id="abc", instruction="folk"))
    assert raised.value.retired == "task_type cover_music" and "cover_music is not supported." in str(raised.value)


def test_a_gone_poll_names_the_operation() -> None:
    api = FakeAPI().script(TASK, [httpx.Response(410, json={"error": "gone"})])
    api.check_spec = False  # the spec documents no 410 for polls; the runtime must still say what happened
    with pytest.raises(rt.GoneError) as raised:
        rt.get_task(client_for(api), "p-1", api="producer")
    assert raised.value.retired == "producer_get_task" and raised.value.task_id == "p-1"


def test_the_webhook_secret_never_reaches_the_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    """MUSICAPI_LOG=debug logs request bodies; a create's webhook_secret is a secret like the API key."""
    secret = "whsec-do-not-log-0123456789"
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "p-1"})])
    body = ProducerCreateMusic(sound="x", webhook_url="https://example.com/hook", webhook_secret=secret)
    with caplog.at_level(logging.DEBUG, logger="musicapi"):
        rt.create(client_for(api), body)
    assert "webhook_secret" in caplog.text and "example.com/hook" in caplog.text  # the body was logged...
    assert secret not in caplog.text  # ...without the secret
    assert json.loads(api.requests[0].content)["webhook_secret"] == secret  # and the server got it


def test_a_create_with_neither_sound_nor_lyrics_is_refused_before_paying() -> None:
    """The docs: "One of sound or lyrics" (a title or a model alone makes nothing, but would be charged)."""
    api = FakeAPI()  # nothing scripted: any request fails the test
    for body in (ProducerCreateMusic(), ProducerCreateMusic(title="Only a title", mv="FUZZ-2.0")):
        with pytest.raises(rt.RequestValidationError) as raised:
            rt.create(client_for(api), body)
        assert "needs sound or lyrics" in str(raised.value)
    assert api.requests == [] and api.refused == []
    for body in (ProducerCreateMusic(sound="pads"), ProducerCreateMusic(lyrics="[Verse] hi")):
        rt.validate_body(body)


def test_the_task_create_and_wait_returns_names_itself() -> None:
    """A poll answer leaves out ProducerTask.task_id (deliveries carry it); 0.3.0 returned it UNSET."""
    done = {"clip_id": "c", "audio_url": "https://cdn.example/c.m4a"}
    api = FakeAPI().script(CREATE, [js(200, {"message": "success", "task_id": "p-1"})])
    api.script(TASK, [js(200, {"code": 200, "status": "SUCCESS", "data": [done]})])
    task = rt.create_and_wait(client_for(api), SONG, schedule=rt.PollSchedule.fixed(0.001))
    assert task.task_id == "p-1"
    assert rt.wait_for_task(client_for(api), "p-1", family=rt.Family.PRODUCER).task_id == "p-1"
    polled = rt.get_task(client_for(api), "p-1", family="producer").task  # a poll's answer: as sent
    assert polled is not None and polled.to_dict() == {"code": 200, "status": "SUCCESS", "data": [done]}
