"""Everything a command checks before the first paid byte: its text, its options, the download folder, and the
request body against the spec. A problem is a Usage error (exit code 2): nothing was sent."""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import musicapi_spec as facts

from . import modes as m
from .exits import Usage
from .output import safe
from .parser import AUDIO, DEFAULT_TIMEOUT, POLL_VARIABLE

if TYPE_CHECKING:
    import musicapi_runtime as rt


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


def check_poll(args: argparse.Namespace) -> None:
    """--poll, or MUSICAPI_POLL_SECONDS: a positive number of seconds."""
    source = "--poll"
    if args.poll is None and os.environ.get(POLL_VARIABLE, "").strip():
        source = POLL_VARIABLE
        try:
            args.poll = float(os.environ[POLL_VARIABLE])
        except ValueError:
            args.poll = math.nan
    if args.poll is not None and not (math.isfinite(args.poll) and args.poll > 0):
        shown = safe(os.environ[POLL_VARIABLE]) if source == POLL_VARIABLE else f"{args.poll:g}"
        raise Usage(f"{source} must be a positive number of seconds, got {shown}")


def check_waiting(args: argparse.Namespace) -> Path | None:
    """The download folder (proven writable) and the waiting and download options, checked before paying."""
    download: Path | None = args.download
    waiting = getattr(args, "wait", True) or download is not None  # `wait` commands have no --wait: they wait
    for given in ("timeout", "poll"):
        if getattr(args, given) is not None and not waiting:
            either = " or --download DIR" if getattr(args, "offers_download", True) else ""
            raise Usage(f"--{given} only makes sense with --wait{either}")
    check_poll(args)
    if args.timeout is None:
        args.timeout = DEFAULT_TIMEOUT
    if not (math.isfinite(args.timeout) and args.timeout > 0):
        raise Usage(f"--timeout must be a positive number of seconds, got {args.timeout:g}")
    if not getattr(args, "fixed_files", False):  # else the command's files are fixed (parser.download_of)
        check_file_options(args, download)
    return writable(download)


def writable(folder: Path | None) -> Path | None:
    """A --download folder, created and proven writable before paying."""
    import musicapi_runtime as rt

    if folder is not None:
        try:
            rt.check_folder(folder)
        except rt.DownloadError as error:
            raise Usage(error.message) from None
    return folder


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
