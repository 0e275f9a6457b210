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
from dataclasses import dataclass

import musicapi_spec as facts
from musicapi_client.models import ProducerTask
from musicapi_spec.webhook import digest, signature

from .calls import parse
from .errors import ResponseValidationError, WebhookVerificationError
from .raw import task_id_in
from .tasks import text

DEFAULT_TOLERANCE = 300.0  # seconds, as Stripe and Svix


@dataclass(frozen=True)
class WebhookEvent:
    """A verified delivery: `id` (the same on every retry), `event` (e.g. song.completed), when it was signed,
    and the task it reports (the spec's ProducerTask, unknown fields kept)."""

    id: str
    event: str
    timestamp: int | None
    task: ProducerTask
    body: bytes

    @property
    def task_id(self) -> str | None:
        """The task's id, when the body carries one, wherever and however (a number too): the one task-id finder
        of the runtime (raw.task_id_in), as for the answers to paid calls."""
        return task_id_in(self.body.decode("utf-8", "replace"))

    @property
    def status(self) -> str:
        return text(self.task.status)


def _headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header names folded to lower case; a header sent twice with different values is refused."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    folded: dict[str, str] = {}
    for name, value in items:
        key = str(name).lower()
        if key in folded and folded[key] != str(value):
            raise WebhookVerificationError(f"the {name} header was sent twice with different values")
        folded[key] = str(value)
    return folded


def _provided(value: str, prefix: str) -> list[str]:
    """The hex digests in a signature header ("sha256=<hex>", several separated by spaces or commas)."""
    found = []
    for part in value.replace(",", " ").split():
        hexdigest = part[len(prefix) :] if part.lower().startswith(prefix.lower()) else part
        if not hexdigest or any(c not in "0123456789abcdefABCDEF" for c in hexdigest):
            raise WebhookVerificationError("malformed signature header: expected sha256=<hex>")
        found.append(hexdigest.lower())
    if not found:
        raise WebhookVerificationError("empty signature header")
    return found


def verify_webhook(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    body: bytes,
    secret: str | bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    legacy: bool = False,
    now: float | None = None,
    webhook: str | None = None,
) -> WebhookEvent:
    """Verify a delivery and return it parsed; raise WebhookVerificationError otherwise.

    `headers`: the request's headers (any mapping or (name, value) pairs; names are case-insensitive).
    `body`: the raw body bytes exactly as received (parse nothing before verifying). `legacy=True` also
    accepts the older scheme (X-Signature: HMAC of the raw body alone, no timestamp) when the new
    headers are absent; it has no replay protection, so it is off unless asked for."""
    if not secret:
        raise WebhookVerificationError("no webhook secret given")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise WebhookVerificationError("pass the raw body as bytes, exactly as received")
    if isinstance(tolerance, bool) or not (isinstance(tolerance, int | float) and tolerance > 0):
        raise WebhookVerificationError(f"tolerance must be a positive number of seconds, got {tolerance!r}")
    raw = bytes(body)
    scheme = signature(webhook)
    found = _headers(headers)
    header = found.get(scheme.header.lower())
    timestamp: int | None = None
    if header is not None:
        stamp = found.get(scheme.timestamp_header.lower(), "").strip()
        if not stamp:
            raise WebhookVerificationError(f"missing {scheme.timestamp_header} header")
        if not stamp.isdigit() or len(stamp) > 12:
            raise WebhookVerificationError(f"malformed {scheme.timestamp_header}: expected Unix seconds")
        timestamp = int(stamp)
        clock = time.time() if now is None else now
        if not math.isfinite(clock) or abs(clock - timestamp) > tolerance:
            raise WebhookVerificationError(
                f"the timestamp is {abs(clock - timestamp):.0f}s away from now (tolerance {tolerance:g}s): "
                "a replay or a wrong clock"
            )
        expected = digest(secret, raw, stamp, webhook=webhook)
        candidates = _provided(header, scheme.prefix)
    elif legacy and (old := found.get(scheme.legacy_header.lower())) is not None:
        expected = digest(secret, raw, legacy=True, webhook=webhook)
        candidates = _provided(old, scheme.prefix)
    else:
        wanted = f"{scheme.header} or {scheme.legacy_header}" if legacy else scheme.header
        raise WebhookVerificationError(f"missing {wanted} header")
    if not any(hmac.compare_digest(expected, candidate) for candidate in candidates):
        raise WebhookVerificationError("signature mismatch: wrong secret, or the body was changed")
    return _event(found, raw, timestamp, webhook)


def _event(found: dict[str, str], raw: bytes, timestamp: int | None, webhook: str | None) -> WebhookEvent:
    hook = facts.WEBHOOKS[webhook or next(iter(facts.WEBHOOKS))]
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("the signed body is not JSON") from None
    try:
        task = parse(ProducerTask, data)
    except ResponseValidationError as error:
        raise WebhookVerificationError(f"the signed body is not a task: {error.message}") from None
    event_id = found.get(hook.id_header.lower()) or f"sha256:{hashlib.sha256(raw).hexdigest()}"
    return WebhookEvent(event_id, found.get(hook.event_header.lower(), ""), timestamp, task, raw)


class SeenWebhooks:
    """Remembers delivery ids, so a repeated delivery is handled once: `if seen.first_time(event): handle(...)`.

    Keeps the newest `capacity` ids in memory (per process; use your database for more). Thread-safe."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event: WebhookEvent | str) -> bool:
        key = event.id if isinstance(event, WebhookEvent) else event
        with self._lock:
            if key in self._ids:
                self._ids.move_to_end(key)
                return False
            self._ids[key] = None
            while len(self._ids) > self.capacity:
                self._ids.popitem(last=False)
            return True
