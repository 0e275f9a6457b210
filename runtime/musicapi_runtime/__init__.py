"""musicapi_runtime: the hand-written layer that makes the generated `musicapi_client` safe to pay with.

Create a client with `connect()` (key from MUSICAPI_API_KEY), start and wait for a song with
`create_and_wait(client, ProducerCreateMusic(sound="lo-fi piano"))` (or a riffusion body), then
`download(task, "songs")`. Webhook deliveries: `verify_webhook(headers, body, secret)`.

The public names are those imported in the TYPE_CHECKING block below, the one table of them: type checkers and
IDEs read it as written; at run time nothing there is imported until a name is first used (PEP 562), so
`import musicapi_runtime` costs almost nothing and a program loads only the parts it uses. The modules behind
the names are private (`_tasks`, `_waiting`, ...), as httpx's are; their old paths (`musicapi_runtime.errors`)
still import, with a DeprecationWarning.
"""

import importlib
import sys
import warnings
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:  # `name as name`: an explicit re-export for type checkers (mypy --strict)
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

    from ._calls import acall as acall
    from ._calls import call as call
    from ._client import MusicAPIClient as MusicAPIClient
    from ._config import USER_AGENT as USER_AGENT
    from ._config import connect as connect
    from ._downloads import adownload as adownload
    from ._downloads import check_folder as check_folder
    from ._downloads import download as download
    from ._downloads import safe_component as safe_component
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIStatusError as APIStatusError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import ConfigurationError as ConfigurationError
    from ._errors import CreateConnectionError as CreateConnectionError
    from ._errors import CreateRefusedWithTaskError as CreateRefusedWithTaskError
    from ._errors import CreateRequestTimeoutError as CreateRequestTimeoutError
    from ._errors import CreateResponseError as CreateResponseError
    from ._errors import CreateServerError as CreateServerError
    from ._errors import CreateTimeoutError as CreateTimeoutError
    from ._errors import DownloadError as DownloadError
    from ._errors import GoneError as GoneError
    from ._errors import MusicAPIError as MusicAPIError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import OutcomeUnknownError as OutcomeUnknownError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RequestTimeoutError as RequestTimeoutError
    from ._errors import RequestValidationError as RequestValidationError
    from ._errors import ResponseValidationError as ResponseValidationError
    from ._errors import ResultNotReadyError as ResultNotReadyError
    from ._errors import ServerError as ServerError
    from ._errors import TaskFailed as TaskFailed
    from ._errors import TaskNotFoundError as TaskNotFoundError
    from ._errors import WaitTimeout as WaitTimeout
    from ._errors import WebhookVerificationError as WebhookVerificationError
    from ._errors import outcome_unknown as outcome_unknown
    from ._redact import redact_secret_fields as redact_secret_fields
    from ._redact import redact_secrets as redact_secrets
    from ._retry import AsyncRetryTransport as AsyncRetryTransport
    from ._retry import RetryPolicy as RetryPolicy
    from ._retry import RetryTransport as RetryTransport
    from ._spec import Family as Family
    from ._tasks import Clip as Clip
    from ._tasks import Task as Task
    from ._tasks import TaskStatus as TaskStatus
    from ._tasks import acreate as _acreate
    from ._tasks import aget_task as aget_task
    from ._tasks import aupload as aupload
    from ._tasks import check_created as check_created
    from ._tasks import clips_of as _clips_of
    from ._tasks import create as _create
    from ._tasks import finished_clips as _finished_clips
    from ._tasks import get_task as get_task
    from ._tasks import ids_of as ids_of
    from ._tasks import read_task as read_task
    from ._tasks import upload as upload
    from ._validation import validate_body as validate_body
    from ._waiting import PollSchedule as PollSchedule
    from ._waiting import Progress as Progress
    from ._waiting import ProgressCallback as ProgressCallback
    from ._waiting import acreate_and_wait as _acreate_and_wait
    from ._waiting import await_task as _await_task
    from ._waiting import create_and_wait as _create_and_wait
    from ._waiting import wait_for_task as _wait_for_task
    from ._webhooks import SeenWebhooks as SeenWebhooks
    from ._webhooks import WebhookEvent as WebhookEvent
    from ._webhooks import check_webhook_headers as check_webhook_headers
    from ._webhooks import verify_webhook as verify_webhook

    # Typed per operation: one overload per kind of answer, generated from the spec (musicapi_spec.signatures).
    create: Create = _create
    acreate: ACreate = _acreate
    create_and_wait: CreateAndWait = _create_and_wait
    acreate_and_wait: ACreateAndWait = _acreate_and_wait
    wait_for_task: WaitForTask = _wait_for_task  # a family named as such answers with its task model
    await_task: AwaitTask = _await_task
    clips_of: ClipsOf = _clips_of  # a task's clips, as its family's clip model
    finished_clips: FinishedClips = _finished_clips

