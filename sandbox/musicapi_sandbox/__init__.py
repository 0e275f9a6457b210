"""musicapi_sandbox: a local, stateful sandbox of the MusicAPI API (`pip install "musicapi-client[sandbox]"`).

Run it with `python -m musicapi_sandbox` (or `musicapi sandbox`); use it from code with `SandboxProcess`
(which needs only httpx). The server itself needs aiohttp, loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import DEFAULT_KEY, DEFAULT_WEBHOOK_SECRET, SandboxConfig
from .process import SandboxProcess, free_port

if TYPE_CHECKING:
    from .app import make_app
    from .server import main

__all__ = ["DEFAULT_KEY", "DEFAULT_WEBHOOK_SECRET", "SandboxConfig", "SandboxProcess", "free_port", "main", "make_app"]


def __getattr__(name: str) -> Any:
    if name == "make_app":
        from .app import make_app

        return make_app
    if name == "main":
        from .server import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
