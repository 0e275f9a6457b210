"""`musicapi webhook listen`: receive webhook deliveries, verify each one, print a line per event and save
the songs. A plain HTTP server on asyncio streams (listener.py: bounded connections, memory and time per
request; put it behind your HTTPS proxy, or point the sandbox's webhook_url at it). Each delivery's headers are
checked before its body is read, and the delivery with musicapi_runtime.verify_webhook before anything is
trusted; the printing and downloading happen on a worker thread, one delivery after another, so the server
keeps answering."""

from __future__ import annotations

import argparse
import math
import os
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import musicapi_spec as facts

from .exits import Exit, Usage, fail
from .output import OutputFailed, dumps, hide, note, out, safe, show_warnings

if TYPE_CHECKING:
    import http.client

    import musicapi_runtime as rt

    from .listener import Request

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
    listen.add_argument(
        "--family",
        choices=sorted({hook.family for hook in facts.WEBHOOKS.values()}),
        help="the family whose tasks report here (default: read from each body; deliveries do not say)",
    )
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
    listen.set_defaults(run="listen")


def checked_secret(args: argparse.Namespace) -> str:
    """The webhook secret and the options, checked before anything listens."""
    import musicapi_runtime as rt

    secret: str = args.secret if args.secret is not None else os.environ.get(SECRET_VARIABLE, "")
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
    return secret


