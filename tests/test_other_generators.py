"""The spec in other languages, with the commands a team would type (docs/other-languages.md shows each one).

Every tool below generates from openapi/ with exactly the documented command (no `--global-property` tricks) into
a temporary folder, once per session; then its client is compiled or imported and every get-task operation (an
operation another operation's `polls` points to, read from generated/musicapi_spec) is called against a local
server that answers with each recorded or constructed fixture of that operation. The check: every operation was
written with no file collision, and every answer was read as the RIGHT kind (not ready, failure, task) with its
values intact. The kind is decided here from the fixture's own content (`expected_kind`) and the union's members
from the spec, never by asking the client. Where a client picks the anyOf member itself, the member is checked;
where it cannot (Go, Java, TypeScript's plain objects), the documented snippet (`snippet:` in the harness, shown
verbatim in the docs) must name the kind. What each tool keeps of unknown fields is checked against the table
the docs show. A tool that is not on the machine is skipped with its name. Also run by `make other-generators`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

import musicapi_spec as facts
from tests.support import ROOT, SPEC_PATH, Fixture, fixtures

# One worker runs them all (make's pytest uses --dist loadgroup): the tools are generated once, in parallel.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("other-generators")]

HARNESS = Path(__file__).resolve().parent / "other_generators"
DOCS = ROOT / "docs" / "other-languages.md"
BIN = Path(sys.executable).parent
NODE_BIN = ROOT / "node_modules" / ".bin"
GO_SOURCES = Path("/usr/share/gocode/src")  # Debian's golang-*-dev packages
MAVEN_REPOSITORY = Path.home() / ".m2" / "repository"
# What the java `native` client compiles against (its pom.xml; jakarta.annotation-api 1.3 is javax.annotation-api).
JAVA_NATIVE_JARS = (
    "com.fasterxml.jackson.core:jackson-core",
    "com.fasterxml.jackson.core:jackson-databind",
    "com.fasterxml.jackson.core:jackson-annotations",
    "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
    "com.google.code.findbugs:jsr305",
    "javax.annotation:javax.annotation-api",
)
# npx package -> the command it runs
NPX_BINARIES = {"openapi-typescript": "openapi-typescript", "@hey-api/openapi-ts": "openapi-ts", "orval": "orval"}

# --- the spec: get-task operations, their schemas and the members of their unions ---------------------------------

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str:
    assert "$ref" in node, f"an inline schema has no name other generators agree on: {node}"
    return str(node["$ref"]).rsplit("/", 1)[1]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    path: str
    path_params: tuple[str, ...]
    responses: dict[str, dict[str, Any]]

    def schema_name(self, status: int) -> str:
        """The name of the schema the spec gives the answer with this status (exact, then `4XX`, then `default`)."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                schema = resolve(self.responses[key])["content"]["application/json"]["schema"]
                return ref_name(schema)
        raise AssertionError(f"{self.operation_id}: the spec documents no answer for HTTP {status}")


def task_operations() -> dict[str, Operation]:
    """Every operation that another one's `polls` points to (the task endpoints), as generated/ records them."""
    found = {}
    for operation_id in sorted({op.polls for op in facts.OPERATIONS.values() if op.polls}):
        op = facts.OPERATIONS[operation_id]
        found[operation_id] = Operation(
            operation_id=operation_id,
            tag=op.tag,
            path=op.path,
            path_params=op.path_parameters,
            responses=SPEC["paths"][op.path][op.method.lower()]["responses"],
        )
    return found


OPERATIONS = task_operations()


def member_kind(schema: dict[str, Any]) -> str:
    """What a member of a task-response union is, read from its schema: the not-ready body has the `type`
    not_ready, the failure body requires a `type`, the task is the rest."""
    tag = schema.get("properties", {}).get("type", {})
    if tag.get("const") == "not_ready" or tag.get("enum") == ["not_ready"]:
        return "not_ready"
    if "type" in schema.get("required", []):
        return "failure"
    return "task"


@cache
def union_members(schema_name: str) -> dict[str, str]:
    """kind -> member schema name, for a task-response union; {} for a plain schema (such as Error)."""
    schema = SPEC["components"]["schemas"][schema_name]
    refs = schema.get("anyOf") or schema.get("oneOf") or []
    members = {member_kind(resolve(ref)): ref_name(ref) for ref in refs}
    assert len(members) == len(refs), f"{schema_name}: two members of the same kind: {refs}"
    return members


