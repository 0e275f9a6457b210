from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_song import StudioSong


T = TypeVar("T", bound="StudioResults")


class StudioResults:
    """The songs.

    Attributes:
        songs (list[StudioSong] | Unset): The songs made.
    """

    __slots__ = ("songs", "additional_properties", "__weakref__")
    __match_args__ = ("songs",)

    songs: list[StudioSong] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        songs: list[StudioSong] | Unset = UNSET,
    ) -> None:
        self.songs = songs
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StudioResults) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.songs,
            self.additional_properties,
        ) == (
            other.songs,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(songs={self.songs!r}, additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        songs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.songs, Unset):
            songs = []
            for songs_item_data in self.songs:
                songs_item = songs_item_data.to_dict()
                songs.append(songs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if songs is not UNSET:
            field_dict["songs"] = songs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_song import StudioSong  # noqa: PLC0415

        d = dict(src_dict)
        _songs = d.pop("songs", UNSET)
        songs: list[StudioSong] | Unset = UNSET
        if _songs is not UNSET:
            songs = []
            for songs_item_data in _songs:
                songs_item = StudioSong.from_dict(songs_item_data)

                songs.append(songs_item)

        studio_results = cls(
            songs=songs,
        )

        studio_results.additional_properties = d
        return studio_results

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
