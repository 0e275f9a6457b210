"""Request body types per operation, as unions of the generated models. Written by `make generate`
(codegen/facts.py): do not edit. Imports every request model, so it is kept out of musicapi_spec itself."""

from typing import TypeAlias

from musicapi_client.models import (
    NuroBgm,
    NuroVocal,
    ProducerCoverMusic,
    ProducerCoverUploadMusic,
    ProducerCreateMusic,
    ProducerDownloadRequest,
    ProducerExtendMusic,
    ProducerExtendUploadMusic,
    ProducerLyricsRequest,
    ProducerReplaceMusic,
    ProducerReplaceUploadMusic,
    ProducerUploadRequest,
    ProducerVideoRequest,
    RiffusionCover,
    RiffusionCoverUploadMusic,
    RiffusionCreateWithDescription,
    RiffusionCreateWithLyrics,
    RiffusionExtend,
    RiffusionExtendUploadMusic,
    RiffusionReplaceSection,
    RiffusionReplaceUploadMusic,
    RiffusionSwapSound,
    RiffusionSwapUploadMusicSound,
    RiffusionSwapUploadMusicVocals,
    RiffusionSwapVocals,
    RiffusionUploadRequest,
    SonicAddInstrumental,
    SonicAddVocals,
    SonicAlignedLyricsRequest,
    SonicBpmRequest,
    SonicConcat,
    SonicCover,
    SonicCoverUploadMusic,
    SonicCreateWithDescription,
    SonicCreateWithLyrics,
    SonicExtend,
    SonicExtendUploadMusic,
    SonicLyricsRequest,
    SonicMashupRequest,
    SonicMidiRequest,
    SonicPersonaLegacyRequest,
    SonicPersonaMusic,
    SonicPersonaRequest,
    SonicRemaster,
    SonicReplaceSectionRequest,
    SonicSampleRequest,
    SonicStemsFullRequest,
    SonicStemsRequest,
    SonicTagsRequest,
    SonicUploadCoverRequest,
    SonicUploadExtendRequest,
    SonicUploadRequest,
    SonicVoiceRequest,
    SonicVoxRequest,
    SonicWavRequest,
    StudioCreateRequest,
    SunoGetSongRequest,
    SunoMakeLyricsRequest,
)

RiffusionCreateBody: TypeAlias = (
    RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionCover
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals
    | RiffusionExtendUploadMusic
    | RiffusionCoverUploadMusic
    | RiffusionReplaceUploadMusic
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
)
RiffusionUploadBody: TypeAlias = RiffusionUploadRequest
ProducerCreateBody: TypeAlias = (
    ProducerCreateMusic
    | ProducerExtendMusic
    | ProducerReplaceMusic
    | ProducerCoverMusic
    | ProducerExtendUploadMusic
    | ProducerReplaceUploadMusic
    | ProducerCoverUploadMusic
)
ProducerUploadBody: TypeAlias = ProducerUploadRequest
ProducerDownloadBody: TypeAlias = ProducerDownloadRequest
ProducerLyricsCreateBody: TypeAlias = ProducerLyricsRequest
ProducerVideoClipBody: TypeAlias = ProducerVideoRequest
SonicCreateBody: TypeAlias = (
    SonicCreateWithLyrics
    | SonicCreateWithDescription
    | SonicExtend
    | SonicCover
    | SonicConcat
    | SonicPersonaMusic
    | SonicExtendUploadMusic
    | SonicCoverUploadMusic
    | SonicRemaster
    | SonicAddInstrumental
    | SonicAddVocals
)
SonicUploadBody: TypeAlias = SonicUploadRequest
SonicUploadExtendBody: TypeAlias = SonicUploadExtendRequest
SonicUploadCoverBody: TypeAlias = SonicUploadCoverRequest
SonicPersonaCreateBody: TypeAlias = SonicPersonaRequest | SonicPersonaLegacyRequest
SonicCreateVoiceBody: TypeAlias = SonicVoiceRequest
SonicLyricsCreateBody: TypeAlias = SonicLyricsRequest
SonicAlignedLyricsBody: TypeAlias = SonicAlignedLyricsRequest
SonicStemsBasicBody: TypeAlias = SonicStemsRequest
SonicStemsFullBody: TypeAlias = SonicStemsFullRequest
SonicWavBody: TypeAlias = SonicWavRequest
SonicMidiBody: TypeAlias = SonicMidiRequest
SonicVoxBody: TypeAlias = SonicVoxRequest
SonicBpmBody: TypeAlias = SonicBpmRequest
SonicUpsampleTagsBody: TypeAlias = SonicTagsRequest
SonicMashupBody: TypeAlias = SonicMashupRequest
SonicReplaceSectionBody: TypeAlias = SonicReplaceSectionRequest
SonicSampleBody: TypeAlias = SonicSampleRequest
SunoMakeLyricsBody: TypeAlias = SunoMakeLyricsRequest
SunoGetSongBody: TypeAlias = SunoGetSongRequest
NuroCreateBody: TypeAlias = NuroVocal | NuroBgm
StudioCreateBody: TypeAlias = StudioCreateRequest
RequestBody: TypeAlias = (
    RiffusionCreateBody
    | RiffusionUploadBody
    | ProducerCreateBody
    | ProducerUploadBody
    | ProducerDownloadBody
    | ProducerLyricsCreateBody
    | ProducerVideoClipBody
    | SonicCreateBody
    | SonicUploadBody
    | SonicUploadExtendBody
    | SonicUploadCoverBody
    | SonicPersonaCreateBody
    | SonicCreateVoiceBody
    | SonicLyricsCreateBody
    | SonicAlignedLyricsBody
    | SonicStemsBasicBody
    | SonicStemsFullBody
    | SonicWavBody
    | SonicMidiBody
    | SonicVoxBody
    | SonicBpmBody
    | SonicUpsampleTagsBody
    | SonicMashupBody
    | SonicReplaceSectionBody
    | SonicSampleBody
    | SunoMakeLyricsBody
    | SunoGetSongBody
    | NuroCreateBody
    | StudioCreateBody
)
