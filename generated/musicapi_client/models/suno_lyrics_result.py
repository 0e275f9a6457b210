from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suno_lyrics_result_data import SunoLyricsResultData


T = TypeVar("T", bound="SunoLyricsResult")


@_attrs_define
class SunoLyricsResult:
    """Legacy lyrics.

    Example:
        {'code': 200, 'message': 'success', 'data': {'title': 'First Snow', 'text': '[Verse]\\nThe first snow falls on
            sleeping streets', 'status': 'complete'}}

    Attributes:
        code (int | Unset): Usually 200.
        data (SunoLyricsResultData | Unset): The lyrics (fields not documented; kept as sent).
        message (str | Unset): Usually "success".
    """

    code: int | Unset = UNSET
    data: SunoLyricsResultData | Unset = UNSET
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
        from ..models.suno_lyrics_result_data import SunoLyricsResultData  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: SunoLyricsResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SunoLyricsResultData.from_dict(_data)

        message = d.pop("message", UNSET)

        suno_lyrics_result = cls(
            code=code,
            data=data,
            message=message,
        )

        suno_lyrics_result.additional_properties = d
        return suno_lyrics_result

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
