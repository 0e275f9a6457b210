"""Receiving webhook deliveries safely: verify first, then trust.

`verify_webhook(headers, body, secret)` checks the signature the spec describes (HMAC-SHA256 of
"<timestamp>.<raw body>", `sha256=<hex>`), compared in constant time, and refuses timestamps outside the
tolerance (replays). Only then is the body parsed, into the spec's task model. Anything else raises
`WebhookVerificationError`, whose message never holds the secret. `SeenWebhooks` drops repeated deliveries.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import musicapi_spec as facts
from musicapi_spec.model import Webhook
from musicapi_spec.results import Task
from musicapi_spec.webhook import ALGORITHMS, digest, signature

from ._calls import parse
from ._errors import ResponseValidationError, WebhookVerificationError
from ._raw import decoded, scrub_chain, task_id_in
from ._redact import known_secrets, may_hold, redact
from ._spec import model
from ._tasks import status_of

DEFAULT_TOLERANCE = 300.0  # seconds, as Stripe and Svix


class SupportsItems(Protocol):
    """Header objects with an `items()` of (name, value) pairs (werkzeug, http.client.HTTPMessage, ...)."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


@dataclass(frozen=True)
class WebhookEvent:
    """A verified delivery: `id` (the same on every retry), `event` (e.g. song.completed), when it was signed,
    and the task it reports (the task model of the webhook's family, unknown fields kept). Only the body and the
    signature are covered by the signature: trust `task` (its `status`), not the unsigned `event` header, for what
    happened."""

    id: str
    event: str
    timestamp: int | None
    task: Task  # read with any secret of this process it quotes replaced by [redacted]
    body: bytes = field(repr=False)  # exactly as signed (so it may quote a secret: not in repr)
    signature: str = ""  # the hex digest that matched (a replay under another id has the same one)

    @property
    def task_id(self) -> str | None:
        """The task's id, when the body carries one, wherever and however (a number too): the one task-id finder
        of the runtime (raw.task_id_in), as for the answers to paid calls."""
        return task_id_in(decoded(self.body))

    @property
    def status(self) -> str:
        """The task's top-level status word (its family's), "" when it has none."""
        return status_of(self.task) or ""


Headers = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]] | SupportsItems


def _text(value: object) -> str:
    """A header name or value as text (ASGI servers hand over bytes, which HTTP defines as Latin-1)."""
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("latin-1")
    if isinstance(value, str):
        return value
    raise TypeError(type(value).__name__)


def _pairs(headers: object) -> Iterable[object]:
    items = getattr(headers, "items", None)
    if callable(items):  # dict, starlette, werkzeug, aiohttp/multidict, http.client.HTTPMessage: every pair
        found: Iterable[object] = items()
        return found
    if isinstance(headers, str | bytes) or not isinstance(headers, Iterable):
        raise TypeError(type(headers).__name__)
    return headers


def _headers(headers: object, wanted: set[str]) -> dict[str, str]:
    """The headers verification reads, by lower-case name. One of them sent twice with different values is
    refused (which would be trusted?); other headers may repeat (proxies add X-Forwarded-For, Via, ...)."""
    folded: dict[str, str] = {}
    try:
        for pair in _pairs(headers):
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise TypeError(type(pair).__name__)
            name, value = _text(pair[0]), _text(pair[1])
            key = name.strip().lower()
            if key not in wanted:
                continue
            if key in folded and folded[key] != value:
                raise WebhookVerificationError(f"the {name.strip()} header was sent twice with different values")
            folded[key] = value
    except (TypeError, ValueError, UnicodeError):
        raise WebhookVerificationError(
            "headers must be the request's headers: a mapping or (name, value) pairs"
        ) from None
    return folded


def _provided(name: str, value: str, prefix: str, size: int, *, prefix_required: bool) -> list[str]:
    """The hex digests in a signature header ("sha256=<hex>"; several separated by spaces or commas)."""
    expected = f"{prefix}<{size} hex digits>" if prefix_required else "<hex digest>"
    found = []
    for part in value.replace(",", " ").split():
        if part[: len(prefix)].lower() == prefix.lower():
            hexdigest = part[len(prefix) :]
        elif prefix_required:
            raise WebhookVerificationError(f"malformed {name} header: expected {expected}")
        else:
            hexdigest = part
        if len(hexdigest) != size or any(c not in "0123456789abcdefABCDEF" for c in hexdigest):
            raise WebhookVerificationError(f"malformed {name} header: expected {expected}")
        found.append(hexdigest.lower())
    if not found:
        raise WebhookVerificationError(f"empty {name} header: expected {expected}")
    return found


