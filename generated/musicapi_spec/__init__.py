"""What openapi/musicapi.yaml says, as plain Python. Written by `make generate` (codegen/facts.py).

Do not edit.

Read by the runtime, the sandbox and the CLI instead of restating the spec. `check.problems()` applies
REQUEST_SCHEMAS; `openapi.json` beside this file is the spec itself.
"""

# ruff: noqa: E501
from __future__ import annotations

from enum import StrEnum
from typing import Any, Final, Literal, TypeAlias

from .model import FamilyFacts, Field, Operation, Signature, Variant, Webhook

TITLE: Final = "MusicAPI.ai API"
VERSION: Final = "2.0.0"
SERVERS: Final[tuple[str, ...]] = ("https://api.musicapi.ai", "http://127.0.0.1:8000")
DEFAULT_BASE_URL: Final = SERVERS[0]

OPERATIONS: Final[dict[str, Operation]] = {
    "riffusion_create": Operation(
        id="riffusion_create",
        tag="riffusion",
        method="POST",
        path="/api/v1/riffusion/create",
        module="musicapi_client.api.riffusion.riffusion_create",
        summary="Start a riffusion generation task",
        description=(
            "Starts one generation task; the body's shape decides the operation (description, lyrics, extend, cover, "
            "replace a section, swap sound, swap vocals, and the same on an uploaded clip). Costs 12 credits and yields "
            "two clips. Not idempotent: a create sent twice is paid twice."
        ),
        credits=12,
        variants=(
            "RiffusionCreateWithDescription",
            "RiffusionCreateWithLyrics",
            "RiffusionExtend",
            "RiffusionCover",
            "RiffusionReplaceSection",
            "RiffusionSwapSound",
            "RiffusionSwapVocals",
            "RiffusionExtendUploadMusic",
            "RiffusionCoverUploadMusic",
            "RiffusionReplaceUploadMusic",
            "RiffusionSwapUploadMusicSound",
            "RiffusionSwapUploadMusicVocals",
        ),
        polls="riffusion_get_task",
        path_parameters=(),
        statuses=("200", "400", "401", "402", "403", "410", "429", "5XX"),
        deprecated=True,
        successor="producer_create",
        retired={},
        task_type=None,
        files=None,
        family="riffusion",
        synchronous=False,
        answer="TaskAccepted",
        ids={"task_id": "task"},
        verb=None,
        file_format=None,
    ),
    "riffusion_upload": Operation(
        id="riffusion_upload",
        tag="riffusion",
        method="POST",
        path="/api/v1/riffusion/upload",
        module="musicapi_client.api.riffusion.riffusion_upload",
        summary="Upload an audio file by URL",
        description=(
            "Imports an audio file from a public URL (MP3 or WAV) and returns a `clip_id` to use as `continue_clip_id` "
            "with the `*_upload_*` operations. Costs 2 credits; processing takes about 20 s."
        ),
        credits=2,
        variants=("RiffusionUploadRequest",),
        polls=None,
        path_parameters=(),
        statuses=("200", "400", "401", "402", "403", "410", "429", "5XX"),
        deprecated=True,
        successor="producer_upload",
        retired={},
        task_type=None,
        files=None,
        family="riffusion",
        synchronous=True,
        answer="RiffusionUploadResponse",
        ids={"clip_id": "clip"},
        verb=None,
        file_format=None,
    ),
    "riffusion_get_task": Operation(
        id="riffusion_get_task",
        tag="riffusion",
        method="GET",
        path="/api/v1/riffusion/task/{task_id}",
        module="musicapi_client.api.riffusion.riffusion_get_task",
        summary="Get a riffusion task's status and clips",
        description=(
            "Free to call. While the task runs the server answers HTTP 202 (or 200) with a not-ready body, or an "
            'envelope whose `code` is 202. A finished task has two clips; one clip means "keep polling". A failed task '
            "answers HTTP 200 with a `type` of failed, timeout, forbidden or api_error (credits are refunded). An "
            'unknown task id is a 400 "task not found.", not a 404.'
        ),
        credits=0,
        variants=(),
        polls=None,
        path_parameters=("task_id",),
        statuses=("200", "202", "400", "401", "403", "404", "410", "429", "5XX"),
        deprecated=True,
        successor="producer_get_task",
        retired={},
        task_type=None,
        files=None,
        family="riffusion",
        synchronous=False,
        answer="RiffusionTaskResponse",
        ids={},
        verb=None,
        file_format=None,
    ),
    "producer_create": Operation(
        id="producer_create",
        tag="producer",
        method="POST",
        path="/api/v1/producer/create",
        module="musicapi_client.api.producer.producer_create",
        summary="Start a producer generation task",
        description=(
            "Starts one Lyria 3 Pro task; `task_type` selects the operation (create, extend, replace a section, cover, "
            "and the same on an uploaded clip). The cost depends on the operation (`x-credits` of each variant). One "
            "song of up to 240 s per create; how many clips a task returns is not documented. Not idempotent: a create "
            "sent twice is paid twice. Retired task types answer 410 (see `x-retired`); one older snapshot of the docs "
            "says every task type but `create_music` is retired, so any of them may 410."
        ),
        credits=10,
        variants=(
            "ProducerCreateMusic",
            "ProducerExtendMusic",
            "ProducerReplaceMusic",
            "ProducerCoverMusic",
            "ProducerExtendUploadMusic",
            "ProducerReplaceUploadMusic",
            "ProducerCoverUploadMusic",
        ),
        polls="producer_get_task",
        path_parameters=(),
        statuses=("200", "400", "401", "403", "410", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={
            "swap_music_vocals": "replace_music on the vocals time window",
            "swap_music_sound": "replace_music on the instrumental time window",
            "music_variation": "create_music again with the same prompt and a different seed",
        },
        task_type=None,
        files=None,
        family="producer",
        synchronous=False,
        answer="TaskAccepted",
        ids={"task_id": "task"},
        verb=None,
        file_format=None,
    ),
    "producer_upload": Operation(
        id="producer_upload",
        tag="producer",
        method="POST",
        path="/api/v1/producer/upload",
        module="musicapi_client.api.producer.producer_upload",
        summary="Import an audio file by URL",
        description=(
            "Imports an audio file from a public URL for the `*_upload_music` operations. Costs 2 credits. The answer "
            "is a task to poll (its clip is the uploaded audio); some sources describe a `clip_id` in the answer "
            "itself, so both are optional here."
        ),
        credits=2,
        variants=("ProducerUploadRequest",),
        polls="producer_get_task",
        path_parameters=(),
        statuses=("200", "400", "401", "403", "410", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={},
        task_type="upload",
        files=None,
        family="producer",
        synchronous=False,
        answer="ProducerUploadAccepted",
        ids={"task_id": "task", "clip_id": "clip"},
        verb=None,
        file_format=None,
    ),
    "producer_download": Operation(
        id="producer_download",
        tag="producer",
        method="POST",
        path="/api/v1/producer/download",
        module="musicapi_client.api.producer.producer_download",
        summary="Request an MP3 or WAV file of a clip",
        description=(
            "Re-encodes a clip as MP3 (the default) or WAV. Costs 2 credits (refunded if it fails). The answer is a "
            "task; poll it for the file's `audio_url`."
        ),
        credits=2,
        variants=("ProducerDownloadRequest",),
        polls="producer_get_task",
        path_parameters=(),
        statuses=("200", "400", "401", "403", "410", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={},
        task_type="download",
        files=("audio_url",),
        family="producer",
        synchronous=False,
        answer="TaskAccepted",
        ids={"task_id": "task"},
        verb=None,
        file_format="format",
    ),
    "producer_lyrics_create": Operation(
        id="producer_lyrics_create",
        tag="producer",
        method="POST",
        path="/api/v1/producer/lyrics-create",
        module="musicapi_client.api.producer.producer_lyrics_create",
        summary="Write lyrics from a description",
        description=(
            "Writes lyrics (1 credit); the answer is a task whose poll has `task_type` make_lyrics. The request body is "
            "not documented: `description` follows the vendor's other lyrics endpoint, and other fields are allowed."
        ),
        credits=1,
        variants=("ProducerLyricsRequest",),
        polls="producer_get_task",
        path_parameters=(),
        statuses=("200", "400", "401", "403", "410", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={},
        task_type="make_lyrics",
        files=(),
        family="producer",
        synchronous=False,
        answer="TaskAccepted",
        ids={"task_id": "task"},
        verb=None,
        file_format=None,
    ),
    "producer_video_clip": Operation(
        id="producer_video_clip",
        tag="producer",
        method="POST",
        path="/api/v1/producer/video-clip",
        module="musicapi_client.api.producer.producer_video_clip",
        summary="Render a music video of a clip",
        description=(
            "Renders a video (5 credits); the answer is a task whose poll has `task_type` video_clip and a clip with "
            "`video_url`. The request body is not documented beyond the clip; other fields are allowed."
        ),
        credits=5,
        variants=("ProducerVideoRequest",),
        polls="producer_get_task",
        path_parameters=(),
        statuses=("200", "400", "401", "403", "410", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={},
        task_type="video_clip",
        files=("video_url",),
        family="producer",
        synchronous=False,
        answer="TaskAccepted",
        ids={"task_id": "task"},
        verb=None,
        file_format=None,
    ),
    "producer_get_task": Operation(
        id="producer_get_task",
        tag="producer",
        method="GET",
        path="/api/v1/producer/task/{task_id}",
        module="musicapi_client.api.producer.producer_get_task",
        summary="Get a producer task's status and result",
        description=(
            "Free to call, for every kind of producer task (music, lyrics, video, upload, download). The state is "
            "top-level and upper case (`status`: PENDING, RUNNING, SUCCESS, FAILED, or a value not yet documented); a "
            "FAILED task is refunded and its `message` says so. While running the server may also answer HTTP 202 with "
            "a not-ready body, as riffusion does. Older snapshots show a finished body with no `status` and a per-clip "
            "`state` instead."
        ),
        credits=0,
        variants=(),
        polls=None,
        path_parameters=("task_id",),
        statuses=("200", "202", "400", "401", "403", "404", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={},
        task_type=None,
        files=None,
        family="producer",
        synchronous=False,
        answer="ProducerTaskResponse",
        ids={},
        verb=None,
        file_format=None,
    ),
    "get_credits": Operation(
        id="get_credits",
        tag="credits",
        method="GET",
        path="/api/v1/get-credits",
        module="musicapi_client.api.credits_.get_credits",
        summary="Get the account's credit balance",
        description="Returns the remaining credits. Extra credits are spent first and never expire.",
        credits=0,
        variants=(),
        polls=None,
        path_parameters=(),
        statuses=("200", "401", "403", "429", "5XX"),
        deprecated=False,
        successor=None,
        retired={},
        task_type=None,
        files=None,
        family=None,
        synchronous=False,
        answer="Credits",
        ids={},
        verb=None,
        file_format=None,
    ),
}

VARIANTS: Final[dict[str, Variant]] = {
    "RiffusionCreateWithDescription": Variant(
        schema="RiffusionCreateWithDescription",
        operation="riffusion_create",
        description="Create two songs from a short description of them (`custom_mode` false).",
        credits=12,
        tags={"custom_mode": False, "task_type": "create_music"},
        fields=(
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always false in description mode.",
                required=True,
                kind="boolean",
                const=False,
                is_tag=True,
            ),
            Field(
                name="prompt",
                description="Description of the song (description mode); at most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="make_instrumental",
                description="Generate an instrumental without vocals.",
                required=False,
                kind="boolean",
            ),
            Field(
                name="task_type",
                description="Plain creation; the vendor's own examples leave it out.",
                required=False,
                kind="string",
                const="create_music",
                is_tag=True,
            ),
        ),
    ),
    "RiffusionCreateWithLyrics": Variant(
        schema="RiffusionCreateWithLyrics",
        operation="riffusion_create",
        description="Create two songs from your own lyrics, title and sound (`custom_mode` true).",
        credits=12,
        tags={"custom_mode": True, "task_type": "create_music"},
        fields=(
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true in custom (lyrics) mode.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="make_instrumental",
                description="Generate an instrumental without vocals.",
                required=True,
                default=False,
                kind="boolean",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="task_type",
                description="Plain creation; the vendor's own examples leave it out.",
                required=False,
                kind="string",
                const="create_music",
                is_tag=True,
            ),
        ),
    ),
    "RiffusionExtend": Variant(
        schema="RiffusionExtend",
        operation="riffusion_create",
        description="Continue a generated clip from `continue_at` seconds with new lyrics.",
        credits=12,
        tags={"task_type": "extend_music", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="extend_music",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for an extension.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="continue_at",
                description="Where in the source clip (seconds) the extension starts.",
                required=True,
                kind="number",
            ),
        ),
    ),
    "RiffusionCover": Variant(
        schema="RiffusionCover",
        operation="riffusion_create",
        description="Re-record a generated clip in another style (the vendor's page is missing; fields inferred).",
        credits=12,
        tags={"task_type": "cover_music", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="cover_music",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a cover.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
        ),
    ),
    "RiffusionReplaceSection": Variant(
        schema="RiffusionReplaceSection",
        operation="riffusion_create",
        description=(
            "Regenerate the section between `replace_start_time` and `replace_end_time` (seconds) of a generated clip "
            "(field names from the vendor SDK; the docs page is missing)."
        ),
        credits=12,
        tags={"task_type": "replace_music", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="replace_music",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a replacement.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="replace_start_time",
                description="A time in the source clip, in seconds.",
                required=True,
                kind="number",
            ),
            Field(
                name="replace_end_time",
                description="The end of the section to replace, in seconds; it must be after `replace_start_time`.",
                required=True,
                kind="number",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
        ),
    ),
    "RiffusionSwapSound": Variant(
        schema="RiffusionSwapSound",
        operation="riffusion_create",
        description="Keep a generated clip's vocals and change its sound to what `sound` describes.",
        credits=12,
        tags={"task_type": "swap_music_sound", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="swap_music_sound",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a swap.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
        ),
    ),
    "RiffusionSwapVocals": Variant(
        schema="RiffusionSwapVocals",
        operation="riffusion_create",
        description="Keep a generated clip's music and sing `lyrics` with the voice `sound` describes.",
        credits=12,
        tags={"task_type": "swap_music_vocals", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="swap_music_vocals",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a swap.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="vocal_variation",
                description="How far swapped vocals may move from the original (0 to 1).",
                required=False,
                kind="number",
            ),
        ),
    ),
    "RiffusionExtendUploadMusic": Variant(
        schema="RiffusionExtendUploadMusic",
        operation="riffusion_create",
        description="Continue an uploaded clip from `continue_at` seconds with new lyrics.",
        credits=12,
        tags={"task_type": "extend_upload_music", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="extend_upload_music",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for an extension.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="continue_at",
                description="Where in the source clip (seconds) the extension starts.",
                required=True,
                kind="number",
            ),
        ),
    ),
    "RiffusionCoverUploadMusic": Variant(
        schema="RiffusionCoverUploadMusic",
        operation="riffusion_create",
        description="Re-record an uploaded clip in another style (fields inferred, as for cover).",
        credits=12,
        tags={"task_type": "cover_upload_music", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="cover_upload_music",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a cover.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
        ),
    ),
    "RiffusionReplaceUploadMusic": Variant(
        schema="RiffusionReplaceUploadMusic",
        operation="riffusion_create",
        description="Regenerate a section of an uploaded clip (as for replace section).",
        credits=12,
        tags={"task_type": "replace_upload_music", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="replace_upload_music",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a replacement.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="replace_start_time",
                description="A time in the source clip, in seconds.",
                required=True,
                kind="number",
            ),
            Field(
                name="replace_end_time",
                description="The end of the section to replace, in seconds; it must be after `replace_start_time`.",
                required=True,
                kind="number",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
        ),
    ),
    "RiffusionSwapUploadMusicSound": Variant(
        schema="RiffusionSwapUploadMusicSound",
        operation="riffusion_create",
        description="Keep an uploaded clip's vocals and change its sound to what `sound` describes.",
        credits=12,
        tags={"task_type": "swap_upload_music_sound", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="swap_upload_music_sound",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a swap.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
        ),
    ),
    "RiffusionSwapUploadMusicVocals": Variant(
        schema="RiffusionSwapUploadMusicVocals",
        operation="riffusion_create",
        description="Keep an uploaded clip's music and sing `lyrics` with the voice `sound` describes.",
        credits=12,
        tags={"task_type": "swap_upload_music_vocals", "custom_mode": True},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="swap_upload_music_vocals",
                is_tag=True,
            ),
            Field(
                name="mv",
                description="A FUZZ model (the values contain spaces).",
                required=True,
                kind="enum",
                choices=("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
                open=False,
            ),
            Field(
                name="custom_mode",
                description="Always true for a swap.",
                required=True,
                kind="boolean",
                const=True,
                is_tag=True,
            ),
            Field(
                name="continue_clip_id",
                description="The source clip, generated earlier or returned by an upload of the same API.",
                required=True,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="sound",
                description="Style or sound description (genre, voice); for swaps it says what to change. At most 200 characters.",
                required=True,
                kind="string",
            ),
            Field(
                name="title",
                description="Song title; the server requires fewer than 80 characters.",
                required=False,
                kind="string",
            ),
            Field(
                name="vocal_variation",
                description="How far swapped vocals may move from the original (0 to 1).",
                required=False,
                kind="number",
            ),
        ),
    ),
    "RiffusionUploadRequest": Variant(
        schema="RiffusionUploadRequest",
        operation="riffusion_upload",
        description="An audio file to import.",
        credits=2,
        tags={},
        fields=(
            Field(
                name="url",
                description="Public http(s) URL of an MP3 or WAV file you own (up to 8 minutes).",
                required=True,
                kind="string",
            ),
        ),
    ),
    "ProducerCreateMusic": Variant(
        schema="ProducerCreateMusic",
        operation="producer_create",
        description=(
            "Create a song from a style (`sound`) and/or `lyrics` (10 credits). `make_instrumental` and the "
            "strength/weirdness settings are accepted but ignored by Lyria 3 Pro."
        ),
        credits=10,
        tags={"task_type": "create_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation (documented as required; the server also defaults to it).",
                required=True,
                kind="string",
                const="create_music",
                is_tag=True,
            ),
            Field(
                name="sound",
                description='Free-form style, mood and instruments ("instrumental, no vocals" for an instrumental).',
                required=False,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Lyrics in plain text with section markers such as `[Verse]` and `[Chorus]`.",
                required=False,
                kind="string",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="mv",
                description="The model (optional; any value is aliased to Lyria 3 Pro).",
                required=False,
                kind="enum",
                choices=(
                    "FUZZ-2.0",
                    "FUZZ-2.0 Pro",
                    "FUZZ-2.0 Raw",
                    "FUZZ-1.1 Pro",
                    "FUZZ-1.1",
                    "FUZZ-1.0 Pro",
                    "FUZZ-1.0",
                    "FUZZ-0.8",
                    "FUZZ-3-Demo",
                    "Lyria 3 preview",
                ),
                open=True,
            ),
            Field(
                name="seed",
                description="A numeric seed for repeatable results (documented as a string; integers are accepted).",
                required=False,
                kind="string",
            ),
            Field(
                name="make_instrumental",
                description='Accepted but ignored by Lyria 3 Pro (put "instrumental, no vocals" in `sound`).',
                required=False,
                deprecated=True,
                kind="boolean",
            ),
            Field(
                name="lyrics_strength",
                description="Accepted but silently ignored since producer runs Lyria 3 Pro.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="sound_strength",
                description="Accepted but silently ignored since producer runs Lyria 3 Pro.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="weirdness",
                description="Accepted but silently ignored since producer runs Lyria 3 Pro.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerExtendMusic": Variant(
        schema="ProducerExtendMusic",
        operation="producer_create",
        description="Continue a clip from `starts_at` for `length` seconds (12 credits, refunded if it fails).",
        credits=12,
        tags={"task_type": "extend_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="extend_music",
                is_tag=True,
            ),
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="starts_at", description="A time in the source clip, in seconds.", required=False, kind="number"
            ),
            Field(
                name="length",
                description="Seconds of new audio (1 to 240; the server's default is 60).",
                required=False,
                kind="integer",
            ),
            Field(
                name="instruction",
                description="Musical direction for the new material, in plain words.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description='Free-form style, mood and instruments ("instrumental, no vocals" for an instrumental).',
                required=False,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Lyrics in plain text with section markers such as `[Verse]` and `[Chorus]`.",
                required=False,
                kind="string",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="starts",
                description="Older name of `starts_at`, still accepted.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="lyrics_text",
                description="Older name of `lyrics`, still accepted.",
                required=False,
                deprecated=True,
                kind="string",
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerReplaceMusic": Variant(
        schema="ProducerReplaceMusic",
        operation="producer_create",
        description=(
            "Regenerate the section between `starts_at` and `ends_at` of a clip, keeping the rest (12 credits, refunded "
            "if it fails)."
        ),
        credits=12,
        tags={"task_type": "replace_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="replace_music",
                is_tag=True,
            ),
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="starts_at", description="A time in the source clip, in seconds.", required=False, kind="number"
            ),
            Field(
                name="ends_at",
                description="The end of the section, in seconds; it must be after `starts_at`.",
                required=False,
                kind="number",
            ),
            Field(
                name="instruction",
                description="Musical direction for the new material, in plain words.",
                required=False,
                kind="string",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="starts",
                description="Older name of `starts_at`, still accepted.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="ends",
                description="Older name of `ends_at`, still accepted.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerCoverMusic": Variant(
        schema="ProducerCoverMusic",
        operation="producer_create",
        description=(
            "Re-record a clip in the style `instruction` describes (re-enabled 2026-05-20; servers that still refuse it "
            "answer 410). Its cost is not documented; 10 credits, as a create, is assumed."
        ),
        credits=10,
        tags={"task_type": "cover_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="cover_music",
                is_tag=True,
            ),
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="instruction",
                description="Musical direction for the new material, in plain words.",
                required=False,
                kind="string",
            ),
            Field(
                name="strength",
                description="How far a cover moves away from the source (0 to 1; the server's default is 0.5).",
                required=False,
                kind="number",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="cover_strength",
                description="Older name of `strength`, still accepted.",
                required=False,
                deprecated=True,
                kind="number",
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerExtendUploadMusic": Variant(
        schema="ProducerExtendUploadMusic",
        operation="producer_create",
        description="Continue an uploaded clip (as for extend; 12 credits).",
        credits=12,
        tags={"task_type": "extend_upload_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="extend_upload_music",
                is_tag=True,
            ),
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="starts_at", description="A time in the source clip, in seconds.", required=False, kind="number"
            ),
            Field(
                name="length",
                description="Seconds of new audio (1 to 240; the server's default is 60).",
                required=False,
                kind="integer",
            ),
            Field(
                name="instruction",
                description="Musical direction for the new material, in plain words.",
                required=False,
                kind="string",
            ),
            Field(
                name="sound",
                description='Free-form style, mood and instruments ("instrumental, no vocals" for an instrumental).',
                required=False,
                kind="string",
            ),
            Field(
                name="lyrics",
                description="Lyrics in plain text with section markers such as `[Verse]` and `[Chorus]`.",
                required=False,
                kind="string",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerReplaceUploadMusic": Variant(
        schema="ProducerReplaceUploadMusic",
        operation="producer_create",
        description="Regenerate a section of an uploaded clip (as for replace; 12 credits).",
        credits=12,
        tags={"task_type": "replace_upload_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="replace_upload_music",
                is_tag=True,
            ),
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="starts_at", description="A time in the source clip, in seconds.", required=False, kind="number"
            ),
            Field(
                name="ends_at",
                description="The end of the section, in seconds; it must be after `starts_at`.",
                required=False,
                kind="number",
            ),
            Field(
                name="instruction",
                description="Musical direction for the new material, in plain words.",
                required=False,
                kind="string",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerCoverUploadMusic": Variant(
        schema="ProducerCoverUploadMusic",
        operation="producer_create",
        description="Re-record an uploaded clip in another style (as for cover; 10 credits assumed).",
        credits=10,
        tags={"task_type": "cover_upload_music"},
        fields=(
            Field(
                name="task_type",
                description="The operation.",
                required=True,
                kind="string",
                const="cover_upload_music",
                is_tag=True,
            ),
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="instruction",
                description="Musical direction for the new material, in plain words.",
                required=False,
                kind="string",
            ),
            Field(
                name="strength",
                description="How far a cover moves away from the source (0 to 1; the server's default is 0.5).",
                required=False,
                kind="number",
            ),
            Field(name="title", description="Song title; at most 80 characters.", required=False, kind="string"),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerUploadRequest": Variant(
        schema="ProducerUploadRequest",
        operation="producer_upload",
        description="An audio file to import.",
        credits=2,
        tags={},
        fields=(
            Field(
                name="audio_url",
                description="Public http(s) URL of an audio file you own.",
                required=True,
                kind="string",
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerDownloadRequest": Variant(
        schema="ProducerDownloadRequest",
        operation="producer_download",
        description="A clip to re-encode.",
        credits=2,
        tags={},
        fields=(
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="format",
                description="The file format (the server's default is mp3).",
                required=False,
                kind="enum",
                choices=("mp3", "wav"),
                open=False,
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerLyricsRequest": Variant(
        schema="ProducerLyricsRequest",
        operation="producer_lyrics_create",
        description="What the lyrics should be about (field name not documented for producer; see the operation).",
        credits=1,
        tags={},
        fields=(
            Field(name="description", description="The song's subject, mood or story.", required=True, kind="string"),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
    "ProducerVideoRequest": Variant(
        schema="ProducerVideoRequest",
        operation="producer_video_clip",
        description="The clip to render as a video (field name inferred; see the operation).",
        credits=5,
        tags={},
        fields=(
            Field(
                name="clip_id",
                description="The source clip, from an earlier producer task or from `producer_upload`.",
                required=True,
                kind="string",
            ),
            Field(
                name="webhook_url",
                description=(
                    "Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the webhooks). Plain\n"
                    "http:// is allowed here only for loopback addresses, which the local sandbox delivers to."
                ),
                required=False,
                kind="string",
            ),
            Field(
                name="webhook_secret",
                description=(
                    "The secret that signs webhook deliveries (HMAC-SHA256); without it the server signs with a default\n"
                    "secret of its own."
                ),
                required=False,
                secret=True,
                kind="string",
            ),
        ),
    ),
}

# Request schemas with their $refs resolved: what check.problems() enforces.
REQUEST_SCHEMAS: Final[dict[str, dict[str, Any]]] = {
    "RiffusionCreateWithDescription": {
        "type": "object",
        "required": ["mv", "custom_mode", "prompt"],
        "properties": {
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"const": False},
            "prompt": {"type": "string", "minLength": 1, "maxLength": 200},
            "make_instrumental": {"type": "boolean"},
            "task_type": {"type": "string", "const": "create_music"},
        },
    },
    "RiffusionCreateWithLyrics": {
        "type": "object",
        "required": ["mv", "custom_mode", "make_instrumental"],
        "properties": {
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"const": True},
            "make_instrumental": {"type": "boolean"},
            "lyrics": {"type": "string", "maxLength": 3000},
            "title": {"type": "string", "maxLength": 79},
            "sound": {"type": "string", "maxLength": 200},
            "task_type": {"type": "string", "const": "create_music"},
        },
    },
    "RiffusionExtend": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "lyrics", "sound", "continue_clip_id", "continue_at"],
        "properties": {
            "task_type": {"type": "string", "const": "extend_music"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "continue_at": {"type": "number", "minimum": 0},
        },
    },
    "RiffusionCover": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "cover_music"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
        },
    },
    "RiffusionReplaceSection": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "replace_start_time", "replace_end_time"],
        "properties": {
            "task_type": {"type": "string", "const": "replace_music"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "replace_start_time": {"type": "number", "minimum": 0},
            "replace_end_time": {"type": "number", "minimum": 0, "x-after": "replace_start_time"},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
        },
    },
    "RiffusionSwapSound": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "sound"],
        "properties": {
            "task_type": {"type": "string", "const": "swap_music_sound"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
        },
    },
    "RiffusionSwapVocals": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "lyrics", "sound"],
        "properties": {
            "task_type": {"type": "string", "const": "swap_music_vocals"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
            "vocal_variation": {"type": "number", "minimum": 0, "maximum": 1},
        },
    },
    "RiffusionExtendUploadMusic": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "lyrics", "sound", "continue_clip_id", "continue_at"],
        "properties": {
            "task_type": {"type": "string", "const": "extend_upload_music"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "continue_at": {"type": "number", "minimum": 0},
        },
    },
    "RiffusionCoverUploadMusic": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "cover_upload_music"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
        },
    },
    "RiffusionReplaceUploadMusic": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "replace_start_time", "replace_end_time"],
        "properties": {
            "task_type": {"type": "string", "const": "replace_upload_music"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "replace_start_time": {"type": "number", "minimum": 0},
            "replace_end_time": {"type": "number", "minimum": 0, "x-after": "replace_start_time"},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
        },
    },
    "RiffusionSwapUploadMusicSound": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "sound"],
        "properties": {
            "task_type": {"type": "string", "const": "swap_upload_music_sound"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
        },
    },
    "RiffusionSwapUploadMusicVocals": {
        "type": "object",
        "required": ["task_type", "mv", "custom_mode", "continue_clip_id", "lyrics", "sound"],
        "properties": {
            "task_type": {"type": "string", "const": "swap_upload_music_vocals"},
            "mv": {"type": "string", "enum": ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]},
            "custom_mode": {"allOf": [{"type": "boolean"}], "const": True},
            "continue_clip_id": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string", "maxLength": 3000},
            "sound": {"type": "string", "maxLength": 200},
            "title": {"type": "string", "maxLength": 79},
            "vocal_variation": {"type": "number", "minimum": 0, "maximum": 1},
        },
    },
    "RiffusionUploadRequest": {
        "type": "object",
        "required": ["url"],
        "properties": {
            "url": {
                "type": "string",
                "format": "uri",
                "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://",
                "x-pattern-description": "an http(s) URL",
                "maxLength": 2048,
            }
        },
    },
    "ProducerCreateMusic": {
        "type": "object",
        "required": ["task_type"],
        "allOf": [{"anyOf": [{"required": ["sound"]}, {"required": ["lyrics"]}]}],
        "properties": {
            "task_type": {"type": "string", "const": "create_music"},
            "sound": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string"},
            "title": {"type": "string", "maxLength": 80},
            "mv": {
                "anyOf": [
                    {
                        "type": "string",
                        "enum": [
                            "FUZZ-2.0",
                            "FUZZ-2.0 Pro",
                            "FUZZ-2.0 Raw",
                            "FUZZ-1.1 Pro",
                            "FUZZ-1.1",
                            "FUZZ-1.0 Pro",
                            "FUZZ-1.0",
                            "FUZZ-0.8",
                            "FUZZ-3-Demo",
                            "Lyria 3 preview",
                        ],
                    },
                    {"type": "string", "minLength": 1},
                ]
            },
            "seed": {
                "anyOf": [
                    {"type": "string", "pattern": "^[0-9]+$", "x-pattern-description": "digits only"},
                    {"type": "integer", "minimum": 0},
                ]
            },
            "make_instrumental": {"type": "boolean"},
            "lyrics_strength": {"type": "number"},
            "sound_strength": {"type": "number"},
            "weirdness": {"type": "number"},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerExtendMusic": {
        "type": "object",
        "required": ["task_type", "clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "extend_music"},
            "clip_id": {"type": "string", "minLength": 1},
            "starts_at": {"type": "number", "minimum": 0},
            "length": {"type": "integer", "minimum": 1, "maximum": 240},
            "instruction": {"type": "string", "minLength": 1},
            "sound": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string"},
            "title": {"type": "string", "maxLength": 80},
            "starts": {"type": "number", "minimum": 0},
            "lyrics_text": {"type": "string"},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerReplaceMusic": {
        "type": "object",
        "required": ["task_type", "clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "replace_music"},
            "clip_id": {"type": "string", "minLength": 1},
            "starts_at": {"type": "number", "minimum": 0},
            "ends_at": {"type": "number", "minimum": 0, "x-after": "starts_at"},
            "instruction": {"type": "string", "minLength": 1},
            "title": {"type": "string", "maxLength": 80},
            "starts": {"type": "number", "minimum": 0},
            "ends": {"type": "number", "minimum": 0},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerCoverMusic": {
        "type": "object",
        "required": ["task_type", "clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "cover_music"},
            "clip_id": {"type": "string", "minLength": 1},
            "instruction": {"type": "string", "minLength": 1},
            "strength": {"type": "number", "minimum": 0, "maximum": 1},
            "title": {"type": "string", "maxLength": 80},
            "cover_strength": {"type": "number", "minimum": 0, "maximum": 1},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerExtendUploadMusic": {
        "type": "object",
        "required": ["task_type", "clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "extend_upload_music"},
            "clip_id": {"type": "string", "minLength": 1},
            "starts_at": {"type": "number", "minimum": 0},
            "length": {"type": "integer", "minimum": 1, "maximum": 240},
            "instruction": {"type": "string", "minLength": 1},
            "sound": {"type": "string", "minLength": 1},
            "lyrics": {"type": "string"},
            "title": {"type": "string", "maxLength": 80},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerReplaceUploadMusic": {
        "type": "object",
        "required": ["task_type", "clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "replace_upload_music"},
            "clip_id": {"type": "string", "minLength": 1},
            "starts_at": {"type": "number", "minimum": 0},
            "ends_at": {"type": "number", "minimum": 0, "x-after": "starts_at"},
            "instruction": {"type": "string", "minLength": 1},
            "title": {"type": "string", "maxLength": 80},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerCoverUploadMusic": {
        "type": "object",
        "required": ["task_type", "clip_id"],
        "properties": {
            "task_type": {"type": "string", "const": "cover_upload_music"},
            "clip_id": {"type": "string", "minLength": 1},
            "instruction": {"type": "string", "minLength": 1},
            "strength": {"type": "number", "minimum": 0, "maximum": 1},
            "title": {"type": "string", "maxLength": 80},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerUploadRequest": {
        "type": "object",
        "required": ["audio_url"],
        "properties": {
            "audio_url": {
                "type": "string",
                "format": "uri",
                "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://",
                "x-pattern-description": "an http(s) URL",
                "maxLength": 2048,
            },
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerDownloadRequest": {
        "type": "object",
        "required": ["clip_id"],
        "properties": {
            "clip_id": {"type": "string", "minLength": 1},
            "format": {"type": "string", "enum": ["mp3", "wav"]},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerLyricsRequest": {
        "type": "object",
        "required": ["description"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
    "ProducerVideoRequest": {
        "type": "object",
        "required": ["clip_id"],
        "properties": {
            "clip_id": {"type": "string", "minLength": 1},
            "webhook_url": {
                "type": "string",
                "maxLength": 1024,
                "pattern": "^([Hh][Tt][Tt][Pp][Ss]://.+|[Hh][Tt][Tt][Pp]://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?)$",
                "x-pattern-description": "an https:// URL (http:// only on a loopback address)",
            },
            "webhook_secret": {"type": "string", "minLength": 1},
        },
    },
}

# Enum schemas and their values.
ENUMS: Final[dict[str, tuple[str, ...]]] = {
    "RiffusionModel": ("FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"),
    "TaskFailureType": ("failed", "timeout", "forbidden", "api_error", "error"),
    "ClipState": ("pending", "running", "streaming", "succeeded", "complete", "error", "failed"),
    "ProducerModel": (
        "FUZZ-2.0",
        "FUZZ-2.0 Pro",
        "FUZZ-2.0 Raw",
        "FUZZ-1.1 Pro",
        "FUZZ-1.1",
        "FUZZ-1.0 Pro",
        "FUZZ-1.0",
        "FUZZ-0.8",
        "FUZZ-3-Demo",
        "Lyria 3 preview",
    ),
    "ProducerDownloadFormat": ("mp3", "wav"),
    "ProducerTaskStatus": ("PENDING", "RUNNING", "SUCCESS", "FAILED"),
    "ProducerTaskType": (
        "create_music",
        "extend_music",
        "replace_music",
        "cover_music",
        "make_lyrics",
        "video_clip",
        "upload",
        "download",
    ),
    "WebhookEvent": ("song.completed", "song.failed"),
}

# x-phases: enum schema -> value -> what it means for a task (done, failed, near, running, ...).
PHASES: Final[dict[str, dict[str, str]]] = {
    "ClipState": {
        "pending": "pending",
        "running": "running",
        "streaming": "near",
        "succeeded": "done",
        "complete": "done",
        "error": "failed",
        "failed": "failed",
    },
    "ProducerTaskStatus": {"PENDING": "pending", "RUNNING": "running", "SUCCESS": "done", "FAILED": "failed"},
    "WebhookEvent": {"song.completed": "done", "song.failed": "failed"},
}

# Other x- extensions of component schemas: schema -> extension -> value.
SCHEMA_EXTENSIONS: Final[dict[str, dict[str, Any]]] = {
    "ReplaceTimeEnd": {"x-after": "replace_start_time"},
    "TaskNotReady": {"x-answer": "not-ready"},
    "TaskFailure": {"x-answer": "failure"},
    "RiffusionTask": {"x-task": {"clips": "data", "clip-state": "state", "finished-clips": 2, "code": "code"}},
    "WebhookUrl": {"x-pattern-description": "an https:// URL (http:// only on a loopback address)"},
    "ProducerCreateMusic": {"x-credits": 10},
    "ProducerExtendMusic": {"x-credits": 12},
    "ProducerExtendUploadMusic": {"x-credits": 12},
    "ProducerReplaceMusic": {"x-credits": 12},
    "ProducerReplaceUploadMusic": {"x-credits": 12},
    "ProducerCoverMusic": {"x-credits": 10},
    "ProducerCoverUploadMusic": {"x-credits": 10},
    "ProducerTask": {
        "x-task": {
            "clips": "data",
            "clip-state": "state",
            "status": "status",
            "message": "message",
            "code": "code",
            "task-id": "task_id",
            "kind": "task_type",
        }
    },
}

# The documented answers: operationId -> status -> example name -> body.
EXAMPLES: Final[dict[str, dict[str, dict[str, Any]]]] = {
    "riffusion_create": {
        "200": {"default": {"message": "success", "task_id": "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "402": {"default": {"error": "Authorization header is missing."}},
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "riffusion_upload": {
        "200": {"default": {"code": 200, "clip_id": "abc123-def456", "message": "success"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "402": {"default": {"error": "Authorization header is missing."}},
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "riffusion_get_task": {
        "200": {
            "finished": {
                "code": 200,
                "message": "success",
                "data": [
                    {
                        "clip_id": "3b497e86-c6cf-4598-b999-94a1bfa912f6",
                        "title": "Harbor",
                        "state": "succeeded",
                        "mv": "FUZZ-1.1 Pro",
                        "duration": 192.6,
                    },
                    {
                        "clip_id": "0d5a8b8e-2c33-4bb5-9a56-5f4b1a1f2f70",
                        "title": "Harbor",
                        "state": "succeeded",
                        "mv": "FUZZ-1.1 Pro",
                        "duration": "188.4",
                    },
                ],
            },
            "running": {"code": 202, "message": "processing", "data": []},
            "failed": {"type": "failed", "error": "Generation failed. Your credits have been refunded."},
            "timeout": {"type": "timeout", "error": "Generation timed out. Your credits have been refunded."},
            "forbidden": {"type": "forbidden", "error": "The lyrics contain copyrighted or inappropriate content."},
            "api_error": {"type": "api_error", "error": "Upstream service error. Your credits have been refunded."},
        },
        "202": {
            "not_ready": {
                "type": "not_ready",
                "error": "Task is still processing. Please wait a few seconds and try again.",
            }
        },
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "404": {"default": {"error": "Authorization header is missing."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "producer_create": {
        "200": {"default": {"message": "success", "task_id": "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "producer_upload": {
        "200": {"default": {"message": "success", "task_id": "29906f02-2366-4218-b25a-41458e1d60e0"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "producer_download": {
        "200": {"default": {"message": "success", "task_id": "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "producer_lyrics_create": {
        "200": {"default": {"message": "success", "task_id": "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "producer_video_clip": {
        "200": {"default": {"message": "success", "task_id": "6d7253ac-916e-49a8-b288-91ffa7f8a8cd"}},
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "410": {"retired": {"type": "gone", "error": "This operation has been retired."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "producer_get_task": {
        "200": {
            "finished": {
                "code": 200,
                "status": "SUCCESS",
                "message": "success",
                "task_type": "create_music",
                "data": [
                    {
                        "clip_id": "ac78601b-bd05-48dd-b5c6-89195561de36",
                        "title": "Back to You",
                        "sound": None,
                        "audio_url": "https://musicapi-cdn.b-cdn.net/producer/ac78601b-bd05-48dd-b5c6-89195561de36.m4a",
                        "wav_url": "https://musicapi-cdn.b-cdn.net/producer/ac78601b-bd05-48dd-b5c6-89195561de36-wav.wav",
                        "seed": "2450882164",
                        "duration": "181.3014058956916",
                    }
                ],
            },
            "running": {"code": 200, "status": "RUNNING", "message": "processing", "data": []},
            "failed": {
                "code": 200,
                "status": "FAILED",
                "message": "Generation failed. Your credits have been refunded.",
                "data": [],
            },
        },
        "202": {
            "not_ready": {
                "type": "not_ready",
                "error": "Task is still processing. Please wait a few seconds and try again.",
            }
        },
        "400": {
            "field_invalid": {"error": "The 'mv' field is invalid."},
            "title_too_long": {"error": "The title character length should be less than 80."},
            "task_not_found": {"error": "task not found."},
            "missing_task_id": {"error": "missing task id."},
        },
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "404": {"default": {"error": "Authorization header is missing."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
    "get_credits": {
        "200": {"default": {"credits": 50, "extra_credits": 0}},
        "401": {
            "missing_header": {"error": "Authorization header is missing."},
            "invalid_format": {"error": "Invalid authorization format."},
            "invalid_key": {"type": "unauthorized", "error": "Invalid API key."},
        },
        "403": {"out_of_credits": {"error": "The remaining credits are not enough."}},
        "429": {"rate_limited": {"error": "Too many requests."}},
        "5XX": {"server_error": {"type": "api_error", "error": "Upstream service error, credits refunded."}},
    },
}

# x-field of those examples: operationId -> status -> example name -> the field it is about.
EXAMPLE_FIELDS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "riffusion_create": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "riffusion_upload": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "riffusion_get_task": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "producer_create": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "producer_upload": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "producer_download": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "producer_lyrics_create": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "producer_video_clip": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
    "producer_get_task": {"400": {"field_invalid": "mv", "title_too_long": "title"}},
}

# The clip properties of each task endpoint's answer (what a finished task can hold).
CLIP_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "riffusion_get_task": (
        "clip_id",
        "title",
        "lyrics",
        "sound",
        "image_url",
        "audio_url",
        "video_url",
        "created_at",
        "mv",
        "duration",
        "vocal_variation",
        "timestamp",
        "state",
    ),
    "producer_get_task": (
        "clip_id",
        "title",
        "sound",
        "lyrics",
        "image_url",
        "audio_url",
        "wav_url",
        "video_url",
        "created_at",
        "mv",
        "seed",
        "duration",
        "state",
        "progress",
        "lyrics_id",
        "lyrics_timing_markers",
    ),
}

WEBHOOKS: Final[dict[str, Webhook]] = {
    "producerTaskFinished": Webhook(
        name="producerTaskFinished",
        operation="producer_webhook",
        headers={
            "X-Webhook-Id": "A unique id of this event, the same on every retry of it (also sent as Idempotency-Key).",
            "X-Webhook-Event": "What happened (song.completed or song.failed; others may follow).",
            "X-Webhook-Timestamp": "When the payload was signed, in Unix seconds.",
            "X-Webhook-Signature": '`sha256=<hex>`: HMAC-SHA256(webhook_secret, "<timestamp>.<raw body>").',
            "Idempotency-Key": "The same value as X-Webhook-Id, for frameworks that expect this header.",
        },
        id_header="X-Webhook-Id",
        event_header="X-Webhook-Event",
        events=("song.completed", "song.failed"),
        event_phases={"song.completed": "done", "song.failed": "failed"},
        payload="ProducerTask",
        family="producer",
        url_field="webhook_url",
        secret_field="webhook_secret",
        signature=Signature(
            header="X-Webhook-Signature",
            timestamp_header="X-Webhook-Timestamp",
            prefix="sha256=",
            signed="{timestamp}.{body}",
            algorithm="HMAC-SHA256",
            legacy_header="X-Signature",
            legacy_signed="{body}",
        ),
    ),
}

# x-answer: the answers a task endpoint gives besides its task, and how they are told apart.
ANSWERS: Final[dict[str, str]] = {"not-ready": "TaskNotReady", "failure": "TaskFailure"}
ANSWER_FIELD: Final = "type"  # the field that names the kind of answer
NOT_READY: Final = "not_ready"  # its value in a not-ready answer
FAILURE_KINDS: Final[tuple[str, ...]] = ("failed", "timeout", "forbidden", "api_error", "error")  # failure kinds known

FamilyName: TypeAlias = Literal["riffusion", "producer"]  # a family by its name, for type checkers


class Family(StrEnum):
    """The task families (tags whose operations start tasks): pass one as `family=`."""

    RIFFUSION = "riffusion"
    PRODUCER = "producer"


# The task families: how each one's task endpoint answers are read (x-task, x-phases, x-file).
FAMILIES: Final[dict[str, FamilyFacts]] = {
    "riffusion": FamilyFacts(
        name="riffusion",
        poll="riffusion_get_task",
        task="RiffusionTask",
        clip="RiffusionClip",
        clips="data",
        clip_id="clip_id",
        finished_clips=2,
        clip_state="state",
        clip_states="ClipState",
        clip_phases={
            "pending": "pending",
            "running": "running",
            "streaming": "near",
            "succeeded": "done",
            "complete": "done",
            "error": "failed",
            "failed": "failed",
        },
        status=None,
        statuses=None,
        status_phases={},
        message=None,
        code="code",
        task_id=None,
        kind=None,
        clip_error=None,
        files={"image_url": "image", "audio_url": "audio", "video_url": "video"},
        suffixes={},
        operations=("riffusion_create", "riffusion_upload", "riffusion_get_task"),
        deprecated=True,
    ),
    "producer": FamilyFacts(
        name="producer",
        poll="producer_get_task",
        task="ProducerTask",
        clip="ProducerClip",
        clips="data",
        clip_id="clip_id",
        finished_clips=1,
        clip_state="state",
        clip_states="ClipState",
        clip_phases={
            "pending": "pending",
            "running": "running",
            "streaming": "near",
            "succeeded": "done",
            "complete": "done",
            "error": "failed",
            "failed": "failed",
        },
        status="status",
        statuses="ProducerTaskStatus",
        status_phases={"PENDING": "pending", "RUNNING": "running", "SUCCESS": "done", "FAILED": "failed"},
        message="message",
        code="code",
        task_id="task_id",
        kind="task_type",
        clip_error=None,
        files={"image_url": "image", "audio_url": "audio", "wav_url": "wav", "video_url": "video"},
        suffixes={"audio_url": ".m4a", "wav_url": ".wav"},
        operations=(
            "producer_create",
            "producer_upload",
            "producer_download",
            "producer_lyrics_create",
            "producer_video_clip",
            "producer_get_task",
        ),
        deprecated=False,
    ),
}
