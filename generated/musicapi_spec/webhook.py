"""Signing webhook deliveries as the spec's `x-signature` describes (copied into generated/musicapi_spec/ by
`make generate`; edit codegen/spec_modules/webhook.py). The sandbox signs with it and the runtime verifies with it."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from typing import Any

from . import WEBHOOKS
from .model import Signature

ALGORITHMS: dict[str, Callable[..., Any]] = {"HMAC-SHA256": hashlib.sha256}


def signature(webhook: str | None = None) -> Signature:
    """The signing scheme of a webhook of the spec (the only one when `webhook` is None)."""
    return WEBHOOKS[webhook or next(iter(WEBHOOKS))].signature


def signed_bytes(template: str, timestamp: str, body: bytes) -> bytes:
    """What the HMAC covers: the template ("{timestamp}.{body}") filled in, with the body's exact bytes."""
    before, _, after = template.partition("{body}")
    return before.format(timestamp=timestamp).encode() + body + after.format(timestamp=timestamp).encode()


def digest(
    secret: str | bytes, body: bytes, timestamp: str = "", *, legacy: bool = False, webhook: str | None = None
) -> str:
    """The hex HMAC of a delivery (without the prefix)."""
    scheme = signature(webhook)
    template = scheme.legacy_signed if legacy else scheme.signed
    key = secret.encode() if isinstance(secret, str) else secret
    hash_function = ALGORITHMS[scheme.algorithm]
    return hmac.new(key, signed_bytes(template, timestamp, body), hash_function).hexdigest()


def sign(secret: str | bytes, body: bytes, timestamp: str, *, webhook: str | None = None) -> str:
    """The signature header's value for a delivery, e.g. "sha256=<hex>"."""
    return signature(webhook).prefix + digest(secret, body, timestamp, webhook=webhook)
