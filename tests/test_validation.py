"""Bad input fails early: nothing is sent, the error says what is wrong, and the checks agree with the spec."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_core.validation.request.exceptions import RequestValidationError as SpecRejected

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client.models import (
    ProducerCoverMusic,
    ProducerCreateMusic,
    ProducerExtendMusic,
    RiffusionCreateWithDescription,
    RiffusionCreateWithLyrics,
    RiffusionModel,
    RiffusionReplaceSection,
    RiffusionSwapVocals,
)
from musicapi_spec.check import problems
from tests.bodies import body_for
from tests.fakes import FakeAPI, client_for, js
from tests.support import BASE_URL, SPEC, validate_request

SCHEMAS = SPEC["components"]["schemas"]
LIMIT_KEYWORDS = ("minLength", "maxLength", "minimum", "maximum")


def resolved(prop: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in prop:
        prop = {**SCHEMAS[prop["$ref"].rsplit("/", 1)[1]], **{k: v for k, v in prop.items() if k != "$ref"}}
    return prop


def request_schemas() -> list[str]:
    """Every request body schema of the spec, read from its paths (the oneOf members, or the schema itself)."""
    found = []
    for item in SPEC["paths"].values():
        for operation in item.values():
            body = operation.get("requestBody")
            if body is None:
                continue
            ref = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
            found += [m["$ref"].rsplit("/", 1)[1] for m in SCHEMAS[ref].get("oneOf", [{"$ref": f"#/{ref}"}])]
    return found


def limits() -> list[tuple[str, str, str, float]]:
    """(schema, field, keyword, limit) for every limit the spec states on a request property."""
    found = []
    for schema in request_schemas():
        for field, prop in SCHEMAS[schema].get("properties", {}).items():
            rules = resolved(prop)
            found += [(schema, field, key, rules[key]) for key in LIMIT_KEYWORDS if key in rules]
    return found


def rules_of(schema: str, field: str) -> dict[str, Any]:
    return resolved(SCHEMAS[schema]["properties"][field])


def text_of(length: int, rules: dict[str, Any]) -> str:
    """Text of exactly `length` characters that meets the field's other rules (an http(s) URL, digits)."""
    start = "https://h/" if "://" in rules.get("pattern", "") else ""
    filler = "1" if rules.get("pattern") == "^[0-9]+$" else "x"
    return (start + filler * length)[: max(length, len(start))] if length >= len(start) else filler * length


def edge(keyword: str, limit: float, rules: dict[str, Any]) -> tuple[Any, Any]:
    """(a value just inside the limit, one just outside)."""
    if keyword == "maxLength":
        return text_of(int(limit), rules), text_of(int(limit) + 1, rules)
    if keyword == "minLength":
        return text_of(int(limit), rules), text_of(int(limit) - 1, rules)
    if keyword == "minimum":
        return limit, limit - 0.5
    return limit, limit + 0.5


@pytest.mark.parametrize(("schema", "field", "keyword", "limit"), limits(), ids=lambda v: str(v))
def test_every_limit_of_the_spec_is_enforced_per_schema(schema: str, field: str, keyword: str, limit: float) -> None:
    inside, outside = edge(keyword, limit, rules_of(schema, field))
    assert not [p for p in problems(schema, {field: inside}) if p.field == field]
    assert [p for p in problems(schema, {field: outside}) if p.field == field], (schema, field, outside)


def test_the_limits_found_cover_every_request_schema() -> None:
    assert {"RiffusionCreateWithLyrics", "ProducerCreateMusic", "ProducerUploadRequest"} <= set(request_schemas())
    assert ("RiffusionCreateWithLyrics", "title", "maxLength", 79) in limits()


def desc(prompt: Any = "a song", **kw: Any) -> RiffusionCreateWithDescription:
    return RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_1, prompt=prompt, **kw)


