from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.producer_cover_music import ProducerCoverMusic
from ...models.producer_cover_upload_music import ProducerCoverUploadMusic
from ...models.producer_create_music import ProducerCreateMusic
from ...models.producer_extend_music import ProducerExtendMusic
from ...models.producer_extend_upload_music import ProducerExtendUploadMusic
from ...models.producer_replace_music import ProducerReplaceMusic
from ...models.producer_replace_upload_music import ProducerReplaceUploadMusic
from ...models.task_accepted import TaskAccepted
from ...types import Response


def _get_kwargs(
    *,
    body: ProducerCoverMusic
    | ProducerCoverUploadMusic
    | ProducerCreateMusic
    | ProducerExtendMusic
    | ProducerExtendUploadMusic
    | ProducerReplaceMusic
    | ProducerReplaceUploadMusic,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/producer/create",
    }

    if isinstance(body, ProducerCreateMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ProducerExtendMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ProducerReplaceMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ProducerCoverMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ProducerExtendUploadMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ProducerReplaceUploadMusic):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TaskAccepted | None:
    if response.status_code == 200:
        response_200 = TaskAccepted.from_dict(response.json())

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
) -> Response[Error | TaskAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProducerCoverMusic
    | ProducerCoverUploadMusic
    | ProducerCreateMusic
    | ProducerExtendMusic
    | ProducerExtendUploadMusic
    | ProducerReplaceMusic
    | ProducerReplaceUploadMusic,
) -> Response[Error | TaskAccepted]:
    """Start a producer generation task

     Starts one Lyria 3 Pro task; `task_type` selects the operation (create, extend, replace a section,
    cover, and the same on an uploaded clip). The cost depends on the operation (`x-credits` of each
    variant). One song of up to 240 s per create; how many clips a task returns is not documented. Not
    idempotent: a create sent twice is paid twice. Retired task types answer 410 (see `x-retired`); one
    older snapshot of the docs says every task type but `create_music` is retired, so any of them may
    410.

    Args:
        body (ProducerCoverMusic | ProducerCoverUploadMusic | ProducerCreateMusic |
            ProducerExtendMusic | ProducerExtendUploadMusic | ProducerReplaceMusic |
            ProducerReplaceUploadMusic): The body of `producer_create`; `task_type` decides the
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskAccepted]
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
    body: ProducerCoverMusic
    | ProducerCoverUploadMusic
    | ProducerCreateMusic
    | ProducerExtendMusic
    | ProducerExtendUploadMusic
    | ProducerReplaceMusic
    | ProducerReplaceUploadMusic,
) -> Error | TaskAccepted | None:
    """Start a producer generation task

     Starts one Lyria 3 Pro task; `task_type` selects the operation (create, extend, replace a section,
    cover, and the same on an uploaded clip). The cost depends on the operation (`x-credits` of each
    variant). One song of up to 240 s per create; how many clips a task returns is not documented. Not
    idempotent: a create sent twice is paid twice. Retired task types answer 410 (see `x-retired`); one
    older snapshot of the docs says every task type but `create_music` is retired, so any of them may
    410.

    Args:
        body (ProducerCoverMusic | ProducerCoverUploadMusic | ProducerCreateMusic |
            ProducerExtendMusic | ProducerExtendUploadMusic | ProducerReplaceMusic |
            ProducerReplaceUploadMusic): The body of `producer_create`; `task_type` decides the
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProducerCoverMusic
    | ProducerCoverUploadMusic
    | ProducerCreateMusic
    | ProducerExtendMusic
    | ProducerExtendUploadMusic
    | ProducerReplaceMusic
    | ProducerReplaceUploadMusic,
) -> Response[Error | TaskAccepted]:
    """Start a producer generation task

     Starts one Lyria 3 Pro task; `task_type` selects the operation (create, extend, replace a section,
    cover, and the same on an uploaded clip). The cost depends on the operation (`x-credits` of each
    variant). One song of up to 240 s per create; how many clips a task returns is not documented. Not
    idempotent: a create sent twice is paid twice. Retired task types answer 410 (see `x-retired`); one
    older snapshot of the docs says every task type but `create_music` is retired, so any of them may
    410.

    Args:
        body (ProducerCoverMusic | ProducerCoverUploadMusic | ProducerCreateMusic |
            ProducerExtendMusic | ProducerExtendUploadMusic | ProducerReplaceMusic |
            ProducerReplaceUploadMusic): The body of `producer_create`; `task_type` decides the
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TaskAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProducerCoverMusic
    | ProducerCoverUploadMusic
    | ProducerCreateMusic
    | ProducerExtendMusic
    | ProducerExtendUploadMusic
    | ProducerReplaceMusic
    | ProducerReplaceUploadMusic,
) -> Error | TaskAccepted | None:
    """Start a producer generation task

     Starts one Lyria 3 Pro task; `task_type` selects the operation (create, extend, replace a section,
    cover, and the same on an uploaded clip). The cost depends on the operation (`x-credits` of each
    variant). One song of up to 240 s per create; how many clips a task returns is not documented. Not
    idempotent: a create sent twice is paid twice. Retired task types answer 410 (see `x-retired`); one
    older snapshot of the docs says every task type but `create_music` is retired, so any of them may
    410.

    Args:
        body (ProducerCoverMusic | ProducerCoverUploadMusic | ProducerCreateMusic |
            ProducerExtendMusic | ProducerExtendUploadMusic | ProducerReplaceMusic |
            ProducerReplaceUploadMusic): The body of `producer_create`; `task_type` decides the
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TaskAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
