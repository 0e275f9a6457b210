from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SunoMakeLyricsRequest")


class SunoMakeLyricsRequest:
    """What the lyrics should be about.

    Attributes:
        prompt (str): The subject, under 120 characters.
    """

    __slots__ = ("prompt", "additional_properties", "__weakref__")
    __match_args__ = ("prompt",)

    prompt: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt: str,
    ) -> None:
        self.prompt = prompt
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SunoMakeLyricsRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.prompt,
            self.additional_properties,
        ) == (
            other.prompt,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(prompt={self.prompt!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        suno_make_lyrics_request = cls(
            prompt=prompt,
        )

        suno_make_lyrics_request.additional_properties = d
        return suno_make_lyrics_request

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
