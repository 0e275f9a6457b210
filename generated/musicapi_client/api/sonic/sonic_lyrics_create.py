from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sonic_lyrics_request import SonicLyricsRequest
from ...models.sonic_lyrics_result import SonicLyricsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SonicLyricsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sonic/lyrics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SonicLyricsResult | None:
    if response.status_code == 200:
        response_200 = SonicLyricsResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SonicLyricsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicLyricsRequest,
) -> Response[Error | SonicLyricsResult]:
    """Write lyrics from a description (two candidates)

     Synchronous: the answer holds the results (the docs show two, each a `title` and `lyrics`). No
    webhook.
    2 credits (API-sonic.md, 2026-12; older pages: 10 "lyrics credits"). A 504 means it timed out and
    was not
    charged.

    Args:
        body (SonicLyricsRequest): What the lyrics should be about. Example: {'description': 'A
            song about the first snow of winter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicLyricsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SonicLyricsRequest,
) -> Error | SonicLyricsResult | None:
    """Write lyrics from a description (two candidates)

     Synchronous: the answer holds the results (the docs show two, each a `title` and `lyrics`). No
    webhook.
    2 credits (API-sonic.md, 2026-12; older pages: 10 "lyrics credits"). A 504 means it timed out and
    was not
    charged.

    Args:
        body (SonicLyricsRequest): What the lyrics should be about. Example: {'description': 'A
            song about the first snow of winter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicLyricsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicLyricsRequest,
) -> Response[Error | SonicLyricsResult]:
    """Write lyrics from a description (two candidates)

     Synchronous: the answer holds the results (the docs show two, each a `title` and `lyrics`). No
    webhook.
    2 credits (API-sonic.md, 2026-12; older pages: 10 "lyrics credits"). A 504 means it timed out and
    was not
    charged.

    Args:
        body (SonicLyricsRequest): What the lyrics should be about. Example: {'description': 'A
            song about the first snow of winter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicLyricsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SonicLyricsRequest,
) -> Error | SonicLyricsResult | None:
    """Write lyrics from a description (two candidates)

     Synchronous: the answer holds the results (the docs show two, each a `title` and `lyrics`). No
    webhook.
    2 credits (API-sonic.md, 2026-12; older pages: 10 "lyrics credits"). A 504 means it timed out and
    was not
    charged.

    Args:
        body (SonicLyricsRequest): What the lyrics should be about. Example: {'description': 'A
            song about the first snow of winter'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicLyricsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
