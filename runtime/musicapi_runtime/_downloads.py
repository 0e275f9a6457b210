"""Downloading a task's files (audio, WAV, cover) into a folder: streamed, atomic, contained, in parallel.

- The file name comes from a sanitised title plus the clip id, and is checked to stay inside the folder.
- Bytes go to a hidden temporary file in the same folder, renamed over the final name only when complete
  (and as long as Content-Length promised); on any failure the temporary file is removed. Files get the
  usual permissions (0666 less the umask).
- A file already there is kept when it is non-empty and, where the server states a size, of that size;
  otherwise it is downloaded again. A folder in the way is an error, never "already downloaded".
- Only http(s) URLs, fetched without their user:password part, with a client that holds no API key.
- `max_bytes` caps each file's size.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import urlsplit

import httpx

import musicapi_spec as facts
from musicapi_spec.results import TASK_MODELS

from ._config import DEFAULT_TIMEOUT, USER_AGENT, proxy_for
from ._errors import DownloadError, RequestValidationError
from ._log import logger
from ._raw import scrub, scrub_chain
from ._redact import redact_secret_fields
from ._retry import AsyncRetryTransport, RetryTransport
from ._spec import family_of_model
from ._tasks import Clip, Task, clip_state, clips_of, field, finished_clips, text
from ._tls import verified

AUDIO_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".flac", ".ogg", ".aac", ".opus", ".mp4"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif"})
VIDEO_SUFFIXES = frozenset({".mp4", ".webm", ".mov", ".m4v"})
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
MAX_STEM = 200  # UTF-8 bytes of title + clip id; common file systems allow 255 bytes per name
CHUNK = 64 * 1024
SHOWN = 120  # characters of a URL in a message
PARALLEL = 4
# The kinds of file a clip can hold (the spec's x-file roles): the suffixes allowed, the default suffix. Which
# clip field holds each comes from the family table; a role not listed here keeps the suffix its URL shows.
KINDS = {
    "audio": (AUDIO_SUFFIXES, ".mp3"),
    "wav": (frozenset({".wav"}), ".wav"),
    "image": (IMAGE_SUFFIXES, ".jpg"),
    "video": (VIDEO_SUFFIXES, ".mp4"),
}
FileCallback = Callable[[Path, str], None]  # (path, "saved" or "present")


@dataclass(frozen=True)
class Job:
    url: str
    target: Path
    clip_id: str


def safe_component(text: str, fallback: str, limit: int) -> str:
    """One file-name component from untrusted text: no separators, no dots in front, no control characters,
    at most `limit` bytes in UTF-8."""
    text = unicodedata.normalize("NFKC", text.encode("utf-8", "replace").decode("utf-8"))
    text = re.sub(r"[^\w\- ()\[\]&,+!']", "_", text)  # \w keeps letters of every script
    text = re.sub(r"[\s_]+", " ", text).strip(" ._-")
    text = text.encode("utf-8")[:limit].decode("utf-8", "ignore").strip(" ._-")
    if not text or text.lower().split(".")[0] in WINDOWS_RESERVED:
        text = f"{fallback}{('-' + text) if text else ''}"
    return text


def clip_id_of(item: object) -> str:
    """A clip's id (its family's x-id: clip field); "" for a result that names none."""
    family = family_of_model(item)
    return text(field(item, family.clip_id)) if family is not None else ""


def title_of(item: object) -> str:
    """What a file of the item is named after: its title (a field every family's clips have), if any."""
    return text(getattr(item, "title", None))


def stem_of(item: object, url: str) -> str:
    """`<title>-<clip id>`, sanitised; for a result that names no clip, the file name its URL shows."""
    clip_id = safe_component(clip_id_of(item), "", 64)
    if not clip_id:
        return safe_component(PurePosixPath(urlsplit(url).path).stem, "file", MAX_STEM)
    title_limit = MAX_STEM - len(clip_id.encode("utf-8"))
    return f"{safe_component(title_of(item), 'untitled', title_limit)}-{clip_id}"


def file_name(clip: Clip, suffix: str) -> str:
    return f"{stem_of(clip, '')}{suffix}"


def suffix_of(url: str, allowed: frozenset[str], default: str) -> str:
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    return suffix if suffix in allowed else default


def shown(url: str) -> str:
    """A URL for a message: no credentials, at most 80 characters."""
    return scrub(url)[:SHOWN]


def target_in(folder: Path, name: str) -> Path:
    """The path for `name` inside `folder`, refusing anything that would land elsewhere."""
    root = folder.resolve()
    target = (root / name).resolve()
    if target.parent != root or name in {"", ".", ".."}:
        raise DownloadError(f"refusing to write {name!r} outside {root}")
    return target


def clean_url(url: object, what: str, clip_id: str) -> str | None:
    """The URL to fetch (user:password removed), None when the clip has none, or DownloadError if unusable."""
    if not isinstance(url, str) or not url:
        return None
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise DownloadError(f"clip {clip_id} has a malformed {what} URL: {shown(url)!r}") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise DownloadError(f"refusing to download {what} from a non-http(s) URL: {shown(url)!r} (clip {clip_id})")
    return str(parsed.copy_with(userinfo=b"")) if parsed.userinfo else url


def check_folder(folder: str | os.PathLike[str]) -> Path:
    """The download folder, created if needed and proven writable; checked before anything is paid for."""
    root = Path(folder)
    try:
        root.mkdir(parents=True, exist_ok=True)
        if not root.is_dir():
            raise NotADirectoryError(f"{root} is not a folder")
        probe = root / f".musicapi-write-test-{secrets.token_hex(4)}"
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        probe.unlink()
    except OSError as error:
        why = error.strerror or str(error)
        raise DownloadError(f"cannot use {str(root)[:200]!r} as the download folder: {why}") from error
    return root


def _items(source: object) -> list[Any]:
    """What to save from: a task's finished clips (the others are skipped and logged), a clip as given, or the
    parts of an answer that hold files (a WAV or MIDI result's `data`)."""
    if isinstance(source, TASK_MODELS):
        clips = finished_clips(source)
        for clip in clips_of(source):
            if clip not in clips:
                logger.warning("skipping clip %s: not finished (state %s)", clip_id_of(clip), clip_state(clip))
        if not clips:
            raise DownloadError("the task has no finished clip to download")
        return clips
    if type(source).__name__ in facts.FILES:
        return [source]
    nested = [v for v in vars_of(source) if type(v).__name__ in facts.FILES]
    if not nested:
        raise DownloadError(f"a {type(source).__name__} holds no files the spec knows: nothing to download")
    return nested


def vars_of(model: object) -> list[object]:
    """The field values of a generated model (attrs or plain slotted classes alike)."""
    names = getattr(model, "__match_args__", ()) or getattr(type(model), "__slots__", ())
    return [getattr(model, name, None) for name in names if isinstance(name, str)]


def fields_of(item: object) -> dict[str, str]:
    """role -> the field that holds that kind of file (x-file of the item's schema)."""
    found: dict[str, str] = {}
    for name, role in facts.FILES.get(type(item).__name__, {}).items():
        found.setdefault(role, name)
    return found


def urls_of(item: object, name: str) -> list[tuple[str, object]]:
    """(part, URL) of a file field: one URL ("", url), or a map of named parts (stems: {"vocals": url, ...}) or a
    list of them ([{"name": ..., "url": ...}]), whose shapes the sources leave open."""
    value = getattr(item, name, None)
    value = getattr(value, "additional_properties", value)  # an object schema of unknown keys
    if isinstance(value, dict):
        return [(str(key), url) for key, url in value.items()]
    if isinstance(value, list):
        parts = []
        for number, part in enumerate(value, 1):
            if isinstance(part, dict):
                label = next((part[k] for k in ("name", "title", "stem") if isinstance(part.get(k), str)), number)
                url = next((part[k] for k in ("url", "audio_url", "file_url") if k in part), None)
                parts.append((str(label), url))
            else:
                parts.append((str(number), part))
        return parts
    return [("", value)]


def plan(
    source: Task | Clip | object, folder: Path, kinds: tuple[str, ...], song_folders: bool = False
) -> list[tuple[Any, Path, list[Job]]]:
    """Every file to fetch, per item (clip or result) with the folder it goes to, all checked before the first
    byte is downloaded; two that would share a name get ~2."""
    planned: list[tuple[Any, Path, list[Job]]] = []
    taken: set[Path] = set()
    items = _items(source)
    for item in items:
        clip_id = clip_id_of(item) or "?"
        fields = fields_of(item)
        where = folder
        if song_folders:
            where = target_in(folder, stem_of(item, ""))
        jobs: list[Job] = []
        for kind in kinds:
            suffixes, default = KINDS.get(kind, (frozenset(), ""))
            name = fields.get(kind)
            parts = urls_of(item, name) if name else []
            for part, raw in parts:
                url = clean_url(raw, kind, clip_id)
                if url is None:
                    continue
                suffix = suffix_of(url, suffixes, default) if suffixes else _plain_suffix(url)
                label = f"-{safe_component(part, 'part', 40)}" if part else ""
                target = target_in(where, f"{stem_of(item, url)}{label}{suffix}")
                unique, number = target, 2
                while unique in taken:  # two clips (or two files) with the same name: keep both
                    unique = target.with_name(f"{target.stem}~{number}{target.suffix}")
                    number += 1
                taken.add(unique)
                jobs.append(Job(url, unique, clip_id))
            if not any(clean_url(raw, kind, clip_id) for _, raw in parts):
                logger.info("clip %s has no %s file; skipping it", clip_id, kind)
        planned.append((item, where, jobs))
    if not any(jobs for _, _, jobs in planned):
        present = list(dict.fromkeys(r for c in items for r, f in fields_of(c).items() if _url(c, f)))
        have = f" (the clips have: {', '.join(present)})" if present else ""
        raise DownloadError(f"nothing to download: no finished clip has a {' or '.join(kinds)} file{have}")
    return planned


def _plain_suffix(url: str) -> str:
    """The URL's own suffix for a kind of file without a known list (".mid"), if it is a plain one."""
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


def _url(item: object, name: str) -> bool:
    return any(isinstance(url, str) and url for _, url in urls_of(item, name))


def _kinds(
    audio: bool, wav: bool, include_image: bool, include_video: bool = False, files: Iterable[str] | None = None
) -> tuple[str, ...]:
    """The kinds of file to save: `files` (x-file roles) when given, else the flags."""
    if files is not None:
        if isinstance(files, str) or not all(isinstance(f, str) for f in files):
            raise RequestValidationError("files must be a list of kinds of file (audio, wav, image, video, ...)")
        kinds = tuple(dict.fromkeys(files))
    else:
        chosen = (("audio", audio), ("wav", wav), ("image", include_image), ("video", include_video))
        kinds = tuple(k for k, on in chosen if on)
    if not kinds:
        raise RequestValidationError("choose at least one kind of file to download (audio, wav, image or video)")
    return kinds


def _existing_size(target: Path) -> int | None:
    """The size of a complete file already at `target`, None if there is none to keep."""
    try:
        if target.is_symlink() or (target.exists() and not target.is_file()):
            raise DownloadError(f"{target} is in the way: it is not a regular file")
        size = target.stat().st_size if target.exists() else 0
    except OSError as error:
        raise DownloadError(f"cannot check {target}: {error.strerror or error}") from error
    return size or None


@contextmanager
def atomic_file(target: Path, partial: set[Path] | None = None) -> Iterator[IO[bytes]]:
    """A temporary file beside `target`, renamed onto it when the block succeeds and deleted when it fails.
    `partial` holds the temporary file's path while it exists (for whoever must clean up after a Ctrl-C)."""
    tmp = target.with_name(f".{target.name[:40]}.{secrets.token_hex(6)}.part")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)  # the umask applies, as for any new file
    if partial is not None:
        partial.add(tmp)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if partial is not None:
            partial.discard(tmp)


