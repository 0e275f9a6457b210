from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProducerUploadAccepted")


@_attrs_define
class ProducerUploadAccepted:
    """The accepted upload; a task to poll (`task_id`), or in some sources the clip itself (`clip_id`).

    Example:
        {'message': 'success', 'task_id': '29906f02-2366-4218-b25a-41458e1d60e0'}

    Attributes:
        task_id (str | Unset): The upload task; poll it with `producer_get_task`.
        clip_id (str | Unset): The uploaded clip, when the server answers with it directly.
        message (str | Unset): Usually "success".
        code (int | Unset): Usually 200 when present.
    """

    task_id: str | Unset = UNSET
    clip_id: str | Unset = UNSET
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        clip_id = self.clip_id

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if clip_id is not UNSET:
            field_dict["clip_id"] = clip_id
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        clip_id = d.pop("clip_id", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        producer_upload_accepted = cls(
            task_id=task_id,
            clip_id=clip_id,
            message=message,
            code=code,
        )

        producer_upload_accepted.additional_properties = d
        return producer_upload_accepted

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
