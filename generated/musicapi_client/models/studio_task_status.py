from enum import StrEnum


class StudioTaskStatus(StrEnum):
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_START = "NOT_START"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
