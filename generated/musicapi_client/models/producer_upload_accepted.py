from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProducerUploadAccepted")


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

    __slots__ = ("task_id", "clip_id", "message", "code", "additional_properties", "__weakref__")
    __match_args__ = (
        "task_id",
        "clip_id",
        "message",
        "code",
    )

    task_id: str | Unset
    clip_id: str | Unset
    message: str | Unset
    code: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_id: str | Unset = UNSET,
        clip_id: str | Unset = UNSET,
        message: str | Unset = UNSET,
        code: int | Unset = UNSET,
    ) -> None:
        self.task_id = task_id
        self.clip_id = clip_id
        self.message = message
        self.code = code
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProducerUploadAccepted) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.task_id,
            self.clip_id,
            self.message,
            self.code,
            self.additional_properties,
        ) == (
            other.task_id,
            other.clip_id,
            other.message,
            other.code,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(task_id={self.task_id!r}, clip_id={self.clip_id!r}, message={self.message!r}, code={self.code!r}, additional_properties={self.additional_properties!r})"

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
