from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.producer_task_status import ProducerTaskStatus
from ..models.producer_task_type import ProducerTaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.producer_clip import ProducerClip


T = TypeVar("T", bound="ProducerTask")


@_attrs_define
class ProducerTask:
    """A producer task: `status` says where it is; `data` holds its clips (a song, the uploaded audio, a
    downloaded file, lyrics or a video, depending on `task_type`). Older servers leave `status` out and
    report each clip's `state`.

        Example:
            {'code': 200, 'status': 'SUCCESS', 'message': 'success', 'data': [{'clip_id':
                'ac78601b-bd05-48dd-b5c6-89195561de36', 'title': 'Back to You', 'audio_url': 'https://musicapi-
                cdn.b-cdn.net/producer/ac78601b-bd05-48dd-b5c6-89195561de36.m4a', 'wav_url': 'https://musicapi-
                cdn.b-cdn.net/producer/ac78601b-bd05-48dd-b5c6-89195561de36-wav.wav', 'seed': '2450882164', 'duration':
                '181.3014058956916'}]}

        Attributes:
            code (int | Unset): 200 when the answer is a task (202 while running, on some servers).
            task_id (str | Unset): The task's id, when the server includes it. Webhook deliveries carry it (the guide
                deduplicates
                deliveries by task id), so a receiver can tell which task finished.
            status (ProducerTaskStatus | str | Unset): PENDING, RUNNING, SUCCESS, FAILED, or a value not yet documented.
            task_type (ProducerTaskType | str | Unset): The kind of task (create_music, make_lyrics, video_clip, upload,
                download, ...).
            message (str | Unset): A human-readable status; for a FAILED task it says whether the credits were refunded.
            data (list[ProducerClip] | Unset): The task's clips (how many is not documented; usually one song).
    """

    code: int | Unset = UNSET
    task_id: str | Unset = UNSET
    status: ProducerTaskStatus | str | Unset = UNSET
    task_type: ProducerTaskType | str | Unset = UNSET
    message: str | Unset = UNSET
    data: list[ProducerClip] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        task_id = self.task_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProducerTaskStatus):
            status = self.status.value
        else:
            status = self.status

        task_type: str | Unset
        if isinstance(self.task_type, Unset):
            task_type = UNSET
        elif isinstance(self.task_type, ProducerTaskType):
            task_type = self.task_type.value
        else:
            task_type = self.task_type

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
        if status is not UNSET:
            field_dict["status"] = status
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.producer_clip import ProducerClip  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        task_id = d.pop("task_id", UNSET)

        def _parse_status(data: object) -> ProducerTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProducerTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProducerTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_task_type(data: object) -> ProducerTaskType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_type_type_0 = ProducerTaskType(data)

                return task_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProducerTaskType | str | Unset, data)

        task_type = _parse_task_type(d.pop("task_type", UNSET))

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ProducerClip] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ProducerClip.from_dict(data_item_data)

                data.append(data_item)

        producer_task = cls(
            code=code,
            task_id=task_id,
            status=status,
            task_type=task_type,
            message=message,
            data=data,
        )

        producer_task.additional_properties = d
        return producer_task

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