def _declared(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length")
    if value is None or not value.isdigit() or response.headers.get("content-encoding"):
        return None
    return int(value)


class _Stream:
    """Checks on one streamed answer: status, size cap, whether a file already there can be kept."""

    def __init__(self, job: Job, response: httpx.Response, max_bytes: int | None) -> None:
        self.job, self.response, self.max_bytes = job, response, max_bytes
        self.written = 0
        if response.status_code != 200:
            raise DownloadError(
                f"HTTP {response.status_code} downloading {shown(job.url)}", status=response.status_code
            )
        self.expected = _declared(response)
        if max_bytes is not None and self.expected is not None and self.expected > max_bytes:
            raise DownloadError(f"{shown(job.url)} is {self.expected} bytes, more than max_bytes={max_bytes}")

    def keep_existing(self, size: int | None) -> bool:
        return size is not None and (self.expected is None or self.expected == size)

    def add(self, chunk: bytes) -> bytes:
        self.written += len(chunk)
        if self.max_bytes is not None and self.written > self.max_bytes:
            raise DownloadError(f"{shown(self.job.url)} is larger than max_bytes={self.max_bytes}")
        return chunk

    def finish(self) -> None:
        if self.expected is not None and self.expected != self.written:
            raise DownloadError(
                f"incomplete download of {shown(self.job.url)}: got {self.written} of {self.expected} bytes"
            )


class _Stopped(Exception):
    """The download was interrupted (Ctrl-C in the thread that started it): this file is abandoned."""


def _fetch(http: httpx.Client, job: Job, max_bytes: int | None, stop: threading.Event, partial: set[Path]) -> str:
    size = _existing_size(job.target)
    with http.stream("GET", job.url) as response:
        stream = _Stream(job, response, max_bytes)
        if stream.keep_existing(size):
            return "present"
        with atomic_file(job.target, partial) as out:
            for chunk in response.iter_bytes(CHUNK):
                if stop.is_set():
                    raise _Stopped
                out.write(stream.add(chunk))
            stream.finish()
            if stop.is_set():
                raise _Stopped
    return "saved"


async def _afetch(http: httpx.AsyncClient, job: Job, max_bytes: int | None) -> str:
    size = _existing_size(job.target)
    async with http.stream("GET", job.url) as response:
        stream = _Stream(job, response, max_bytes)
        if stream.keep_existing(size):
            return "present"
        with atomic_file(job.target) as out:
            async for chunk in response.aiter_bytes(CHUNK):
                out.write(stream.add(chunk))
            stream.finish()
    return "saved"


def download_http_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT, proxy: str | None = None) -> httpx.Client:
    """A client for file hosts: no API key, redirects followed, retries, the shared TLS context, `proxy` (what
    the environment names for the files' host: proxy_for)."""
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
        transport=RetryTransport(verify=verified(), proxy=proxy),
        trust_env=False,
    )