# --- the fixtures and what each must become ------------------------------------------------------------------------


def expected_kind(body: Any) -> str:
    """The kind of a task-response body, from its own content, in the order the spec's unions try them: `type`
    not_ready is not ready, any other `type` a failure, a body without one the task."""
    assert isinstance(body, dict), body
    if body.get("type") == "not_ready":
        return "not_ready"
    return "failure" if isinstance(body.get("type"), str) else "task"


@dataclass(frozen=True)
class Case:
    fixture: Fixture
    operation: Operation
    token: str  # the value of every path parameter; the fixture server answers with this fixture for it

    @property
    def schema(self) -> str:
        return self.operation.schema_name(self.fixture.status)

    @property
    def expected(self) -> tuple[str, str]:
        """(kind, the spec schema the client must read the body as); kind "plain" for a schema without a union."""
        members = union_members(self.schema)
        if not members:
            return "plain", self.schema
        kind = expected_kind(self.fixture.json())
        assert kind in members, f"{self.fixture.id} is a {kind} body, but {self.schema} has no such member"
        return kind, members[kind]

    def __repr__(self) -> str:
        return f"Case({self.fixture.id})"

    def job(self) -> dict[str, Any]:
        return {
            "id": self.fixture.id,
            "operation": self.operation.operation_id,
            "tag": self.operation.tag,
            "path": self.operation.path,
            "schema": self.schema,
            "params": dict.fromkeys(self.operation.path_params, self.token),
            "order": list(self.operation.path_params),
            "members": list(union_members(self.schema).values()),
        }


CASES = [
    Case(fixture, OPERATIONS[fixture.operation], f"fixture-{number}")
    for number, fixture in enumerate(f for f in fixtures() if f.operation in OPERATIONS and f.kind != "request")
]


def declared(schema: dict[str, Any]) -> dict[str, Any]:
    return dict(resolve(schema).get("properties", {}))