@dataclass(frozen=True)
class _Signed:
    stamp: str | None  # the timestamp signed with the body (None: the legacy scheme, body alone)
    candidates: list[str]  # the hex digests the headers offer


def check_webhook_headers(
    headers: Headers,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    legacy: bool = False,
    now: float | None = None,
    webhook: str | None = None,
) -> None:
    """What `verify_webhook` checks before it reads the body: the signature headers are there and well formed,
    and the timestamp is within the tolerance. A server reading the body itself can refuse (401) a delivery that
    fails here before receiving a byte of it; WebhookVerificationError otherwise nothing. Passing it proves
    nothing yet: only `verify_webhook` checks the signature."""
    _signed(headers, tolerance, legacy, now, webhook)


check_headers = check_webhook_headers  # its 0.4 name (musicapi_runtime.webhooks.check_headers)


def _signed(
    headers: Headers, tolerance: float, legacy: bool, now: float | None, webhook: str | None
) -> tuple[dict[str, str], _Signed]:
    if webhook is not None and webhook not in facts.WEBHOOKS:
        raise WebhookVerificationError(f"unknown webhook {webhook!r}: the spec defines {', '.join(facts.WEBHOOKS)}")
    if (
        isinstance(tolerance, bool)
        or not isinstance(tolerance, int | float)
        or not (0 < tolerance < math.inf)  # NaN fails too; infinity would turn replay protection off
    ):
        raise WebhookVerificationError(f"tolerance must be a positive, finite number of seconds, got {tolerance!r}")
    scheme = signature(webhook)
    hook = facts.WEBHOOKS[webhook or next(iter(facts.WEBHOOKS))]
    names = (scheme.header, scheme.timestamp_header, scheme.legacy_header, hook.id_header, hook.event_header)
    found = _headers(headers, {n.lower() for n in names})
    size = ALGORITHMS[scheme.algorithm]().digest_size * 2
    header = found.get(scheme.header.lower())
    if header is not None:
        stamp = found.get(scheme.timestamp_header.lower(), "").strip()
        if not stamp:
            raise WebhookVerificationError(f"missing {scheme.timestamp_header} header")
        if not (stamp.isascii() and stamp.isdigit()) or len(stamp) > 12:
            raise WebhookVerificationError(f"malformed {scheme.timestamp_header} header: expected Unix seconds")
        timestamp = int(stamp)
        clock = time.time() if now is None else now
        if not math.isfinite(clock) or abs(clock - timestamp) > tolerance:
            raise WebhookVerificationError(
                f"stale or future timestamp: {scheme.timestamp_header} is {abs(clock - timestamp):.0f}s from now "
                f"(tolerance {tolerance:g}s): a replay or a wrong clock"
            )
        return found, _Signed(stamp, _provided(scheme.header, header, scheme.prefix, size, prefix_required=True))
    if legacy and (old := found.get(scheme.legacy_header.lower())) is not None:
        return found, _Signed(None, _provided(scheme.legacy_header, old, scheme.prefix, size, prefix_required=False))
    wanted = f"{scheme.header} or {scheme.legacy_header}" if legacy else scheme.header
    raise WebhookVerificationError(f"missing {wanted} header")


def verify_webhook(
    headers: Headers,
    body: bytes,
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    legacy: bool = False,
    now: float | None = None,
    webhook: str | None = None,
) -> WebhookEvent:
    """Verify a delivery and return it parsed; raise WebhookVerificationError otherwise.

    `headers`: the request's headers, as any web framework hands them over: a mapping (dict, starlette/FastAPI,
    werkzeug/Flask, aiohttp, http.server) or (name, value) pairs, str or bytes; names are case-insensitive.
    `body`: the raw body bytes exactly as received (parse nothing before verifying). `tolerance`: how many
    seconds the signing time may be from now, either way (replays). `legacy=True` also accepts the older
    scheme (X-Signature: HMAC of the raw body alone, no timestamp) when the new headers are absent; it has no
    replay protection, so it is off unless asked for. No message ever holds the secret."""
    if not secret or not isinstance(secret, str | bytes):
        raise WebhookVerificationError("no webhook secret given")
    if isinstance(secret, str) and not _encodable(secret):
        # What os.environ holds for a variable that is not UTF-8: the signer could not have used it either.
        raise WebhookVerificationError("the webhook secret is not valid UTF-8 text")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise WebhookVerificationError("pass the raw body as bytes, exactly as received")
    raw = bytes(body)
    found, signed = _signed(headers, tolerance, legacy, now, webhook)
    if signed.stamp is not None:
        expected = digest(secret, raw, signed.stamp, webhook=webhook)
    else:
        expected = digest(secret, raw, legacy=True, webhook=webhook)
    if not any(hmac.compare_digest(expected, candidate) for candidate in signed.candidates):
        raise WebhookVerificationError("signature mismatch: wrong secret, or the body was changed")
    timestamp = None if signed.stamp is None else int(signed.stamp)
    shown = [*known_secrets(), secret if isinstance(secret, str) else secret.decode("utf-8", "replace")]
    return _event(found, raw, timestamp, webhook, expected, shown)