def async_download_http_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT, proxy: str | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
        transport=AsyncRetryTransport(verify=verified(), proxy=proxy),
        trust_env=False,
    )


def _reported(job: Job, task_id: str | None, error: BaseException) -> DownloadError:
    """Any failure as a DownloadError carrying the task id, without credentials."""
    if isinstance(error, DownloadError):
        error.task_id = error.task_id or task_id
        return error
    detail = scrub(f"{type(error).__name__}: {error}")[:300]
    wrapped = DownloadError(f"downloading {shown(job.url)} failed: {detail}", task_id=task_id)
    wrapped.__cause__ = scrub_chain(error)  # an httpx error may quote a URL with its user:password
    return wrapped


FETCH_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError, DownloadError)


Planned = list[tuple[Any, Path, list[Job]]]
SIDECAR = "song.json"  # a song folder's record of what the song is (the file URLs expire; this stays)


def _prepare(
    source: object,
    folder: str | os.PathLike[str],
    kinds: tuple[str, ...],
    task_id: str | None,
    max_bytes: int | None,
    song_folders: bool = False,
    metadata: Mapping[str, object] | None = None,
) -> tuple[Planned, list[Job]]:
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1):
        raise RequestValidationError(f"max_bytes must be a positive number of bytes, got {max_bytes!r}")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise RequestValidationError(f"metadata must be a mapping, got {type(metadata).__name__}")
    try:
        planned = plan(source, check_folder(folder), kinds, song_folders)
        if song_folders:
            for item, where, _jobs in planned:
                check_folder(where)
                _sidecar_text(item, task_id, metadata)  # unwritable metadata fails here, before any download
    except DownloadError as error:
        error.task_id = error.task_id or task_id
        raise
    return planned, [job for _, _, jobs in planned for job in jobs]


