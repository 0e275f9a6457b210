"""`musicapi webhook listen`: receive webhook deliveries, verify each one, print a line per event and save
the songs. A plain HTTP server from the standard library (put it behind your HTTPS proxy, or point the
sandbox's webhook_url at it); each delivery is checked with musicapi_runtime.verify_webhook first."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .exits import Exit
from .output import dumps, note, out, safe

MAX_BODY = 10 * 1024 * 1024


def add_listen(commands: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    webhook = commands.add_parser("webhook", help="receive signed webhook deliveries")
    verbs = webhook.add_subparsers(dest="verb", metavar="COMMAND", required=True)
    listen = verbs.add_parser(
        "listen",
        help="listen for deliveries, verify each, print one line per event, save the songs",
        description="Listen for webhook deliveries; verify each (signature, timestamp); print one line per event.",
    )
    listen.add_argument("--port", type=int, required=True, help="port to listen on")
    listen.add_argument("--host", default="127.0.0.1", help="interface to listen on (127.0.0.1)")
    listen.add_argument("--secret", required=True, help="the webhook_secret the tasks were created with")
    listen.add_argument("--tolerance", type=float, default=300.0, metavar="SECONDS", help="max timestamp age (300)")
    listen.add_argument("--legacy", action="store_true", help="also accept the older X-Signature scheme")
    listen.add_argument("--download", type=Path, metavar="DIR", help="save the songs of finished tasks into DIR")
    listen.add_argument("--wav", action="store_true", help="with --download, also save the WAV files")
    listen.add_argument("--image", action="store_true", help="with --download, also save the cover images")
    listen.add_argument("--once", action="store_true", help="exit after the first verified delivery")
    common(listen)
    listen.set_defaults(run=run_listen)


def run_listen(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # not at import: `musicapi --help` loads this

    import musicapi_runtime as rt

    from .main import Usage

    if args.download is not None:
        try:
            rt.check_folder(args.download)
        except rt.DownloadError as error:
            raise Usage(error.message) from None
    if not 0 < args.port < 65536:
        raise Usage(f"--port must be between 1 and 65535, got {args.port}")
    seen = rt.SeenWebhooks()
    done = threading.Event()
    outcome: list[Exit] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *values: Any) -> None:
            pass  # one line per event is printed below instead

        def do_POST(self) -> None:
            length = self.headers.get("Content-Length", "")
            if not length.isdigit() or int(length) > MAX_BODY:
                self.answer(411 if not length.isdigit() else 413)
                return
            body = self.rfile.read(int(length))
            try:
                event = rt.verify_webhook(
                    self.headers.items(), body, args.secret, tolerance=args.tolerance, legacy=args.legacy
                )
            except rt.WebhookVerificationError as error:
                self.answer(401)
                note(f"refused a delivery from {self.client_address[0]}: {safe(error.message)}")
                return
            self.answer(200)
            if not seen.first_time(event):
                note(f"repeated delivery {safe(event.id)} ignored")
                return
            report(event)

        def answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def report(event: rt.WebhookEvent) -> None:
        clips = [c.to_dict() for c in event.task.data] if isinstance(event.task.data, list) else []
        saved: list[str] = []
        if args.download is not None and rt.finished_clips(event.task):
            try:
                paths = rt.download(
                    event.task, args.download, wav=args.wav, include_image=args.image, task_id=event.task_id
                )
                saved = [str(p) for p in paths]
            except rt.MusicAPIError as error:
                note(f"musicapi: error: {safe(error.message)}")
        if args.json:
            out(dumps({"id": event.id, "event": event.event, "status": event.status, "clips": clips, "files": saved}))
        else:
            titles = ", ".join(safe(c.get("title") or c.get("clip_id") or "?") for c in clips) or "no clips"
            out(f"{safe(event.event) or 'delivery'} {safe(event.status)} {safe(event.id)}: {titles}")
            for path in saved:
                out(f"saved {safe(path)}")
        if args.once:
            outcome.append(Exit.OK)
            done.set()

    try:
        server = ThreadingHTTPServer((args.host, args.port), Handler)
    except OSError as error:
        raise Usage(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    note(f"listening for webhooks on http://{args.host}:{args.port}/ (secret given; Ctrl-C stops)")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        while not done.wait(0.2):
            pass
    finally:
        server.shutdown()
        server.server_close()
    return outcome[0] if outcome else Exit.OK
