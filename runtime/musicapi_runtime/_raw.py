"""Reading what a server sent, whatever it sent: text, tolerant JSON, the task id anywhere in it, secrets out.

Everything here takes untrusted bytes or text and never raises: a truncated body, a BOM, trailing NUL bytes, a
number where a string belongs or a structure nested too deep all give an answer or None.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import httpx

from ._redact import known_secrets, redact
from ._responses import received

E = TypeVar("E", bound=BaseException)
TASK_ID_KEYS = ("task_id", "taskId")
# "task_id": "abc" or "task_id": 123 in text that is not (or not only) JSON, e.g. cut off mid-body.
# A number counts only when something follows it (a number at the very end may have been cut short).
TASK_ID_TEXT = re.compile(r'"(?:task_id|taskId)"\s*:\s*(?:"((?:[^"\\\r\n]|\\.){1,200})"|(\d{1,40})(?=\s*[,}\]]))')
MAX_SEARCH_DEPTH = 8


# Byte order marks of the encodings JSON may come in besides UTF-8 (UTF-32 first: its LE mark starts like UTF-16's).
BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")]
BOMS += [(codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def _foreign_encoding(content: bytes, charset: str | None) -> str | None:
    """The encoding to read a body with when it is not the declared (or default UTF-8) one: a UTF-16 or UTF-32
    byte order mark decides, before any charset (as browsers decode); without a charset, JSON's own detection
    (where the zero bytes are) decides. So an error body reads as the JSON parser reads the same body on a 2xx."""
    for bom, codec in BOMS:
        if content.startswith(bom):
            return codec
    found = json.detect_encoding(content) if charset is None and content[:4].count(0) else "utf-8"
    return None if found == "utf-8" else found


def decoded(content: bytes, charset: str | None = None) -> str:
    """Bytes of an answer as text, never raising: by their BOM, the charset, or JSON's detection."""
    codec = _foreign_encoding(content, charset) or charset or "utf-8"
    try:
        return content.decode(codec, "replace")
    except LookupError:  # a charset Python does not know
        return content.decode("utf-8", "replace")


def body_text(response: httpx.Response) -> str:
    """The body as text; when it cannot be read or decoded (a broken gzip stream, an unknown charset, a body cut
    short) the bytes that did arrive of a recorded answer (responses.record), else ""."""
    try:
        content = response.content
        codec = _foreign_encoding(content, response.charset_encoding)
        return response.text if codec is None else content.decode(codec, "replace")
    except (httpx.HTTPError, httpx.StreamError, ValueError, LookupError):
        return received_text(response)


def received_text(response: httpx.Response | None) -> str:
    """The bytes of a recorded answer that arrived, as text."""
    charset = response.charset_encoding if response is not None else None
    return decoded(received(response), charset)


def loads(text: str) -> Any:
    """JSON from text as servers really send it (BOM, trailing NULs or whitespace); None when it is not JSON."""
    cleaned = text.lstrip("\ufeff").rstrip("\x00 \t\r\n")
    try:
        return json.loads(cleaned)
    except (ValueError, RecursionError):
        return None


def _id(value: Any) -> str | None:
    """A task id as servers write one: a non-blank string or an integer (a one-item list of either)."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _ids(node: Any, depth: int, keys: Iterable[str] = TASK_ID_KEYS) -> Iterator[str]:
    if depth > MAX_SEARCH_DEPTH:
        return
    if isinstance(node, dict):
        for key in keys:
            if (found := _id(node.get(key))) is not None:
                yield found
        for value in node.values():
            yield from _ids(value, depth + 1, keys)
    elif isinstance(node, list):
        for item in node[:50]:
            yield from _ids(item, depth + 1, keys)
    elif isinstance(node, str) and node[:1] in ("{", "[") and len(node) < 100_000:
        yield from _ids(loads(node), depth + 1, keys)  # JSON inside a string (an upstream error quoted whole)


def named_in(text: str, keys: Iterable[str]) -> dict[str, str]:
    """key -> the first id found under that key anywhere in a JSON answer (what a paid call made, named where
    the spec does not expect it: {"data": {"clip_id": ...}})."""
    data = loads(text) if text else None
    found: dict[str, str] = {}
    for key in keys:
        if data is not None and (value := next(_ids(data, 0, (key,)), None)) is not None:
            found[key] = value[:200]
    return found


def task_id_in(text: str) -> str | None:
    """The task id a server put anywhere in an answer, if any: top level, nested ({"data": {"task_id": ...}}),
    as a number, or in a body that is cut short or not JSON at all."""
    if not text:
        return None
    data = loads(text)
    if data is not None:
        found = next(_ids(data, 0), None)
        if found is not None:
            return found[:200]
    match = TASK_ID_TEXT.search(text[:1_000_000])
    if match is None:
        return None
    quoted, number = match.groups()
    if number:
        return number
    try:
        value = json.loads(f'"{quoted}"')
    except (ValueError, RecursionError):
        return None
    return str(value).strip() or None


def message_of(text: str, status: int) -> str:
    """The server's own words from any of the error body shapes it uses."""
    data = loads(text)
    if isinstance(data, dict):
        for key in ("error", "message", "detail"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:500]
    if data == {} or data == []:  # nothing said ("{}" is no message)
        return f"HTTP {status}"
    stripped = text.strip()
    return stripped[:200] if stripped else f"HTTP {status}"


