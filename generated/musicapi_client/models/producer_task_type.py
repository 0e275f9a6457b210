from enum import StrEnum


class ProducerTaskType(StrEnum):
    COVER_MUSIC = "cover_music"
    CREATE_MUSIC = "create_music"
    DOWNLOAD = "download"
    EXTEND_MUSIC = "extend_music"
    MAKE_LYRICS = "make_lyrics"
    REPLACE_MUSIC = "replace_music"
    UPLOAD = "upload"
    VIDEO_CLIP = "video_clip"

    def __str__(self) -> str:
        return str(self.value)
