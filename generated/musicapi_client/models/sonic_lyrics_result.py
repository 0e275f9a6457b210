from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sonic_lyrics_candidate import SonicLyricsCandidate


T = TypeVar("T", bound="SonicLyricsResult")


@_attrs_define
class SonicLyricsResult:
    """Lyrics written at once (the docs show two candidates).

    Example:
        {'code': 200, 'message': 'success', 'results': [{'title': 'First Snow', 'lyrics': '[Verse]\\nThe first snow
            falls on sleeping streets'}, {'title': 'White Morning', 'lyrics': '[Verse]\\nA white morning, quiet and new'}]}

    Attributes:
        code (int | Unset): Usually 200.
        results (list[SonicLyricsCandidate] | Unset): Each candidate's title and lyrics.
        message (str | Unset): Usually "success".
    """

    code: int | Unset = UNSET
    results: list[SonicLyricsCandidate] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if results is not UNSET:
            field_dict["results"] = results
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sonic_lyrics_candidate import SonicLyricsCandidate  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _results = d.pop("results", UNSET)
        results: list[SonicLyricsCandidate] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = SonicLyricsCandidate.from_dict(results_item_data)

                results.append(results_item)

        message = d.pop("message", UNSET)

        sonic_lyrics_result = cls(
            code=code,
            results=results,
            message=message,
        )

        sonic_lyrics_result.additional_properties = d
        return sonic_lyrics_result

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
