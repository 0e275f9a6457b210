"""What the runtime reads from the spec: operations, their endpoints and costs, request variants, state phases,
the task families (how each family's task endpoint is read).

All of it comes from generated/musicapi_spec (written by `make generate`); nothing here restates the API.
"""

from __future__ import annotations

import importlib
import re
import warnings
from functools import cache
from types import ModuleType
from typing import Any

import musicapi_client.models as models
import musicapi_spec as facts
from musicapi_spec import Family as Family  # re-exported: musicapi_runtime.Family
from musicapi_spec.model import FamilyFacts, Operation, Variant

from ._errors import RequestValidationError


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


# Calls that name no family poll the one this client began with (0.1 knew no other); deprecated: pass family=.
LEGACY_FAMILY = "riffusion"


def family_of(family: object = None, *, api: object = None, stacklevel: int = 3) -> FamilyFacts:
    """The family a task belongs to, from `family=` (a Family, its name, or the FamilyFacts of the generated
    table) or the deprecated `api=` (a tag); no family at all is deprecated too (the legacy family is polled)."""
    if api is not None:
        warnings.warn("api= is deprecated: pass family= (musicapi_runtime.Family)", DeprecationWarning, stacklevel)
        if family is not None and family != api:
            raise RequestValidationError(f"api={api!r} and family={family!r} disagree; pass family= alone")
        family = api
    if family is None:
        warnings.warn(
            f"no family= given: polling as {LEGACY_FAMILY}, as 0.1 did; pass family= (musicapi_runtime.Family)",
            DeprecationWarning,
            stacklevel,
        )
        family = LEGACY_FAMILY
    if isinstance(family, FamilyFacts) and facts.FAMILIES.get(family.name) == family:
        return family
    if isinstance(family, str) and family in facts.FAMILIES:
        return facts.FAMILIES[family]
    shown = family.name if isinstance(family, FamilyFacts) else family
    known = ", ".join(facts.FAMILIES)
    raise RequestValidationError(f"unknown family {shown!r}; the families of the spec are: {known}")


def family_of_operation(operation: Operation) -> FamilyFacts | None:
    """The family that follows what an operation starts (the tag of the task endpoint its links name)."""
    return facts.FAMILIES[operation.family] if operation.family is not None else None


def poll_of(api: str) -> Operation:
    """The task endpoint of a family (a tag of the spec)."""
    return facts.OPERATIONS[family_of(api).poll]


@cache
def model(name: str) -> Any:
    """The generated model of a schema (its class has the schema's name)."""
    return getattr(models, name)


_BY_MODEL: dict[str, FamilyFacts] = {}
for _family in facts.FAMILIES.values():  # a schema two families share (an alias's) is its first family's
    for _name in (_family.task, _family.clip):
        _BY_MODEL.setdefault(_name, _family)


def family_of_model(value: object) -> FamilyFacts | None:
    """The family of a task or clip model instance (by its class, which is named after its schema)."""
    return _BY_MODEL.get(type(value).__name__)


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
    """An x- extension of a component schema, e.g. extension("Title", "x-pattern-description")."""
    return facts.SCHEMA_EXTENSIONS.get(schema, {}).get(name, default)
