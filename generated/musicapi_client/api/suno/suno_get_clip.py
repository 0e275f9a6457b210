from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sonic_task import SonicTask
from ...models.task_failure import TaskFailure
from ...models.task_not_ready import TaskNotReady
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/suno/clip/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SonicTask | TaskFailure | TaskNotReady | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SonicTask | TaskFailure | TaskNotReady:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sonic_task_response_type_0 = TaskNotReady.from_dict(data)

                return componentsschemas_sonic_task_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sonic_task_response_type_1 = TaskFailure.from_dict(data)

                return componentsschemas_sonic_task_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sonic_task_response_type_2 = SonicTask.from_dict(data)

            return componentsschemas_sonic_task_response_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:

        def _parse_response_202(data: object) -> SonicTask | TaskFailure | TaskNotReady:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sonic_task_response_type_0 = TaskNotReady.from_dict(data)

                return componentsschemas_sonic_task_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sonic_task_response_type_1 = TaskFailure.from_dict(data)

                return componentsschemas_sonic_task_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sonic_task_response_type_2 = SonicTask.from_dict(data)

            return componentsschemas_sonic_task_response_type_2

        response_202 = _parse_response_202(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | SonicTask | TaskFailure | TaskNotReady]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SonicTask | TaskFailure | TaskNotReady]:
    """Alias of sonic_get_task (the legacy /suno/ path)

     The same answers as `sonic_get_task`, at the legacy path the vendor SDK still calls.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicTask | TaskFailure | TaskNotReady]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | SonicTask | TaskFailure | TaskNotReady | None:
    """Alias of sonic_get_task (the legacy /suno/ path)

     The same answers as `sonic_get_task`, at the legacy path the vendor SDK still calls.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicTask | TaskFailure | TaskNotReady
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SonicTask | TaskFailure | TaskNotReady]:
    """Alias of sonic_get_task (the legacy /suno/ path)

     The same answers as `sonic_get_task`, at the legacy path the vendor SDK still calls.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SonicTask | TaskFailure | TaskNotReady]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | SonicTask | TaskFailure | TaskNotReady | None:
    """Alias of sonic_get_task (the legacy /suno/ path)

     The same answers as `sonic_get_task`, at the legacy path the vendor SDK still calls.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SonicTask | TaskFailure | TaskNotReady
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