def object_schema(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The object schema a value of this property has, if it is one with properties (through one $ref)."""
    schema = resolve(schema)
    return schema if schema.get("properties") else None


Keeps = tuple[bool | None, bool | None]  # unknown fields at the top, in objects inside


def number_or_text(schema: dict[str, Any]) -> bool:
    """Whether a property may be a number or a string (such as a seed or a duration)."""
    options = [resolve(option) for option in resolve(schema).get("anyOf", [])] or [resolve(schema)]
    types = {
        t
        for option in options
        for t in ([option["type"]] if isinstance(option.get("type"), str) else option.get("type", []))
    }
    return "string" in types and bool(types & {"number", "integer"})


def same_number(one: Any, other: Any) -> bool:
    """A number and a string of digits that say the same number (what Jackson makes of `anyOf: [integer, string]`)."""
    pair = {type(one), type(other)}
    if str not in pair or not pair & {int, float} or bool in pair:
        return False
    try:
        return float(one) == float(other)
    except ValueError:
        return False


def value_problems(
    want: dict[str, Any], got: Any, schema: dict[str, Any], keeps: Keeps, numbers_from_text: bool = False
) -> list[str]:
    """How the client's reading differs from the body: every field the schema declares must come back equal (a
    missing key and null are the same answer), nested objects and lists of them field by field; an unknown field
    is kept or dropped as `keeps` says (the answer itself, objects inside it; None: either). With
    `numbers_from_text`, a number-or-string field may come back as the same number in the other form."""

    def compare(want: dict[str, Any], got: Any, schema: dict[str, Any], where: str, depth: int) -> list[str]:
        if not isinstance(got, dict):
            return [f"{where or 'the answer'}: read as {got!r}, not an object"]
        problems = []
        props = declared(schema)
        for key, value in want.items():
            here, have = f"{where}{key}", got.get(key)
            if key not in props:
                kept, keep = have == value, keeps[min(depth, 1)]
                if keep is not None and kept != keep:
                    problems.append(f"{here}: unknown field {'dropped' if keep else 'kept'}, the docs say the opposite")
                continue
            item = resolve(props[key]).get("items")
            inner = object_schema(item) if isinstance(value, list) and item else object_schema(props[key])
            if inner is not None and isinstance(value, list) and isinstance(have, list) and len(have) == len(value):
                for index, (one, other) in enumerate(zip(value, have, strict=True)):
                    if isinstance(one, dict):
                        problems += compare(one, other, inner, f"{here}[{index}].", depth + 1)
                    elif one != other:
                        problems.append(f"{here}[{index}]: {other!r}, not {one!r}")
            elif inner is not None and isinstance(value, dict):
                problems += compare(value, have, inner, f"{here}.", depth + 1)
            elif have != value and not (numbers_from_text and number_or_text(props[key]) and same_number(have, value)):
                problems.append(f"{here}: {have!r}, not {value!r}")
        return problems

    return compare(want, got, schema, "", 0)


# --- the tools, as the docs show them ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tool:
    name: str
    command: tuple[str, ...]  # as documented: {spec} is openapi/musicapi.yaml, {out} the tool's output folder
    picks_member: bool  # the client chooses the anyOf member itself (checked); else the documented snippet does
    keeps_unknown: tuple[bool, bool, bool]  # unknown fields of a task, of a not-ready or failure body, of clips
    openapi_generator: str | None = None  # the `-g` name, for the "every operation written" check
    numbers_from_text: bool = False  # reads a seed or duration sent as a string as the number it says

    def shown(self) -> str:
        return " ".join(self.command).format(spec="openapi/musicapi.yaml", out=f"out/{self.name}")


def openapi_generator(generator: str, *options: str) -> tuple[str, ...]:
    return ("openapi-generator-cli", "generate", "-i", "{spec}", "-g", generator, "-o", "{out}", *options)


TOOLS = {
    tool.name: tool
    for tool in [
        Tool("python", openapi_generator("python"), True, (True, False, False), "python"),
        # The webhook file is skipped: openapi-generator leaves its imports unfinished (see the docs).
        Tool(
            "typescript-fetch",
            openapi_generator("typescript-fetch", "--openapi-generator-ignore-list", "apis/WebhooksApi.ts"),
            False,
            (False, False, False),
            "typescript-fetch",
        ),
        Tool(
            "go",
            openapi_generator("go", "--additional-properties=enumClassPrefix=true"),
            False,
            (True, True, False),
            "go",
        ),
        # The default library (okhttp-gson): generated and checked for its operations; its jars are not at hand.
        Tool("java", openapi_generator("java"), False, (True, True, False), "java"),
        Tool(
            "java-native",
            openapi_generator("java", "--library", "native", "--additional-properties=openApiNullable=false"),
            False,
            (True, True, False),
            "java",
            numbers_from_text=True,
        ),
        Tool(
            "openapi-typescript",
            ("npx", "openapi-typescript", "{spec}", "-o", "{out}/musicapi.d.ts"),
            False,
            (True, True, True),
        ),
        Tool("hey-api", ("npx", "@hey-api/openapi-ts", "-i", "{spec}", "-o", "{out}"), False, (True, True, True)),
        Tool(
            "orval",
            ("npx", "orval", "--input", "{spec}", "--output", "{out}/api.ts", "--client", "fetch"),
            False,
            (True, True, True),
        ),
        Tool(
            "pydantic",
            (
                "datamodel-codegen",
                "--input",
                "{spec}",
                "--input-file-type",
                "openapi",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--formatters",
                "builtin",
                "--output",
                "{out}/musicapi_models.py",
            ),
            True,
            (True, False, False),
        ),
    ]
}
READERS = [name for name in TOOLS if name != "java"]  # the default java library is only generated (see above)
WRITERS = [name for name, tool in TOOLS.items() if tool.openapi_generator]


def words(name: str) -> list[str]:
    return [part for part in re.split(r"[^0-9A-Za-z]+", name) if part]


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in words(name))


def camel(name: str) -> str:
    joined = pascal(name)
    return joined[:1].lower() + joined[1:]


def snake(name: str) -> str:
    return "_".join(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", part).lower() for part in words(name))


# Where each openapi-generator client defines an operation: (files, pattern for an operationId).
DEFINITIONS: dict[str, tuple[str, Callable[[str], str]]] = {
    "python": ("openapi_client/api/*.py", lambda op: rf"def {snake(op)}\("),
    "typescript-fetch": ("apis/*.ts", lambda op: rf"async {camel(op)}\("),
    "go": ("api_*.go", lambda op: rf"\) {pascal(op)}\(ctx context\.Context"),
    "java": ("src/main/java/**/api/*.java", lambda op: rf" {camel(op)}\("),
}


def defines(tool: Tool, folder: Path, operation_id: str) -> bool:
    assert tool.openapi_generator
    files, pattern = DEFINITIONS[tool.openapi_generator]
    return any(re.search(pattern(operation_id), path.read_text(encoding="utf-8")) for path in folder.glob(files))


# --- the fixture server --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_server() -> Iterator[str]:
    by_token = {case.token: case.fixture for case in CASES}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            segments = self.path.partition("?")[0].split("/")
            fixture = next((by_token[s] for s in segments if s in by_token), None)
            status, body = (fixture.status, fixture.text().encode()) if fixture else (599, b'{"error": "no fixture"}')
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# --- generating, compiling and running the other clients -----------------------------------------------------------


class Skip(Exception):
    """The tool (or what compiling its client needs) is not on this machine; the message names it."""


@dataclass
class Run:
    folder: Path
    log: str = ""
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    skip: str | None = None  # why the client was generated but not compiled and called


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        output = f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        raise AssertionError(f"{' '.join(command)} failed ({result.returncode}):\n{output}")
    return result.stdout + result.stderr


def executable(command: tuple[str, ...]) -> list[str]:
    """The documented command as this checkout runs it: the pinned tools in .venv and node_modules."""
    if command[0] == "npx":
        binary = NODE_BIN / NPX_BINARIES[command[1]]
        if shutil.which("node") is None or not binary.exists():
            raise Skip(f"node or {command[1]} (npm ci) is missing")
        return [str(binary), *command[2:]]
    if command[0] == "openapi-generator-cli" and shutil.which("java") is None:
        raise Skip("java is not installed: openapi-generator (a Java program) cannot run")
    found = BIN / command[0]
    assert found.exists(), f"{found} is missing: install requirements-dev.txt (make venv)"
    return [str(found), *command[1:]]


def generate(tool: Tool, base: Path) -> Run:
    folder = base / tool.name
    command = [part.format(spec=SPEC_PATH, out=folder) for part in executable(tool.command)]
    # A JVM this short-lived runs faster with the JIT held at its first tier.
    env = {"JAVA_OPTS": "-XX:TieredStopAtLevel=1", **os.environ}
    log = run(command, cwd=base, env=env)
    assert folder.is_dir() and any(folder.iterdir()), f"{tool.name} wrote nothing:\n{log[-3000:]}"
    return Run(folder, log)


def write_jobs(folder: Path) -> Path:
    jobs = folder / "jobs.json"
    jobs.write_text(json.dumps([case.job() for case in CASES]), encoding="utf-8")
    return jobs


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    return {result["id"]: result for result in json.loads(path.read_text(encoding="utf-8"))}


def call_python(folder: Path, module: str, harness: str, server: str) -> dict[str, dict[str, Any]]:
    out = folder / "results.json"
    env = {**os.environ, "PYTHONPATH": str(folder), "PYTHONDONTWRITEBYTECODE": "1"}
    run([sys.executable, str(HARNESS / harness), module, server, str(write_jobs(folder)), str(out)], folder, env)
    return read_results(out)


def read_python(tool_run: Run, server: str) -> dict[str, dict[str, Any]]:
    # The whole package compiles (the webhook module too) and every API module imports.
    run([sys.executable, "-m", "compileall", "-q", "openapi_client"], tool_run.folder)
    check = "import importlib, pkgutil, openapi_client.api as a; [importlib.import_module(f'{a.__name__}.{m.name}') "
    check += "for m in pkgutil.iter_modules(a.__path__)]"
    run([sys.executable, "-c", check], tool_run.folder, {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return call_python(tool_run.folder, "openapi_client", "harness.py", server)


def read_pydantic(tool_run: Run, server: str) -> dict[str, dict[str, Any]]:
    return call_python(tool_run.folder, "musicapi_models", "harness_pydantic.py", server)


def go_requirements(go_mod: str) -> list[str]:
    block = re.search(r"^require \((.*?)^\)", go_mod, re.M | re.S)
    lines = block.group(1).splitlines() if block else re.findall(r"^require (.*)$", go_mod, re.M)
    return [line.split()[0] for line in lines if line.strip() and not line.strip().startswith("//")]


def read_go(tool_run: Run, server: str) -> dict[str, dict[str, Any]]:
    if shutil.which("go") is None:
        raise Skip("go is not installed (Debian: apt-get install golang-go)")
    folder, work = tool_run.folder, tool_run.folder.parent / "go-modules"
    env = {**os.environ, "GOPROXY": "off", "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local"}
    env.setdefault("GOPATH", str(Path.home() / "go"))  # go refuses to guess them without HOME
    env.setdefault("GOCACHE", str(Path.home() / ".cache" / "go-build"))
    # No module proxy here: each module the client requires comes from Debian's golang-*-dev sources.
    for module in go_requirements((folder / "go.mod").read_text(encoding="utf-8")):
        if not (GO_SOURCES / module).is_dir():
            raise Skip(f"the Go module {module} is not in {GO_SOURCES} (Debian's golang-*-dev packages)")
        shutil.copytree(GO_SOURCES / module, work / module)
        if not (work / module / "go.mod").exists():
            (work / module / "go.mod").write_text(f"module {module}\n", encoding="utf-8")
        run(["go", "mod", "edit", f"-replace={module}={work / module}"], folder, env)
    (folder / "cmd" / "harness").mkdir(parents=True)
    shutil.copy(HARNESS / "harness.go", folder / "cmd" / "harness" / "main.go")
    run(["go", "build", "-o", str(work / "harness"), "./cmd/harness"], folder, env)
    out = folder / "results.json"
    run([str(work / "harness"), server, str(write_jobs(folder)), str(out)], folder)
    return read_results(out)


def newest_jar(coordinate: str) -> Path | None:
    group, artifact = coordinate.split(":")
    jars = (MAVEN_REPOSITORY / group.replace(".", "/") / artifact).glob(f"*/{artifact}-*.jar")
    versions = [jar for jar in jars if jar.name == f"{artifact}-{jar.parent.name}.jar"]
    return max(versions, key=lambda jar: [int(n) for n in re.findall(r"\d+", jar.parent.name)], default=None)


def read_java(tool_run: Run, server: str) -> dict[str, dict[str, Any]]:
    if shutil.which("javac") is None:
        raise Skip("javac is not installed")
    jars = {coordinate: newest_jar(coordinate) for coordinate in JAVA_NATIVE_JARS}
    if missing := [coordinate for coordinate, jar in jars.items() if jar is None]:
        raise Skip(f"not in {MAVEN_REPOSITORY} (Maven cannot fetch them offline): {', '.join(missing)}")
    folder = tool_run.folder
    classpath = os.pathsep.join(str(jar) for jar in jars.values())
    sources = [str(HARNESS / "Harness.java"), *map(str, sorted(folder.glob("src/main/java/**/*.java")))]
    (folder / "sources.txt").write_text("\n".join(sources), encoding="utf-8")
    run(["javac", "-nowarn", "-encoding", "UTF-8", "-d", "classes", "-cp", classpath, "@sources.txt"], folder)
    out = folder / "results.json"
    classpath = os.pathsep.join([str(folder / "classes"), classpath])
    run(["java", "-cp", classpath, "Harness", server, str(write_jobs(folder)), str(out)], folder)
    return read_results(out)


# --- TypeScript: one typed call per get-task operation, written from the spec -------------------------------------

TS_PRELUDE = {
    "typescript-fetch": """import * as client from "./client/index";

