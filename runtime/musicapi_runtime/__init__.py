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

from .version import __version__

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

    from .calls import acall, call
    from .client import MusicAPIClient
    from .config import USER_AGENT, connect
    from .downloads import adownload, check_folder, download, safe_component
    from .errors import (
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
    from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
    from .spec import Family
    from .tasks import (
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
    from .tasks import acreate as _acreate
    from .tasks import clips_of as _clips_of
    from .tasks import create as _create
    from .tasks import finished_clips as _finished_clips
    from .validation import validate_body
    from .waiting import PollSchedule, Progress
    from .waiting import acreate_and_wait as _acreate_and_wait
    from .waiting import await_task as _await_task
    from .waiting import create_and_wait as _create_and_wait
    from .waiting import wait_for_task as _wait_for_task
    from .webhooks import SeenWebhooks, WebhookEvent, verify_webhook

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
    "acall": "calls",
    "call": "calls",
    "MusicAPIClient": "client",
    "USER_AGENT": "config",
    "connect": "config",
    "adownload": "downloads",
    "check_folder": "downloads",
    "download": "downloads",
    "safe_component": "downloads",
    "APIConnectionError": "errors",
    "APIStatusError": "errors",
    "APITimeoutError": "errors",
    "AuthenticationError": "errors",
    "BadRequestError": "errors",
    "ConfigurationError": "errors",
    "CreateConnectionError": "errors",
    "CreateRefusedWithTaskError": "errors",
    "CreateRequestTimeoutError": "errors",
    "CreateResponseError": "errors",
    "CreateServerError": "errors",
    "CreateTimeoutError": "errors",
    "DownloadError": "errors",
    "GoneError": "errors",
    "MusicAPIError": "errors",
    "NotFoundError": "errors",
    "OutcomeUnknownError": "errors",
    "PermissionDeniedError": "errors",
    "RateLimitError": "errors",
    "RequestTimeoutError": "errors",
    "RequestValidationError": "errors",
    "ResponseValidationError": "errors",
    "ResultNotReadyError": "errors",
    "ServerError": "errors",
    "TaskFailed": "errors",
    "TaskNotFoundError": "errors",
    "WaitTimeout": "errors",
    "WebhookVerificationError": "errors",
    "Family": "spec",
    "read_task": "tasks",
    "clips_of": "tasks",
    "ids_of": "tasks",
    "AsyncRetryTransport": "retry",
    "RetryPolicy": "retry",
    "RetryTransport": "retry",
    "Clip": "tasks",
    "check_created": "tasks",
    "Task": "tasks",
    "TaskStatus": "tasks",
    "acreate": "tasks",
    "aget_task": "tasks",
    "aupload": "tasks",
    "create": "tasks",
    "finished_clips": "tasks",
    "get_task": "tasks",
    "upload": "tasks",
    "validate_body": "validation",
    "PollSchedule": "waiting",
    "Progress": "waiting",
    "acreate_and_wait": "waiting",
    "await_task": "waiting",
    "create_and_wait": "waiting",
    "wait_for_task": "waiting",
    "SeenWebhooks": "webhooks",
    "WebhookEvent": "webhooks",
    "verify_webhook": "webhooks",
}

_SUBMODULES = frozenset(
    {"calls", "config", "downloads", "errors", "log", "polls", "raw", "responses", "retry", "spec", "tasks", "tls"}
    | {"client", "validation", "waiting", "webhooks"}
)

if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            if name in _SUBMODULES:  # `musicapi_runtime.retry` and the like, as before
                return importlib.import_module(f".{name}", __name__)
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
