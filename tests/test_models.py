"""The generated classes are plain classes written out by templates/model.py.jinja, types.py.jinja and
client.py.jinja (no attrs): they behave as the attrs classes they replace did. Expected values are written out."""

from __future__ import annotations

import copy
import io
import pickle
import subprocess
import sys
import typing
import weakref
from http import HTTPStatus

import httpx
import pytest

from musicapi_client import AuthenticatedClient, Client
from musicapi_client.models import RiffusionClip, RiffusionExtend, RiffusionModel, TaskAccepted, TaskNotReady
from musicapi_client.types import UNSET, File, Response
from tests.support import ROOT


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
    assert TaskAccepted("t1") != "t1"
    assert TaskAccepted("t1").__eq__(object()) is NotImplemented


def test_models_are_unhashable_and_slotted_like_attrs_define_made_them() -> None:
    with pytest.raises(TypeError):
        hash(TaskAccepted("t1"))
    with pytest.raises(AttributeError):
        TaskAccepted("t1").misspelt = 1  # type: ignore[attr-defined]


def test_weak_references_and_type_hints_work_as_with_attrs() -> None:
    for thing in (TaskAccepted("t1"), AuthenticatedClient("https://api.example", "secret-token"), File(io.BytesIO())):
        assert weakref.ref(thing)() is thing
    assert typing.get_type_hints(File) == {"payload": typing.BinaryIO, "file_name": str | None, "mime_type": str | None}
    assert set(typing.get_type_hints(Response)) == {"status_code", "content", "headers", "parsed"}
    assert typing.get_type_hints(TaskAccepted)["task_id"] is str


def test_repr_has_attrs_format() -> None:
    assert repr(TaskNotReady("not_ready", message="wait")) == (
        "TaskNotReady(type_='not_ready', error=UNSET, message='wait', code=UNSET, additional_properties={})"
    )


def test_match_copy_and_pickle() -> None:
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


def test_response_and_file() -> None:
    response: Response[None] = Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=None)
    assert response == Response(HTTPStatus.OK, b"{}", {}, None) and response != Response(HTTPStatus.OK, b"", {}, None)
    assert repr(response) == "Response(status_code=<HTTPStatus.OK: 200>, content=b'{}', headers={}, parsed=None)"
    payload = io.BytesIO(b"song")
    file = File(payload=payload, file_name="a.mp3")
    assert file.to_tuple() == ("a.mp3", payload, None) and file == File(payload, "a.mp3")


def test_client_keeps_the_token_out_of_repr_and_evolves_into_a_new_client() -> None:
    client = AuthenticatedClient("https://api.example", "secret-token", headers={"A": "1"}, timeout=httpx.Timeout(5))
    assert "secret-token" not in repr(client)
    assert repr(Client("https://api.example")) == (
        "Client(raise_on_unexpected_status=False, _base_url='https://api.example', _cookies={}, _timeout=None, "
        "_verify_ssl=True, _follow_redirects=False, _httpx_args={}, _client=None, _async_client=None)"
    )
    first = client.get_httpx_client()
    evolved = client.with_headers({"B": "2"})
    assert type(evolved) is AuthenticatedClient and evolved is not client
    assert (evolved.token, evolved.prefix, evolved._base_url, evolved._timeout) == (
        "secret-token", "Bearer", "https://api.example", httpx.Timeout(5),
    )  # fmt: skip
    assert evolved._headers == {"A": "1", "Authorization": "Bearer secret-token", "B": "2"}  # upstream's
    assert evolved._client is None
    assert first.headers["B"] == "2"  # the existing httpx client is updated too, as upstream does
    assert client.with_timeout(httpx.Timeout(9))._timeout == httpx.Timeout(9)
    assert client.with_cookies({"c": "v"})._cookies == {"c": "v"}
    first.close()


def test_the_generated_package_does_not_import_attrs() -> None:
    """Each attrs class costs code compiled at import, and attrs itself about 10 ms: a fresh process's first
    call (benchmarks/startup.py) pays neither."""
    code = (
        "import sys, httpx, musicapi_runtime as rt, musicapi_client.models as m\n"
        "c = rt.connect('k', base_url='http://127.0.0.1:9', transport=httpx.MockTransport("
        "lambda r: httpx.Response(200, json={'type': 'not_ready'})))\n"
        "rt.get_task(c, 't1')\n"
        "for name in m._MODULES: getattr(m, name)\n"
        "print(sorted({'attr', 'attrs'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
