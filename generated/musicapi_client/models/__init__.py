"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clip_state import ClipState
    from .credits_ import Credits
    from .error import Error
    from .producer_clip import ProducerClip
    from .producer_cover_music import ProducerCoverMusic
    from .producer_cover_upload_music import ProducerCoverUploadMusic
    from .producer_create_music import ProducerCreateMusic
    from .producer_download_format import ProducerDownloadFormat
    from .producer_download_request import ProducerDownloadRequest
    from .producer_extend_music import ProducerExtendMusic
    from .producer_extend_upload_music import ProducerExtendUploadMusic
    from .producer_lyrics_request import ProducerLyricsRequest
    from .producer_model import ProducerModel
    from .producer_replace_music import ProducerReplaceMusic
    from .producer_replace_upload_music import ProducerReplaceUploadMusic
    from .producer_task import ProducerTask
    from .producer_task_status import ProducerTaskStatus
    from .producer_task_type import ProducerTaskType
    from .producer_upload_accepted import ProducerUploadAccepted
    from .producer_upload_request import ProducerUploadRequest
    from .producer_video_request import ProducerVideoRequest
    from .riffusion_clip import RiffusionClip
    from .riffusion_cover import RiffusionCover
    from .riffusion_cover_upload_music import RiffusionCoverUploadMusic
    from .riffusion_create_with_description import RiffusionCreateWithDescription
    from .riffusion_create_with_lyrics import RiffusionCreateWithLyrics
    from .riffusion_extend import RiffusionExtend
    from .riffusion_extend_upload_music import RiffusionExtendUploadMusic
    from .riffusion_model import RiffusionModel
    from .riffusion_replace_section import RiffusionReplaceSection
    from .riffusion_replace_upload_music import RiffusionReplaceUploadMusic
    from .riffusion_swap_sound import RiffusionSwapSound
    from .riffusion_swap_upload_music_sound import RiffusionSwapUploadMusicSound
    from .riffusion_swap_upload_music_vocals import RiffusionSwapUploadMusicVocals
    from .riffusion_swap_vocals import RiffusionSwapVocals
    from .riffusion_task import RiffusionTask
    from .riffusion_upload_request import RiffusionUploadRequest
    from .riffusion_upload_response import RiffusionUploadResponse
    from .task_accepted import TaskAccepted
    from .task_failure import TaskFailure
    from .task_failure_type import TaskFailureType
    from .task_not_ready import TaskNotReady
    from .webhook_event import WebhookEvent

_MODULES = {
    "ClipState": ".clip_state",
    "Credits": ".credits_",
    "Error": ".error",
    "ProducerClip": ".producer_clip",
    "ProducerCoverMusic": ".producer_cover_music",
    "ProducerCoverUploadMusic": ".producer_cover_upload_music",
    "ProducerCreateMusic": ".producer_create_music",
    "ProducerDownloadFormat": ".producer_download_format",
    "ProducerDownloadRequest": ".producer_download_request",
    "ProducerExtendMusic": ".producer_extend_music",
    "ProducerExtendUploadMusic": ".producer_extend_upload_music",
    "ProducerLyricsRequest": ".producer_lyrics_request",
    "ProducerModel": ".producer_model",
    "ProducerReplaceMusic": ".producer_replace_music",
    "ProducerReplaceUploadMusic": ".producer_replace_upload_music",
    "ProducerTask": ".producer_task",
    "ProducerTaskStatus": ".producer_task_status",
    "ProducerTaskType": ".producer_task_type",
    "ProducerUploadAccepted": ".producer_upload_accepted",
    "ProducerUploadRequest": ".producer_upload_request",
    "ProducerVideoRequest": ".producer_video_request",
    "RiffusionClip": ".riffusion_clip",
    "RiffusionCover": ".riffusion_cover",
    "RiffusionCoverUploadMusic": ".riffusion_cover_upload_music",
    "RiffusionCreateWithDescription": ".riffusion_create_with_description",
    "RiffusionCreateWithLyrics": ".riffusion_create_with_lyrics",
    "RiffusionExtend": ".riffusion_extend",
    "RiffusionExtendUploadMusic": ".riffusion_extend_upload_music",
    "RiffusionModel": ".riffusion_model",
    "RiffusionReplaceSection": ".riffusion_replace_section",
    "RiffusionReplaceUploadMusic": ".riffusion_replace_upload_music",
    "RiffusionSwapSound": ".riffusion_swap_sound",
    "RiffusionSwapUploadMusicSound": ".riffusion_swap_upload_music_sound",
    "RiffusionSwapUploadMusicVocals": ".riffusion_swap_upload_music_vocals",
    "RiffusionSwapVocals": ".riffusion_swap_vocals",
    "RiffusionTask": ".riffusion_task",
    "RiffusionUploadRequest": ".riffusion_upload_request",
    "RiffusionUploadResponse": ".riffusion_upload_response",
    "TaskAccepted": ".task_accepted",
    "TaskFailure": ".task_failure",
    "TaskFailureType": ".task_failure_type",
    "TaskNotReady": ".task_not_ready",
    "WebhookEvent": ".webhook_event",
}


if not TYPE_CHECKING:  # type checkers see the imports above, and flag a name that is not there

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "ClipState",
    "Credits",
    "Error",
    "ProducerClip",
    "ProducerCoverMusic",
    "ProducerCoverUploadMusic",
    "ProducerCreateMusic",
    "ProducerDownloadFormat",
    "ProducerDownloadRequest",
    "ProducerExtendMusic",
    "ProducerExtendUploadMusic",
    "ProducerLyricsRequest",
    "ProducerModel",
    "ProducerReplaceMusic",
    "ProducerReplaceUploadMusic",
    "ProducerTask",
    "ProducerTaskStatus",
    "ProducerTaskType",
    "ProducerUploadAccepted",
    "ProducerUploadRequest",
    "ProducerVideoRequest",
    "RiffusionClip",
    "RiffusionCover",
    "RiffusionCoverUploadMusic",
    "RiffusionCreateWithDescription",
    "RiffusionCreateWithLyrics",
    "RiffusionExtend",
    "RiffusionExtendUploadMusic",
    "RiffusionModel",
    "RiffusionReplaceSection",
    "RiffusionReplaceUploadMusic",
    "RiffusionSwapSound",
    "RiffusionSwapUploadMusicSound",
    "RiffusionSwapUploadMusicVocals",
    "RiffusionSwapVocals",
    "RiffusionTask",
    "RiffusionUploadRequest",
    "RiffusionUploadResponse",
    "TaskAccepted",
    "TaskFailure",
    "TaskFailureType",
    "TaskNotReady",
    "WebhookEvent",
)
