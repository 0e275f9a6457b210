from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SunoLyricsTask")


class SunoLyricsTask:
    """The lyrics task.

    Attributes:
        task_id (str | Unset): Read it with `suno_get_lyrics`.
    """

    __slots__ = ("task_id", "additional_properties", "__weakref__")
    __match_args__ = ("task_id",)

    task_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_id: str | Unset = UNSET,
    ) -> None:
        self.task_id = task_id
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SunoLyricsTask) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.task_id,
            self.additional_properties,
        ) == (
            other.task_id,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(task_id={self.task_id!r}, additional_properties={self.additional_properties!r})"

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        suno_lyrics_task = cls(
            task_id=task_id,
        )

        suno_lyrics_task.additional_properties = d
        return suno_lyrics_task

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
