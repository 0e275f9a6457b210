"""Early request checks: the spec's limits, applied before anything is sent (a create is paid).

The generated attrs models guarantee that required fields are present but not their types or limits, so the
limits of openapi/musicapi.yaml are repeated here; tests/test_validation.py fails if they drift from the spec.
"""

from __future__ import annotations

import math
import re
import typing
from typing import Any, Protocol

import attrs

from .errors import RequestValidationError

# Field -> JSON Schema keywords, exactly as the spec's request schemas state them.
LIMITS: dict[str, dict[str, Any]] = {
    "prompt": {"type": "string", "minLength": 1, "maxLength": 200},
    "lyrics": {"type": "string", "maxLength": 3000},
    "title": {"type": "string", "maxLength": 79},
    "sound": {"type": "string", "maxLength": 200},
    "make_instrumental": {"type": "boolean"},
    "continue_clip_id": {"type": "string", "minLength": 1},
    "continue_at": {"type": "number", "minimum": 0},
    "replace_start_time": {"type": "number", "minimum": 0},
    "replace_end_time": {"type": "number", "minimum": 0},
    "vocal_variation": {"type": "number", "minimum": 0, "maximum": 1},
    "url": {"type": "string", "format": "uri", "maxLength": 2048, "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"},
}
# RFC 3986 characters: unreserved, reserved, and well-formed percent escapes.
URI = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+")


class Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "number":  # JSON has no NaN or infinity
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    return True


def problems_with(data: dict[str, Any]) -> list[str]:
    """Every rule broken by `data`: the spec's limits, then the rules between fields."""
    return limit_problems(data) + cross_field_problems(data)


def limit_problems(data: dict[str, Any]) -> list[str]:
    """The spec's own rules (what the sandbox enforces, so that it accepts exactly what the spec accepts)."""
    problems = []
    for field, rules in LIMITS.items():
        if field not in data:
            continue
        value = data[field]
        if not _type_ok(value, rules["type"]):
            finite = " finite" if rules["type"] == "number" else ""
            problems.append(f"{field} must be a{finite} {rules['type']}, got {value!r:.40}")
            continue
        if "minLength" in rules and len(value) < rules["minLength"]:
            problems.append(f"{field} must not be empty" if rules["minLength"] == 1 else f"{field} is too short")
        if "maxLength" in rules and len(value) > rules["maxLength"]:
            problems.append(f"{field} has {len(value)} characters; at most {rules['maxLength']} are allowed")
        if "minimum" in rules and value < rules["minimum"]:
            problems.append(f"{field} must be at least {rules['minimum']}, got {value}")
        if "maximum" in rules and value > rules["maximum"]:
            problems.append(f"{field} must be at most {rules['maximum']}, got {value}")
        if "pattern" in rules and not re.match(rules["pattern"], value):
            problems.append(f"{field} must be an http(s) URL, got {value[:60]!r}")
        elif rules.get("format") == "uri" and not URI.fullmatch(value):
            problems.append(f"{field} must be a valid URL (percent-encode spaces and other characters)")
    return problems


def cross_field_problems(data: dict[str, Any]) -> list[str]:
    """Rules the spec can state only in words (JSON Schema cannot compare two fields)."""
    problems = []
    start, end = data.get("replace_start_time"), data.get("replace_end_time")
    if isinstance(start, int | float) and isinstance(end, int | float) and end <= start:
        problems.append(f"replace_end_time ({end}) must be after replace_start_time ({start})")
    return problems


def validate_body(body: Body) -> dict[str, Any]:
    """The body as JSON, or RequestValidationError listing every problem. Nothing is sent either way."""
    try:
        data = body.to_dict()
    except (AttributeError, TypeError, ValueError) as error:  # e.g. mv given as a plain string
        raise RequestValidationError(
            f"invalid {type(body).__name__}: {error} (use the generated enums, e.g. RiffusionModel.FUZZ_1_1_PRO)"
        ) from error
    if problems := tag_problems(body, data) + problems_with(data):
        raise RequestValidationError(f"invalid {type(body).__name__}: " + "; ".join(problems))
    return data


def tag_problems(body: Body, data: dict[str, Any]) -> list[str]:
    """The const tags (custom_mode, task_type) must keep the values their operation fixes."""
    model = type(body)
    if not attrs.has(model):
        return []
    hints = typing.get_type_hints(model)
    problems = []
    for tag in ("custom_mode", "task_type"):
        if tag not in data or tag not in hints:
            continue
        allowed = _literals(hints[tag])
        value = data[tag]
        if not any(value == a and type(value) is type(a) for a in allowed):
            problems.append(f"{tag} must be {' or '.join(map(repr, allowed))} for {model.__name__}")
    return problems


def _literals(hint: Any) -> list[Any]:
    """The values of the Literal types in an annotation such as `Literal["create_music"] | Unset`."""
    if typing.get_origin(hint) is typing.Literal:
        return list(typing.get_args(hint))
    return [value for arg in typing.get_args(hint) for value in _literals(arg)]
