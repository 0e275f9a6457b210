"""The producer examples: examples/producer.py and examples/webhooks.py run end to end against the sandbox they
start themselves, and the FastAPI, Flask and aiohttp webhook handlers (shown verbatim in docs/webhooks.md) accept a
delivery signed as the vendor's guide says, once, and refuse the rest, in-process and over real HTTP from the sandbox.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import pytest
from aiohttp import web
from fastapi.testclient import TestClient
from werkzeug.serving import make_server

import musicapi_runtime as rt
from examples.webhook_handlers import aiohttp_app, fastapi_app, flask_app
from musicapi_client.models import ProducerCreateMusic
from musicapi_sandbox import SandboxProcess
from tests.support import ROOT, fixtures

pytestmark = pytest.mark.slow

SECRET = "whsec-handlers-0123456789abcdef"
HANDLERS = ROOT / "examples" / "webhook_handlers"
WEBHOOKS_PAGE = ROOT / "docs" / "webhooks.md"


def run_example(name: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUSICAPI_", "WEBHOOK_"))}
    env["DEMO_OUT"] = str(tmp_path / "songs")
    return subprocess.run(
        [sys.executable, f"examples/{name}"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_producer_example_creates_waits_and_downloads_m4a_and_wav(tmp_path: Path) -> None:
    result = run_example("producer.py", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "local sandbox" in result.stdout and "SUCCESS" in result.stdout and "RUNNING" in result.stdout
    files = sorted((tmp_path / "songs").iterdir())
    assert sorted(p.suffix for p in files) == [".m4a", ".wav"]
    assert all(str(p) in result.stdout and p.name.startswith("Night Drive-") for p in files)


def test_webhooks_example_receives_verifies_and_downloads(tmp_path: Path) -> None:
    result = run_example("webhooks.py", tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"Verified delivery evt_\w+: song\.completed, task [0-9a-f-]{36}, status SUCCESS", result.stdout)
    assert "refused" not in result.stdout
    files = sorted((tmp_path / "songs").iterdir())
    assert sorted(p.suffix for p in files) == [".m4a", ".wav"]


def test_webhooks_example_wants_a_public_https_url_for_the_real_api(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUSICAPI_", "WEBHOOK_"))}
    env.update(MUSICAPI_API_KEY="sk-not-used", MUSICAPI_BASE_URL="http://127.0.0.1:9")
    result = subprocess.run(
        [sys.executable, "examples/webhooks.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "WEBHOOK_PUBLIC_URL" in result.stderr


# --- the framework handlers ----------------------------------------------------------------------------------


def test_the_docs_show_the_handlers_verbatim() -> None:
    blocks = re.findall(r"```python\n(.*?)```", WEBHOOKS_PAGE.read_text(encoding="utf-8"), re.S)
    for module in ("fastapi_app.py", "flask_app.py", "aiohttp_app.py"):
        assert (HANDLERS / module).read_text(encoding="utf-8") in blocks, module


BODY = fixtures("producer_webhook", "request")[0].text().encode()


def signed(body: bytes = BODY, secret: str = SECRET, event_id: str = "evt_1") -> dict[str, str]:
    """Headers as the vendor's guide describes them, signed here with hmac (not by the library)."""
    stamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {
        "X-Webhook-Id": event_id,
        "Idempotency-Key": event_id,
        "X-Webhook-Event": "song.completed",
        "X-Webhook-Timestamp": stamp,
        "X-Webhook-Signature": f"sha256={digest}",
        "Content-Type": "application/json",
    }


@pytest.fixture(autouse=True)
def webhook_secret(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("MUSICAPI_WEBHOOK_SECRET", SECRET)
    for module in (fastapi_app, flask_app, aiohttp_app):
        module.received.clear()
    fastapi_app.seen, flask_app.seen, aiohttp_app.seen = rt.SeenWebhooks(), rt.SeenWebhooks(), rt.SeenWebhooks()
    yield


def post_fastapi(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    answer = TestClient(fastapi_app.app).post("/musicapi/webhook", content=body, headers=headers)
    return answer.status_code, answer.text


def post_flask(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    answer = flask_app.app.test_client().post("/musicapi/webhook", data=body, headers=headers)
    return answer.status_code, answer.get_data(as_text=True)


def post_aiohttp(body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    async def scenario() -> tuple[int, str]:
        import aiohttp

        async with (
            serve_aiohttp() as url,
            aiohttp.ClientSession() as session,
            session.post(url, data=body, headers=headers) as answer,
        ):
            return answer.status, await answer.text()

    return anyio.run(scenario)


class serve_aiohttp:
    """The aiohttp example app on a free loopback port."""

    async def __aenter__(self) -> str:
        self.runner = web.AppRunner(aiohttp_app.make_app())
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        return f"http://127.0.0.1:{self.runner.addresses[0][1]}/musicapi/webhook"

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


FRAMEWORKS: dict[str, tuple[Any, ModuleType]] = {
    "fastapi": (post_fastapi, fastapi_app),
    "flask": (post_flask, flask_app),
    "aiohttp": (post_aiohttp, aiohttp_app),
}


@pytest.mark.parametrize("framework", list(FRAMEWORKS))
def test_a_handler_accepts_a_signed_delivery_once(framework: str) -> None:
    post, module = FRAMEWORKS[framework]
    assert post(BODY, signed())[0] == 204
    assert post(BODY, signed())[0] == 204  # the retry is acknowledged...
    (event,) = module.received  # ...but handled once
    assert event.id == "evt_1" and event.status == "SUCCESS" and event.task_id == json.loads(BODY)["task_id"]


@pytest.mark.parametrize("framework", list(FRAMEWORKS))
def test_a_handler_refuses_what_does_not_verify(framework: str) -> None:
    post, module = FRAMEWORKS[framework]
    tampered = BODY.replace(b"SUCCESS", b"FAILED!")
    status, text = post(tampered, signed())
    assert status == 401 and "signature" in text
    status, text = post(BODY, signed(secret="another-secret"))
    assert status == 401 and "signature" in text and SECRET not in text
    stale = {**signed(), "X-Webhook-Timestamp": "1000000000"}
    status, text = post(BODY, stale)
    assert status == 401 and "timestamp" in text
    unsigned = {k: v for k, v in signed().items() if k != "X-Webhook-Signature"}
    assert post(BODY, unsigned)[0] == 401
    assert module.received == []


def test_the_sandbox_delivers_to_the_aiohttp_and_flask_handlers_over_http(sandbox: SandboxProcess) -> None:
    """Real deliveries from the sandbox to the handlers served on loopback ports."""
    flask_server = make_server("127.0.0.1", 0, flask_app.app, threaded=True)
    thread = threading.Thread(target=flask_server.serve_forever, daemon=True)
    thread.start()

    async def scenario() -> None:
        client = rt.connect(sandbox.api_key, base_url=sandbox.url)
        async with serve_aiohttp() as aiohttp_url, client:
            flask_url = f"http://127.0.0.1:{flask_server.server_port}/musicapi/webhook"
            for url in (aiohttp_url, flask_url):
                body = ProducerCreateMusic(sound="handler test", webhook_url=url, webhook_secret=SECRET)
                await rt.acreate(client, body)
            for _ in range(300):
                if aiohttp_app.received and flask_app.received:
                    return
                await asyncio.sleep(0.05)

    try:
        anyio.run(scenario)
    finally:
        flask_server.shutdown()
    for module in (aiohttp_app, flask_app):
        (event,) = module.received
        assert event.event == "song.completed" and rt.finished_clips(event.task)
