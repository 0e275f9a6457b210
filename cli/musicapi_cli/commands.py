"""The commands: each runs with the parsed options and a `state` the caller reports errors with (the task id
and the resume command, set the moment they are known). Everything is checked (checks.py) before the first paid
byte; a paid task's id reaches stderr the moment it exists."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import musicapi_spec as facts

from .checks import body_credits, body_for, check_waiting, chosen_files, schedule_of, writable
from .exits import Exit, fail
from .listen import run_listen
from .output import dumps, note, out, safe, show_warnings
from .parser import AUDIO, PROG

if TYPE_CHECKING:
    from musicapi_client import AuthenticatedClient

Command = Callable[[argparse.Namespace, dict[str, Any]], Exit]


def connect(args: argparse.Namespace) -> AuthenticatedClient:
    import musicapi_runtime as rt

    show_warnings()  # the library's own warnings (a retry, a poll that failed) as notes on stderr
    return rt.connect(base_url=args.base_url)


def run_create(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import musicapi_runtime as rt

    body = body_for(args)
    waits = hasattr(args, "timeout")  # the command's task can be waited for (it has the waiting options)
    download = check_waiting(args) if waits else writable(getattr(args, "download", None))
    client = connect(args)
    if waits and (args.wait or download is not None):
        return create_and_wait(client, args, body, download, state)
    accepted = rt.create(client, body)
    ids = rt.ids_of(accepted)  # what the answer names, by role (the spec's x-id): task, clip ...
    task_id = ids.get("task")
    role, thing = next(iter(ids.items()), ("", ""))
    state.update(task_id=task_id, clip_id=thing, resume=resume_line(args, task_id, None) if task_id else None)
    if thing:
        note(f"created {role} {safe(thing)}")  # on stderr at once: never lost, whatever happens next
    operation = facts.OPERATIONS[args.operation]
    if operation.synchronous and not task_id and (not ids or operation.answer_files):
        return show_result(accepted, operation.answer_files, download, args.json, state)  # the answer is the result
    out(dumps({f"{role}_id": thing}) if args.json else safe(thing))  # the id alone: TASK=$(musicapi ... create)
    return Exit.OK


def create_and_wait(
    client: AuthenticatedClient, args: argparse.Namespace, body: Any, download: Path | None, state: dict[str, Any]
) -> Exit:
    """Create, wait with a live display (the first poll when the server says), then download and report."""
    import musicapi_runtime as rt

    from .progress import WaitDisplay

    with WaitDisplay() as display:

        def created(task_id: str) -> None:
            state.update(task_id=task_id, resume=resume_line(args, task_id, download))
            note(f"created task {safe(task_id)}")  # on stderr at once: never lost, whatever happens next
            display.start(task_id)

        task = rt.create_and_wait(
            client,
            body,
            timeout=args.timeout,
            schedule=schedule_of(args),
            on_progress=display.update,
            on_created=created,
        )
    return report(args, state.get("task_id"), task, download)


def run_wait(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import musicapi_runtime as rt

    from .progress import WaitDisplay

    download = check_waiting(args)
    state.update(task_id=args.task_id, resume=resume_line(args, args.task_id, download))
    client = connect(args)
    with WaitDisplay(args.task_id) as display:
        family = facts.FAMILIES[args.tag]
        task = rt.wait_for_task(
            client,
            args.task_id,
            family=family,
            timeout=args.timeout,
            schedule=schedule_of(args),
            on_progress=display.update,
        )
    return report(args, args.task_id, task, download)


def report(args: argparse.Namespace, task_id: str | None, task: Any, download: Path | None) -> Exit:
    """A finished task: its files downloaded, then the task and its clips printed (labelled), or as JSON."""
    import musicapi_runtime as rt

    saved: list[tuple[Path, str]] = []
    if download is not None:
        operation = facts.OPERATIONS.get(getattr(args, "operation", ""))
        record = {"operation": operation.id, "credits": body_credits(args)} if operation else {}
        rt.download(
            task,
            download,
            files=chosen_files(args),
            song_folders=bool(getattr(args, "folders", False)),
            metadata=record,
            task_id=task_id,
            on_file=lambda path, how: saved.append((path, how)),
        )
    clips = [c.to_dict() for c in rt.clips_of(task)]
    status = rt.read_task(task).status  # the family's own word for it (SUCCESS), when it has one
    if args.json:
        files = [{"path": str(p), "status": how} for p, how in saved]
        out(dumps({"task_id": task_id, "state": "succeeded", "status": status, "clips": clips, "files": files}))
        return Exit.OK
    out(task_line(task_id, "succeeded", status) + "\n" + clip_lines(clips, args.tag))
    for path, how in saved:
        out(f"{'saved' if how == 'saved' else 'already there'} {safe(path)}")
    return Exit.OK


def task_line(task_id: str | None, state: str, status: str | None) -> str:
    word = f"{state} ({status})" if status else state
    return f"task {safe(task_id or '?')}  {safe(word)}"


def seconds(value: object) -> str:
    try:
        number = float(value) if isinstance(value, int | float | str) and len(str(value)) < 40 else math.nan
    except ValueError:
        return "?"
    return f"{number:.0f}s" if math.isfinite(number) else "?"


def clip_lines(clips: list[dict[str, Any]], tag: str) -> str:
    """Each clip (labelled: `clip ID  state  length  title`) and its files; absent fields are left out."""
    family = facts.FAMILIES[tag]
    lines = []
    for clip in clips:
        state = clip.get(family.clip_state) if family.clip_state else None
        head = [clip.get(family.clip_id), state, seconds(clip["duration"]) if "duration" in clip else None]
        head.append(clip.get("title"))
        lines.append("clip " + "  ".join(safe(part) for part in head if part not in (None, "", "?")))
        for key in family.files:
            if isinstance(clip.get(key), str) and clip[key]:
                lines.append(f"    {safe(clip[key])}")
        covers = [f for f, role in family.files.items() if role == "image"]  # a cover alone is not a result
        has_files = any(isinstance(clip.get(k), str) and clip[k] for k in family.files if k not in covers)
        if not has_files and isinstance(clip.get("lyrics"), str):
            lines.extend(f"    {safe(line)}" for line in clip["lyrics"].splitlines()[:40])
    return "\n".join(lines) if lines else "(no clips)"


def resume_line(args: argparse.Namespace, task_id: str | None, download: Path | None) -> str:
    """The command that picks up where an interrupted wait (or download) stopped, saving the same files."""
    import shlex

    folder = f" --download {shlex.quote(str(download))}" if download is not None else ""
    if download is not None:
        folder += "" if getattr(args, AUDIO, True) else " --no-audio"
        folder += "".join(f" --{role}" for role in getattr(args, "file_roles", ()) if getattr(args, role, False))
    return f"{PROG} {args.tag} wait {shlex.quote(str(task_id))}{folder}"


def show_result(
    answer: Any, files: tuple[str, ...], download: Path | None, as_json: bool, state: dict[str, Any]
) -> Exit:
    """An answer that is the result (lyrics, a tempo, a WAV file): printed, and its files saved. A paid result
    is never lost to a failed download: printed first (with --json, in the error object)."""
    import musicapi_runtime as rt

    saved: list[tuple[Path, str]] = []

    def show() -> None:
        if as_json:
            out(dumps({"result": answer.to_dict(), "files": [{"path": str(p), "status": how} for p, how in saved]}))
            return
        out("\n".join(result_lines(answer.to_dict())) or "(empty answer)")
        for path, how in saved:
            out(f"{'saved' if how == 'saved' else 'already there'} {safe(path)}")

    try:
        if download is not None:
            rt.download(answer, download, files=files, on_file=lambda path, how: saved.append((path, how)))
    except rt.DownloadError:
        if as_json:
            state["result"] = answer.to_dict()  # in the error object: stdout holds one JSON object
        else:
            show()  # the paid result first (its file URLs with it), then the download's error
        raise
    show()
    return Exit.OK


def result_lines(value: Any, indent: str = "") -> list[str]:
    """A JSON value as readable lines: `key: value`, nested values indented, texts of several lines as blocks;
    empty values left out."""
    lines: list[str] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        label = f"{indent}{safe(key)}:" if isinstance(value, dict) else f"{indent}-"
        if item is None or item == "" or item == [] or item == {}:
            continue
        if isinstance(item, dict | list):
            lines += [label, *result_lines(item, indent + "  ")]
        elif isinstance(item, str) and "\n" in item:
            lines += [label, *(f"{indent}  {safe(line)}" for line in item.splitlines()[:200])]
        else:
            lines.append(f"{label} {safe(item)}")
    return lines


def run_get(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import musicapi_runtime as rt

    state.update(task_id=args.task_id, resume=f"{PROG} {args.tag} wait {args.task_id}")
    status = rt.get_task(connect(args), args.task_id, family=facts.FAMILIES[args.tag])
    clips = [c.to_dict() for c in rt.clips_of(status.task)] if status.task else []
    if args.json:
        out(dumps({"task_id": args.task_id, "state": status.state, "status": status.status, "clips": clips}))
    else:
        head = task_line(args.task_id, status.state, status.status)
        out(head + (f"\n{clip_lines(clips, args.tag)}" if clips else ""))
    return Exit.OK


def run_credits(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import musicapi_runtime as rt
    from musicapi_client.api.credits_ import get_credits
    from musicapi_client.models import Credits

    answer = rt.call(get_credits.sync_detailed, client=connect(args))
    if not isinstance(answer, Credits):
        raise rt.ResponseValidationError("unexpected credits answer")
    extra = answer.extra_credits if isinstance(answer.extra_credits, int) else 0
    out(dumps(answer.to_dict()) if args.json else f"{safe(answer.credits_)} credits ({safe(extra)} extra)")
    return Exit.OK


def run_sandbox(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    try:
        import aiohttp  # noqa: F401
    except ModuleNotFoundError:
        missing = "the sandbox needs aiohttp: pip install 'musicapi-client[sandbox]'"
        return fail(False, "UsageError", missing, Exit.USAGE)
    from musicapi_sandbox.server import main as sandbox_main

    try:
        sandbox_main(args.args, prog=f"{PROG} sandbox")
    except SystemExit as done:
        return Exit(done.code) if isinstance(done.code, int) and done.code in tuple(Exit) else Exit.USAGE
    return Exit.OK


RUN: dict[str, Command] = {
    "create": run_create,
    "wait": run_wait,
    "get": run_get,
    "credits": run_credits,
    "sandbox": run_sandbox,
    "listen": run_listen,
}
