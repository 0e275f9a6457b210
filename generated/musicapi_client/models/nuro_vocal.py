from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nuro_vocal_gender import NuroVocalGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="NuroVocal")


@_attrs_define
class NuroVocal:
    """A song sung from your lyrics (30–240 s).

    Attributes:
        type_ (Literal['vocal']): A vocal song. Default: 'vocal'.
        lyrics (str): The lyrics; at most 2000 characters.
        gender (NuroVocalGender | Unset): The voice (Female or Male).
        genre (str | Unset): A genre from the docs' fixed list.
        mood (str | Unset): A mood from the docs' fixed list.
        timbre (str | Unset): A timbre from the docs' fixed list.
        duration (int | Unset): Length in seconds, 30 to 240.
    """

    lyrics: str
    type_: Literal["vocal"] = "vocal"
    gender: NuroVocalGender | Unset = UNSET
    genre: str | Unset = UNSET
    mood: str | Unset = UNSET
    timbre: str | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        lyrics = self.lyrics

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        genre = self.genre

        mood = self.mood

        timbre = self.timbre

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "lyrics": lyrics,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if genre is not UNSET:
            field_dict["genre"] = genre
        if mood is not UNSET:
            field_dict["mood"] = mood
        if timbre is not UNSET:
            field_dict["timbre"] = timbre
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["vocal"], d.pop("type"))
        if type_ != "vocal":
            raise ValueError(f"type must match const 'vocal', got '{type_}'")

        lyrics = d.pop("lyrics")

        _gender = d.pop("gender", UNSET)
        gender: NuroVocalGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = NuroVocalGender(_gender)

        genre = d.pop("genre", UNSET)

        mood = d.pop("mood", UNSET)

        timbre = d.pop("timbre", UNSET)

        duration = d.pop("duration", UNSET)

        nuro_vocal = cls(
            type_=type_,
            lyrics=lyrics,
            gender=gender,
            genre=genre,
            mood=mood,
            timbre=timbre,
            duration=duration,
        )

        nuro_vocal.additional_properties = d
        return nuro_vocal

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
