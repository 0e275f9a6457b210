"""The command line's parser: a command per request variant of the spec (modes.py), with the waiting and
downloading options of the family that follows it. Each command names what runs it (`run`, a key of
commands.RUN), so building the parser loads no command code: `musicapi --help` stays quick."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn

import musicapi_spec as facts

from . import modes as m
from .exits import Usage
from .output import out

PROG = "musicapi"
POLL_VARIABLE = "MUSICAPI_POLL_SECONDS"
DEFAULT_TIMEOUT = 600.0  # seconds a wait lasts unless --timeout says otherwise (create_and_wait's default too)
# The kind of file --download saves unless --no-audio; the family's other kinds (x-file roles) are --ROLE flags.
AUDIO = "audio"


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
        from musicapi_runtime import __version__  # the package alone: its modules load on first use

        out(f"{PROG} {__version__} (spec: {facts.TITLE} {facts.VERSION})")
        parser.exit()


def common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument(
        "--base-url", metavar="URL", help=f"API root (default: MUSICAPI_BASE_URL, else {facts.DEFAULT_BASE_URL})"
    )


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
        help=f"poll every SECONDS (default: {POLL_VARIABLE}, else adaptive: when the server says to, else at the "
        "pace the real API's minute-long tasks need)",
    )
    others = [role for role in roles if role != AUDIO]
    parser.set_defaults(file_roles=others)
    if made is not None:
        download_of(parser, group, roles, made)
        return
    group.add_argument("--download", type=Path, metavar="DIR", help="save the files into DIR (implies waiting)")
    group.add_argument("--folders", action="store_true", help=FOLDERS)
    group.add_argument("--no-audio", dest=AUDIO, action="store_false", help="with --download, skip the audio file")
    for role in others:
        field = roles[role]
        group.add_argument(f"--{role}", action="store_true", help=f"with --download, also save each clip's {field}")


FOLDERS = "with --download, a folder per clip: its files and song.json (what it is; the URLs expire)"


def download_of(parser: argparse.ArgumentParser, group: Any, roles: dict[str, str], made: tuple[str, ...]) -> None:
    """--download for a command whose task makes only some files (x-files): those, or no --download at all."""
    saved = [role for role, field in roles.items() if field in made]  # what a download can save
    choices = {role: role in saved for role in roles}
    parser.set_defaults(fixed_files=True, offers_download=bool(saved), download=None, folders=False, **choices)
    if saved:
        shown = " and ".join(saved)
        group.add_argument(
            "--download", type=Path, metavar="DIR", help=f"save the task's files ({shown}) into DIR (implies waiting)"
        )
        group.add_argument("--folders", action="store_true", help=FOLDERS)


def build(prog: str = PROG) -> argparse.ArgumentParser:
    root = Parser(
        prog=prog,
        description=f"Make music with {facts.TITLE}. The key comes from MUSICAPI_API_KEY and is never printed.",
    )
    root.add_argument("--version", action=Version, nargs=0, help="print the version and exit")
    commands = root.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for tag in m.tags():
        tag_parser = commands.add_parser(tag, help=tag_help(tag), description=tag_help(tag))
        verbs = tag_parser.add_subparsers(dest="verb", metavar="COMMAND", required=True)
        poll = m.poll_of(tag)
        tag_modes = m.modes(tag)
        for mode in tag_modes:
            add_mode(verbs, tag, mode, tag_modes, mode.operation.family if poll and mode.operation.polls else None)
        if poll is not None:
            add_task_commands(verbs, tag)
    credits = commands.add_parser("credits", help="show the remaining credits")
    common(credits)
    credits.set_defaults(run="credits")
    if facts.WEBHOOKS:
        from .listen import add_listen

        add_listen(commands, common)
    sandbox = commands.add_parser(
        "sandbox", help="run the local sandbox (options: musicapi sandbox --help)", add_help=False
    )
    sandbox.add_argument("args", nargs=argparse.REMAINDER)
    sandbox.set_defaults(run="sandbox", json=False)
    return root


def add_task_commands(verbs: Any, tag: str) -> None:
    """`get` and `wait` for a family's task ids."""
    get = verbs.add_parser("get", help="poll a task once (free) and print its state")
    get.add_argument("task_id", metavar="TASK_ID", help="the task to look at")
    common(get)
    get.set_defaults(run="get", tag=tag)
    wait = verbs.add_parser("wait", help="wait for a task, then print (and download) its results")
    wait.add_argument("task_id", metavar="TASK_ID", help="the task to wait for")
    wait_options(wait, tag, waiting_flag=False)
    common(wait)
    wait.set_defaults(run="wait", tag=tag)


def tag_help(tag: str) -> str:
    deprecated = all(o.deprecated for o in facts.OPERATIONS.values() if o.tag == tag and o.variants)
    credits = ", ".join(f"{mode.verb} {mode.credits}" for mode in m.modes(tag))
    return f"{tag}{' (deprecated by the vendor)' if deprecated else ''}: credits per call: {credits}"


def add_mode(verbs: Any, tag: str, mode: m.Mode, tag_modes: list[m.Mode], family: str | None) -> None:
    siblings = [other for other in tag_modes if other.operation is mode.operation and other is not mode]
    with_flags = mode.verb == "create" and bool(siblings)
    parser = verbs.add_parser(mode.verb, help=mode.summary, description=mode.summary)
    offered = [mode, *siblings] if with_flags else [mode]
    fields = m.fields(v for x in offered for v in x.all)
    argument = m.positional(mode)
    if argument is not None:
        parser.add_argument(f"field_{argument.name}", metavar=argument.name.upper(), help=argument.description)
    m.add_field_options(parser, fields, skip=argument.name if argument else None)
    if "lyrics" in fields:
        parser.add_argument("--lyrics-file", metavar="PATH", help="read --lyrics from a file (- for stdin)")
    if any(x.uploaded for x in offered):
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
    parser.set_defaults(run="create", tag=tag, verb=mode.verb, operation=mode.operation.id)
