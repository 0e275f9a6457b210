"""Building a client: key and base URL from arguments or the environment, sane timeouts, retries, User-Agent."""

from __future__ import annotations

import os
import re
import sys

import httpx

from musicapi_client import AuthenticatedClient

from .errors import ConfigurationError
from .log import configure_from_env
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .version import __version__

DEFAULT_BASE_URL = "https://api.musicapi.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# Keep every pooled connection alive between polls (httpx keeps only 20 by default and reconnects the rest).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


KEY_SHAPE = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no whitespace: what an HTTP header can carry
PYTHON = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"musicapi-client/{__version__} (python {PYTHON}; httpx {httpx.__version__})"


def connect(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    max_attempts: int = 3,
    retry_policy: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
) -> AuthenticatedClient:
    """A generated `AuthenticatedClient` made safe: timeouts, retries, User-Agent, pooled connections.

    `api_key` defaults to MUSICAPI_API_KEY and `base_url` to MUSICAPI_BASE_URL (else the production API).
    `transport` / `async_transport` replace the network layer under the retries (tests inject faults there);
    a RetryTransport / AsyncRetryTransport passed there is used as it is, to customise retrying.
    Use it with the generated endpoint functions, through `musicapi_runtime.call` for typed errors.
    """
    configure_from_env()
    key = (api_key if api_key is not None else os.environ.get("MUSICAPI_API_KEY", "")).strip()
    if not key:
        raise ConfigurationError("no API key: pass api_key=... or set MUSICAPI_API_KEY")
    if not KEY_SHAPE.fullmatch(key):  # checked here, because httpx would quote the bad header value in its error
        raise ConfigurationError("the API key contains spaces, control or non-ASCII characters (not shown)")
    url = (base_url or os.environ.get("MUSICAPI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    try:
        valid = httpx.URL(url).scheme in ("http", "https") and bool(httpx.URL(url).host)
    except httpx.InvalidURL:
        valid = False
    if not valid:
        raise ConfigurationError(f"base URL must be an http:// or https:// URL, got {url[:100]!r}")
    policy = retry_policy or RetryPolicy(max_attempts=max_attempts)
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    all_headers = {"User-Agent": USER_AGENT, **(headers or {}), "Authorization": f"Bearer {key}"}

    client = AuthenticatedClient(base_url=url, token=key, timeout=timeout, headers=headers or {})
    # set_httpx_client skips the generated token injection, so the Authorization header is set here; and each
    # httpx client gets its own transport (httpx_args would hand one transport to both).
    client.set_httpx_client(
        httpx.Client(
            base_url=url,
            headers=all_headers,
            timeout=timeout,
            transport=transport
            if isinstance(transport, RetryTransport)
            else RetryTransport(transport or httpx.HTTPTransport(limits=DEFAULT_LIMITS), policy),
        )
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(
            base_url=url,
            headers=all_headers,
            timeout=timeout,
            transport=async_transport
            if isinstance(async_transport, AsyncRetryTransport)
            else AsyncRetryTransport(async_transport or httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS), policy),
        )
    )
    return client