const lib = client as unknown as Record<string, unknown>;

// typescript-fetch renames models whose names clash with TypeScript's own (Error -> ModelError).
function model(schema: string, suffix: "FromJSON" | "ToJSON"): (value: unknown) => unknown {
  const found = lib[`${schema}${suffix}`] ?? lib[`Model${schema}${suffix}`];
  if (typeof found !== "function") throw new Error(`the generated client has no ${schema}${suffix}`);
  return found as (value: unknown) => unknown;
}
""",
    "openapi-typescript": """import createClient from "openapi-fetch";
import type { paths } from "./client/musicapi";
""",
    "hey-api": """import { client } from "./client/client.gen";
import * as sdk from "./client/sdk.gen";
""",
    "orval": """import * as api from "./client/api";

// orval's fetch client requests relative URLs: put the server in front of them.
const realFetch = globalThis.fetch;
let server = "";
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
  realFetch(new URL(String(input), server), init)) as typeof fetch;
""",
}


def ts_call(tool: str, op: Operation) -> str:
    """The body of one typed call: the 2xx answer goes through answerKind() with its generated type."""
    path_values = {name: f'job.params["{name}"]' for name in op.path_params}
    ok = "{ status: response.status, json: data, kind: answerKind(data) }"
    if tool == "openapi-typescript":
        path = ", ".join(f"{name}: {value}" for name, value in path_values.items())
        return f"""    const {{ data, error, response }} = await createClient<paths>({{ baseUrl }}).GET("{op.path}", {{
      params: {{ path: {{ {path} }} }},
    }});
    return data !== undefined ? {ok} : {{ status: response.status, json: error }};"""
    if tool == "hey-api":
        path = ", ".join(f"{name}: {value}" for name, value in path_values.items())
        return f"""    client.setConfig({{ baseUrl }});
    const {{ data, error, response }} = await sdk.{camel(op.operation_id)}({{ path: {{ {path} }} }});
    const status = response?.status ?? 0;
    return data !== undefined ? {{ status, json: data, kind: answerKind(data) }} : {{ status, json: error }};"""
    if tool == "orval":
        return f"""    server = baseUrl;
    const answer = await api.{camel(op.operation_id)}({", ".join(path_values.values())});
    const ok = answer.status >= 200 && answer.status < 300;
    return {{ status: answer.status, json: answer.data, kind: ok ? answerKind(answer.data) : undefined }};"""
    assert tool == "typescript-fetch", tool
    params = ", ".join(f"{camel(name)}: {value}" for name, value in path_values.items())
    return f"""    const api = new client.{pascal(op.tag)}Api(new client.Configuration({{ basePath: baseUrl }}));
    try {{
      const response = await api.{camel(op.operation_id)}Raw({{ {params} }});
      const value = await response.value();
      return {{ status: response.raw.status, json: model(job.schema, "ToJSON")(value), kind: answerKind(value) }};
    }} catch (error) {{
      if (!(error instanceof client.ResponseError)) throw error;
      // typescript-fetch leaves error bodies unparsed; the model of the status's schema reads them.
      const body = model(job.schema, "FromJSON")(await error.response.json());
      return {{ status: error.response.status, json: model(job.schema, "ToJSON")(body) }};
    }}"""


def ts_calls(tool: str) -> str:
    calls = "".join(
        f'  "{op.operation_id}": async (baseUrl, job) => {{\n{ts_call(tool, op)}\n  }},\n' for op in OPERATIONS.values()
    )
    return f"""// Written by tests/test_other_generators.py from the spec: one typed call per get-task operation.
{TS_PRELUDE[tool]}import {{ answerKind, main, type Call }} from "./common";

