"""What a person sees while a task runs: a live line per clip with the elapsed time (rich), or plain lines
when stderr is not a terminal. Progress goes to stderr so stdout stays clean for results and --json."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console, Group
from rich.live import Live
from rich.spinner import Spinner
from rich.text import Text

import musicapi_runtime as rt

STYLES = {"succeeded": "green", "complete": "green", "failed": "red", "error": "red"}


class WaitDisplay:
    def __init__(self, task_id: str, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.task_id = task_id
        self.started = time.monotonic()
        self.state = "submitted"
        self.clips: tuple[str, ...] = ()
        self.live: Live | None = None
        self.spinner = Spinner("dots")  # one instance, so its frames advance between refreshes

    def __rich__(self) -> Group:
        elapsed = time.monotonic() - self.started
        head = Text.assemble(
            ("task ", "dim"), (self.task_id, "bold"), f"  {self.state}  ", (f"{elapsed:5.1f}s", "cyan")
        )
        lines: list[Text | Spinner] = [Spinner("dots", text=head)]
        for number, state in enumerate(self.clips, 1):
            lines.append(Text.assemble(f"  clip {number}: ", (state or "(no state)", STYLES.get(state, "yellow"))))
        return Group(*lines)

    def update(self, progress: rt.Progress) -> None:
        self.state, self.clips = progress.state, progress.clip_states
        if self.live is None:  # not a terminal: one plain line per change
            clips = ", ".join(f"clip {i}: {s}" for i, s in enumerate(self.clips, 1)) or "no clips yet"
            print(f"[{progress.elapsed:6.1f}s] task {self.task_id} {self.state} ({clips})", file=sys.stderr, flush=True)

    def __enter__(self) -> WaitDisplay:
        if self.console.is_terminal:
            self.live = Live(self, console=self.console, refresh_per_second=8, transient=False)
            self.live.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self.live is not None:
            self.live.__exit__(kind, value, traceback)
