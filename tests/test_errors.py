"""Typed errors from `call`: every documented error status, malformed answers, and what each error carries."""

from __future__ import annotations

import importlib
import typing
from typing import Any

import httpx
import pytest

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client.api.credits_ import get_credits
from musicapi_client.models import Credits
from tests.fakes import CREATE, CREDITS, FakeAPI, client_for, js, task_path
from tests.support import Fixture, fixture_response, fixtures, response_fixtures

EXPECTED = {
    400: rt.BadRequestError,
    401: rt.AuthenticationError,
    402: rt.PermissionDeniedError,
    403: rt.PermissionDeniedError,
    404: rt.NotFoundError,
    410: rt.GoneError,
    429: rt.RateLimitError,
}
ERROR_FIXTURES = [f for f in response_fixtures() if f.status >= 400]


def path_of(fixture: Fixture) -> str:
    return facts.OPERATIONS[fixture.operation].path.replace("{task_id}", "t-1")


def first_body(operation: str) -> Any:
    """The operation's first request fixture as its generated model (what rt.create sends)."""
    data = fixtures(operation, "request")[0].json()
    hint = typing.get_type_hints(importlib.import_module(facts.OPERATIONS[operation].module).sync_detailed)["body"]
    for model in typing.get_args(hint) or (hint,):
        try:
            return model.from_dict(data)
        except (KeyError, ValueError, TypeError):
            continue
    raise AssertionError(operation)


def run(fixture: Fixture) -> None:
    api = FakeAPI().script(path_of(fixture), [fixture_response(fixture)])
    client = client_for(api, attempts=1)
    operation = facts.OPERATIONS[fixture.operation]
    module = importlib.import_module(operation.module)
    if operation.id in {f.poll for f in facts.FAMILIES.values()}:
        rt.get_task(client, "t-1", family=facts.FAMILIES[str(operation.family)])
    elif operation.method == "POST" and not operation.alias_of:
        rt.create(client, first_body(operation.id))  # the runtime's way: routed by the body's model
    elif operation.method == "POST":
        rt.call(module.sync_detailed, client=client, body=first_body(operation.id))  # another path of an operation
    elif operation.path_parameters:
        rt.call(module.sync_detailed, "t-1", client=client)
    else:
        rt.call(module.sync_detailed, client=client)


@pytest.mark.parametrize("fixture", ERROR_FIXTURES, ids=lambda f: f.id)
def test_each_error_status_raises_its_class(fixture: Fixture) -> None:
    with pytest.raises(rt.APIStatusError) as raised:
        run(fixture)
    error = raised.value
    expected = rt.ServerError if fixture.status >= 500 else EXPECTED[fixture.status]
    assert isinstance(error, expected)
    assert error.status == fixture.status
    assert error.body == fixture.text()
    body = fixture.json()
    assert error.message.startswith(body.get("error") or body.get("message"))
    if fixture.operation in {f.poll for f in facts.FAMILIES.values()}:
        assert error.task_id == "t-1"


@pytest.mark.parametrize("operation", ["riffusion_get_task", "producer_get_task"])
def test_task_not_found_is_its_own_class(operation: str) -> None:
    (fixture,) = [f for f in ERROR_FIXTURES if f.label == "not-found" and f.operation == operation]
    with pytest.raises(rt.TaskNotFoundError) as raised:
        run(fixture)
    assert raised.value.task_id == "t-1"


@pytest.mark.parametrize(
    ("status", "body", "out"),
    [
        (403, {"error": "The remaining credits are not enough."}, True),
        (403, {"error": "No active subscription."}, False),
        (403, {"error": "The lyrics contain copyrighted content."}, False),
        (402, {"type": "payment_required", "error": "Payment required"}, True),
    ],
)
def test_out_of_credits_flag(status: int, body: dict[str, Any], out: bool) -> None:
    api = FakeAPI(check_spec=False).script(CREDITS, [js(status, body)])
    with pytest.raises(rt.PermissionDeniedError) as raised:
        rt.call(get_credits.sync_detailed, client=client_for(api))
    assert raised.value.out_of_credits is out


def test_request_id_is_kept() -> None:
    api = FakeAPI().script(CREDITS, [js(401, {"error": "bad key"}, {"x-request-id": "req-42"})])
    with pytest.raises(rt.AuthenticationError) as raised:
        rt.call(get_credits.sync_detailed, client=client_for(api))
    assert raised.value.request_id == "req-42" and "req-42" in str(raised.value)


@pytest.mark.parametrize(
    ("status", "content", "content_type"),
    [
        (200, b"<html>cloudflare</html>", "text/html"),
        (200, b"", "application/json"),
        (200, b"[]", "application/json"),
        (200, b'"credits"', "application/json"),
        (200, b'{"credits": 5', "application/json"),
        (201, b'{"credits": 5}', "application/json"),
    ],
)
def test_malformed_answers_raise_response_validation_error_with_the_body(
    status: int, content: bytes, content_type: str
) -> None:
    response = httpx.Response(status, content=content, headers={"content-type": content_type})
    api = FakeAPI(check_spec=False).script(CREDITS, [response])
    with pytest.raises(rt.ResponseValidationError) as raised:
        rt.call(get_credits.sync_detailed, client=client_for(api))
    assert raised.value.body == content.decode()
    assert raised.value.status == status


