from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SunoSong")


@_attrs_define
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

    audio_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    song_title: None | str | Unset = UNSET
    song_author: None | str | Unset = UNSET
    music_styles: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        def _parse_song_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        song_title = _parse_song_title(d.pop("song_title", UNSET))

        def _parse_song_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        song_author = _parse_song_author(d.pop("song_author", UNSET))

        def _parse_music_styles(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        music_styles = _parse_music_styles(d.pop("music_styles", UNSET))

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
