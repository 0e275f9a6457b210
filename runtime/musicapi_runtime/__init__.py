"""musicapi_runtime: the hand-written layer that makes the generated `musicapi_client` safe to pay with.

Create a client with `connect()` (key from MUSICAPI_API_KEY), start and wait for a song with
`create_and_wait(client, RiffusionCreateWithDescription(...))`, then `download(task, "songs")`.
"""

from .calls import acall, call
from .config import USER_AGENT, connect
from .downloads import adownload, download, safe_component
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    CreateConnectionError,
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
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    TaskFailed,
    TaskNotFoundError,
    WaitTimeout,
)
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .tasks import CreateBody, TaskStatus, acreate, aget_task, aupload, create, get_task, upload
from .validation import validate_body
from .version import __version__
from .waiting import PollSchedule, Progress, acreate_and_wait, await_task, create_and_wait, wait_for_task

__all__ = [
    "USER_AGENT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "CreateBody",
    "CreateConnectionError",
    "CreateResponseError",
    "CreateServerError",
    "CreateTimeoutError",
    "DownloadError",
    "GoneError",
    "MusicAPIError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "PollSchedule",
    "Progress",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "TaskFailed",
    "TaskNotFoundError",
    "TaskStatus",
    "WaitTimeout",
    "__version__",
    "acall",
    "acreate",
    "acreate_and_wait",
    "adownload",
    "aget_task",
    "aupload",
    "await_task",
    "call",
    "connect",
    "create",
    "create_and_wait",
    "download",
    "get_task",
    "safe_component",
    "upload",
    "validate_body",
    "wait_for_task",
]