const calls: Record<string, Call> = {{
{calls}}};

void main(calls);
"""


def read_typescript(tool_run: Run, server: str, tool: str) -> dict[str, dict[str, Any]]:
    tsc = NODE_BIN / "tsc"
    if shutil.which("node") is None or not tsc.exists():
        raise Skip("node or the project's typescript (npm ci) is missing")
    work = tool_run.folder.parent / f"{tool}-check"
    work.mkdir()
    shutil.copytree(tool_run.folder, work / "client")
    shutil.copy(HARNESS / "common.ts", work / "common.ts")
    (work / "calls.ts").write_text(ts_calls(tool), encoding="utf-8")
    (work / "node_modules").symlink_to(ROOT / "node_modules")
    tsconfig = {
        "compilerOptions": {
            "strict": True,
            "target": "ES2022",
            "module": "commonjs",
            "moduleResolution": "node",
            "lib": ["ES2022", "DOM", "DOM.Iterable"],
            "types": ["node"],
            "outDir": "build",
            "skipLibCheck": True,
        },
        "include": ["calls.ts", "common.ts", "client/**/*.ts"],  # the whole generated client, strictly
    }
    (work / "tsconfig.json").write_text(json.dumps(tsconfig), encoding="utf-8")
    run([str(tsc), "-p", "tsconfig.json"], work)
    out = work / "results.json"
    run(["node", "build/calls.js", server, str(write_jobs(work)), str(out)], work)
    return read_results(out)


Reader = Callable[[Run, str], dict[str, dict[str, Any]]]


def typescript_reader(tool: str) -> Reader:
    return lambda tool_run, server: read_typescript(tool_run, server, tool)


READ: dict[str, Reader] = {
    "python": read_python,
    "pydantic": read_pydantic,
    "go": read_go,
    "java-native": read_java,
    **{name: typescript_reader(name) for name in TS_PRELUDE},
}


def pipeline(tool: Tool, base: Path, server: str) -> Run:
    tool_run = generate(tool, base)
    if tool.name in READ:
        try:
            tool_run.results = READ[tool.name](tool_run, server)
        except Skip as skip:
            tool_run.skip = str(skip)
    return tool_run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, fixture_server: str) -> Iterator[dict[str, Future[Run]]]:
    """Every tool's run, started together on first use: the JVMs first, three at a time on two cores."""
    base = tmp_path_factory.mktemp("other-generators")
    order = sorted(TOOLS.values(), key=lambda tool: tool.openapi_generator is None)
    with ThreadPoolExecutor(max_workers=3) as pool:
        yield {tool.name: pool.submit(pipeline, tool, base, fixture_server) for tool in order}


