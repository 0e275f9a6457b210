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

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskNotReady")


@_attrs_define
class TaskNotReady:
    """The task is still processing; poll again later.

    Example:
        {'type': 'not_ready', 'error': 'Task is still processing. Please wait a few seconds and try again.', 'code':
            202}

    Attributes:
        type_ (Literal['not_ready']): Always "not_ready".
        error (str | Unset): A human-readable explanation.
        message (str | Unset): A human-readable explanation.
        code (int | Unset): 202 when present.
    """

    type_: Literal["not_ready"]
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error = self.error

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["not_ready"], d.pop("type"))
        if type_ != "not_ready":
            raise ValueError(f"type must match const 'not_ready', got '{type_}'")

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        task_not_ready = cls(
            type_=type_,
            error=error,
            message=message,
            code=code,
        )

        task_not_ready.additional_properties = d
        return task_not_ready

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
