from enum import StrEnum


class TaskFailureType(StrEnum):
    API_ERROR = "api_error"
    ERROR = "error"
    FAILED = "failed"
    FORBIDDEN = "forbidden"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
