from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicVoxRequest")


@_attrs_define
class SonicVoxRequest:
    """A clip whose vocals to isolate, optionally only between two times.

    Attributes:
        clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        vocal_start_s (float | Unset): A time in the source clip, in seconds.
        vocal_end_s (float | Unset): A time in the source clip, in seconds.
    """

    clip_id: str
    vocal_start_s: float | Unset = UNSET
    vocal_end_s: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        vocal_start_s = self.vocal_start_s

        vocal_end_s = self.vocal_end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clip_id": clip_id,
            }
        )
        if vocal_start_s is not UNSET:
            field_dict["vocal_start_s"] = vocal_start_s
        if vocal_end_s is not UNSET:
            field_dict["vocal_end_s"] = vocal_end_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        vocal_start_s = d.pop("vocal_start_s", UNSET)

        vocal_end_s = d.pop("vocal_end_s", UNSET)

        sonic_vox_request = cls(
            clip_id=clip_id,
            vocal_start_s=vocal_start_s,
            vocal_end_s=vocal_end_s,
        )

        sonic_vox_request.additional_properties = d
        return sonic_vox_request

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
