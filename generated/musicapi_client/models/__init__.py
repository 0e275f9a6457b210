"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clip_state import ClipState
    from .credits_ import Credits
    from .error import Error
    from .nuro_bgm import NuroBgm
    from .nuro_bgm_version import NuroBgmVersion
    from .nuro_segment import NuroSegment
    from .nuro_task import NuroTask
    from .nuro_task_status import NuroTaskStatus
    from .nuro_vocal import NuroVocal
    from .nuro_vocal_gender import NuroVocalGender
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
    from .sonic_add_instrumental import SonicAddInstrumental
    from .sonic_add_vocals import SonicAddVocals
    from .sonic_aligned_lyrics_request import SonicAlignedLyricsRequest
    from .sonic_aligned_lyrics_result import SonicAlignedLyricsResult
    from .sonic_aligned_lyrics_result_data import SonicAlignedLyricsResultData
    from .sonic_bpm_request import SonicBpmRequest
    from .sonic_bpm_result import SonicBpmResult
    from .sonic_bpm_result_data import SonicBpmResultData
    from .sonic_clip import SonicClip
    from .sonic_concat import SonicConcat
    from .sonic_cover import SonicCover
    from .sonic_cover_upload_music import SonicCoverUploadMusic
    from .sonic_create_with_description import SonicCreateWithDescription
    from .sonic_create_with_lyrics import SonicCreateWithLyrics
    from .sonic_extend import SonicExtend
    from .sonic_extend_upload_music import SonicExtendUploadMusic
    from .sonic_lyrics_candidate import SonicLyricsCandidate
    from .sonic_lyrics_request import SonicLyricsRequest
    from .sonic_lyrics_result import SonicLyricsResult
    from .sonic_mashup_request import SonicMashupRequest
    from .sonic_midi_file import SonicMidiFile
    from .sonic_midi_request import SonicMidiRequest
    from .sonic_midi_result import SonicMidiResult
    from .sonic_model import SonicModel
    from .sonic_persona_accepted import SonicPersonaAccepted
    from .sonic_persona_legacy_request import SonicPersonaLegacyRequest
    from .sonic_persona_music import SonicPersonaMusic
    from .sonic_persona_request import SonicPersonaRequest
    from .sonic_remaster import SonicRemaster
    from .sonic_remaster_variation_category import SonicRemasterVariationCategory
    from .sonic_replace_section_request import SonicReplaceSectionRequest
    from .sonic_sample_request import SonicSampleRequest
    from .sonic_stems_full_request import SonicStemsFullRequest
    from .sonic_stems_request import SonicStemsRequest
    from .sonic_tags_request import SonicTagsRequest
    from .sonic_task import SonicTask
    from .sonic_upload_accepted import SonicUploadAccepted
    from .sonic_upload_cover_request import SonicUploadCoverRequest
    from .sonic_upload_extend_request import SonicUploadExtendRequest
    from .sonic_upload_request import SonicUploadRequest
    from .sonic_upload_step import SonicUploadStep
    from .sonic_upload_steps import SonicUploadSteps
    from .sonic_upload_task_accepted import SonicUploadTaskAccepted
    from .sonic_upsample_tags_result import SonicUpsampleTagsResult
    from .sonic_upsample_tags_result_data import SonicUpsampleTagsResultData
    from .sonic_voice_accepted import SonicVoiceAccepted
    from .sonic_voice_request import SonicVoiceRequest
    from .sonic_vox_request import SonicVoxRequest
    from .sonic_vox_result import SonicVoxResult
    from .sonic_vox_result_data import SonicVoxResultData
    from .sonic_wav_file import SonicWavFile
    from .sonic_wav_request import SonicWavRequest
    from .sonic_wav_result import SonicWavResult
    from .studio_accepted import StudioAccepted
    from .studio_create_request import StudioCreateRequest
    from .studio_create_request_config import StudioCreateRequestConfig
    from .studio_results import StudioResults
    from .studio_song import StudioSong
    from .studio_task import StudioTask
    from .studio_task_data import StudioTaskData
    from .studio_task_status import StudioTaskStatus
    from .suno_get_song_request import SunoGetSongRequest
    from .suno_lyrics_result import SunoLyricsResult
    from .suno_lyrics_result_data import SunoLyricsResultData
    from .suno_lyrics_task import SunoLyricsTask
    from .suno_make_lyrics_accepted import SunoMakeLyricsAccepted
    from .suno_make_lyrics_request import SunoMakeLyricsRequest
    from .suno_song import SunoSong
    from .task_accepted import TaskAccepted
    from .task_failure import TaskFailure
    from .task_failure_type import TaskFailureType
    from .task_not_ready import TaskNotReady
    from .vocal_gender import VocalGender
    from .webhook_event import WebhookEvent

