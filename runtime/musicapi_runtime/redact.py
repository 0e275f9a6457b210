"""Secrets out of text: a key echoed whole, or cut short (servers truncate what they quote), becomes [redacted].

Plain Python (json only for a secret that JSON would escape): the CLI uses it on every line it prints without
loading the HTTP stack.
"""

from __future__ import annotations

from collections.abc import Iterable

SHOWN = "[redacted]"
MIN_PREFIX = 8  # a quoted start of a key this long, and at least half the key, goes too


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with each secret, and any start of one that holds at least half of it, replaced by [redacted];
    also as a JSON string writes it (a body quoting the secret escapes its "/", quotes or non-ASCII letters)."""
    forms = {form for secret in secrets if len(secret) >= 4 for form in _escaped(secret)}
    for secret in sorted(forms, key=len, reverse=True):
        if len(secret) < 4:
            continue
        text = text.replace(secret, SHOWN)
        shortest = max(MIN_PREFIX, (len(secret) + 1) // 2)
        if len(secret) > shortest:
            text = _prefixes(text, secret, shortest)
    return text


ESCAPED_ASCII = frozenset('"\\/')  # the ASCII characters JSON may escape, besides controls


def _escaped(secret: str) -> set[str]:
    """The secret, and how JSON encoders write it inside a string (ASCII-only or not, "/" escaped or not)."""
    if secret.isascii() and secret.isprintable() and ESCAPED_ASCII.isdisjoint(secret):
        return {secret}  # nothing to escape: the common case, without importing json
    import json

    forms = {secret, json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    return forms | {form.replace("/", "\\/") for form in forms}


def _prefixes(text: str, secret: str, shortest: int) -> str:
    start, head, parts = 0, secret[:shortest], []
    while (found := text.find(head, start)) != -1:
        end = found + shortest
        while end < len(text) and end - found < len(secret) and text[end] == secret[end - found]:
            end += 1
        parts += [text[start:found], SHOWN]
        start = end
    return "".join(parts) + text[start:] if parts else text
