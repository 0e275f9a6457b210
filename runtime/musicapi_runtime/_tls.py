"""One TLS context per process: building one costs tens of milliseconds, and every httpx client would."""

from __future__ import annotations

import ssl
from functools import cache

import httpx


@cache
def verified() -> ssl.SSLContext:
    """Certificate-verifying context (certifi's roots, or SSL_CERT_FILE / SSL_CERT_DIR), shared by all clients."""
    return httpx.create_ssl_context()


@cache
def closed() -> ssl.SSLContext:
    """For plain-http clients (the sandbox): no roots are loaded, so any TLS connection fails verification."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def context_for(url: str | httpx.URL) -> ssl.SSLContext:
    return verified() if httpx.URL(url).scheme == "https" else closed()
