"""Webhook deliveries, as the spec's `webhooks` describe them: when a task that carries a `webhook_url`
finishes or fails, its poll body is POSTed there, signed (musicapi_spec.webhook), and retried with backoff on
any answer but a 2xx, with the same delivery id each time. Only to this machine (a loopback address, or
localhost) unless told otherwise (`--webhooks-anywhere`): a sandbox run from an example that names
https://me.example/hook should not knock on a stranger's door; such a delivery is recorded, not sent."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import yarl

from musicapi_spec.model import Webhook
from musicapi_spec.webhook import sign

log = logging.getLogger("musicapi_sandbox")


@dataclass
class Delivery:
    hook: Webhook  # the spec's webhook it is (its headers, its signature)
    url: str
    secret: str
    body: dict[str, Any]
    finished: bool  # done (else failed)
    id: str = field(default_factory=lambda: f"evt_{uuid.uuid4().hex}")
    attempts: list[int] = field(default_factory=list)  # the HTTP status of each attempt (0: no answer)
    skipped: str | None = None  # why it was not sent (a host outside this machine)


def local(url: str) -> bool:
    """Whether `url` points at this machine: localhost or a loopback address, as aiohttp (yarl) reads the host."""
    try:
        host = yarl.URL(url).host or ""
    except (ValueError, TypeError):
        return False
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Deliverer:
    """Sends deliveries in the background; `retries` more attempts after the first, `backoff` seconds apart
    (doubling each time); to hosts outside this machine only when `anywhere`."""

    def __init__(self, retries: int, backoff: float, anywhere: bool = False) -> None:
        self.retries, self.backoff, self.anywhere = retries, backoff, anywhere
        self.sent: list[Delivery] = []
        self.pending: set[asyncio.Task[None]] = set()
        self.session: aiohttp.ClientSession | None = None

    def schedule(self, delay: float, delivery: Delivery) -> None:
        task = asyncio.get_running_loop().create_task(self._run(delay, delivery))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    @staticmethod
    def event(delivery: Delivery) -> str:
        meaning = "done" if delivery.finished else "failed"
        return next(value for value, phase in delivery.hook.event_phases.items() if phase == meaning)

    def headers(self, delivery: Delivery, raw: bytes) -> dict[str, str]:
        stamp = str(int(time.time()))
        hook = delivery.hook
        signature = hook.signature
        names = {name.lower(): name for name in hook.headers}
        values = {
            hook.id_header: delivery.id,
            hook.event_header: self.event(delivery),
            signature.timestamp_header: stamp,
            signature.header: sign(delivery.secret, raw, stamp, webhook=hook.name),
            "Content-Type": "application/json",
        }
        # Headers the spec lists without a role (Idempotency-Key) repeat the delivery id.
        for lower, name in names.items():
            if name not in values and lower != signature.legacy_header.lower():
                values[name] = delivery.id
        return values

    async def _run(self, delay: float, delivery: Delivery) -> None:
        await asyncio.sleep(delay)
        self.sent.append(delivery)
        if not self.anywhere and not local(delivery.url):
            delivery.skipped = "not a loopback address (the sandbox sends there with --webhooks-anywhere)"
            log.info("webhook %s to %s not sent: %s", delivery.id, delivery.url, delivery.skipped)
            return
        raw = json.dumps(delivery.body).encode()
        if self.session is None:
            self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        wait = self.backoff
        for attempt in range(self.retries + 1):
            status = 0
            try:
                async with self.session.post(delivery.url, data=raw, headers=self.headers(delivery, raw)) as answer:
                    status = answer.status
            except (aiohttp.ClientError, TimeoutError, OSError) as error:
                log.info("webhook %s to %s: %s", delivery.id, delivery.url, type(error).__name__)
            delivery.attempts.append(status)
            if 200 <= status < 300:
                return
            if attempt < self.retries:
                await asyncio.sleep(wait)
                wait *= 2

    async def close(self) -> None:
        for task in list(self.pending):
            task.cancel()
        if self.session is not None:
            await self.session.close()
