"""Producer, start to finish: create a song, wait for it with visible progress, download the m4a and the WAV.

Against the local sandbox (started and stopped here) unless MUSICAPI_API_KEY is set, in which case it uses the
real API (a create costs the credits the spec gives ProducerCreateMusic: 10). Options: PRODUCER_SOUND,
PRODUCER_TITLE, DEMO_OUT (default ./songs), MUSICAPI_BASE_URL.

    python examples/producer.py
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import musicapi_runtime as rt
from musicapi_client.models import ProducerCreateMusic


def show(progress: rt.Progress) -> None:
    """One line per change: the task's own status (PENDING, RUNNING, SUCCESS) and its clip's state."""
    clips = ", ".join(progress.clip_states) or "no clip yet"
    print(f"  [{progress.elapsed:5.1f}s] {progress.status or progress.state:<10} {clips}", flush=True)


def main() -> int:
    sound = os.environ.get("PRODUCER_SOUND", "warm synth pop, driving bass, instrumental, no vocals")
    title = os.environ.get("PRODUCER_TITLE", "Night Drive")
    out = Path(os.environ.get("DEMO_OUT", "songs"))
    with contextlib.ExitStack() as stack:
        if os.environ.get("MUSICAPI_API_KEY"):
            client = rt.connect()
            where = "the MusicAPI (MUSICAPI_API_KEY is set; this create is paid)"
        else:
            from musicapi_sandbox import SandboxProcess

            sandbox = stack.enter_context(SandboxProcess(["--task-seconds", "2", "3"]))
            client = rt.connect(sandbox.api_key, base_url=sandbox.url)
            where = f"the local sandbox at {sandbox.url} (set MUSICAPI_API_KEY to use the real API)"
        stack.enter_context(client)
        print(f"Creating a song with producer on {where}\n  sound: {sound!r}", flush=True)
        try:
            # The body is checked against the spec before anything is sent (and paid for).
            # The sandbox's tasks take seconds, not a minute: poll it often enough to see each stage.
            schedule = None if os.environ.get("MUSICAPI_API_KEY") else rt.PollSchedule.fixed(0.4)
            body = ProducerCreateMusic(sound=sound, title=title)
            task = rt.create_and_wait(client, body, on_progress=show, schedule=schedule)
            # audio=True saves the .m4a, wav=True the WAV: both here.
            paths = rt.download(task, out, audio=True, wav=True)
        except rt.TaskFailed as failed:
            print(f"The task failed (producer refunds failed tasks): {failed}", file=sys.stderr)
            return 1
        except rt.MusicAPIError as error:
            print(f"Failed: {error}", file=sys.stderr)
            return 1
    print("Downloaded:")
    for path in paths:
        print(f"  {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
