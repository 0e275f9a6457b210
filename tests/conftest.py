"""Fixtures: a real sandbox server on loopback (started and stopped by the tests themselves)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from musicapi_client import AuthenticatedClient
from musicapi_runtime import connect
from musicapi_sandbox import SandboxProcess


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxProcess]:
    """A fast sandbox (tasks take 0.4-0.8 s) shared by the end-to-end tests."""
    with SandboxProcess(["--credits", "100000", "--seed", "7"]) as running:
        yield running


@pytest.fixture
def api(sandbox: SandboxProcess) -> AuthenticatedClient:
    return connect(sandbox.api_key, base_url=sandbox.url)