def finished(runs: dict[str, Future[Run]], name: str) -> Run:
    try:
        return runs[name].result()
    except Skip as skip:
        pytest.skip(f"{name}: {skip}")


# --- how a reading compares with the fixture -----------------------------------------------------------------------


def reading_problems(tool: Tool, case: Case, result: dict[str, Any] | None) -> list[str]:
    if result is None:
        return ["no result"]
    if "crashed" in result:
        return [f"the client crashed: {result['crashed']}"]
    problems = (
        [] if result["status"] == case.fixture.status else [f"HTTP {result['status']}, not {case.fixture.status}"]
    )
    kind, member = case.expected
    if kind != "plain" and tool.picks_member and result.get("variant") != member:
        problems.append(f"read as {result.get('variant')}, not {member} ({kind})")
    if kind != "plain" and not tool.picks_member and result.get("kind") != kind:
        problems.append(f"the snippet says {result.get('kind')!r}, not {kind!r}")
    body, schema = case.fixture.json(), SPEC["components"]["schemas"][member]
    task, other, clips = tool.keeps_unknown
    keeps: Keeps = {"task": (task, clips), "plain": (None, None)}.get(kind, (other, clips))  # "plain": errors
    return problems + value_problems(body, result["json"], schema, keeps, tool.numbers_from_text)


