"""Contains all the data models used in inputs/outputs"""

from .credits_ import Credits
from .error import Error
from .riffusion_clip import RiffusionClip
from .riffusion_clip_state import RiffusionClipState
from .riffusion_cover import RiffusionCover
from .riffusion_cover_upload_music import RiffusionCoverUploadMusic
from .riffusion_create_response import RiffusionCreateResponse
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
from .riffusion_task_failure import RiffusionTaskFailure
from .riffusion_task_failure_type import RiffusionTaskFailureType
from .riffusion_task_not_ready import RiffusionTaskNotReady
from .riffusion_upload_request import RiffusionUploadRequest
from .riffusion_upload_response import RiffusionUploadResponse

__all__ = (
    "Credits",
    "Error",
    "RiffusionClip",
    "RiffusionClipState",
    "RiffusionCover",
    "RiffusionCoverUploadMusic",
    "RiffusionCreateResponse",
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
    "RiffusionTaskFailure",
    "RiffusionTaskFailureType",
    "RiffusionTaskNotReady",
    "RiffusionUploadRequest",
    "RiffusionUploadResponse",
)
