"""Sonic end to end over real HTTP against the sandbox: every operation from Python (sync and async) and from the
CLI, its lifecycle as real answers show it, synchronous results and their files, song folders, faults, signed
webhooks, the legacy /suno/ paths, nuro's 410 and studio's; and the vendor's own SDK, unchanged, against it.

Costs are read from the spec's YAML (x-credits), never from the code under test.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import musicapi_client.models as models
import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.api.suno import suno_create
from musicapi_client.models import Credits, SonicTask
from musicapi_sandbox import SandboxProcess
from tests.receiver import Receiver
from tests.support import MUSICAPI, cost, fixtures, musicapi, queue_faults, sandbox_state

pytestmark = pytest.mark.slow

FAST = rt.PollSchedule(first=0.05, factor=1.5, max_interval=0.2)
SONG = models.SonicCreateWithDescription(mv=models.SonicModel.SONIC_V5, gpt_description_prompt="a calm piano ballad")
HOOK_SECRET = "whsec-sonic-e2e-0123456789abcdef"


def credits(client: AuthenticatedClient) -> int:
    answer = rt.call(get_credits.sync_detailed, client=client)
    assert isinstance(answer, Credits)
    return answer.credits_


def body_of(operation: str, fixture: Any, **changes: Any) -> Any:
    """A request fixture of an operation as its generated model (webhooks left out; the sandbox has no receiver)."""
    data = {k: v for k, v in fixture.json().items() if k not in ("webhook_url", "webhook_secret")}
    data.update(changes)
    for name in facts.OPERATIONS[operation].variants:
        try:
            body = getattr(models, name).from_dict(data)
            rt.validate_body(body)
            return body
        except (KeyError, ValueError, TypeError, rt.RequestValidationError):
            continue
    raise AssertionError(f"{operation}: {fixture.id} fits no model")


def song(client: AuthenticatedClient) -> SonicTask:
    task = rt.create_and_wait(client, SONG, schedule=FAST, timeout=30)
    assert isinstance(task, SonicTask)
    return task


def clip_ids(task: SonicTask) -> list[str]:
    return [str(c.clip_id) for c in task.data or []]


# --- every operation ----------------------------------------------------------------------------------------------

TASK_OPERATIONS = [op for op in facts.OPERATIONS.values() if op.tag == "sonic" and op.polls and not op.synchronous]


@pytest.mark.parametrize(
    "fixture",
    [f for op in TASK_OPERATIONS for f in fixtures(op.id, "request")],
    ids=lambda f: f.id,
)
def test_every_task_operation_runs_to_its_clips_at_its_cost(api: AuthenticatedClient, fixture: Any) -> None:
    source = song(api)
    clip = clip_ids(source)[0]
    changes: dict[str, Any] = {
        k: clip for k in ("continue_clip_id", "clip_id", "sample_clip_id") if k in fixture.json()
    }
    if "mashup_clip_ids" in fixture.json():
        changes["mashup_clip_ids"] = clip_ids(source)
    body = body_of(fixture.operation, fixture, **changes)
    before = credits(api)
    task = rt.create_and_wait(api, body, schedule=FAST, timeout=30)
    assert credits(api) == before - cost(type(body).__name__)
    operation = facts.OPERATIONS[fixture.operation]
    assert isinstance(task, SonicTask) and len(task.data or []) == (operation.finished_clips or 2)
    assert rt.finished_clips(task) == task.data


def test_the_lifecycle_is_the_one_real_answers_show(api: AuthenticatedClient, sandbox: SandboxProcess) -> None:
    """Not ready (202, then 200), two running clips streaming, one finished beside one streaming, both finished."""
    task_id = rt.create(api, SONG).task_id
    seen: list[tuple[int, str, tuple[str, ...]]] = []
    http = httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {sandbox.api_key}"})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        answer = http.get(f"/api/v1/sonic/task/{task_id}")
        body = answer.json()
        states = tuple(str(c.get("state")) for c in body.get("data", []))
        step = (answer.status_code, str(body.get("type", body.get("code"))), states)
        if not seen or seen[-1] != step:
            seen.append(step)
        if states and all(s == "succeeded" for s in states):
            final = body
            break
        time.sleep(0.02)
    assert [s[0] for s in seen][:2] == [202, 200] and seen[0][1] == seen[1][1] == facts.NOT_READY
    assert (200, "202", ("running", "running")) in seen
    assert (200, "202", ("succeeded", "streaming")) in seen
    assert seen[-1] == (200, "200", ("succeeded", "succeeded"))
    running = [s for s in seen if s[2] == ("running", "running")]
    assert running  # and their audio is a stream, never the file:
    assert all(c["audio_url"].endswith(".mp3") for c in final["data"]) and final["code"] == 200


def test_an_upload_feeds_the_operations_on_uploaded_clips(api: AuthenticatedClient) -> None:
    uploaded = rt.create(api, models.SonicUploadRequest(url="https://example.com/mine.mp3"))
    assert rt.ids_of(uploaded) == {"clip": uploaded.clip_id}
    body = models.SonicExtendUploadMusic(
        continue_clip_id=str(uploaded.clip_id),
        continue_at=0.1,
        custom_mode=True,
        mv=models.SonicModel.SONIC_V5,
        prompt="[Verse]\nStill here",
    )
    assert len(rt.finished_clips(rt.create_and_wait(api, body, schedule=FAST, timeout=30))) == 2


def test_a_persona_in_both_bodies_then_a_song_sung_with_it(api: AuthenticatedClient) -> None:
    clip = clip_ids(song(api))[0]
    current = rt.create(api, models.SonicPersonaRequest(name="Harbor Voice", clip_id=clip))
    legacy = rt.create(api, models.SonicPersonaLegacyRequest(name="Old", description="alto", continue_clip_id=clip))
    for made in (current, legacy):
        assert isinstance(made, models.SonicPersonaAccepted) and rt.ids_of(made) == {"persona": made.persona_id}
    body = models.SonicPersonaMusic(
        persona_id=str(current.persona_id), custom_mode=True, mv=models.SonicModel.SONIC_V5, prompt="[Verse]\nHi"
    )
    assert len(rt.create_and_wait(api, body, schedule=FAST, timeout=30).data or []) == 2


def test_a_voice_task_names_its_persona(api: AuthenticatedClient) -> None:
    task = rt.create_and_wait(api, models.SonicVoiceRequest(audio_url="https://example.com/me.wav"), schedule=FAST)
    (clip,) = task.data or []
    assert isinstance(clip.persona_id, str) and clip.persona_id


def test_synchronous_operations_answer_their_typed_result(api: AuthenticatedClient, tmp_path: Path) -> None:
    clip = clip_ids(song(api))[0]
    lyrics = rt.create(api, models.SonicLyricsRequest(description="a song about sky"))
    assert isinstance(lyrics, models.SonicLyricsResult) and len(lyrics.results or []) == 2
    assert isinstance(rt.create(api, models.SonicBpmRequest(clip_id=clip)), models.SonicBpmResult)
    assert isinstance(rt.create(api, models.SonicAlignedLyricsRequest(clip_id=clip)), models.SonicAlignedLyricsResult)
    assert isinstance(rt.create(api, models.SonicVoxRequest(clip_id=clip)), models.SonicVoxResult)
    assert isinstance(rt.create(api, models.SonicTagsRequest(tags="pop")), models.SonicUpsampleTagsResult)
    wav = rt.create(api, models.SonicWavRequest(clip_id=clip))
    (saved,) = rt.download(wav, tmp_path / "wav", files=["wav"])
    assert saved.suffix == ".wav" and saved.read_bytes()[:4] == b"RIFF"
    midi = rt.create(api, models.SonicMidiRequest(clip_id=clip))
    (saved,) = rt.download(midi, tmp_path / "midi", files=["midi"])
    assert saved.suffix == ".mid" and saved.read_bytes()[:4] == b"MThd"
    with pytest.raises(rt.RequestValidationError, match="starts no task to wait for"):
        rt.create_and_wait(api, models.SonicLyricsRequest(description="x"))  # type: ignore[call-overload]


def test_stems_are_downloaded_as_their_parts(api: AuthenticatedClient, tmp_path: Path) -> None:
    clip = clip_ids(song(api))[0]
    task = rt.create_and_wait(api, models.SonicStemsRequest(clip_id=clip), schedule=FAST, timeout=30)
    paths = rt.download(task, tmp_path, files=["stems"])
    assert sorted(p.stem.rsplit("-", 1)[1] for p in paths) == ["instrumental", "vocals"]
    assert all(p.read_bytes()[:4] == b"RIFF" for p in paths)


def test_cli_stems_wait_ends_with_the_stems_task(sandbox: SandboxProcess, tmp_path: Path) -> None:
    made = json.loads(
        musicapi(
            sandbox, "sonic", "create", "--gpt-description-prompt", "x", "--wait", "--json", "--poll", "0.1"
        ).stdout
    )
    clip = made["clips"][0]["clip_id"]
    stems = musicapi(sandbox, "sonic", "stems", clip, "--download", str(tmp_path), "--poll", "0.1", "--timeout", "20")
    assert stems.returncode == 0, stems.stderr  # before: exit 7 "did not finish within 20s", after paying
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".wav", ".wav"]


def test_song_folders_keep_each_song_with_its_record(api: AuthenticatedClient, tmp_path: Path) -> None:
    task = song(api)
    paths = rt.download(task, tmp_path, include_image=True, song_folders=True, metadata={"credits": 12})
    folders = {p.parent for p in paths}
    assert len(folders) == 2 and all(f.parent == tmp_path for f in folders)
    for folder in folders:
        record = json.loads((folder / "song.json").read_text())
        assert record["task_id"] == task.task_id and record["family"] == "sonic" and record["credits"] == 12
        assert record["clip_id"] in folder.name and sorted(record["files"]) == sorted(
            p.name for p in folder.glob("*.*") if p.name != "song.json"
        )
        assert "audio_url" not in record  # the URLs expire: the record keeps what the song is, not where it was


def test_async_create_wait_and_download(api: AuthenticatedClient, tmp_path: Path) -> None:
    async def main() -> list[Path]:
        task = await rt.acreate_and_wait(api, SONG, schedule=FAST, timeout=30)
        lyrics = await rt.acreate(api, models.SonicLyricsRequest(description="rain"))
        assert isinstance(lyrics, models.SonicLyricsResult)
        return await rt.adownload(task, tmp_path, song_folders=True)

    assert len(asyncio.run(main())) == 2


def test_the_legacy_suno_paths_share_sonic_tasks(api: AuthenticatedClient) -> None:
    accepted = rt.call(suno_create.sync_detailed, client=api, body=SONG)
    assert isinstance(accepted, models.TaskAccepted)
    by_suno = rt.wait_for_task(api, accepted.task_id, family=rt.Family.SUNO, schedule=FAST, timeout=30)
    by_sonic = rt.wait_for_task(api, accepted.task_id, family=rt.Family.SONIC, schedule=FAST, timeout=30)
    assert clip_ids(by_suno) == clip_ids(by_sonic) and len(clip_ids(by_sonic)) == 2


def test_retired_and_unavailable_families_are_typed_errors(api: AuthenticatedClient) -> None:
    before = credits(api)
    with pytest.raises(rt.GoneError) as vocal:
        rt.create(api, models.NuroVocal(lyrics="[Verse]\nhi"))
    assert vocal.value.replacement and "sonic_create" in vocal.value.replacement
    with pytest.raises(rt.GoneError) as bgm:
        rt.create(api, models.NuroBgm(description="cafe"))
    assert bgm.value.replacement and "producer_create" in bgm.value.replacement
    with pytest.raises(rt.GoneError) as poll:
        rt.get_task(api, "old-id", family=rt.Family.NURO)
    assert poll.value.task_id == "old-id" and "sonic" in str(poll.value.replacement)
    with pytest.raises(rt.GoneError, match="studio is unavailable"):
        rt.create(api, models.StudioCreateRequest(prompt="indie rock"))
    assert credits(api) == before  # nothing is charged for a 410


def test_faults_never_send_a_create_twice_nor_lose_its_id(sandbox: SandboxProcess, api: AuthenticatedClient) -> None:
    before = sandbox_state(sandbox)["tasks"]
    queue_faults(sandbox, "POST /api/v1/sonic/create", "drop-after-create")
    with pytest.raises(rt.OutcomeUnknownError):
        rt.create(api, SONG)
    assert sandbox_state(sandbox)["tasks"] == before + 1
    task_id = rt.create(api, SONG).task_id
    queue_faults(sandbox, f"GET /api/v1/sonic/task/{task_id}", "500", "drop", "429:0.01")
    assert clip_ids(rt.wait_for_task(api, task_id, family=rt.Family.SONIC, schedule=FAST, timeout=30))
    noisy = SandboxProcess(["--error-rate", "0.3", "--drop-rate", "0.2", "--seed", "3", "--credits", "100000"])
    with noisy:
        client = rt.connect(noisy.api_key, base_url=noisy.url)
        sent = 0
        for _ in range(12):
            try:
                rt.create(client, models.SonicStemsRequest(clip_id="c"))
                sent += 1
            except rt.OutcomeUnknownError:
                sent += 1  # maybe registered, never re-sent
            except (rt.RateLimitError, rt.APIConnectionError, rt.ServerError):
                continue
        assert sandbox_state(noisy)["tasks"] <= sent  # no create was sent twice


def test_sonic_webhooks_are_signed_and_read_as_sonic_tasks(api: AuthenticatedClient) -> None:
    with Receiver() as receiver:
        body = models.SonicCreateWithDescription(
            mv=models.SonicModel.SONIC_V5,
            gpt_description_prompt="x",
            webhook_url=receiver.url,
            webhook_secret=HOOK_SECRET,
        )
        task_id = rt.create(api, body).task_id
        got = receiver.next()
        event = rt.verify_webhook(got.headers, got.body, HOOK_SECRET)
        assert isinstance(event.task, SonicTask) and event.task_id == task_id
        assert len(rt.finished_clips(event.task)) == 2


# --- the CLI ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("family", [[], ["--family", "sonic"]])
def test_cli_listen_reports_a_failed_sonic_task(sandbox: SandboxProcess, family: list[str]) -> None:
    """Before: the failure body was read as a running producer task, and the listener exited 0."""
    from tests.test_producer_cli import listener

    with listener(sandbox, "--secret", HOOK_SECRET, "--once", *family) as (proc, url):
        queue_faults(sandbox, "POST /api/v1/sonic/create", "fail:timeout")
        created = musicapi(sandbox, "sonic", "create", "--gpt-description-prompt", "x", "--webhook-url", url,
                           "--webhook-secret", HOOK_SECRET)  # fmt: skip
        assert created.returncode == 0, created.stderr
        stdout, stderr = proc.communicate(timeout=60)
    task_id = created.stdout.strip()
    assert proc.returncode == 4, stdout + stderr
    assert task_id in stdout and task_id in stderr and HOOK_SECRET not in stdout + stderr


def test_cli_makes_songs_into_song_folders(sandbox: SandboxProcess, tmp_path: Path) -> None:
    made = musicapi(
        sandbox,
        "sonic",
        "create",
        "--gpt-description-prompt",
        "a calm piano ballad",
        "--download",
        str(tmp_path),
        "--folders",
        "--json",
        "--poll",
        "0.1",
    )
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert len(result["clips"]) == 2 and len(result["files"]) == 2
    records = [json.loads(p.read_text()) for p in tmp_path.glob("*/song.json")]
    assert len(records) == 2 and {r["credits"] for r in records} == {cost("SonicCreateWithDescription")}
    assert all(r["operation"] == "sonic_create" for r in records)
    assert {r["task_id"] for r in records} == {result["task_id"]} != {None}  # sonic's polls do not repeat the id


def test_cli_every_sonic_command_has_help_and_no_verb_clashes(sandbox: SandboxProcess) -> None:
    helped = musicapi(sandbox, "sonic", "--help")
    assert helped.returncode == 0
    for verb in ("persona", "create-persona", "create-voice", "stems", "stems-full", "wav", "midi", "lyrics"):
        assert f"    {verb} " in helped.stdout or f"    {verb}\n" in helped.stdout, verb


def test_cli_synchronous_results_print_and_save(sandbox: SandboxProcess, tmp_path: Path) -> None:
    lyrics = musicapi(sandbox, "sonic", "lyrics", "a song about sky")
    assert lyrics.returncode == 0 and "results:" in lyrics.stdout and "lyrics:" in lyrics.stdout, lyrics.stderr
    made = json.loads(
        musicapi(
            sandbox, "sonic", "create", "--gpt-description-prompt", "x", "--wait", "--json", "--poll", "0.1"
        ).stdout
    )
    clip = made["clips"][0]["clip_id"]
    wav = musicapi(sandbox, "sonic", "wav", clip, "--download", str(tmp_path))
    assert wav.returncode == 0 and "saved" in wav.stdout, wav.stderr
    assert [p.suffix for p in tmp_path.iterdir()] == [".wav"]
    persona = musicapi(sandbox, "sonic", "create-persona", "--name", "Me", "--clip-id", clip, "--json")
    assert persona.returncode == 0 and json.loads(persona.stdout)["persona_id"], persona.stderr


@pytest.mark.parametrize("as_json", [True, False])
def test_cli_prints_a_synchronous_result_even_when_its_file_fails(tmp_path: Path, as_json: bool) -> None:
    from tests.hostile_server import HostileServer, Reply

    def respond(request: Any) -> Reply:
        if request.method == "POST":  # the WAV's URL answers 404
            url = f"http://{request.headers.get('host')}/gone.wav"
            return Reply(200, json.dumps({"code": 200, "wav_url": url, "data": {"wav_url": url}}).encode())
        return Reply(404, b"{}")

    with HostileServer(respond) as server:
        wav = subprocess.run(
            [MUSICAPI, "sonic", "wav", "c-1", "--download", str(tmp_path), *(["--json"] if as_json else [])],
            env={**os.environ, "MUSICAPI_API_KEY": "sk-test-key-0123456789", "MUSICAPI_BASE_URL": server.url},
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert wav.returncode == 5, wav.stderr
    shown = json.loads(wav.stdout)["result"] if as_json else wav.stdout  # before: not printed at all
    assert "gone.wav" in str(shown)
    assert list(tmp_path.iterdir()) == []


def test_cli_reads_no_option_as_an_abbreviation_of_another(sandbox: SandboxProcess) -> None:
    """`--prompt` is no option of `studio create` (its prompt is the argument): it must not be read as
    `--prompt-strength` (argparse's abbreviations; seen as "invalid a number value: 'indie'")."""
    wrong = musicapi(sandbox, "studio", "create", "--prompt", "indie")
    assert wrong.returncode == 2 and "--prompt-strength" not in wrong.stderr, wrong.stderr
    assert "unrecognized arguments: --prompt" in wrong.stderr or "required: PROMPT" in wrong.stderr


def test_cli_says_nuro_and_studio_are_gone_in_one_line(sandbox: SandboxProcess) -> None:
    for args in (["nuro", "create", "--lyrics", "hi"], ["studio", "create", "indie rock"]):
        gone = musicapi(sandbox, *args)
        assert gone.returncode == 3 and gone.stderr.count("\n") == 1, gone.stderr
        assert "musicapi: error:" in gone.stderr and ("sonic" in gone.stderr or "producer" in gone.stderr)


# --- the vendor's own SDK, unchanged -----------------------------------------------------------------------------


def test_the_vendor_sdk_runs_unchanged_against_the_sandbox(sandbox: SandboxProcess) -> None:
    musicapi_sdk = pytest.importorskip("musicapi")
    types = pytest.importorskip("musicapi._types")
    client = musicapi_sdk.MusicAPI(sandbox.api_key, base_url=f"{sandbox.url}/api/v1")
    fast = types.PollOptions(poll_interval_ms=100, timeout_ms=30_000)
    result = client.sonic.generate_and_wait(
        types.SonicCreateParams(custom_mode=False, mv="sonic-v5", gpt_description_prompt="uplifting synthwave"),
        options=fast,
    )
    assert result.code == 200 and len(result.data) == 2
    assert all(s.state == "succeeded" and s.audio_url for s in result.data)
    assert httpx.get(result.data[0].audio_url).status_code == 200
    lyrics = client.sonic.lyrics(types.SonicLyricsParams(description="happy pop"))
    assert lyrics.code == 200 and len(lyrics.results) == 2 and lyrics.results[0]["lyrics"]
    uploaded = client.sonic.upload(types.SonicUploadParams(url="https://example.com/a.mp3"))
    assert uploaded.clip_id
    persona = client.sonic.create_persona(types.CreatePersonaParams(name="MyVoice", clip_id=result.data[0].clip_id))
    assert persona.persona_id
    stems = client.sonic.stems_basic_and_wait(types.StemsParams(clip_id=result.data[0].clip_id), options=fast)
    assert stems.code == 200 and len(stems.data) == 1
    assert client.credits.get().credits > 0


def test_cli_waits_for_the_one_clip_a_stems_task_makes(sandbox: SandboxProcess) -> None:
    """x-finished-clips: 1. 0.3.0's `musicapi sonic stems CLIP --wait` waited for two clips until --timeout."""
    song = musicapi(sandbox, "sonic", "create", "--gpt-description-prompt", "a calm piano", "--wait", "--json")
    assert song.returncode == 0, song.stderr
    clip = json.loads(song.stdout)["clips"][0]["clip_id"]
    started = time.monotonic()
    stems = musicapi(sandbox, "sonic", "stems", clip, "--wait", "--timeout", "30", "--json")
    assert stems.returncode == 0, stems.stderr
    assert len(json.loads(stems.stdout)["clips"]) == 1 and time.monotonic() - started < 15
