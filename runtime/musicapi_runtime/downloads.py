"""Downloading a clip's audio (and optionally its cover image) into a folder: streamed, atomic, contained.

- The file name comes from a sanitised title plus the clip id, and is checked to stay inside the folder.
- Bytes go to a hidden temporary file in the same folder, renamed over the final name only when complete
  (and as long as Content-Length promised); on any failure the temporary file is removed.
- A final file that already exists is complete (only a finished download is ever renamed into place): skipped.
- Only http(s) URLs; the API key is never sent to the file host (a separate httpx client is used).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO
from urllib.parse import urlsplit

import httpx

from musicapi_client.models import RiffusionClip, RiffusionTask

from .config import DEFAULT_TIMEOUT, USER_AGENT
from .errors import DownloadError
from .log import logger
from .retry import AsyncRetryTransport, RetryTransport
from .tasks import clip_done

AUDIO_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".flac", ".ogg", ".aac", ".opus"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif"})
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
MAX_STEM = 200  # UTF-8 bytes of title + clip id; common file systems allow 255 bytes per name
CHUNK = 64 * 1024


def safe_component(text: str, fallback: str, limit: int) -> str:
    """One file-name component from untrusted text: no separators, no dots in front, no control characters,
    at most `limit` bytes in UTF-8."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[^\w\- ()\[\]&,+!']", "_", text)  # \w keeps letters of every script
    text = re.sub(r"[\s_]+", " ", text).strip(" ._-")
    text = text.encode("utf-8")[:limit].decode("utf-8", "ignore").strip(" ._-")
    if not text or text.lower().split(".")[0] in WINDOWS_RESERVED:
        text = f"{fallback}{('-' + text) if text else ''}"
    return text


def file_name(clip: RiffusionClip, suffix: str) -> str:
    clip_id = safe_component(clip.clip_id if isinstance(clip.clip_id, str) else "", "clip", 64)
    title_limit = MAX_STEM - len(clip_id.encode("utf-8"))
    title = safe_component(clip.title if isinstance(clip.title, str) else "", "untitled", title_limit)
    return f"{title}-{clip_id}{suffix}"


def suffix_of(url: str, allowed: frozenset[str], default: str) -> str:
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    return suffix if suffix in allowed else default


def target_in(folder: Path, name: str) -> Path:
    """The path for `name` inside `folder`, refusing anything that would land elsewhere."""
    root = folder.resolve()
    target = (root / name).resolve()
    if target.parent != root or name in {"", ".", ".."}:
        raise DownloadError(f"refusing to write {name!r} outside {root}")
    return target


def check_url(url: object, what: str, clip_id: str | None) -> str:
    if not isinstance(url, str) or not url:
        raise DownloadError(f"clip {clip_id} has no {what} URL yet")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise DownloadError(f"clip {clip_id} has a malformed {what} URL: {url[:80]!r}") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise DownloadError(f"refusing to download {what} from a non-http(s) URL: {url[:80]!r} (clip {clip_id})")
    return url


def plan(clip: RiffusionClip, folder: Path, include_image: bool) -> list[tuple[str, Path]]:
    """(url, destination) for each file of the clip."""
    clip_id = clip.clip_id if isinstance(clip.clip_id, str) else None
    audio = check_url(clip.audio_url, "audio", clip_id)
    files = [(audio, target_in(folder, file_name(clip, suffix_of(audio, AUDIO_SUFFIXES, ".mp3"))))]
    if include_image:
        image = check_url(clip.image_url, "image", clip_id)
        files.append((image, target_in(folder, file_name(clip, suffix_of(image, IMAGE_SUFFIXES, ".jpg")))))
    return files


@contextmanager
def atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """A temporary file beside `target`, renamed onto it when the block succeeds and deleted when it fails."""
    import tempfile  # imported on first download, not with the package

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_length(response: httpx.Response, written: int, url: str) -> None:
    expected = response.headers.get("content-length")
    if (
        expected is not None
        and expected.isdigit()
        and int(expected) != written
        and not response.headers.get("content-encoding")
    ):
        raise DownloadError(f"incomplete download of {url[:80]}: got {written} of {expected} bytes")


def download_http_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Client:
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
        transport=RetryTransport(),
    )


def async_download_http_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
        transport=AsyncRetryTransport(),
    )


