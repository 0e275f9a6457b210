from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SonicTagsRequest")


class SonicTagsRequest:
    """Short style tags to expand.

    Attributes:
        tags (str): The tags, comma-separated.
    """

    __slots__ = ("tags", "additional_properties", "__weakref__")
    __match_args__ = ("tags",)

    tags: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tags: str,
    ) -> None:
        self.tags = tags
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicTagsRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.tags,
            self.additional_properties,
        ) == (
            other.tags,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(tags={self.tags!r}, additional_properties={self.additional_properties!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = d.pop("tags")

        sonic_tags_request = cls(
            tags=tags,
        )

        sonic_tags_request.additional_properties = d
        return sonic_tags_request

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
