from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_failure_type import TaskFailureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskFailure")


@_attrs_define
class TaskFailure:
    """The task failed (credits are refunded). `type` is an open set.

    Example:
        {'type': 'failed', 'error': 'Generation failed, credits refunded.'}

    Attributes:
        type_ (str | TaskFailureType): Why the task failed (failed, timeout, forbidden, api_error, or a value not yet
            documented).
        error (str | Unset): A human-readable reason.
        message (str | Unset): A human-readable reason (some handlers use this key).
        code (int | Unset): A status code, when present.
    """

    type_: str | TaskFailureType
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, TaskFailureType):
            type_ = self.type_.value
        else:
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

        def _parse_type_(data: object) -> str | TaskFailureType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TaskFailureType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskFailureType, data)

        type_ = _parse_type_(d.pop("type"))

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        task_failure = cls(
            type_=type_,
            error=error,
            message=message,
            code=code,
        )

        task_failure.additional_properties = d
        return task_failure

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
