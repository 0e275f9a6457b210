"""Exit codes and the one-line messages a person sees when something goes wrong."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import NoReturn

import typer

import musicapi_runtime as rt


class Exit(IntEnum):
    OK = 0
    USAGE = 2  # bad options or input (also click's own code for usage errors)
    API = 3  # the API refused the request or could not be reached
    TASK_FAILED = 4  # the task ended in failure
    DOWNLOAD = 5  # a file could not be downloaded
    MAY_EXIST = 6  # a create/upload may have been accepted: do not simply run it again
    WAIT_TIMEOUT = 7  # the task did not finish before --timeout (it may still finish)


def code_for(error: rt.MusicAPIError) -> Exit:
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


def one_line(error: rt.MusicAPIError) -> str:
    if isinstance(error, rt.OutcomeUnknownError):
        return (
            "the request may have been accepted before the answer was lost, so it was not sent again; "
            f"check your tasks before creating it again ({' '.join(error.message.split())})"
        )
    text = str(error)
    if isinstance(error, rt.WaitTimeout) and error.task_id:
        text += f"; resume with: musicapi riffusion wait {error.task_id}"
    return " ".join(text.split())


@contextmanager
def reported(as_json: bool) -> Iterator[None]:
    """Turns library errors into a one-line message (or a JSON error object) and a distinct exit code."""
    try:
        yield
    except typer.BadParameter as usage:  # bad options or input, found before anything was sent
        fail(as_json, "UsageError", usage.message, Exit.USAGE, line=usage.message)
    except rt.MusicAPIError as error:
        fail(as_json, type(error).__name__, error.message, code_for(error), line=one_line(error), error=error)


def fail(
    as_json: bool, kind: str, message: str, code: Exit, *, line: str, error: rt.MusicAPIError | None = None
) -> NoReturn:
    if as_json:
        fields = {
            "type": kind,
            "message": message,
            "status": error.status if error else None,
            "task_id": error.task_id if error else None,
            "exit_code": int(code),
        }
        print(json.dumps({"error": fields}))
    print(f"musicapi: error: {line}", file=sys.stderr)
    raise typer.Exit(int(code))
