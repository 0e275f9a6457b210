from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicPersonaAccepted")


@_attrs_define
class SonicPersonaAccepted:
    """The new persona.

    Example:
        {'code': 200, 'persona_id': '3a5cd4a9-2f5c-4f3b-9b39-d2b1f0c7f6a1', 'message': 'success'}

    Attributes:
        code (int | Unset): Usually 200.
        persona_id (str | Unset): Use as `persona_id` with `persona_music`.
        message (str | Unset): Usually "success".
    """

    code: int | Unset = UNSET
    persona_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