def _own_id(source: object) -> str | None:
    """A task's own id, when its answer names it (the family's task-id field)."""
    family = family_of_model(source) if isinstance(source, TASK_MODELS) else None
    return (text(field(source, family.task_id)) or None) if family is not None else None


def _sidecar_text(item: object, task_id: str | None, metadata: Mapping[str, object] | None) -> str:
    """What a song folder records: the task, the clip as the API reported it (its file URLs left out: they
    expire) and the caller's metadata (the operation and its credits, say)."""
    family = family_of_model(item)
    found: dict[str, object] = {"task_id": task_id, "family": family.name if family else None}
    to_dict = getattr(item, "to_dict", None)
    raw: dict[str, object] = to_dict() if callable(to_dict) else {}
    found.update({k: v for k, v in raw.items() if k not in facts.FILES.get(type(item).__name__, {})})
    found.update(metadata or {})
    try:
        return json.dumps(scrubbed(found), ensure_ascii=False, indent=2, default=str) + "\n"
    except (TypeError, ValueError, RecursionError) as error:
        raise DownloadError(f"the song's record cannot be written as JSON: {error}") from None


def scrubbed(value: object) -> object:
    """A record without any secret this process holds, nor the value of a secret field a server echoed."""
    return json.loads(scrub(json.dumps(redact_secret_fields(value), ensure_ascii=False, default=str)))


