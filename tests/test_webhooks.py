"""verify_webhook and SeenWebhooks: what the vendor's guide describes is accepted, everything else refused.

Expected signatures are computed here with hmac directly (never with the code under test), and once more by Node's
crypto exactly as the guide writes it (`HMAC_SHA256(webhook_secret, `${timestamp}.${rawBody}`)`, hex).
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import io
import json
import shutil
import subprocess
import threading
from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from multidict import CIMultiDict, CIMultiDictProxy
from starlette.datastructures import Headers as StarletteHeaders
from werkzeug.datastructures import EnvironHeaders
from werkzeug.datastructures import Headers as WerkzeugHeaders

import musicapi_runtime as rt
import musicapi_spec as facts
from musicapi_client.models import ProducerTask, ProducerTaskStatus, SonicTask
from tests.support import SPEC, fixtures

SECRET = "whsec_test_0123456789abcdef-SECRET"
NOW = 1_760_000_000
STAMP = str(NOW)
# A delivery body as the sandbox sends it, with non-ASCII text so the bytes (not a decoded string) are signed.
TASK = {**fixtures("producer_webhook", "request")[0].json(), "message": "fertig: Café ☕"}
BODY = json.dumps(TASK, ensure_ascii=False).encode("utf-8")
HOOK = SPEC["webhooks"]["producerTaskFinished"]["post"]


def hmac_hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def guide_signature(body: bytes = BODY, secret: str = SECRET, stamp: str = STAMP) -> str:
    """`sha256=<hex>` of HMAC-SHA256(secret, "<timestamp>.<raw body>"), as the vendor's guide says."""
    return "sha256=" + hmac_hex(secret, stamp.encode() + b"." + body)


def delivery(body: bytes = BODY, secret: str = SECRET, stamp: str = STAMP, **extra: str) -> dict[str, str]:
    headers = {
        "X-Webhook-Id": "evt_0001",
        "Idempotency-Key": "evt_0001",
        "X-Webhook-Event": "song.completed",
        "X-Webhook-Timestamp": stamp,
        "X-Webhook-Signature": guide_signature(body, secret, stamp),
        "Content-Type": "application/json",
    }
    return {**headers, **extra}


def verify(headers: Any, body: Any = BODY, secret: Any = SECRET, **kwargs: Any) -> rt.WebhookEvent:
    return rt.verify_webhook(headers, body, secret, now=kwargs.pop("now", NOW), **kwargs)


def refused(headers: Any, body: Any = BODY, secret: Any = SECRET, **kwargs: Any) -> str:
    """The refusal's message, checked to be one line, typed, and free of the secret."""
    with pytest.raises(rt.WebhookVerificationError) as raised:
        verify(headers, body, secret, **kwargs)
    error = raised.value
    assert isinstance(error, rt.MusicAPIError)
    for text in (str(error), repr(error), error.message, str(error.body or "")):
        assert SECRET not in text and "\n" not in text.strip()
        if isinstance(secret, str) and len(secret) >= 4:
            assert secret not in text
    return error.message


# --- what the guide describes is accepted --------------------------------------------------------------------------


def test_the_spec_describes_the_scheme_the_tests_use() -> None:
    """The tests' own reading of the guide agrees with the spec's x-signature (read from the YAML)."""
    assert HOOK["x-signature"]["signed"] == "{timestamp}.{body}" and HOOK["x-signature"]["prefix"] == "sha256="
    assert (
        HOOK["x-signature"]["algorithm"] == "HMAC-SHA256" and HOOK["x-signature"]["legacy"]["header"] == "X-Signature"
    )


def test_a_delivery_signed_as_the_guide_says_is_accepted_and_parsed() -> None:
    event = verify(delivery())
    assert event.id == "evt_0001" and event.event == "song.completed" and event.timestamp == NOW
    assert isinstance(event.task, ProducerTask) and event.task.status == ProducerTaskStatus.SUCCESS
    assert event.status == "SUCCESS" and event.task_id == TASK["task_id"]
    assert event.body == BODY
    assert isinstance(event.task, ProducerTask) and isinstance(event.task.data, list)
    assert str(event.task.data[0].audio_url).endswith(".m4a")
    assert [c.to_dict()["clip_id"] for c in rt.finished_clips(event.task)] == [TASK["data"][0]["clip_id"]]


