from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.riffusion_model import RiffusionModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionCreateWithLyrics")


@_attrs_define
class RiffusionCreateWithLyrics:
    """Create two songs from your own lyrics, title and sound (`custom_mode` true).

    Example:
        {'mv': 'FUZZ-1.1 Pro', 'custom_mode': True, 'make_instrumental': False, 'lyrics': '[Verse]\\nStars they shine
            above me', 'title': 'Starts', 'sound': 'pop'}

    Attributes:
        mv (RiffusionModel): A FUZZ model (the values contain spaces).
        custom_mode (Literal[True]): Always true in custom (lyrics) mode. Default: True.
        make_instrumental (bool): Generate an instrumental without vocals. Default: False.
        lyrics (str | Unset): Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.
        title (str | Unset): Song title; the server requires fewer than 80 characters.
        sound (str | Unset): Style or sound description (genre, voice); for swaps it says what to change. At most 200
            characters.
        task_type (Literal['create_music'] | Unset): Plain creation; the vendor's own examples leave it out.
    """

    mv: RiffusionModel
    custom_mode: Literal[True] = True
    make_instrumental: bool = False
    lyrics: str | Unset = UNSET
    title: str | Unset = UNSET
    sound: str | Unset = UNSET
    task_type: Literal["create_music"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mv = self.mv.value

        custom_mode = self.custom_mode

        make_instrumental = self.make_instrumental

        lyrics = self.lyrics

        title = self.title

        sound = self.sound

        task_type = self.task_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mv": mv,
                "custom_mode": custom_mode,
                "make_instrumental": make_instrumental,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if sound is not UNSET:
            field_dict["sound"] = sound
        if task_type is not UNSET:
            field_dict["task_type"] = task_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mv = RiffusionModel(d.pop("mv"))

        custom_mode = cast(Literal[True], d.pop("custom_mode"))
        if custom_mode != True:
            raise ValueError(f"custom_mode must match const True, got '{custom_mode}'")

        make_instrumental = d.pop("make_instrumental")

        lyrics = d.pop("lyrics", UNSET)

        title = d.pop("title", UNSET)

        sound = d.pop("sound", UNSET)

        task_type = cast(Literal["create_music"] | Unset, d.pop("task_type", UNSET))
        if task_type != "create_music" and not isinstance(task_type, Unset):
            raise ValueError(f"task_type must match const 'create_music', got '{task_type}'")

        riffusion_create_with_lyrics = cls(
            mv=mv,
            custom_mode=custom_mode,
            make_instrumental=make_instrumental,
            lyrics=lyrics,
            title=title,
            sound=sound,
            task_type=task_type,
        )

        riffusion_create_with_lyrics.additional_properties = d
        return riffusion_create_with_lyrics

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
