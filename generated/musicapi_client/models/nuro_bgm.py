from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nuro_bgm_version import NuroBgmVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nuro_segment import NuroSegment


T = TypeVar("T", bound="NuroBgm")


@_attrs_define
class NuroBgm:
    """Background music (v1, 1–60 s; or with `version` v2.0, 30–120 s or in segments).

    Attributes:
        type_ (Literal['bgm']): Background music. Default: 'bgm'.
        description (str): What the music should be.
        version (NuroBgmVersion | Unset): v2.0 for the newer body (left out, v1).
        genre (list[str] | Unset): Up to five values from the docs' fixed lists.
        mood (list[str] | Unset): Up to five values from the docs' fixed lists.
        instrument (list[str] | Unset): Up to five values from the docs' fixed lists.
        theme (list[str] | Unset): Up to five values from the docs' fixed lists.
        duration (int | Unset): Length in seconds (v1 1 to 60, v2.0 30 to 120).
        segments (list[NuroSegment] | Unset): The music's sections, each a name and a length in seconds (v2.0).
    """

    description: str
    type_: Literal["bgm"] = "bgm"
    version: NuroBgmVersion | Unset = UNSET
    genre: list[str] | Unset = UNSET
    mood: list[str] | Unset = UNSET
    instrument: list[str] | Unset = UNSET
    theme: list[str] | Unset = UNSET
    duration: int | Unset = UNSET
    segments: list[NuroSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        genre: list[str] | Unset = UNSET
        if not isinstance(self.genre, Unset):
            genre = self.genre

        mood: list[str] | Unset = UNSET
        if not isinstance(self.mood, Unset):
            mood = self.mood

        instrument: list[str] | Unset = UNSET
        if not isinstance(self.instrument, Unset):
            instrument = self.instrument

        theme: list[str] | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme

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
                "description": description,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if genre is not UNSET:
            field_dict["genre"] = genre
        if mood is not UNSET:
            field_dict["mood"] = mood
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if theme is not UNSET:
            field_dict["theme"] = theme
        if duration is not UNSET:
            field_dict["duration"] = duration
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nuro_segment import NuroSegment  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["bgm"], d.pop("type"))
        if type_ != "bgm":
            raise ValueError(f"type must match const 'bgm', got '{type_}'")

        description = d.pop("description")

        _version = d.pop("version", UNSET)
        version: NuroBgmVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = NuroBgmVersion(_version)

        genre = cast(list[str], d.pop("genre", UNSET))

        mood = cast(list[str], d.pop("mood", UNSET))

        instrument = cast(list[str], d.pop("instrument", UNSET))

        theme = cast(list[str], d.pop("theme", UNSET))

        duration = d.pop("duration", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[NuroSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = NuroSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        nuro_bgm = cls(
            type_=type_,
            description=description,
            version=version,
            genre=genre,
            mood=mood,
            instrument=instrument,
            theme=theme,
            duration=duration,
            segments=segments,
        )

        nuro_bgm.additional_properties = d
        return nuro_bgm

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
