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

T = TypeVar("T", bound="RiffusionSwapUploadMusicSound")


@_attrs_define
class RiffusionSwapUploadMusicSound:
    """Keep an uploaded clip's vocals and change its sound to what `sound` describes.

    Example:
        {'task_type': 'swap_upload_music_sound', 'mv': 'FUZZ-1.1 Pro', 'custom_mode': True, 'continue_clip_id':
            '0b1c2d3e-0000-4000-8000-000000000001', 'sound': 'orchestral'}

    Attributes:
        task_type (Literal['swap_upload_music_sound']): The operation. Default: 'swap_upload_music_sound'.
        mv (RiffusionModel): A FUZZ model (the values contain spaces).
        custom_mode (Literal[True]): Always true for a swap. Default: True.
        continue_clip_id (str): The source clip, generated earlier or returned by an upload of the same API.
        sound (str): Style or sound description (genre, voice); for swaps it says what to change. At most 200
            characters.
        title (str | Unset): Song title; the server requires fewer than 80 characters.
    """

    mv: RiffusionModel
    continue_clip_id: str
    sound: str
    task_type: Literal["swap_upload_music_sound"] = "swap_upload_music_sound"
    custom_mode: Literal[True] = True
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        mv = self.mv.value

        custom_mode = self.custom_mode

        continue_clip_id = self.continue_clip_id

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
                "sound": sound,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["swap_upload_music_sound"], d.pop("task_type"))
        if task_type != "swap_upload_music_sound":
            raise ValueError(f"task_type must match const 'swap_upload_music_sound', got '{task_type}'")

        mv = RiffusionModel(d.pop("mv"))

        custom_mode = cast(Literal[True], d.pop("custom_mode"))
        if custom_mode != True:
            raise ValueError(f"custom_mode must match const True, got '{custom_mode}'")

        continue_clip_id = d.pop("continue_clip_id")

        sound = d.pop("sound")

        title = d.pop("title", UNSET)

        riffusion_swap_upload_music_sound = cls(
            task_type=task_type,
            mv=mv,
            custom_mode=custom_mode,
            continue_clip_id=continue_clip_id,
            sound=sound,
            title=title,
        )

        riffusion_swap_upload_music_sound.additional_properties = d
        return riffusion_swap_upload_music_sound

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
