from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudioSong")


class StudioSong:
    """A studio song (the vendor SDK's fields).

    Attributes:
        id (None | str | Unset): The song's id.
        title (None | str | Unset): The title.
        lyrics (None | str | Unset): The lyrics.
        song_path (None | str | Unset): The audio.
        image_path (None | str | Unset): The cover image.
        duration (float | None | str | Unset): Length in seconds.
        finished (bool | None | Unset): Whether the song is finished.
    """

    __slots__ = (
        "id",
        "title",
        "lyrics",
        "song_path",
        "image_path",
        "duration",
        "finished",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "title",
        "lyrics",
        "song_path",
        "image_path",
        "duration",
        "finished",
    )

    id: None | str | Unset
    title: None | str | Unset
    lyrics: None | str | Unset
    song_path: None | str | Unset
    image_path: None | str | Unset
    duration: float | None | str | Unset
    finished: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        lyrics: None | str | Unset = UNSET,
        song_path: None | str | Unset = UNSET,
        image_path: None | str | Unset = UNSET,
        duration: float | None | str | Unset = UNSET,
        finished: bool | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.lyrics = lyrics
        self.song_path = song_path
        self.image_path = image_path
        self.duration = duration
        self.finished = finished
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StudioSong) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id,
            self.title,
            self.lyrics,
            self.song_path,
            self.image_path,
            self.duration,
            self.finished,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.lyrics,
            other.song_path,
            other.image_path,
            other.duration,
            other.finished,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(id={self.id!r}, title={self.title!r}, lyrics={self.lyrics!r}, song_path={self.song_path!r}, image_path={self.image_path!r}, duration={self.duration!r}, finished={self.finished!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        song_path: None | str | Unset
        if isinstance(self.song_path, Unset):
            song_path = UNSET
        else:
            song_path = self.song_path

        image_path: None | str | Unset
        if isinstance(self.image_path, Unset):
            image_path = UNSET
        else:
            image_path = self.image_path

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        finished: bool | None | Unset
        if isinstance(self.finished, Unset):
            finished = UNSET
        else:
            finished = self.finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if song_path is not UNSET:
            field_dict["song_path"] = song_path
        if image_path is not UNSET:
            field_dict["image_path"] = image_path
        if duration is not UNSET:
            field_dict["duration"] = duration
        if finished is not UNSET:
            field_dict["finished"] = finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast("None | str | Unset", d.pop("id", UNSET))

        title = cast("None | str | Unset", d.pop("title", UNSET))

        lyrics = cast("None | str | Unset", d.pop("lyrics", UNSET))

        song_path = cast("None | str | Unset", d.pop("song_path", UNSET))

        image_path = cast("None | str | Unset", d.pop("image_path", UNSET))

        duration = cast("float | None | str | Unset", d.pop("duration", UNSET))

        finished = cast("bool | None | Unset", d.pop("finished", UNSET))

        studio_song = cls(
            id=id,
            title=title,
            lyrics=lyrics,
            song_path=song_path,
            image_path=image_path,
            duration=duration,
            finished=finished,
        )

        studio_song.additional_properties = d
        return studio_song

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
