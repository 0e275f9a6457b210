"""The command line's commands and options, derived from the spec's request variants (musicapi_spec).

Each paid operation becomes commands, named as the spec's variants say (codegen's rule, musicapi_spec.VARIANTS:
a create's task_type without its "music" and "upload" words, extend_music -> extend, with --uploaded choosing
the variant on an uploaded clip; another operation's x-cli-verb, or the first word of its operationId after the
tag, producer_lyrics_create -> lyrics); `create` also takes the other verbs as flags (--extend, ...). Every
property of the variants becomes an option named after it (continue_clip_id -> --continue-clip-id), typed from
its schema. So a new variant in the spec is a new mode here.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Iterable
from typing import Any, NamedTuple

import musicapi_spec as facts
from musicapi_spec.model import Field, Operation, Variant


def option(name: str) -> str:
    return "--" + name.replace("_", "-")


class Mode(NamedTuple):
    """What a command (or a mode flag of `create`) sends: candidate variants, with and without --uploaded.
    (A NamedTuple: `musicapi --help` builds these, and dataclasses would import inspect for it.)"""

    verb: str
    operation: Operation
    plain: tuple[Variant, ...]
    uploaded: tuple[Variant, ...]

    def variants(self, on_upload: bool) -> tuple[Variant, ...]:
        return self.uploaded if on_upload else self.plain

    @property
    def all(self) -> tuple[Variant, ...]:
        return self.plain + self.uploaded

    @property
    def credits(self) -> str:
        costs = sorted({v.credits for v in self.all})
        return " or ".join(map(str, costs))

    @property
    def summary(self) -> str:
        """What the command does, in the spec's words, with the cost."""
        if len(self.all) == 1 and not self.all[0].tags:
            text = self.operation.summary
        else:
            text = " Or: ".join(sentence(v.description) for v in (self.plain or self.uploaded))
        names = {f.name for v in self.all for f in v.fields if not f.is_tag}
        cost = "free" if self.credits == "0" else f"paid: {self.credits} credit{'' if self.credits == '1' else 's'}"
        return f"{words(text, names)} ({cost})."


def sentence(text: str) -> str:
    """The first sentence, without a parenthesis about credits (the cost is given separately)."""
    first = text.split(". ")[0].rstrip(".")
    return re.sub(r"\s*\([^()]*credits[^()]*\)", "", first)


def words(text: str, names: set[str]) -> str:
    """Spec prose for the command line: `field` names of the command become the options that set them."""
    return re.sub(r"`([a-z_]+)`", lambda m: option(m.group(1)) if m.group(1) in names else m.group(1), text)


def modes_of(operation: Operation) -> list[Mode]:
    """The commands an operation with a request body gives."""
    variants = [facts.VARIANTS[name] for name in operation.variants]
    by_verb: dict[str, tuple[list[Variant], list[Variant]]] = {}
    for variant in variants:  # each variant's command is a fact of the spec (codegen names it)
        plain, on_upload = by_verb.setdefault(variant.verb, ([], []))
        (on_upload if variant.uploaded else plain).append(variant)
    return [Mode(verb, operation, tuple(p), tuple(u)) for verb, (p, u) in by_verb.items()]


def tags() -> list[str]:
    """The APIs with commands (tags of the spec that have paid operations), in the spec's order."""
    found: list[str] = []
    for operation in facts.OPERATIONS.values():
        if operation.variants and operation.tag not in found:
            found.append(operation.tag)
    return found


def modes(tag: str) -> list[Mode]:
    """The commands of a tag: its operations with a body (an alias of another path has none: x-alias-of)."""
    return [m for op in facts.OPERATIONS.values() if op.tag == tag and op.variants for m in modes_of(op)]


def poll_of(tag: str) -> Operation | None:
    """The task endpoint of a family (None for a tag that starts no tasks)."""
    family = facts.FAMILIES.get(tag)
    return facts.OPERATIONS[family.poll] if family is not None else None


def fields(variants: Iterable[Variant]) -> dict[str, Field]:
    """The options of some variants: every non-tag property, first description wins."""
    found: dict[str, Field] = {}
    for variant in variants:
        for field in variant.fields:
            if not field.is_tag:
                found.setdefault(field.name, field)
    return found


def positional(mode: Mode) -> Field | None:
    """A single-schema operation with one required field takes it as an argument (upload URL, clip id)."""
    if len(mode.all) != 1 or any(v.tags for v in mode.all):
        return None
    required = [f for f in mode.all[0].fields if f.required and not f.is_tag]
    return required[0] if len(required) == 1 else None


def _number(kind: str) -> Any:
    def parse(text: str) -> float | int:
        # An integer stays an integer on the wire, for a number field too (`--continue-at 30` sends 30, not 30.0).
        integral = text.strip().lstrip("+-").isdigit()
        value: float | int = int(text) if kind == "integer" or integral else float(text)
        if isinstance(value, float) and not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"must be a finite number, got {text}")
        return value

    parse.__name__ = "an integer" if kind == "integer" else "a number"
    return parse


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be JSON, got {text[:40]!r}") from None