# --- the checks ----------------------------------------------------------------------------------------------------


def test_task_operations_and_their_fixtures_are_found() -> None:
    assert {"riffusion_get_task", "producer_get_task"} <= set(OPERATIONS)
    for operation_id in OPERATIONS:  # each is called at least once (a retired family may only answer 410)
        assert any(case.operation.operation_id == operation_id for case in CASES), f"no fixture for {operation_id}"
    kinds = {case.expected[0] for case in CASES}
    assert {"not_ready", "failure", "task", "plain"} <= kinds


def test_the_union_members_read_from_the_spec_are_the_right_ones() -> None:
    known = {"not_ready": "TaskNotReady", "failure": "TaskFailure"}
    assert union_members("RiffusionTaskResponse") == {**known, "task": "RiffusionTask"}
    assert union_members("ProducerTaskResponse") == {**known, "task": "ProducerTask"}


def case_for(name: str) -> Case:
    return next(case for case in CASES if case.fixture.path.name == name)


def test_the_reading_check_catches_wrong_readings() -> None:
    """Readings seen from other generators must fail the check; the right ones must pass."""
    not_ready = case_for("riffusion_get_task.200.not-ready-code.json")
    failure = case_for("riffusion_get_task.200.timeout.json")
    task = case_for("riffusion_get_task.200.finished.json")
    unknown = case_for("producer_get_task.200.unknown-fields.json")
    picks, snippet = TOOLS["python"], TOOLS["go"]
    right = {"status": 200, "variant": "TaskNotReady", "json": not_ready.fixture.json()}
    assert reading_problems(picks, not_ready, right) == []
    assert reading_problems(snippet, task, {"status": 200, "kind": "task", "json": task.fixture.json()}) == []
    assert (
        reading_problems(TOOLS["hey-api"], unknown, {"status": 200, "kind": "task", "json": unknown.fixture.json()})
        == []
    )
    wrong_readings = [
        # Go without additionalProperties: a not-ready body read as the task envelope, `type` and `error` lost.
        (snippet, not_ready, {"status": 200, "variant": "RiffusionTask", "kind": "task", "json": {"code": 202}}),
        # The snippet right, a value lost.
        (snippet, failure, {"status": 200, "kind": "failure", "json": {"type": "timeout"}}),
        # The right fields under the wrong model.
        (picks, failure, {"status": 200, "variant": "TaskNotReady", "json": failure.fixture.json()}),
        # Java, pydantic: the self-referencing state type.
        (picks, task, {"crashed": "RecursionError: maximum recursion depth exceeded"}),
        # A clip's state lost.
        (picks, task, {"status": 200, "variant": "RiffusionTask", "json": {**task.fixture.json(), "data": [{}, {}]}}),
        # A duration read as a number.
        (
            picks,
            task,
            {
                "status": 200,
                "variant": "RiffusionTask",
                "json": json.loads(task.fixture.text().replace("192.6", '"192.6"')),
            },
        ),
        # An unknown clip field kept where the docs say dropped, and the other way round.
        (picks, unknown, {"status": 200, "variant": "ProducerTask", "json": unknown.fixture.json()}),
        (TOOLS["hey-api"], unknown, {"status": 200, "kind": "task", "json": {**unknown.fixture.json(), "data": [{}]}}),
        # An error status read as a success.
        (picks, case_for("riffusion_get_task.400.not-found.json"), {"status": 200, "variant": "Error", "json": {}}),
    ]
    for tool, case, result in wrong_readings:
        assert reading_problems(tool, case, result), (tool.name, case, result)


