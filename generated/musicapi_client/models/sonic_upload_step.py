from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicUploadStep")


@_attrs_define
class SonicUploadStep:
    """How a step went; the upload step names the clip it made (a paid one, reusable).

    Attributes:
        success (bool | Unset): Whether the step succeeded.
        clip_id (str | Unset): The clip the upload step made (usable with the operations on uploaded clips).
        task_id (str | Unset): A task of this step, when it names one.
        error (str | Unset): Why the step failed.
    """

    success: bool | Unset = UNSET
    clip_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        clip_id = self.clip_id

        task_id = self.task_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if clip_id is not UNSET:
            field_dict["clip_id"] = clip_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        clip_id = d.pop("clip_id", UNSET)

        task_id = d.pop("task_id", UNSET)

        error = d.pop("error", UNSET)

        sonic_upload_step = cls(
            success=success,
            clip_id=clip_id,
            task_id=task_id,
            error=error,
        )

        sonic_upload_step.additional_properties = d
        return sonic_upload_step

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