BAD = [
    (desc("x" * 201), "prompt has 201 characters"),
    (desc(""), "prompt must not be empty"),
    (desc(None), "prompt must be a string"),
    (desc(make_instrumental="yes"), "make_instrumental must be true or false"),
    (
        RiffusionCreateWithDescription(mv="FUZZ-9", prompt="x"),  # type: ignore[arg-type]
        "mv must be one of RiffusionModel's values ('FUZZ-1.0', 'FUZZ-1.0 Pro', 'FUZZ-1.1', 'FUZZ-1.1 Pro'), "
        "got 'FUZZ-9'",
    ),
    (RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, title="t" * 80), "title has 80 characters"),
    (RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, lyrics="l" * 3001), "lyrics has 3001"),
    (
        RiffusionReplaceSection(
            mv=RiffusionModel.FUZZ_1_0, continue_clip_id="c", replace_start_time=20, replace_end_time=10
        ),
        "replace_end_time (10) must be after replace_start_time (20)",
    ),
    (
        RiffusionSwapVocals(
            mv=RiffusionModel.FUZZ_1_0, continue_clip_id="", lyrics="l", sound="s", vocal_variation=1.5
        ),
        "vocal_variation must be at most 1",
    ),
]


@pytest.mark.parametrize(("body", "words"), BAD)
def test_invalid_creates_fail_before_any_request(body: Any, words: str) -> None:
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError) as raised:
        rt.create(client_for(api), body)
    assert words in str(raised.value)
    assert api.requests == [] and api.refused == []


# Every closed enum of a request (an open one takes any string already), from the spec's facts.
CLOSED_ENUMS = [
    (variant.schema, field.name, field.choices[-1])
    for variant in facts.VARIANTS.values()
    for field in variant.fields
    if field.kind == "enum" and not field.open
]


def attribute(body: Any, field: str) -> str:
    """The model's attribute for a spec field (`format` is `format_`)."""
    return next(str(a.name) for a in attrs.fields(type(body)) if a.name in (field, f"{field}_"))


@pytest.mark.parametrize(("schema", "field", "value"), CLOSED_ENUMS)
def test_a_closed_enum_given_as_its_plain_string_is_accepted(schema: str, field: str, value: str) -> None:
    """mv="FUZZ-1.1 Pro" as the spec writes it (0.3.0 refused it: 'str' object has no attribute 'value')."""
    body = body_for(schema)
    setattr(body, attribute(body, field), value)
    assert rt.validate_body(body)[field] == value


def test_a_plain_string_enum_is_sent_as_written() -> None:
    api = FakeAPI().script("/api/v1/riffusion/create", [js(200, {"task_id": "t-1"})])
    body = RiffusionCreateWithDescription(mv="FUZZ-1.0 Pro", prompt="x")  # type: ignore[arg-type]
    rt.create(client_for(api), body)
    assert json.loads(api.requests[0].content)["mv"] == "FUZZ-1.0 Pro"
    assert body.mv == "FUZZ-1.0 Pro"  # the caller's model is left as it was


@pytest.mark.parametrize(("schema", "field", "value"), CLOSED_ENUMS[:1] + CLOSED_ENUMS[-1:])
def test_a_string_that_is_none_of_the_enums_values_names_the_enum(schema: str, field: str, value: str) -> None:
    body = body_for(schema)
    setattr(body, attribute(body, field), "no such value")
    with pytest.raises(rt.RequestValidationError) as raised:
        rt.validate_body(body)
    ((_, text),) = [p for p in raised.value.problems if p[0] == field]
    assert "must be one of" in text and "got 'no such value'" in text and "'str' object" not in str(raised.value)


def test_all_problems_are_listed_at_once() -> None:
    body = RiffusionSwapVocals(mv=RiffusionModel.FUZZ_1_0, continue_clip_id="", lyrics="l", sound="s" * 300)
    with pytest.raises(rt.RequestValidationError) as raised:
        rt.validate_body(body)
    assert "continue_clip_id must not be empty" in str(raised.value) and "sound has 300" in str(raised.value)


@pytest.mark.parametrize("url", ["ftp://x/a.mp3", "not a url", "", "file:///a.mp3"])
def test_invalid_upload_urls_fail_early(url: str) -> None:
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError):
        rt.upload(client_for(api), url)
    assert api.requests == []


def test_request_validation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        rt.validate_body(desc(""))


def spec_accepts(path: str, data: dict[str, Any]) -> bool:
    request = httpx.Request("POST", f"{BASE_URL}{path}", json=data, headers={"Authorization": "Bearer k"})
    try:
        validate_request(request)
    except SpecRejected:
        return False
    return True


def agree(path: str, body: Any) -> None:
    """Whatever we let through, the spec accepts; whatever the spec rejects, we stop first."""
    data = body.to_dict()
    ours = problems(type(body).__name__, data)
    if not ours:
        assert spec_accepts(path, data), data
    if not spec_accepts(path, data):
        assert ours, data