@pytest.mark.parametrize("name", WRITERS)
def test_openapi_generator_writes_every_operation_without_a_collision(name: str, runs: dict[str, Future[Run]]) -> None:
    tool_run = finished(runs, name)
    assert "FILEPATH_COLLISION" not in tool_run.log, tool_run.log[-3000:]
    missing = [op for op in facts.OPERATIONS if not defines(TOOLS[name], tool_run.folder, op)]
    assert not missing, f"{name} wrote no {', '.join(missing)}"


@pytest.mark.parametrize("name", READERS)
def test_the_client_reads_every_get_task_answer_as_the_right_kind(name: str, runs: dict[str, Future[Run]]) -> None:
    tool_run = finished(runs, name)
    if tool_run.skip:
        pytest.skip(f"{name}: {tool_run.skip}")
    problems = {
        case.fixture.id: reading_problems(TOOLS[name], case, tool_run.results.get(case.fixture.id)) for case in CASES
    }
    wrong = [f"{fixture}: {'; '.join(found)}" for fixture, found in problems.items() if found]
    hint = ""
    if any("the snippet says" in line for line in wrong) and TOOLS[name].openapi_generator in ("go", "java"):
        hint = "\n(Go and Java keep `type` only if the task member says additionalProperties: true: see the docs)"
    assert not wrong, f"{name} misread {len(wrong)} of {len(CASES)} answers:\n" + "\n".join(wrong) + hint


@pytest.mark.parametrize("name", [name for name in READERS if TOOLS[name].openapi_generator in ("go", "java")])
def test_go_and_java_need_the_snippet(name: str, runs: dict[str, Future[Run]]) -> None:
    """What the docs warn about: these clients take the first anyOf member that parses, so a not-ready body comes
    back as another member (if this starts failing, the generator learned better: update the docs)."""
    tool_run = finished(runs, name)
    if tool_run.skip:
        pytest.skip(f"{name}: {tool_run.skip}")
    not_ready = [case for case in CASES if case.expected[0] == "not_ready"]
    variants = {tool_run.results[case.fixture.id].get("variant") for case in not_ready}
    assert variants - {"TaskNotReady"}, variants


# --- the docs show what was checked --------------------------------------------------------------------------------

SNIPPET_FILES = {"typescript": "common.ts", "go": "harness.go", "java": "Harness.java"}


def snippet(language: str) -> str:
    text = (HARNESS / SNIPPET_FILES[language]).read_text(encoding="utf-8")
    found = re.search(rf"^[ \t]*// snippet: {language}\n(.*?)^[ \t]*// end snippet", text, re.M | re.S)
    assert found, f"no snippet in {SNIPPET_FILES[language]}"
    return textwrap.dedent(found.group(1)).strip()


def keeps_table() -> str:
    """The docs' table of what each tool's reading of a get-task answer gives, from TOOLS."""
    said = {True: "kept", False: "dropped", None: "—"}
    rows = [
        "| tool | which answer it is | unknown fields of a task | of a not-ready or failure body | of clips |",
        "|---|---|---|---|---|",
    ]
    for tool in TOOLS.values():
        if tool.name in READERS:
            picks = "the member it returns" if tool.picks_member else "`answerKind` (below)"
            rows.append(f"| {tool.name} | {picks} | {' | '.join(said[keep] for keep in tool.keeps_unknown)} |")
    return "\n".join(rows)


def test_the_docs_show_each_checked_command_snippet_and_table() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    missing = [tool.shown() for tool in TOOLS.values() if tool.shown() not in docs]
    missing += [f"the {language} snippet" for language in SNIPPET_FILES if snippet(language) not in docs]
    missing += [] if keeps_table() in docs else [f"the table:\n{keeps_table()}"]
    assert not missing, f"{DOCS.name} lacks what the test checks:\n" + "\n".join(missing)