def run_listen(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import asyncio  # not at import: `musicapi --help` loads this module

    receiver = Receiver(args, checked_secret(args))
    show_warnings()  # the library's warnings while downloading, as notes
    hide(receiver.secret)  # a delivery may quote it (in a title, an unknown field): never printed
    threading.Thread(target=receiver.work, name="report", daemon=True).start()
    asyncio.run(receiver.serve())
    code, message = receiver.outcome[0] if receiver.outcome else (Exit.OK, "")
    if code is Exit.OUTPUT or code is Exit.OK:
        return code
    return fail(args.json, {Exit.DOWNLOAD: "DownloadError"}.get(code, "TaskFailed"), message, code)


class Receiver:
    """The listener's work: refuse before the body what the headers give away, verify each delivery, queue it,
    and on a worker thread print it and save its songs. With --once, the first verified delivery ends it."""

    def __init__(self, args: argparse.Namespace, secret: str) -> None:
        import musicapi_runtime as rt

        self.args, self.secret = args, secret
        # The family's webhook when --family names it; else each body is read as the family it fits.
        self.hook = next((name for name, h in facts.WEBHOOKS.items() if h.family == args.family), None)
        self.seen = rt.SeenWebhooks()
        self.outcome: list[tuple[Exit, str]] = []  # with --once: how it ended, and the error message if it failed
        self.jobs: queue.Queue[rt.WebhookEvent] = queue.Queue()
        self.taken: list[rt.WebhookEvent] = []  # with --once: the delivery it exits after
        self.stopping: list[Callable[[], None]] = []  # ends the server (set once it runs)

    def finished(self, code: Exit, message: str = "") -> None:
        if self.args.once and not self.outcome:
            self.outcome.append((code, message))
            self.stopping[0]()

    def check(self, headers: http.client.HTTPMessage, peer: str) -> int | None:
        """Before the body is read: the signature headers are there and the timestamp is fresh."""
        import musicapi_runtime as rt

        try:
            rt.check_webhook_headers(headers, tolerance=self.args.tolerance, legacy=self.args.legacy)
        except rt.WebhookVerificationError as error:
            note(f"refused a delivery from {safe(peer)}: {safe(error.message)}")
            return 401
        return None

    def handle(self, request: Request) -> int:
        import musicapi_runtime as rt

        if self.args.once and self.taken:
            return 503  # --once has its delivery: a later one is retried to whoever listens next
        try:
            event = rt.verify_webhook(
                request.headers,
                request.body,
                self.secret,
                tolerance=self.args.tolerance,
                legacy=self.args.legacy,
                webhook=self.hook,
            )
        except rt.WebhookVerificationError as error:
            # One line, and listening goes on: a forged delivery cannot end the listener, even with --once.
            note(f"refused a delivery from {safe(request.peer)}: {safe(error.message)}")
            return 401
        if not self.seen.first_time(event):
            note(f"repeated delivery {safe(event.id)} ignored")
            return 200
        if self.args.once:
            self.taken.append(event)
        self.jobs.put(event)
        return 200

    def work(self) -> None:
        """Each verified delivery in turn: printed, its songs saved (a slow download holds up no answer)."""
        while True:
            event = self.jobs.get()
            try:
                self.report(event)
            except OutputFailed as broken:
                note(f"musicapi: error: could not write the result to stdout: {safe(broken)}")
                if not self.outcome:
                    self.outcome.append((Exit.OUTPUT, ""))
                self.stopping[0]()
            except Exception as error:  # one line, never a traceback from the worker
                note(f"musicapi: error: delivery {safe(event.id)} not handled: {safe(error)}")

    def report(self, event: rt.WebhookEvent) -> None:
        import musicapi_runtime as rt

        failed_task = ""
        try:  # what the signed body says happened (the event header is not signed)
            rt.read_task(event.task)
        except rt.TaskFailed as error:
            failed_task = f"{safe(error.message)} (task {safe(event.task_id)})"
        except rt.MusicAPIError:
            pass  # a body the runtime cannot read as a task outcome: reported as it is
        saved, failed = self.save(event)
        self.show(event, saved)
        if failed:
            if self.args.once:
                self.finished(Exit.DOWNLOAD, failed)
            else:
                note(f"musicapi: error: {failed}")
        if failed_task:
            self.finished(Exit.TASK_FAILED, failed_task)
        self.finished(Exit.OK)

    def save(self, event: rt.WebhookEvent) -> tuple[list[str], str]:
        """With --download: the finished songs' files, and what went wrong (empty when nothing did)."""
        import musicapi_runtime as rt

        if self.args.download is None or not rt.finished_clips(event.task):
            return [], ""
        try:
            paths = rt.download(
                event.task, self.args.download, wav=self.args.wav, include_image=self.args.image, task_id=event.task_id
            )
        except rt.MusicAPIError as error:
            return [], f"{safe(error.message)} (task {safe(event.task_id)})"
        return [str(p) for p in paths], ""

    def show(self, event: rt.WebhookEvent, saved: list[str]) -> None:
        import musicapi_runtime as rt

        clips = [c.to_dict() for c in rt.clips_of(event.task)]
        if self.args.json:
            fields = {"id": event.id, "event": event.event, "task_id": event.task_id, "status": event.status}
            out(dumps({**fields, "clips": clips, "files": saved}))
            return
        task = event.task_id or ""
        titles = ", ".join(safe(c.get("title") or c.get("clip_id") or "?") for c in clips) or "no clips"
        head = " ".join(w for w in (safe(event.event) or "delivery", safe(event.status)) if w)
        out(f"{head} {'task ' + safe(task) + ' ' if task else ''}({safe(event.id)}): {titles}")
        for path in saved:
            out(f"saved {safe(path)}")

    async def serve(self) -> None:
        import asyncio

        from .listener import Listener

        loop, stop = asyncio.get_running_loop(), asyncio.Event()

        def stop_soon() -> None:  # from the worker thread too
            loop.call_soon_threadsafe(stop.set)

        self.stopping.append(stop_soon)
        listener = Listener(self.check, self.handle)
        host, port = self.args.host, self.args.port
        try:
            server = await listener.start(host, port)
        except (OSError, UnicodeError, OverflowError, ValueError, TypeError) as error:  # an unusable host name
            why = getattr(error, "strerror", None) or error
            raise Usage(f"cannot listen on {safe(host)}:{port}: {safe(why)}") from None
        note(f"listening for webhooks on http://{host}:{port}/ (secret given; Ctrl-C stops)")
        try:
            await stop.wait()
        finally:
            await listener.close(server)
