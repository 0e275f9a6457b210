"""musicapi_cli: the `musicapi` command (`pip install "musicapi-client[cli]"`)."""

from __future__ import annotations

import sys


def run() -> None:
    """Entry point: a clear message instead of a traceback when the cli extra is not installed."""
    try:
        from .main import app
    except ModuleNotFoundError as missing:
        print(f"musicapi: {missing.name} is not installed; run: pip install 'musicapi-client[cli]'", file=sys.stderr)
        sys.exit(2)
    app()