class Scrubber:
    """Removes secrets (the API key, URL passwords) from any text before it is shown or kept."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        found = {s for s in secrets if len(s) >= 4} | set(known_secrets())
        self.secrets = sorted(found, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        return URL_CREDENTIALS.sub(r"\1[redacted]@", redact(text, self.secrets))


URL_CREDENTIALS = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/\s@]+@")


def key_of(request: httpx.Request | None) -> list[str]:
    """The secret a request carried in its Authorization header (so server echoes of it can be removed)."""
    if request is None:
        return []
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return [token.strip()] if scheme.lower() == "bearer" and token.strip() else []


def scrub(text: str, request: httpx.Request | None = None, extra: Iterable[str] = ()) -> str:
    """`text` without the request's key, any key of this process's clients, or URL user:password parts."""
    return Scrubber([*key_of(request), *extra])(text)


def scrub_chain(error: E, request: httpx.Request | None = None, extra: Iterable[str] = ()) -> E:
    """`error`, and every exception chained to it (causes and contexts), with secrets out of what they show:
    their args (so str() and repr()), and the body a decoding error keeps (UnicodeError.object,
    JSONDecodeError.doc). Done before one becomes the cause of a library error: a traceback, a logger's
    exc_info or an error tracker shows the chain. (What they only point to, like an httpx request and its
    headers, is left alone: the client holds the key as well.)"""
    scrubber = Scrubber([*key_of(request), *extra])
    todo: list[BaseException | None] = [error]
    seen: list[BaseException] = []
    while todo and len(seen) < 20:
        link = todo.pop()
        if link is None or any(link is done for done in seen):
            continue
        seen.append(link)
        _scrub_one(link, scrubber)
        todo += [link.__cause__, link.__context__]
    return error


def _scrub_one(error: BaseException, scrubber: Scrubber) -> None:
    try:
        if isinstance(error, json.JSONDecodeError):
            error.doc = scrubber(error.doc)
        if isinstance(error, UnicodeDecodeError | UnicodeEncodeError):
            _scrub_codec_error(error, scrubber)
        else:
            error.args = tuple(_scrubbed(arg, scrubber) for arg in error.args)
    except (TypeError, ValueError, AttributeError):  # an exception type that refuses: left as it is
        pass


def _scrubbed(value: object, scrubber: Scrubber) -> object:
    if isinstance(value, str):
        return scrubber(value)
    if isinstance(value, bytes | bytearray):
        return _scrubbed_bytes(bytes(value), scrubber)
    return value


def _scrubbed_bytes(value: bytes, scrubber: Scrubber) -> bytes:
    """Bytes with secrets out (any invalid bytes kept exactly: surrogateescape round-trips them)."""
    return scrubber(value.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


def _scrub_codec_error(error: UnicodeDecodeError | UnicodeEncodeError, scrubber: Scrubber) -> None:
    """The bytes (or text) a codec error keeps, scrubbed around the part it points at, so that its message
    still names the right byte and position."""
    start, end = error.start, error.end
    if isinstance(error, UnicodeDecodeError):
        raw = error.object
        head = len(before := _scrubbed_bytes(raw[:start], scrubber))
        error.object = before + raw[start:end] + _scrubbed_bytes(raw[end:], scrubber)
    else:
        text = error.object
        head = len(prefix := scrubber(text[:start]))
        error.object = prefix + text[start:end] + scrubber(text[end:])
    error.start, error.end = head, head + end - start
    error.args = (error.encoding, error.object, error.start, error.end, error.reason)
