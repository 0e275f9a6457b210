"""The shapes of the spec's facts (copied into generated/musicapi_spec/ by `make generate`; edit templates/spec/).

NamedTuples, not dataclasses: immutable records read by attribute, and their classes cost a tenth as much to
create (the CLI's --help and `import musicapi_runtime` load this module).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple


class Field(NamedTuple):
    """One property of a request schema."""

    name: str
    description: str
    required: bool
    kind: str  # "string", "number", "integer", "boolean", "enum" (a string from `choices`), or "json"
    choices: tuple[str, ...] = ()  # the enum's values, for kind "enum" (open enums accept others too)
    open: bool = False  # an `anyOf` of an enum and a plain string: values beyond `choices` are allowed
    const: Any = None  # the fixed value of a tag such as task_type or custom_mode (see `is_tag`)
    is_tag: bool = False
    deprecated: bool = False  # a legacy alias the API still accepts
    default: Any = None  # the schema's default (the generated model sends it unless told otherwise)
    secret: bool = False  # format: password: a secret the runtime scrubs from what it shows, as the API key


class Variant(NamedTuple):
    """One request body an operation accepts (one member of its oneOf, or its only schema)."""

    schema: str  # the schema's name, which is also the generated model's name
    operation: str  # operationId
    description: str
    credits: int  # x-credits of the schema, else of the operation
    tags: Mapping[str, Any]  # const fields that select this variant, e.g. {"task_type": "extend_music"}
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


class Operation(NamedTuple):
    id: str  # operationId
    tag: str
    method: str  # upper case
    path: str  # with {parameters}
    module: str  # the generated module with sync_detailed / asyncio_detailed
    summary: str
    description: str
    credits: int  # x-credits: 0 when free
    variants: tuple[str, ...]  # schema names of the request bodies (empty without a body)
    polls: str | None  # the operationId its `links` point to for the task it started
    path_parameters: tuple[str, ...]
    statuses: tuple[str, ...]  # documented response statuses ("200", "4XX", ...)
    deprecated: bool = False
    successor: str | None = None  # x-successor: the operation that replaces a deprecated one
    retired: Mapping[str, str] = MappingProxyType({})  # x-retired: task_type -> replacement advice
    task_type: str | None = None  # x-task-type: what the task endpoint calls the task this operation starts
    files: tuple[str, ...] | None = None  # x-files: the clip fields its task's files come in (None: a song's)


class Signature(NamedTuple):
    """How a webhook delivery is signed (x-signature of the spec's webhook)."""

    header: str
    timestamp_header: str
    prefix: str
    signed: str  # "{timestamp}.{body}": what the HMAC covers
    algorithm: str
    legacy_header: str
    legacy_signed: str


class Webhook(NamedTuple):
    name: str
    operation: str  # operationId of the delivery
    headers: Mapping[str, str]  # header name -> description
    id_header: str  # the header that identifies a delivery (x-role: id)
    event_header: str  # x-role: event
    events: tuple[str, ...]
    payload: str  # schema name of the body
    signature: Signature
