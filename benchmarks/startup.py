"""3. A fresh process: `import`, `musicapi --help`, and connect + one get-task over http and https, side by side
with httpx and musicapi-sdk. Wall clock of whole child processes, rounds interleaved (each round runs every
subject once, in a rotating order); goals are checked on medians of per-round differences or ratios, so a slow
spell of the shared machine hits both sides. With valgrind installed, each process's instruction count too
(deterministic, whatever the machine's load)."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import certifi

from .common import KEY, ROOT, TASK_ID, fast_server
from .report import Row

IMPORT_MS = 15.0  # import musicapi_runtime <= import httpx + this
HELP_MS = 80.0  # musicapi --help <= python -c pass + this
PATH = f"/api/v1/riffusion/task/{TASK_ID}"


def first_call(url: str) -> dict[str, str]:
    """The three clients' connect + one get-task, as `python -c` programs."""
    return {
        "raw httpx": f"import httpx, json; c = httpx.Client(base_url='{url}', "
        f"headers={{'Authorization': 'Bearer {KEY}'}}); json.loads(c.get('{PATH}').content)",
        "musicapi-sdk": f"from musicapi import MusicAPI; MusicAPI('{KEY}', base_url='{url}/api/v1')"
        f".riffusion.get_task('{TASK_ID}')",
        "musicapi_runtime": f"import musicapi_runtime as rt; c = rt.connect('{KEY}', base_url='{url}'); "
        f"rt.get_task(c, '{TASK_ID}')",
    }


@contextmanager
def tls_files() -> Iterator[tuple[str, str, str] | None]:
    """A self-signed certificate for 127.0.0.1 (openssl), its key, and a CA bundle of certifi's roots plus it:
    every client then loads a bundle of the real size. None without openssl."""
    if shutil.which("openssl") is None:
        yield None
        return
    with tempfile.TemporaryDirectory() as folder:
        cert, key, bundle = (str(Path(folder, name)) for name in ("cert.pem", "key.pem", "bundle.pem"))
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
            check=True, capture_output=True,
        )  # fmt: skip
        Path(bundle).write_text(Path(certifi.where()).read_text() + Path(cert).read_text())
        yield cert, key, bundle


def environment(bundle: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SSL_CERT_DIR")}
    if bundle:
        env["SSL_CERT_FILE"] = bundle
    return env


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def instructions(command: list[str], env: dict[str, str]) -> int | None:
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *command],
        env={**env, "PYTHONHASHSEED": "0"}, capture_output=True, text=True,
    )  # fmt: skip
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    return int(found.group(1).replace(",", "")) if found and out.returncode == 0 else None


def run(smoke: bool) -> tuple[list[Row], list[str]]:
    import compileall

    for folder in ("generated", "runtime", "cli"):  # as pip does on install: no compiling inside the timings
        compileall.compile_dir(ROOT / folder, quiet=1)
    rounds = 2 if smoke else 15
    python = sys.executable
    cli = str(Path(python).with_name("musicapi"))
    rows: list[Row] = []
    notes: list[str] = []
    with tls_files() as tls, fast_server() as http_url, fast_server(tls[:2] if tls else None) as https_url:
        env, tls_env = environment(None), environment(tls[2] if tls else None)
        subjects: dict[str, tuple[list[str], dict[str, str]]] = {
            "python -c pass": ([python, "-c", "pass"], env),
            "import httpx": ([python, "-c", "import httpx"], env),
            "import musicapi (sdk)": ([python, "-c", "import musicapi"], env),
            "import musicapi_runtime": ([python, "-c", "import musicapi_runtime"], env),
            "import musicapi_runtime; connect()": (
                [python, "-c", f"import musicapi_runtime as rt; rt.connect('{KEY}', base_url='{http_url}')"],
                env,
            ),
            "musicapi --help": ([python, cli, "--help"], env),
        }
        for scheme, url, scheme_env in (("http", http_url, env), ("https", https_url, tls_env)):
            if scheme == "https" and not tls:
                continue
            for name, code in first_call(url).items():
                subjects[f"first call ({scheme}): {name}"] = ([python, "-c", code], scheme_env)
        for command, subject_env in subjects.values():  # warm the file cache; fail early if one is broken
            wall(command, subject_env)
        times: dict[str, list[float]] = {name: [] for name in subjects}
        names = list(subjects)
        for number in range(rounds):
            for name in names[number % len(names) :] + names[: number % len(names)]:
                times[name].append(wall(*subjects[name]))
        counts: dict[str, int | None] = {}
        if not smoke and shutil.which("valgrind"):
            counts = {name: instructions(*subjects[name]) for name in subjects}

    def ms(name: str) -> float:
        return statistics.median(times[name]) * 1000

    def paired(a: str, b: str) -> float:
        return statistics.median(x - y for x, y in zip(times[a], times[b], strict=True)) * 1000

    def ratio(a: str, b: str) -> float:
        return statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))

    bench = f"3. fresh process, median of {rounds} interleaved rounds"
    for name in subjects:
        count = counts.get(name)
        shown = f"{name}" + (f" ({count / 1e6:,.0f} M instructions)" if count else "")
        target, met, value_ratio = "", None, None
        if name == "import musicapi_runtime":
            extra = paired(name, "import httpx")
            target, met = f"≤ httpx + {IMPORT_MS:g} ms (paired: {extra:+.1f} ms)", extra <= IMPORT_MS
        elif name == "musicapi --help":
            extra = paired(name, "python -c pass")
            target, met = f"≤ pass + {HELP_MS:g} ms (paired: {extra:+.1f} ms)", extra <= HELP_MS
        elif name.startswith("first call") and name.endswith("musicapi_runtime"):
            sdk = name.replace("musicapi_runtime", "musicapi-sdk")
            value_ratio = ratio(name, sdk)
            target, met = "≤ 1.00x musicapi-sdk", value_ratio <= 1.0
        elif name.startswith("first call") and name.endswith("musicapi-sdk"):
            value_ratio = ratio(name, name.replace("musicapi-sdk", "musicapi_runtime"))
        rows.append(Row(bench, shown, ms(name), "ms", value_ratio, target, met))
    notes.append(
        "Fresh process: wall clock of a whole `python -c ...` child (interpreter start-up included), bytecode "
        "compiled beforehand as pip does; goals on medians of per-round differences (import, --help) or ratios "
        "(first call: the ratio column is against the other client). `import musicapi_runtime` loads nothing "
        "until a name is used (PEP 562), so its row is the package alone; the cost moved to first use, which the "
        "`connect()` and first-call rows include. First call = import, connect and one get-task against the "
        "loopback server of benchmark 1; https uses a self-signed certificate trusted through SSL_CERT_FILE, a "
        "bundle of certifi's roots plus it, so every client loads a CA bundle of the usual size. Instruction "
        "counts (valgrind, one run each) do not depend on the machine's load."
        + ("" if counts else " (valgrind not installed or smoke run: no instruction counts.)")
    )
    return rows, notes
