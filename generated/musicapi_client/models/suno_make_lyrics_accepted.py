from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suno_lyrics_task import SunoLyricsTask


T = TypeVar("T", bound="SunoMakeLyricsAccepted")


@_attrs_define
class SunoMakeLyricsAccepted:
    """The accepted lyrics task (read it with `suno_get_lyrics`).

    Example:
        {'code': 200, 'message': 'success', 'data': {'task_id': '4c3b2a19-0817-4f6e-8d5c-4b3a29181706'}}

    Attributes:
        code (int | Unset): Usually 200.
        data (SunoLyricsTask | Unset): The lyrics task.
        message (str | Unset): Usually "success".
    """

    code: int | Unset = UNSET
    data: SunoLyricsTask | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.suno_lyrics_task import SunoLyricsTask  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: SunoLyricsTask | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SunoLyricsTask.from_dict(_data)

        message = d.pop("message", UNSET)

        suno_make_lyrics_accepted = cls(
            code=code,
            data=data,
            message=message,
        )

        suno_make_lyrics_accepted.additional_properties = d
        return suno_make_lyrics_accepted

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
