"""Typed signatures of the runtime's create, acreate, create_and_wait and acreate_and_wait: one overload
per kind of answer, from the spec's operations (their bodies, answers and task families). Written by
`make generate` (codegen/facts.py): do not edit. For type checkers only: the runtime imports it under
TYPE_CHECKING."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, overload

from musicapi_client import AuthenticatedClient
from musicapi_client.models import (
    ProducerTask,
    ProducerUploadAccepted,
    RiffusionTask,
    RiffusionUploadResponse,
    TaskAccepted,
)

from .bodies import (
    ProducerCreateBody,
    ProducerDownloadBody,
    ProducerLyricsCreateBody,
    ProducerUploadBody,
    ProducerVideoClipBody,
    RiffusionCreateBody,
    RiffusionUploadBody,
)

if TYPE_CHECKING:
    from musicapi_runtime.waiting import PollSchedule, ProgressCallback


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
        | ProducerVideoClipBody,
    ) -> TaskAccepted: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: RiffusionUploadBody) -> RiffusionUploadResponse: ...
    @overload
    def __call__(self, client: AuthenticatedClient, body: ProducerUploadBody) -> ProducerUploadAccepted: ...


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
        | ProducerVideoClipBody,
    ) -> TaskAccepted: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: RiffusionUploadBody) -> RiffusionUploadResponse: ...
    @overload
    async def __call__(self, client: AuthenticatedClient, body: ProducerUploadBody) -> ProducerUploadAccepted: ...


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
    ) -> ProducerTask: ...


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
    ) -> ProducerTask: ...
