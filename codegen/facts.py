"""Reads openapi/musicapi.yaml and writes generated/musicapi_spec/: the spec's facts as plain Python.

openapi-python-client writes typed models and endpoints but drops everything else the hand-written layers need:
limits, the create variants and their tags, paths, costs (x-credits), state phases (x-phases), documented
messages (the examples), servers and webhooks. This writes them, so a spec edit shows up in generated/ and
`make check-generated` sees it. Anything in a request schema that templates/spec/check.py cannot enforce is an
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

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "spec"
# What templates/spec/check.py enforces, and what it may ignore because it only describes.
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
                raise SpecError(f"{where}: request schemas may not use {key!r} (templates/spec/check.py lacks it)")
            if key == "format" and value not in FORMATS:
                raise SpecError(f"{where}: format {value!r} is not checked (templates/spec/check.py)")
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
            credits = op.get("x-credits", 0)
            if method != "get" and "x-credits" not in op:
                raise SpecError(f"{op_id}: a {method.upper()} must state its cost with x-credits (0 if free)")
            names: list[str] = []
            body = op.get("requestBody")
            if body is not None:
                schema = spec.deref(body)["content"]["application/json"]["schema"]
                top = spec.deref(schema)
                members = top.get("oneOf", [schema])
                for member in members:
                    if "$ref" not in member:
                        raise SpecError(f"{op_id}: each request body variant must be a named schema ($ref)")
                    name, target = spec.ref(member)
                    names.append(name)
                    request_schemas[name] = spec.rules(member, name)
                    required = set(target.get("required", ()))
                    fields = [
                        field_of(spec, prop, node, prop in required)
                        for prop, node in target.get("properties", {}).items()
                    ]
                    variants[name] = {
                        "schema": name,
                        "operation": op_id,
                        "description": " ".join(str(target.get("description", "")).split()),
                        "credits": target.get("x-credits", credits),
                        "tags": {f["name"]: f["const"] for f in fields if f.get("is_tag")},
                        "fields": fields,
                    }
            links = [
                link["operationId"]
                for response in op.get("responses", {}).values()
                for link in spec.deref(response).get("links", {}).values()
            ]
            params = [spec.deref(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            operations[op_id] = {
                "id": op_id,
                "tag": (op.get("tags") or ["default"])[0],
                "method": method.upper(),
                "path": path,
                "module": modules[op_id],
                "summary": op.get("summary", ""),
                "description": " ".join(str(op.get("description", "")).split()),
                "credits": credits,
                "variants": tuple(names),
                "polls": links[0] if links else None,
                "path_parameters": tuple(p["name"] for p in params if p.get("in") == "path"),
                "statuses": tuple(str(s) for s in op.get("responses", {})),
                "deprecated": bool(op.get("deprecated", False)),
                "successor": op.get("x-successor"),
                "retired": dict(op.get("x-retired", {})),
                "task_type": op.get("x-task-type"),
                "files": None if op.get("x-files") is None else tuple(op["x-files"]),
            }
            examples[op_id], example_fields[op_id] = examples_of(spec, op.get("responses", {}))
            if method == "get" and links == [] and "200" in op.get("responses", {}):
                clip_fields[op_id] = clip_properties(spec, op["responses"]["200"])
    for op_id, operation in operations.items():
        made, polled = operation["files"], clip_fields.get(operation["polls"] or "", ())
        if made is not None and not set(made) <= {f for f in polled if f.endswith("_url")}:
            raise SpecError(f"{op_id}: x-files must name URL fields of the clips its task holds, got {list(made)}")
    enums = {name: tuple(s["enum"]) for name, s in spec.schemas.items() if "enum" in s}
    phases: dict[str, dict[str, str]] = {}
    for name, schema in spec.schemas.items():
        if "x-phases" in schema:
            mapping = {str(value): phase for phase, values in schema["x-phases"].items() for value in values}
            unknown = set(mapping) - set(map(str, schema.get("enum", ())))
            if unknown:
                raise SpecError(f"{name}: x-phases names values that are not in its enum: {sorted(unknown)}")
            phases[name] = mapping
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
        "ENUMS": enums,
        "PHASES": phases,
        "SCHEMA_EXTENSIONS": {
            name: {k: v for k, v in schema.items() if k.startswith("x-") and k != "x-phases"}
            for name, schema in spec.schemas.items()
            if any(k.startswith("x-") and k != "x-phases" for k in schema)
        },
        "EXAMPLES": examples,
        "EXAMPLE_FIELDS": {op: fields for op, fields in example_fields.items() if fields},
        "CLIP_FIELDS": {op: fields for op, fields in clip_fields.items() if fields},
        "WEBHOOKS": webhooks_of(spec),
    }


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


def webhooks_of(spec: Spec) -> dict[str, Any]:
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
        payload = op["requestBody"]["content"]["application/json"]["schema"]
        signature = op.get("x-signature")
        if not signature:
            raise SpecError(f"webhook {name}: x-signature must say how deliveries are signed")
        found[name] = {
            "name": name,
            "operation": op["operationId"],
            "headers": {p["name"]: " ".join(str(p.get("description", "")).split()) for p in headers},
            "id_header": roles["id"],
            "event_header": roles["event"],
            "events": events,
            "payload": spec.ref(payload)[0],
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

from typing import Any, Final

from .model import Field, Operation, Signature, Variant, Webhook

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
    lines.append("}\n")
    return "".join(lines)


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


def write(spec_path: Path, client_dir: Path, out: Path) -> None:
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    facts = derive(document, client_modules(client_dir))
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "__init__.py").write_text(render(facts), encoding="utf-8")
    (out / "bodies.py").write_text(render_bodies(facts, client_dir.name), encoding="utf-8")
    for name in ("model.py", "check.py", "webhook.py"):
        shutil.copyfile(TEMPLATES / name, out / name)
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
