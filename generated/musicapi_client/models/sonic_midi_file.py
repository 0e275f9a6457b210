from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicMidiFile")


@_attrs_define
class SonicMidiFile:
    """The file and what it holds.

    Attributes:
        midi_url (None | str | Unset): The MIDI file's URL.
        instruments (list[Any] | Unset): The instruments transcribed (their shape is not documented; kept as sent).
    """

    midi_url: None | str | Unset = UNSET
    instruments: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        def _parse_midi_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        midi_url = _parse_midi_url(d.pop("midi_url", UNSET))

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
