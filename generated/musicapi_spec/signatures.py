"""Typed signatures of the runtime's create, acreate, create_and_wait and acreate_and_wait: one overload
per kind of answer, from the spec's operations (their bodies, answers and task families). Written by
`make generate` (codegen/facts.py): do not edit. For type checkers only: the runtime imports it under
TYPE_CHECKING."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from musicapi_client import AuthenticatedClient
from musicapi_client.models import (
    NuroTask,
    ProducerClip,
    ProducerTask,
    ProducerUploadAccepted,
    RiffusionClip,
    RiffusionTask,
    RiffusionUploadResponse,
    SonicAlignedLyricsResult,
    SonicBpmResult,
    SonicClip,
    SonicLyricsResult,
    SonicMidiResult,
    SonicPersonaAccepted,
    SonicTask,
    SonicUploadAccepted,
    SonicUploadTaskAccepted,
    SonicUpsampleTagsResult,
    SonicVoiceAccepted,
    SonicVoxResult,
    SonicWavResult,
    StudioAccepted,
    StudioSong,
    StudioTask,
    SunoMakeLyricsAccepted,
    SunoSong,
    TaskAccepted,
)

from . import Family
from .bodies import (
    NuroCreateBody,
    ProducerCreateBody,
    ProducerDownloadBody,
    ProducerLyricsCreateBody,
    ProducerUploadBody,
    ProducerVideoClipBody,
    RiffusionCreateBody,
    RiffusionUploadBody,
    SonicAlignedLyricsBody,
    SonicBpmBody,
    SonicCreateBody,
    SonicCreateVoiceBody,
    SonicLyricsCreateBody,
    SonicMashupBody,
    SonicMidiBody,
    SonicPersonaCreateBody,
    SonicReplaceSectionBody,
    SonicSampleBody,
    SonicStemsBasicBody,
    SonicStemsFullBody,
    SonicUploadBody,
    SonicUploadCoverBody,
    SonicUploadExtendBody,
    SonicUpsampleTagsBody,
    SonicVoxBody,
    SonicWavBody,
    StudioCreateBody,
    SunoGetSongBody,
    SunoMakeLyricsBody,
)
from .model import FamilyFacts
from .results import Task

if TYPE_CHECKING:
    from musicapi_runtime import PollSchedule, ProgressCallback


class Create(Protocol):
    """Start a task (paid); the answer's model."""

    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        body: RiffusionCreateBody
        | ProducerCreateBody
        | ProducerDownloadBody
        | ProducerLyricsCreateBody
        | ProducerVideoClipBody
        | SonicCreateBody
        | SonicStemsBasicBody
        | SonicStemsFullBody
        | SonicMashupBody
        | SonicReplaceSectionBody
        | NuroCreateBody,
    ) -> TaskAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: RiffusionUploadBody) -> RiffusionUploadResponse: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: ProducerUploadBody) -> ProducerUploadAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicUploadBody) -> SonicUploadAccepted: ...
    @overload
    def __call__(
        self, client: AuthenticatedClient, body: SonicUploadExtendBody | SonicUploadCoverBody | SonicSampleBody
    ) -> SonicUploadTaskAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicPersonaCreateBody) -> SonicPersonaAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicCreateVoiceBody) -> SonicVoiceAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicLyricsCreateBody) -> SonicLyricsResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicAlignedLyricsBody) -> SonicAlignedLyricsResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicWavBody) -> SonicWavResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicMidiBody) -> SonicMidiResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicVoxBody) -> SonicVoxResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicBpmBody) -> SonicBpmResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SonicUpsampleTagsBody) -> SonicUpsampleTagsResult: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SunoMakeLyricsBody) -> SunoMakeLyricsAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: SunoGetSongBody) -> SunoSong: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: StudioCreateBody) -> StudioAccepted: ...


class ACreate(Protocol):
    """The async twin of Create."""

    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        body: RiffusionCreateBody
        | ProducerCreateBody
        | ProducerDownloadBody
        | ProducerLyricsCreateBody
        | ProducerVideoClipBody
        | SonicCreateBody
        | SonicStemsBasicBody
        | SonicStemsFullBody
        | SonicMashupBody
        | SonicReplaceSectionBody
        | NuroCreateBody,
    ) -> TaskAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: RiffusionUploadBody) -> RiffusionUploadResponse: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: ProducerUploadBody) -> ProducerUploadAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicUploadBody) -> SonicUploadAccepted: ...
    @overload
    async def __call__(
        self, client: AuthenticatedClient, body: SonicUploadExtendBody | SonicUploadCoverBody | SonicSampleBody
    ) -> SonicUploadTaskAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicPersonaCreateBody) -> SonicPersonaAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicCreateVoiceBody) -> SonicVoiceAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicLyricsCreateBody) -> SonicLyricsResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicAlignedLyricsBody) -> SonicAlignedLyricsResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicWavBody) -> SonicWavResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicMidiBody) -> SonicMidiResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicVoxBody) -> SonicVoxResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicBpmBody) -> SonicBpmResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SonicUpsampleTagsBody) -> SonicUpsampleTagsResult: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SunoMakeLyricsBody) -> SunoMakeLyricsAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: SunoGetSongBody) -> SunoSong: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: StudioCreateBody) -> StudioAccepted: ...


