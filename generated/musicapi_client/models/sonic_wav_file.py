from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicWavFile")


class SonicWavFile:
    """The file.

    Attributes:
        wav_url (None | str | Unset): The WAV file's URL.
    """

    __slots__ = ("wav_url", "additional_properties", "__weakref__")
    __match_args__ = ("wav_url",)

    wav_url: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        wav_url: None | str | Unset = UNSET,
    ) -> None:
        self.wav_url = wav_url
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicWavFile) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.wav_url,
            self.additional_properties,
        ) == (
            other.wav_url,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(wav_url={self.wav_url!r}, additional_properties={self.additional_properties!r})"

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
        wav_url = cast("None | str | Unset", d.pop("wav_url", UNSET))

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
