from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nuro_bgm_v2_segments_item import NuroBgmV2SegmentsItem


T = TypeVar("T", bound="NuroBgmV2")


class NuroBgmV2:
    """Background music (v2.0, 30–120 s, or in segments).

    Attributes:
        type_ (Literal['bgm']): Background music. Default: 'bgm'.
        version (Literal['v2.0']): The v2.0 body. Default: 'v2.0'.
        description (str): What the music should be.
        duration (int | Unset): Length in seconds, 30 to 120.
        segments (list[NuroBgmV2SegmentsItem] | Unset): The music's sections, each a name and a length in seconds.
    """

    __slots__ = ("description", "type_", "version", "duration", "segments", "additional_properties", "__weakref__")
    __match_args__ = (
        "description",
        "type_",
        "version",
        "duration",
        "segments",
    )

    description: str
    type_: Literal["bgm"]
    version: Literal["v2.0"]
    duration: int | Unset
    segments: list[NuroBgmV2SegmentsItem] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        description: str,
        type_: Literal["bgm"] = "bgm",
        version: Literal["v2.0"] = "v2.0",
        duration: int | Unset = UNSET,
        segments: list[NuroBgmV2SegmentsItem] | Unset = UNSET,
    ) -> None:
        self.description = description
        self.type_ = type_
        self.version = version
        self.duration = duration
        self.segments = segments
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NuroBgmV2) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.description,
            self.type_,
            self.version,
            self.duration,
            self.segments,
            self.additional_properties,
        ) == (
            other.description,
            other.type_,
            other.version,
            other.duration,
            other.segments,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(description={self.description!r}, type_={self.type_!r}, version={self.version!r}, duration={self.duration!r}, segments={self.segments!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        version = self.version

        description = self.description

        duration = self.duration

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "version": version,
                "description": description,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nuro_bgm_v2_segments_item import NuroBgmV2SegmentsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["bgm"], d.pop("type"))
        if type_ != "bgm":
            raise ValueError(f"type must match const 'bgm', got '{type_}'")

        version = cast(Literal["v2.0"], d.pop("version"))
        if version != "v2.0":
            raise ValueError(f"version must match const 'v2.0', got '{version}'")

        description = d.pop("description")

        duration = d.pop("duration", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[NuroBgmV2SegmentsItem] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = NuroBgmV2SegmentsItem.from_dict(segments_item_data)

                segments.append(segments_item)

        nuro_bgm_v2 = cls(
            type_=type_,
            version=version,
            description=description,
            duration=duration,
            segments=segments,
        )

        nuro_bgm_v2.additional_properties = d
        return nuro_bgm_v2

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
