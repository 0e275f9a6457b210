from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicWavFile")


@_attrs_define
class SonicWavFile:
    """The file.

    Attributes:
        wav_url (None | str | Unset): The WAV file's URL.
    """

    wav_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wav_url: None | str | Unset
        if isinstance(self.wav_url, Unset):
            wav_url = UNSET
        else:
            wav_url = self.wav_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wav_url is not UNSET:
            field_dict["wav_url"] = wav_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_wav_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wav_url = _parse_wav_url(d.pop("wav_url", UNSET))

        sonic_wav_file = cls(
            wav_url=wav_url,
        )

        sonic_wav_file.additional_properties = d
        return sonic_wav_file

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