def add_field_options(parser: argparse.ArgumentParser, found: dict[str, Field], skip: str | None = None) -> None:
    """One option per property: the help is the spec's description, legacy aliases are accepted but hidden."""
    group = parser.add_argument_group("fields of the request (see the spec for each)")
    for name, field in found.items():
        if name == skip:
            continue
        first = words(sentence(field.description), set(found)) if field.description else name
        help_text = argparse.SUPPRESS if field.deprecated else first
        flag, dest = option(name), f"field_{name}"
        if field.kind == "boolean":
            group.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction, default=None, help=help_text)
        elif field.kind == "enum":
            choices = None if field.open else list(field.choices)
            known = f" ({', '.join(field.choices)})" if help_text != argparse.SUPPRESS else ""
            group.add_argument(flag, dest=dest, choices=choices, metavar=name.upper(), help=help_text + known)
        elif field.kind in ("number", "integer"):
            group.add_argument(flag, dest=dest, type=_number(field.kind), metavar=name.upper(), help=help_text)
        elif field.kind == "json":
            group.add_argument(flag, dest=dest, type=_json_value, metavar="JSON", help=help_text)
        else:
            group.add_argument(flag, dest=dest, metavar=name.upper(), help=help_text)


def given_fields(args: argparse.Namespace) -> dict[str, Any]:
    return {k.removeprefix("field_"): v for k, v in vars(args).items() if k.startswith("field_") and v is not None}


class Refused(Exception):
    """A usage problem found before anything was sent (exit code 2)."""


def _satisfied(field: Field, given: dict[str, Any]) -> bool:
    return field.is_tag or field.name in given or field.default is not None or bool(default_model_of(field))


def choose(mode: Mode, on_upload: bool, given: dict[str, Any]) -> Variant:
    """The one variant that fits what was given, or Refused naming the options that are missing or extra."""
    candidates = mode.variants(on_upload)
    if not candidates:
        other = "without" if on_upload else "with"
        raise Refused(f"{mode.verb} works only {other} --uploaded")
    content = {name for name in given if name != "mv"}
    if not content:  # name what is enough (0.3.0 listed every option, --seed and --title included)
        raise Refused(f"{mode.verb} needs something to work from: give {what_is_enough(candidates)}")
    fitting = [v for v in candidates if set(given) <= {f.name for f in v.fields}]
    if not fitting:
        allowed = {f.name for v in candidates for f in v.fields}
        extra = sorted(option(name) for name in given if name not in allowed)
        if extra:
            raise Refused(f"{', '.join(extra)} cannot be used with {mode.verb}")
        # Each option fits some variant, but not all together: name the ones that clash.
        best = max(candidates, key=lambda v: len(set(given) & {f.name for f in v.fields}))
        fits = {f.name for f in best.fields}
        kept = sorted(option(n) for n in given if n in fits and n != "mv")
        clash = sorted(option(n) for n in given if n not in fits)
        raise Refused(f"{', '.join(clash)} cannot be combined with {', '.join(kept)}")
    complete = [v for v in fitting if all(_satisfied(f, given) for f in v.fields if f.required)]
    if len(complete) == 1 or (complete and len({v.schema for v in complete}) == 1):
        return complete[0]
    if len(complete) > 1:
        # Several fit (one's fields are a subset of another's): the one using the most of what was given.
        return max(complete, key=lambda v: (len(set(given) & {f.name for f in v.fields}), -len(v.fields)))
    wants = [" and ".join(option(f.name) for f in v.fields if f.required and not _satisfied(f, given)) for v in fitting]
    raise Refused(f"{mode.verb} needs {' or '.join(sorted(set(wants)))}")


def enough(variant: Variant) -> list[list[str]]:
    """The ways of giving a variant what it needs, as the spec says: its required fields (but for tags and what
    has a default), with one alternative of each `anyOf` of required sets (producer: sound, or lyrics)."""
    ways = [[f.name for f in variant.fields if f.required and not _satisfied(f, {})]]
    schema = facts.REQUEST_SCHEMAS[variant.schema]
    for group in [schema.get("anyOf", []), *(part.get("anyOf", []) for part in schema.get("allOf", []))]:
        if group:
            ways = [[*way, *(n for n in alt.get("required", []) if n not in way)] for way in ways for alt in group]
    return ways


def what_is_enough(candidates: Iterable[Variant]) -> str:
    """`--sound or --lyrics`; a variant that needs nothing in particular offers any of its options."""
    ways: set[str] = set()
    free: set[str] = set()
    for variant in candidates:
        for way in enough(variant):
            if way:
                ways.add(" and ".join(map(option, way)))
            else:
                free |= {option(f.name) for f in variant.fields if not (f.is_tag or f.deprecated or f.name == "mv")}
    text = " or ".join(sorted(ways))
    if free:
        text += f"{', or ' if text else ''}any of {', '.join(sorted(free))}"
    return text


def body_of(variant: Variant, given: dict[str, Any]) -> dict[str, Any]:
    """The JSON body: the variant's tags (only the required ones) plus the fields given."""
    tags = {f.name: f.const for f in variant.fields if f.is_tag and f.required}
    return {**tags, **given}


def default_model_of(field: Field) -> dict[str, Any]:
    """A required model (`mv`) without a value gets the first one the spec lists (its newest)."""
    if field.name == "mv" and field.required and field.choices:
        return {"mv": field.choices[0]}
    return {}


def body_defaults(variant: Variant, given: dict[str, Any]) -> dict[str, Any]:
    """Values for required fields that were not given: the spec's default, or the first model it lists."""
    found: dict[str, Any] = {}
    for field in variant.fields:
        if field.name not in given and field.required and not field.is_tag:
            found.update({field.name: field.default} if field.default is not None else default_model_of(field))
    return found
