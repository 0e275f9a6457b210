"""No hand-written module restates what the spec says: its paths, servers, state and failure words, tags, model
names, documented messages, limits and costs, and the names of its schemas, fields, tags and operations are read
from generated/musicapi_spec, never written again.

The check reads every literal in runtime/, sandbox/ and cli/ (docstrings aside) and compares it with the values
the spec holds, read here from openapi/musicapi.yaml itself. A number counts only where it acts as a limit or a
cost (compared with something, or given a name that says so), so a valid spec edit such as a new field with
`maxLength: 50` cannot trip it on an unrelated `[:50]`."""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.support import ROOT, SPEC

HAND_WRITTEN = [ROOT / "runtime", ROOT / "sandbox", ROOT / "cli"]
LIMIT_KEYWORDS = ("minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# The words of x-phases (what a state means) are the contract between the spec and the code that reads it; the
# runtime's own TaskStatus.state words (not_ready, running, succeeded) are its documented API. Both are allowed.
PHASES = {"pending", "running", "near", "done", "failed"}
RUNTIME_WORDS = {"not_ready", "succeeded"}
# Words that are also JSON keys or option names of ours, with the reason each is not a restated fact.
ALLOWED = {
    "error": "the key of error bodies (a field name), also a failure type",
    "wav": "the name of the --wav option and download kind (the field is wav_url)",
    "upload": "the word that marks upload variants in task_type names (CLI verbs), also a task_type value",
    "download": "the name of our download function and option, also a task_type value",
    "timeout": "httpx's timeout settings and our --timeout option, also a failure type",
    "mp3": "a file suffix the sandbox serves, also a download format",
}
# Names of the spec (of schemas, fields, tags, operations) that are also words of this code's own, each with the
# reason it is not a restated fact. Anything else of the spec's names in a literal is.
NAMES_ALLOWED = {
    "task_id": "the attribute of every error and TaskStatus, and the key of the CLI's JSON output",
    "status": "an error's HTTP status: its attribute and the key of the CLI's JSON output",
    "message": "an error's text: its attribute and the key of the CLI's JSON errors",
    "type": "the key of the CLI's JSON errors ({type, message, status, task_id})",
    "state": "the key of the CLI's JSON output for TaskStatus.state (not_ready, running, succeeded)",
    "code": "a status code, read from error bodies and written by the sandbox's fallback answers",
    "url": "httpx's request argument",
    "format": "the JSON Schema keyword the upload helper reads from the spec's request rules",
    "credits": "the name of the CLI's credits command and of the sandbox's balance fields",
    "extra_credits": "the sandbox's balance, answered as the Credits schema says",
    "get_credits": "the one operation the sandbox answers from its account rather than from tasks",
    "clip_id": "the CLI's output key for a clip an answer names (x-id role clip, plus _id)",
    "title": "a clip's title: the file name of a download, the sandbox's made-up songs, the CLI's lines",
    "lyrics": "the CLI's --lyrics-file option and its printout of a text result; the sandbox's made-up songs",
    "duration": "the sandbox's made-up songs and its /sandbox/tasks answer; the CLI's printed length",
    "created_at": "the sandbox's made-up songs (when the task was created)",
    "make_instrumental": "the sandbox makes an instrumental's lyrics as the live API does ([Instrumental])",
    "mv": "the CLI gives a required model its first documented value",
    "task_type": "the tag field the CLI's verbs and x-retired are defined over (x-retired's keys are its values)",
    "WebhookEvent": "the runtime's class of verified deliveries (the spec's enum of event names shares the name)",
    "config": "the runtime's module of connect() and the sandbox's configuration key",
    "name": "an aiohttp route's parameter, and the key naming each part of a file in several parts (stems)",
    "audio_url": "one of the keys tried for a part's URL in a list of stems (the sources leave that shape open)",
    "id": "a webhook delivery's id, in the sandbox's log and the listener's JSON output",
    "stems": "the x-file role whose value holds named parts (what the sandbox makes for it)",
    "finished": "the name of the example a family's finished task answers with (the spec's convention, documented)",
    "webhooks": "the runtime's module of verify_webhook (the spec's tag of the deliveries shares the word)",
}
LEGACY = {"riffusion": "spec.LEGACY_FAMILY: the family 0.1 polled, for calls that name none (deprecated)"}


def walk(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def spec_strings() -> dict[str, str]:
    """Every value the spec states that code might be tempted to repeat -> where it comes from."""
    found: dict[str, str] = {}
    for path, item in SPEC["paths"].items():
        found[path] = "a path"
        for operation in item.values():
            for key, what in (("x-retired", "a retired task type"), ("x-task-type", "a task type")):
                value = operation.get(key)
                if isinstance(value, dict):
                    found.update({k: what for k in value} | {v: "a replacement" for v in value.values()})
                elif isinstance(value, str):
                    found[value] = what
    for server in SPEC["servers"]:
        found[server["url"]] = "a server"
    for name, schema in SPEC["components"]["schemas"].items():
        for value in schema.get("enum", []):
            found[str(value)] = f"a value of {name}"
    for node in walk(SPEC["components"]["schemas"]):
        if isinstance(node.get("const"), str):
            found[node["const"]] = "a const tag"
    for node in walk(SPEC):
        if "value" in node and isinstance(node["value"], dict):
            for key in ("error", "message"):
                if isinstance(node["value"].get(key), str) and len(node["value"][key]) > 12:
                    found[node["value"][key]] = "a documented message"
    for hook in SPEC.get("webhooks", {}).values():
        for parameter in hook["post"].get("parameters", []):
            found[parameter["name"]] = "a webhook header"
    for name, schema in SPEC["components"]["schemas"].items():
        found.setdefault(name, "a schema name")
        for node in walk(schema):
            for prop in node.get("properties") or {}:
                found.setdefault(prop, "a field name")
    for tag in SPEC.get("tags", []):
        found.setdefault(tag["name"], "a tag")
    for item in SPEC["paths"].values():
        for operation in item.values():
            found.setdefault(operation["operationId"], "an operationId")
    allowed = PHASES | RUNTIME_WORDS | set(ALLOWED) | set(NAMES_ALLOWED) | set(LEGACY)
    # A value of one or two characters (a voice's "f" and "m") says nothing a literal of the code could restate.
    return {k: v for k, v in found.items() if k not in allowed and len(k) > 2}


def words_of(name: str) -> set[str]:
    """The lower-case words of a name: "TITLE_MAX" -> {title, max}; "SonicPrompt" -> {sonic, prompt}."""
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+", name)}


def spec_numbers() -> dict[float, set[str]]:
    """The distinctive limits and costs of the spec -> the words of the fields and schemas that carry them."""
    found: dict[float, set[str]] = {}

    def visit(node: Any, names: frozenset[str]) -> None:
        if isinstance(node, dict):
            for key in LIMIT_KEYWORDS:
                if isinstance(node.get(key), int | float) and not isinstance(node[key], bool):
                    found.setdefault(float(node[key]), set()).update(names)
            if isinstance(node.get("x-credits"), int):
                found.setdefault(float(node["x-credits"]), set()).update({"credit", "credits", "cost", "price"})
            for key, value in node.items():
                named = (
                    names | words_of(key) if key not in ("properties", "items", "anyOf", "allOf", "oneOf") else names
                )
                visit(value, frozenset(named) if isinstance(value, dict) and key != "properties" else names)
                if key == "properties" and isinstance(value, dict):
                    for prop, inner in value.items():
                        visit(inner, names | words_of(prop))
        elif isinstance(node, list):
            for value in node:
                visit(value, names)

    for name, schema in SPEC["components"]["schemas"].items():
        visit(schema, frozenset(words_of(name)))
    for item in SPEC["paths"].values():
        visit(item, frozenset())
    # Small numbers (0, 1, 2, 5, 10, 12 ...), HTTP statuses and powers of two are everywhere for other reasons; the
    # distinctive limits (79, 240, 3000, ...) are not.
    statuses = {
        float(s) for item in SPEC["paths"].values() for op in item.values() for s in op["responses"] if s.isdigit()
    }
    return {
        n: words
        for n, words in found.items()
        if n >= 20 and n not in statuses and not (n.is_integer() and int(n) & (int(n) - 1) == 0)
    }


LIMIT_WORDS = ("MAX", "MIN", "LIMIT", "LENGTH", "CREDIT", "COST", "PRICE")


def as_limits(tree: ast.AST) -> dict[int, set[str]]:
    """The number literals that act as a limit or a cost -> the words of their context: compared with something
    (`len(title) > 79`: the words of the names compared), or bound to a name that says so (`TITLE_MAX = 79`,
    `max_length=79`: that name's words). A restated limit is one whose context names what the spec limits."""
    found: dict[int, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            parts = [node.left, *node.comparators]
            names = {w for part in parts for n in ast.walk(part) for w in words_of(_name(n))}
            found.update({id(n): names for part in parts for n in ast.walk(part)})
        named: list[tuple[str, ast.AST]] = []
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            named += [(t.id, node.value) for t in targets if isinstance(t, ast.Name) and node.value is not None]
        elif isinstance(node, ast.keyword) and node.arg:
            named.append((node.arg, node.value))
        for name, value in named:
            if any(word in name.upper() for word in LIMIT_WORDS):
                found.update({id(n): words_of(name) for n in ast.walk(value)})
    return found


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def literals(path: Path) -> Iterator[tuple[int, Any, set[str]]]:
    """(line, value, the words of its context for a number that acts as a limit) of every literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    limits = as_limits(tree)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and id(node) not in docstrings and not isinstance(node.value, bool):
            if isinstance(node.value, int | float) and id(node) not in limits:
                continue  # a number that is no limit (a slice, a size, a timeout)
            yield node.lineno, node.value, limits.get(id(node), set())


def restated() -> list[str]:
    strings, numbers = spec_strings(), spec_numbers()
    messages = [s for s, what in strings.items() if what == "a documented message"]
    found = []
    for folder in HAND_WRITTEN:
        for path in sorted(folder.rglob("*.py")):
            for line, value, context in literals(path):
                where = f"{path.relative_to(ROOT)}:{line}"
                if isinstance(value, str):
                    if value in strings:
                        found.append(f"{where}: {value!r} is {strings[value]} of the spec")
                    elif any(m.lower() in value.lower() for m in messages):
                        found.append(f"{where}: {value!r} holds a documented message")
                    elif len(value) >= 10 and " " in value and any(value.lower() in m.lower() for m in messages):
                        found.append(f"{where}: {value!r} is part of a documented message")
                elif isinstance(value, int | float) and context & numbers.get(float(value), set()):
                    found.append(f"{where}: {value!r} is a limit or cost of the spec")
    return found


def test_no_hand_written_module_restates_the_spec() -> None:
    assert restated() == []


def test_the_check_sees_restated_facts(tmp_path: Path, monkeypatch: Any) -> None:
    """The scan must catch each kind of fact (so that an empty result means something)."""
    planted = tmp_path / "planted.py"
    planted.write_text(
        'PATH = "/api/v1/riffusion/create"\nKIND = "forbidden"\nTITLE_MAX = 79\nMODEL = "FUZZ-1.1 Pro"\n'
        'MESSAGE = "The remaining credits are not enough."\nSTATUS = "SUCCESS"\nAPI = "https://api.musicapi.ai"\n'
        'def f(m: str) -> bool:\n    """A docstring may say task not found."""\n    return "task not found" in m\n'
        'SCHEMA = "RiffusionClip"\nFIELD = "continue_clip_id"\nTAG = "producer"\nOPERATION = "producer_get_task"\n'
        "def g(title: str) -> bool:\n    return len(title) > 79\n"
    )
    monkeypatch.setattr("tests.test_no_restated_facts.HAND_WRITTEN", [tmp_path])
    monkeypatch.setattr("tests.test_no_restated_facts.ROOT", tmp_path)
    hits = restated()
    assert len(hits) == 13, hits
    kinds = " ".join(hits)
    for kind in ("a schema name", "a field name", "a tag", "an operationId", "a limit or cost"):
        assert kind in kinds, kind


def test_a_valid_spec_edit_never_trips_the_check_on_an_unrelated_number(tmp_path: Path, monkeypatch: Any) -> None:
    """A new field limited to 50 characters: `[:50]`, `range(50)`, `timeout=50` and `MAX_RETRIES = 50` elsewhere
    are not restated limits; `len(nickname) <= 50` and `NICKNAME_MAX_LENGTH = 50` are."""
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Profile"] = {"type": "object", "properties": {"nickname": {"maxLength": 50}}}
    planted = tmp_path / "planted.py"
    planted.write_text(
        "def f(x: str) -> object:\n    return x[:50], range(50), dict(timeout=50), MAX_RETRIES\n"
        "def g(nickname: str) -> bool:\n    return len(nickname) <= 50\n"
        "NICKNAME_MAX_LENGTH = 50\nMAX_RETRIES = 50\n"
    )
    monkeypatch.setattr("tests.test_no_restated_facts.SPEC", spec)
    monkeypatch.setattr("tests.test_no_restated_facts.HAND_WRITTEN", [tmp_path])
    monkeypatch.setattr("tests.test_no_restated_facts.ROOT", tmp_path)
    assert sorted(h.split(":")[1] for h in restated()) == ["4", "5"]
