"""Exit codes and the one-line messages a person sees when something goes wrong."""

from __future__ import annotations

import contextlib
import os
from enum import IntEnum
from typing import TYPE_CHECKING

from .modes import option, tags
from .output import dumps, note, out, safe

if TYPE_CHECKING:
    import musicapi_runtime as rt


MAY_EXIST = "the task may exist and may be charged; check your tasks before sending it again"


class Usage(Exception):
    """A usage error (from argparse or our own checks): exit code 2, nothing sent."""


class Exit(IntEnum):
    OK = 0
    USAGE = 2  # bad options or input, no key: nothing was sent
    API = 3  # the API refused the request or could not be reached
    TASK_FAILED = 4  # the task ended in failure
    DOWNLOAD = 5  # a file could not be downloaded
    MAY_EXIST = 6  # a create/upload may have been accepted: do not simply run it again
    WAIT_TIMEOUT = 7  # the task did not finish before --timeout (it may still finish)
    OUTPUT = 8  # the result could not be written to stdout (the task id went to stderr)
    INTERRUPTED = 130  # Ctrl-C


def code_for(error: rt.MusicAPIError) -> Exit:
    import musicapi_runtime as rt

    if isinstance(error, rt.OutcomeUnknownError):
        return Exit.MAY_EXIST
    if isinstance(error, rt.TaskFailed):
        return Exit.TASK_FAILED
    if isinstance(error, rt.WaitTimeout):
        return Exit.WAIT_TIMEOUT
    if isinstance(error, rt.DownloadError):
        return Exit.DOWNLOAD
    if isinstance(error, rt.RequestValidationError | rt.ConfigurationError):
        return Exit.USAGE
    return Exit.API


def _named(field: str) -> str:
    """A field of a problem as the command line calls it: an option, or TASK_ID (the argument)."""
    if field == "task_id":
        return "the task id"
    return option(field) if field else "the request"


def one_line(error: rt.MusicAPIError, resume: str | None = None) -> str:
    """The error in a person's words: options instead of field names, the resume command when there is one."""
    import musicapi_runtime as rt

    if isinstance(error, rt.RequestValidationError) and error.problems:
        text = "; ".join(f"{_named(field)} {what}" for field, what in error.problems)
    elif isinstance(error, rt.ConfigurationError) and "API key" in error.message and "no API key" in error.message:
        text = "no API key: set MUSICAPI_API_KEY (the sandbox's is printed when it starts)"
    elif isinstance(error, rt.OutcomeUnknownError):
        text = f"the request may have been accepted, so it was not sent again ({error.message})"
    else:
        text = error.message
    others = [t for t in tags() if resume and t != resume.split()[1]]
    if isinstance(error, rt.TaskNotFoundError) and others:
        text += f" (for a task of {others[0]}: musicapi {others[0]} get ID)"
    if isinstance(error, rt.APIConnectionError) and os.environ.get("MUSICAPI_BASE_URL"):
        text += " (the address comes from MUSICAPI_BASE_URL)"
    extra = [f"status {error.status}"] if error.status is not None else []
    if error.task_id:
        extra.append(f"task {error.task_id}")
    line = f"{text} ({', '.join(extra)})" if extra else text
    if resume and error.task_id and isinstance(error, rt.WaitTimeout | rt.APIConnectionError | rt.ServerError):
        line += f"; resume with: {resume}"
    return " ".join(safe(line).split())


def fail(
    as_json: bool,
    kind: str,
    message: str,
    code: Exit,
    *,
    status: int | None = None,
    task_id: str | None = None,
    result: object = None,
) -> Exit:
    """Report an error: one line on stderr, and with --json an error object on stdout (beside it, `result`: a
    paid result the error came after). Returns the exit code."""
    note(f"musicapi: error: {message}")
    if as_json:
        fields = {"type": kind, "message": message, "status": status, "task_id": task_id, "exit_code": int(code)}
        with contextlib.suppress(Exception):  # the line on stderr already said it
            out(dumps({"error": fields, **({"result": result} if result is not None else {})}))
    return code
