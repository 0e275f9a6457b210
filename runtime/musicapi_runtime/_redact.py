"""Secrets out of text: a key echoed whole, or cut short (servers truncate what they quote), becomes [redacted].

Plain Python (no json, no HTTP stack): the CLI uses it on every line it prints. A secret is found as it is, and
as escape sequences write it, in any mix with plain characters: JSON's (`\\u0073`, `\\/`, `\\"`), and Python's
(`\\x1b`, `\\U0001f3b5`), which a body quoting it, or a line escaped for a terminal, may hold.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

SHOWN = "[redacted]"


def redact_secret_fields(data: object) -> object:
    """JSON data (dicts, lists) with the value of every field named as one of the spec's secret fields
    (format: password: webhook_secret) shown as [redacted]: a server that echoes one this process never held
    is caught too. Song records and the command's JSON output go through it."""
    return _without(data, _secret_names())


@lru_cache(maxsize=1)
def _secret_names() -> frozenset[str]:
    from musicapi_spec import VARIANTS  # the spec's facts (loaded already by whatever made the data)

    return frozenset(f.name for v in VARIANTS.values() for f in v.fields if f.secret)


def _without(value: object, names: frozenset[str]) -> object:
    if isinstance(value, dict):
        return {k: SHOWN if k in names and v not in (None, "") else _without(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_without(v, names) for v in value]
    return value


MIN_PREFIX = 8  # a quoted start of a key this long, and at least half the key, goes too
# Characters with a short escape of their own (JSON's, which Python's unicode_escape shares).
SHORT_ESCAPES = {"/": "/", '"': '"', "\\": "\\", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t"}


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with each secret, and any start of one that holds at least half of it, replaced by [redacted];
    also written with escape sequences (a body quoting the secret escapes its "/", quotes, non-ASCII letters,
    or every character)."""
    found = sorted({secret for secret in secrets if len(secret) >= 4}, key=len, reverse=True)
    if "\\" in text:  # an escaped form may be there: read escape sequences as the units they are
        for secret in found:
            text = _escaped_prefixes(text, secret)
    for secret in found:  # and as plain text (a backslash before it may be just a backslash)
        text = text.replace(secret, SHOWN)
        shortest = _shortest(secret)
        if len(secret) > shortest:
            text = _prefixes(text, secret, shortest)
    return text


def may_hold(content: bytes, secrets: Iterable[str]) -> bool:
    """False when UTF-8 `content` certainly holds none of the secrets in any form `redact` removes: a test on
    the bytes, without decoding them, for answers that are almost never an echo."""
    escapes = b"\\" in content and ESCAPES_IN_BYTES.search(content) is not None
    for secret in secrets:
        if len(secret) >= 4:
            head, shorts = _head_bytes(secret)
            if head in content or (shorts and b"\\" in content) or escapes:
                return True
    return False


ESCAPES_IN_BYTES = re.compile(rb"\\[uUx]")


@lru_cache(maxsize=512)
def _head_bytes(secret: str) -> tuple[bytes, bool]:
    """The shortest start of the secret that counts, as UTF-8; whether the secret has a short escape."""
    head = secret[: min(_shortest(secret), len(secret))]
    return head.encode("utf-8", "surrogatepass"), not SHORT_ESCAPES.keys().isdisjoint(secret)


def _shortest(secret: str) -> int:
    return max(MIN_PREFIX, (len(secret) + 1) // 2)


def _prefixes(text: str, secret: str, shortest: int) -> str:
    start, head, parts = 0, secret[:shortest], []
    while (found := text.find(head, start)) != -1:
        end = found + shortest
        while end < len(text) and end - found < len(secret) and text[end] == secret[end - found]:
            end += 1
        parts += [text[start:found], SHOWN]
        start = end
    return "".join(parts) + text[start:] if parts else text


def _escaped_prefixes(text: str, secret: str) -> str:
    """_prefixes, with every character of the secret matched as itself or as any escape of it. Escape
    sequences are skipped as units, so no match starts inside one ("\\n" then "token" is not "ntoken")."""
    gate, anywhere, scan, steps = _patterns(secret)
    if gate.search(text) is None or anywhere.search(text) is None:  # the common cases, fast
        return text
    start = at = 0
    parts = []
    while (match := scan.search(text, at)) is not None:
        at = match.end()
        if match.lastgroup != "secret":
            continue  # an escape sequence that does not start the secret
        for step in steps:  # as far as the secret goes on
            if (more := step.match(text, at)) is None:
                break
            at = more.end()
        parts += [text[start : match.start()], SHOWN]
        start = at
    return "".join(parts) + text[start:] if parts else text


ESCAPE = r"\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|.)"


Patterns = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...]]


@lru_cache(maxsize=512)
def _patterns(secret: str) -> Patterns:
    """A quick test for an escape that could be part of the secret (lyrics full of "\\n" need no more work);
    the secret's shortest start that counts, anywhere; a scanner finding it (or else the next escape sequence);
    and one regex per character after that start."""
    shortest = min(_shortest(secret), len(secret))
    head = "".join(_char(c) for c in secret[:shortest])
    scan = re.compile(f"(?P<secret>{head})|{ESCAPE}", re.DOTALL)
    shorts = "".join(re.escape(SHORT_ESCAPES[c]) for c in sorted(set(secret) & SHORT_ESCAPES.keys()))
    gate = re.compile(rf"\\[uUx{shorts}]")
    return gate, re.compile(head), scan, tuple(re.compile(_char(c), re.DOTALL) for c in secret[shortest:])


def _char(char: str) -> str:
    """A regex matching `char` as any escape sequence of it or as itself (escapes first: a backslash of the
    secret written as "\\\\" is one character)."""
    code = ord(char)
    forms = []
    if code > 0xFFFF:  # JSON writes a surrogate pair; Python \U and eight digits
        high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
        forms += [r"\\u" + _hex(high, 4) + r"\\u" + _hex(low, 4), r"\\U" + _hex(code, 8)]
    else:
        forms.append(r"\\u" + _hex(code, 4))
    if code < 0x100:
        forms.append(r"\\x" + _hex(code, 2))
    if char in SHORT_ESCAPES:
        forms.append(r"\\" + re.escape(SHORT_ESCAPES[char]))
    return "(?:" + "|".join([*forms, re.escape(char)]) + ")"


def _hex(number: int, width: int) -> str:
    """Hex digits of `number` as a regex that takes either case."""
    return "".join(f"[{d}{d.upper()}]" if d.isalpha() else d for d in f"{number:0{width}x}")


# The API keys of every client built in this process (connect() registers its key), and the secrets request
# bodies carried (_validation.py): any text the library shows or keeps is cleaned of them, wherever it came from
# (a server that echoes the key, a parse error quoting the body). Bounded per kind, newest kept, so that many
# per-task webhook secrets never push an API key out.
SecretKind = Literal["key", "field"]
_KNOWN: dict[SecretKind, OrderedDict[str, None]] = {"key": OrderedDict(), "field": OrderedDict()}
_KNOWN_LOCK = threading.Lock()
KEEP = 64  # of each kind
MIN_SECRET = 8  # shorter "keys" (tests, toys) would blank out ordinary words


def remember_secret(secret: str, kind: SecretKind = "key") -> None:
    """Scrub `secret` from every message, body and log line the library builds from now on."""
    if len(secret) < MIN_SECRET:
        return
    with _KNOWN_LOCK:
        known = _KNOWN[kind]
        known[secret] = None
        known.move_to_end(secret)
        while len(known) > KEEP:
            known.popitem(last=False)


def known_secrets() -> list[str]:
    with _KNOWN_LOCK:
        return [*_KNOWN["key"], *_KNOWN["field"]]


def redact_secrets(text: str, *, also: Iterable[str] = ()) -> str:
    """`text` without any secret this process gave the library (the key of every client connect() built, every
    webhook secret a create sent) nor those in `also`: whole, cut short, or escaped, each becomes [redacted].
    For lines your program prints or logs itself (the `musicapi` command cleans every line it prints so)."""
    return redact(text, [*also, *known_secrets()])