@settings(max_examples=150, deadline=None)
@given(
    prompt=st.text(max_size=260),
    title=st.text(max_size=100),
    sound=st.text(max_size=260),
    start=st.floats(-5, 300, allow_nan=False),
    length=st.floats(-5, 60, allow_nan=False),
)
def test_early_checks_agree_with_the_spec(prompt: str, title: str, sound: str, start: float, length: float) -> None:
    create = "/api/v1/riffusion/create"
    agree(create, desc(prompt))
    agree(create, RiffusionCreateWithLyrics(mv=RiffusionModel.FUZZ_1_0, title=title, sound=sound))
    agree(
        create,
        RiffusionReplaceSection(
            mv=RiffusionModel.FUZZ_1_0, continue_clip_id="c", replace_start_time=start, replace_end_time=start + length
        ),
    )


@settings(max_examples=150, deadline=None)
@given(
    sound=st.text(max_size=30),
    title=st.text(max_size=100),
    seed=st.one_of(st.text(max_size=12), st.integers(-5, 10**12)),
    length=st.integers(-5, 300),
    strength=st.floats(-1, 2, allow_nan=False),
    url=st.one_of(st.text(max_size=20), st.sampled_from(["https://h/x", "http://127.0.0.1:9/x", "http://h/x"])),
)
def test_producer_checks_agree_with_the_spec(
    sound: str, title: str, seed: str | int, length: int, strength: float, url: str
) -> None:
    create = "/api/v1/producer/create"
    agree(create, ProducerCreateMusic(sound=sound, title=title, seed=seed, webhook_url=url))
    agree(create, ProducerExtendMusic(clip_id="c", length=length, starts_at=strength))
    agree(create, ProducerCoverMusic(clip_id="c", instruction=sound or "x", strength=strength))


def test_body_aliases_are_the_generated_unions() -> None:
    import typing

    from musicapi_client.api.producer import producer_create
    from musicapi_client.api.riffusion import riffusion_create
    from musicapi_spec import bodies

    for endpoint, alias in (
        (riffusion_create, bodies.RiffusionCreateBody),
        (producer_create, bodies.ProducerCreateBody),
    ):
        generated = typing.get_type_hints(endpoint.sync_detailed)["body"]
        assert set(typing.get_args(alias)) == set(typing.get_args(generated))


def test_tags_cannot_be_changed() -> None:
    with pytest.raises(rt.RequestValidationError, match="custom_mode must be false"):
        rt.validate_body(desc(custom_mode=True))
    with pytest.raises(rt.RequestValidationError, match="task_type must be 'create_music'"):
        rt.validate_body(desc(task_type="extend_music"))
    rt.validate_body(desc(task_type="create_music"))  # the optional tag, with its one allowed value


def test_text_that_cannot_be_sent_is_refused_before_sending() -> None:
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError, match="prompt is not valid Unicode"):
        rt.create(client_for(api), desc("caf\udce9"))
    assert api.requests == [] and api.refused == []


def test_objects_that_are_not_request_bodies_are_refused() -> None:
    with pytest.raises(rt.RequestValidationError, match="not a request body"):
        rt.validate_body({"prompt": "x"})  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    body = RiffusionSwapVocals(
        mv=RiffusionModel.FUZZ_1_0, continue_clip_id="c", lyrics="l", sound="s", vocal_variation=value
    )
    api = FakeAPI()
    with pytest.raises(rt.RequestValidationError, match="vocal_variation must be a"):
        rt.create(client_for(api), body)
    assert api.requests == []


@pytest.mark.parametrize(
    ("seed", "words"),
    [("abc", "seed must be digits only"), ("-1", "seed must be digits only"), (-1, "seed must be at least 0")],
)
def test_a_value_of_one_of_several_types_is_judged_by_the_member_of_its_type(seed: Any, words: str) -> None:
    """Review finding: seed "abc" was told it "must be a string or an integer", though it is a string; the
    member for strings says what is wrong (its pattern's description)."""
    found = problems("ProducerCreateMusic", {"task_type": "create_music", "sound": "x", "seed": seed})
    assert [str(p) for p in found] == [words] or words in " ".join(map(str, found)), found


