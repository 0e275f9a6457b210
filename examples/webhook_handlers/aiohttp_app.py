"""Receiving MusicAPI webhooks with aiohttp.

Run: python -m aiohttp.web -H 127.0.0.1 -P 8080 examples.webhook_handlers.aiohttp_app:make_app
"""

from __future__ import annotations

import os

from aiohttp import web

import musicapi_runtime as rt

seen = rt.SeenWebhooks()  # per process; keep delivery ids in your database when you run several
received: list[rt.WebhookEvent] = []  # stands for your own work queue


async def musicapi_webhook(request: web.Request) -> web.Response:
    body = await request.read()  # the raw bytes, exactly as received: verify before parsing anything
    try:
        event = rt.verify_webhook(request.headers, body, os.environ["MUSICAPI_WEBHOOK_SECRET"])
    except rt.WebhookVerificationError as error:
        return web.Response(status=401, text=error.message)
    if seen.first_time(event):  # deliveries are retried until they get a 2xx: handle each once
        received.append(event)  # e.g. await rt.adownload(event.task, ...) in a background task
    return web.Response(status=204)


def make_app(argv: list[str] | None = None) -> web.Application:
    app = web.Application()
    app.router.add_post("/musicapi/webhook", musicapi_webhook)
    return app