def _finish(
    planned: Planned,
    task_id: str | None,
    metadata: Mapping[str, object] | None,
    song_folders: bool,
    failures: list[tuple[Path, DownloadError]],
) -> None:
    """After the files: each song folder whose files all arrived gets its record, then the first failure (of a
    file, or of a record) is raised, with the task id."""
    failed = {target for target, _ in failures}
    errors = [error for _, error in failures]
    for item, where, jobs in planned if song_folders else ():
        if any(job.target in failed for job in jobs):
            continue  # a record names the files a folder holds: written once they are all there
        record = json.loads(_sidecar_text(item, task_id, metadata))
        record["files"] = [job.target.name for job in jobs]
        try:
            with atomic_file(where / SIDECAR) as out:
                out.write(json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
        except OSError as error:
            why = scrub(error.strerror or str(error))
            errors.append(
                DownloadError(f"the song's record {where / SIDECAR} cannot be written: {why}", task_id=task_id)
            )
    if errors:
        raise errors[0]


class _Pool:
    """Fetches jobs on `parallel` threads. Daemon threads, joined a moment at a time: Ctrl-C is seen at once,
    and a file host that does not answer cannot keep the process alive after it."""

    def __init__(
        self,
        client: httpx.Client,
        jobs: list[Job],
        max_bytes: int | None,
        task_id: str | None,
        on_file: FileCallback | None,
    ) -> None:
        self.client, self.max_bytes, self.task_id, self.on_file = client, max_bytes, task_id, on_file
        self.waiting = list(reversed(jobs))
        self.threads = max(1, len(jobs))
        self.failures: list[tuple[Path, DownloadError]] = []  # (the file, why it failed)
        self.crashed: list[BaseException] = []  # what escaped a thread (on_file raising, say), raised in this one
        self.stop, self.partial = threading.Event(), set[Path]()
        self.interrupted = False

    def run(self, parallel: int) -> None:
        threads = [threading.Thread(target=self.work, daemon=True) for _ in range(max(1, min(parallel, self.threads)))]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                while thread.is_alive():
                    thread.join(0.1)
        except BaseException:
            self.interrupted = True
            self.stop.set()  # the threads abandon their files at the next chunk
            for tmp in list(self.partial):
                tmp.unlink(missing_ok=True)  # nothing half-written stays, even if the process ends now
            raise

    def work(self) -> None:
        try:
            self.fetch_all()
        except BaseException as error:
            self.crashed.append(error)
            self.stop.set()

    def fetch_all(self) -> None:
        while not self.stop.is_set():
            try:
                job = self.waiting.pop()  # atomic: each job goes to one thread
            except IndexError:
                return
            try:
                outcome = _fetch(self.client, job, self.max_bytes, self.stop, self.partial)
            except _Stopped:
                return
            except FETCH_ERRORS as error:
                self.failures.append((job.target, _reported(job, self.task_id, error)))
                continue
            logger.info("%s %s", "downloaded" if outcome == "saved" else "already there:", job.target)
            if self.on_file is not None:
                self.on_file(job.target, outcome)


def download(
    source: Task | Clip | object,
    folder: str | os.PathLike[str],
    *,
    audio: bool = True,
    wav: bool = False,
    include_image: bool = False,
    include_video: bool = False,
    files: Iterable[str] | None = None,
    song_folders: bool = False,
    metadata: Mapping[str, object] | None = None,
    max_bytes: int | None = None,
    http: httpx.Client | None = None,
    task_id: str | None = None,
    on_file: FileCallback | None = None,
    parallel: int = PARALLEL,
) -> list[Path]:
    """Download a task's finished clips (or one clip, or a result that holds files) into `folder`, up to
    `parallel` files at a time.

    `audio` saves each clip's audio, `wav` its WAV file, `include_image` its cover, `include_video` its video;
    or `files` names the kinds to save (the spec's x-file roles: "audio", "wav", "image", "video", "stems",
    "midi"), in place of those flags. With `song_folders`, each clip gets a folder of its own
    (`<title>-<clip id>/`) holding its files and `song.json` (the task id, the clip as reported, `metadata`).
    Returns every path, those already there included; `on_file(path, "saved" | "present")` tells which.
    A failed file raises DownloadError once the others are done; files already finished stay."""
    kinds = _kinds(audio, wav, include_image, include_video, files)
    task_id = task_id or _own_id(source)
    planned, jobs = _prepare(source, folder, kinds, task_id, max_bytes, song_folders, metadata)
    client = http or download_http_client(proxy=proxy_for(jobs[0].url) if jobs else None)
    pool = _Pool(client, jobs, max_bytes, task_id, on_file)
    try:
        pool.run(parallel)
    finally:
        if http is None and not pool.interrupted:  # else the threads may still be using it
            client.close()
    if pool.crashed:
        raise pool.crashed[0]
    _finish(planned, task_id, metadata, song_folders, pool.failures)
    return [job.target for job in jobs]


async def adownload(
    source: Task | Clip | object,
    folder: str | os.PathLike[str],
    *,
    audio: bool = True,
    wav: bool = False,
    include_image: bool = False,
    include_video: bool = False,
    files: Iterable[str] | None = None,
    song_folders: bool = False,
    metadata: Mapping[str, object] | None = None,
    max_bytes: int | None = None,
    http: httpx.AsyncClient | None = None,
    task_id: str | None = None,
    on_file: FileCallback | None = None,
    parallel: int = PARALLEL,
) -> list[Path]:
    """The async twin of download."""
    import asyncio

    kinds = _kinds(audio, wav, include_image, include_video, files)
    task_id = task_id or _own_id(source)
    planned, jobs = _prepare(source, folder, kinds, task_id, max_bytes, song_folders, metadata)
    client = http or async_download_http_client(proxy=proxy_for(jobs[0].url) if jobs else None)
    failures: list[tuple[Path, DownloadError]] = []
    gate = asyncio.Semaphore(max(1, parallel))

    async def run(job: Job) -> None:
        async with gate:
            try:
                outcome = await _afetch(client, job, max_bytes)
            except FETCH_ERRORS as error:
                failures.append((job.target, _reported(job, task_id, error)))
                return
        logger.info("%s %s", "downloaded" if outcome == "saved" else "already there:", job.target)
        if on_file is not None:
            on_file(job.target, outcome)

    try:
        await asyncio.gather(*(run(job) for job in jobs))
    finally:
        if http is None:
            await client.aclose()
    _finish(planned, task_id, metadata, song_folders, failures)
    return [job.target for job in jobs]
