"""The `musicapi` command: songs from a terminal, on top of the runtime.

Its commands and options come from the spec (modes.py). Everything that could fail later is checked before the
first paid byte is sent; a paid task's id reaches stderr the moment it exists. Heavy imports (the runtime,
httpx, rich) wait until a command needs them, so `musicapi --help` is quick.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import musicapi_spec as facts

from . import modes as m
from .exits import Exit, code_for, fail, one_line
from .output import OutputFailed, dumps, note, out, safe

if TYPE_CHECKING:
    import musicapi_runtime as rt
    from musicapi_client import AuthenticatedClient

PROG = "musicapi"
POLL_VARIABLE = "MUSICAPI_POLL_SECONDS"
DEFAULT_TIMEOUT = 600.0  # seconds a wait lasts unless --timeout says otherwise (create_and_wait's default too)


class Usage(Exception):
    """A usage error (from argparse or our own checks): exit code 2, nothing sent."""


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # A prefix never stands for another option: with many generated options `--prompt` would otherwise be read
        # as `--prompt-strength` where the command takes its prompt as an argument.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise Usage(message)


class Version(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from musicapi_runtime._version import __version__  # only when asked: importing the runtime costs time

        out(f"{PROG} {__version__} (spec: {facts.TITLE} {facts.VERSION})")
        parser.exit()


def common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument(
        "--base-url", metavar="URL", help=f"API root (default: MUSICAPI_BASE_URL, else {facts.DEFAULT_BASE_URL})"
    )


# The kind of file --download saves unless --no-audio; the family's other kinds (x-file roles) are --ROLE flags.
AUDIO = "audio"


def roles_of(family: str) -> dict[str, str]:
    """role -> clip field, for the kinds of file a family's clips hold (x-file), in the spec's order."""
    found: dict[str, str] = {}
    for field, role in facts.FAMILIES[family].files.items():
        found.setdefault(role, field)
    return found


def wait_options(
    parser: argparse.ArgumentParser, family: str, waiting_flag: bool, made: tuple[str, ...] | None = None
) -> None:
    """--wait, --timeout, --poll and the download options. `made`: the only files the command's task makes
    (the operation's x-files), saved by --download as they are; none: no --download, so nothing is paid for
    that could not be saved."""
    roles = roles_of(family)
    group = parser.add_argument_group("waiting and downloading")
    if waiting_flag:
        group.add_argument("--wait", action="store_true", help="wait for the result, showing progress")
    group.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS", help=f"how long to wait ({DEFAULT_TIMEOUT:g})"
    )
    group.add_argument(
        "--poll",
        type=float,
        default=None,
        metavar="SECONDS",
        help=f"poll every SECONDS instead of the adaptive schedule (default: {POLL_VARIABLE}, else adaptive; "
        "the sandbox's tasks take a second, the real API's a minute)",
    )
    others = [role for role in roles if role != AUDIO]
    parser.set_defaults(file_roles=others)
    folders = "with --download, a folder per clip: its files and song.json (what it is; the URLs expire)"
    if made is not None:
        saved = [role for role, field in roles.items() if field in made]  # what a download can save
        choices = {role: role in saved for role in roles}
        parser.set_defaults(fixed_files=True, offers_download=bool(saved), download=None, folders=False, **choices)
        if saved:
            shown = " and ".join(saved)
            group.add_argument(
                "--download",
                type=Path,
                metavar="DIR",
                help=f"save the task's files ({shown}) into DIR (implies waiting)",
            )
            group.add_argument("--folders", action="store_true", help=folders)
        return
    group.add_argument("--download", type=Path, metavar="DIR", help="save the files into DIR (implies waiting)")
    group.add_argument("--folders", action="store_true", help=folders)
    group.add_argument("--no-audio", dest=AUDIO, action="store_false", help="with --download, skip the audio file")
    for role in others:
        field = roles[role]
        group.add_argument(f"--{role}", action="store_true", help=f"with --download, also save each clip's {field}")


def build(prog: str = PROG) -> argparse.ArgumentParser:
    root = Parser(
        prog=prog,
        description=f"Make music with {facts.TITLE}. The key comes from MUSICAPI_API_KEY and is never printed.",
    )
    root.add_argument("--version", action=Version, nargs=0, help="print the version and exit")
    commands = root.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for tag in m.tags():
        tag_parser = commands.add_parser(tag, help=_tag_help(tag), description=_tag_help(tag))
        verbs = tag_parser.add_subparsers(dest="verb", metavar="COMMAND", required=True)
        poll = m.poll_of(tag)
        tag_modes = m.modes(tag)
        for mode in tag_modes:
            add_mode(verbs, tag, mode, tag_modes, mode.operation.family if poll and mode.operation.polls else None)
        if poll is not None:
            get = verbs.add_parser("get", help="poll a task once (free) and print its state")
            get.add_argument("task_id", metavar="TASK_ID", help="the task to look at")
            common(get)
            get.set_defaults(run=run_get, tag=tag)
            wait = verbs.add_parser("wait", help="wait for a task, then print (and download) its results")
            wait.add_argument("task_id", metavar="TASK_ID", help="the task to wait for")
            wait_options(wait, tag, waiting_flag=False)
            common(wait)
            wait.set_defaults(run=run_wait, tag=tag)
    credits = commands.add_parser("credits", help="show the remaining credits")
    common(credits)
    credits.set_defaults(run=run_credits)
    if facts.WEBHOOKS:
        from .listen import add_listen

        add_listen(commands, common)
    sandbox = commands.add_parser(
        "sandbox", help="run the local sandbox (options: musicapi sandbox --help)", add_help=False
    )
    sandbox.add_argument("args", nargs=argparse.REMAINDER)
    sandbox.set_defaults(run=run_sandbox, json=False)
    return root


def _tag_help(tag: str) -> str:
    deprecated = all(o.deprecated for o in facts.OPERATIONS.values() if o.tag == tag and o.variants)
    credits = ", ".join(f"{mode.verb} {mode.credits}" for mode in m.modes(tag))
    return f"{tag}{' (deprecated by the vendor)' if deprecated else ''}: credits per call: {credits}"


def add_mode(verbs: Any, tag: str, mode: m.Mode, tag_modes: list[m.Mode], family: str | None) -> None:
    siblings = [other for other in tag_modes if other.operation is mode.operation and other is not mode]
    with_flags = mode.verb == "create" and bool(siblings)
    parser = verbs.add_parser(mode.verb, help=mode.summary, description=mode.summary)
    variants = [v for x in ([mode, *siblings] if with_flags else [mode]) for v in x.all]
    fields = m.fields(variants)
    argument = m.positional(mode)
    if argument is not None:
        parser.add_argument(f"field_{argument.name}", metavar=argument.name.upper(), help=argument.description)
    m.add_field_options(parser, fields, skip=argument.name if argument else None)
    if "lyrics" in fields:
        parser.add_argument("--lyrics-file", metavar="PATH", help="read --lyrics from a file (- for stdin)")
    if any(x.uploaded for x in ([mode, *siblings] if with_flags else [mode])):
        parser.add_argument("--uploaded", action="store_true", help="the clip came from an upload")
    if with_flags:
        group = parser.add_mutually_exclusive_group()
        for other in siblings:
            group.add_argument(
                m.option(other.verb), dest="mode_flag", action="store_const", const=other.verb, help=other.summary
            )
    if family is not None:
        wait_options(parser, family, waiting_flag=True, made=mode.operation.files)
    elif mode.operation.answer_files:  # an answer that holds files itself (a WAV, a MIDI file)
        shown = " and ".join(mode.operation.answer_files)
        parser.add_argument("--download", type=Path, metavar="DIR", help=f"save the answer's files ({shown}) into DIR")
    common(parser)
    parser.set_defaults(run=run_create, tag=tag, verb=mode.verb, operation=mode.operation.id)


# ---- checks before anything is paid for --------------------------------------------------------------------


def text_problem(name: str, value: str) -> str | None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return f"{m.option(name)} is not valid UTF-8 text"
    if not value.strip():
        return f"{m.option(name)} is blank"
    return None


def read_lyrics(args: argparse.Namespace) -> None:
    path = getattr(args, "lyrics_file", None)
    if path is None:
        return
    if getattr(args, "field_lyrics", None) is not None:
        raise Usage("give --lyrics or --lyrics-file, not both")
    try:
        if path == "-":
            if sys.stdin is None or sys.stdin.closed:
                raise Usage("--lyrics-file - needs the lyrics on stdin, but stdin is closed")
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
    except OSError as error:
        raise Usage(f"cannot read {safe(path)}: {error.strerror or error}") from None
    except ValueError:
        raise Usage("--lyrics-file - needs the lyrics on stdin, but stdin is closed") from None
    try:
        args.field_lyrics = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Usage(f"the lyrics in {safe(path)} are not UTF-8 text") from None


def schedule_of(args: argparse.Namespace) -> rt.PollSchedule:
    """The runtime's adaptive schedule, or a fixed interval from --poll (or MUSICAPI_POLL_SECONDS)."""
    import musicapi_runtime as rt

    return rt.PollSchedule.fixed(args.poll) if args.poll is not None else rt.PollSchedule()


def chosen_files(args: argparse.Namespace) -> list[str]:
    """The kinds of file --download saves: audio unless --no-audio, and each --ROLE given."""
    roles = [AUDIO] if getattr(args, AUDIO, True) else []
    return roles + [r for r in getattr(args, "file_roles", ()) if getattr(args, r, False)]


def body_credits(args: argparse.Namespace) -> int | None:
    """What the command's create cost (its variant's x-credits), for a song's record."""
    variant = facts.VARIANTS.get(getattr(args, "variant_schema", ""))
    return variant.credits if variant is not None else None


def check_file_options(args: argparse.Namespace, download: Path | None) -> None:
    others = getattr(args, "file_roles", ())
    extras = [r for r in others if getattr(args, r, False)] + ([] if getattr(args, AUDIO, True) else ["no-audio"])
    if download is None:
        if extras or getattr(args, "folders", False):
            raise Usage(f"--{(extras or ['folders'])[0]} only makes sense with --download DIR")
        return
    if not chosen_files(args):
        raise Usage(f"--no-audio leaves nothing to download: add {' or '.join(f'--{r}' for r in others)}")


def check_waiting(args: argparse.Namespace) -> Path | None:
    """The download folder (proven writable) and the download options, checked before paying."""
    import musicapi_runtime as rt

    download: Path | None = args.download
    waiting = getattr(args, "wait", True) or download is not None  # `wait` commands have no --wait: they wait
    for given in ("timeout", "poll"):
        if getattr(args, given) is not None and not waiting:
            either = " or --download DIR" if getattr(args, "offers_download", True) else ""
            raise Usage(f"--{given} only makes sense with --wait{either}")
    poll_source = "--poll"
    if args.poll is None and os.environ.get(POLL_VARIABLE, "").strip():
        poll_source = POLL_VARIABLE
        try:
            args.poll = float(os.environ[POLL_VARIABLE])
        except ValueError:
            args.poll = math.nan
    if args.poll is not None and not (math.isfinite(args.poll) and args.poll > 0):
        shown = safe(os.environ[POLL_VARIABLE]) if poll_source == POLL_VARIABLE else f"{args.poll:g}"
        raise Usage(f"{poll_source} must be a positive number of seconds, got {shown}")
    if args.timeout is None:
        args.timeout = DEFAULT_TIMEOUT
    if not (math.isfinite(args.timeout) and args.timeout > 0):
        raise Usage(f"--timeout must be a positive number of seconds, got {args.timeout:g}")
    if not getattr(args, "fixed_files", False):  # else the command's files are fixed (wait_options)
        check_file_options(args, download)
    if download is None:
        return None
    try:
        rt.check_folder(download)
    except rt.DownloadError as error:
        raise Usage(error.message) from None
    return download


def body_for(args: argparse.Namespace) -> Any:
    """The generated request model for the command, checked against the spec; Usage for anything wrong."""
    import musicapi_client.models as models
    import musicapi_runtime as rt

    read_lyrics(args)
    given = m.given_fields(args)
    for name, value in given.items():
        if isinstance(value, str) and (problem := text_problem(name, value)):
            raise Usage(problem)
    operation = facts.OPERATIONS[args.operation]
    verb = getattr(args, "mode_flag", None) or args.verb
    mode = next(x for x in m.modes(operation.tag) if x.verb == verb and x.operation.id == operation.id)
    try:
        variant = m.choose(mode, getattr(args, "uploaded", False), given)
    except m.Refused as refused:
        raise Usage(str(refused)) from None
    data = {**m.body_defaults(variant, given), **m.body_of(variant, given)}
    args.variant_schema = variant.schema
    try:
        body = getattr(models, variant.schema).from_dict(data)
    except (KeyError, ValueError, TypeError) as error:
        raise Usage(f"{mode.verb}: {safe(error)}") from None
    rt.validate_body(body)  # RequestValidationError -> usage error naming the options
    return body


# ---- commands --------------------------------------------------------------------------------------------


def connect(args: argparse.Namespace) -> AuthenticatedClient:
    import musicapi_runtime as rt

    return rt.connect(base_url=args.base_url)


def run_create(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import musicapi_runtime as rt

    body = body_for(args)
    waiting = bool(getattr(args, "wait", False) or getattr(args, "download", None))
    download = check_waiting(args) if hasattr(args, "timeout") else check_folder_option(args)
    client = connect(args)
    accepted = rt.create(client, body)
    ids = rt.ids_of(accepted)  # what the answer names, by role (the spec's x-id): task, clip ...
    task_id = ids.get("task")
    role, thing = next(iter(ids.items()), ("", ""))
    state["task_id"] = task_id
    state["clip_id"] = thing
    state["resume"] = resume_line(args, task_id, download) if task_id else None
    if thing:
        note(f"created {role} {safe(thing)}")  # on stderr at once: never lost, whatever happens next
    operation = facts.OPERATIONS[args.operation]
    if operation.synchronous and not task_id and (not ids or operation.answer_files):
        return show_result(accepted, operation.answer_files, download, args.json)  # the answer is the result
    if not waiting or not task_id:
        out(dumps({f"{role}_id": thing}) if args.json else safe(thing))
        return Exit.OK
    rt.check_created(task_id)
    return finish(client, args, task_id, download, first_delay=schedule_of(args).first)


def check_folder_option(args: argparse.Namespace) -> Path | None:
    """The --download folder of a command whose answer holds the files, proven writable before paying."""
    import musicapi_runtime as rt

    folder: Path | None = getattr(args, "download", None)
    if folder is not None:
        try:
            rt.check_folder(folder)
        except rt.DownloadError as error:
            raise Usage(error.message) from None
    return folder


def show_result(answer: Any, files: tuple[str, ...], download: Path | None, as_json: bool) -> Exit:
    """An answer that is the result (lyrics, a tempo, a WAV file): printed, and its files saved."""
    import musicapi_runtime as rt

    saved: list[tuple[Path, str]] = []
    if download is not None:
        rt.download(answer, download, files=files, on_file=lambda path, how: saved.append((path, how)))
    if as_json:
        out(dumps({"result": answer.to_dict(), "files": [{"path": str(p), "status": how} for p, how in saved]}))
        return Exit.OK
    out("\n".join(result_lines(answer.to_dict())) or "(empty answer)")
    for path, how in saved:
        out(f"{'saved' if how == 'saved' else 'already there'} {safe(path)}")
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


def finish(
    client: AuthenticatedClient, args: argparse.Namespace, task_id: str, download: Path | None, first_delay: float
) -> Exit:
    """Wait with a live display, then download and print the results."""
    import musicapi_runtime as rt

    from .progress import WaitDisplay

    with WaitDisplay(task_id) as display:
        task = rt.wait_for_task(
            client,
            task_id,
            family=facts.FAMILIES[args.tag],
            timeout=args.timeout,
            schedule=schedule_of(args),
            on_progress=display.update,
            first_delay=first_delay,
        )
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
    if args.json:
        files = [{"path": str(p), "status": how} for p, how in saved]
        out(dumps({"task_id": task_id, "clips": clips, "files": files}))
    else:
        out(clip_lines(clips, args.tag))
        for path, how in saved:
            out(f"{'saved' if how == 'saved' else 'already there'} {safe(path)}")
    return Exit.OK


def seconds(value: object) -> str:
    try:
        number = float(value) if isinstance(value, int | float | str) and len(str(value)) < 40 else math.nan
    except ValueError:
        return "?"
    return f"{number:.0f}s" if math.isfinite(number) else "?"


def clip_lines(clips: list[dict[str, Any]], tag: str) -> str:
    """Each clip's id, state, length and title, and its files; absent fields are left out."""
    family = facts.FAMILIES[tag]
    lines = []
    for clip in clips:
        state = clip.get(family.clip_state) if family.clip_state else None
        head = [clip.get(family.clip_id), state, seconds(clip["duration"]) if "duration" in clip else None]
        head.append(clip.get("title"))
        lines.append("  ".join(safe(part) for part in head if part not in (None, "", "?")))
        for key in family.files:
            if isinstance(clip.get(key), str) and clip[key]:
                lines.append(f"    {safe(clip[key])}")
        covers = [f for f, role in family.files.items() if role == "image"]  # a cover alone is not a result
        has_files = any(isinstance(clip.get(k), str) and clip[k] for k in family.files if k not in covers)
        if not has_files and isinstance(clip.get("lyrics"), str):
            lines.extend(f"    {safe(line)}" for line in clip["lyrics"].splitlines()[:40])
    return "\n".join(lines) if lines else "(no clips)"


def resume_line(args: argparse.Namespace, task_id: str, download: Path | None) -> str:
    """The command that picks up where an interrupted wait (or download) stopped, saving the same files."""
    import shlex

    folder = f" --download {shlex.quote(str(download))}" if download is not None else ""
    if download is not None:
        folder += "" if getattr(args, AUDIO, True) else " --no-audio"
        folder += "".join(f" --{role}" for role in getattr(args, "file_roles", ()) if getattr(args, role, False))
    return f"{PROG} {args.tag} wait {shlex.quote(task_id)}{folder}"


def run_wait(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    download = check_waiting(args)
    state["task_id"] = args.task_id
    state["resume"] = resume_line(args, args.task_id, download)
    return finish(connect(args), args, args.task_id, download, first_delay=0.0)


def run_get(args: argparse.Namespace, state: dict[str, Any]) -> Exit:
    import musicapi_runtime as rt

    state["task_id"] = args.task_id
    state["resume"] = f"{PROG} {args.tag} wait {args.task_id}"
    status = rt.get_task(connect(args), args.task_id, family=facts.FAMILIES[args.tag])
    clips = [c.to_dict() for c in rt.clips_of(status.task)] if status.task else []
    if args.json:
        out(dumps({"task_id": args.task_id, "state": status.state, "status": status.status, "clips": clips}))
    else:
        word = f"{status.state} ({status.status})" if status.status else status.state
        out(f"{safe(args.task_id)}  {safe(word)}" + (f"\n{clip_lines(clips, args.tag)}" if clips else ""))
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


# ---- running ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in arguments
    state: dict[str, Any] = {}
    tolerant_streams()
    try:
        if arguments[:1] == ["sandbox"]:  # its options are the sandbox's own (argparse cannot pass them through)
            return int(run_sandbox(argparse.Namespace(args=arguments[1:]), state))
        args = build().parse_args(arguments)
        as_json = bool(getattr(args, "json", False))
        command: Callable[[argparse.Namespace, dict[str, Any]], Exit] = args.run
        return int(command(args, state))
    except Usage as usage:
        return int(fail(as_json, "UsageError", safe(usage), Exit.USAGE))
    except KeyboardInterrupt as interrupt:
        resume = state.get("resume")
        tail = f"; the task goes on: resume with: {resume}" if resume else ""
        # The runtime notes a Ctrl-C that came while a create was being sent (tasks._paying).
        may_exist = getattr(sys.modules.get("musicapi_runtime._calls"), "MAY_EXIST", None)
        if may_exist and any(may_exist in n for n in getattr(interrupt, "__notes__", ())):
            tail = f" while the create was being sent: {may_exist}"
        return int(fail(as_json, "Interrupted", f"interrupted{tail}", Exit.INTERRUPTED, task_id=state.get("task_id")))
    except OutputFailed as broken:
        paid = state.get("task_id") or state.get("clip_id")
        what = f" ({'task' if state.get('task_id') else 'clip'} {safe(paid)})" if paid else ""
        note(f"musicapi: error: could not write the result to stdout: {safe(broken)}{what}")
        return int(Exit.OUTPUT)
    except Exception as error:
        return _reported(error, as_json, state)


def tolerant_streams() -> None:
    """stdout and stderr that escape what their encoding cannot show (LANG=C, PYTHONIOENCODING=ascii), instead
    of failing with UnicodeEncodeError in the middle of a result."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _reported(error: Exception, as_json: bool, state: dict[str, Any]) -> int:
    import musicapi_runtime as rt

    if not isinstance(error, rt.MusicAPIError):
        # A bug of ours: still one line (and the task id, if one was paid for), never a traceback.
        task = f" (task {state['task_id']})" if state.get("task_id") else ""
        return int(fail(as_json, "InternalError", f"unexpected {type(error).__name__}: {safe(error)}{task}", Exit.API))
    if error.task_id is None and state.get("task_id"):
        error.task_id = state["task_id"]
    line = one_line(error, state.get("resume"))
    return int(fail(as_json, type(error).__name__, line, code_for(error), status=error.status, task_id=error.task_id))