class CreateAndWait(Protocol):
    """Create (paid), then wait: the family's finished task."""

    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        body: RiffusionCreateBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> RiffusionTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        body: ProducerCreateBody
        | ProducerUploadBody
        | ProducerDownloadBody
        | ProducerLyricsCreateBody
        | ProducerVideoClipBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> ProducerTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        body: SonicCreateBody
        | SonicUploadBody
        | SonicUploadExtendBody
        | SonicUploadCoverBody
        | SonicCreateVoiceBody
        | SonicStemsBasicBody
        | SonicStemsFullBody
        | SonicMashupBody
        | SonicReplaceSectionBody
        | SonicSampleBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> SonicTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        body: NuroCreateBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> NuroTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        body: StudioCreateBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> StudioTask: ...


class ACreateAndWait(Protocol):
    """The async twin of CreateAndWait."""

    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        body: RiffusionCreateBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> RiffusionTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        body: ProducerCreateBody
        | ProducerUploadBody
        | ProducerDownloadBody
        | ProducerLyricsCreateBody
        | ProducerVideoClipBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> ProducerTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        body: SonicCreateBody
        | SonicUploadBody
        | SonicUploadExtendBody
        | SonicUploadCoverBody
        | SonicCreateVoiceBody
        | SonicStemsBasicBody
        | SonicStemsFullBody
        | SonicMashupBody
        | SonicReplaceSectionBody
        | SonicSampleBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> SonicTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        body: NuroCreateBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> NuroTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        body: StudioCreateBody,
        *,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_created: Callable[[str], None] | None = ...,
    ) -> StudioTask: ...


class WaitForTask(Protocol):
    """Wait for a task: its family's task model."""

    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.RIFFUSION, "riffusion"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> RiffusionTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.PRODUCER, "producer"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> ProducerTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.SONIC, "sonic"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> SonicTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.SUNO, "suno"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> SonicTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.NURO, "nuro"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> NuroTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.STUDIO, "studio"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> StudioTask: ...
    @overload
    def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: FamilyFacts | None = ...,
        api: str | None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        sleep: Callable[[float], None] = ...,
        clock: Callable[[], float] = ...,
    ) -> Task: ...


class AwaitTask(Protocol):
    """The async twin of WaitForTask."""

    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.RIFFUSION, "riffusion"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> RiffusionTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.PRODUCER, "producer"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> ProducerTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.SONIC, "sonic"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> SonicTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.SUNO, "suno"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> SonicTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.NURO, "nuro"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> NuroTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: Literal[Family.STUDIO, "studio"],
        api: None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> StudioTask: ...
    @overload
    async def __call__(
        self,
        client: AuthenticatedClient,
        task_id: str,
        *,
        family: FamilyFacts | None = ...,
        api: str | None = ...,
        timeout: float = ...,
        schedule: PollSchedule | None = ...,
        on_progress: ProgressCallback | None = ...,
        first_delay: float = ...,
        clock: Callable[[], float] = ...,
    ) -> Task: ...


class ClipsOf(Protocol):
    """A task's clips: its family's clip model."""

    @overload
    def __call__(self, task: RiffusionTask) -> list[RiffusionClip]: ...
    @overload
    def __call__(self, task: ProducerTask) -> list[ProducerClip]: ...
    @overload
    def __call__(self, task: SonicTask) -> list[SonicClip]: ...
    @overload
    def __call__(self, task: NuroTask) -> list[NuroTask]: ...
    @overload
    def __call__(self, task: StudioTask) -> list[StudioSong]: ...


class FinishedClips(Protocol):
    """A task's finished clips."""

    @overload
    def __call__(self, task: RiffusionTask) -> list[RiffusionClip]: ...
    @overload
    def __call__(self, task: ProducerTask) -> list[ProducerClip]: ...
    @overload
    def __call__(self, task: SonicTask) -> list[SonicClip]: ...
    @overload
    def __call__(self, task: NuroTask) -> list[NuroTask]: ...
    @overload
    def __call__(self, task: StudioTask) -> list[StudioSong]: ...
