"""Receiving MusicAPI webhooks with FastAPI (run: uvicorn examples.webhook_handlers.fastapi_app:app)."""

from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException, Request, Response

import musicapi_runtime as rt

app = FastAPI()
seen = rt.SeenWebhooks()  # per process; keep delivery ids in your database when you run several
received: list[rt.WebhookEvent] = []  # stands for your own work queue


@app.post("/musicapi/webhook", status_code=204)
async def musicapi_webhook(request: Request) -> Response:
    body = await request.body()  # the raw bytes, exactly as received: verify before parsing anything
    try:
        event = rt.verify_webhook(request.headers, body, os.environ["MUSICAPI_WEBHOOK_SECRET"])
    except rt.WebhookVerificationError as error:
        raise HTTPException(status_code=401, detail=error.message) from None
    if seen.first_time(event):  # deliveries are retried until they get a 2xx: handle each once
        received.append(event)  # e.g. enqueue rt.download(event.task, ...); answer quickly
    return Response(status_code=204)
