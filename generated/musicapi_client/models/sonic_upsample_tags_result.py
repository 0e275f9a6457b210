from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sonic_upsample_tags_result_data import SonicUpsampleTagsResultData


T = TypeVar("T", bound="SonicUpsampleTagsResult")


@_attrs_define
class SonicUpsampleTagsResult:
    """The expanded tags.

    Example:
        {'code': 200, 'message': 'success', 'data': {'upsampled_tags': 'upbeat pop, bright synths, punchy drums, female
            vocals'}}

    Attributes:
        code (int | Unset): Usually 200.
        message (str | Unset): Usually "success".
        data (SonicUpsampleTagsResultData | Unset): `upsampled_tags`: the richer description, kept as sent.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    data: SonicUpsampleTagsResultData | Unset = UNSET
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
        from ..models.sonic_upsample_tags_result_data import SonicUpsampleTagsResultData  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: SonicUpsampleTagsResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SonicUpsampleTagsResultData.from_dict(_data)

        sonic_upsample_tags_result = cls(
            code=code,
            message=message,
            data=data,
        )

        sonic_upsample_tags_result.additional_properties = d
        return sonic_upsample_tags_result

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
