"""Sandbox settings: startup options of `python -m musicapi_sandbox` and of `Sandbox(...)`."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_KEY = "sandbox-key"


@dataclass(frozen=True)
class SandboxConfig:
    host: str = "127.0.0.1"
    port: int = 8000
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

    @classmethod
    def realistic(cls, **overrides: object) -> SandboxConfig:
        return cls(**{"task_min": 30.0, "task_max": 90.0, **overrides})  # type: ignore[arg-type]
