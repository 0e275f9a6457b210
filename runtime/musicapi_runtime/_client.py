"""`MusicAPIClient`: the generated `AuthenticatedClient`, with what the runtime needs added in a subclass.

The generated client stays exactly what openapi-python-client writes (an attrs class); the fixes live here, as
Azure's generated SDKs keep theirs in a `_patch.py`, so a generator upgrade never means merging a template:

- `repr()` leaves out the token and the headers (which hold the `Authorization` value once a request was made):
  the stock client prints its token;
- a client made by `attrs.evolve` gets its own copy of the headers (the stock client writes its Authorization
  header into the dict the two would share);
- `transport` / `async_transport` take factories of httpx transports, called when that httpx client is first
  needed: a sync user never builds the async stack, and each side gets its own retrying transport (the stock
  client passes one `httpx_args` to both httpx clients, and one transport object cannot serve both).

It is still an `AuthenticatedClient` (every generated endpoint takes it) and an attrs class: `attrs.evolve`,
`attrs.asdict`, `attrs.fields` and the generated `with_headers` / `with_timeout` / `with_cookies` work on it,
and compare by value, as the stock client does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
from attrs import define, field

from musicapi_client import AuthenticatedClient

# Building an httpx client swaps the transport into `_httpx_args` for the stock constructor's call (below); one
# lock for every client keeps a sync and an async first use on two threads from seeing each other's transport.
_BUILDING = threading.Lock()


def _copy(headers: dict[str, str]) -> dict[str, str]:
    return dict(headers)


@define
class MusicAPIClient(AuthenticatedClient):
    """What `musicapi_runtime.connect()` returns: an `AuthenticatedClient` whose repr shows no secret and whose
    httpx clients get their transports from factories, on first use."""

    # Declared again, in the stock order, only to leave them out of repr (positional order stays base_url, token,
    # prefix, auth_header_name; attrs puts a redeclared field after the inherited ones).
    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"
    # Copied on construction: the generated get_httpx_client() writes the Authorization header into this dict,
    # which attrs.evolve would otherwise share between the two clients.
    _headers: dict[str, str] = field(factory=dict, converter=_copy, kw_only=True, alias="headers", repr=False)
    _transport: Callable[[], httpx.BaseTransport] | None = field(
        default=None, kw_only=True, alias="transport", repr=False
    )
    _async_transport: Callable[[], httpx.AsyncBaseTransport] | None = field(
        default=None, kw_only=True, alias="async_transport", repr=False
    )

    def get_httpx_client(self) -> httpx.Client:
        """The generated method, with the transport from `transport()` when it builds the httpx client."""
        if self._client is None and self._transport is not None:
            with _BUILDING:
                if self._client is None:
                    shared = self._httpx_args
                    self._httpx_args = {**shared, "transport": self._transport()}
                    try:
                        super().get_httpx_client()
                    finally:
                        self._httpx_args = shared
        return super().get_httpx_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The generated method, with the transport from `async_transport()` when it builds the httpx client."""
        if self._async_client is None and self._async_transport is not None:
            with _BUILDING:
                if self._async_client is None:
                    shared = self._httpx_args
                    self._httpx_args = {**shared, "transport": self._async_transport()}
                    try:
                        super().get_async_httpx_client()
                    finally:
                        self._httpx_args = shared
        return super().get_async_httpx_client()

    def __exit__(self, *args: Any) -> None:
        """Closes the httpx client, and forgets it: the next request (or `with`) builds a new one. The stock client
        keeps the closed one, so a second `with client:` failed with httpx's "Cannot reopen a client instance"."""
        super().__exit__(*args)
        self._client = None

    async def __aexit__(self, *args: Any) -> None:
        """The async twin of __exit__: a second `async with client:` (or `asyncio.run`) works as the first."""
        await super().__aexit__(*args)
        self._async_client = None
