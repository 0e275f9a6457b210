from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sonic_clip import SonicClip


T = TypeVar("T", bound="SonicTask")


@_attrs_define
class SonicTask:
    """The task envelope: `code` 200 when done (202 while running, on some servers), `data` the clips (two for a
    create; one for stems and voice tasks). Any field may be missing, and `data` may be empty.

        Example:
            {'code': 200, 'message': 'success', 'data': [{'clip_id': '3b497e86-c6cf-4598-b999-94a1bfa912f6', 'state':
                'succeeded', 'title': 'Harbor Lights', 'audio_url':
                'https://cdn1.suno.ai/3b497e86-c6cf-4598-b999-94a1bfa912f6.mp3', 'image_url':
                'https://cdn2.suno.ai/image_3b497e86-c6cf-4598-b999-94a1bfa912f6.jpeg', 'mv': 'chirp-v5', 'duration': '192.6'}]}

        Attributes:
            code (int | Unset): 200 when done, 202 while running (when present).
            task_id (str | Unset): The task's id, when the server includes it (webhook deliveries carry it).
            message (str | Unset): A human-readable status.
            data (list[SonicClip] | Unset): The task's clips.
    """

    code: int | Unset = UNSET
    task_id: str | Unset = UNSET
    message: str | Unset = UNSET
    data: list[SonicClip] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        task_id = self.task_id

        message = self.message

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sonic_clip import SonicClip  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        task_id = d.pop("task_id", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: list[SonicClip] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SonicClip.from_dict(data_item_data)

                data.append(data_item)

        sonic_task = cls(
            code=code,
            task_id=task_id,
            message=message,
            data=data,
        )

        sonic_task.additional_properties = d
        return sonic_task

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
