"""A faster twin of the generated poll endpoints' `sync_detailed` / `asyncio_detailed`, with the same results.

Every poll answer is a union (not ready | failure | task) that the generated parser reads by trying each member
in turn: a task body costs two failed model builds (a dict copy and a KeyError each) before the right one. The
members are told apart by their `type` field, so the common answers go straight to their model:

- no `type` key: both other members require one (their `from_dict` pops it), so the generated parser ends at
  the task model: built by `builder(task_model)`, the same model built the same way (below);
- `type` == "not_ready": the first member, which cannot fail on it: `TaskNotReady.from_dict(data)`;
- anything else (failures, non-objects, other statuses): the generated `_parse_response` itself.

The request, the status conversion and the `Response` are the generated code's own steps. tests/test_polls.py
checks the results against the generated parser on every fixture and on generated edge cases.

`builder(model)` is the generated `from_dict` without its per-call overhead: the generated code wraps each
enum field in a nested function that calls the Enum class (two Python-level calls in 3.11), and each plain field
in `typing.cast` (a call). The builder reads the model's fields (its constructor's order, `__match_args__`) and
their declared types and compiles straight-line code for them: plain fields popped as they are, enum
fields looked up among the enum's values (what `Enum(value)` does for a str; unknown strings stay strings),
lists of models built item by item. It is used only if it rebuilds a sample of every field exactly as the
generated `from_dict` does; otherwise (a field of another kind, a renamed key) the generated `from_dict` is.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from functools import cache, lru_cache
from http import HTTPStatus
from types import ModuleType
from typing import Any

import httpx

import musicapi_client.models as models
import musicapi_spec as facts
from musicapi_client import AuthenticatedClient
from musicapi_client.models import TaskNotReady
from musicapi_client.types import UNSET, Response

NOT_READY = facts.NOT_READY  # the const `type` of the spec's not-ready answer (x-answer)
KIND = facts.ANSWER_FIELD  # the field that tells the not-ready and failure answers apart (x-answer)
UNION_STATUSES = frozenset({200, 202})  # the statuses the poll endpoints answer with the task union


PLAIN = frozenset({"None", "str", "int", "float", "bool", "Any", "Unset"})
LIST_OF = re.compile(r"list\[(\w+)\]")
# HTTPStatus(code) is an Enum call (two Python-level calls); the same member, looked up.
STATUSES: dict[object, HTTPStatus] = dict(HTTPStatus._value2member_map_)


def _enum(name: str) -> type[enum.Enum] | None:
    """The generated enum of that name, if it converts values the plain way (no `_missing_` hook)."""
    found: Any = getattr(models, name, None)
    if not (isinstance(found, type) and issubclass(found, enum.Enum)):
        return None
    hook = getattr(found._missing_, "__func__", None)
    return found if hook is getattr(enum.Enum._missing_, "__func__", None) else None


@cache
def builder(model: Any) -> Callable[[Any], Any]:
    """`model.from_dict`, compiled for the model's fields (see the module docstring); or `model.from_dict`."""
    generated: Callable[[Any], Any] = model.from_dict
    fields = _fields(model)
    if fields is None:
        return generated
    env: dict[str, Any] = {"UNSET": UNSET, "cls": model, "isinstance": isinstance}
    lines = ["def build(src_dict):", "    d = dict(src_dict)", "    pop = d.pop"]
    sample: dict[str, Any] = {}
    for number, (name, declared) in enumerate(fields):
        parts = [p.strip() for p in declared.split("|")]
        lines.append(f"    v{number} = pop({name!r}, UNSET)")
        enums = [e for p in parts if (e := _enum(p)) is not None]
        nested = [m.group(1) for p in parts if (m := LIST_OF.fullmatch(p))]
        rest = [p for p in parts if p not in PLAIN and _enum(p) is None and not LIST_OF.fullmatch(p)]
        if rest or len(enums) + len(nested) > 1 or (enums and "str" not in parts):
            return generated
        if enums:
            env[f"E{number}"] = enums[0]._value2member_map_
            lines.append(f"    if isinstance(v{number}, str): v{number} = E{number}.get(v{number}, v{number})")
            sample[name] = next(iter(enums[0])).value
        elif nested:
            env[f"B{number}"] = builder(getattr(models, nested[0]))
            lines.append(f"    if v{number} is not UNSET: v{number} = [B{number}(item) for item in v{number}]")
            sample[name] = [{}]
        else:
            sample[name] = "text" if "str" in parts else 1 if "int" in parts or "float" in parts else None
    arguments = ", ".join(f"v{n}" for n in range(len(fields)))  # the constructor takes the fields in this order
    lines += [f"    made = cls({arguments})", "    made.additional_properties = d", "    return made"]
    exec("\n".join(lines), env)  # code built above from the model's own field names
    build: Callable[[Any], Any] = env["build"]
    sample["unknown-field"] = {"kept": True}
    if not _same(build(sample), generated(sample)) or not _same(build({}), generated({})):
        return generated
    return build