def _fetch(http: httpx.Client, url: str, target: Path) -> None:
    with http.stream("GET", url) as response:
        if response.status_code != 200:
            raise DownloadError(f"HTTP {response.status_code} downloading {url[:80]}", status=response.status_code)
        written = 0
        with atomic_file(target) as out:
            for chunk in response.iter_bytes(CHUNK):
                out.write(chunk)
                written += len(chunk)
            _check_length(response, written, url)


async def _afetch(http: httpx.AsyncClient, url: str, target: Path) -> None:
    async with http.stream("GET", url) as response:
        if response.status_code != 200:
            raise DownloadError(f"HTTP {response.status_code} downloading {url[:80]}", status=response.status_code)
        written = 0
        with atomic_file(target) as out:
            async for chunk in response.aiter_bytes(CHUNK):
                out.write(chunk)
                written += len(chunk)
            _check_length(response, written, url)


def _clips(source: RiffusionTask | RiffusionClip) -> list[RiffusionClip]:
    """The clips to save: a clip as given, or a task's finished clips (a failed one is skipped and logged)."""
    if isinstance(source, RiffusionClip):
        return [source]
    clips = list(source.data) if isinstance(source.data, list) else []
    done = [clip for clip in clips if clip_done(clip)]
    for clip in clips:
        if not clip_done(clip):
            logger.warning("skipping clip %s: not finished (state %s)", clip.clip_id, clip.state)
    if not done:
        raise DownloadError("the task has no finished clip to download")
    return done


def _jobs(
    source: RiffusionTask | RiffusionClip, folder: str | os.PathLike[str], include_image: bool
) -> list[tuple[str, Path]]:
    """Every (url, destination) to fetch; all are checked before the first byte is downloaded."""
    root = Path(folder)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(f"cannot use {root} as the download folder: {error.strerror or error}") from error
    jobs: list[tuple[str, Path]] = []
    taken: set[Path] = set()
    for clip in _clips(source):
        for url, target in plan(clip, root, include_image):
            unique, number = target, 2
            while unique in taken:  # two clips with the same (or no) id and title: keep both
                unique = target.with_name(f"{target.stem}~{number}{target.suffix}")
                number += 1
            taken.add(unique)
            jobs.append((url, unique))
    return jobs


def _complete(target: Path) -> bool:
    try:
        return target.exists()
    except OSError as error:
        raise DownloadError(f"cannot check {target}: {error.strerror or error}") from error


@contextmanager
def _reported(url: str, target: Path, task_id: str | None) -> Iterator[None]:
    """Turns any failure into a DownloadError carrying the task id."""
    try:
        yield
    except DownloadError as error:
        error.task_id = error.task_id or task_id
        raise
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as error:
        raise DownloadError(
            f"downloading {url[:80]} failed: {type(error).__name__}: {error}", task_id=task_id
        ) from error
    logger.info("downloaded %s", target)


def _prepare(
    source: RiffusionTask | RiffusionClip, folder: str | os.PathLike[str], include_image: bool, task_id: str | None
) -> list[tuple[str, Path]]:
    try:
        return _jobs(source, folder, include_image)
    except DownloadError as error:
        error.task_id = error.task_id or task_id
        raise


def _pending(jobs: list[tuple[str, Path]]) -> Iterator[tuple[str, Path]]:
    for url, target in jobs:
        if _complete(target):
            logger.info("skipping %s: already downloaded", target)
        else:
            yield url, target


def download(
    source: RiffusionTask | RiffusionClip,
    folder: str | os.PathLike[str],
    *,
    include_image: bool = False,
    http: httpx.Client | None = None,
    task_id: str | None = None,
) -> list[Path]:
    """Download a task's finished clips (or one clip) into `folder`; returns the paths, skipped ones included."""
    jobs = _prepare(source, folder, include_image, task_id)
    client = http or download_http_client()
    try:
        for url, target in _pending(jobs):
            with _reported(url, target, task_id):
                _fetch(client, url, target)
    finally:
        if http is None:
            client.close()
    return [target for _, target in jobs]


async def adownload(
    source: RiffusionTask | RiffusionClip,
    folder: str | os.PathLike[str],
    *,
    include_image: bool = False,
    http: httpx.AsyncClient | None = None,
    task_id: str | None = None,
) -> list[Path]:
    """The async twin of download."""
    jobs = _prepare(source, folder, include_image, task_id)
    client = http or async_download_http_client()
    try:
        for url, target in _pending(jobs):
            with _reported(url, target, task_id):
                await _afetch(client, url, target)
    finally:
        if http is None:
            await client.aclose()
    return [target for _, target in jobs]
