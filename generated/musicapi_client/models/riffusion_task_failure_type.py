from enum import StrEnum


class RiffusionTaskFailureType(StrEnum):
    API_ERROR = "api_error"
    FAILED = "failed"
    FORBIDDEN = "forbidden"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)
