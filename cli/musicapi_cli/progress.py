"""What a person sees while a task runs: on a terminal, a live display (a turning spinner, the task's state
and time, a line per clip with its state); otherwise one plain line per change. Progress goes to stderr so
stdout stays clean for results and --json. rich is imported only for the live display."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

import musicapi_spec as facts

from .output import note, safe

if TYPE_CHECKING:
    import musicapi_runtime as rt

# Colours by what a state means (the spec's x-phases), whatever the API calls it.
STYLES = {"done": "green", "failed": "red", "near": "cyan", "running": "yellow", "pending": "dim"}


def style_of(value: str) -> str:
    for phases in facts.PHASES.values():
        if value in phases:
            return STYLES.get(phases[value], "yellow")
    return "yellow"


class WaitDisplay:
    """Entered before a create (whose task id comes later: `start`) or a wait on a known task."""

    def __init__(self, task_id: str | None = None) -> None:
        self.task_id = task_id
        self.started = time.monotonic()
        self.state = "submitted"
        self.status: str | None = None
        self.clips: tuple[str, ...] = ()
        self.live: Any = None
        self.spinner: Any = None

    def __rich__(self) -> Any:
        from rich.console import Group
        from rich.text import Text

        elapsed = time.monotonic() - self.started
        word = f"{self.state} ({self.status})" if self.status else self.state
        self.spinner.update(
            text=Text.assemble(
                ("task ", "dim"), (safe(self.task_id), "bold"), f"  {safe(word)}  ", (f"{elapsed:5.1f}s", "cyan")
            )
        )
        lines: list[Any] = [self.spinner]
        for number, state in enumerate(self.clips, 1):
            lines.append(Text.assemble(f"  clip {number}: ", (safe(state) or "(no state yet)", style_of(state))))
        return Group(*lines)

    def update(self, progress: rt.Progress) -> None:
        self.state, self.clips, self.status = progress.state, progress.clip_states, progress.status
        if self.live is None:  # not a terminal: one plain line per change
            clips = ", ".join(f"clip {i}: {safe(s) or '(no state yet)'}" for i, s in enumerate(self.clips, 1))
            word = f"{self.state} ({safe(self.status)})" if self.status else self.state
            note(f"[{progress.elapsed:6.1f}s] task {safe(self.task_id)} {word} ({clips or 'no clips yet'})")

    def start(self, task_id: str) -> None:
        """The task exists: on a terminal, the live display starts (rich comes with the [cli] extra)."""
        self.task_id, self.started = task_id, time.monotonic()
        if self.live is not None or not sys.stderr.isatty():
            return
        try:
            from rich.console import Console
            from rich.live import Live
            from rich.spinner import Spinner
        except ImportError:  # without rich, plain lines
            return
        self.spinner = Spinner("dots")  # one instance, so its frames turn between refreshes
        self.live = Live(self, console=Console(stderr=True), refresh_per_second=8, transient=False)
        self.live.__enter__()

    def __enter__(self) -> WaitDisplay:
        if self.task_id is not None:
            self.start(self.task_id)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self.live is not None:
            self.live.__exit__(kind, value, traceback)
