"""Webhooks, start to finish: a local receiver verifies each delivery with verify_webhook, then downloads the song.

1. A small HTTP server (standard library) listens on 127.0.0.1. For each POST it verifies the signature and the
   timestamp against the raw body (nothing is parsed before), answers 401 to anything that fails and 204 to the
   rest, and drops repeated deliveries (SeenWebhooks).
2. A producer create carries `webhook_url` (the receiver) and a fresh `webhook_secret`.
3. No polling: the song arrives in the delivery, and its m4a and WAV are downloaded from there.

Against the local sandbox (started and stopped here), which delivers to loopback addresses over plain http. The
real API only delivers to a public HTTPS address: with MUSICAPI_API_KEY set, also set WEBHOOK_PUBLIC_URL to an
HTTPS URL that forwards to this receiver (a tunnel or a reverse proxy), and WEBHOOK_PORT to the local port.
Options: DEMO_OUT (default ./songs).

    python examples/webhooks.py
"""

from __future__ import annotations

import contextlib
import os
import queue
import secrets
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import musicapi_runtime as rt
from musicapi_client.models import ProducerCreateMusic

MAX_BODY = 10 * 1024 * 1024


@contextlib.contextmanager
def receiver(secret: str, port: int = 0) -> Iterator[tuple[str, queue.Queue[rt.WebhookEvent]]]:
    """A webhook receiver on 127.0.0.1: yields its URL and a queue of verified, first-time deliveries."""
    events: queue.Queue[rt.WebhookEvent] = queue.Queue()
    seen = rt.SeenWebhooks()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = self.headers.get("Content-Length", "")
            if not length.isdigit() or int(length) > MAX_BODY:
                self.answer(413)
                return
            body = self.rfile.read(int(length))  # the raw bytes: verify before parsing anything
            try:
                event = rt.verify_webhook(self.headers, body, secret)
            except rt.WebhookVerificationError as error:
                print(f"  refused a delivery: {error.message}", flush=True)
                self.answer(401)
                return
            self.answer(204)  # acknowledge at once; the work happens elsewhere
            if seen.first_time(event):  # the server retries until it gets a 2xx: handle each delivery once
                events.put(event)

        def answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/musicapi/webhook", events
    finally:
        server.shutdown()
        server.server_close()


def main() -> int:
    out = Path(os.environ.get("DEMO_OUT", "songs"))
    secret = secrets.token_urlsafe(32)  # shared with the server through the create; never printed
    with contextlib.ExitStack() as stack:
        if os.environ.get("MUSICAPI_API_KEY"):
            public = os.environ.get("WEBHOOK_PUBLIC_URL", "")
            if not public.startswith("https://"):
                print("Set WEBHOOK_PUBLIC_URL to the public HTTPS address of this receiver", file=sys.stderr)
                return 2
            client = rt.connect()
            local, events = stack.enter_context(receiver(secret, int(os.environ.get("WEBHOOK_PORT", "8080"))))
            url, where = public, "the MusicAPI (MUSICAPI_API_KEY is set; this create is paid)"
        else:
            from musicapi_sandbox import SandboxProcess

            sandbox = stack.enter_context(SandboxProcess(["--task-seconds", "3", "6"]))
            client = rt.connect(sandbox.api_key, base_url=sandbox.url)
            local, events = stack.enter_context(receiver(secret))
            url, where = local, f"the local sandbox at {sandbox.url}"
        stack.enter_context(client)
        print(f"Receiver listening on {local}", flush=True)
        body = ProducerCreateMusic(
            sound="lo-fi piano, rain", title="Rainy Window", webhook_url=url, webhook_secret=secret
        )
        try:
            task_id = rt.create(client, body).task_id
            print(f"Task {task_id} created on {where}; waiting for its webhook (no polling)", flush=True)
            try:
                event = events.get(timeout=600)
            except queue.Empty:
                print(f"No delivery within 10 minutes; poll it: musicapi producer wait {task_id}", file=sys.stderr)
                return 1
            print(f"Verified delivery {event.id}: {event.event}, task {event.task_id}, status {event.status}")
            if not rt.finished_clips(event.task):
                print(f"The task did not succeed: {getattr(event.task, 'message', '')}", file=sys.stderr)
                return 1
            paths = rt.download(event.task, out, audio=True, wav=True, task_id=event.task_id)
        except rt.MusicAPIError as error:
            print(f"Failed: {error}", file=sys.stderr)
            return 1
    print("Downloaded:")
    for path in paths:
        print(f"  {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
