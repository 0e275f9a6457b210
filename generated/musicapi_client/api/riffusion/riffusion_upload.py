from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.riffusion_upload_request import RiffusionUploadRequest
from ...models.riffusion_upload_response import RiffusionUploadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RiffusionUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/riffusion/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RiffusionUploadResponse | None:
    if response.status_code == 200:
        response_200 = RiffusionUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 410:
        response_410 = Error.from_dict(response.json())

        return response_410

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
) -> Response[Error | RiffusionUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiffusionUploadRequest,
) -> Response[Error | RiffusionUploadResponse]:
    """Upload an audio file by URL

     Imports an audio file from a public URL (MP3 or WAV) and returns a `clip_id` to use as
    `continue_clip_id` with the `*_upload_*` operations. Costs 2 credits; processing takes about 20 s.

    Args:
        body (RiffusionUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RiffusionUploadResponse]
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
    body: RiffusionUploadRequest,
) -> Error | RiffusionUploadResponse | None:
    """Upload an audio file by URL

     Imports an audio file from a public URL (MP3 or WAV) and returns a `clip_id` to use as
    `continue_clip_id` with the `*_upload_*` operations. Costs 2 credits; processing takes about 20 s.

    Args:
        body (RiffusionUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RiffusionUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RiffusionUploadRequest,
) -> Response[Error | RiffusionUploadResponse]:
    """Upload an audio file by URL

     Imports an audio file from a public URL (MP3 or WAV) and returns a `clip_id` to use as
    `continue_clip_id` with the `*_upload_*` operations. Costs 2 credits; processing takes about 20 s.

    Args:
        body (RiffusionUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RiffusionUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RiffusionUploadRequest,
) -> Error | RiffusionUploadResponse | None:
    """Upload an audio file by URL

     Imports an audio file from a public URL (MP3 or WAV) and returns a `clip_id` to use as
    `continue_clip_id` with the `*_upload_*` operations. Costs 2 credits; processing takes about 20 s.

    Args:
        body (RiffusionUploadRequest): An audio file to import. Example: {'url':
            'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RiffusionUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
