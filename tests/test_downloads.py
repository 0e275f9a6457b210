"""Downloads: streamed, atomic, named safely inside the folder, skipped when complete, nothing partial left."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import musicapi_runtime as rt
from musicapi_client.models import RiffusionClip, RiffusionTask
from musicapi_runtime._downloads import file_name

AUDIO = b"ID3" + bytes(range(256)) * 1000
IMAGE = b"\x89PNG" + b"x" * 5000


def make_clip(**fields: Any) -> RiffusionClip:
    base = {
        "clip_id": "3b497e86-c6cf-4598-b999-94a1bfa912f6",
        "title": "Harbor",
        "audio_url": "https://cdn.example/audio/3b497e86.mp3",
        "image_url": "https://cdn.example/image/3b497e86.png",
        "state": "succeeded",
    }
    return RiffusionClip.from_dict({**base, **fields})


class Files:
    """A fake file host: serves bytes, optionally cutting the stream short or lying about the length."""

    def __init__(self, files: dict[str, bytes], fail: str | None = None) -> None:
        self.files = files
        self.fail = fail
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        data = self.files.get(request.url.path)
        if data is None:
            return httpx.Response(404)
        if self.fail == "short":
            return httpx.Response(200, headers={"content-length": str(len(data) + 10)}, content=data)
        if self.fail == "reset":

            def broken() -> Iterator[bytes]:
                yield data[:1000]
                raise httpx.ReadError("connection reset")

            return httpx.Response(200, stream=_Stream(broken()))
        return httpx.Response(200, content=data, headers={"content-length": str(len(data))})

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self.chunks


def host() -> Files:
    return Files({"/audio/3b497e86.mp3": AUDIO, "/image/3b497e86.png": IMAGE})


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_downloads_audio_with_a_safe_name(tmp_path: Path) -> None:
    files = host()
    (path,) = rt.download(make_clip(), tmp_path, http=files.client())
    assert path == tmp_path / "Harbor-3b497e86-c6cf-4598-b999-94a1bfa912f6.mp3"
    assert path.read_bytes() == AUDIO
    assert leftovers(tmp_path) == [path.name]
    assert "authorization" not in files.requests[0].headers


def test_downloads_image_on_request(tmp_path: Path) -> None:
    paths = rt.download(make_clip(), tmp_path, include_image=True, http=host().client())
    assert [p.suffix for p in paths] == [".mp3", ".png"]
    assert paths[1].read_bytes() == IMAGE


def test_downloads_every_clip_of_a_task(tmp_path: Path) -> None:
    task = RiffusionTask.from_dict(
        {"code": 200, "data": [make_clip().to_dict(), make_clip(clip_id="second", title="Harbor").to_dict()]}
    )
    paths = rt.download(task, tmp_path, http=host().client())
    assert len({p.name for p in paths}) == 2 and all(p.read_bytes() == AUDIO for p in paths)


def outcomes(clip: Any, folder: Path, files: Files, **kwargs: Any) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    rt.download(clip, folder, http=files.client(), on_file=lambda p, how: seen.append((p.name, how)), **kwargs)
    return sorted(seen)


def test_a_complete_file_is_kept_and_reported_as_present(tmp_path: Path) -> None:
    files = host()
    assert [how for _, how in outcomes(make_clip(), tmp_path, files)] == ["saved"]
    (path,) = tmp_path.iterdir()
    before = path.stat()
    assert [how for _, how in outcomes(make_clip(), tmp_path, files)] == ["present"]
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # not written again


@pytest.mark.parametrize("content", [b"", b"ID3 cut short"])
def test_an_empty_or_wrong_sized_file_is_downloaded_again(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / file_name(make_clip(), ".mp3")
    target.write_bytes(content)
    assert [how for _, how in outcomes(make_clip(), tmp_path, host())] == ["saved"]
    assert target.read_bytes() == AUDIO


def test_a_folder_in_the_way_is_an_error_not_a_download(tmp_path: Path) -> None:
    (tmp_path / file_name(make_clip(), ".mp3")).mkdir()
    with pytest.raises(rt.DownloadError, match="in the way"):
        rt.download(make_clip(), tmp_path, http=host().client())


def test_a_missing_cover_skips_the_cover_not_the_song(tmp_path: Path) -> None:
    clip = make_clip(image_url=None)
    assert outcomes(clip, tmp_path, host(), include_image=True) == [(file_name(clip, ".mp3"), "saved")]


def test_files_get_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        (path,) = rt.download(make_clip(), tmp_path, http=host().client())
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_max_bytes_caps_a_file_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(rt.DownloadError, match="max_bytes"):
        rt.download(make_clip(), tmp_path, http=host().client(), max_bytes=len(AUDIO) - 1)
    assert leftovers(tmp_path) == []
    with pytest.raises(rt.RequestValidationError):
        rt.download(make_clip(), tmp_path, http=host().client(), max_bytes=0)


def test_url_credentials_are_never_sent_nor_shown(tmp_path: Path) -> None:
    files = host()
    rt.download(
        make_clip(audio_url="https://user:hunter2@cdn.example/audio/3b497e86.mp3"), tmp_path, http=files.client()
    )
    (request,) = files.requests
    assert request.url.userinfo == b"" and "authorization" not in request.headers
    with pytest.raises(rt.DownloadError) as raised:
        rt.download(
            make_clip(audio_url="https://user:hunter2@cdn.example/missing.mp3"), tmp_path / "b", http=files.client()
        )
    assert "hunter2" not in str(raised.value)


@pytest.mark.parametrize("fail", ["short", "reset"])
def test_no_partial_file_is_left_behind(tmp_path: Path, fail: str) -> None:
    files = Files(host().files, fail=fail)
    with pytest.raises(rt.DownloadError) as raised:
        rt.download(make_clip(), tmp_path, http=files.client(), task_id="t-1")
    assert raised.value.task_id == "t-1"
    assert leftovers(tmp_path) == []


def test_http_errors_become_download_errors(tmp_path: Path) -> None:
    with pytest.raises(rt.DownloadError) as raised:
        rt.download(make_clip(audio_url="https://cdn.example/missing.mp3"), tmp_path, http=host().client())
    assert raised.value.status == 404
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://cdn.example/a.mp3", "javascript:alert(1)", "", None, "/relative/a.mp3"],
)
def test_only_http_urls_are_downloaded(tmp_path: Path, url: str | None) -> None:
    files = host()
    with pytest.raises(rt.DownloadError):
        rt.download(make_clip(audio_url=url), tmp_path, http=files.client())
    assert files.requests == [] and leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("title", "clip_id"),
    [
        ("../../etc/passwd", "x"),
        ("/etc/passwd", "x"),
        ("..", ".."),
        ("a/../../b", "../c"),
        ("C:\\Windows\\system32", "x"),
        ("CON", "x"),
        ("nul.txt", "aux"),
        ("\x00\x01evil\n", "id\x00"),
        ("x" * 1000, "y" * 1000),
        ("", ""),
        (None, None),
        ("Ünïcödé 歌 🎵", "3b497e86"),
        (".hidden", "-rf"),
    ],
)
def test_server_supplied_names_stay_inside_the_folder(tmp_path: Path, title: str | None, clip_id: str | None) -> None:
    name = file_name(make_clip(title=title, clip_id=clip_id), ".mp3")
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith((".", "-"))
    assert len(name.encode()) <= 255
    stem = name.split("-")[0].split(".")[0].lower()
    assert stem not in {"con", "nul", "aux", "prn"}
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


@settings(max_examples=300, deadline=None)
@given(title=st.text(), clip_id=st.text())
def test_any_name_stays_inside_the_folder(title: str, clip_id: str) -> None:
    name = file_name(make_clip(title=title, clip_id=clip_id), ".mp3")
    folder = Path("/srv/songs")
    assert (folder / name).resolve().parent == folder
    assert name.endswith(".mp3") and len(name.encode()) <= 255 and not name.startswith(".")


def test_target_in_refuses_escapes(tmp_path: Path) -> None:
    for bad in ["../x", "/etc/x", "a/b", "..", "."]:
        with pytest.raises(rt.DownloadError):
            rt._downloads.target_in(tmp_path, bad)


def test_suffix_comes_only_from_an_allowlist(tmp_path: Path) -> None:
    files = Files({"/a.sh": AUDIO})
    (path,) = rt.download(make_clip(audio_url="https://cdn.example/a.sh"), tmp_path, http=files.client())
    assert path.suffix == ".mp3"


def test_async_download(tmp_path: Path) -> None:
    files = host()

    async def handler(request: httpx.Request) -> httpx.Response:
        return files.handle(request)

    async def go() -> list[Path]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            return await rt.adownload(make_clip(), tmp_path, include_image=True, http=http)

    paths = anyio.run(go)
    assert [p.read_bytes() for p in paths] == [AUDIO, IMAGE]
    assert leftovers(tmp_path) == sorted(p.name for p in paths)


def test_folder_is_created(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    rt.download(make_clip(), target, http=host().client())
    assert os.listdir(target)


def test_unusable_folder_is_a_download_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(rt.DownloadError) as raised:
        rt.download(make_clip(), blocker / "sub", http=host().client(), task_id="t-1")
    assert raised.value.task_id == "t-1"


def test_long_non_latin_titles_fit_the_file_system(tmp_path: Path) -> None:
    title = "歌" * 79
    (path,) = rt.download(make_clip(title=title), tmp_path, http=host().client())
    assert len(path.name.encode()) <= 255 and path.read_bytes() == AUDIO


@pytest.mark.parametrize("url", ["http://[::1/x.mp3", "http://a\x00b/x.mp3", "http://a..b/x.mp3", "http:///x.mp3"])
def test_malformed_urls_are_download_errors(tmp_path: Path, url: str) -> None:
    with pytest.raises(rt.DownloadError):
        rt.download(make_clip(audio_url=url), tmp_path, http=host().client(), task_id="t-1")
    assert leftovers(tmp_path) == []


def test_a_failed_clip_does_not_block_the_finished_one(tmp_path: Path) -> None:
    good = make_clip().to_dict()
    bad = make_clip(clip_id="bad", state="error", audio_url=None).to_dict()
    task = RiffusionTask.from_dict({"code": 200, "data": [good, bad]})
    paths = rt.download(task, tmp_path, http=host().client())
    assert [p.name for p in paths] == ["Harbor-3b497e86-c6cf-4598-b999-94a1bfa912f6.mp3"]


def test_a_task_without_finished_clips_is_a_download_error(tmp_path: Path) -> None:
    task = RiffusionTask.from_dict({"code": 200, "data": [make_clip(state="running").to_dict()]})
    with pytest.raises(rt.DownloadError, match="no finished clip"):
        rt.download(task, tmp_path, http=host().client())


def test_clips_with_the_same_name_are_both_kept(tmp_path: Path) -> None:
    twins = [make_clip(clip_id=None).to_dict(), make_clip(clip_id=None).to_dict()]
    paths = rt.download(RiffusionTask.from_dict({"code": 200, "data": twins}), tmp_path, http=host().client())
    assert len(set(paths)) == 2 and all(p.exists() for p in paths)


def test_the_default_download_clients_carry_no_credentials() -> None:
    sync_client = rt._downloads.download_http_client()
    async_client = rt._downloads.async_download_http_client()
    for client in (sync_client, async_client):
        assert "authorization" not in client.headers and not client.cookies
        assert client.headers["user-agent"] == rt.USER_AGENT
    sync_client.close()
    anyio.run(async_client.aclose)


@pytest.mark.parametrize("stall", ["before the answer", "in the body"])
def test_ctrl_c_stops_a_download_at_once_and_leaves_nothing_half_written(tmp_path: Path, stall: str) -> None:
    """Review finding: Ctrl-C waited for a stalled file host (the worker threads were joined), and a second
    Ctrl-C then left a `.part` file behind."""
    import _thread
    import threading
    import time

    release = threading.Event()

    def stalled_body() -> Iterator[bytes]:
        yield AUDIO[:1000]
        release.wait(30)
        yield AUDIO[1000:]

    def handle(request: httpx.Request) -> httpx.Response:
        if stall == "before the answer":
            release.wait(30)
            return httpx.Response(200, content=AUDIO)
        return httpx.Response(200, stream=_Stream(stalled_body()))

    interrupted = threading.Event()

    def press_ctrl_c() -> None:
        # Again every half second: a KeyboardInterrupt that lands in a gc callback (hypothesis installs one) is
        # swallowed by Python, so one press is not always seen.
        while not interrupted.wait(0.5):
            _thread.interrupt_main()

    presser = threading.Thread(target=press_ctrl_c, daemon=True)
    started = time.monotonic()
    presser.start()
    try:
        try:
            rt.download(make_clip(), tmp_path, http=httpx.Client(transport=httpx.MockTransport(handle)))
        except KeyboardInterrupt:
            interrupted.set()
        took = time.monotonic() - started
        assert interrupted.is_set() and took < 5, took
        assert leftovers(tmp_path) == []
    finally:
        interrupted.set()
        release.set()
        with contextlib.suppress(KeyboardInterrupt):  # a last press racing the end of the test
            presser.join(2)
            time.sleep(0.01)


def test_an_error_in_on_file_reaches_the_caller(tmp_path: Path) -> None:
    """The callback runs on a download thread; what it raises is raised by download() itself."""

    def on_file(path: Path, outcome: str) -> None:
        raise LookupError(f"callback failed on {path.name}")

    with pytest.raises(LookupError, match="callback failed"):
        rt.download(make_clip(), tmp_path, http=host().client(), on_file=on_file)


def two_songs() -> RiffusionTask:
    files = {"clip_id": "c-1", "audio_url": "https://cdn.example/audio/3b497e86.mp3"}
    clips = [make_clip(**files, title="One").to_dict(), make_clip(**{**files, "clip_id": "c-2"}, title="Two").to_dict()]
    return RiffusionTask.from_dict({"code": 200, "data": clips})


def test_a_song_record_that_cannot_be_written_is_a_download_error_with_the_task_id(tmp_path: Path) -> None:
    (tmp_path / "One-c-1" / "song.json").mkdir(parents=True)  # something in the way of the first record
    with pytest.raises(rt.DownloadError) as raised:  # before: an untyped IsADirectoryError, no task id
        rt.download(two_songs(), tmp_path, song_folders=True, task_id="T-1", http=host().client())
    assert raised.value.task_id == "T-1" and "song.json" in raised.value.message
    assert (tmp_path / "Two-c-2" / "song.json").is_file()  # the other song is recorded
    assert leftovers(tmp_path / "One-c-1") == ["One-c-1.mp3", "song.json"]  # no temp file left


def test_a_song_folder_gets_its_record_once_its_files_are_all_there(tmp_path: Path) -> None:
    files = host()
    task = two_songs()
    task.data[1].audio_url = "https://cdn.example/audio/missing.mp3"  # type: ignore[index]
    with pytest.raises(rt.DownloadError) as raised:
        rt.download(task, tmp_path, song_folders=True, task_id="T-1", http=files.client())
    assert raised.value.task_id == "T-1" and "404" in raised.value.message
    assert leftovers(tmp_path / "One-c-1") == ["One-c-1.mp3", "song.json"]
    assert leftovers(tmp_path / "Two-c-2") == []  # before: no record for either song


def test_a_song_record_never_keeps_an_echoed_secret_field(tmp_path: Path) -> None:
    """A server echoing a webhook_secret (format: password) this process never held: not written down."""
    clip = make_clip(webhook_secret="whsec-echoed-by-the-server", nested={"webhook_secret": "whsec-nested-echo"})
    rt.download(clip, tmp_path, song_folders=True, task_id="T-1", http=host().client())
    (record,) = tmp_path.glob("*/song.json")
    text = record.read_text()
    assert "whsec-echoed" not in text and "whsec-nested" not in text and text.count("[redacted]") == 2