def test_a_signature_computed_by_node_as_the_guide_writes_it_is_accepted() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = (
        "const crypto = require('crypto'); const [timestamp, secret] = process.argv.slice(1);"
        "const chunks = []; process.stdin.on('data', c => chunks.push(c)); process.stdin.on('end', () => {"
        "const rawBody = Buffer.concat(chunks);"
        "const message = `${timestamp}.${rawBody}`;"
        "process.stdout.write('sha256=' + crypto.createHmac('sha256', secret).update(message).digest('hex')); });"
    )
    signed = subprocess.run([node, "-e", script, STAMP, SECRET], input=BODY, capture_output=True, check=True)
    header = signed.stdout.decode()
    assert header == guide_signature()  # Node and Python's hmac agree on the guide's formula
    assert verify({**delivery(), "X-Webhook-Signature": header}).id == "evt_0001"


def test_the_failed_event_is_a_failed_task() -> None:
    body = fixtures("producer_webhook", "request")[1].text().encode()
    event = verify(delivery(body, **{"X-Webhook-Event": "song.failed"}), body)
    assert event.event == "song.failed" and event.status == "FAILED" and rt.finished_clips(event.task) == []


# The guide's only delivery example (under producer) is a Suno clip with no status: it reads as sonic's.
SUNO_CLIP = "guide-first-clip"


@pytest.mark.parametrize(
    ("body", "family"),
    [
        *[
            (f.json(), "sonic" if f.label == SUNO_CLIP else hook)
            for hook in ("producer", "sonic")
            for f in fixtures(f"{hook}_webhook", "request")
        ],
        ({"type": "failed", "error": "Generation failed.", "task_id": "T-9"}, "sonic"),  # as the sandbox sends it
        ({"task_id": "T-9", "data": [{"clip_id": "a", "state": "streaming"}]}, "sonic"),
    ],
)
def test_a_delivery_is_read_as_its_own_familys_task(body: dict[str, Any], family: str) -> None:
    """Deliveries do not say who sent them: a sonic one (a failure, streams and no status) was read as a
    ProducerTask, "running" or "succeeded" with its streams taken for files."""
    raw = json.dumps(body).encode()
    task = verify(delivery(raw), raw).task
    assert type(task).__name__ == facts.FAMILIES[family].task


def test_a_failure_or_not_ready_answer_held_by_a_task_model_reads_as_what_it_says() -> None:
    failed = ProducerTask.from_dict({"type": "failed", "error": "Generation failed.", "task_id": "T-9"})
    with pytest.raises(rt.TaskFailed) as raised:
        rt.read_task(failed)
    assert raised.value.reason == "failed" and raised.value.task_id == "T-9"
    assert rt.read_task(SonicTask.from_dict({"type": "not_ready", "task_id": "T-9"})).state == "not_ready"


def test_a_sonic_delivery_of_streams_is_not_finished() -> None:
    clips = [{"clip_id": c, "state": "succeeded", "audio_url": f"https://audiopipe.suno.ai/?item_id={c}"} for c in "ab"]
    raw = json.dumps({"task_id": "T-9", "data": clips}).encode()
    task = verify(delivery(raw), raw).task
    assert rt.read_task(task).state != "succeeded" and rt.finished_clips(task) == []


def test_the_family_can_be_named_instead_of_guessed() -> None:
    raw = json.dumps({"task_id": "T-9"}).encode()  # nothing to tell the families apart by
    assert isinstance(verify(delivery(raw), raw, webhook="sonicTaskFinished").task, SonicTask)
    assert isinstance(verify(delivery(raw), raw, webhook="producerTaskFinished").task, ProducerTask)


def test_the_timestamp_tolerance_is_inclusive_and_configurable() -> None:
    assert verify(delivery(), now=NOW + 300).id == "evt_0001"
    assert verify(delivery(), now=NOW - 300).id == "evt_0001"  # a clock a little behind the sender's
    assert verify(delivery(), now=NOW + 3000, tolerance=3600).id == "evt_0001"


