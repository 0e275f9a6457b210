from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicPersonaAccepted")


class SonicPersonaAccepted:
    """The new persona.

    Example:
        {'code': 200, 'persona_id': '3a5cd4a9-2f5c-4f3b-9b39-d2b1f0c7f6a1', 'message': 'success'}

    Attributes:
        code (int | Unset): Usually 200.
        persona_id (str | Unset): Use as `persona_id` with `persona_music`.
        message (str | Unset): Usually "success".
    """

    __slots__ = ("code", "persona_id", "message", "additional_properties", "__weakref__")
    __match_args__ = (
        "code",
        "persona_id",
        "message",
    )

    code: int | Unset
    persona_id: str | Unset
    message: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        code: int | Unset = UNSET,
        persona_id: str | Unset = UNSET,
        message: str | Unset = UNSET,
    ) -> None:
        self.code = code
        self.persona_id = persona_id
        self.message = message
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicPersonaAccepted) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.code,
            self.persona_id,
            self.message,
            self.additional_properties,
        ) == (
            other.code,
            other.persona_id,
            other.message,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(code={self.code!r}, persona_id={self.persona_id!r}, message={self.message!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        persona_id = self.persona_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        persona_id = d.pop("persona_id", UNSET)

        message = d.pop("message", UNSET)

        sonic_persona_accepted = cls(
            code=code,
            persona_id=persona_id,
            message=message,
        )

        sonic_persona_accepted.additional_properties = d
        return sonic_persona_accepted

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
