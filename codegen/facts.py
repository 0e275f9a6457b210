"""Reads openapi/musicapi.yaml and writes generated/musicapi_spec/: the spec's facts as plain Python.

openapi-python-client writes typed models and endpoints but drops everything else the hand-written layers need:
limits, the create variants and their tags, paths, costs (x-credits), state phases (x-phases), documented
messages (the examples), servers and webhooks. This writes them, so a spec edit shows up in generated/ and
`make check-generated` sees it. Anything in a request schema that codegen/spec_modules/check.py cannot enforce is an
error here, never silently skipped.

Usage: python -m codegen.facts SPEC CLIENT_DIR OUTPUT_DIR
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from pprint import pformat
from typing import Any

import yaml

SPEC_MODULES = Path(__file__).resolve().parent / "spec_modules"
# What codegen/spec_modules/check.py enforces, and what it may ignore because it only describes.
RULES = {
    "type",
    "const",
    "enum",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "anyOf",
    "allOf",
    "properties",
    "required",
    "items",
    "minItems",
    "maxItems",
    "x-after",
    "x-pattern-description",
}
ANNOTATIONS = {"description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly"}
FORMATS = {"uri"}
HINT_FORMATS = {"password"}  # formats that describe rather than restrict: `password` marks a secret (Field.secret)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class SpecError(Exception):
    """The spec says something the derived facts cannot carry."""


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})

    def ref(self, node: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """(name, target) of a local $ref such as #/components/responses/BadRequest."""
        pointer = node["$ref"]
        if not pointer.startswith("#/"):
            raise SpecError(f"only local $refs are supported, got {pointer}")
        target: Any = self.document
        for part in pointer[2:].split("/"):
            if not isinstance(target, dict) or part not in target:
                raise SpecError(f"$ref {pointer} points nowhere")
            target = target[part]
        return pointer.rsplit("/", 1)[1], target

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.ref(node)[1]
        return node

    def rules(self, node: Any, where: str) -> dict[str, Any]:
        """The checkable part of a schema, $refs inlined; an error for any keyword check.py cannot enforce."""
        if not isinstance(node, dict):
            raise SpecError(f"{where}: a schema must be an object")
        if "$ref" in node:
            name, target = self.ref(node)
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return self.rules(merged, f"{where} -> {name}")
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ANNOTATIONS or (key.startswith("x-") and key not in RULES):
                continue
            if key == "format" and value in HINT_FORMATS:
                continue
            if key not in RULES:
                raise SpecError(f"{where}: request schemas may not use {key!r} (spec_modules/check.py lacks it)")
            if key == "format" and value not in FORMATS:
                raise SpecError(f"{where}: format {value!r} is not checked (codegen/spec_modules/check.py)")
            if key in ("anyOf", "allOf"):
                out[key] = [self.rules(option, f"{where}.{key}[{i}]") for i, option in enumerate(value)]
            elif key == "properties":
                out[key] = {name: self.rules(prop, f"{where}.{name}") for name, prop in value.items()}
            elif key == "items":
                out[key] = self.rules(value, f"{where}[]")
            else:
                out[key] = value
        return out


def field_of(spec: Spec, name: str, node: dict[str, Any], required: bool) -> dict[str, Any]:
    """What a command line needs to offer one property: its kind, choices and description."""
    described = spec.deref(node) if "$ref" in node else node
    description = str(node.get("description") or described.get("description") or "").strip()
    rules = spec.rules(node, name)
    field: dict[str, Any] = {"name": name, "description": description, "required": required}
    if node.get("deprecated") or described.get("deprecated"):
        field["deprecated"] = True
    if "password" in (node.get("format"), described.get("format")):
        field["secret"] = True
    default = node.get("default", described.get("default"))
    if default is not None and "const" not in node:
        field["default"] = default
    if "const" in rules:
        return {
            **field,
            "kind": kind_of(rules) if "type" in rules else scalar_kind(rules["const"]),
            "const": rules["const"],
            "is_tag": True,
        }
    options = rules.get("anyOf", [rules])
    enums = [o for o in options if "enum" in o]
    if enums:
        open_enum = any("enum" not in o and o.get("type") == "string" for o in options)
        return {**field, "kind": "enum", "choices": tuple(str(v) for v in enums[0]["enum"]), "open": open_enum}
    return {**field, "kind": kind_of(options[0])}


def kind_of(rules: dict[str, Any]) -> str:
    kinds = rules.get("type", "json")
    kinds = [k for k in ([kinds] if isinstance(kinds, str) else kinds) if k != "null"]
    kind = kinds[0] if len(kinds) == 1 else "json"
    return kind if kind in {"string", "number", "integer", "boolean"} else "json"


def scalar_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string" if isinstance(value, str) else "json"


def client_modules(client_dir: Path) -> dict[str, str]:
    """operationId -> the generated module that calls it (the generator renames some tag folders)."""
    package = client_dir.name
    return {
        path.stem: f"{package}.api.{path.parent.name}.{path.stem}"
        for path in sorted(client_dir.glob("api/*/*.py"))
        if path.name != "__init__.py"
    }


