from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicPersonaRequest")


@_attrs_define
class SonicPersonaRequest:
    """A persona from a clip (the current body).

    Attributes:
        name (str): The persona's name; fewer than 80 characters.
        clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        describe (str | Unset): What the persona sounds like.
        styles (str | Unset): Style descriptors; at most 2000 characters.
        vox_audio_id (str | Unset): Isolated vocals (`sonic_vox`) to build the persona on.
        vocal_start_s (float | Unset): A time in the source clip, in seconds.
        vocal_end_s (float | Unset): A time in the source clip, in seconds.
    """

    name: str
    clip_id: str
    describe: str | Unset = UNSET
    styles: str | Unset = UNSET
    vox_audio_id: str | Unset = UNSET
    vocal_start_s: float | Unset = UNSET
    vocal_end_s: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        clip_id = self.clip_id

        describe = self.describe

        styles = self.styles

        vox_audio_id = self.vox_audio_id

        vocal_start_s = self.vocal_start_s

        vocal_end_s = self.vocal_end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "clip_id": clip_id,
            }
        )
        if describe is not UNSET:
            field_dict["describe"] = describe
        if styles is not UNSET:
            field_dict["styles"] = styles
        if vox_audio_id is not UNSET:
            field_dict["vox_audio_id"] = vox_audio_id
        if vocal_start_s is not UNSET:
            field_dict["vocal_start_s"] = vocal_start_s
        if vocal_end_s is not UNSET:
            field_dict["vocal_end_s"] = vocal_end_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        clip_id = d.pop("clip_id")

        describe = d.pop("describe", UNSET)

        styles = d.pop("styles", UNSET)

        vox_audio_id = d.pop("vox_audio_id", UNSET)

        vocal_start_s = d.pop("vocal_start_s", UNSET)

        vocal_end_s = d.pop("vocal_end_s", UNSET)

        sonic_persona_request = cls(
            name=name,
            clip_id=clip_id,
            describe=describe,
            styles=styles,
            vox_audio_id=vox_audio_id,
            vocal_start_s=vocal_start_s,
            vocal_end_s=vocal_end_s,
        )

        sonic_persona_request.additional_properties = d
        return sonic_persona_request

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
