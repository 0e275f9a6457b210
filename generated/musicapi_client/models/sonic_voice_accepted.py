from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicVoiceAccepted")


@_attrs_define
class SonicVoiceAccepted:
    """The accepted voice task (the answer may add a `warning`).

    Example:
        {'message': 'success', 'task_id': '5b2d0c1e-8f44-4a61-9c0e-3d2b7a6f5e10'}

    Attributes:
        message (str | Unset): Usually "success".
        task_id (str | Unset): The task to poll with `sonic_get_task`.
        warning (str | Unset): An advisory (how long the voice is kept, for one).
    """

    message: str | Unset = UNSET
    task_id: str | Unset = UNSET
    warning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        task_id = self.task_id

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        task_id = d.pop("task_id", UNSET)

        warning = d.pop("warning", UNSET)

        sonic_voice_accepted = cls(
            message=message,
            task_id=task_id,
            warning=warning,
        )

        sonic_voice_accepted.additional_properties = d
        return sonic_voice_accepted

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