# --- everything else is refused, in one clear line --------------------------------------------------------------


def test_a_tampered_body_is_refused() -> None:
    tampered = BODY.replace(b"SUCCESS", b"FAILED!")
    assert len(tampered) == len(BODY) and tampered != BODY
    assert "signature" in refused(delivery(), tampered)
    assert "signature" in refused(delivery(), BODY + b" ")
    parsed_again = json.dumps(json.loads(BODY)).encode()  # re-serialised: not the raw bytes that were signed
    assert "signature" in refused(delivery(), parsed_again)


def test_a_wrong_secret_is_refused_without_echoing_either_secret() -> None:
    message = refused(delivery(), secret="another-secret-value")
    assert "signature" in message and "another-secret-value" not in message
    assert "signature" in refused(delivery(secret="another-secret-value"))


@pytest.mark.parametrize("offset", [301, -301, 86_400, -(10**9)])
def test_a_stale_or_future_timestamp_is_refused(offset: int) -> None:
    message = refused(delivery(), now=NOW + offset)
    assert "timestamp" in message and "tolerance" in message


def test_a_missing_timestamp_is_refused() -> None:
    headers = delivery()
    del headers["X-Webhook-Timestamp"]
    assert refused(headers) == "missing X-Webhook-Timestamp header"
    assert refused({**headers, "X-Webhook-Timestamp": "  "}) == "missing X-Webhook-Timestamp header"


@pytest.mark.parametrize("stamp", ["abc", "1.76e9", "-1760000000", "1760000000.5", "¹⁷⁶⁰", "١٧٦٠٠٠٠٠٠٠", "9" * 40])
def test_a_malformed_timestamp_is_refused(stamp: str) -> None:
    headers = {**delivery(), "X-Webhook-Timestamp": stamp}
    assert "X-Webhook-Timestamp" in refused(headers)


@pytest.mark.parametrize(
    "value",
    [
        "sha256=",
        "sha256=zz" + "0" * 62,
        "md5=" + "0" * 64,
        "sha256=" + "0" * 63,  # one digit short
        "sha256=" + "0" * 128,
        "sha512=" + "0" * 64,
        "0" * 64,  # the hex without the documented sha256= prefix
        "sha256 = " + "0" * 64,
        ",",
    ],
)
def test_a_malformed_signature_header_is_refused(value: str) -> None:
    message = refused({**delivery(), "X-Webhook-Signature": value})
    assert "X-Webhook-Signature" in message and ("malformed" in message or "empty" in message)


def test_a_missing_signature_is_refused() -> None:
    headers = delivery()
    del headers["X-Webhook-Signature"]
    assert refused(headers) == "missing X-Webhook-Signature header"
    assert refused({}) == "missing X-Webhook-Signature header"


def test_the_right_signature_upper_case_or_beside_an_old_one_is_accepted() -> None:
    right = guide_signature()
    assert verify({**delivery(), "X-Webhook-Signature": "sha256=" + right[7:].upper()}).id == "evt_0001"
    rotated = f"sha256={'0' * 64}, {right}"  # two secrets during a rotation
    assert verify({**delivery(), "X-Webhook-Signature": rotated}).id == "evt_0001"


@pytest.mark.parametrize("body", ["{}", {"code": 200}, None, 42, ["x"]])
def test_the_body_must_be_the_raw_bytes(body: Any) -> None:
    assert "bytes" in refused(delivery(), body)


def test_bytearray_and_memoryview_bodies_are_bytes_too() -> None:
    assert verify(delivery(), bytearray(BODY)).id == verify(delivery(), memoryview(BODY)).id == "evt_0001"


@pytest.mark.parametrize("secret", ["", b"", None])
def test_a_missing_secret_is_a_clear_error(secret: Any) -> None:
    assert "secret" in refused(delivery(), secret=secret)


def test_a_secret_that_is_not_utf8_text_is_a_clear_error() -> None:
    """What os.environ gives for a variable holding non-UTF-8 bytes (a lone surrogate): UnicodeEncodeError."""
    assert "UTF-8" in refused(delivery(), secret="s3cret\udc80")


