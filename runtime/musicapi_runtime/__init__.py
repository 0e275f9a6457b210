"""musicapi_runtime: the hand-written layer that makes the generated `musicapi_client` safe to pay with.

Create a client with `connect()` (key from MUSICAPI_API_KEY), start and wait for a song with
`create_and_wait(client, ProducerCreateMusic(sound="lo-fi piano"))` (or a riffusion body), then
`download(task, "songs")`. Webhook deliveries: `verify_webhook(headers, body, secret)`.

Everything here loads on first use (PEP 562): `import musicapi_runtime` costs almost nothing, and a program
loads only the parts it uses (no download or webhook code for one that only calls the API). Type checkers and
IDEs see the plain imports below.
"""

import importlib
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from musicapi_spec.signatures import (
        ACreate,
        ACreateAndWait,
        AwaitTask,
        ClipsOf,
        Create,
        CreateAndWait,
        FinishedClips,
        WaitForTask,
    )

    from ._calls import acall, call
    from ._client import MusicAPIClient
    from ._config import USER_AGENT, connect
    from ._downloads import adownload, check_folder, download, safe_component
    from ._errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        CreateConnectionError,
        CreateRefusedWithTaskError,
        CreateRequestTimeoutError,
        CreateResponseError,
        CreateServerError,
        CreateTimeoutError,
        DownloadError,
        GoneError,
        MusicAPIError,
        NotFoundError,
        OutcomeUnknownError,
        PermissionDeniedError,
        RateLimitError,
        RequestTimeoutError,
        RequestValidationError,
        ResponseValidationError,
        ResultNotReadyError,
        ServerError,
        TaskFailed,
        TaskNotFoundError,
        WaitTimeout,
        WebhookVerificationError,
    )
    from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
    from ._spec import Family
    from ._tasks import (
        Clip,
        Task,
        TaskStatus,
        aget_task,
        aupload,
        check_created,
        get_task,
        ids_of,
        read_task,
        upload,
    )
    from ._tasks import acreate as _acreate
    from ._tasks import clips_of as _clips_of
    from ._tasks import create as _create
    from ._tasks import finished_clips as _finished_clips
    from ._validation import validate_body
    from ._waiting import PollSchedule, Progress
    from ._waiting import acreate_and_wait as _acreate_and_wait
    from ._waiting import await_task as _await_task
    from ._waiting import create_and_wait as _create_and_wait
    from ._waiting import wait_for_task as _wait_for_task
    from ._webhooks import SeenWebhooks, WebhookEvent, verify_webhook

    # Typed per operation: one overload per kind of answer, generated from the spec (musicapi_spec.signatures).
    create: Create = _create
    acreate: ACreate = _acreate
    create_and_wait: CreateAndWait = _create_and_wait
    acreate_and_wait: ACreateAndWait = _acreate_and_wait
    wait_for_task: WaitForTask = _wait_for_task  # a family named as such answers with its task model
    await_task: AwaitTask = _await_task
    clips_of: ClipsOf = _clips_of  # a task's clips, as its family's clip model
    finished_clips: FinishedClips = _finished_clips

# Where each public name lives (tests/test_startup.py checks this table against the imports above).
_LAZY = {
    "acall": "_calls",
    "call": "_calls",
    "MusicAPIClient": "_client",
    "USER_AGENT": "_config",
    "connect": "_config",
    "adownload": "_downloads",
    "check_folder": "_downloads",
    "download": "_downloads",
    "safe_component": "_downloads",
    "APIConnectionError": "_errors",
    "APIStatusError": "_errors",
    "APITimeoutError": "_errors",
    "AuthenticationError": "_errors",
    "BadRequestError": "_errors",
    "ConfigurationError": "_errors",
    "CreateConnectionError": "_errors",
    "CreateRefusedWithTaskError": "_errors",
    "CreateRequestTimeoutError": "_errors",
    "CreateResponseError": "_errors",
    "CreateServerError": "_errors",
    "CreateTimeoutError": "_errors",
    "DownloadError": "_errors",
    "GoneError": "_errors",
    "MusicAPIError": "_errors",
    "NotFoundError": "_errors",
    "OutcomeUnknownError": "_errors",
    "PermissionDeniedError": "_errors",
    "RateLimitError": "_errors",
    "RequestTimeoutError": "_errors",
    "RequestValidationError": "_errors",
    "ResponseValidationError": "_errors",
    "ResultNotReadyError": "_errors",
    "ServerError": "_errors",
    "TaskFailed": "_errors",
    "TaskNotFoundError": "_errors",
    "WaitTimeout": "_errors",
    "WebhookVerificationError": "_errors",
    "Family": "_spec",
    "read_task": "_tasks",
    "clips_of": "_tasks",
    "ids_of": "_tasks",
    "AsyncRetryTransport": "_retry",
    "RetryPolicy": "_retry",
    "RetryTransport": "_retry",
    "Clip": "_tasks",
    "check_created": "_tasks",
    "Task": "_tasks",
    "TaskStatus": "_tasks",
    "acreate": "_tasks",
    "aget_task": "_tasks",
    "aupload": "_tasks",
    "create": "_tasks",
    "finished_clips": "_tasks",
    "get_task": "_tasks",
    "upload": "_tasks",
    "validate_body": "_validation",
    "PollSchedule": "_waiting",
    "Progress": "_waiting",
    "acreate_and_wait": "_waiting",
    "await_task": "_waiting",
    "create_and_wait": "_waiting",
    "wait_for_task": "_waiting",
    "SeenWebhooks": "_webhooks",
    "WebhookEvent": "_webhooks",
    "verify_webhook": "_webhooks",
}

_SUBMODULES = frozenset(
    {"calls", "config", "downloads", "errors", "log", "polls", "raw", "responses", "retry", "spec", "tasks", "tls"}
    | {"client", "validation", "waiting", "webhooks"}
)

if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            if name.removeprefix("_") in _SUBMODULES:  # `musicapi_runtime.retry` and the like, as before
                return importlib.import_module(f"._{name.removeprefix('_')}", __name__)
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "USER_AGENT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "Clip",
    "ConfigurationError",
    "CreateConnectionError",
    "CreateRefusedWithTaskError",
    "CreateRequestTimeoutError",
    "CreateResponseError",
    "CreateServerError",
    "CreateTimeoutError",
    "DownloadError",
    "Family",
    "GoneError",
    "MusicAPIClient",
    "MusicAPIError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "PollSchedule",
    "Progress",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "ResultNotReadyError",
    "RetryPolicy",
    "RetryTransport",
    "SeenWebhooks",
    "ServerError",
    "Task",
    "TaskFailed",
    "TaskNotFoundError",
    "TaskStatus",
    "WaitTimeout",
    "WebhookEvent",
    "WebhookVerificationError",
    "__version__",
    "acall",
    "acreate",
    "acreate_and_wait",
    "adownload",
    "aget_task",
    "aupload",
    "await_task",
    "call",
    "check_created",
    "check_folder",
    "clips_of",
    "connect",
    "create",
    "create_and_wait",
    "download",
    "finished_clips",
    "get_task",
    "ids_of",
    "read_task",
    "safe_component",
    "upload",
    "validate_body",
    "verify_webhook",
    "wait_for_task",
]
