"""`make docs` writes ONE self-contained HTML reference that renders every operation of the spec offline.

The rendering test uses headless Chromium (`apt-get install -y chromium`) and skips when no Chromium is installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import ROOT, SPEC_PATH

pytestmark = pytest.mark.slow

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
BROWSER = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None
)
needs_browser = pytest.mark.skipif(
    BROWSER is None, reason="Chromium is not installed (apt-get install -y chromium): the docs cannot be rendered"
)


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def spec_operations() -> dict[str, str]:
    """operationId -> summary for every operation in openapi/musicapi.yaml."""
    operations: dict[str, str] = {}
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                assert operation.get("summary"), f"{method.upper()} {path} has no summary"
                # Redoc marks a deprecated operation with a badge after its summary.
                badge = " Deprecated" if operation.get("deprecated") else ""
                operations[operation["operationId"]] = operation["summary"] + badge
    assert operations, "no operations found in the spec"
    return operations


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make docs`, written into a temporary folder."""
    folder = tmp_path_factory.mktemp("docs")
    result = subprocess.run(
        ["make", "-s", "docs", f"DOCS_DIR={folder}"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "index.html"


class PageParser(HTMLParser):
    """What a page would load (URLs in loading attributes), its Content-Security-Policy, its inline spec, and each
    h2 heading with the id of the section it is in."""

    LOADING = frozenset({"src", "srcset", "href", "data", "poster", "background", "action", "formaction"})

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.csp = ""
        self.spec_json = ""
        self.headings: list[tuple[str, str]] = []
        self._section = ""
        self._in_spec = False
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name in self.LOADING and value and not (tag == "a" and name == "href"):  # a link loads nothing
                self.loads.append(f"<{tag} {name}={value[:80]!r}>")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = values.get("content") or ""
        self._section = values.get("data-section-id") or self._section
        self._in_spec = tag == "script" and values.get("id") == "spec"
        if tag == "h2":
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        self._in_spec = False
        if tag == "h2" and self._heading is not None:
            self.headings.append((self._section, " ".join("".join(self._heading).split())))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._in_spec:
            self.spec_json += data
        elif self._heading is not None:
            self._heading.append(data)


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


def test_docs_are_one_self_contained_file_with_the_spec_inlined(docs: Path) -> None:
    page = parse(docs.read_text(encoding="utf-8"))
    assert page.loads == [], "the page loads resources: every script and style must be inline"
    assert "default-src 'none'" in page.csp  # and the browser refuses any load that slips in
    assert json.loads(page.spec_json) == load_spec()
    bundle = (ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js").read_text(encoding="utf-8")
    assert bundle in docs.read_text(encoding="utf-8")


def render(page: Path, workdir: Path) -> tuple[str, list[str]]:
    """The DOM headless Chromium renders from `page` with the network off, and the URLs the page requested."""
    assert BROWSER is not None
    netlog = workdir / "netlog.json"
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        f"--user-data-dir={workdir / 'profile'}",
        "--no-proxy-server",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves: the network is off
        f"--log-net-log={netlog}",
        "--virtual-time-budget=15000",  # let the scripts run before the DOM is dumped
        "--dump-dom",
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout, page_requests(netlog)


def page_requests(netlog: Path) -> list[str]:
    """The URLs requested on behalf of a page in a Chromium net log (the browser's own requests have no origin)."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start_job and event.get("params", {}).get("initiator", "not an origin") != "not an origin"
    ]


@needs_browser
def test_docs_render_every_operation_offline(docs: Path, tmp_path: Path) -> None:
    dom, requested = render(docs, tmp_path)
    assert requested == [], "the page made requests"
    headings = parse(dom).headings
    missing = {
        operation_id: summary
        for operation_id, summary in spec_operations().items()
        if (f"operation/{operation_id}", summary) not in headings
    }
    assert not missing, f"operations not rendered: {missing}; rendered headings: {headings}"


@needs_browser
def test_the_request_check_sees_a_remote_load(tmp_path: Path) -> None:
    """The check above can fail: a page with one remote image is caught."""
    page = tmp_path / "remote.html"
    page.write_text('<!DOCTYPE html><html><body><img src="https://docs-test.invalid/logo.png"></body></html>')
    _, requested = render(page, tmp_path)
    assert requested == ["https://docs-test.invalid/logo.png"]
