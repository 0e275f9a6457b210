"""Secrets out of text: a key echoed whole, or cut short (servers truncate what they quote), becomes [redacted].

Plain Python, no imports: the CLI uses it on every line it prints without loading the HTTP stack.
"""

from __future__ import annotations

from collections.abc import Iterable

SHOWN = "[redacted]"
MIN_PREFIX = 8  # a quoted start of a key this long, and at least half the key, goes too


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with each secret, and any start of one that holds at least half of it, replaced by [redacted]."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) < 4:
            continue
        text = text.replace(secret, SHOWN)
        shortest = max(MIN_PREFIX, (len(secret) + 1) // 2)
        if len(secret) > shortest:
            text = _prefixes(text, secret, shortest)
    return text


def _prefixes(text: str, secret: str, shortest: int) -> str:
    start, head, parts = 0, secret[:shortest], []
    while (found := text.find(head, start)) != -1:
        end = found + shortest
        while end < len(text) and end - found < len(secret) and text[end] == secret[end - found]:
            end += 1
        parts += [text[start:found], SHOWN]
        start = end
    return "".join(parts) + text[start:] if parts else text
