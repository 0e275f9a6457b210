"""Request bodies checked the way the real API answers them, using the generated models and the runtime's
copy of the spec's limits, so the sandbox accepts exactly what the spec accepts (schemathesis checks it).
The runtime's extra rule between fields (replace end after start) is the client's own and is not applied."""

from __future__ import annotations

import typing
from typing import Any

import attrs

from musicapi_client.api.riffusion import riffusion_create
from musicapi_client.models import (
    RiffusionCreateWithDescription,
    RiffusionCreateWithLyrics,
    RiffusionModel,
    RiffusionUploadRequest,
)
from musicapi_runtime.validation import limit_problems

# Every create variant, read from the generated endpoint's signature; keyed by the task_type each one fixes.
CREATE_MODELS: tuple[type[Any], ...] = typing.get_args(typing.get_type_hints(riffusion_create._get_kwargs)["body"])
BY_TASK_TYPE: dict[str, type[Any]] = {}
for _model in CREATE_MODELS:
    _tag = attrs.fields_dict(_model)["task_type"].default
    if isinstance(_tag, str):  # the two plain-create variants have no fixed task_type
        BY_TASK_TYPE[_tag] = _model
MODELS = frozenset(m.value for m in RiffusionModel)


class Invalid(Exception):
    """A 400 with the API's message."""


def _message_for(problem: str) -> str:
    field = problem.split()[0]
    if field == "title":
        return "The title character length should be less than 80."
    return f"The '{field}' field is invalid."


def _parse(model: type[Any], data: dict[str, Any]) -> Any:
    try:
        parsed = model.from_dict(data)
    except KeyError as error:
        raise Invalid(f"The '{error.args[0]}' field is required.") from error
    except (ValueError, TypeError) as error:
        raise Invalid(f"The '{str(error).split()[0]}' field is invalid.") from error
    if problems := limit_problems(parsed.to_dict()):
        raise Invalid(_message_for(problems[0]))
    return parsed


def parse_create(data: object) -> Any:
    """The create model for a body, or Invalid."""
    if not isinstance(data, dict):
        raise Invalid("Invalid request body.")
    if not isinstance(data.get("mv"), str) or data["mv"] not in MODELS:
        raise Invalid("The 'mv' field is invalid.")
    task_type = data.get("task_type")
    if task_type in (None, "create_music"):
        custom_mode = data.get("custom_mode")
        if custom_mode is False:
            return _parse(RiffusionCreateWithDescription, data)
        if custom_mode is True:
            return _parse(RiffusionCreateWithLyrics, data)
        raise Invalid("The 'custom_mode' field is invalid.")
    if not isinstance(task_type, str) or task_type not in BY_TASK_TYPE:
        raise Invalid("The 'task_type' field is invalid.")
    return _parse(BY_TASK_TYPE[task_type], data)


def parse_upload(data: object) -> RiffusionUploadRequest:
    if not isinstance(data, dict):
        raise Invalid("Invalid request body.")
    parsed: RiffusionUploadRequest = _parse(RiffusionUploadRequest, data)
    return parsed
