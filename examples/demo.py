"""`make demo`: create a song in description mode, wait with visible progress, download both songs.

Against the local sandbox (started and stopped here) unless MUSICAPI_API_KEY is set, in which case it uses the
real API (and spends 12 credits). Options: DEMO_PROMPT, DEMO_OUT (default ./songs), MUSICAPI_BASE_URL.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import musicapi_runtime as rt
from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel


def show(progress: rt.Progress) -> None:
    clips = ", ".join(f"clip {i + 1} {state}" for i, state in enumerate(progress.clip_states)) or "no clips yet"
    print(f"  [{progress.elapsed:5.1f}s] {progress.state:<10} {clips}", flush=True)


def main() -> int:
    prompt = os.environ.get("DEMO_PROMPT", "an upbeat synth-pop song about a sandbox")
    out = Path(os.environ.get("DEMO_OUT", "songs"))
    with contextlib.ExitStack() as stack:
        if os.environ.get("MUSICAPI_API_KEY"):
            client = rt.connect()
            where = "the MusicAPI (MUSICAPI_API_KEY is set; this create costs 12 credits)"
        else:
            from musicapi_sandbox import SandboxProcess

            sandbox = stack.enter_context(SandboxProcess(["--task-seconds", "2", "3"]))
            client = rt.connect(sandbox.api_key, base_url=sandbox.url)
            where = f"the local sandbox at {sandbox.url} (set MUSICAPI_API_KEY to use the real API)"
        stack.enter_context(client)
        print(f"Creating a song on {where}\n  prompt: {prompt!r}", flush=True)
        body = RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1_PRO, prompt=prompt)
        task_id = rt.create(client, body).task_id
        print(f"Task {task_id} created; waiting for both songs", flush=True)
        try:
            # The sandbox's tasks take seconds, not a minute: poll it often enough to see each stage.
            schedule = rt.PollSchedule.fixed(0.4) if not os.environ.get("MUSICAPI_API_KEY") else None
            task = rt.wait_for_task(client, task_id, family=rt.Family.RIFFUSION, on_progress=show, schedule=schedule)
            paths = rt.download(task, out, include_image=True, task_id=task_id)
        except rt.MusicAPIError as error:
            print(f"Failed: {error}", file=sys.stderr)
            return 1
    print("Downloaded:")
    for path in paths:
        print(f"  {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