_MODULES = {
    "ClipState": ".clip_state",
    "Credits": ".credits_",
    "Error": ".error",
    "NuroBgm": ".nuro_bgm",
    "NuroBgmVersion": ".nuro_bgm_version",
    "NuroSegment": ".nuro_segment",
    "NuroTask": ".nuro_task",
    "NuroTaskStatus": ".nuro_task_status",
    "NuroVocal": ".nuro_vocal",
    "NuroVocalGender": ".nuro_vocal_gender",
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
    "SonicAddInstrumental": ".sonic_add_instrumental",
    "SonicAddVocals": ".sonic_add_vocals",
    "SonicAlignedLyricsRequest": ".sonic_aligned_lyrics_request",
    "SonicAlignedLyricsResult": ".sonic_aligned_lyrics_result",
    "SonicAlignedLyricsResultData": ".sonic_aligned_lyrics_result_data",
    "SonicBpmRequest": ".sonic_bpm_request",
    "SonicBpmResult": ".sonic_bpm_result",
    "SonicBpmResultData": ".sonic_bpm_result_data",
    "SonicClip": ".sonic_clip",
    "SonicConcat": ".sonic_concat",
    "SonicCover": ".sonic_cover",
    "SonicCoverUploadMusic": ".sonic_cover_upload_music",
    "SonicCreateWithDescription": ".sonic_create_with_description",
    "SonicCreateWithLyrics": ".sonic_create_with_lyrics",
    "SonicExtend": ".sonic_extend",
    "SonicExtendUploadMusic": ".sonic_extend_upload_music",
    "SonicLyricsCandidate": ".sonic_lyrics_candidate",
    "SonicLyricsRequest": ".sonic_lyrics_request",
    "SonicLyricsResult": ".sonic_lyrics_result",
    "SonicMashupRequest": ".sonic_mashup_request",
    "SonicMidiFile": ".sonic_midi_file",
    "SonicMidiRequest": ".sonic_midi_request",
    "SonicMidiResult": ".sonic_midi_result",
    "SonicModel": ".sonic_model",
    "SonicPersonaAccepted": ".sonic_persona_accepted",
    "SonicPersonaLegacyRequest": ".sonic_persona_legacy_request",
    "SonicPersonaMusic": ".sonic_persona_music",
    "SonicPersonaRequest": ".sonic_persona_request",
    "SonicRemaster": ".sonic_remaster",
    "SonicRemasterVariationCategory": ".sonic_remaster_variation_category",
    "SonicReplaceSectionRequest": ".sonic_replace_section_request",
    "SonicSampleRequest": ".sonic_sample_request",
    "SonicStemsFullRequest": ".sonic_stems_full_request",
    "SonicStemsRequest": ".sonic_stems_request",
    "SonicTagsRequest": ".sonic_tags_request",
    "SonicTask": ".sonic_task",
    "SonicUploadAccepted": ".sonic_upload_accepted",
    "SonicUploadCoverRequest": ".sonic_upload_cover_request",
    "SonicUploadExtendRequest": ".sonic_upload_extend_request",
    "SonicUploadRequest": ".sonic_upload_request",
    "SonicUploadStep": ".sonic_upload_step",
    "SonicUploadSteps": ".sonic_upload_steps",
    "SonicUploadTaskAccepted": ".sonic_upload_task_accepted",
    "SonicUpsampleTagsResult": ".sonic_upsample_tags_result",
    "SonicUpsampleTagsResultData": ".sonic_upsample_tags_result_data",
    "SonicVoiceAccepted": ".sonic_voice_accepted",
    "SonicVoiceRequest": ".sonic_voice_request",
    "SonicVoxRequest": ".sonic_vox_request",
    "SonicVoxResult": ".sonic_vox_result",
    "SonicVoxResultData": ".sonic_vox_result_data",
    "SonicWavFile": ".sonic_wav_file",
    "SonicWavRequest": ".sonic_wav_request",
    "SonicWavResult": ".sonic_wav_result",
    "StudioAccepted": ".studio_accepted",
    "StudioCreateRequest": ".studio_create_request",
    "StudioCreateRequestConfig": ".studio_create_request_config",
    "StudioResults": ".studio_results",
    "StudioSong": ".studio_song",
    "StudioTask": ".studio_task",
    "StudioTaskData": ".studio_task_data",
    "StudioTaskStatus": ".studio_task_status",
    "SunoGetSongRequest": ".suno_get_song_request",
    "SunoLyricsResult": ".suno_lyrics_result",
    "SunoLyricsResultData": ".suno_lyrics_result_data",
    "SunoLyricsTask": ".suno_lyrics_task",
    "SunoMakeLyricsAccepted": ".suno_make_lyrics_accepted",
    "SunoMakeLyricsRequest": ".suno_make_lyrics_request",
    "SunoSong": ".suno_song",
    "TaskAccepted": ".task_accepted",
    "TaskFailure": ".task_failure",
    "TaskFailureType": ".task_failure_type",
    "TaskNotReady": ".task_not_ready",
    "VocalGender": ".vocal_gender",
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
    "NuroBgm",
    "NuroBgmVersion",
    "NuroSegment",
    "NuroTask",
    "NuroTaskStatus",
    "NuroVocal",
    "NuroVocalGender",
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
    "SonicAddInstrumental",
    "SonicAddVocals",
    "SonicAlignedLyricsRequest",
    "SonicAlignedLyricsResult",
    "SonicAlignedLyricsResultData",
    "SonicBpmRequest",
    "SonicBpmResult",
    "SonicBpmResultData",
    "SonicClip",
    "SonicConcat",
    "SonicCover",
    "SonicCoverUploadMusic",
    "SonicCreateWithDescription",
    "SonicCreateWithLyrics",
    "SonicExtend",
    "SonicExtendUploadMusic",
    "SonicLyricsCandidate",
    "SonicLyricsRequest",
    "SonicLyricsResult",
    "SonicMashupRequest",
    "SonicMidiFile",
    "SonicMidiRequest",
    "SonicMidiResult",
    "SonicModel",
    "SonicPersonaAccepted",
    "SonicPersonaLegacyRequest",
    "SonicPersonaMusic",
    "SonicPersonaRequest",
    "SonicRemaster",
    "SonicRemasterVariationCategory",
    "SonicReplaceSectionRequest",
    "SonicSampleRequest",
    "SonicStemsFullRequest",
    "SonicStemsRequest",
    "SonicTagsRequest",
    "SonicTask",
    "SonicUploadAccepted",
    "SonicUploadCoverRequest",
    "SonicUploadExtendRequest",
    "SonicUploadRequest",
    "SonicUploadStep",
    "SonicUploadSteps",
    "SonicUploadTaskAccepted",
    "SonicUpsampleTagsResult",
    "SonicUpsampleTagsResultData",
    "SonicVoiceAccepted",
    "SonicVoiceRequest",
    "SonicVoxRequest",
    "SonicVoxResult",
    "SonicVoxResultData",
    "SonicWavFile",
    "SonicWavRequest",
    "SonicWavResult",
    "StudioAccepted",
    "StudioCreateRequest",
    "StudioCreateRequestConfig",
    "StudioResults",
    "StudioSong",
    "StudioTask",
    "StudioTaskData",
    "StudioTaskStatus",
    "SunoGetSongRequest",
    "SunoLyricsResult",
    "SunoLyricsResultData",
    "SunoLyricsTask",
    "SunoMakeLyricsAccepted",
    "SunoMakeLyricsRequest",
    "SunoSong",
    "TaskAccepted",
    "TaskFailure",
    "TaskFailureType",
    "TaskNotReady",
    "VocalGender",
    "WebhookEvent",
)