def _event(
    found: dict[str, str], raw: bytes, timestamp: int | None, webhook: str | None, sig: str, secrets: list[str]
) -> WebhookEvent:
    try:
        data = json.loads(raw)
        if may_hold(raw, secrets) or raw[:4].count(0):  # quoted secrets out of the task (a UTF-16 body: checked)
            data = json.loads(redact(json.dumps(data, ensure_ascii=False), secrets))
    except (ValueError, RecursionError) as bad:
        scrub_chain(bad, extra=secrets)  # a JSONDecodeError keeps the body (its context, though not printed)
        raise WebhookVerificationError("the signed body is not JSON") from None
    hook = facts.WEBHOOKS[webhook] if webhook else _closest(data)
    try:
        task: Task = parse(model(hook.payload), data)
    except ResponseValidationError as error:
        raise WebhookVerificationError(f"the signed body is not a task: {error.message}") from None
    event_id = found.get(hook.id_header.lower()) or f"sha256:{hashlib.sha256(raw).hexdigest()}"
    return WebhookEvent(event_id, found.get(hook.event_header.lower(), ""), timestamp, task, raw, sig)


def _closest(data: object) -> Webhook:
    """The webhook whose payload (a family's task) a delivery's body looks most like, by the fields it has and
    its clips have, and whether it has the top-level state word of families that have one; ties go to the spec's
    first. Deliveries do not say which family sent them (pass webhook= to decide it yourself)."""
    hooks = list(facts.WEBHOOKS.values())
    if len(hooks) == 1 or not isinstance(data, dict):
        return hooks[0]

    def fit(hook: Webhook) -> int:
        family = facts.FAMILIES[hook.family]
        known = set(_names(hook.payload))
        score = sum(1 for key in data if key in known)
        if family.status:  # a family whose tasks always say their state: its word weighs, its absence too
            score += 2 if family.status in data else -2
        clips = data.get(family.clips) if family.clips else None
        if isinstance(clips, list) and clips and isinstance(clips[0], dict):
            score += sum(1 for key in clips[0] if key in set(_names(family.clip)))
        return score

    return max(hooks, key=fit)  # max keeps the first of equals


def _names(schema: str) -> tuple[str, ...]:
    """The JSON names of a generated model's fields (its to_dict of an empty instance would not show them)."""
    return tuple(name.rstrip("_") for name in getattr(model(schema), "__match_args__", ()))


class SeenWebhooks:
    """Remembers deliveries, so a repeated one is handled once: `if seen.first_time(event): handle(...)`.

    A delivery counts as seen when its id was seen (the server's retries), or its signature was (the id header
    is not signed: a replay under a new id, within the tolerance, carries the same signature). Only a first
    delivery is recorded: a replay under a chosen id never marks that id as seen (the real delivery of that id
    would be dropped). Keeps the newest `capacity` deliveries in memory (per process; use your database for
    more). Thread-safe."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._signatures: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event: WebhookEvent | str) -> bool:
        """True the first time a delivery (or a delivery id) is seen; False for a repeat."""
        event_id, sig = (event.id, event.signature) if isinstance(event, WebhookEvent) else (event, "")
        with self._lock:
            if event_id in self._ids or (bool(sig) and sig in self._signatures):
                return False
            for seen, key in ((self._ids, event_id), (self._signatures, sig)):
                if key:
                    seen[key] = None
                    while len(seen) > self.capacity:
                        seen.popitem(last=False)
            return True


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
