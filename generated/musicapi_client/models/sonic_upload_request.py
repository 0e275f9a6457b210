from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicUploadRequest")


class SonicUploadRequest:
    """An audio file to import.

    Example:
        {'url': 'https://audio.jukehost.co.uk/Ij5SXdAJKLg4tggS8T1xIH1Z0DuOWq5e.mp3'}

    Attributes:
        url (str): Public http(s) URL of an MP3 or WAV file you own (up to 8 minutes).
        callback_url (str | Unset): Makes the upload asynchronous (sister docs): the answer names a task instead of the
            clip.
    """

    __slots__ = ("url", "callback_url", "additional_properties", "__weakref__")
    __match_args__ = (
        "url",
        "callback_url",
    )

    url: str
    callback_url: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        url: str,
        callback_url: str | Unset = UNSET,
    ) -> None:
        self.url = url
        self.callback_url = callback_url
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicUploadRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.url,
            self.callback_url,
            self.additional_properties,
        ) == (
            other.url,
            other.callback_url,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(url={self.url!r}, callback_url={self.callback_url!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        callback_url = d.pop("callback_url", UNSET)

        sonic_upload_request = cls(
            url=url,
            callback_url=callback_url,
        )

        sonic_upload_request.additional_properties = d
        return sonic_upload_request

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
