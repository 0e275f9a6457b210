from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicUploadAccepted")


@_attrs_define
class SonicUploadAccepted:
    """The imported clip (`clip_id`), or with a callback_url the task that imports it (`task_id`).

    Example:
        {'code': 200, 'clip_id': '7d1a3a8e-5f0c-4c2e-9d6b-0e7f2b1c9a44', 'message': 'success'}

    Attributes:
        code (int | Unset): Usually 200.
        clip_id (str | Unset): Use as `continue_clip_id` with the operations on uploaded clips.
        task_id (str | Unset): The upload task, when a callback_url was given; poll it with `sonic_get_task`.
        message (str | Unset): Usually "success".
    """

    code: int | Unset = UNSET
    clip_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        clip_id = self.clip_id

        task_id = self.task_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if clip_id is not UNSET:
            field_dict["clip_id"] = clip_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        clip_id = d.pop("clip_id", UNSET)

        task_id = d.pop("task_id", UNSET)

        message = d.pop("message", UNSET)

        sonic_upload_accepted = cls(
            code=code,
            clip_id=clip_id,
            task_id=task_id,
            message=message,
        )

        sonic_upload_accepted.additional_properties = d
        return sonic_upload_accepted

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