def test_an_unknown_webhook_name_is_a_clear_error() -> None:
    """It was a bare KeyError."""
    assert "unknown webhook" in refused(delivery(), webhook="nope")


def test_a_bytes_secret_works() -> None:
    assert verify(delivery(), secret=SECRET.encode()).id == "evt_0001"


@pytest.mark.parametrize("tolerance", [0, -1, float("nan"), float("inf"), True, "300"])
def test_a_bad_tolerance_is_a_clear_error(tolerance: Any) -> None:
    assert "tolerance" in refused(delivery(), tolerance=tolerance)


def test_a_signed_body_that_is_not_a_task_is_refused() -> None:
    for body, words in [(b"not json", "not JSON"), (b"[1, 2]", "not a task"), (b'"text"', "not a task")]:
        assert words in refused(delivery(body), body)


def test_a_relevant_header_sent_twice_with_different_values_is_refused() -> None:
    pairs = [*delivery().items(), ("X-Webhook-Signature", "sha256=" + "0" * 64)]
    assert "twice" in refused(pairs)
    pairs = [*delivery().items(), ("x-webhook-timestamp", str(NOW + 1))]
    assert "twice" in refused(pairs)


def test_other_headers_sent_twice_do_not_matter() -> None:
    """Proxies add their own headers, sometimes twice (X-Forwarded-For, Via): not a reason to refuse."""
    pairs = [*delivery().items(), ("X-Forwarded-For", "10.0.0.1"), ("X-Forwarded-For", "10.0.0.2"), ("Via", "a")]
    assert verify(pairs).id == "evt_0001"
    same_twice = [*delivery().items(), ("X-Webhook-Id", "evt_0001")]
    assert verify(same_twice).id == "evt_0001"


# --- headers in every shape web frameworks hand them over ----------------------------------------------------------


def odd_case(headers: dict[str, str]) -> dict[str, str]:
    return {"".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(k)): v for k, v in headers.items()}


def http_message(headers: dict[str, str]) -> http.client.HTTPMessage:
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return http.client.parse_headers(io.BytesIO(raw.encode("latin-1")))


def environ_headers(headers: dict[str, str]) -> EnvironHeaders:
    environ = {"HTTP_" + k.upper().replace("-", "_"): v for k, v in headers.items() if k != "Content-Type"}
    return EnvironHeaders({**environ, "CONTENT_TYPE": "application/json"})


