"""The raw httpx response of the current call, kept so a body the models cannot parse is still reported.

The retry transports set it for each final response; a ContextVar keeps concurrent async calls apart (httpx
awaits the transport in the caller's own task)."""

from __future__ import annotations

from contextvars import ContextVar

import httpx

last_response: ContextVar[httpx.Response | None] = ContextVar("musicapi_last_response", default=None)
