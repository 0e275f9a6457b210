"""One logger, "musicapi". MUSICAPI_LOG=debug (or info, warning) prints it to stderr; secrets never appear.

A library prints nothing its program did not ask for: the logger has a NullHandler (as the logging HOWTO advises
libraries), so without logging configured, Python's last-resort handler does not put its warnings (retries, a
file a clip lacks) on stderr. A program that configures logging sees them; the `musicapi` command shows its
warnings itself."""

from __future__ import annotations

import logging
import os
import re

import httpx

from ._raw import scrub

logger = logging.getLogger("musicapi")
logger.addHandler(logging.NullHandler())


# C0 and C1 controls and the bidirectional overrides: a server's text in a log line must not act on the
# terminal that shows it, nor forge log lines (a newline).
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


class _Scrubbed(logging.Filter):
    """Every record of the library's logger without API keys or URL passwords (a title or an error the server
    sent may quote them), control characters escaped and lone surrogates replaced."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        cleaned = CONTROLS.sub(_escaped, scrub(message))
        cleaned = cleaned.encode("utf-8", "replace").decode("utf-8") if not cleaned.isascii() else cleaned
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


logger.addFilter(_Scrubbed())

SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
# A JSON string under a key that names a secret (webhook_secret): its value never reaches the log.
SECRET_FIELD = re.compile(r'("[^"]*secret[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"?', re.IGNORECASE)


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {name: "[redacted]" if name.lower() in SECRET_HEADERS else value for name, value in headers.items()}


def request_line(request: httpx.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def log_exchange(request: httpx.Request, response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        body = request.content[:100_000].decode("utf-8", "replace") if request.content else ""
        body = SECRET_FIELD.sub(r'\1"[redacted]"', body)[:500]
        logger.debug("request %s headers=%s body=%s", request_line(request), redacted_headers(request.headers), body)
        logger.debug(
            "response %s -> %d headers=%s",
            request_line(request),
            response.status_code,
            redacted_headers(response.headers),
        )


def configure_from_env() -> None:
    """Honour MUSICAPI_LOG once: attach a stderr handler at that level (idempotent)."""
    level_name = os.environ.get("MUSICAPI_LOG", "").strip().upper()
    if not level_name:
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    logger.setLevel(level)
    if not any(getattr(h, "_musicapi", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._musicapi = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
