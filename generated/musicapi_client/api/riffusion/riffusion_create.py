from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.riffusion_cover import RiffusionCover
from ...models.riffusion_cover_upload_music import RiffusionCoverUploadMusic
from ...models.riffusion_create_with_description import RiffusionCreateWithDescription
from ...models.riffusion_create_with_lyrics import RiffusionCreateWithLyrics
from ...models.riffusion_extend import RiffusionExtend
from ...models.riffusion_extend_upload_music import RiffusionExtendUploadMusic
from ...models.riffusion_replace_section import RiffusionReplaceSection
from ...models.riffusion_replace_upload_music import RiffusionReplaceUploadMusic
from ...models.riffusion_swap_sound import RiffusionSwapSound
from ...models.riffusion_swap_upload_music_sound import RiffusionSwapUploadMusicSound
from ...models.riffusion_swap_upload_music_vocals import RiffusionSwapUploadMusicVocals
from ...models.riffusion_swap_vocals import RiffusionSwapVocals
from ...models.task_accepted import TaskAccepted
from ...types import Response


def _get_kwargs(
    *,
    body: RiffusionCover
    | RiffusionCoverUploadMusic
    | RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionExtendUploadMusic
    | RiffusionReplaceSection
    | RiffusionReplaceUploadMusic
    | RiffusionSwapSound
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
    | RiffusionSwapVocals,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/riffusion/create",
    }

    if isinstance(body, RiffusionCreateWithDescription):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionCreateWithLyrics):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionExtend):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionCover):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionReplaceSection):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionSwapSound):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionSwapVocals):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionExtendUploadMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionCoverUploadMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionReplaceUploadMusic):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RiffusionSwapUploadMusicSound):
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
    body: RiffusionCover
    | RiffusionCoverUploadMusic
    | RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionExtendUploadMusic
    | RiffusionReplaceSection
    | RiffusionReplaceUploadMusic
    | RiffusionSwapSound
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
    | RiffusionSwapVocals,
) -> Response[Error | TaskAccepted]:
    """Start a riffusion generation task

     Starts one generation task; the body's shape decides the operation (description, lyrics, extend,
    cover, replace a section, swap sound, swap vocals, and the same on an uploaded clip). Costs
    12 credits and yields two clips. Not idempotent: a create sent twice is paid twice.

    Args:
        body (RiffusionCover | RiffusionCoverUploadMusic | RiffusionCreateWithDescription |
            RiffusionCreateWithLyrics | RiffusionExtend | RiffusionExtendUploadMusic |
            RiffusionReplaceSection | RiffusionReplaceUploadMusic | RiffusionSwapSound |
            RiffusionSwapUploadMusicSound | RiffusionSwapUploadMusicVocals | RiffusionSwapVocals): The
            body of `riffusion_create`; its shape decides the operation.

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
    body: RiffusionCover
    | RiffusionCoverUploadMusic
    | RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionExtendUploadMusic
    | RiffusionReplaceSection
    | RiffusionReplaceUploadMusic
    | RiffusionSwapSound
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
    | RiffusionSwapVocals,
) -> Error | TaskAccepted | None:
    """Start a riffusion generation task

     Starts one generation task; the body's shape decides the operation (description, lyrics, extend,
    cover, replace a section, swap sound, swap vocals, and the same on an uploaded clip). Costs
    12 credits and yields two clips. Not idempotent: a create sent twice is paid twice.

    Args:
        body (RiffusionCover | RiffusionCoverUploadMusic | RiffusionCreateWithDescription |
            RiffusionCreateWithLyrics | RiffusionExtend | RiffusionExtendUploadMusic |
            RiffusionReplaceSection | RiffusionReplaceUploadMusic | RiffusionSwapSound |
            RiffusionSwapUploadMusicSound | RiffusionSwapUploadMusicVocals | RiffusionSwapVocals): The
            body of `riffusion_create`; its shape decides the operation.

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
    body: RiffusionCover
    | RiffusionCoverUploadMusic
    | RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionExtendUploadMusic
    | RiffusionReplaceSection
    | RiffusionReplaceUploadMusic
    | RiffusionSwapSound
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
    | RiffusionSwapVocals,
) -> Response[Error | TaskAccepted]:
    """Start a riffusion generation task

     Starts one generation task; the body's shape decides the operation (description, lyrics, extend,
    cover, replace a section, swap sound, swap vocals, and the same on an uploaded clip). Costs
    12 credits and yields two clips. Not idempotent: a create sent twice is paid twice.

    Args:
        body (RiffusionCover | RiffusionCoverUploadMusic | RiffusionCreateWithDescription |
            RiffusionCreateWithLyrics | RiffusionExtend | RiffusionExtendUploadMusic |
            RiffusionReplaceSection | RiffusionReplaceUploadMusic | RiffusionSwapSound |
            RiffusionSwapUploadMusicSound | RiffusionSwapUploadMusicVocals | RiffusionSwapVocals): The
            body of `riffusion_create`; its shape decides the operation.

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
    body: RiffusionCover
    | RiffusionCoverUploadMusic
    | RiffusionCreateWithDescription
    | RiffusionCreateWithLyrics
    | RiffusionExtend
    | RiffusionExtendUploadMusic
    | RiffusionReplaceSection
    | RiffusionReplaceUploadMusic
    | RiffusionSwapSound
    | RiffusionSwapUploadMusicSound
    | RiffusionSwapUploadMusicVocals
    | RiffusionSwapVocals,
) -> Error | TaskAccepted | None:
    """Start a riffusion generation task

     Starts one generation task; the body's shape decides the operation (description, lyrics, extend,
    cover, replace a section, swap sound, swap vocals, and the same on an uploaded clip). Costs
    12 credits and yields two clips. Not idempotent: a create sent twice is paid twice.

    Args:
        body (RiffusionCover | RiffusionCoverUploadMusic | RiffusionCreateWithDescription |
            RiffusionCreateWithLyrics | RiffusionExtend | RiffusionExtendUploadMusic |
            RiffusionReplaceSection | RiffusionReplaceUploadMusic | RiffusionSwapSound |
            RiffusionSwapUploadMusicSound | RiffusionSwapUploadMusicVocals | RiffusionSwapVocals): The
            body of `riffusion_create`; its shape decides the operation.

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
