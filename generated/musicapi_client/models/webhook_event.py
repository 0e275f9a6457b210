from enum import StrEnum


class WebhookEvent(StrEnum):
    SONG_COMPLETED = "song.completed"
    SONG_FAILED = "song.failed"

    def __str__(self) -> str:
        return str(self.value)
