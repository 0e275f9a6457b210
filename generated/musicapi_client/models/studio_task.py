from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_task_data import StudioTaskData


T = TypeVar("T", bound="StudioTask")


class StudioTask:
    """A studio task; its state and songs are nested in `data`.

    Attributes:
        code (int | str | Unset): A status code, as a string.
        data (StudioTaskData | Unset): The task's state and results.
    """

    __slots__ = ("code", "data", "additional_properties", "__weakref__")
    __match_args__ = (
        "code",
        "data",
    )

    code: int | str | Unset
    data: StudioTaskData | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: int | str | Unset = UNSET,
        data: StudioTaskData | Unset = UNSET,
    ) -> None:
        self.code = code
        self.data = data
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StudioTask) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.data,
            self.additional_properties,
        ) == (
            other.code,
            other.data,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(code={self.code!r}, data={self.data!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_task_data import StudioTaskData  # noqa: PLC0415

        d = dict(src_dict)
        code = cast("int | str | Unset", d.pop("code", UNSET))

        _data = d.pop("data", UNSET)
        data: StudioTaskData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = StudioTaskData.from_dict(_data)

        studio_task = cls(
            code=code,
            data=data,
        )

        studio_task.additional_properties = d
        return studio_task

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
