"""`musicapi webhook listen`: receive webhook deliveries, verify each one, print a line per event and save
the songs. A plain HTTP server from the standard library (put it behind your HTTPS proxy, or point the
sandbox's webhook_url at it); each delivery is checked with musicapi_runtime.verify_webhook first."""

from __future__ import annotations

import argparse
import math
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .exits import Exit, fail
from .output import OutputFailed, dumps, note, out, safe

MAX_BODY = 10 * 1024 * 1024
SECRET_VARIABLE = "MUSICAPI_WEBHOOK_SECRET"


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
    listen.add_argument(
        "--secret",
        help=f"the webhook_secret the tasks were created with (default: {SECRET_VARIABLE}, which keeps it out of "
        "the process list)",
    )
    listen.add_argument("--tolerance", type=float, default=300.0, metavar="SECONDS", help="max timestamp age (300)")
    listen.add_argument("--legacy", action="store_true", help="also accept the older X-Signature scheme")
    listen.add_argument("--download", type=Path, metavar="DIR", help="save the songs of finished tasks into DIR")
    listen.add_argument("--wav", action="store_true", help="with --download, also save the WAV files")
    listen.add_argument("--image", action="store_true", help="with --download, also save the cover images")
    listen.add_argument(
        "--once",
        action="store_true",
        help="exit after the first verified delivery (refused ones are answered 401 and listening goes on): 0, "
        "4 when that task failed, 5 when a download failed",
    )
    common(listen)
    listen.set_defaults(run=run_listen)


def run_listen(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # not at import: `musicapi --help` loads this

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            """A broken connection (reset, garbage instead of HTTP) is one line, not a traceback."""
            kind = sys.exc_info()[0]
            note(f"musicapi: a connection from {safe(client_address[0])} failed ({kind.__name__ if kind else '?'})")

    import musicapi_runtime as rt

    from .main import Usage

    secret = args.secret if args.secret is not None else os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        raise Usage(f"give the webhook secret: set {SECRET_VARIABLE} (or --secret)")
    if args.download is not None:
        try:
            rt.check_folder(args.download)
        except rt.DownloadError as error:
            raise Usage(error.message) from None
    elif args.wav or args.image:
        raise Usage(f"--{'wav' if args.wav else 'image'} only makes sense with --download DIR")
    if not 0 < args.port < 65536:
        raise Usage(f"--port must be between 1 and 65535, got {args.port}")
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise Usage("the webhook secret is not valid UTF-8 text") from None
    if not secret.strip():
        raise Usage("the webhook secret is blank")
    if not (math.isfinite(args.tolerance) and args.tolerance > 0):
        raise Usage(f"--tolerance must be a positive number of seconds, got {args.tolerance:g}")
    seen = rt.SeenWebhooks()
    done = threading.Event()
    outcome: list[tuple[Exit, str]] = []  # with --once: how it ended, and the error message if it failed

    def finished(code: Exit, message: str = "") -> None:
        if args.once and not done.is_set():
            outcome.append((code, message))
            done.set()

    class Handler(BaseHTTPRequestHandler):
        timeout = 30  # a delivery that stops half-way frees its thread

        def log_message(self, format: str, *values: Any) -> None:
            pass  # one line per event is printed below instead

        def do_POST(self) -> None:
            try:
                self.receive()
            except OutputFailed as broken:
                note(f"musicapi: error: could not write the result to stdout: {safe(broken)}")
                outcome.append((Exit.OUTPUT, ""))
                done.set()
            except Exception as error:  # one line, never a traceback from the server thread
                note(f"musicapi: error: delivery from {self.client_address[0]} not handled: {safe(error)}")

        def receive(self) -> None:
            length = self.headers.get("Content-Length", "")
            given = length.isascii() and length.isdigit()  # isdigit alone lets "²" through to int()
            if not given or int(length) > MAX_BODY:
                self.answer(411 if not given else 413)
                return
            body = self.rfile.read(int(length))
            try:
                event = rt.verify_webhook(self.headers, body, secret, tolerance=args.tolerance, legacy=args.legacy)
            except rt.WebhookVerificationError as error:
                self.answer(401)
                # One line, and listening goes on: a forged delivery cannot end the listener, even with --once.
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
        clips = [c.to_dict() for c in rt.clips_of(event.task)]
        saved: list[str] = []
        failed = failed_task = ""
        try:  # what the signed body says happened (the event header is not signed)
            rt.read_task(event.task)
        except rt.TaskFailed as error:
            failed_task = f"{safe(error.message)} (task {safe(event.task_id)})"
        except rt.MusicAPIError:
            pass  # a body the runtime cannot read as a task outcome: reported as it is
        if args.download is not None and rt.finished_clips(event.task):
            try:
                paths = rt.download(
                    event.task, args.download, wav=args.wav, include_image=args.image, task_id=event.task_id
                )
                saved = [str(p) for p in paths]
            except rt.MusicAPIError as error:
                failed = f"{safe(error.message)} (task {safe(event.task_id)})"
        task = event.task_id or ""
        if args.json:
            fields = {"id": event.id, "event": event.event, "task_id": event.task_id, "status": event.status}
            out(dumps({**fields, "clips": clips, "files": saved}))
        else:
            titles = ", ".join(safe(c.get("title") or c.get("clip_id") or "?") for c in clips) or "no clips"
            head = f"{safe(event.event) or 'delivery'} {safe(event.status)}"
            out(f"{head} {'task ' + safe(task) + ' ' if task else ''}({safe(event.id)}): {titles}")
            for path in saved:
                out(f"saved {safe(path)}")
        if failed:
            if args.once:
                finished(Exit.DOWNLOAD, failed)
            else:
                note(f"musicapi: error: {failed}")
        if failed_task:
            finished(Exit.TASK_FAILED, failed_task)
        finished(Exit.OK)

    try:
        server = Server((args.host, args.port), Handler)
    except (OSError, UnicodeError, OverflowError, ValueError, TypeError) as error:  # an unusable host name
        why = getattr(error, "strerror", None) or error
        raise Usage(f"cannot listen on {safe(args.host)}:{args.port}: {safe(why)}") from None
    note(f"listening for webhooks on http://{args.host}:{args.port}/ (secret given; Ctrl-C stops)")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        while not done.wait(0.2):
            pass
    finally:
        server.shutdown()
        server.server_close()
    code, message = outcome[0] if outcome else (Exit.OK, "")
    if code is Exit.OUTPUT:
        return code
    if code is not Exit.OK:
        kinds = {Exit.DOWNLOAD: "DownloadError"}
        return fail(args.json, kinds.get(code, "TaskFailed"), message, code)
    return code
