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

T = TypeVar("T", bound="RiffusionSwapVocals")


@_attrs_define
class RiffusionSwapVocals:
    """Keep a generated clip's music and sing `lyrics` with the voice `sound` describes.

    Example:
        {'task_type': 'swap_music_vocals', 'mv': 'FUZZ-1.1 Pro', 'custom_mode': True, 'continue_clip_id':
            'f524dd12-cb7a-4eb6-b2fb-780f0ed07d9c', 'lyrics': '[Verse]\\nStars they shine above me', 'sound': 'deep male
            voice', 'vocal_variation': 0.3}

    Attributes:
        task_type (Literal['swap_music_vocals']): The operation. Default: 'swap_music_vocals'.
        mv (RiffusionModel): A FUZZ model (the values contain spaces).
        custom_mode (Literal[True]): Always true for a swap. Default: True.
        continue_clip_id (str): The source clip, generated earlier or returned by an upload of the same API.
        lyrics (str): Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.
        sound (str): Style or sound description (genre, voice); for swaps it says what to change. At most 200
            characters.
        title (str | Unset): Song title; the server requires fewer than 80 characters.
        vocal_variation (float | Unset): How far swapped vocals may move from the original (0 to 1).
    """

    mv: RiffusionModel
    continue_clip_id: str
    lyrics: str
    sound: str
    task_type: Literal["swap_music_vocals"] = "swap_music_vocals"
    custom_mode: Literal[True] = True
    title: str | Unset = UNSET
    vocal_variation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        mv = self.mv.value

        custom_mode = self.custom_mode

        continue_clip_id = self.continue_clip_id

        lyrics = self.lyrics

        sound = self.sound

        title = self.title

        vocal_variation = self.vocal_variation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "mv": mv,
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "lyrics": lyrics,
                "sound": sound,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if vocal_variation is not UNSET:
            field_dict["vocal_variation"] = vocal_variation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["swap_music_vocals"], d.pop("task_type"))
        if task_type != "swap_music_vocals":
            raise ValueError(f"task_type must match const 'swap_music_vocals', got '{task_type}'")

        mv = RiffusionModel(d.pop("mv"))

        custom_mode = cast(Literal[True], d.pop("custom_mode"))
        if custom_mode != True:
            raise ValueError(f"custom_mode must match const True, got '{custom_mode}'")

        continue_clip_id = d.pop("continue_clip_id")

        lyrics = d.pop("lyrics")

        sound = d.pop("sound")

        title = d.pop("title", UNSET)

        vocal_variation = d.pop("vocal_variation", UNSET)

        riffusion_swap_vocals = cls(
            task_type=task_type,
            mv=mv,
            custom_mode=custom_mode,
            continue_clip_id=continue_clip_id,
            lyrics=lyrics,
            sound=sound,
            title=title,
            vocal_variation=vocal_variation,
        )

        riffusion_swap_vocals.additional_properties = d
        return riffusion_swap_vocals

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
