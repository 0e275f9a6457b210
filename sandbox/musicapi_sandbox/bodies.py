"""Request bodies checked the way the real API answers them, from the spec alone.

A body is matched to its variant by the const tags the spec gives each one (task_type, custom_mode), checked with
the spec's own rules (musicapi_spec.check, without the client-only rules between fields, so the sandbox accepts
exactly what the spec accepts: schemathesis checks it), and refused with the API's documented messages.
"""

from __future__ import annotations

from typing import Any

import musicapi_spec as facts
from musicapi_spec.check import problems
from musicapi_spec.model import Operation, Variant


class Invalid(Exception):
    """A 400 with the API's message."""


class Retired(Exception):
    """A 410: the task_type was retired (the message names it and its replacement)."""


def message(operation: str, status: str, example: str) -> str:
    """A documented message: the `error` of the named example of an operation's answer."""
    body: dict[str, Any] = facts.EXAMPLES[operation][status][example]
    return str(body["error"])


def field_message(operation: str, field: str) -> str:
    """The API's 400 for a bad field: the example the spec ties to that field (x-field), else the example about
    another field with this field's name put in its place ("The 'mv' field is invalid." -> 'prompt')."""
    top = field.split(".")[0].split("[")[0]
    about = facts.EXAMPLE_FIELDS.get(operation, {}).get("400", {})
    for name, subject in about.items():
        if subject == top:
            return message(operation, "400", name)
    for name, subject in about.items():
        text = message(operation, "400", name)
        if f"'{subject}'" in text:
            return text.replace(f"'{subject}'", f"'{top}'")
    return next(message(operation, "400", name) for name in facts.EXAMPLES[operation]["400"])


def _tags_match(variant: Variant, data: dict[str, Any]) -> bool:
    for field in variant.fields:
        if not field.is_tag:
            continue
        if field.name in data:
            if data[field.name] != field.const or type(data[field.name]) is not type(field.const):
                return False
        elif field.required:
            return False
    return True


def unencodable(value: object, name: str = "body") -> str | None:
    """The field holding text that cannot be encoded (JSON can carry a lone surrogate, "\\ud800", which no
    signature or answer can), if any."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return name
        return None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if (found := unencodable(key, name) or unencodable(item, str(key) if name == "body" else name)) is not None:
            return found
    return None


def variant_for(operation: Operation, data: object) -> Variant:
    """The variant of `operation` that a JSON body stands for, or Invalid / Retired."""
    if not isinstance(data, dict):
        raise Invalid(field_message(operation.id, "body"))
    if (bad := unencodable(data)) is not None:
        raise Invalid(field_message(operation.id, bad))
    kind = data.get(operation.retired_field) if operation.retired_field else None
    if isinstance(kind, str) and kind in operation.retired:
        raise Retired(f"{operation.retired_field} {kind} has been retired; use {operation.retired[kind]}.")
    variants = [facts.VARIANTS[name] for name in operation.variants]
    matching = [v for v in variants if _tags_match(v, data)]
    if not matching:
        tags = [f.name for v in variants for f in v.fields if f.is_tag]
        wrong = next((t for t in tags if t in data), tags[0] if tags else "body")
        raise Invalid(field_message(operation.id, wrong))
    # Several variants share tags only when one tag is optional; the body's own fields decide.
    best = min(matching, key=lambda v: len(problems(v.schema, data, between_fields=False)))
    found = problems(best.schema, data, between_fields=False)
    if found:
        raise Invalid(field_message(operation.id, found[0].field or "body"))
    return best
