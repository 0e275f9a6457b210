from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sonic_bpm_result_data import SonicBpmResultData


T = TypeVar("T", bound="SonicBpmResult")


@_attrs_define
class SonicBpmResult:
    """The clip's tempo.

    Example:
        {'code': 200, 'message': 'success', 'data': {'avg_bpm': 120.0, 'min_bpm': 118.0, 'max_bpm': 122.0}}

    Attributes:
        code (int | Unset): Usually 200.
        message (str | Unset): Usually "success".
        data (SonicBpmResultData | Unset): `avg_bpm`, `min_bpm`, `max_bpm` (numbers), kept as sent.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    data: SonicBpmResultData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sonic_bpm_result_data import SonicBpmResultData  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: SonicBpmResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SonicBpmResultData.from_dict(_data)

        sonic_bpm_result = cls(
            code=code,
            message=message,
            data=data,
        )

        sonic_bpm_result.additional_properties = d
        return sonic_bpm_result

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
