"""The generated classes are openapi-python-client's own attrs classes (templates/ only hides secret fields from
repr and makes UNSET survive copies), and the runtime's MusicAPIClient is an attrs subclass of the generated
client: attrs' tools work on all of them. Expected values are written out."""

from __future__ import annotations

import copy
import copyreg
import datetime
import enum
import io
import json
import pickle
import types
import typing
import weakref
from http import HTTPStatus
from typing import Any

import attrs
import httpx
import pytest

import musicapi_client.models as models
import musicapi_runtime as rt
from musicapi_client import AuthenticatedClient, Client
from musicapi_client.models import (
    ProducerClip,
    ProducerCreateMusic,
    RiffusionClip,
    RiffusionExtend,
    RiffusionModel,
    TaskAccepted,
    TaskNotReady,
)
from musicapi_client.types import UNSET, File, Response, Unset
from musicapi_runtime._client import MusicAPIClient
from tests.support import ROOT, TEST_KEY, fixtures

MODELS = [m for name in sorted(models._MODULES) if attrs.has(m := getattr(models, name))]
SPEC = json.loads((ROOT / "generated" / "musicapi_spec" / "openapi.json").read_text())


def value_for(hint: Any) -> Any:
    """A value of the declared type: enough to build any generated model with its required fields."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return args[0]
    if origin in (types.UnionType, typing.Union):
        return value_for(args[0])
    if origin in (list, dict):
        return origin()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if attrs.has(hint):
        return instance(hint)
    return {str: "x", int: 1, float: 1.5, bool: False}.get(hint)


def instance(model: Any) -> Any:
    # Nested models are imported under TYPE_CHECKING in the generated modules (upstream's way), so the hints
    # resolve against the models package.
    hints = typing.get_type_hints(model, localns={name: getattr(models, name) for name in models._MODULES})
    required = [f for f in attrs.fields(model) if f.init and f.default is attrs.NOTHING]
    return model(**{f.alias: value_for(hints[f.name]) for f in required})


def test_every_generated_model_is_an_attrs_class() -> None:
    """Every object schema of the spec is an attrs class; every other name in models/ is an enum."""
    objects = {name for name, schema in SPEC["components"]["schemas"].items() if schema.get("type") == "object"}
    names = {m.__name__ for m in MODELS}
    assert objects <= names
    # The others are the objects inline in those schemas (a result's `data`), named after their schema.
    assert all(any(extra.startswith(name) for name in objects) for extra in names - objects), names - objects
    assert {"ProducerClip", "ProducerCreateMusic", "RiffusionClip", "RiffusionTask", "TaskAccepted"} <= objects
    others = [getattr(models, n) for n in models._MODULES if not attrs.has(getattr(models, n))]
    assert others and all(issubclass(e, enum.Enum) for e in others)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_attrs_evolve_asdict_and_fields_work_on_every_model(model: Any) -> None:
    made = instance(model)
    fields = attrs.fields(model)
    assert fields[-1].name == "additional_properties" and not fields[-1].init
    assert attrs.evolve(made) == made and attrs.evolve(made) is not made
    assert set(attrs.asdict(made)) == {f.name for f in fields}
    assert attrs.asdict(made)["additional_properties"] == {}
    first = fields[0]
    if first.init:  # an inline object of unknown fields only has no field of its own to evolve
        assert attrs.evolve(made, **{first.alias: getattr(made, first.name)}) == made


def test_evolve_keeps_the_fields_and_drops_unknown_ones_as_attrs_does() -> None:
    clip = RiffusionClip(clip_id="c1", title="Song")
    clip["new_field"] = [1, 2]
    evolved = attrs.evolve(clip, title="New")
    assert (evolved.clip_id, evolved.title, evolved.additional_properties) == ("c1", "New", {})
    assert copy.copy(clip).additional_properties == {"new_field": [1, 2]}  # copies keep them
    assert RiffusionClip.from_dict({**clip.to_dict(), "title": "New"}).to_dict() == {
        "clip_id": "c1", "title": "New", "new_field": [1, 2],
    }  # fmt: skip


def test_constructor_takes_required_fields_first_in_spec_order_then_the_rest() -> None:
    extend = RiffusionExtend(RiffusionModel.FUZZ_1_1_PRO, "la la", "pop", "clip-1", 30.0)
    assert (extend.mv, extend.lyrics, extend.sound, extend.continue_clip_id, extend.continue_at) == (
        RiffusionModel.FUZZ_1_1_PRO, "la la", "pop", "clip-1", 30.0,
    )  # fmt: skip
    assert (extend.task_type, extend.custom_mode, extend.title) == ("extend_music", True, UNSET)
    with pytest.raises(TypeError):
        RiffusionExtend(RiffusionModel.FUZZ_1_1_PRO, "la la")  # type: ignore[call-arg]


def test_unknown_fields_start_empty_and_are_not_shared() -> None:
    one, two = TaskAccepted("a"), TaskAccepted("b")
    one["extra"] = 1
    assert one.additional_properties == {"extra": 1} and two.additional_properties == {}


def test_equality_is_by_value_and_class_and_includes_unknown_fields() -> None:
    assert TaskAccepted("t1", message="ok") == TaskAccepted("t1", message="ok")
    assert TaskAccepted("t1") != TaskAccepted("t2")
    changed = TaskAccepted("t1")
    changed["extra"] = True
    assert changed != TaskAccepted("t1")
    other: object = "t1"
    assert TaskAccepted("t1") != other
    assert TaskAccepted("t1").__eq__(object()) is NotImplemented


def test_models_are_unhashable_and_slotted() -> None:
    with pytest.raises(TypeError):
        hash(TaskAccepted("t1"))
    with pytest.raises(AttributeError):
        TaskAccepted("t1").misspelt = 1  # type: ignore[attr-defined]


def test_weak_references_and_type_hints() -> None:
    for thing in (TaskAccepted("t1"), AuthenticatedClient("https://api.example", "secret-token"), File(io.BytesIO())):
        assert weakref.ref(thing)() is thing
    assert typing.get_type_hints(File) == {"payload": typing.BinaryIO, "file_name": str | None, "mime_type": str | None}
    assert set(typing.get_type_hints(Response)) == {"status_code", "content", "headers", "parsed"}
    assert typing.get_type_hints(TaskAccepted)["task_id"] is str


def test_repr_is_attrs_and_prints_unset_as_unset() -> None:
    assert repr(TaskNotReady("not_ready", message="wait")) == (
        "TaskNotReady(type_='not_ready', error=UNSET, message='wait', code=UNSET, additional_properties={})"
    )


def secret_fields_in_the_spec() -> set[tuple[str, str]]:
    """(schema, property) for every property the spec marks `format: password`, through $refs."""
    schemas = SPEC["components"]["schemas"]
    found = set()
    for name, schema in schemas.items():
        for prop, node in schema.get("properties", {}).items():
            target = schemas[node["$ref"].rsplit("/", 1)[1]] if "$ref" in node else node
            if "password" in (node.get("format"), target.get("format")):
                found.add((name, prop))
    return found


def test_repr_hides_exactly_the_fields_the_spec_marks_as_secrets() -> None:
    """templates/model.py.jinja goes by field names (the generator drops `format: password`): the fields it hides
    must be the spec's secrets, no more, no fewer."""
    hidden = {(m.__name__, f.name) for m in MODELS for f in attrs.fields(m) if f.repr is False}
    secrets = secret_fields_in_the_spec()
    assert ("ProducerCreateMusic", "webhook_secret") in secrets
    assert hidden == secrets


