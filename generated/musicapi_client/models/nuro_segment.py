from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="NuroSegment")


class NuroSegment:
    """One section of v2.0 background music.

    Attributes:
        name (str | Unset): The section's name.
        duration (int | Unset): Its length in seconds.
    """

    __slots__ = ("name", "duration", "additional_properties", "__weakref__")
    __match_args__ = (
        "name",
        "duration",
    )

    name: str | Unset
    duration: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str | Unset = UNSET,
        duration: int | Unset = UNSET,
    ) -> None:
        self.name = name
        self.duration = duration
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NuroSegment) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.name,
            self.duration,
            self.additional_properties,
        ) == (
            other.name,
            other.duration,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, duration={self.duration!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        duration = d.pop("duration", UNSET)

        nuro_segment = cls(
            name=name,
            duration=duration,
        )

        nuro_segment.additional_properties = d
        return nuro_segment

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
