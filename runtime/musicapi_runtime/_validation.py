"""Early request checks, applied before anything is sent (a create is paid).

The generated models guarantee that required fields are present but not their types or limits, so every
body is checked against its schema in the spec (musicapi_spec.check, generated from openapi/), plus what a
request must be to be sent at all (text that is valid Unicode).
"""

from __future__ import annotations

from typing import Any, Protocol

from musicapi_spec.check import Problem, problems

from ._errors import RequestValidationError
from ._raw import remember_secret
from ._spec import variant_of


class Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def text_problems(value: Any, name: str = "") -> list[Problem]:
    """Text that cannot be sent as UTF-8 (a lone surrogate, as from a string cut mid-emoji)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [Problem(name, "is not valid Unicode text (it holds a lone surrogate)")]
        return []
    if isinstance(value, dict):
        found = []
        for key, item in value.items():
            found += text_problems(key, name) + text_problems(item, f"{name}.{key}" if name else str(key))
        return found
    if isinstance(value, list | tuple):
        return [p for index, item in enumerate(value) for p in text_problems(item, f"{name}[{index}]")]
    return []


def validate_body(body: Body) -> dict[str, Any]:
    """The body as JSON, or RequestValidationError listing every problem. Nothing is sent either way."""
    variant = variant_of(body)
    try:
        data = body.to_dict()
    except (AttributeError, TypeError, ValueError) as error:  # e.g. mv given as a plain string, not the enum
        raise RequestValidationError(
            f"invalid {variant.schema}: {error} (use the generated enums, e.g. for mv)"
        ) from error
    hidden: dict[str, str] = {}  # secret fields (format: password) holding a value that is not text
    for field in variant.fields:  # a server may quote a secret back in an error
        value = data.get(field.name) if field.secret else None
        if isinstance(value, str):
            remember_secret(value, "field")
        elif value is not None:
            hidden[field.name] = type(value).__name__
    found = text_problems(data) + problems(variant.schema, data)
    # The checker quotes a wrong value ("must be a string, got b'...'"); for a secret, only its type is said.
    found = [
        Problem(p.field, f"{p.text.partition(', got ')[0]}, got {hidden[p.field]}") if p.field in hidden else p
        for p in found
    ]
    if found:
        raise RequestValidationError(
            f"invalid {variant.schema}: " + "; ".join(map(str, found)),
            problems=tuple((p.field, p.text) for p in found),
        )
    return data
