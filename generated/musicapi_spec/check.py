"""Checks a request body against its schema in the spec, listing every problem in plain words.

Copied into generated/musicapi_spec/ by `make generate` (edit codegen/spec_modules/check.py). The schemas it reads
are in REQUEST_SCHEMAS, resolved from openapi/ at generation time; codegen refuses a keyword this file does
not implement, so a new kind of rule in the spec cannot be skipped silently.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from . import REQUEST_SCHEMAS

# RFC 3986 characters: unreserved, reserved, and well-formed percent escapes (`format: uri`).
URI = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+")
TYPE_WORDS = {
    "string": "a string",
    "number": "a finite number",
    "integer": "an integer",
    "boolean": "true or false",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


@dataclass(frozen=True)
class Problem:
    """One broken rule: `field` is the property's name ("" for the body itself)."""

    field: str
    text: str  # what is wrong, without the field's name: "has 85 characters; at most 79 are allowed"

    def __str__(self) -> str:
        return f"{self.field} {self.text}" if self.field else self.text


def problems(schema_name: str, data: Any, *, between_fields: bool = True) -> list[Problem]:
    """Every rule of REQUEST_SCHEMAS[schema_name] that `data` breaks (an empty list when it conforms).

    `between_fields` adds the rules JSON Schema cannot state (x-after: one field must exceed another); the
    sandbox leaves them out so that it accepts exactly what the spec accepts."""
    return _check(REQUEST_SCHEMAS[schema_name], data, "", between_fields)


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_type(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list | tuple)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return True
    # JSON has no NaN or infinity; 2.0 is an integer in JSON Schema
    return math.isfinite(value) and (kind == "number" or value.is_integer())


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, 1 is 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def _check(schema: dict[str, Any], value: Any, name: str, between_fields: bool) -> list[Problem]:
    if "allOf" in schema:
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        found = [p for part in [rest, *schema["allOf"]] for p in _check(part, value, name, between_fields)]
        return list(dict.fromkeys(found))
    if "anyOf" in schema:
        options = schema["anyOf"]
        if any(not _check(option, value, name, between_fields) for option in options):
            return []
        if len(options) == 1:
            return _check(options[0], value, name, between_fields)
        if isinstance(value, dict) and all(set(option) == {"required"} for option in options):
            # "one of these fields" (anyOf of required lists): name the fields.
            fields = " or ".join(" and ".join(option["required"]) for option in options)
            return [Problem(name, f"needs {fields}")]
        typed = [o for o in options if "type" in o and not _check({"type": o["type"]}, value, name, False)]
        if len(typed) == 1:  # the one member of the value's type says what is wrong ("must be digits only")
            return _check(typed[0], value, name, between_fields)
        words = " or ".join(_wanted(option) for option in options)
        return [Problem(name, f"must be {words}, got {_describe(value)}")]
    if "const" in schema:
        if _same(value, schema["const"]):
            return []
        return [Problem(name, f"must be {_json(schema['const'])}, got {_describe(value)}")]
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is_type(value, kind) for kind in kinds):
            words = " or ".join(TYPE_WORDS[kind] for kind in kinds)
            return [Problem(name, f"must be {words}, got {_describe(value)}")]
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        return [Problem(name, f"must be one of {', '.join(map(_json, schema['enum']))}; got {_describe(value)}")]
    if isinstance(value, str):
        return _check_text(schema, value, name)
    if _is_type(value, "number"):
        return _check_number(schema, value, name)
    if isinstance(value, dict):
        return _check_object(schema, value, name, between_fields)
    if isinstance(value, list | tuple):
        found = []
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append(Problem(name, f"has {len(value)} items; at least {schema['minItems']} are required"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            found.append(Problem(name, f"has {len(value)} items; at most {schema['maxItems']} are allowed"))
        for index, item in enumerate(value):
            found += _check(schema.get("items", {}), item, f"{name}[{index}]", between_fields)
        return found
    return []


def _wanted(schema: dict[str, Any]) -> str:
    if "const" in schema:
        return _json(schema["const"])
    if "enum" in schema:
        return "one of " + ", ".join(map(_json, schema["enum"]))
    kinds = schema.get("type", "any value")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return " or ".join(TYPE_WORDS.get(kind, kind) for kind in kinds)


def _number(value: float) -> str:
    """A number for a message; never float() an int, which overflows beyond 1e308."""
    if isinstance(value, int):
        text = str(value)
        return text if len(text) <= 20 else f"{text[:8]}...({len(text)} digits)"
    return f"{value:g}"


def _json(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return repr(value)


def _check_text(schema: dict[str, Any], value: str, name: str) -> list[Problem]:
    found = []
    if "minLength" in schema and len(value) < schema["minLength"]:
        wanted = schema["minLength"]
        text = "must not be empty" if wanted == 1 else f"has {len(value)} characters; at least {wanted} are required"
        found.append(Problem(name, text))
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        found.append(Problem(name, f"has {len(value)} characters; at most {schema['maxLength']} are allowed"))
    if "pattern" in schema and not re.search(schema["pattern"], value):
        wanted = schema.get("x-pattern-description") or f"text matching {schema['pattern']!r}"
        found.append(Problem(name, f"must be {wanted}, got {_describe(value[:60])}"))
    elif schema.get("format") == "uri" and not URI.fullmatch(value):
        found.append(Problem(name, "must be a valid URL (percent-encode spaces and other characters)"))
    return found


def _check_number(schema: dict[str, Any], value: float, name: str) -> list[Problem]:
    found = []
    if "minimum" in schema and value < schema["minimum"]:
        found.append(Problem(name, f"must be at least {_number(schema['minimum'])}, got {_number(value)}"))
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        found.append(Problem(name, f"must be more than {_number(schema['exclusiveMinimum'])}, got {_number(value)}"))
    if "maximum" in schema and value > schema["maximum"]:
        found.append(Problem(name, f"must be at most {_number(schema['maximum'])}, got {_number(value)}"))
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        found.append(Problem(name, f"must be less than {_number(schema['exclusiveMaximum'])}, got {_number(value)}"))
    return found


def _check_object(schema: dict[str, Any], value: dict[str, Any], name: str, between_fields: bool) -> list[Problem]:
    prefix = f"{name}." if name else ""
    properties: dict[str, Any] = schema.get("properties", {})
    found = [Problem(f"{prefix}{key}", "is required") for key in schema.get("required", ()) if key not in value]
    for key, rules in properties.items():
        if key in value:
            found += _check(rules, value[key], f"{prefix}{key}", between_fields)
    if between_fields:
        for key, rules in properties.items():
            before = rules.get("x-after")
            numbers = before and _is_type(value.get(key), "number") and _is_type(value.get(before), "number")
            if numbers and value[key] <= value[before]:
                text = f"({_number(value[key])}) must be after {prefix}{before} ({_number(value[before])})"
                found.append(Problem(f"{prefix}{key}", text))
    return found
