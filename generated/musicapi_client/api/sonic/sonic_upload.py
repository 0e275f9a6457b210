from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sonic_upload_accepted import SonicUploadAccepted
from ...models.sonic_upload_request import SonicUploadRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SonicUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sonic/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SonicUploadAccepted | None:
    if response.status_code == 200:
        response_200 = SonicUploadAccepted.from_dict(response.json())

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
) -> Response[Error | SonicUploadAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicUploadRequest,
) -> Response[Error | SonicUploadAccepted]:
    """Import an audio file by URL

     Imports a public MP3 or WAV (up to 8 minutes; older pages say 6–60 s) for `extend_upload_music`,
    `cover_upload_music`, `add_instrumental` and `add_vocals`. Synchronous (about 20 s): the answer
    names the
    clip. With a `callback_url` (sister docs) the answer names a task instead, to poll. 2 credits (API-
    sonic.md,
    2026-12). Unreachable URLs get a 400.

    Args:
        body (SonicUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicUploadAccepted]
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
    body: SonicUploadRequest,
) -> Error | SonicUploadAccepted | None:
    """Import an audio file by URL

     Imports a public MP3 or WAV (up to 8 minutes; older pages say 6–60 s) for `extend_upload_music`,
    `cover_upload_music`, `add_instrumental` and `add_vocals`. Synchronous (about 20 s): the answer
    names the
    clip. With a `callback_url` (sister docs) the answer names a task instead, to poll. 2 credits (API-
    sonic.md,
    2026-12). Unreachable URLs get a 400.

    Args:
        body (SonicUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicUploadAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicUploadRequest,
) -> Response[Error | SonicUploadAccepted]:
    """Import an audio file by URL

     Imports a public MP3 or WAV (up to 8 minutes; older pages say 6–60 s) for `extend_upload_music`,
    `cover_upload_music`, `add_instrumental` and `add_vocals`. Synchronous (about 20 s): the answer
    names the
    clip. With a `callback_url` (sister docs) the answer names a task instead, to poll. 2 credits (API-
    sonic.md,
    2026-12). Unreachable URLs get a 400.

    Args:
        body (SonicUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicUploadAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SonicUploadRequest,
) -> Error | SonicUploadAccepted | None:
    """Import an audio file by URL

     Imports a public MP3 or WAV (up to 8 minutes; older pages say 6–60 s) for `extend_upload_music`,
    `cover_upload_music`, `add_instrumental` and `add_vocals`. Synchronous (about 20 s): the answer
    names the
    clip. With a `callback_url` (sister docs) the answer names a task instead, to poll. 2 credits (API-
    sonic.md,
    2026-12). Unreachable URLs get a 400.

    Args:
        body (SonicUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicUploadAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
