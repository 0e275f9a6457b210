"""The spec must work with other languages' generators too, not only openapi-python-client.

Generates clients from openapi/ with openapi-generator (the PyPI package `openapi-generator-cli`, which bundles the
jar and runs on the machine's Java) for `python` (pydantic v2) and `typescript-fetch` into a temporary folder, calls
every get-task operation (operationId `*_get_task`) of each against a local server that answers with each recorded
or constructed fixture of that operation, and checks that the client read the RIGHT SHAPE: a not-ready body as the
not-ready model with its `type`, a failure body as the failure model with `type` and `error`/`message`, a task body
as the task model with its clips and their `state`, error statuses as the `Error` model, and unknown fields and
values without crashing. The expected shape is decided here, from the fixture's own content (`expected_kind`), never
by asking the generated client. Also run by `make other-generators`.
"""

from __future__ import annotations

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import ROOT, SPEC_PATH, Fixture, fixtures

pytestmark = pytest.mark.slow

if shutil.which("java") is None:
    pytest.skip("java is not installed: openapi-generator (a Java program) cannot run", allow_module_level=True)

GENERATOR = Path(sys.executable).with_name("openapi-generator-cli")
HARNESS = Path(__file__).resolve().parent / "other_generators"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
PYTHON_PACKAGE = "other_client"
# Only what the check needs: no docs, no generated tests.
GLOBAL_PROPERTIES = dict.fromkeys(["apis", "models", "supportingFiles"], "") | dict.fromkeys(
    ["apiDocs", "modelDocs", "apiTests", "modelTests"], "false"
)
# generator -> its additional properties
GENERATORS: dict[str, dict[str, str]] = {
    "python": {"packageName": PYTHON_PACKAGE},
    "typescript-fetch": {},
}
# The riffusion union, written out: the spec-driven classification below must agree with it.
KNOWN_MEMBERS = {
    "RiffusionTaskResponse": {
        "not_ready": "TaskNotReady",
        "failure": "TaskFailure",
        "task": "RiffusionTask",
    }
}

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
    return str(node["$ref"]).rsplit("/", 1)[1]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    path_params: tuple[str, ...]
    responses: dict[str, dict[str, Any]]

    def schema_name(self, status: int) -> str:
        """The name of the schema the spec gives the answer with this status (exact, then `4XX`, then `default`)."""
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in self.responses:
                schema = resolve(self.responses[key])["content"]["application/json"]["schema"]
                return ref_name(schema)
        raise AssertionError(f"{self.operation_id}: the spec documents no answer for HTTP {status}")


def get_task_operations() -> dict[str, Operation]:
    found = {}
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method == "parameters" or not fnmatch.fnmatch(op.get("operationId", ""), "*_get_task"):
                continue
            params = [resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            found[op["operationId"]] = Operation(
                operation_id=op["operationId"],
                tag=op["tags"][0],
                path_params=tuple(p["name"] for p in params if p["in"] == "path"),
                responses=op["responses"],
            )
    return found


OPERATIONS = get_task_operations()


def member_kind(schema: dict[str, Any]) -> str:
    """What a member of a task-response union is, read from its schema in the spec."""
    props = schema.get("properties", {})
    tag = props.get("type", {})
    if tag.get("const") == "not_ready" or tag.get("enum") == ["not_ready"]:
        return "not_ready"
    if "data" in props:
        return "task"
    if "type" in schema.get("required", []):
        return "failure"
    raise AssertionError(f"cannot tell what this union member is: {schema.get('description')!r}")


@cache
def union_members(schema_name: str) -> dict[str, str]:
    """kind -> member schema name, for a task-response union; {} for a plain schema (such as Error)."""
    schema = SPEC["components"]["schemas"][schema_name]
    refs = schema.get("anyOf") or schema.get("oneOf") or []
    return {member_kind(resolve(ref)): ref_name(ref) for ref in refs}


# --- the fixtures and what each must become ------------------------------------------------------------------------


def expected_kind(body: Any) -> str:
    """The shape of a task-response body, from its own content: a body with `data` is a task envelope; one whose
    `type` is not_ready is a not-ready body; any other body with a `type` (and no `data`) is a failure; the rest
    (an envelope without clips) is a task envelope too."""
    assert isinstance(body, dict), body
    if "data" in body:
        return "task"
    if body.get("type") == "not_ready":
        return "not_ready"
    if "type" in body:
        return "failure"
    return "task"


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
        """(kind, the spec schema the client must read the body as)."""
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
            "schema": self.schema,
            "params": dict.fromkeys(self.operation.path_params, self.token),
        }


