from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sonic_sample_request import SonicSampleRequest
from ...models.sonic_upload_task_accepted import SonicUploadTaskAccepted
from ...types import Response


def _get_kwargs(
    *,
    body: SonicSampleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sonic/sample",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SonicUploadTaskAccepted | None:
    if response.status_code == 200:
        response_200 = SonicUploadTaskAccepted.from_dict(response.json())

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
) -> Response[Error | SonicUploadTaskAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicSampleRequest,
) -> Response[Error | SonicUploadTaskAccepted]:
    """Make songs from a chopped sample of a clip or a URL

     Asynchronous; poll the task. Give `url` or `sample_clip_id` and the window to chop. `steps` and
    `failed_step` report an upload step when a URL is given. Cost not in the sources; assumed a create's
    12.

    Args:
        body (SonicSampleRequest): A window chopped from a clip (`sample_clip_id`) or a file
            (`url`), and the create's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicUploadTaskAccepted]
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
    body: SonicSampleRequest,
) -> Error | SonicUploadTaskAccepted | None:
    """Make songs from a chopped sample of a clip or a URL

     Asynchronous; poll the task. Give `url` or `sample_clip_id` and the window to chop. `steps` and
    `failed_step` report an upload step when a URL is given. Cost not in the sources; assumed a create's
    12.

    Args:
        body (SonicSampleRequest): A window chopped from a clip (`sample_clip_id`) or a file
            (`url`), and the create's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicUploadTaskAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SonicSampleRequest,
) -> Response[Error | SonicUploadTaskAccepted]:
    """Make songs from a chopped sample of a clip or a URL

     Asynchronous; poll the task. Give `url` or `sample_clip_id` and the window to chop. `steps` and
    `failed_step` report an upload step when a URL is given. Cost not in the sources; assumed a create's
    12.

    Args:
        body (SonicSampleRequest): A window chopped from a clip (`sample_clip_id`) or a file
            (`url`), and the create's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicUploadTaskAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SonicSampleRequest,
) -> Error | SonicUploadTaskAccepted | None:
    """Make songs from a chopped sample of a clip or a URL

     Asynchronous; poll the task. Give `url` or `sample_clip_id` and the window to chop. `steps` and
    `failed_step` report an upload step when a URL is given. Cost not in the sources; assumed a create's
    12.

    Args:
        body (SonicSampleRequest): A window chopped from a clip (`sample_clip_id`) or a file
            (`url`), and the create's fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicUploadTaskAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
