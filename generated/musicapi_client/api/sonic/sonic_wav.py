from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sonic_wav_request import SonicWavRequest
from ...models.sonic_wav_result import SonicWavResult
from ...types import Response


def _get_kwargs(
    *,
    body: SonicWavRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sonic/wav",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SonicWavResult | None:
    if response.status_code == 200:
        response_200 = SonicWavResult.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | SonicWavResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicWavRequest,
) -> Response[Error | SonicWavResult]:
    """A WAV file of a clip

     Synchronous; the answer's `data.wav_url` is the file. Cost not in the sources; assumed free.

    Args:
        body (SonicWavRequest): A clip to get as a WAV file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicWavResult]
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
    body: SonicWavRequest,
) -> Error | SonicWavResult | None:
    """A WAV file of a clip

     Synchronous; the answer's `data.wav_url` is the file. Cost not in the sources; assumed free.

    Args:
        body (SonicWavRequest): A clip to get as a WAV file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicWavResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicWavRequest,
) -> Response[Error | SonicWavResult]:
    """A WAV file of a clip

     Synchronous; the answer's `data.wav_url` is the file. Cost not in the sources; assumed free.

    Args:
        body (SonicWavRequest): A clip to get as a WAV file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicWavResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SonicWavRequest,
) -> Error | SonicWavResult | None:
    """A WAV file of a clip

     Synchronous; the answer's `data.wav_url` is the file. Cost not in the sources; assumed free.

    Args:
        body (SonicWavRequest): A clip to get as a WAV file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicWavResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