def examples_of(spec: Spec, responses: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(status -> example name -> example body, status -> example name -> the field it is about (x-field)),
    from a response map ($ref'd responses included)."""
    found: dict[str, dict[str, Any]] = {}
    fields: dict[str, dict[str, str]] = {}
    for status, response in responses.items():
        media = spec.deref(response).get("content", {}).get("application/json", {})
        examples = {name: spec.deref(example) for name, example in media.get("examples", {}).items()}
        named = {name: example["value"] for name, example in examples.items()}
        if "example" in media:
            named.setdefault("default", media["example"])
        schema = spec.deref(media.get("schema", {}))
        if not named and "example" in schema:
            named["default"] = schema["example"]
        if named:
            found[str(status)] = named
        about = {name: example["x-field"] for name, example in examples.items() if "x-field" in example}
        if about:
            fields[str(status)] = about
    return found, fields


def derive(document: dict[str, Any], modules: dict[str, str]) -> dict[str, Any]:
    spec = Spec(document)
    operations: dict[str, Any] = {}
    variants: dict[str, Any] = {}
    request_schemas: dict[str, Any] = {}
    examples: dict[str, Any] = {}
    example_fields: dict[str, Any] = {}
    clip_fields: dict[str, tuple[str, ...]] = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            op_id = op["operationId"]
            if op_id not in modules:
                raise SpecError(f"{op_id}: openapi-python-client wrote no module for it")
            if method != "get" and "x-credits" not in op:
                raise SpecError(f"{op_id}: a {method.upper()} must state its cost with x-credits (0 if free)")
            names = body_variants(spec, op_id, op, variants, request_schemas)
            operations[op_id] = operation_of(spec, path, method, item, op, modules[op_id], names)
            examples[op_id], example_fields[op_id] = examples_of(spec, op.get("responses", {}))
            if method == "get" and operations[op_id]["polls"] is None and "200" in op.get("responses", {}):
                clip_fields[op_id] = clip_properties(spec, op["responses"]["200"])
    families = families_of(spec, operations)
    commands_of(operations, variants)
    check_operations(spec, document, operations, variants, families)
    servers = tuple(server["url"] for server in document.get("servers", []))
    if not servers:
        raise SpecError("the spec lists no servers")
    return {
        "TITLE": document["info"]["title"],
        "VERSION": document["info"]["version"],
        "SERVERS": servers,
        "OPERATIONS": operations,
        "VARIANTS": variants,
        "REQUEST_SCHEMAS": request_schemas,
        "ENUMS": {name: tuple(s["enum"]) for name, s in spec.schemas.items() if "enum" in s},
        "PHASES": enum_phases(spec),
        "SCHEMA_EXTENSIONS": {
            name: {k: v for k, v in schema.items() if k.startswith("x-") and k != "x-phases"}
            for name, schema in spec.schemas.items()
            if any(k.startswith("x-") and k != "x-phases" for k in schema)
        },
        "EXAMPLES": examples,
        "EXAMPLE_FIELDS": {op: fields for op, fields in example_fields.items() if fields},
        "CLIP_FIELDS": {op: fields for op, fields in clip_fields.items() if fields},
        "WEBHOOKS": webhooks_of(spec, families),
        "FAMILIES": families,
        "FILES": file_fields(spec),
        **answers_of(spec),
    }


def body_variants(
    spec: Spec, op_id: str, op: dict[str, Any], variants: dict[str, Any], request_schemas: dict[str, Any]
) -> list[str]:
    """The request variants of an operation (the members of its body's oneOf, or its one schema), recorded in
    `variants` and `request_schemas`; their names."""
    names: list[str] = []
    body = op.get("requestBody")
    if body is None or "x-alias-of" in op:  # an alias's bodies are its original's
        return names
    schema = spec.deref(body)["content"]["application/json"]["schema"]
    for member in spec.deref(schema).get("oneOf", [schema]):
        if "$ref" not in member:
            raise SpecError(f"{op_id}: each request body variant must be a named schema ($ref)")
        name, target = spec.ref(member)
        if name in variants:  # the runtime sends a body to the operation its model belongs to
            raise SpecError(
                f"{op_id}: request schema {name} is also {variants[name]['operation']}'s; give each "
                "operation its own (or mark a second path of the same operation x-alias-of)"
            )
        names.append(name)
        request_schemas[name] = spec.rules(member, name)
        required = set(target.get("required", ()))
        fields = [field_of(spec, prop, node, prop in required) for prop, node in target.get("properties", {}).items()]
        variants[name] = {
            "schema": name,
            "operation": op_id,
            "description": " ".join(str(target.get("description", "")).split()),
            "credits": target.get("x-credits", op.get("x-credits", 0)),
            "tags": {f["name"]: f["const"] for f in fields if f.get("is_tag")},
            "fields": fields,
        }
    return names


def operation_of(
    spec: Spec, path: str, method: str, item: dict[str, Any], op: dict[str, Any], module: str, names: list[str]
) -> dict[str, Any]:
    """An operation's record (musicapi_spec.model.Operation); `family` and `verb` are set once all are known."""
    links = [
        link["operationId"]
        for response in op.get("responses", {}).values()
        for link in spec.deref(response).get("links", {}).values()
    ]
    params = [spec.deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return {
        "id": op["operationId"],
        "tag": (op.get("tags") or ["default"])[0],
        "method": method.upper(),
        "path": path,
        "module": module,
        "summary": op.get("summary", ""),
        "description": " ".join(str(op.get("description", "")).split()),
        "credits": op.get("x-credits", 0),
        "variants": tuple(names),
        "polls": links[0] if links else None,
        "path_parameters": tuple(p["name"] for p in params if p.get("in") == "path"),
        "statuses": tuple(str(s) for s in op.get("responses", {})),
        "deprecated": bool(op.get("deprecated", False)),
        "successor": op.get("x-successor"),
        "retired": dict(op.get("x-retired", {})),
        "task_type": op.get("x-task-type"),
        "files": None if op.get("x-files") is None else tuple(op["x-files"]),
        "family": None,  # set by families_of, once the families are known
        "synchronous": bool(op.get("x-synchronous", False)),
        "answer": answer_schema(spec, op),
        "ids": answer_ids(spec, op),
        "verb": op.get("x-cli-verb"),
        "file_format": op.get("x-file-format"),
        "finished_clips": op.get("x-finished-clips"),
        "retired_field": op.get("x-retired-field", "task_type") if op.get("x-retired") else None,
        "gone": op.get("x-gone"),
        "alias_of": op.get("x-alias-of"),
    }


def check_operations(
    spec: Spec,
    document: dict[str, Any],
    operations: dict[str, Any],
    variants: dict[str, Any],
    families: dict[str, Any],
) -> None:
    """What the operations' extensions name must exist (x-file-format, x-files, x-alias-of); sets answer_files."""
    files = file_fields(spec)
    for op_id, operation in operations.items():
        chosen = operation["file_format"]
        if chosen is not None and not all(
            any(f["name"] == chosen for f in variants[v]["fields"]) for v in operation["variants"]
        ):
            raise SpecError(f"{op_id}: x-file-format names {chosen!r}, which is not a field of its request bodies")
        operation["answer_files"] = answer_files(spec, document, operation, files)
        made, family = operation["files"], families.get(operation["family"] or "")
        if made is not None and (family is None or not set(made) <= set(family["files"])):
            raise SpecError(f"{op_id}: x-files must name file fields (x-file) of the clips its task holds, got {made}")
        alias = operation["alias_of"]
        if alias is not None and (alias not in operations or operations[alias]["method"] != operation["method"]):
            raise SpecError(f"{op_id}: x-alias-of must name an operation of the same method, got {alias!r}")


def enum_phases(spec: Spec) -> dict[str, dict[str, str]]:
    """value -> phase for each enum with x-phases, whose values must be the enum's."""
    phases: dict[str, dict[str, str]] = {}
    for name, schema in spec.schemas.items():
        if "x-phases" in schema:
            mapping = {str(value): phase for phase, values in schema["x-phases"].items() for value in values}
            unknown = set(mapping) - set(map(str, schema.get("enum", ())))
            if unknown:
                raise SpecError(f"{name}: x-phases names values that are not in its enum: {sorted(unknown)}")
            phases[name] = mapping
    return phases


def answers_of(spec: Spec) -> dict[str, Any]:
    """The answers every task endpoint shares besides its task (x-answer): not ready, and failed. The field that
    tells them apart, the not-ready value (its const) and the known failure kinds (its enum)."""
    roles = {str(s["x-answer"]): (name, s) for name, s in spec.schemas.items() if "x-answer" in s}
    if set(roles) != {"not-ready", "failure"}:
        raise SpecError(f"x-answer must mark one not-ready and one failure schema, got {sorted(roles)}")
    ready_field, ready_value = next(
        (p, n["const"]) for p, n in roles["not-ready"][1]["properties"].items() if "const" in n
    )
    failure_field, kinds = None, ()
    for prop, node in roles["failure"][1]["properties"].items():
        for option in node.get("anyOf", [node]):
            if "$ref" in option and "enum" in spec.deref(option):
                failure_field, kinds = prop, tuple(spec.deref(option)["enum"])
    if failure_field != ready_field:
        raise SpecError(f"{roles['failure'][0]}: its kind must be the field {ready_field!r} (an enum), as not-ready's")
    return {
        "ANSWERS": {role: name for role, (name, _) in roles.items()},
        "ANSWER_FIELD": ready_field,
        "NOT_READY": ready_value,
        "FAILURE_KINDS": kinds,
    }


def success_schema(spec: Spec, op: dict[str, Any]) -> dict[str, Any] | None:
    """The schema node of an operation's 200 answer (a $ref, or inline), if it documents one."""
    response = op.get("responses", {}).get("200")
    if response is None:
        return None
    schema = spec.deref(response).get("content", {}).get("application/json", {}).get("schema")
    return schema if isinstance(schema, dict) else None


def members(spec: Spec, schema: dict[str, Any]) -> list[tuple[str | None, dict[str, Any]]]:
    """(name, schema) of each member of a union answer (anyOf / oneOf), or of the answer itself."""
    top = spec.deref(schema)
    options = top.get("anyOf") or top.get("oneOf") or [schema]
    found = []
    for option in options:
        name = spec.ref(option)[0] if "$ref" in option else None
        found.append((name, spec.deref(option)))
    return found


def answer_schema(spec: Spec, op: dict[str, Any]) -> str | None:
    """The name of the schema a successful answer is read as (its generated model), when it has one."""
    schema = success_schema(spec, op)
    return spec.ref(schema)[0] if schema is not None and "$ref" in schema else None


def id_fields(spec: Spec, schema: dict[str, Any], prefix: str = "", depth: int = 0) -> dict[str, str]:
    """x-id of a schema's properties, nested objects included (as dotted paths: "data.task_id")."""
    found: dict[str, str] = {}
    for _, member in members(spec, schema):
        for prop, node in member.get("properties", {}).items():
            if not isinstance(node, dict):
                continue
            if "x-id" in node:
                found[prefix + prop] = str(node["x-id"])
            target = spec.deref(node)
            if depth < 3 and target.get("properties") and target is not member:
                found.update(id_fields(spec, node, f"{prefix}{prop}.", depth + 1))
    return found


def answer_ids(spec: Spec, op: dict[str, Any]) -> dict[str, str]:
    """x-id of the answer's properties: which field names what the call made (task, clip, persona ...)."""
    schema = success_schema(spec, op)
    return {} if schema is None else id_fields(spec, schema)


def file_fields(spec: Spec) -> dict[str, dict[str, str]]:
    """x-file of every schema's properties: schema -> property -> the kind of file (audio, wav, stems ...)."""
    return {
        name: files
        for name, schema in spec.schemas.items()
        if (files := {p: str(n["x-file"]) for p, n in schema.get("properties", {}).items() if "x-file" in n})
    }


UPLOAD_WORD, FILLER_WORD = "upload", "music"  # the words of a task_type a command's name leaves out


def commands_of(operations: dict[str, Any], variants: dict[str, Any]) -> None:
    """The `musicapi <tag> <verb>` command of each request variant: its task_type without its "music" and
    "upload" words (extend_music -> extend; swap_upload_music_sound -> swap-sound, on an uploaded clip), else the
    operation's x-cli-verb, else the first word of its operationId after the tag. Two operations of a tag may not
    end with the same verb: the spec must name one with x-cli-verb."""
    owners: dict[tuple[str, str], str] = {}
    for op_id, op in operations.items():
        for name in op["variants"]:
            variant = variants[name]
            task_type = variant["tags"].get("task_type")
            if isinstance(task_type, str):
                words = task_type.split("_")
                kept = [w for w in words if w not in (UPLOAD_WORD, FILLER_WORD)] or words
                variant["verb"], variant["uploaded"] = "-".join(kept), UPLOAD_WORD in words
            else:
                first = op_id.removeprefix(f"{op['tag']}_").split("_")[0]
                variant["verb"], variant["uploaded"] = op["verb"] or first, False
            owner = owners.setdefault((op["tag"], variant["verb"]), op_id)
            if owner != op_id:
                raise SpecError(
                    f"{op_id}: its command `musicapi {op['tag']} {variant['verb']}` is also {owner}'s; name one of "
                    "them with x-cli-verb"
                )


def answer_files(
    spec: Spec, document: dict[str, Any], operation: dict[str, Any], files: dict[str, dict[str, str]]
) -> tuple[str, ...]:
    """The kinds of file an operation's answer itself holds (a WAV result's `data.wav_url`), nested ones too."""
    op = document["paths"][operation["path"]][operation["method"].lower()]
    schema = success_schema(spec, op)
    found: list[str] = []
    todo, seen = ([schema] if schema else []), set()
    while todo:
        node = todo.pop()
        if "$ref" in node:
            name = spec.ref(node)[0]
            if name in seen:
                continue
            seen.add(name)
            found += files.get(name, {}).values()
        for _, member in members(spec, node):
            todo += [p for p in member.get("properties", {}).values() if isinstance(p, dict) and "$ref" in p]
    return tuple(dict.fromkeys(found))


def walk_path(spec: Spec, schema: dict[str, Any], path: str, where: str) -> dict[str, Any]:
    """The schema of a dotted property path ("data.status") inside a schema."""
    node = schema
    for part in path.split("."):
        props = spec.deref(node).get("properties", {})
        if part not in props:
            raise SpecError(f"{where}: {path!r} is not a property path of it ({part!r} is missing)")
        node = props[part]
    return node


def phases_of(spec: Spec, node: dict[str, Any], where: str) -> tuple[str, dict[str, str]]:
    """(enum name, value -> phase) of the enum with x-phases that a property's schema refers to."""
    options = node.get("anyOf", [node])
    for option in options:
        if "$ref" in option:
            name, target = spec.ref(option)
            if "x-phases" in target:
                return name, {str(v): phase for phase, values in target["x-phases"].items() for v in values}
    raise SpecError(f"{where}: its schema refers to no enum with x-phases (what each value means for the task)")


X_TASK = {
    "clips",
    "clip-state",
    "finished-clips",
    "status",
    "message",
    "code",
    "task-id",
    "kind",
    "clip-error",
    "clips-appear",
    "streaming-url",
}


def families_of(spec: Spec, operations: dict[str, Any]) -> dict[str, Any]:
    """The task families: each tag whose operations start tasks, with how its task endpoint's answer is read
    (the x-task of the task schema it answers with), which clip fields are files (x-file), and its operations.

    Refuses a paid operation the runtime could not follow: one that neither links a task endpoint nor says
    x-synchronous, and one whose task endpoint answers with no schema carrying x-task."""
    for op_id, op in operations.items():
        if op["method"] == "GET" or op["polls"] or op["synchronous"]:
            continue
        raise SpecError(
            f"{op_id}: a {op['method']} must say how its result arrives: `links` naming the task operation "
            "that polls what it starts, or x-synchronous: true when its answer is the result"
        )
    families: dict[str, Any] = {}
    for op_id, op in operations.items():
        poll_id = op["polls"]
        if poll_id is None:
            continue
        if poll_id not in operations:
            raise SpecError(f"{op_id}: its links name {poll_id}, which is not an operation of the spec")
        if "task" not in op["ids"].values():
            raise SpecError(
                f"{op_id}: its answer ({op['answer']}) marks no property x-id: task, so the task it starts "
                "could not be polled"
            )
        poll = operations[poll_id]
        family = families.get(poll["tag"])
        if family is None:
            family = families[poll["tag"]] = family_of(spec, poll)
        elif family["poll"] != poll_id:
            raise SpecError(f"{op_id}: tag {poll['tag']} already polls {family['poll']}; one task endpoint a family")
    for name, family in families.items():
        ops = tuple(i for i, o in operations.items() if o["tag"] == name)
        family["operations"] = ops
        family["deprecated"] = all(operations[i]["deprecated"] for i in ops)
        for i in ops:
            operations[i]["family"] = name
    return families


def family_of(spec: Spec, poll: dict[str, Any]) -> dict[str, Any]:
    op = next(item[poll["method"].lower()] for path, item in spec.document["paths"].items() if path == poll["path"])
    task_name, task = task_schema(spec, poll, op)
    x = task["x-task"]
    clip_name, clip = clip_schema(spec, task_name, task)
    clip_props = clip.get("properties", {})
    state_enum, clip_phases = None, dict[str, str]()
    if "clip-state" in x:
        if x["clip-state"] not in clip_props:
            raise SpecError(f"{task_name}: x-task clip-state names {x['clip-state']!r}, not a property of {clip_name}")
        state_enum, clip_phases = phases_of(spec, clip_props[x["clip-state"]], f"{clip_name}.{x['clip-state']}")
    status_enum, status_phases = None, dict[str, str]()
    if "status" in x:
        where = f"{task_name}.{x['status']}"
        status_enum, status_phases = phases_of(spec, walk_path(spec, task, x["status"], where), where)
    files = {p: str(n["x-file"]) for p, n in clip_props.items() if isinstance(n, dict) and "x-file" in n}
    clip_id = next((p for p, n in clip_props.items() if isinstance(n, dict) and n.get("x-id") == "clip"), None)
    if clip_id is None:
        raise SpecError(f"{clip_name}: mark the property that holds a clip's id with x-id: clip")
    return {
        "name": poll["tag"],
        "poll": poll["id"],
        "task": task_name,
        "clip": clip_name,
        "clips": x.get("clips", ""),
        "clip_id": clip_id,
        "finished_clips": int(x.get("finished-clips", 1)),
        "clip_state": x.get("clip-state"),
        "clip_states": state_enum,
        "clip_phases": clip_phases,
        "status": x.get("status"),
        "statuses": status_enum,
        "status_phases": status_phases,
        "message": x.get("message"),
        "code": x.get("code"),
        "task_id": x.get("task-id"),
        "kind": x.get("kind"),
        "clip_error": x.get("clip-error"),
        "files": files,
        "ids": {p: str(n["x-id"]) for p, n in clip_props.items() if isinstance(n, dict) and "x-id" in n},
        "suffixes": suffixes_of(spec, op, task, files),
        "clips_together": x.get("clips-appear") == "together",
        "streaming_url": x.get("streaming-url"),
        "alias_of": op.get("x-alias-of"),
    }


def task_schema(spec: Spec, poll: dict[str, Any], op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The task endpoint's task schema: the one named member of its 200 answer with a valid x-task."""
    schema = success_schema(spec, op)
    found = [(n, m) for n, m in members(spec, schema or {}) if "x-task" in m]
    if schema is None or len(found) != 1 or found[0][0] is None:
        raise SpecError(
            f"{poll['id']}: its 200 answer must have exactly one named member with x-task (how a task of "
            f"{poll['tag']} is read); without it the runtime could not follow the tasks it polls"
        )
    task_name, task = str(found[0][0]), found[0][1]
    x = task["x-task"]
    unknown = set(x) - X_TASK
    if unknown:
        raise SpecError(f"{task_name}: x-task knows only {sorted(X_TASK)}, got {sorted(unknown)}")
    for key in ("clips", "status", "message", "code", "task-id", "kind"):
        if key in x:
            walk_path(spec, task, str(x[key]), f"{task_name} x-task {key}")
    if "clips" not in x and "status" not in x:
        raise SpecError(f"{task_name}: x-task needs `clips` (where the clips are) or `status` (a flat task's state)")
    if x.get("clips-appear", "one by one") not in ("together", "one by one"):
        raise SpecError(f"{task_name}: x-task clips-appear is `together` or `one by one`")
    return task_name, task


def clip_schema(spec: Spec, task_name: str, task: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The clips are an array of a named schema; without x-task `clips`, the task is its own clip."""
    x = task["x-task"]
    if "clips" not in x:
        return task_name, task
    items = spec.deref(walk_path(spec, task, x["clips"], task_name)).get("items", {})
    if "$ref" not in items:
        raise SpecError(f"{task_name}.{x['clips']}: the clips must be an array of a named schema")
    name, clip = spec.ref(items)
    return name, clip


def suffixes_of(spec: Spec, op: dict[str, Any], task: dict[str, Any], files: dict[str, str]) -> dict[str, str]:
    """The file suffix each file field shows in the spec's examples (".m4a"), where one does."""
    bodies = [task.get("example", {})]
    for response in op.get("responses", {}).values():
        media = spec.deref(response).get("content", {}).get("application/json", {})
        bodies += [spec.deref(e).get("value", {}) for e in media.get("examples", {}).values()]
    found: dict[str, str] = {}
    for body in bodies:
        for clip in body.get("data", []) if isinstance(body, dict) and isinstance(body.get("data"), list) else []:
            for field in files:
                url = clip.get(field) if isinstance(clip, dict) else None
                if isinstance(url, str) and "." in url.rsplit("/", 1)[-1]:
                    found.setdefault(field, "." + url.rsplit(".", 1)[1].lower())
    return found


def clip_properties(spec: Spec, response: dict[str, Any]) -> tuple[str, ...]:
    """The properties of the clips (items of `data`) in an answer, so tools know what a task can hold."""
    media = spec.deref(response).get("content", {}).get("application/json", {})
    top = spec.deref(media.get("schema", {}))
    for member in top.get("anyOf", top.get("oneOf", [top])):
        data = spec.deref(member).get("properties", {}).get("data", {})
        items = spec.deref(spec.deref(data).get("items", {}))
        if items.get("properties"):
            return tuple(items["properties"])
    return ()


def webhooks_of(spec: Spec, families: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, item in spec.document.get("webhooks", {}).items():
        op = item["post"]
        headers = [spec.deref(p) for p in op.get("parameters", []) if spec.deref(p).get("in") == "header"]
        roles = {p["x-role"]: p["name"] for p in headers if "x-role" in p}
        event: dict[str, Any] = next((p for p in headers if p.get("x-role") == "event"), {})
        events = tuple(spec.deref(event.get("schema", {})).get("enum", ())) if event else ()
        if not events and event:
            options = event.get("schema", {}).get("anyOf", [])
            events = tuple(v for o in options for v in spec.deref(o).get("enum", ()))
        _, event_phases = phases_of(spec, event.get("schema", {}), f"webhook {name} event header")
        payload = op["requestBody"]["content"]["application/json"]["schema"]
        signature = op.get("x-signature")
        if not signature:
            raise SpecError(f"webhook {name}: x-signature must say how deliveries are signed")
        subscribe = op.get("x-subscribe")
        if not isinstance(subscribe, dict) or {"url", "secret"} - set(subscribe):
            raise SpecError(f"webhook {name}: x-subscribe must name the create-body fields `url` and `secret`")
        family = next((f["name"] for f in families.values() if f["task"] == spec.ref(payload)[0]), None)
        if family is None:
            raise SpecError(f"webhook {name}: its payload must be the task schema of a family (one with x-task)")
        found[name] = {
            "name": name,
            "operation": op["operationId"],
            "headers": {p["name"]: " ".join(str(p.get("description", "")).split()) for p in headers},
            "id_header": roles["id"],
            "event_header": roles["event"],
            "events": events,
            "event_phases": event_phases,
            "payload": spec.ref(payload)[0],
            "family": family,
            "url_field": subscribe["url"],
            "secret_field": subscribe["secret"],
            "signature": {
                "header": roles["signature"],
                "timestamp_header": roles["timestamp"],
                "prefix": signature["prefix"],
                "signed": signature["signed"],
                "algorithm": signature["algorithm"],
                "legacy_header": signature["legacy"]["header"],
                "legacy_signed": signature["legacy"]["signed"],
            },
        }
    return found


HEADER = '''"""What openapi/musicapi.yaml says, as plain Python. Written by `make generate` (codegen/facts.py).

Do not edit.

Read by the runtime, the sandbox and the CLI instead of restating the spec. `check.problems()` applies
REQUEST_SCHEMAS; `openapi.json` beside this file is the spec itself.
"""

# ruff: noqa: E501
from __future__ import annotations

from enum import StrEnum
from typing import Any, Final, Literal, TypeAlias

from .model import FamilyFacts, Field, Operation, Signature, Variant, Webhook

'''


def call(name: str, values: dict[str, Any], **nested: str) -> str:
    """Python source for `name(key=value, ...)`; `nested` holds arguments that are already source."""
    args = [f"{key}={pformat(value, width=110, sort_dicts=False)}" for key, value in values.items()]
    args += [f"{key}={source}" for key, source in nested.items()]
    return f"{name}({', '.join(args)})"


def render(facts: dict[str, Any]) -> str:
    def literal(value: Any) -> str:
        return pformat(value, width=110, sort_dicts=False)

    lines = [HEADER]
    for key in ("TITLE", "VERSION"):
        lines.append(f"{key}: Final = {facts[key]!r}\n")
    lines.append(f"SERVERS: Final[tuple[str, ...]] = {literal(facts['SERVERS'])}\n")
    lines.append("DEFAULT_BASE_URL: Final = SERVERS[0]\n\n")
    lines.append("OPERATIONS: Final[dict[str, Operation]] = {\n")
    for op_id, op in facts["OPERATIONS"].items():
        lines.append(f"    {op_id!r}: {call('Operation', op)},\n")
    lines.append("}\n\n")
    lines.append("VARIANTS: Final[dict[str, Variant]] = {\n")
    for name, variant in facts["VARIANTS"].items():
        fields = "".join(f"{call('Field', f)}, " for f in variant["fields"])
        rest = {k: v for k, v in variant.items() if k != "fields"}
        lines.append(f"    {name!r}: {call('Variant', rest, fields=f'({fields})')},\n")
    lines.append("}\n\n")
    lines.append("# Request schemas with their $refs resolved: what check.problems() enforces.\n")
    lines.append(f"REQUEST_SCHEMAS: Final[dict[str, dict[str, Any]]] = {literal(facts['REQUEST_SCHEMAS'])}\n\n")
    lines.append("# Enum schemas and their values.\n")
    lines.append(f"ENUMS: Final[dict[str, tuple[str, ...]]] = {literal(facts['ENUMS'])}\n\n")
    lines.append("# x-phases: enum schema -> value -> what it means for a task (done, failed, near, running, ...).\n")
    lines.append(f"PHASES: Final[dict[str, dict[str, str]]] = {literal(facts['PHASES'])}\n\n")
    lines.append("# Other x- extensions of component schemas: schema -> extension -> value.\n")
    lines.append(f"SCHEMA_EXTENSIONS: Final[dict[str, dict[str, Any]]] = {literal(facts['SCHEMA_EXTENSIONS'])}\n\n")
    lines.append("# The documented answers: operationId -> status -> example name -> body.\n")
    lines.append(f"EXAMPLES: Final[dict[str, dict[str, dict[str, Any]]]] = {literal(facts['EXAMPLES'])}\n\n")
    lines.append("# x-field of those examples: operationId -> status -> example name -> the field it is about.\n")
    example_fields = literal(facts["EXAMPLE_FIELDS"])
    lines.append(f"EXAMPLE_FIELDS: Final[dict[str, dict[str, dict[str, str]]]] = {example_fields}\n\n")
    lines.append("# The clip properties of each task endpoint's answer (what a finished task can hold).\n")
    lines.append(f"CLIP_FIELDS: Final[dict[str, tuple[str, ...]]] = {literal(facts['CLIP_FIELDS'])}\n\n")
    lines.append("WEBHOOKS: Final[dict[str, Webhook]] = {\n")
    for name, hook in facts["WEBHOOKS"].items():
        rest = {k: v for k, v in hook.items() if k != "signature"}
        lines.append(f"    {name!r}: {call('Webhook', rest, signature=call('Signature', hook['signature']))},\n")
    lines.append("}\n\n")
    lines.append("# x-answer: the answers a task endpoint gives besides its task, and how they are told apart.\n")
    lines.append(f"ANSWERS: Final[dict[str, str]] = {literal(facts['ANSWERS'])}\n")
    lines.append(f"ANSWER_FIELD: Final = {facts['ANSWER_FIELD']!r}  # the field that names the kind of answer\n")
    lines.append(f"NOT_READY: Final = {facts['NOT_READY']!r}  # its value in a not-ready answer\n")
    lines.append(
        f"FAILURE_KINDS: Final[tuple[str, ...]] = {literal(facts['FAILURE_KINDS'])}  # failure kinds known\n\n"
    )
    names = ", ".join(repr(name) for name in facts["FAMILIES"])
    lines.append(f"FamilyName: TypeAlias = Literal[{names}]  # a family by its name, for type checkers\n\n")
    lines.append("\nclass Family(StrEnum):\n")
    lines.append('    """The task families (tags whose operations start tasks): pass one as `family=`."""\n\n')
    for name in facts["FAMILIES"]:
        lines.append(f"    {member_name(name)} = {name!r}\n")
    lines.append("\n\n# The task families: how each one's task endpoint answers are read (x-task, x-phases, x-file)\n")
    lines.append("# x-file: schema -> property -> the kind of file it holds (clips, results that answer at once).\n")
    lines.append(f"FILES: Final[dict[str, dict[str, str]]] = {literal(facts['FILES'])}\n\n")
    lines.append("FAMILIES: Final[dict[str, FamilyFacts]] = {\n")
    for name, family in facts["FAMILIES"].items():
        lines.append(f"    {name!r}: {call('FamilyFacts', family)},\n")
    lines.append("}\n")
    return "".join(lines)


def member_name(name: str) -> str:
    """An enum member's name for a tag: "sonic" -> SONIC, "suno-alias" -> SUNO_ALIAS."""
    cleaned = "".join(c if c.isalnum() else "_" for c in name).upper()
    return cleaned if cleaned[:1].isalpha() else f"F_{cleaned}"


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def render_bodies(facts: dict[str, Any], package: str) -> str:
    """Type aliases of each operation's request bodies (the generated models), for typed hand-written code."""
    names = sorted({v["schema"] for v in facts["VARIANTS"].values()})
    lines = [
        '"""Request body types per operation, as unions of the generated models. Written by `make generate`',
        '(codegen/facts.py): do not edit. Imports every request model, so it is kept out of musicapi_spec itself."""',
        "",
        "from typing import TypeAlias",
        "",
        f"from {package}.models import (",
        *(f"    {name}," for name in names),
        ")",
        "",
    ]
    aliases = []
    for op_id, op in facts["OPERATIONS"].items():
        if op["variants"]:
            alias = f"{camel(op_id)}Body"
            aliases.append(alias)
            lines.append(f"{alias}: TypeAlias = {' | '.join(op['variants'])}")
    lines.append(f"RequestBody: TypeAlias = {' | '.join(aliases)}")
    return "\n".join(lines) + "\n"


def render_results(facts: dict[str, Any], package: str) -> str:
    """The unions of the families' task and clip models (read at run time: the runtime's Task and Clip)."""
    families = facts["FAMILIES"].values()
    tasks = list(dict.fromkeys(f["task"] for f in families))  # an alias family shares its task model
    clips = list(dict.fromkeys(f["clip"] for f in families))
    return "\n".join(
        [
            '"""The task and clip models of every family, as unions. Written by `make generate` (codegen/facts.py):',
            'do not edit. Imports only those models, so a poll loads nothing of the create side."""',
            "",
            "from typing import TypeAlias",
            "",
            f"from {package}.models import {', '.join(sorted({*tasks, *clips}))}",
            "",
            f"Task: TypeAlias = {' | '.join(tasks)}",
            f"Clip: TypeAlias = {' | '.join(clips)}",
            f"TASK_MODELS = ({', '.join(tasks)},)",
            "",
        ]
    )


def render_signatures(facts: dict[str, Any], package: str) -> str:
    """Protocols with one overload per kind of answer, typing the runtime's create / acreate /
    create_and_wait / acreate_and_wait for every operation of the spec (the runtime assigns its functions to
    them for type checkers), so a new operation or family is typed without a hand edit."""
    operations = facts["OPERATIONS"]
    by_answer: dict[str, list[str]] = {}
    by_task: dict[str, list[str]] = {}
    for op_id, op in operations.items():
        if not op["variants"]:
            continue
        alias = f"{camel(op_id)}Body"
        by_answer.setdefault(op["answer"] or "Any", []).append(alias)
        if op["polls"]:
            by_task.setdefault(facts["FAMILIES"][operations[op["polls"]]["tag"]]["task"], []).append(alias)
    lines = _signatures_head(facts, package, by_answer, by_task)
    options = "*, timeout: float = ..., schedule: PollSchedule | None = ..., on_progress: ProgressCallback | None = ..."
    options += ", on_created: Callable[[str], None] | None = ..."
    lines += _protocol("Create", "Start a task (paid); the answer's model.", by_answer, "", "")
    lines += _protocol("ACreate", "The async twin of Create.", by_answer, "async ", "")
    lines += _protocol("CreateAndWait", "Create (paid), then wait: the family's finished task.", by_task, "", options)
    lines += _protocol("ACreateAndWait", "The async twin of CreateAndWait.", by_task, "async ", options)
    lines += _wait_protocols(facts)
    # clips_of / finished_clips: a task model's clips are its family's clip model.
    pairs = {f["task"]: f["clip"] for f in facts["FAMILIES"].values()}
    for name, doc in (
        ("ClipsOf", "A task's clips: its family's clip model."),
        ("FinishedClips", "A task's finished clips."),
    ):
        lines.extend(["", f"class {name}(Protocol):", f'    """{doc}"""', ""])
        for task, clip in pairs.items():
            if len(pairs) > 1:
                lines.append("    @overload")
            lines.append(f"    def __call__(self, task: {task}) -> list[{clip}]: ...")
    return "\n".join(lines) + "\n"


def _signatures_head(
    facts: dict[str, Any], package: str, by_answer: dict[str, list[str]], by_task: dict[str, list[str]]
) -> list[str]:
    models = sorted({a for a in by_answer if a != "Any"} | set(by_task))
    tasks = {f["task"] for f in facts["FAMILIES"].values()}
    clips = {f["clip"] for f in facts["FAMILIES"].values()}
    aliases = sorted({a for group in by_answer.values() for a in group})
    return [
        '"""Typed signatures of the runtime\'s create, acreate, create_and_wait and acreate_and_wait: one overload',
        "per kind of answer, from the spec's operations (their bodies, answers and task families). Written by",
        "`make generate` (codegen/facts.py): do not edit. For type checkers only: the runtime imports it under",
        'TYPE_CHECKING."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable",
        "from typing import TYPE_CHECKING, Any, Literal, Protocol, overload",
        "",
        f"from {package} import AuthenticatedClient",
        f"from {package}.models import {', '.join(sorted({*models, *tasks, *clips}))}",
        "",
        "from . import Family",
        f"from .bodies import {', '.join(aliases)}",
        "from .model import FamilyFacts",
        "from .results import Task",
        "",
        "if TYPE_CHECKING:",
        "    from musicapi_runtime import PollSchedule, ProgressCallback",
        "",
    ]


def _protocol(name: str, doc: str, groups: dict[str, list[str]], prefix: str, options: str) -> list[str]:
    lines = ["", f"class {name}(Protocol):", f'    """{doc}"""', ""]
    for result, bodies in groups.items():
        if len(groups) > 1:
            lines.append("    @overload")
        extra = f", {options}" if options else ""
        lines.append(
            f"    {prefix}def __call__(self, client: AuthenticatedClient, body: {' | '.join(bodies)}{extra}) "
            f"-> {result}: ..."
        )
    return lines


def _wait_protocols(facts: dict[str, Any]) -> list[str]:
    """wait_for_task / await_task: a family named by its enum member or its name answers with its task model."""
    lines: list[str] = []
    waits = "api: None = ..., timeout: float = ..., schedule: PollSchedule | None = ..., "
    waits += "on_progress: ProgressCallback | None = ..., first_delay: float = ..."
    for name, doc, prefix, extra in (
        ("WaitForTask", "Wait for a task: its family's task model.", "", ", sleep: Callable[[float], None] = ..."),
        ("AwaitTask", "The async twin of WaitForTask.", "async ", ""),
    ):
        lines.extend(["", f"class {name}(Protocol):", f'    """{doc}"""', ""])
        for family in facts["FAMILIES"].values():
            member = f"Family.{member_name(family['name'])}"
            lines += [
                "    @overload",
                f"    {prefix}def __call__(self, client: AuthenticatedClient, task_id: str, *, family: "
                f"Literal[{member}, {family['name']!r}], {waits}{extra}, clock: Callable[[], float] = ...) "
                f"-> {family['task']}: ...",
            ]
        lines += [
            "    @overload",
            f"    {prefix}def __call__(self, client: AuthenticatedClient, task_id: str, *, family: FamilyFacts | None"
            f" = ..., api: str | None = ..., timeout: float = ..., schedule: PollSchedule | None = ..., "
            f"on_progress: ProgressCallback | None = ..., first_delay: float = ...{extra}, "
            "clock: Callable[[], float] = ...) -> Task: ...",
        ]
    return lines


def render_reference(facts: dict[str, Any], document: dict[str, Any]) -> str:
    """Every family and operation with its cost and `musicapi` command, as a Markdown table per tag."""
    ops = facts["OPERATIONS"]
    lines = [
        f"# {facts['TITLE']} {facts['VERSION']}: every family and operation",
        "",
        "Written by `make generate` from `openapi/musicapi.yaml` (codegen/facts.py); `make check-generated` keeps it",
        "so. Do not edit. Costs are the spec's `x-credits` (the sources and their dates are in each operation's",
        'description); "assumed" marks a cost the sources do not state. Every command with its options, the',
        "command's own ones too (`musicapi credits`, `webhook listen`, `sandbox`): [commands.md](../commands.md).",
        "",
    ]
    for tag in document.get("tags", []):
        name = tag["name"]
        mine = [op for op in ops.values() if op["tag"] == name]
        if not mine:
            continue
        family = facts["FAMILIES"].get(name)
        kind = "a task family" if family else "no tasks"
        if family and family["status"]:
            kind += f"; done when `{family['status']}` is done"
        elif family:
            kind += f"; done when its clips settle ({family['finished_clips']} for most operations)"
        lines += [f"## {name}", "", " ".join(str(tag.get("description", "")).split()), "", f"*{kind}*", ""]
        lines += ["| operation | request | what | credits | command |", "|---|---|---|---|---|"]
        for op in mine:
            what = op["summary"].replace("|", "\\|")
            if op["deprecated"]:
                what += " (deprecated)"
            if op["alias_of"]:
                what += f" — another path of `{op['alias_of']}`"
            credits = "free" if op["method"] == "GET" else str(op["credits"])
            if "assumed" in op["description"] or "not in the sources" in op["description"]:
                credits += " (assumed)"
            verbs = sorted({facts["VARIANTS"][v]["verb"] for v in op["variants"]})
            command = ", ".join(f"`musicapi {name} {v}`" for v in verbs)
            if family and op["id"] == family["poll"]:
                command = f"`musicapi {name} get`, `musicapi {name} wait`"
            lines.append(f"| `{op['id']}` | `{op['method']} {op['path']}` | {what} | {credits} | {command} |")
        lines.append("")
    return "\n".join(lines)


def write(spec_path: Path, client_dir: Path, out: Path) -> None:
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    facts = derive(document, client_modules(client_dir))
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "__init__.py").write_text(render(facts), encoding="utf-8")
    (out / "bodies.py").write_text(render_bodies(facts, client_dir.name), encoding="utf-8")
    (out / "results.py").write_text(render_results(facts, client_dir.name), encoding="utf-8")
    (out / "signatures.py").write_text(render_signatures(facts, client_dir.name), encoding="utf-8")
    (out / "reference.md").write_text(render_reference(facts, document), encoding="utf-8")
    for module in sorted(SPEC_MODULES.glob("*.py")):  # hand-written modules of the package, copied as they are
        shutil.copyfile(module, out / module.name)
    (out / "py.typed").write_text("")
    # The spec travels with the package (the sandbox serves it at /openapi.json).
    (out / "openapi.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "format", "--quiet", "--isolated", "--line-length", "120", str(out)], check=True)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        write(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    except (SpecError, KeyError) as error:
        print(f"codegen.facts: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
