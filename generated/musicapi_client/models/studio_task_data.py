from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_task_status import StudioTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_results import StudioResults


T = TypeVar("T", bound="StudioTaskData")


@_attrs_define
class StudioTaskData:
    """The task's state and results.

    Attributes:
        task_id (None | str | Unset): The task's id.
        status (str | StudioTaskStatus | Unset): NOT_START, IN_PROGRESS, SUCCESS, or a value not yet documented.
        progress (float | None | str | Unset): Progress, as sent.
        data (StudioResults | Unset): The songs.
    """

    task_id: None | str | Unset = UNSET
    status: str | StudioTaskStatus | Unset = UNSET
    progress: float | None | str | Unset = UNSET
    data: StudioResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StudioTaskStatus):
            status = self.status.value
        else:
            status = self.status

        progress: float | None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_results import StudioResults  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_status(data: object) -> str | StudioTaskStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StudioTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StudioTaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_progress(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        _data = d.pop("data", UNSET)
        data: StudioResults | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StudioResults.from_dict(_data)

        studio_task_data = cls(
            task_id=task_id,
            status=status,
            progress=progress,
            data=data,
        )

        studio_task_data.additional_properties = d
        return studio_task_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
