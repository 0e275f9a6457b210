"""Remembers the raw httpx response of the current call, so a body the models cannot parse is still reported.

connect() installs these as httpx response hooks. A ContextVar keeps concurrent async calls apart."""

from __future__ import annotations

from contextvars import ContextVar

import httpx

last_response: ContextVar[httpx.Response | None] = ContextVar("musicapi_last_response", default=None)


def remember_response(response: httpx.Response) -> None:
    last_response.set(response)


async def remember_response_async(response: httpx.Response) -> None:
    last_response.set(response)
