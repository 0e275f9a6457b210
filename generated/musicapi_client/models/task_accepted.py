from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAccepted")


@_attrs_define
class TaskAccepted:
    """The accepted task; some servers add `code`.

    Example:
        {'message': 'success', 'task_id': '6d7253ac-916e-49a8-b288-91ffa7f8a8cd'}

    Attributes:
        task_id (str): The task to poll (the operation's `links` name the task endpoint).
        message (str | Unset): Usually "success".
        code (int | Unset): Usually 200 when present.
    """

    task_id: str
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        task_accepted = cls(
            task_id=task_id,
            message=message,
            code=code,
        )

        task_accepted.additional_properties = d
        return task_accepted

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