# The modules' old paths: `import musicapi_runtime.errors` gives `musicapi_runtime._errors`, with a warning.
_RENAMED = frozenset(
    {"calls", "client", "config", "downloads", "errors", "log", "polls", "raw", "redact", "responses", "retry"}
    | {"spec", "tasks", "tls", "validation", "waiting", "webhooks"}
)
_exports: dict[str, tuple[str, str]] = {}  # public name -> (private module, its name there), read on first use


def _table() -> dict[str, tuple[str, str]]:
    """The TYPE_CHECKING block above, read from this file's source (once, on the first lazy name: ~1 ms)."""
    if not _exports:
        import ast

        source = __loader__.get_source(__name__)  # type: ignore[name-defined]  # the package's own source
        tree = ast.parse(source)
        block = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING")
        private: dict[str, tuple[str, str]] = {}
        for statement in block.body:
            if isinstance(statement, ast.ImportFrom) and statement.level == 1 and statement.module:
                for alias in statement.names:
                    name = alias.asname or alias.name
                    (private if name.startswith("_") else _exports)[name] = (f".{statement.module}", alias.name)
            elif isinstance(statement, ast.AnnAssign):  # `create: Create = _create`: typed from the spec
                assert isinstance(statement.target, ast.Name) and isinstance(statement.value, ast.Name)
                _exports[statement.target.id] = private[statement.value.id]
    return _exports


def _old_path(name: str) -> Any:
    warnings.warn(
        f"musicapi_runtime.{name} is private now (musicapi_runtime._{name}); use the names musicapi_runtime exports "
        "(musicapi_runtime.__all__)",
        DeprecationWarning,
        stacklevel=_caller(),
    )
    return importlib.import_module(f"{__name__}._{name}")


def _caller() -> int:
    """The stack level of the code that asked for an old path (warnings skips the import machinery's frames)."""
    level, frame = 1, sys._getframe(1)  # _old_path
    while frame.f_back is not None:
        frame = frame.f_back
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            continue
        level += 1
        if frame.f_code.co_filename != __file__:
            break
    return level


class _OldPaths:
    """A meta path finder: `import musicapi_runtime.errors` (the module's old path) gives the same module object
    as `musicapi_runtime._errors`, so isinstance checks and monkeypatching still work."""

    @staticmethod
    def find_spec(fullname: str, path: object = None, target: object = None) -> Any:
        package, _, name = fullname.rpartition(".")
        if package != __name__ or name not in _RENAMED:
            return None
        return type(__spec__)(fullname, _OldPaths)  # type: ignore[arg-type]  # a loader by its methods

    @staticmethod
    def create_module(spec: Any) -> Any:
        module = _old_path(spec.name.rpartition(".")[2])
        spec.loader_state = module.__spec__  # the import system sets __spec__ to this alias's: restored below
        return module

    @staticmethod
    def exec_module(module: Any) -> None:
        module.__spec__ = module.__spec__.loader_state


if not any(finder is _OldPaths for finder in sys.meta_path):
    sys.meta_path.append(_OldPaths)

if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> object:
        if name == "__all__":
            return sorted([*_table(), "__version__"])
        found = _table().get(name)
        if found is None:
            if name in _RENAMED:  # `musicapi_runtime.retry` and the like, as before (with a warning)
                globals()[name] = _old_path(name)
                return globals()[name]
            if name.removeprefix("_") in _RENAMED:
                return importlib.import_module(f"{__name__}.{name}")
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        module, attribute = found
        value = getattr(importlib.import_module(module, __name__), attribute)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_table()])