SHAPES: dict[str, Any] = {
    "dict": lambda h: h,
    "dict, odd case": odd_case,
    "dict, lower case": lambda h: {k.lower(): v for k, v in h.items()},
    "list of pairs": lambda h: list(h.items()),
    "tuple of pairs, upper case": lambda h: tuple((k.upper(), v) for k, v in h.items()),
    "generator of pairs": lambda h: ((k, v) for k, v in h.items()),
    "starlette Headers (FastAPI)": lambda h: StarletteHeaders(headers=h),
    "starlette Headers from raw bytes": lambda h: StarletteHeaders(
        raw=[(k.lower().encode(), v.encode()) for k, v in h.items()]
    ),
    "werkzeug Headers (Flask)": lambda h: WerkzeugHeaders(list(h.items())),
    "werkzeug EnvironHeaders (Flask request.headers)": environ_headers,
    "aiohttp CIMultiDictProxy": lambda h: CIMultiDictProxy(CIMultiDict(h)),
    "http.server HTTPMessage": http_message,
    "ASGI scope headers (bytes pairs)": lambda h: [(k.lower().encode(), v.encode()) for k, v in h.items()],
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_headers_in_any_shape(shape: str) -> None:
    headers = SHAPES[shape](delivery())
    event = verify(headers)
    assert (event.id, event.event, event.timestamp) == ("evt_0001", "song.completed", NOW)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_headers_in_any_shape_still_refuse_a_wrong_signature(shape: str) -> None:
    headers = SHAPES[shape](delivery(secret="not-the-secret"))
    assert "signature" in refused(headers)


@pytest.mark.parametrize("headers", [42, ["X-Webhook-Id"], [("a", "b", "c")], [(1, 2)], "X-Webhook-Id: x"])
def test_headers_that_are_not_headers_are_refused(headers: Any) -> None:
    assert "headers" in refused(headers)


# --- the older scheme, only when asked -----------------------------------------------------------------------------


def legacy_delivery(body: bytes = BODY, secret: str = SECRET, prefix: str = "") -> dict[str, str]:
    return {"X-Signature": prefix + hmac_hex(secret, body), "Content-Type": "application/json"}


def test_the_legacy_scheme_is_refused_unless_asked_for() -> None:
    assert refused(legacy_delivery()) == "missing X-Webhook-Signature header"
    event = verify(legacy_delivery(), legacy=True)
    assert event.timestamp is None and event.status == "SUCCESS"
    assert verify(legacy_delivery(prefix="sha256="), legacy=True).status == "SUCCESS"


def test_the_legacy_scheme_refuses_a_wrong_signature_and_a_tampered_body() -> None:
    assert "signature" in refused(legacy_delivery(secret="other-secret"), legacy=True)
    assert "signature" in refused(legacy_delivery(), BODY + b"\n", legacy=True)
    assert "malformed" in refused({"X-Signature": "not hex"}, legacy=True)
    assert "X-Webhook-Signature or X-Signature" in refused({}, legacy=True)


def test_the_new_scheme_wins_when_both_are_present() -> None:
    """A delivery with both headers is checked by the new scheme, timestamp included (legacy is no way around it)."""
    both = {**delivery(), **legacy_delivery()}
    assert verify(both, legacy=True).timestamp == NOW
    assert "timestamp" in refused(both, legacy=True, now=NOW + 10_000)


# --- repeated deliveries -----------------------------------------------------------------------------------------


def test_seen_webhooks_drops_repeats_by_id() -> None:
    seen = rt.SeenWebhooks()
    first = verify(delivery())
    retry = verify(delivery(stamp=str(NOW + 5)), now=NOW + 5)  # a retry: same id, signed again later
    assert seen.first_time(first) and not seen.first_time(retry)
    other = verify({**delivery(), "X-Webhook-Id": "evt_0002"})  # another id, same signature
    assert not seen.first_time(other)  # a replay under a new id is the same delivery
    assert seen.first_time("evt_0003") and not seen.first_time("evt_0003")


def test_seen_webhooks_keeps_the_newest_ids() -> None:
    seen = rt.SeenWebhooks(capacity=3)
    for name in ("a", "b", "c", "d"):
        assert seen.first_time(name)
    assert seen.first_time("a")  # forgotten: the oldest went first
    assert not seen.first_time("d")


def test_seen_webhooks_is_thread_safe() -> None:
    seen = rt.SeenWebhooks()
    firsts: list[bool] = []

    def handle(ids: Iterable[str]) -> None:
        for name in ids:
            firsts.append(seen.first_time(name))

    threads = [threading.Thread(target=handle, args=([f"evt_{i}" for i in range(500)],)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert firsts.count(True) == 500


def test_a_replay_under_a_chosen_id_does_not_suppress_the_real_delivery_of_that_id() -> None:
    """Round three, finding 3: a delivery refused as a repeat (its signature was seen) still recorded its
    X-Webhook-Id, so a captured delivery replayed under the next task's id made the real one a "repeat"."""
    seen = rt.SeenWebhooks()
    captured = verify(delivery())
    assert seen.first_time(captured)
    replay = verify({**delivery(), "X-Webhook-Id": "evt_next"})  # the id is not signed: any id can be put on it
    assert not seen.first_time(replay)
    other = {**TASK, "task_id": "another-task"}
    body = json.dumps(other).encode()
    real = verify({**delivery(body), "X-Webhook-Id": "evt_next"}, body)
    assert seen.first_time(real)  # the real delivery of evt_next is handled
    assert not seen.first_time(verify({**delivery(body, stamp=str(NOW + 9)), "X-Webhook-Id": "evt_next"}, body))


def test_a_secret_quoted_in_a_verified_delivery_is_not_in_the_event() -> None:
    """Round three, findings 1 and 8 (library side): a delivery quoting the webhook secret (or a key of this
    process) showed it in repr(event) and in event.task. The task is read with secrets replaced by [redacted];
    event.body stays the bytes exactly as signed, and is left out of repr."""
    key = "sk-webhook-test-0123456789"
    rt.connect(key, base_url="https://api.example")  # a client of this process: its key is known
    task = {**TASK, "message": f"signed with {SECRET}", "echo": {"key": key}}
    body = json.dumps(task).encode()
    event = verify(delivery(body), body)
    shown = f"{event!r} {event.task!r} {event.task.to_dict()}"
    assert SECRET[: len(SECRET) // 2] not in shown and key[: len(key) // 2] not in shown, shown
    assert "[redacted]" in shown and event.body == body and event.task_id == TASK["task_id"]


def test_the_headers_can_be_checked_before_the_body_arrives() -> None:
    """check_headers refuses what verify_webhook would refuse from the headers alone (missing or malformed
    signature, stale timestamp), so a server can answer 401 before reading a body (the CLI listener does)."""
    from musicapi_runtime._webhooks import check_headers

    good = delivery()
    check_headers(good, now=NOW)  # no error (which proves nothing yet: the body is not checked)
    cases = [
        ({k: v for k, v in good.items() if k != "X-Webhook-Signature"}, "missing X-Webhook-Signature"),
        ({**good, "X-Webhook-Signature": "sha256=zz"}, "malformed X-Webhook-Signature"),
        ({**good, "X-Webhook-Timestamp": str(NOW - 301)}, "stale or future timestamp"),
        ({k: v for k, v in good.items() if k != "X-Webhook-Timestamp"}, "missing X-Webhook-Timestamp"),
    ]
    for headers, words in cases:
        with pytest.raises(rt.WebhookVerificationError) as raised:
            check_headers(headers, now=NOW)
        assert words in raised.value.message
        assert refused(headers).startswith(words)  # verify_webhook says the same


ESCAPED_SECRET = "".join(f"\\u{ord(c):04x}" for c in SECRET)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]),
    echo=st.sampled_from(["", SECRET, SECRET[: len(SECRET) // 2 + 1], "ESCAPED"]),
    tamper=st.sampled_from(["none", "none", "body", "stamp", "signature", "id"]),
    where=st.integers(0, 10**6),
)
def test_mutated_deliveries_are_verified_or_refused_and_never_show_the_secret(
    encoding: str, echo: str, tamper: str, where: int
) -> None:
    """Deliveries in any encoding JSON allows (the signature covers the bytes, whatever they are), quoting the
    secret or not (plain, cut short, as \\u escapes), tampered or not: a tampered one is refused, an intact one
    verified with its task id found, and neither the event nor a refusal shows the secret."""
    task = {**TASK, "message": f"quoting {echo}"}
    text = json.dumps(task, ensure_ascii=False).replace("ESCAPED", ESCAPED_SECRET.replace("\\u", "\\\\u"))
    body = text.replace("\\\\u", "\\u").encode(encoding)
    headers = delivery(body)
    if tamper == "body":
        at = where % len(body)
        body = body[:at] + bytes([body[at] ^ 0x20]) + body[at + 1 :]
    elif tamper == "stamp":
        headers["X-Webhook-Timestamp"] = str(NOW - 1 - where % 200)  # fresh, but not what was signed
    elif tamper == "signature":
        headers["X-Webhook-Signature"] = headers["X-Webhook-Signature"][:-1] + "0"
    if tamper in ("none", "id") or (
        tamper == "signature" and headers["X-Webhook-Signature"] == delivery(body)["X-Webhook-Signature"]
    ):
        event = verify({**headers, "X-Webhook-Id": f"evt-{where}"} if tamper == "id" else headers, body)
        assert event.task_id == TASK["task_id"]
        shown = f"{event!r} {json.dumps(event.task.to_dict())}"
        assert SECRET[: len(SECRET) // 2] not in shown and ESCAPED_SECRET[:30] not in shown, shown
    else:
        refused(headers, body)
