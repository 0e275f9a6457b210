from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.producer_upload_accepted import ProducerUploadAccepted
from ...models.producer_upload_request import ProducerUploadRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ProducerUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/producer/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProducerUploadAccepted | None:
    if response.status_code == 200:
        response_200 = ProducerUploadAccepted.from_dict(response.json())

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
) -> Response[Error | ProducerUploadAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProducerUploadRequest,
) -> Response[Error | ProducerUploadAccepted]:
    """Import an audio file by URL

     Imports an audio file from a public URL for the `*_upload_music` operations. Costs 2 credits. The
    answer is a task to poll (its clip is the uploaded audio); some sources describe a `clip_id` in the
    answer itself, so both are optional here.

    Args:
        body (ProducerUploadRequest): An audio file to import. Example: {'audio_url':
            'https://example.com/audio/song.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProducerUploadAccepted]
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
    body: ProducerUploadRequest,
) -> Error | ProducerUploadAccepted | None:
    """Import an audio file by URL

     Imports an audio file from a public URL for the `*_upload_music` operations. Costs 2 credits. The
    answer is a task to poll (its clip is the uploaded audio); some sources describe a `clip_id` in the
    answer itself, so both are optional here.

    Args:
        body (ProducerUploadRequest): An audio file to import. Example: {'audio_url':
            'https://example.com/audio/song.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProducerUploadAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProducerUploadRequest,
) -> Response[Error | ProducerUploadAccepted]:
    """Import an audio file by URL

     Imports an audio file from a public URL for the `*_upload_music` operations. Costs 2 credits. The
    answer is a task to poll (its clip is the uploaded audio); some sources describe a `clip_id` in the
    answer itself, so both are optional here.

    Args:
        body (ProducerUploadRequest): An audio file to import. Example: {'audio_url':
            'https://example.com/audio/song.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProducerUploadAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProducerUploadRequest,
) -> Error | ProducerUploadAccepted | None:
    """Import an audio file by URL

     Imports an audio file from a public URL for the `*_upload_music` operations. Costs 2 credits. The
    answer is a task to poll (its clip is the uploaded audio); some sources describe a `clip_id` in the
    answer itself, so both are optional here.

    Args:
        body (ProducerUploadRequest): An audio file to import. Example: {'audio_url':
            'https://example.com/audio/song.mp3'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProducerUploadAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
