from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SunoSong")


class SunoSong:
    """A song's details, scraped from its share page.

    Example:
        {'audio_url': 'https://cdn1.suno.ai/2f0e4d6c-1b3a-4c5d-8e7f-9a0b1c2d3e4f.mp3', 'video_url':
            'https://cdn1.suno.ai/2f0e4d6c-1b3a-4c5d-8e7f-9a0b1c2d3e4f.mp4', 'cover_image':
            'https://cdn2.suno.ai/image_2f0e4d6c-1b3a-4c5d-8e7f-9a0b1c2d3e4f.jpeg', 'song_title': 'Harbor Lights',
            'song_author': 'someone', 'music_styles': 'calm piano ballad'}

    Attributes:
        audio_url (None | str | Unset): The audio.
        video_url (None | str | Unset): The video.
        cover_image (None | str | Unset): The cover image.
        song_title (None | str | Unset): The title.
        song_author (None | str | Unset): Who made it.
        music_styles (None | str | Unset): Its styles.
    """

    __slots__ = (
        "audio_url",
        "video_url",
        "cover_image",
        "song_title",
        "song_author",
        "music_styles",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "audio_url",
        "video_url",
        "cover_image",
        "song_title",
        "song_author",
        "music_styles",
    )

    audio_url: None | str | Unset
    video_url: None | str | Unset
    cover_image: None | str | Unset
    song_title: None | str | Unset
    song_author: None | str | Unset
    music_styles: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        audio_url: None | str | Unset = UNSET,
        video_url: None | str | Unset = UNSET,
        cover_image: None | str | Unset = UNSET,
        song_title: None | str | Unset = UNSET,
        song_author: None | str | Unset = UNSET,
        music_styles: None | str | Unset = UNSET,
    ) -> None:
        self.audio_url = audio_url
        self.video_url = video_url
        self.cover_image = cover_image
        self.song_title = song_title
        self.song_author = song_author
        self.music_styles = music_styles
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SunoSong) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.audio_url,
            self.video_url,
            self.cover_image,
            self.song_title,
            self.song_author,
            self.music_styles,
            self.additional_properties,
        ) == (
            other.audio_url,
            other.video_url,
            other.cover_image,
            other.song_title,
            other.song_author,
            other.music_styles,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(audio_url={self.audio_url!r}, video_url={self.video_url!r}, cover_image={self.cover_image!r}, song_title={self.song_title!r}, song_author={self.song_author!r}, music_styles={self.music_styles!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        cover_image: None | str | Unset
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        song_title: None | str | Unset
        if isinstance(self.song_title, Unset):
            song_title = UNSET
        else:
            song_title = self.song_title

        song_author: None | str | Unset
        if isinstance(self.song_author, Unset):
            song_author = UNSET
        else:
            song_author = self.song_author

        music_styles: None | str | Unset
        if isinstance(self.music_styles, Unset):
            music_styles = UNSET
        else:
            music_styles = self.music_styles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if song_title is not UNSET:
            field_dict["song_title"] = song_title
        if song_author is not UNSET:
            field_dict["song_author"] = song_author
        if music_styles is not UNSET:
            field_dict["music_styles"] = music_styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_url = cast("None | str | Unset", d.pop("audio_url", UNSET))

        video_url = cast("None | str | Unset", d.pop("video_url", UNSET))

        cover_image = cast("None | str | Unset", d.pop("cover_image", UNSET))

        song_title = cast("None | str | Unset", d.pop("song_title", UNSET))

        song_author = cast("None | str | Unset", d.pop("song_author", UNSET))

        music_styles = cast("None | str | Unset", d.pop("music_styles", UNSET))

        suno_song = cls(
            audio_url=audio_url,
            video_url=video_url,
            cover_image=cover_image,
            song_title=song_title,
            song_author=song_author,
            music_styles=music_styles,
        )

        suno_song.additional_properties = d
        return suno_song

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