CASES = [
    Case(fixture, OPERATIONS[fixture.operation], f"fixture-{number}")
    for number, fixture in enumerate(f for f in fixtures() if f.operation in OPERATIONS and f.kind != "request")
]
CASE_IDS = [case.fixture.id for case in CASES]


def shape_problems(case: Case, result: dict[str, Any], *, has_variants: bool) -> list[str]:
    """What is wrong with how the client read the case's body, compared field by field with the fixture."""
    if result.get("outcome") == "crashed":
        return [f"the client crashed: {result.get('error')}"]
    status = case.fixture.status
    want_outcome = "returned" if 200 <= status < 300 else f"raised {status}"
    problems = [] if result["outcome"] == want_outcome else [f"outcome {result['outcome']!r}, not {want_outcome!r}"]
    kind, member = case.expected
    if has_variants and result["variant"] != member:
        problems.append(f"read as {result['variant']}, not {member} ({kind})")
    body, got = case.fixture.json(), result["json"]
    if not isinstance(got, dict):
        return [*problems, f"read as {got!r}, not an object"]
    schema = SPEC["components"]["schemas"][member]
    props = schema.get("properties", {})
    for key, value in body.items():
        if key in props and key != "data" and got.get(key) != value:
            problems.append(f"{key}: {got.get(key)!r}, not {value!r}")
    if kind in ("not_ready", "failure"):
        if "type" not in got:
            problems.append("the `type` is lost")
        if got.get("data") is not None:
            problems.append(f"a {kind} body has `data`: {got['data']!r}")
    if kind == "task" and "data" in body and not isinstance(body["data"], list):
        if got.get("data") != body["data"]:  # an envelope whose `data` is not a list of clips
            problems.append(f"data: {got.get('data')!r}, not {body['data']!r}")
    elif kind == "task" and "data" in body:
        clips = got.get("data")
        if not isinstance(clips, list) or len(clips) != len(body["data"]):
            return [*problems, f"data: {clips!r}, not {len(body['data'])} clips"]
        clip_props = resolve(props["data"]["items"]).get("properties", {})
        for index, (want, have) in enumerate(zip(body["data"], clips, strict=True)):
            for key, value in want.items():
                # A missing key and null are the same answer (typescript-fetch writes undefined for null).
                if key in clip_props and have.get(key) != value:
                    problems.append(f"data[{index}].{key}: {have.get(key)!r}, not {value!r}")
    return problems


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


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 180) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        output = f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        raise AssertionError(f"{' '.join(command)} failed ({result.returncode}):\n{output}")
    return result.stdout


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each generator's output folder. One `batch` run (one JVM) writes them all, with the JIT held at its first tier,
    which halves the run for a JVM this short-lived (unless JAVA_OPTS says otherwise)."""
    assert GENERATOR.exists(), f"{GENERATOR} is missing: install requirements-dev.txt (make venv)"
    base = tmp_path_factory.mktemp("other-generators")
    folders = {name: base / name for name in GENERATORS}
    configs = []
    for name, additional in GENERATORS.items():
        config = {
            "generatorName": name,
            "inputSpec": str(SPEC_PATH),
            "outputDir": str(folders[name]),
            "additionalProperties": additional,
            "globalProperties": GLOBAL_PROPERTIES,
        }
        configs.append(base / f"{name}.yaml")
        configs[-1].write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {"JAVA_OPTS": "-XX:TieredStopAtLevel=1", **os.environ}
    output = run([str(GENERATOR), "batch", "--fail-fast", *map(str, configs)], cwd=base, env=env)
    for name, folder in folders.items():
        assert folder.is_dir(), f"openapi-generator wrote no {name} client:\n{output[-3000:]}"
    return folders


def write_jobs(folder: Path) -> Path:
    jobs = folder / "jobs.json"
    jobs.write_text(json.dumps([case.job() for case in CASES]), encoding="utf-8")
    return jobs


def results_by_id(path: Path) -> dict[str, dict[str, Any]]:
    results = json.loads(path.read_text(encoding="utf-8"))
    return {result["id"]: result for result in results}


@pytest.fixture(scope="module")
def python_results(generated: dict[str, Path], fixture_server: str) -> dict[str, dict[str, Any]]:
    folder = generated["python"]
    out = folder / "results.json"
    env = {**os.environ, "PYTHONPATH": str(folder), "PYTHONDONTWRITEBYTECODE": "1"}
    harness = [sys.executable, str(HARNESS / "harness.py"), PYTHON_PACKAGE, fixture_server]
    run([*harness, str(write_jobs(folder)), str(out)], cwd=folder, env=env)
    return results_by_id(out)


@pytest.fixture(scope="module")
def typescript_results(generated: dict[str, Path], fixture_server: str) -> dict[str, dict[str, Any]]:
    if shutil.which("node") is None or not TSC.exists():
        pytest.skip("node or the project's typescript (npm ci) is missing: typescript-fetch is not checked")
    folder = generated["typescript-fetch"]
    work = folder.parent / "typescript-fetch-check"
    (work / "client").mkdir(parents=True)
    for item in folder.iterdir():
        if item.suffix == ".ts" or item.is_dir():
            (shutil.copytree if item.is_dir() else shutil.copy)(item, work / "client" / item.name)
    shutil.copy(HARNESS / "harness.ts", work / "harness.ts")
    tsconfig = {
        "compilerOptions": {
            "strict": True,
            "target": "ES2020",
            "module": "commonjs",
            "lib": ["ES2020", "DOM"],
            "outDir": "out",
            "skipLibCheck": True,
        },
        "files": ["harness.ts"],
    }
    (work / "tsconfig.json").write_text(json.dumps(tsconfig), encoding="utf-8")
    run([str(TSC), "-p", "tsconfig.json"], cwd=work)  # also type-checks the generated client
    out = work / "results.json"
    run(["node", "out/harness.js", fixture_server, str(write_jobs(work)), str(out)], cwd=work)
    return results_by_id(out)


# --- the checks ----------------------------------------------------------------------------------------------------


def test_get_task_operations_and_fixtures_are_found() -> None:
    assert "riffusion_get_task" in OPERATIONS
    statuses = {case.fixture.status for case in CASES if case.operation.operation_id == "riffusion_get_task"}
    assert {200, 202} <= statuses and any(s >= 400 for s in statuses)
    kinds = {case.expected[0] for case in CASES}
    assert {"not_ready", "failure", "task", "plain"} <= kinds


def test_the_union_members_read_from_the_spec_match_the_known_table() -> None:
    for schema, members in KNOWN_MEMBERS.items():
        assert union_members(schema) == members


def case_for(name: str) -> Case:
    return next(case for case in CASES if case.fixture.path.name == name)


def test_the_shape_check_catches_wrong_readings() -> None:
    """Readings seen from other generators before the spec fixes (Go, Java, pydantic) must fail the check."""
    not_ready = case_for("riffusion_get_task.200.not-ready-code.json")
    failure = case_for("riffusion_get_task.200.timeout.json")
    task = case_for("riffusion_get_task.200.finished.json")
    right = {"outcome": "returned", "variant": "TaskNotReady", "json": not_ready.fixture.json()}
    assert shape_problems(not_ready, right, has_variants=True) == []
    wrong_readings = [
        # Go: a not-ready body with a `code` read as a task envelope, `type` and `error` lost.
        (not_ready, {"outcome": "returned", "variant": "RiffusionTask", "json": {"code": 202}}, False),
        # Go: a failure body with a `message` read as a task envelope.
        (
            failure,
            {"outcome": "returned", "variant": "RiffusionTask", "json": {"message": failure.fixture.json()["message"]}},
            False,
        ),
        # The right fields under the wrong model.
        (failure, {"outcome": "returned", "variant": "TaskNotReady", "json": failure.fixture.json()}, True),
        # Java, pydantic: the self-referencing state type.
        (task, {"outcome": "crashed", "error": "RecursionError: maximum recursion depth exceeded"}, True),
        # A clip's state lost.
        (
            task,
            {"outcome": "returned", "variant": "RiffusionTask", "json": {**task.fixture.json(), "data": [{}, {}]}},
            True,
        ),
        # An error status answered as a success.
        (
            case_for("riffusion_get_task.400.not-found.json"),
            {"outcome": "returned", "variant": "Error", "json": {}},
            True,
        ),
    ]
    for case, result, has_variants in wrong_readings:
        assert shape_problems(case, result, has_variants=has_variants), (case, result)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_python_pydantic_client_reads_the_right_shape(case: Case, python_results: dict[str, dict[str, Any]]) -> None:
    problems = shape_problems(case, python_results[case.fixture.id], has_variants=True)
    assert not problems, f"{case.fixture.id} ({case.expected[0]}): " + "; ".join(problems)


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_typescript_fetch_client_reads_the_right_shape(
    case: Case, typescript_results: dict[str, dict[str, Any]]
) -> None:
    # typescript-fetch returns plain objects, so which member was chosen cannot be seen; the fields can.
    problems = shape_problems(case, typescript_results[case.fixture.id], has_variants=False)
    assert not problems, f"{case.fixture.id} ({case.expected[0]}): " + "; ".join(problems)
