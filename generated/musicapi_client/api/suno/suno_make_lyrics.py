from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.suno_make_lyrics_accepted import SunoMakeLyricsAccepted
from ...models.suno_make_lyrics_request import SunoMakeLyricsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SunoMakeLyricsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/suno/make-lyrics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SunoMakeLyricsAccepted | None:
    if response.status_code == 200:
        response_200 = SunoMakeLyricsAccepted.from_dict(response.json())

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

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SunoMakeLyricsAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SunoMakeLyricsRequest,
) -> Response[Error | SunoMakeLyricsAccepted]:
    """Legacy lyrics (asynchronous; read with suno_get_lyrics)

     The legacy lyrics endpoint: its answer names a lyrics task (`data.task_id`) read with
    `suno_get_lyrics`.
    Prefer `sonic_lyrics_create`, which answers at once. Cost not in the sources; assumed the lyrics' 2.

    Args:
        body (SunoMakeLyricsRequest): What the lyrics should be about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SunoMakeLyricsAccepted]
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
    body: SunoMakeLyricsRequest,
) -> Error | SunoMakeLyricsAccepted | None:
    """Legacy lyrics (asynchronous; read with suno_get_lyrics)

     The legacy lyrics endpoint: its answer names a lyrics task (`data.task_id`) read with
    `suno_get_lyrics`.
    Prefer `sonic_lyrics_create`, which answers at once. Cost not in the sources; assumed the lyrics' 2.

    Args:
        body (SunoMakeLyricsRequest): What the lyrics should be about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SunoMakeLyricsAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SunoMakeLyricsRequest,
) -> Response[Error | SunoMakeLyricsAccepted]:
    """Legacy lyrics (asynchronous; read with suno_get_lyrics)

     The legacy lyrics endpoint: its answer names a lyrics task (`data.task_id`) read with
    `suno_get_lyrics`.
    Prefer `sonic_lyrics_create`, which answers at once. Cost not in the sources; assumed the lyrics' 2.

    Args:
        body (SunoMakeLyricsRequest): What the lyrics should be about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SunoMakeLyricsAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SunoMakeLyricsRequest,
) -> Error | SunoMakeLyricsAccepted | None:
    """Legacy lyrics (asynchronous; read with suno_get_lyrics)

     The legacy lyrics endpoint: its answer names a lyrics task (`data.task_id`) read with
    `suno_get_lyrics`.
    Prefer `sonic_lyrics_create`, which answers at once. Cost not in the sources; assumed the lyrics' 2.

    Args:
        body (SunoMakeLyricsRequest): What the lyrics should be about.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SunoMakeLyricsAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
