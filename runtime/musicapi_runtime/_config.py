"""Building a client: key and base URL from arguments or the environment, sane timeouts, retries, User-Agent.

Nothing heavy happens here: the httpx clients (and their transports) are built on first use, so a sync user
never pays for the async stack, and TLS setup happens once per process (tls.py).
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys

import httpx

from musicapi_spec import DEFAULT_BASE_URL

from ._client import MusicAPIClient
from ._errors import ConfigurationError
from ._log import configure_from_env
from ._redact import remember_secret
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._tls import context_for
from ._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
KEY_SHAPE = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no whitespace: what an HTTP header can carry
PYTHON = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"musicapi-client/{__version__} (python {PYTHON}; httpx {httpx.__version__})"


def base_url_from(value: str | None) -> str:
    """The API root to use, checked: an http(s) URL with a host name that can be looked up."""
    if value is not None and not isinstance(value, str):
        raise ConfigurationError(f"the base URL must be text, got {type(value).__name__}")
    url = (value or os.environ.get("MUSICAPI_BASE_URL") or DEFAULT_BASE_URL).strip().rstrip("/")
    try:
        parsed = httpx.URL(url)
        host = parsed.host
        if parsed.scheme not in ("http", "https") or not host:
            raise ValueError("not an http(s) URL")
        if parsed.query or parsed.fragment or "?" in url or "#" in url:
            raise ValueError("every path would land inside its query or fragment")
        if ".." in host or host.startswith(".") or parsed.userinfo:
            raise ValueError("bad host")
        host.encode("idna")
    except (httpx.InvalidURL, ValueError, UnicodeError):
        shown = url.encode("ascii", "backslashreplace").decode()[:100]
        raise ConfigurationError(
            f"the base URL must be an http:// or https:// URL with a host (and no ?query or #fragment), got {shown!r}"
        ) from None
    return url


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for `url`, as httpx (and curl) read it: HTTPS_PROXY / HTTP_PROXY /
    ALL_PROXY, any case, unless NO_PROXY covers the host. httpx ignores them once a transport is given, as here."""
    import urllib.request  # already loaded by httpx

    parsed = httpx.URL(url)
    if urllib.request.proxy_bypass(parsed.host):  # NO_PROXY (and, on macOS and Windows, the system settings)
        return None
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parsed.scheme) or proxies.get("all") or None
    if proxy is not None:
        scheme = proxy.partition("://")[0].lower()
        if scheme not in ("http", "https", "socks5", "socks5h"):
            raise ConfigurationError(f"the proxy from the environment must be http(s):// or socks5://, got {scheme}")
        if scheme.startswith("socks") and importlib.util.find_spec("socksio") is None:
            raise ConfigurationError("a socks5:// proxy needs the socks extra: pip install 'httpx[socks]'")
    return proxy


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
) -> MusicAPIClient:
    """A `MusicAPIClient` (the generated `AuthenticatedClient`, runtime/musicapi_runtime/_client.py) made safe:
    timeouts, retries, User-Agent, pooled connections, no secret in its repr.

    `api_key` defaults to MUSICAPI_API_KEY and `base_url` to MUSICAPI_BASE_URL (else the spec's first server).
    `transport` / `async_transport` replace the network layer under the retries (tests inject faults there);
    a RetryTransport / AsyncRetryTransport passed there is used as it is, to customise retrying.
    Use it with the runtime's functions, or with any generated endpoint through `musicapi_runtime.call`.
    """
    configure_from_env()
    if api_key is not None and not isinstance(api_key, str):
        raise ConfigurationError(f"the API key must be text, got {type(api_key).__name__}")
    key = (api_key if api_key is not None else os.environ.get("MUSICAPI_API_KEY", "")).strip()
    if not key:
        raise ConfigurationError("no API key: set MUSICAPI_API_KEY (or pass api_key=...)")
    if not KEY_SHAPE.fullmatch(key):  # checked here, because httpx would quote the bad header value in its error
        raise ConfigurationError("the API key contains spaces, control or non-ASCII characters (not shown)")
    remember_secret(key)  # no message, body or log line of this library will show it
    url = base_url_from(base_url)
    proxy_for(url)  # checked now; the transports that use it are built on first use
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}")
    policy = retry_policy or RetryPolicy(max_attempts=max_attempts)
    if not isinstance(timeout, httpx.Timeout) and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf")
    ):
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)

    def sync_transport() -> httpx.BaseTransport:
        if isinstance(transport, RetryTransport):
            return transport
        return RetryTransport(transport, policy, verify=context_for(url), proxy=proxy_for(url))

    def async_stack() -> httpx.AsyncBaseTransport:
        if isinstance(async_transport, AsyncRetryTransport):
            return async_transport
        return AsyncRetryTransport(async_transport, policy, verify=context_for(url), proxy=proxy_for(url))

    return MusicAPIClient(
        base_url=url,
        token=key,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        transport=sync_transport,
        async_transport=async_stack,
    )
