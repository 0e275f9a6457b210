from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.studio_accepted import StudioAccepted
from ...models.studio_create_request import StudioCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StudioCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/studio/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StudioAccepted | None:
    if response.status_code == 200:
        response_200 = StudioAccepted.from_dict(response.json())

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

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StudioAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCreateRequest,
) -> Response[Error | StudioAccepted]:
    """Start a studio task (unavailable)

     Marked unavailable in every docs snapshot; nobody recorded what the server answers now (410 or 403
    would
    fit the pattern). Loosely typed from the vendor SDK: the answer's `data` is the task id, `code` a
    string.
    Cost not in the sources; assumed 0 (nothing is made).

    Args:
        body (StudioCreateRequest): A studio (Udio-style) song; loosely typed from the vendor SDK
            (the endpoint is unavailable).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudioAccepted]
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
    body: StudioCreateRequest,
) -> Error | StudioAccepted | None:
    """Start a studio task (unavailable)

     Marked unavailable in every docs snapshot; nobody recorded what the server answers now (410 or 403
    would
    fit the pattern). Loosely typed from the vendor SDK: the answer's `data` is the task id, `code` a
    string.
    Cost not in the sources; assumed 0 (nothing is made).

    Args:
        body (StudioCreateRequest): A studio (Udio-style) song; loosely typed from the vendor SDK
            (the endpoint is unavailable).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudioAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCreateRequest,
) -> Response[Error | StudioAccepted]:
    """Start a studio task (unavailable)

     Marked unavailable in every docs snapshot; nobody recorded what the server answers now (410 or 403
    would
    fit the pattern). Loosely typed from the vendor SDK: the answer's `data` is the task id, `code` a
    string.
    Cost not in the sources; assumed 0 (nothing is made).

    Args:
        body (StudioCreateRequest): A studio (Udio-style) song; loosely typed from the vendor SDK
            (the endpoint is unavailable).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudioAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCreateRequest,
) -> Error | StudioAccepted | None:
    """Start a studio task (unavailable)

     Marked unavailable in every docs snapshot; nobody recorded what the server answers now (410 or 403
    would
    fit the pattern). Loosely typed from the vendor SDK: the answer's `data` is the task id, `code` a
    string.
    Cost not in the sources; assumed 0 (nothing is made).

    Args:
        body (StudioCreateRequest): A studio (Udio-style) song; loosely typed from the vendor SDK
            (the endpoint is unavailable).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudioAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
