"""Early request checks, applied before anything is sent (a create is paid).

The generated models guarantee that required fields are present but not their types or limits, so every
body is checked against its schema in the spec (musicapi_spec.check, generated from openapi/), plus what a
request must be to be sent at all (text that is valid Unicode). A closed enum's value may be given as its plain
string (`mv="FUZZ-1.1 Pro"`, as the spec writes it): it is sent as the enum's member; any other string is a
problem naming the enum and its values.
"""

from __future__ import annotations

import copy
import re
from enum import Enum
from functools import cache
from typing import Any, Protocol, TypeVar

from musicapi_spec.check import Problem, problems

from ._errors import RequestValidationError
from ._redact import remember_secret
from ._spec import variant_of


class Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


B = TypeVar("B", bound=Body)


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
    return _checked(body)[1]


def checked_body(body: B) -> B:
    """validate_body, returning the body to send: the same one, or a copy where a closed enum's field held its
    value as a plain string (mv="FUZZ-1.1 Pro") with the enum's member in its place."""
    return _checked(body)[0]


def _checked(body: B) -> tuple[B, dict[str, Any]]:
    variant = variant_of(body)
    sendable, wrong = _with_enums(body)
    try:
        data = sendable.to_dict()
    except (AttributeError, TypeError, ValueError) as error:  # a value of the wrong type inside the model
        raise RequestValidationError(f"invalid {variant.schema}: {error}") from error
    hidden: dict[str, str] = {}  # secret fields (format: password) holding a value that is not text
    for field in variant.fields:  # a server may quote a secret back in an error
        value = data.get(field.name) if field.secret else None
        if isinstance(value, str):
            remember_secret(value, "field")
        elif value is not None:
            hidden[field.name] = type(value).__name__
    bad = {p.field for p in wrong}  # (their placeholders' own problems are not news)
    found = wrong + [p for p in text_problems(data) + problems(variant.schema, data) if p.field not in bad]
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
    return sendable, data


@cache
def _enum_fields(model: type) -> dict[str, type[Enum]]:
    """The fields of a generated model that hold one of the spec's closed enums (an open one's field is typed
    `TheEnum | str` and takes any string as it is)."""
    import attrs

    import musicapi_client.models as models

    found: dict[str, type[Enum]] = {}
    for attribute in attrs.fields(model):
        names = re.findall(r"[A-Za-z_]\w*", str(attribute.type))
        kinds = [getattr(models, n, None) for n in names if n != "str"]
        enums = [k for k in kinds if isinstance(k, type) and issubclass(k, Enum)]
        if enums and "str" not in names:
            found[attribute.name] = enums[0]
    return found


def _with_enums(body: B) -> tuple[B, list[Problem]]:
    """The body with each closed enum's field given as a plain string holding its member instead (on a copy), and
    the fields whose string is none of the enum's values (each then holds a placeholder, to check the rest)."""
    fixes: dict[str, Enum] = {}
    wrong: list[Problem] = []
    for name, kind in _enum_fields(type(body)).items():
        value = getattr(body, name, None)
        if not isinstance(value, str) or isinstance(value, Enum):
            continue
        try:
            fixes[name] = kind(value)
        except ValueError:
            values = ", ".join(repr(m.value) for m in kind)
            wrong.append(Problem(name, f"must be one of {kind.__name__}'s values ({values}), got {value!r}"))
            fixes[name] = next(iter(kind))
    if not fixes:
        return body, wrong
    sendable = copy.copy(body)
    for name, member in fixes.items():
        setattr(sendable, name, member)
    return sendable, wrong
