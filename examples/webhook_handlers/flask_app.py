"""Receiving MusicAPI webhooks with Flask (run: flask --app examples.webhook_handlers.flask_app run)."""

from __future__ import annotations

import os

from flask import Flask, request

import musicapi_runtime as rt

app = Flask(__name__)
seen = rt.SeenWebhooks()  # per process; keep delivery ids in your database when you run several
received: list[rt.WebhookEvent] = []  # stands for your own work queue


@app.post("/musicapi/webhook")
def musicapi_webhook() -> tuple[str, int]:
    body = request.get_data()  # the raw bytes, before request.json or request.form touch them
    try:
        event = rt.verify_webhook(request.headers, body, os.environ["MUSICAPI_WEBHOOK_SECRET"])
    except rt.WebhookVerificationError as error:
        return error.message, 401
    if seen.first_time(event):  # deliveries are retried until they get a 2xx: handle each once
        received.append(event)  # e.g. enqueue rt.download(event.task, ...); answer quickly
    return "", 204
