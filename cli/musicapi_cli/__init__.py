"""musicapi_cli: the `musicapi` command (`pip install "musicapi-client[cli]"` adds rich for the live display)."""

from __future__ import annotations

import sys


def run() -> None:
    """Entry point: the exit code of the command; never a traceback."""
    from .main import main

    sys.exit(main())
