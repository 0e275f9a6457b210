"""musicapi_runtime: the hand-written layer that makes the generated `musicapi_client` safe to pay with.

Create a client with `connect()` (key from MUSICAPI_API_KEY), start and wait for a song with
`create_and_wait(client, ProducerCreateMusic(sound="lo-fi piano"))` (or a riffusion body), then
`download(task, "songs")`. Webhook deliveries: `verify_webhook(headers, body, secret)`.
"""

from .calls import acall, call
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
    ServerError,
    TaskFailed,
    TaskNotFoundError,
    WaitTimeout,
    WebhookVerificationError,
)
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .tasks import Clip, Task, TaskStatus, acreate, aget_task, aupload, create, finished_clips, get_task, upload
from .validation import validate_body
from .version import __version__
from .waiting import PollSchedule, Progress, acreate_and_wait, await_task, create_and_wait, wait_for_task
from .webhooks import SeenWebhooks, WebhookEvent, verify_webhook

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
    "GoneError",
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
    "check_folder",
    "connect",
    "create",
    "create_and_wait",
    "download",
    "finished_clips",
    "get_task",
    "safe_component",
    "upload",
    "validate_body",
    "verify_webhook",
    "wait_for_task",
]
