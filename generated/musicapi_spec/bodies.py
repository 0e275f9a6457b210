"""Request body types per operation, as unions of the generated models. Written by `make generate`
(codegen/facts.py): do not edit. Imports every request model, so it is kept out of musicapi_spec itself."""

from typing import TypeAlias

from musicapi_client.models import (
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
RequestBody: TypeAlias = (
    RiffusionCreateBody
    | RiffusionUploadBody
    | ProducerCreateBody
    | ProducerUploadBody
    | ProducerDownloadBody
    | ProducerLyricsCreateBody
    | ProducerVideoClipBody
)
