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

T = TypeVar("T", bound="RiffusionExtendUploadMusic")


@_attrs_define
class RiffusionExtendUploadMusic:
    """Continue an uploaded clip from `continue_at` seconds with new lyrics.

    Example:
        {'task_type': 'extend_upload_music', 'mv': 'FUZZ-1.1 Pro', 'custom_mode': True, 'lyrics': '[Verse]\\nStars they
            shine above me', 'sound': 'pop', 'continue_clip_id': '0b1c2d3e-0000-4000-8000-000000000001', 'continue_at':
            30.5}

    Attributes:
        task_type (Literal['extend_upload_music']): The operation. Default: 'extend_upload_music'.
        mv (RiffusionModel): A FUZZ model (the values contain spaces).
        custom_mode (Literal[True]): Always true for an extension. Default: True.
        lyrics (str): Song lyrics with section tags such as `[Verse]` and `[Chorus]`; at most 3000 characters.
        sound (str): Style or sound description (genre, voice); for swaps it says what to change. At most 200
            characters.
        continue_clip_id (str): The source clip, generated earlier or returned by an upload of the same API.
        continue_at (float): Where in the source clip (seconds) the extension starts.
        title (str | Unset): Song title; the server requires fewer than 80 characters.
    """

    mv: RiffusionModel
    lyrics: str
    sound: str
    continue_clip_id: str
    continue_at: float
    task_type: Literal["extend_upload_music"] = "extend_upload_music"
    custom_mode: Literal[True] = True
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        mv = self.mv.value

        custom_mode = self.custom_mode

        lyrics = self.lyrics

        sound = self.sound

        continue_clip_id = self.continue_clip_id

        continue_at = self.continue_at

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "mv": mv,
                "custom_mode": custom_mode,
                "lyrics": lyrics,
                "sound": sound,
                "continue_clip_id": continue_clip_id,
                "continue_at": continue_at,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["extend_upload_music"], d.pop("task_type"))
        if task_type != "extend_upload_music":
            raise ValueError(f"task_type must match const 'extend_upload_music', got '{task_type}'")

        mv = RiffusionModel(d.pop("mv"))

        custom_mode = cast(Literal[True], d.pop("custom_mode"))
        if custom_mode != True:
            raise ValueError(f"custom_mode must match const True, got '{custom_mode}'")

        lyrics = d.pop("lyrics")

        sound = d.pop("sound")

        continue_clip_id = d.pop("continue_clip_id")

        continue_at = d.pop("continue_at")

        title = d.pop("title", UNSET)

        riffusion_extend_upload_music = cls(
            task_type=task_type,
            mv=mv,
            custom_mode=custom_mode,
            lyrics=lyrics,
            sound=sound,
            continue_clip_id=continue_clip_id,
            continue_at=continue_at,
            title=title,
        )

        riffusion_extend_upload_music.additional_properties = d
        return riffusion_extend_upload_music

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
