"""The shapes of the spec's facts (copied into generated/musicapi_spec/ by `make generate`; edit codegen/spec_modules/).

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
    verb: str = ""  # its `musicapi <tag> <verb>` command (codegen's naming rule; x-cli-verb where it would clash)
    uploaded: bool = False  # the variant on an uploaded clip (the command's --uploaded)

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
    family: str | None = None  # the family (tag) whose task endpoint follows what it starts (FAMILIES)
    synchronous: bool = False  # x-synchronous: the answer is the result (no task to wait for)
    answer: str | None = None  # the schema (generated model) a successful answer is read as
    ids: Mapping[str, str] = MappingProxyType({})  # x-id: answer field -> what it names (task, clip, persona)
    verb: str | None = None  # x-cli-verb: the command's name, where the usual naming would clash
    file_format: str | None = None  # x-file-format: the request field whose value is its file's format (suffix)
    finished_clips: int | None = None  # x-finished-clips: how many clips its finished task holds, if not its family's
    retired_field: str | None = None  # x-retired-field: the body field x-retired's values are of (task_type)
    gone: str | None = None  # x-gone: the whole operation answers 410 now; what to use instead
    alias_of: str | None = None  # x-alias-of: the operation this one is another path of
    answer_files: tuple[str, ...] = ()  # the kinds of file its answer itself holds (x-file in the answer's schemas)


class FamilyFacts(NamedTuple):
    """A task family: a tag whose operations start tasks, and how its task endpoint's answers are read.

    From the x-task of the task schema: the clips are in `clips`; each clip's `clip_state` means what
    `clip_phases` says (x-phases of its enum: pending, running, near, done, failed). A family with a `status`
    finishes when that top-level word's phase (`status_phases`) is done or failed; without one (or when an
    answer leaves it out) a task is finished once every clip is settled and, where clips appear one by one, it has
    `finished_clips` of them."""

    name: str  # the tag
    poll: str  # operationId of the task endpoint
    task: str  # the task schema: the generated model the endpoint's task answers are read as
    clip: str  # the clip schema (items of `clips`)
    clips: str  # the task's property (a dotted path) that holds its clips; "" when the task is its own clip
    clip_id: str  # the clip's property that holds its id (x-id: clip)
    finished_clips: int = 1  # how many clips a task makes; gates "finished" only where clips appear one by one
    clip_state: str | None = None  # the clip's property with its state
    clip_states: str | None = None  # the enum of clip states (its name)
    clip_phases: Mapping[str, str] = MappingProxyType({})  # clip state -> phase
    status: str | None = None  # the task's top-level state property, if the family has one
    statuses: str | None = None  # the enum of those states (its name)
    status_phases: Mapping[str, str] = MappingProxyType({})  # status -> phase
    message: str | None = None  # the property that explains a failed status
    code: str | None = None  # the envelope's status code property (202 while running)
    task_id: str | None = None  # the property naming the task itself (webhook deliveries)
    kind: str | None = None  # the property naming the kind of task (task_type)
    clip_error: str | None = None  # the clip's property that explains why it failed
    files: Mapping[str, str] = MappingProxyType({})  # clip property -> file role (audio, wav, image, video ...)
    ids: Mapping[str, str] = MappingProxyType({})  # clip property -> what it names (x-id: clip, persona ...)
    suffixes: Mapping[str, str] = MappingProxyType({})  # clip property -> file suffix seen in the spec's examples
    clips_together: bool = False  # x-task clips-appear: together (all clips show at once), else one by one
    streaming_url: str | None = None  # x-task streaming-url: a pattern of temporary streams (never the file)
    alias_of: str | None = None  # x-alias-of of its task endpoint: another path to another family's tasks
    operations: tuple[str, ...] = ()  # operationIds of the tag
    deprecated: bool = False  # every operation of the family is deprecated


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
    event_phases: Mapping[str, str]  # event -> what it reports (x-phases: done, failed)
    payload: str  # schema name of the body
    family: str  # the family whose task the payload is
    url_field: str  # x-subscribe: the create-body field that asks for deliveries (their URL)
    secret_field: str  # x-subscribe: the create-body field with the secret that signs them
    signature: Signature
