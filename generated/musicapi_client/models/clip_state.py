from enum import StrEnum


class ClipState(StrEnum):
    COMPLETE = "complete"
    ERROR = "error"
    FAILED = "failed"
    PENDING = "pending"
    RUNNING = "running"
    STREAMING = "streaming"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
