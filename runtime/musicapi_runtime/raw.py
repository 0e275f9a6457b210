"""Reading what a server sent, whatever it sent: text, tolerant JSON, the task id anywhere in it, secrets out.

Everything here takes untrusted bytes or text and never raises: a truncated body, a BOM, trailing NUL bytes, a
number where a string belongs or a structure nested too deep all give an answer or None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

TASK_ID_KEYS = ("task_id", "taskId")
# "task_id": "abc" or "task_id": 123 in text that is not (or not only) JSON, e.g. cut off mid-body.
TASK_ID_TEXT = re.compile(r'"(?:task_id|taskId)"\s*:\s*(?:"((?:[^"\\\r\n]|\\.){1,200})"|(\d{1,40})\b)')
MAX_SEARCH_DEPTH = 8


def body_text(response: httpx.Response) -> str:
    """The body as text, or "" when it could not be read or decoded (e.g. a broken gzip stream)."""
    try:
        return response.text
    except (httpx.HTTPError, httpx.StreamError, ValueError, LookupError):
        return ""


def loads(text: str) -> Any:
    """JSON from text as servers really send it (BOM, trailing NULs or whitespace); None when it is not JSON."""
    cleaned = text.lstrip("\ufeff").rstrip("\x00 \t\r\n")
    try:
        return json.loads(cleaned)
    except (ValueError, RecursionError):
        return None


def _ids(node: Any, depth: int) -> Iterator[str]:
    if depth > MAX_SEARCH_DEPTH:
        return
    if isinstance(node, dict):
        for key in TASK_ID_KEYS:
            value = node.get(key)
            if isinstance(value, str) and value.strip():
                yield value.strip()
            elif isinstance(value, int) and not isinstance(value, bool):
                yield str(value)
        for value in node.values():
            yield from _ids(value, depth + 1)
    elif isinstance(node, list):
        for item in node[:50]:
            yield from _ids(item, depth + 1)


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
    stripped = text.strip()
    return stripped[:200] if stripped else f"HTTP {status}"


class Scrubber:
    """Removes secrets (the API key, URL passwords) from any text before it is shown or kept."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return URL_CREDENTIALS.sub(r"\1[redacted]@", text)


URL_CREDENTIALS = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/\s@]+@")


def key_of(request: httpx.Request | None) -> list[str]:
    """The secret a request carried in its Authorization header (so server echoes of it can be removed)."""
    if request is None:
        return []
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return [token.strip()] if scheme.lower() == "bearer" and token.strip() else []


def scrub(text: str, request: httpx.Request | None = None, extra: Iterable[str] = ()) -> str:
    return Scrubber([*key_of(request), *extra])(text)