# --- webhook_url: plain http only when the parsed host is a loopback address (round three, finding 9) ----------

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
URL_PARTS = {
    "scheme": ["http://", "HTTP://", "https://"],
    "userinfo": ["", "", "", "user@", "127.0.0.1@", "127.0.0.1:80@", "localhost:x@"],
    "host": ["127.0.0.1", "localhost", "[::1]", "example.com", "127.0.0.1.example.com", "localhost.evil"],
    "port": ["", "", ":80", ":9000", ":"],
    "junk": ["", "", "", "@example.com", ":80@example.com", "\\@example.com", "%40example.com", "\t@example.com"],
    "tail": ["", "/", "/hook", "/@x", "?a=@b", "#@frag", "\\x"],
}


def _hosts(url: str) -> list[tuple[str, str | None, str]]:
    """(parser, host, userinfo) as each URL parser a sender may use reads the URL: httpx (the runtime),
    urllib (the standard library), yarl (aiohttp: the sandbox delivers with it). One that refuses the URL is left
    out: nothing can be delivered through it."""
    import urllib.parse

    import yarl

    readers: dict[str, Callable[[], tuple[str | None, str]]] = {
        "httpx": lambda: (httpx.URL(url).host, httpx.URL(url).userinfo.decode()),
        "urllib": lambda: (urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).username or ""),
        "yarl": lambda: (yarl.URL(url).host, yarl.URL(url).user or ""),
    }
    found = []
    for name, read in readers.items():
        try:
            host, user = read()
        except ValueError:  # httpx.InvalidURL is one
            continue
        found.append((name, host, user))
    return found


def _webhook_url_ok(url: str) -> bool:
    return not problems("ProducerCreateMusic", {"task_type": "create_music", "sound": "x", "webhook_url": url})


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(parts=st.fixed_dictionaries({k: st.sampled_from(v) for k, v in URL_PARTS.items()}))
def test_a_plain_http_webhook_url_is_accepted_only_for_a_loopback_host(parts: dict[str, str]) -> None:
    """`http://127.0.0.1:80@example.com/hook` passed the "http only on loopback" rule (its host is example.com)
    and the runtime, the CLI and the sandbox sent or accepted the paid create. Now an accepted http:// URL has a
    loopback host and no user@ part under every parser; and a plain loopback URL is still accepted."""
    url = "".join(parts[k] for k in URL_PARTS)
    accepted = _webhook_url_ok(url)
    if url.lower().startswith("http://") and accepted:
        for parser, host, user in _hosts(url):
            assert host in LOOPBACK and not user, (url, parser, host, user)
    plain = not parts["userinfo"] and not parts["junk"] and parts["port"] != ":" and "\\" not in parts["tail"]
    if plain and parts["host"] in LOOPBACK:
        assert accepted, url


TRICKY_URLS = [
    "http://127.0.0.1:80@example.com/hook",
    "http://localhost@example.com/",
    "http://[::1]:1@example.com",
    "http://127.0.0.1\\@example.com/",
    "http://127.0.0.1%2F@example.com/",
    "http://127.0.0.1#@example.com/",
    "http://127.0.0.1/@example.com",
    "http://127.0.0.1:9000/hook",
    "http://localhost",
    "http://[::1]:9/?next=@example.com",
]


def test_tricky_webhook_urls_are_judged_by_the_host_a_browser_parser_sees() -> None:
    """The same property through the WHATWG URL parser (Node's `new URL`, as a server written in JavaScript
    reads the URL), on URLs where parsers are known to disagree."""
    import json
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = (
        "const urls = JSON.parse(process.argv[1]); console.log(JSON.stringify(urls.map(u => {"
        " try { const x = new URL(u); return [x.hostname, x.username + x.password]; } catch (e) { return null; } })))"
    )
    seen = json.loads(subprocess.run([node, "-e", script, json.dumps(TRICKY_URLS)], capture_output=True).stdout)
    for url, parsed in zip(TRICKY_URLS, seen, strict=True):
        if _webhook_url_ok(url):
            assert parsed is not None and parsed[0] in LOOPBACK and not parsed[1], (url, parsed)
            assert all(host in LOOPBACK and not user for _, host, user in _hosts(url)), url
    assert [_webhook_url_ok(u) for u in TRICKY_URLS[-4:]] == [True] * 4