def test_a_webhook_secret_never_shows_in_a_model_repr() -> None:
    body = ProducerCreateMusic(sound="pop", webhook_secret="whsec-very-secret-value")
    assert "whsec-very-secret-value" not in repr(body) + str(body) + repr([body]) + f"{body!r}"
    assert repr(body).startswith("ProducerCreateMusic(task_type='create_music', sound='pop', lyrics=UNSET")
    assert body.webhook_secret == "whsec-very-secret-value"  # sent as usual
    assert body.to_dict()["webhook_secret"] == "whsec-very-secret-value"


def unset_values(value: Any) -> list[Any]:
    if isinstance(value, Unset):
        return [value]
    if isinstance(value, dict):
        return [u for v in value.values() for u in unset_values(v)]
    if isinstance(value, list):
        return [u for v in value for u in unset_values(v)]
    return []


def test_match_copy_and_pickle_keep_unset_and_unknown_fields() -> None:
    clip = RiffusionClip(clip_id="c1", title="Song")
    clip["new_field"] = [1, 2]
    match clip:
        case RiffusionClip(clip_id="c1", title=title):
            assert title == "Song"
        case _:
            pytest.fail("keyword pattern did not match")
    match TaskAccepted("t9"):
        case TaskAccepted(task_id):
            assert task_id == "t9"
    for twin in (copy.copy(clip), copy.deepcopy(clip), pickle.loads(pickle.dumps(clip))):
        assert twin == clip and twin.additional_properties == {"new_field": [1, 2]}
        assert twin.lyrics is UNSET and twin.to_dict() == {"clip_id": "c1", "title": "Song", "new_field": [1, 2]}
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(UNSET, protocol)) is UNSET
        assert pickle.loads(pickle.dumps(clip, protocol)).lyrics is UNSET
    assert Unset() is UNSET
    assert copyreg.__newobj__(Unset) is UNSET  # type: ignore[attr-defined]  # what loading a 0.2 pickle calls


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_to_dict_never_emits_unset_after_a_deep_copy_or_pickle(model: Any) -> None:
    made = instance(model)
    for twin in (copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert twin == made and unset_values(twin.to_dict()) == []


def recorded_timestamps() -> list[str]:
    found = []
    for fixture in fixtures():
        data = fixture.json()
        clips = data.get("data") if isinstance(data, dict) else None
        for clip in clips if isinstance(clips, list) else []:
            if isinstance(clip, dict) and isinstance(clip.get("created_at"), str):
                found.append(clip["created_at"])
    return found


def test_timestamps_stay_text_so_recorded_payloads_round_trip() -> None:
    """`created_at` is a plain string in the spec (no `format: date-time`): the pinned generator would parse it
    with datetime.fromisoformat and write it back with isoformat(), turning every recorded `Z` into `+00:00`
    (and `.512` into `.512000`), so no recorded payload would round-trip unchanged."""
    stamps = recorded_timestamps()
    assert len(stamps) >= 8 and all(stamp.endswith("Z") for stamp in stamps)
    assert [datetime.datetime.fromisoformat(stamp).isoformat() == stamp for stamp in stamps] == [False] * len(stamps)
    assert datetime.datetime.fromisoformat("2025-06-12T09:41:07.512Z").isoformat() == "2025-06-12T09:41:07.512000+00:00"
    hints = typing.get_type_hints(RiffusionClip)
    assert hints["created_at"] == str | None | Unset
    for stamp in stamps:
        assert ProducerClip.from_dict({"created_at": stamp}).to_dict() == {"created_at": stamp}
        assert RiffusionClip.from_dict({"created_at": stamp}).to_dict() == {"created_at": stamp}


def test_response_and_file_are_the_stock_attrs_classes() -> None:
    response: Response[None] = Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=None)
    assert response == Response(HTTPStatus.OK, b"{}", {}, None) and response != Response(HTTPStatus.OK, b"", {}, None)
    assert repr(response) == "Response(status_code=<HTTPStatus.OK: 200>, content=b'{}', headers={}, parsed=None)"
    payload = io.BytesIO(b"song")
    file = File(payload=payload, file_name="a.mp3")
    assert file.to_tuple() == ("a.mp3", payload, None) and file == File(payload, "a.mp3")
    assert attrs.has(Response) and attrs.has(File) and attrs.evolve(file, file_name="b.mp3").file_name == "b.mp3"


