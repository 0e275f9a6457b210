"""What the command prints: safe on any terminal, and never lost after a paid create.

Server text is untrusted: control characters (an escape sequence in a title could rename the window or clear
the screen) are shown escaped, lone surrogates become U+FFFD, and absent fields are left out. Results go to
stdout, everything else (progress, notes, errors) to stderr; a failing stdout is reported, not a traceback.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from typing import Any

# C0 and C1 controls (but for nothing: \n \t are escaped too) and the bidirectional overrides.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


class OutputFailed(Exception):
    """stdout could not be written (closed, full)."""


def valid(text: str) -> str:
    """Text with lone surrogates replaced (a server that cuts a string mid-emoji sends them)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Through UTF-16: a split pair becomes its character again, a lone half one U+FFFD.
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def safe(value: object) -> str:
    """One value for a terminal line: valid text, every control character escaped."""
    try:
        text = valid(str(value))
    except Exception:  # a str() that fails (a number too long to print): still one line
        text = f"<{type(value).__name__}>"
    return UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def clean(value: Any) -> Any:
    """JSON data with every string valid and every number printable (NaN and infinities become null)."""
    if isinstance(value, str):
        return valid(value)
    if isinstance(value, dict):
        return {valid(str(k)): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def dumps(data: Any) -> str:
    """JSON for stdout: json.dumps escapes C0 controls itself; C1 controls and bidirectional overrides (which
    a terminal may act on) are escaped as \\uXXXX too, which leaves the JSON equal."""
    import musicapi_runtime as rt  # redact_secret_fields loads no HTTP stack: plain Python

    # No secret field's value either (a webhook_secret a server echoed, which this process may never have held).
    text = json.dumps(clean(rt.redact_secret_fields(data)), ensure_ascii=False, default=str)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


HIDDEN: list[str] = []  # secrets the command holds besides the key: `webhook listen`'s own webhook secret


def hide(secret: str) -> None:
    """Never print `secret` (nor a start of it holding half of it, nor an escaped form; 4 characters or more)."""
    HIDDEN.append(secret)


def secret_free(text: str) -> str:
    """`text` without the API key the command runs with, nor any secret it holds (hide) or the runtime was given
    (a webhook_secret sent with a create): a server may echo them in any field."""
    import musicapi_runtime as rt  # redact_secrets loads no HTTP stack: plain Python

    return rt.redact_secrets(text, also=[os.environ.get("MUSICAPI_API_KEY", "").strip(), *HIDDEN])


def show_warnings() -> None:
    """The runtime's warnings (a retry, a poll that failed, a file a clip lacks), each a note on stderr: the
    library prints nothing itself (a NullHandler); MUSICAPI_LOG=LEVEL shows its own log instead."""
    import logging

    logger = logging.getLogger("musicapi")
    if os.environ.get("MUSICAPI_LOG", "").strip() or any(getattr(h, "notes", False) for h in logger.handlers):
        return

    class Notes(logging.Handler):
        notes = True

        def emit(self, record: logging.LogRecord) -> None:
            note(f"musicapi: {record.getMessage()}")

    logger.addHandler(Notes(logging.WARNING))


def out(text: str) -> None:
    """A result line on stdout, flushed now so that a failure shows here and not at exit."""
    text = secret_free(text)
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError) as error:  # ValueError: closed; AttributeError: no stdout at all
        silence_stdout()
        raise OutputFailed(getattr(error, "strerror", None) or str(error) or type(error).__name__) from None


def note(text: str) -> None:
    """A line on stderr; if even stderr is gone there is nowhere left to say anything."""
    text = secret_free(text)
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's own flush at exit cannot fail loudly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
