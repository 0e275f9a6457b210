from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicMidiFile")


class SonicMidiFile:
    """The file and what it holds.

    Attributes:
        midi_url (None | str | Unset): The MIDI file's URL.
        instruments (list[Any] | Unset): The instruments transcribed (their shape is not documented; kept as sent).
    """

    __slots__ = ("midi_url", "instruments", "additional_properties", "__weakref__")
    __match_args__ = (
        "midi_url",
        "instruments",
    )

    midi_url: None | str | Unset
    instruments: list[Any] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        midi_url: None | str | Unset = UNSET,
        instruments: list[Any] | Unset = UNSET,
    ) -> None:
        self.midi_url = midi_url
        self.instruments = instruments
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicMidiFile) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.midi_url,
            self.instruments,
            self.additional_properties,
        ) == (
            other.midi_url,
            other.instruments,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(midi_url={self.midi_url!r}, instruments={self.instruments!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        midi_url: None | str | Unset
        if isinstance(self.midi_url, Unset):
            midi_url = UNSET
        else:
            midi_url = self.midi_url

        instruments: list[Any] | Unset = UNSET
        if not isinstance(self.instruments, Unset):
            instruments = self.instruments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if midi_url is not UNSET:
            field_dict["midi_url"] = midi_url
        if instruments is not UNSET:
            field_dict["instruments"] = instruments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        midi_url = cast("None | str | Unset", d.pop("midi_url", UNSET))

        instruments = cast(list[Any], d.pop("instruments", UNSET))

        sonic_midi_file = cls(
            midi_url=midi_url,
            instruments=instruments,
        )

        sonic_midi_file.additional_properties = d
        return sonic_midi_file

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
