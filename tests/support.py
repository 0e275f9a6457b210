"""Shared test helpers: fixture loading and validation of httpx traffic against openapi/ with openapi-core."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "musicapi.yaml"
# The spec as the tests read it themselves (not through generated/), to check what was derived from it.
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE_URL = "https://api.musicapi.ai"
TEST_KEY = "sk-test-0123456789abcdefSECRET"


@dataclass(frozen=True)
class Fixture:
    """A JSON payload named `<operation_id>.<request|status>.<label>.json`."""

    path: Path
    operation: str
    kind: str  # "request" or an HTTP status such as "200"
    label: str

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    @property
    def status(self) -> int:
        return int(self.kind)

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def json(self) -> Any:
        return json.loads(self.text())


def fixtures(operation: str | None = None, kind: str | None = None) -> list[Fixture]:
    found = []
    for path in sorted(FIXTURES.glob("*/*.json")):
        op, knd, label = path.name.removesuffix(".json").split(".", 2)
        if (operation is None or op == operation) and (kind is None or knd == kind):
            found.append(Fixture(path, op, knd, label))
    return found


def response_fixtures() -> list[Fixture]:
    return [f for f in fixtures() if f.kind != "request"]


def canonical(obj: Any) -> str:
    """JSON text independent of key order but sensitive to values and their types (10 vs 10.0)."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


@cache
def spec() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


class _Request:
    """openapi-core's Request protocol over an httpx.Request."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
        )

    @property
    def host_url(self) -> str:
        return f"{self._request.url.scheme}://{self._request.url.netloc.decode()}"

    @property
    def path(self) -> str:
        # The raw (still percent-encoded) path, as the server routes it: an escaped '/' stays inside its segment.
        return self._request.url.raw_path.decode("ascii").partition("?")[0]

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class _Response:
    """openapi-core's Response protocol over an httpx.Response."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Headers:
        return Headers(list(self._response.headers.items()))

    @property
    def data(self) -> bytes | None:
        return self._response.content or None


def validate_request(request: httpx.Request) -> None:
    """Raise if the request does not conform to the spec."""
    spec().validate_request(_Request(request))


def validate_response(request: httpx.Request, response: httpx.Response) -> None:
    """Raise if the response does not conform to the spec."""
    response.read()
    spec().validate_response(_Request(request), _Response(response))


@dataclass
class Exchange:
    request: httpx.Request
    response: httpx.Response


class SpecCheckingTransport(httpx.MockTransport):
    """A mock server that answers with `respond` and checks both directions of every exchange against the spec."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.exchanges: list[Exchange] = []

        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            validate_request(request)
            response = respond(request)
            validate_response(request, response)
            self.exchanges.append(Exchange(request, response))
            return response

        super().__init__(handler)

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self.exchanges)


def fixture_response(fixture: Fixture) -> httpx.Response:
    return httpx.Response(fixture.status, content=fixture.text().encode(), headers={"content-type": "application/json"})


def queue_faults(sandbox: Any, match: str, *faults: str) -> None:
    """Queue faults in a running sandbox for the next requests whose "METHOD /path" starts with `match`."""
    answer = httpx.post(f"{sandbox.url}/sandbox/faults", json={"match": match, "faults": list(faults)})
    answer.raise_for_status()


def sandbox_state(sandbox: Any) -> dict[str, int]:
    """A running sandbox's counts: tasks, uploads, credits."""
    state: dict[str, int] = httpx.get(f"{sandbox.url}/sandbox/state").json()
    return state


def parse_create_body(data: dict[str, Any]) -> list[Any]:
    """Every riffusion create variant that accepts `data` (the spec's oneOf means exactly one should)."""
    import typing

    from musicapi_client.api.riffusion import riffusion_create

    parsed: list[Any] = []
    for variant in typing.get_args(typing.get_type_hints(riffusion_create.sync_detailed)["body"]):
        try:
            parsed.append(variant.from_dict(data))
        except (KeyError, ValueError, TypeError):
            continue
    return parsed


def parse_body(operation: str, data: Any) -> list[Any]:
    """Every request model of an operation that accepts `data` (the spec's oneOf means exactly one should)."""
    import importlib
    import typing

    tag = next(
        op["tags"][0] for item in SPEC["paths"].values() for op in item.values() if op["operationId"] == operation
    )
    module = importlib.import_module(f"musicapi_client.api.{tag}.{operation}")
    hint = typing.get_type_hints(module.sync_detailed)["body"]
    parsed: list[Any] = []
    for model in typing.get_args(hint) or [hint]:
        try:
            parsed.append(model.from_dict(data))
        except (KeyError, ValueError, TypeError):
            continue
    return parsed


def cost(schema: str) -> int:
    """What a request variant costs, from the YAML: its own x-credits, else its operation's."""
    own = SPEC["components"]["schemas"][schema].get("x-credits")
    if own is not None:
        return int(own)
    for item in SPEC["paths"].values():
        for op in item.values():
            ref = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            union = SPEC["components"]["schemas"].get(ref.get("$ref", "").rsplit("/", 1)[-1], {}).get("oneOf", [])
            if any(r.get("$ref", "").endswith(f"/{schema}") for r in [ref, *union]) and "x-alias-of" not in op:
                return int(op["x-credits"])
    raise AssertionError(f"no cost for {schema}")


MUSICAPI = str(Path(sys.executable).parent / "musicapi")


def env_for(sandbox: Any, **extra: str) -> dict[str, str]:
    """The environment of a `musicapi` run against a sandbox (no MUSICAPI_* from outside)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUSICAPI_")}
    # The sandbox's tasks take under a second: poll them often (the default schedule waits 15 s first).
    fast = {"MUSICAPI_POLL_SECONDS": "0.2"}
    return {**env, **fast, "MUSICAPI_API_KEY": sandbox.api_key, "MUSICAPI_BASE_URL": sandbox.url, **extra}


def musicapi(sandbox: Any, *args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed `musicapi` command, run as a subprocess against a sandbox."""
    return subprocess.run(
        [MUSICAPI, *args], env=env_for(sandbox, **env), input=stdin, capture_output=True, text=True, timeout=120
    )
