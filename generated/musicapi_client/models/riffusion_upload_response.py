from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionUploadResponse")


class RiffusionUploadResponse:
    """The imported clip.

    Example:
        {'code': 200, 'clip_id': 'abc123-def456', 'message': 'success'}

    Attributes:
        clip_id (str): Use as `continue_clip_id` with the `*_upload_*` operations.
        code (int | Unset): Usually 200.
        message (str | Unset): Usually "success".
    """

    __slots__ = ("clip_id", "code", "message", "additional_properties", "__weakref__")
    __match_args__ = (
        "clip_id",
        "code",
        "message",
    )

    clip_id: str
    code: int | Unset
    message: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        clip_id: str,
        code: int | Unset = UNSET,
        message: str | Unset = UNSET,
    ) -> None:
        self.clip_id = clip_id
        self.code = code
        self.message = message
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RiffusionUploadResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.clip_id,
            self.code,
            self.message,
            self.additional_properties,
        ) == (
            other.clip_id,
            other.code,
            other.message,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(clip_id={self.clip_id!r}, code={self.code!r}, message={self.message!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clip_id": clip_id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        riffusion_upload_response = cls(
            clip_id=clip_id,
            code=code,
            message=message,
        )

        riffusion_upload_response.additional_properties = d
        return riffusion_upload_response

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
