from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sonic_add_instrumental import SonicAddInstrumental
from ...models.sonic_add_vocals import SonicAddVocals
from ...models.sonic_concat import SonicConcat
from ...models.sonic_cover import SonicCover
from ...models.sonic_cover_upload_music import SonicCoverUploadMusic
from ...models.sonic_create_with_description import SonicCreateWithDescription
from ...models.sonic_create_with_lyrics import SonicCreateWithLyrics
from ...models.sonic_extend import SonicExtend
from ...models.sonic_extend_upload_music import SonicExtendUploadMusic
from ...models.sonic_persona_music import SonicPersonaMusic
from ...models.sonic_remaster import SonicRemaster
from ...models.task_accepted import TaskAccepted
from ...types import Response


def _get_kwargs(
    *,
    body: SonicAddInstrumental
    | SonicAddVocals
    | SonicConcat
    | SonicCover
    | SonicCoverUploadMusic
    | SonicCreateWithDescription
    | SonicCreateWithLyrics
    | SonicExtend
    | SonicExtendUploadMusic
    | SonicPersonaMusic
    | SonicRemaster,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sonic/create",
    }

    if isinstance(body, SonicCreateWithLyrics):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicCreateWithDescription):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicExtend):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicCover):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicConcat):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicPersonaMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicExtendUploadMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicCoverUploadMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicRemaster):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SonicAddInstrumental):
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

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

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
    body: SonicAddInstrumental
    | SonicAddVocals
    | SonicConcat
    | SonicCover
    | SonicCoverUploadMusic
    | SonicCreateWithDescription
    | SonicCreateWithLyrics
    | SonicExtend
    | SonicExtendUploadMusic
    | SonicPersonaMusic
    | SonicRemaster,
) -> Response[Error | TaskAccepted]:
    """Start a sonic (Suno models) generation task

     Starts one task that makes two clips; `task_type` picks the operation (create, extend, cover,
    concat,
    persona, the same on an uploaded clip, remaster, add instrumental, add vocals) and may be left out
    for a
    plain create. Not idempotent: a create sent twice is paid twice. Cost: not in the sources (API-
    sonic.md,
    2026-12); assumed 12 credits per task as riffusion's two-clip create (`x-credits` of each variant).

    Args:
        body (SonicAddInstrumental | SonicAddVocals | SonicConcat | SonicCover |
            SonicCoverUploadMusic | SonicCreateWithDescription | SonicCreateWithLyrics | SonicExtend |
            SonicExtendUploadMusic | SonicPersonaMusic | SonicRemaster): The body of `sonic_create`;
            `task_type` decides the operation (left out, it creates).

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
    body: SonicAddInstrumental
    | SonicAddVocals
    | SonicConcat
    | SonicCover
    | SonicCoverUploadMusic
    | SonicCreateWithDescription
    | SonicCreateWithLyrics
    | SonicExtend
    | SonicExtendUploadMusic
    | SonicPersonaMusic
    | SonicRemaster,
) -> Error | TaskAccepted | None:
    """Start a sonic (Suno models) generation task

     Starts one task that makes two clips; `task_type` picks the operation (create, extend, cover,
    concat,
    persona, the same on an uploaded clip, remaster, add instrumental, add vocals) and may be left out
    for a
    plain create. Not idempotent: a create sent twice is paid twice. Cost: not in the sources (API-
    sonic.md,
    2026-12); assumed 12 credits per task as riffusion's two-clip create (`x-credits` of each variant).

    Args:
        body (SonicAddInstrumental | SonicAddVocals | SonicConcat | SonicCover |
            SonicCoverUploadMusic | SonicCreateWithDescription | SonicCreateWithLyrics | SonicExtend |
            SonicExtendUploadMusic | SonicPersonaMusic | SonicRemaster): The body of `sonic_create`;
            `task_type` decides the operation (left out, it creates).

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
    body: SonicAddInstrumental
    | SonicAddVocals
    | SonicConcat
    | SonicCover
    | SonicCoverUploadMusic
    | SonicCreateWithDescription
    | SonicCreateWithLyrics
    | SonicExtend
    | SonicExtendUploadMusic
    | SonicPersonaMusic
    | SonicRemaster,
) -> Response[Error | TaskAccepted]:
    """Start a sonic (Suno models) generation task

     Starts one task that makes two clips; `task_type` picks the operation (create, extend, cover,
    concat,
    persona, the same on an uploaded clip, remaster, add instrumental, add vocals) and may be left out
    for a
    plain create. Not idempotent: a create sent twice is paid twice. Cost: not in the sources (API-
    sonic.md,
    2026-12); assumed 12 credits per task as riffusion's two-clip create (`x-credits` of each variant).

    Args:
        body (SonicAddInstrumental | SonicAddVocals | SonicConcat | SonicCover |
            SonicCoverUploadMusic | SonicCreateWithDescription | SonicCreateWithLyrics | SonicExtend |
            SonicExtendUploadMusic | SonicPersonaMusic | SonicRemaster): The body of `sonic_create`;
            `task_type` decides the operation (left out, it creates).

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
    body: SonicAddInstrumental
    | SonicAddVocals
    | SonicConcat
    | SonicCover
    | SonicCoverUploadMusic
    | SonicCreateWithDescription
    | SonicCreateWithLyrics
    | SonicExtend
    | SonicExtendUploadMusic
    | SonicPersonaMusic
    | SonicRemaster,
) -> Error | TaskAccepted | None:
    """Start a sonic (Suno models) generation task

     Starts one task that makes two clips; `task_type` picks the operation (create, extend, cover,
    concat,
    persona, the same on an uploaded clip, remaster, add instrumental, add vocals) and may be left out
    for a
    plain create. Not idempotent: a create sent twice is paid twice. Cost: not in the sources (API-
    sonic.md,
    2026-12); assumed 12 credits per task as riffusion's two-clip create (`x-credits` of each variant).

    Args:
        body (SonicAddInstrumental | SonicAddVocals | SonicConcat | SonicCover |
            SonicCoverUploadMusic | SonicCreateWithDescription | SonicCreateWithLyrics | SonicExtend |
            SonicExtendUploadMusic | SonicPersonaMusic | SonicRemaster): The body of `sonic_create`;
            `task_type` decides the operation (left out, it creates).

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
