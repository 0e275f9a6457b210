"""2. Parsing a two-clip task answer: microseconds per parse, ours vs musicapi-sdk."""

from __future__ import annotations

import json
import timeit
from collections.abc import Callable
from functools import partial

import httpx
from musicapi.resources.riffusion import _to_riffusion_task_result

from musicapi_client import AuthenticatedClient, Client
from musicapi_client.api.riffusion import riffusion_get_task
from musicapi_client.models import RiffusionTask
from musicapi_runtime import _polls as polls

from .common import TASK_ANSWER, interleaved, median, paired_ratio
from .report import Row

TARGET = 1.0


def run(smoke: bool) -> tuple[list[Row], list[str]]:
    number, rounds = (500, 1) if smoke else (20_000, 7)
    raw = TASK_ANSWER.read_bytes()
    data = json.loads(raw)
    client = Client(base_url="http://unused")
    authenticated = AuthenticatedClient(base_url="http://unused", token="unused")
    response = httpx.Response(200, content=raw, headers={"content-type": "application/json"})

    def per_parse(fn: Callable[[], object]) -> float:
        return timeit.timeit(fn, number=number) / number

    rows: list[Row] = []
    cases: dict[str, dict[str, Callable[[], object]]] = {
        "2a. JSON bytes → task model (what every poll does)": {
            "musicapi-sdk 0.1.0": lambda: _to_riffusion_task_result(json.loads(raw)),
            "musicapi-client (generated parser)": lambda: riffusion_get_task._parse_response(
                client=client, response=response
            ),
            "musicapi_runtime (polls.parse, what get_task uses)": lambda: polls.parse(
                riffusion_get_task, RiffusionTask, authenticated, response
            ),
        },
        "2b. dict → task model (model construction only)": {
            "musicapi-sdk 0.1.0": lambda: _to_riffusion_task_result(data),
            "musicapi-client (generated parser)": lambda: RiffusionTask.from_dict(data),
            "musicapi_runtime (polls.builder)": lambda: polls.builder(RiffusionTask)(data),
        },
    }
    for benchmark, subjects in cases.items():
        result = interleaved({name: partial(per_parse, fn) for name, fn in subjects.items()}, rounds)
        baseline = result["musicapi-sdk 0.1.0"]
        for name, values in result.items():
            ours = name.startswith("musicapi_runtime")
            ratio, seconds = paired_ratio(values, baseline), median(values)
            target = f"≤ {TARGET:.1f}x sdk" if ours else ""
            rows.append(
                Row(benchmark, name, seconds * 1e6, "µs/parse", ratio, target, ratio <= TARGET if ours else None)
            )
    notes = [
        "Parsing: the answer has two finished clips (tests/fixtures/constructed/riffusion_get_task.200.finished.json). "
        "Our parser does more than the SDK's: it tries the not-ready and failure shapes first (the answer's shape "
        "is not tagged), converts `mv` and `state` to enums while keeping unknown values, and keeps unknown "
        "fields for a lossless round trip; the SDK builds plain dataclasses and drops unknown fields. The runtime's "
        "path (runtime/musicapi_runtime/_polls.py) gives the generated parser's exact results (tests/test_polls.py) "
        "without its failed union attempts and per-field calls.",
    ]
    return rows, notes
