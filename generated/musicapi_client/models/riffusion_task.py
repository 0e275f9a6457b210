from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.riffusion_clip import RiffusionClip


T = TypeVar("T", bound="RiffusionTask")


@_attrs_define
class RiffusionTask:
    """The task envelope. `code` is 200 when done and 202 while running; a finished task has two clips.

    Example:
        {'code': 200, 'message': 'success', 'data': [{'clip_id': '3b497e86-c6cf-4598-b999-94a1bfa912f6', 'title':
            'Harbor', 'lyrics': "[Verse 1]\\nYou walk around like you've got it all figured out", 'state': 'succeeded',
            'mv': 'FUZZ-1.1 Pro', 'duration': 192.6, 'video_url': None}]}

    Attributes:
        code (int | Unset): 200 when done, 202 while running.
        data (list[RiffusionClip] | Unset): The task's clips (two when finished; one means "keep polling").
        message (str | Unset): A human-readable status.
    """

    code: int | Unset = UNSET
    data: list[RiffusionClip] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.riffusion_clip import RiffusionClip  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _data = d.pop("data", UNSET)
        data: list[RiffusionClip] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = RiffusionClip.from_dict(data_item_data)

                data.append(data_item)

        message = d.pop("message", UNSET)

        riffusion_task = cls(
            code=code,
            data=data,
            message=message,
        )

        riffusion_task.additional_properties = d
        return riffusion_task

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