@pytest.mark.parametrize("content", [b"<html>Bad Gateway</html>", b""])
def test_error_status_with_an_unreadable_body_is_still_typed(content: bytes) -> None:
    page = httpx.Response(502, content=content, headers={"content-type": "text/html"})
    api = FakeAPI(check_spec=False).script(CREDITS, [page])
    with pytest.raises(rt.ServerError) as raised:
        rt.call(get_credits.sync_detailed, client=client_for(api, attempts=1))
    assert raised.value.body == content.decode() and raised.value.status == 502


@pytest.mark.parametrize("content", [b"{}", b"[]", b" {} "])
def test_an_empty_json_error_body_reads_as_its_status_not_as_braces(content: bytes) -> None:
    api = FakeAPI(check_spec=False).script(CREDITS, [httpx.Response(410, content=content)])
    with pytest.raises(rt.GoneError) as raised:
        rt.call(get_credits.sync_detailed, client=client_for(api, attempts=1))
    assert raised.value.message.startswith("HTTP 410") and raised.value.body == content.decode()  # before: "{}"


def test_create_5xx_html_page_still_says_the_task_may_exist() -> None:
    from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel

    page = httpx.Response(504, content=b"<html>Gateway Timeout</html>", headers={"content-type": "text/html"})
    api = FakeAPI(check_spec=False).script(CREATE, [page])
    with pytest.raises(rt.CreateServerError) as raised:
        rt.create(client_for(api), RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_0, prompt="x"))
    assert "may exist" in str(raised.value) and "Gateway Timeout" in (raised.value.body or "")
    assert api.hits(CREATE) == 1


@pytest.mark.parametrize(
    "body",
    [{"message": "success"}, {"task_id": ""}, {"task_id": 12}, {"task_id": None}],
)
def test_create_answer_without_a_usable_task_id(body: dict[str, Any]) -> None:
    from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel

    api = FakeAPI(check_spec=False).script(CREATE, [js(200, body)])
    with pytest.raises(rt.ResponseValidationError) as raised:
        rt.create(client_for(api), RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_0, prompt="x"))
    assert raised.value.body is not None


def test_call_returns_the_parsed_model() -> None:
    api = FakeAPI().script(CREDITS, [js(200, {"credits": 7, "extra_credits": 1})])
    credits = rt.call(get_credits.sync_detailed, client=client_for(api))
    assert isinstance(credits, Credits) and credits.credits_ == 7


def test_error_str_and_repr_are_informative() -> None:
    error = rt.TaskFailed("task failed (timeout): slow", reason="timeout", task_id="t-9", body="{}")
    assert "t-9" in str(error) and "TaskFailed" in repr(error)
    assert isinstance(rt.WaitTimeout("x", last_state=None), TimeoutError)


# --- answers that cannot be read (found in review) ---------------------------------------------------------


def _create_body() -> Any:
    from musicapi_client.models import RiffusionCreateWithDescription, RiffusionModel

    return RiffusionCreateWithDescription(mv=RiffusionModel.FUZZ_1_0, prompt="x")


def test_create_answer_with_a_broken_encoding_may_exist() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        garbage = httpx.ByteStream(b"not gzip at all")
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=garbage)

    client = rt.connect("k", transport=httpx.MockTransport(handler))
    with pytest.raises(rt.OutcomeUnknownError) as raised:
        rt.create(client, _create_body())
    assert isinstance(raised.value, rt.ResponseValidationError) and "may exist" in str(raised.value)
    assert len(sent) == 1


@pytest.mark.parametrize(
    ("status", "content", "task_id"),
    [
        (200, b"<html>ok</html>", None),
        (202, b'{"task_id": "t-accepted", "message": "queued"}', "t-accepted"),
        (201, b'{"task_id": "t-created"}', "t-created"),
    ],
)
def test_create_answers_outside_the_spec_keep_the_task_id(status: int, content: bytes, task_id: str | None) -> None:
    api = FakeAPI(check_spec=False).script(CREATE, [httpx.Response(status, content=content)])
    with pytest.raises(rt.CreateResponseError) as raised:
        rt.create(client_for(api), _create_body())
    assert raised.value.task_id == task_id and raised.value.body == content.decode()


def test_upload_answer_without_a_clip_id_may_have_been_charged() -> None:
    api = FakeAPI(check_spec=False).script("/api/v1/riffusion/upload", [js(200, {"clip_id": None})])
    with pytest.raises(rt.CreateResponseError):
        rt.upload(client_for(api), "https://example.com/a.mp3")


def test_deeply_nested_json_is_a_response_validation_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    api = FakeAPI(check_spec=False).script(task_path("t-1"), [httpx.Response(200, content=deep)])
    with pytest.raises(rt.ResponseValidationError) as raised:
        rt.get_task(client_for(api), "t-1")
    assert raised.value.task_id == "t-1"


def test_absurd_retry_after_dates_do_not_escape() -> None:
    odd = {"Retry-After": "Sat, 01 Jan 10000000000000000000 00:00:00 GMT"}
    api = FakeAPI().script(CREDITS, [js(503, {"error": "down"}, odd), js(200, {"credits": 1})])
    assert isinstance(rt.call(get_credits.sync_detailed, client=client_for(api)), Credits)
    assert rt._errors.parse_retry_after(odd["Retry-After"]) is None


@pytest.mark.parametrize("header", ["x-request-id", "request-id", "x-vercel-id", "cf-ray"])
def test_request_id_headers(header: str) -> None:
    api = FakeAPI().script(CREDITS, [js(401, {"error": "bad key"}, {header: "rid-7"})])
    with pytest.raises(rt.AuthenticationError) as raised:
        rt.call(get_credits.sync_detailed, client=client_for(api))
    assert raised.value.request_id == "rid-7"
