from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SonicPersonaLegacyRequest")


@_attrs_define
class SonicPersonaLegacyRequest:
    """A persona from a clip (the legacy body, in the docs and used live).

    Example:
        {'name': 'test persona', 'description': 'Pop, rap, rhythmic male bass', 'continue_clip_id':
            'a2632456-62b0-405c-9de8-2ba509cf24fe'}

    Attributes:
        name (str): The persona's name; fewer than 80 characters.
        description (str): What the persona sounds like; fewer than 200 characters.
        continue_clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
    """

    name: str
    description: str
    continue_clip_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        continue_clip_id = self.continue_clip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "continue_clip_id": continue_clip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        continue_clip_id = d.pop("continue_clip_id")

        sonic_persona_legacy_request = cls(
            name=name,
            description=description,
            continue_clip_id=continue_clip_id,
        )

        sonic_persona_legacy_request.additional_properties = d
        return sonic_persona_legacy_request

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
