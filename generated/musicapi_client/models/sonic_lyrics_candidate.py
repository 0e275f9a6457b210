from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicLyricsCandidate")


class SonicLyricsCandidate:
    """One candidate.

    Attributes:
        title (None | str | Unset): A title for the song.
        lyrics (None | str | Unset): The lyrics.
    """

    __slots__ = ("title", "lyrics", "additional_properties", "__weakref__")
    __match_args__ = (
        "title",
        "lyrics",
    )

    title: None | str | Unset
    lyrics: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: None | str | Unset = UNSET,
        lyrics: None | str | Unset = UNSET,
    ) -> None:
        self.title = title
        self.lyrics = lyrics
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicLyricsCandidate) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title,
            self.lyrics,
            self.additional_properties,
        ) == (
            other.title,
            other.lyrics,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(title={self.title!r}, lyrics={self.lyrics!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = cast("None | str | Unset", d.pop("title", UNSET))

        lyrics = cast("None | str | Unset", d.pop("lyrics", UNSET))

        sonic_lyrics_candidate = cls(
            title=title,
            lyrics=lyrics,
        )

        sonic_lyrics_candidate.additional_properties = d
        return sonic_lyrics_candidate

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