def _fields(model: Any) -> list[tuple[str, str]] | None:
    """The constructor's fields in order with their declared types, for a generated model (a slotted attrs class
    that keeps unknown fields; its `__match_args__` are the positional fields, in the constructor's order); None
    for any other class. The compiled code calls the constructor, so whatever attrs runs there still runs."""
    names = getattr(model, "__match_args__", None)
    hints = getattr(model, "__annotations__", {})
    if not isinstance(names, tuple) or "additional_properties" not in getattr(model, "__slots__", ()):
        return None
    if any(name not in hints for name in names):
        return None
    return [(name, str(hints[name])) for name in names]


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b and a.additional_properties == b.additional_properties


def parse(module: ModuleType, task_model: Any, client: AuthenticatedClient, response: httpx.Response) -> Any:
    """What `module._parse_response` returns for this response, reached directly for the common answers."""
    if response.status_code in UNION_STATUSES:
        data = response.json()
        if type(data) is dict:
            if KIND not in data:
                return builder(task_model)(data)
            if data[KIND] == NOT_READY:
                return TaskNotReady.from_dict(data)
    return module._parse_response(client=client, response=response)


def _response(module: ModuleType, task_model: Any, client: AuthenticatedClient, raw: httpx.Response) -> Response[Any]:
    return Response(
        status_code=STATUSES.get(raw.status_code) or HTTPStatus(raw.status_code),
        content=raw.content,
        headers=raw.headers,
        parsed=parse(module, task_model, client, raw),
    )


@lru_cache(maxsize=1024)
def _kwargs(module: ModuleType, task_id: str, base: httpx.URL) -> dict[str, Any]:
    """The generated request arguments, with the URL already joined to the client's base URL and parsed, the way
    httpx's Client does it (`_merge_url`) on every request: a wait asks for the same task on every poll, and
    parsing the URL twice per request costs more than reading the answer. Callers unpack it
    (`request(**kwargs)`), so the cached dict is never changed."""
    kwargs: dict[str, Any] = module._get_kwargs(task_id)
    url = httpx.URL(kwargs["url"])
    if url.is_relative_url:
        url = base.copy_with(raw_path=base.raw_path + url.raw_path.lstrip(b"/"))
    return {**kwargs, "url": url}


def sync_detailed(module: ModuleType, task_model: Any, task_id: str, *, client: AuthenticatedClient) -> Response[Any]:
    """The generated `sync_detailed` of a poll operation's module, with the direct parse."""
    http = client.get_httpx_client()
    raw = http.request(**_kwargs(module, task_id, http.base_url))
    return _response(module, task_model, client, raw)


async def asyncio_detailed(
    module: ModuleType, task_model: Any, task_id: str, *, client: AuthenticatedClient
) -> Response[Any]:
    http = client.get_async_httpx_client()
    raw = await http.request(**_kwargs(module, task_id, http.base_url))
    return _response(module, task_model, client, raw)
