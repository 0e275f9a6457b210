"""Sandbox settings: startup options of `python -m musicapi_sandbox` and of `make_app(...)`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import musicapi_spec as facts

DEFAULT_KEY = "sandbox-key"
DEFAULT_WEBHOOK_SECRET = "sandbox-webhook-secret"  # signs deliveries of tasks created without webhook_secret
# The spec names the sandbox among its servers (the one on a loopback address): its default host and port.
_LOCAL = next((urlsplit(url) for url in facts.SERVERS if urlsplit(url).hostname in {"127.0.0.1", "localhost"}), None)
DEFAULT_HOST = (_LOCAL.hostname if _LOCAL else None) or "127.0.0.1"
DEFAULT_PORT = (_LOCAL.port if _LOCAL else None) or 8000


@dataclass(frozen=True)
class SandboxConfig:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    api_key: str = DEFAULT_KEY
    credits: int = 1000
    # Task duration in seconds, drawn uniformly from [task_min, task_max]: fast by default, 30-90 s realistic.
    task_min: float = 0.4
    task_max: float = 0.8
    seed: int | None = None
    # Shares (0..1) of API requests that get each random fault.
    error_rate: float = 0.0
    drop_rate: float = 0.0
    rate_limit_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 2.0
    retry_after: float = 1.0
    # Share of created tasks that fail, and with which documented failure type ("random" picks one).
    fail_rate: float = 0.0
    fail_kind: str = "random"
    # Size in seconds of the generated audio behind each clip.
    audio_seconds: float = 2.0
    # Webhook deliveries: the default signing secret, retries after a non-2xx answer, first retry delay.
    webhook_secret: str = DEFAULT_WEBHOOK_SECRET
    webhook_retries: int = 3
    webhook_backoff: float = 0.5
    # Retry-After on creates and not-ready polls (when the task will show something): the real API sends none.
    poll_hints: bool = True
    # Webhook deliveries to hosts other than this machine's loopback addresses (off: they are recorded, not sent).
    webhooks_anywhere: bool = False
    # One line per request on stderr.
    log_requests: bool = False

    @classmethod
    def realistic(cls, **overrides: object) -> SandboxConfig:
        return cls(**{"task_min": 30.0, "task_max": 90.0, **overrides})  # type: ignore[arg-type]
