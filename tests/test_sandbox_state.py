"""The sandbox's task lifecycle, credits, fault spellings and files, without a server."""

from __future__ import annotations

import struct
import zlib
from typing import Any

import pytest

import musicapi_spec as facts
from musicapi_sandbox import media
from musicapi_sandbox.faults import BadFault, Fault, parse, parse_all
from musicapi_sandbox.state import OutOfCredits, Sandbox, Task
from tests.support import SPEC

BASE = "http://127.0.0.1:1"
REQUEST = {"mv": "FUZZ-1.1", "prompt": "night drive", "custom_mode": False}
RIFFUSION_COST = SPEC["paths"]["/api/v1/riffusion/create"]["post"]["x-credits"]
UPLOAD_COST = SPEC["paths"]["/api/v1/riffusion/upload"]["post"]["x-credits"]


def sandbox(credits: int = 100) -> Sandbox:
    return Sandbox(credits, task_min=10, task_max=10, audio_seconds=1.0, seed=1)


def create(s: Sandbox, request: dict[str, Any] = REQUEST, failure: str | None = None, now: float = 0.0) -> Task:
    return s.start(facts.OPERATIONS["riffusion_create"], "", request, RIFFUSION_COST, now, failure)


def test_lifecycle_reports_one_clip_before_the_second() -> None:
    s = sandbox()
    task = create(s)
    answers = [s.answer(task, t, BASE) for t in (0, 3, 6, 8, 10)]
    assert [status for status, _ in answers] == [202, 200, 200, 200, 200]
    assert answers[0][1]["type"] == "not_ready"
    assert answers[1][1] == {"code": 202, "data": [], "message": "processing"}
    states = [[c["state"] for c in body["data"]] for _, body in answers[2:]]
    assert states == [["running"], ["succeeded", "streaming"], ["succeeded", "succeeded"]]
    final = answers[-1][1]["data"]
    assert final[0]["audio_url"] == f"{BASE}/files/{final[0]['clip_id']}.wav"
    assert final[0]["title"] == "Night Drive"


def test_producer_lifecycle_reports_status_at_the_top() -> None:
    s = sandbox()
    cost = SPEC["components"]["schemas"]["ProducerCreateMusic"]["x-credits"]
    body = {"task_type": "create_music", "sound": "lofi piano"}
    task = s.start(facts.OPERATIONS["producer_create"], "create_music", body, cost, 0.0, None)
    answers = [s.answer(task, t, BASE) for t in (0, 3, 6, 8, 10)]
    assert [status for status, _ in answers] == [202, 200, 200, 200, 200]
    assert [body.get("status") for _, body in answers] == [None, "PENDING", "RUNNING", "RUNNING", "SUCCESS"]
    (song,) = answers[-1][1]["data"]
    assert song["audio_url"].endswith(".m4a") and song["wav_url"].endswith(".wav")
    assert isinstance(song["seed"], str) and isinstance(song["duration"], str)  # as the live API sends them
    assert s.account.credits == 100 - cost


def test_failed_task_refunds_once() -> None:
    s = sandbox()
    task = create(s, failure="timeout")
    assert s.account.credits == 100 - RIFFUSION_COST
    assert s.answer(task, 1, BASE)[0] == 202
    status, body = s.answer(task, 6, BASE)
    assert status == 200 and body["type"] == "timeout"
    s.answer(task, 9, BASE)
    assert s.account.credits == 100


def test_failed_task_is_refunded_without_a_poll() -> None:
    s = sandbox()
    create(s, failure="failed")
    s.settle(4.0)
    assert s.account.credits == 100 - RIFFUSION_COST
    s.settle(5.0)
    s.settle(9.0)
    assert s.account.credits == 100


def test_credits_run_out_and_extra_credits_go_first() -> None:
    s = sandbox(credits=20)
    s.account.extra_credits = 5
    create(s)
    assert (s.account.extra_credits, s.account.credits) == (0, 25 - RIFFUSION_COST)
    (clip_id,) = s.answer_now(UPLOAD_COST, facts.OPERATIONS["riffusion_upload"].ids).values()
    assert s.known_clip(clip_id)
    assert s.account.credits == 25 - RIFFUSION_COST - UPLOAD_COST
    with pytest.raises(OutOfCredits):
        create(s)


def test_seeded_sandboxes_repeat() -> None:
    a, b = sandbox(), sandbox()
    assert create(a).task_id == create(b).task_id


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("503", Fault("status", status=503)),
        ("429:2.5", Fault("status", status=429, seconds=2.5)),
        ("drop", Fault("drop")),
        ("slow:0.5", Fault("slow", seconds=0.5)),
        ("drop-after-create", Fault("drop-after-create")),
        ("fail:forbidden", Fault("fail", failure="forbidden")),
    ],
)
def test_fault_spellings(text: str, fault: Fault) -> None:
    assert parse(text) == fault


@pytest.mark.parametrize(
    "text",
    # Round three, finding 10: slow:nan was accepted (and stalled every other timer), 429:nan answered
    # "Retry-After: nan"; now a number of seconds must be finite, 0 or more and at most an hour.
    [
        *("404", "fail:melted", "slow:x", "boom", "429:soon"),
        *("slow:nan", "slow:inf", "slow:-1", "slow:1e9", "429:nan", "429:-2", "429:inf", "503:nan", "slow:NaN"),
    ],
)
def test_bad_fault_spellings(text: str) -> None:
    with pytest.raises(BadFault):
        parse(text)


def test_several_faults() -> None:
    assert [f.kind for f in parse_all("slow:0.1, 503")] == ["slow", "status"]


def test_media_files_are_real() -> None:
    wav = media.wav("clip", 0.5)
    assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE"
    assert struct.unpack("<I", wav[40:44])[0] == 4000 == len(wav) - 44
    png = media.png("clip", size=8)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    length = struct.unpack(">I", png[33:37])[0]
    assert png[37:41] == b"IDAT" and len(zlib.decompress(png[41 : 41 + length])) == 8 * (1 + 8 * 3)
    assert media.wav("a", 0.1) != media.wav("b", 0.1)
