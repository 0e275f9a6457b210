"""What the runtime reads from the spec: operations, their endpoints and costs, request variants, state phases.

All of it comes from generated/musicapi_spec (written by `make generate`); nothing here restates the API.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType
from typing import Any

import musicapi_spec as facts
from musicapi_spec.model import Operation, Variant

from .errors import RequestValidationError


@cache
def endpoint(operation_id: str) -> ModuleType:
    """The generated module of an operation (imported on first use: most programs need few of them)."""
    return importlib.import_module(facts.OPERATIONS[operation_id].module)


def variant_of(body: object) -> Variant:
    """The request variant a generated body model stands for (its class is named after the schema)."""
    variant = facts.VARIANTS.get(type(body).__name__)
    if variant is None or type(body).__module__.split(".")[0] != "musicapi_client":
        raise RequestValidationError(
            f"{type(body).__name__} is not a request body of the API; build one of the generated models "
            f"(musicapi_client.models), e.g. {next(iter(facts.VARIANTS))}"
        )
    return variant


def operation_of(body: object) -> Operation:
    return facts.OPERATIONS[variant_of(body).operation]


@cache
def poll_of(api: str) -> Operation:
    """The task endpoint of an API (a tag such as "producer"): the operation its creates link to."""
    for operation in facts.OPERATIONS.values():
        if operation.tag == api and operation.polls:
            return facts.OPERATIONS[operation.polls]
    apis = sorted({o.tag for o in facts.OPERATIONS.values() if o.polls})
    raise RequestValidationError(f"unknown api {api!r}; the APIs with tasks are: {', '.join(apis)}")


@cache
def _matchers() -> list[tuple[re.Pattern[str], str, Operation]]:
    found = []
    for operation in facts.OPERATIONS.values():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation.path))
        found.append((re.compile(pattern + "/?"), operation.method, operation))
    return found


def operation_at(method: str, path: str) -> Operation | None:
    """The operation a request went to, by method and path (None for paths outside the spec)."""
    for pattern, verb, operation in _matchers():
        if verb == method.upper() and pattern.fullmatch(path):
            return operation
    return None


def phase(enum_schema: str, value: Any) -> str | None:
    """What a state value means (x-phases of its enum): pending, running, near, done, failed; None if unknown."""
    if value is None:
        return None
    return facts.PHASES.get(enum_schema, {}).get(str(value))


def extension(schema: str, name: str, default: Any = None) -> Any:
    """An x- extension of a component schema, e.g. extension("RiffusionTask", "x-finished-clips")."""
    return facts.SCHEMA_EXTENSIONS.get(schema, {}).get(name, default)
