"""The `musicapi` command: songs from a terminal, on top of the runtime's public names.

parser.py builds the commands from the spec (modes.py), checks.py checks everything before the first paid byte,
commands.py runs them, and this module turns whatever ends a command into its exit code and one line: never a
traceback. Heavy imports (the runtime, httpx, rich) wait until a command needs them, so `musicapi --help` is
quick.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import Any

from .exits import MAY_EXIST, Exit, Usage, code_for, fail, one_line
from .output import OutputFailed, note, safe
from .parser import build


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in arguments
    state: dict[str, Any] = {}
    tolerant_streams()
    try:
        from . import commands

        if arguments[:1] == ["sandbox"]:  # its options are the sandbox's own (argparse cannot pass them through)
            return int(commands.run_sandbox(argparse.Namespace(args=arguments[1:]), state))
        args = build().parse_args(arguments)
        as_json = bool(getattr(args, "json", False))
        return int(commands.RUN[args.run](args, state))
    except Usage as usage:
        return int(fail(as_json, "UsageError", safe(usage), Exit.USAGE))
    except KeyboardInterrupt as interrupt:
        return interrupted(interrupt, as_json, state)
    except OutputFailed as broken:
        paid = state.get("task_id") or state.get("clip_id")
        what = f" ({'task' if state.get('task_id') else 'clip'} {safe(paid)})" if paid else ""
        note(f"musicapi: error: could not write the result to stdout: {safe(broken)}{what}")
        return int(Exit.OUTPUT)
    except Exception as error:
        return reported(error, as_json, state)


def interrupted(interrupt: KeyboardInterrupt, as_json: bool, state: dict[str, Any]) -> int:
    """Ctrl-C: a created task goes on (the resume command says how to pick it up); during a create, it may
    exist."""
    resume = state.get("resume")
    tail = f"; the task goes on: resume with: {resume}" if resume else ""
    if "musicapi_runtime" in sys.modules:  # only a loaded runtime can have been sending a create
        import musicapi_runtime as rt

        if rt.outcome_unknown(interrupt):
            tail = f" while the create was being sent: {MAY_EXIST}"
    return int(fail(as_json, "Interrupted", f"interrupted{tail}", Exit.INTERRUPTED, task_id=state.get("task_id")))


def tolerant_streams() -> None:
    """stdout and stderr that escape what their encoding cannot show (LANG=C, PYTHONIOENCODING=ascii), instead
    of failing with UnicodeEncodeError in the middle of a result."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def reported(error: Exception, as_json: bool, state: dict[str, Any]) -> int:
    import musicapi_runtime as rt

    if not isinstance(error, rt.MusicAPIError):
        # A bug of ours: still one line (and the task id, if one was paid for), never a traceback.
        task = f" (task {state['task_id']})" if state.get("task_id") else ""
        return int(fail(as_json, "InternalError", f"unexpected {type(error).__name__}: {safe(error)}{task}", Exit.API))
    if error.task_id is None and state.get("task_id"):
        error.task_id = state["task_id"]
    line = one_line(error, state.get("resume"))
    kept = {"result": state["result"]} if "result" in state else {}
    code = code_for(error)
    return int(fail(as_json, type(error).__name__, line, code, status=error.status, task_id=error.task_id, **kept))
