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

T = TypeVar("T", bound="RiffusionReplaceSection")


@_attrs_define
class RiffusionReplaceSection:
    """Regenerate the section between `replace_start_time` and `replace_end_time` (seconds) of a generated
    clip (field names from the vendor SDK; the docs page is missing).

        Example:
            {'task_type': 'replace_music', 'mv': 'FUZZ-1.1 Pro', 'custom_mode': True, 'continue_clip_id':
                'f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c', 'replace_start_time': 12, 'replace_end_time': 24.5, 'lyrics':
                '[Chorus]\\nStarry night starry night'}

        Attributes:
            task_type (Literal['replace_music']): The operation. Default: 'replace_music'.
            mv (RiffusionModel): A FUZZ model (the values contain spaces).
            custom_mode (Literal[True]): Always true for a replacement. Default: True.
            continue_clip_id (str): The source clip, generated earlier or returned by an upload of the same API.
            replace_start_time (float): A time in the source clip, in seconds.
            replace_end_time (float): The end of the section to replace, in seconds; it must be after `replace_start_time`.
            lyrics (str | Unset): Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.
            sound (str | Unset): Style or sound description (genre, voice); for swaps it says what to change. At most 200
                characters.
            title (str | Unset): Song title; the server requires fewer than 80 characters.
    """

    mv: RiffusionModel
    continue_clip_id: str
    replace_start_time: float
    replace_end_time: float
    task_type: Literal["replace_music"] = "replace_music"
    custom_mode: Literal[True] = True
    lyrics: str | Unset = UNSET
    sound: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        mv = self.mv.value

        custom_mode = self.custom_mode

        continue_clip_id = self.continue_clip_id

        replace_start_time = self.replace_start_time

        replace_end_time = self.replace_end_time

        lyrics = self.lyrics

        sound = self.sound

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "mv": mv,
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "replace_start_time": replace_start_time,
                "replace_end_time": replace_end_time,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if sound is not UNSET:
            field_dict["sound"] = sound
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["replace_music"], d.pop("task_type"))
        if task_type != "replace_music":
            raise ValueError(f"task_type must match const 'replace_music', got '{task_type}'")

        mv = RiffusionModel(d.pop("mv"))

        custom_mode = cast(Literal[True], d.pop("custom_mode"))
        if custom_mode != True:
            raise ValueError(f"custom_mode must match const True, got '{custom_mode}'")

        continue_clip_id = d.pop("continue_clip_id")

        replace_start_time = d.pop("replace_start_time")

        replace_end_time = d.pop("replace_end_time")

        lyrics = d.pop("lyrics", UNSET)

        sound = d.pop("sound", UNSET)

        title = d.pop("title", UNSET)

        riffusion_replace_section = cls(
            task_type=task_type,
            mv=mv,
            custom_mode=custom_mode,
            continue_clip_id=continue_clip_id,
            replace_start_time=replace_start_time,
            replace_end_time=replace_end_time,
            lyrics=lyrics,
            sound=sound,
            title=title,
        )

        riffusion_replace_section.additional_properties = d
        return riffusion_replace_section

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