def test_the_stock_clients_are_attrs_classes_and_the_stock_repr_shows_the_token() -> None:
    """Why the runtime subclasses the client: the generated one prints its token (upstream behaviour)."""
    client = AuthenticatedClient("https://api.example", "secret-token", headers={"A": "1"})
    assert attrs.has(AuthenticatedClient) and attrs.has(Client)
    assert "token='secret-token'" in repr(client)
    evolved = client.with_headers({"B": "2"})
    assert type(evolved) is AuthenticatedClient and evolved._headers == {"A": "1", "B": "2"}


def musicapi_client(**extra: Any) -> MusicAPIClient:
    return MusicAPIClient("https://api.example", "secret-token", headers={"A": "1"}, **extra)


def test_the_runtime_client_is_an_attrs_authenticated_client_without_secrets_in_its_repr() -> None:
    client = rt.connect(TEST_KEY, base_url="https://api.example")
    assert type(client) is MusicAPIClient and isinstance(client, AuthenticatedClient) and attrs.has(type(client))
    assert rt.MusicAPIClient is MusicAPIClient
    for built in (client, musicapi_client()):
        built.get_httpx_client()  # the Authorization header is now in its headers too
        built.get_async_httpx_client()
        shown = repr(built) + str(built) + repr(attrs.evolve(built))
        assert TEST_KEY not in shown and "secret-token" not in shown and "Bearer" not in shown.replace("'Bearer'", "")
    assert {f.name for f in attrs.fields(MusicAPIClient) if not f.repr} == {
        "token", "_headers", "_transport", "_async_transport",
    }  # fmt: skip
    assert repr(musicapi_client()) == (
        "MusicAPIClient(raise_on_unexpected_status=False, _base_url='https://api.example', _cookies={}, "
        "_timeout=None, _verify_ssl=True, _follow_redirects=False, _httpx_args={}, _client=None, "
        "_async_client=None, prefix='Bearer', auth_header_name='Authorization')"
    )


