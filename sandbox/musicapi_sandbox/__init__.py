"""musicapi_sandbox: a local, stateful sandbox of the MusicAPI riffusion API (`pip install musicapi-client[sandbox]`).

Run it with `python -m musicapi_sandbox` (or `musicapi sandbox`); use it from code with `SandboxProcess`."""

from .app import make_app
from .config import DEFAULT_KEY, SandboxConfig
from .server import SandboxProcess, free_port, main

__all__ = ["DEFAULT_KEY", "SandboxConfig", "SandboxProcess", "free_port", "main", "make_app"]