def test_the_runtime_client_keeps_the_stock_constructor() -> None:
    positional = MusicAPIClient("https://api.example", "t", "Token", "X-Key", timeout=httpx.Timeout(5))
    assert (positional._base_url, positional.token, positional.prefix, positional.auth_header_name) == (
        "https://api.example", "t", "Token", "X-Key",
    )  # fmt: skip
    assert positional.get_httpx_client().headers["x-key"] == "Token t"
    with pytest.raises(TypeError):
        MusicAPIClient("https://api.example")  # type: ignore[call-arg]
    positional.get_httpx_client().close()


def test_the_runtime_client_evolves_and_compares_as_attrs_does() -> None:
    made: list[str] = []

    def transport() -> httpx.BaseTransport:
        made.append("sync")
        return httpx.MockTransport(lambda request: httpx.Response(204))

    client = musicapi_client(transport=transport, timeout=httpx.Timeout(5))
    assert client == musicapi_client(transport=transport, timeout=httpx.Timeout(5))
    assert attrs.asdict(client, recurse=False)["token"] == "secret-token"  # asked for by name: data, not a repr
    first = client.get_httpx_client()
    evolved = attrs.evolve(client, token="other")
    assert type(evolved) is MusicAPIClient and evolved._client is None and evolved._transport is transport
    assert evolved.get_httpx_client().headers["authorization"] == "Bearer other"
    with_b = client.with_headers({"B": "2"})
    assert type(with_b) is MusicAPIClient and with_b._transport is transport
    assert with_b._headers == {"A": "1", "Authorization": "Bearer secret-token", "B": "2"}  # upstream's
    assert client._headers == {"A": "1", "Authorization": "Bearer secret-token"}  # not shared with `evolved`
    assert first.headers["B"] == "2"  # the existing httpx client is updated too, as upstream does
    assert client.with_timeout(httpx.Timeout(9))._timeout == httpx.Timeout(9)
    assert client.with_cookies({"c": "v"})._cookies == {"c": "v"}
    assert made == ["sync", "sync"]  # one transport per httpx client, each built on first use
    assert first.get("https://api.example/x").status_code == 204
    first.close()


def test_transports_come_from_their_factories_on_first_use_only() -> None:
    made: list[str] = []
    built: list[object] = []

    def sync() -> httpx.BaseTransport:
        made.append("sync")
        built.append(httpx.MockTransport(lambda request: httpx.Response(200)))
        return typing.cast(httpx.BaseTransport, built[-1])

    def asynchronous() -> httpx.AsyncBaseTransport:
        made.append("async")
        built.append(httpx.MockTransport(lambda request: httpx.Response(201)))
        return typing.cast(httpx.AsyncBaseTransport, built[-1])

    client = musicapi_client(transport=sync, async_transport=asynchronous, httpx_args={"event_hooks": {}})
    assert made == []
    http = client.get_httpx_client()
    assert made == ["sync"] and client.get_httpx_client() is http and made == ["sync"]
    aio = client.get_async_httpx_client()
    assert made == ["sync", "async"] and client._httpx_args == {"event_hooks": {}}  # not left with a transport
    assert (http._transport, aio._transport) == (built[0], built[1])  # each side its own transport
    assert http.headers["authorization"] == aio.headers["authorization"] == "Bearer secret-token"
    plain = musicapi_client()  # no factories: the stock construction, untouched
    assert isinstance(plain.get_httpx_client()._transport, httpx.HTTPTransport)
    http.close()
    plain.get_httpx_client().close()
