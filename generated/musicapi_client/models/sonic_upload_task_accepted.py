from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sonic_upload_steps import SonicUploadSteps


T = TypeVar("T", bound="SonicUploadTaskAccepted")


@_attrs_define
class SonicUploadTaskAccepted:
    """An accepted task of several steps; `steps` reports each (`steps.upload.clip_id`), `failed_step` the failed one.

    Example:
        {'code': 200, 'message': 'success', 'task_id': '29906f02-2366-4218-b25a-41458e1d60e0', 'steps': {'upload':
            {'success': True, 'clip_id': '7d1a3a8e-5f0c-4c2e-9d6b-0e7f2b1c9a44'}}}

    Attributes:
        code (int | Unset): Usually 200.
        message (str | Unset): Usually "success".
        task_id (str | Unset): The task to poll with `sonic_get_task`.
        steps (SonicUploadSteps | Unset): One object per step (upload, then extend, cover or sample), kept as sent.
        failed_step (str | Unset): The step that failed (upload, extend, cover, sample), when one did.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    task_id: str | Unset = UNSET
    steps: SonicUploadSteps | Unset = UNSET
    failed_step: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        task_id = self.task_id

        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        failed_step = self.failed_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if steps is not UNSET:
            field_dict["steps"] = steps
        if failed_step is not UNSET:
            field_dict["failed_step"] = failed_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sonic_upload_steps import SonicUploadSteps  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        task_id = d.pop("task_id", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: SonicUploadSteps | Unset
        if isinstance(_steps, Unset):
            steps = UNSET
        else:
            steps = SonicUploadSteps.from_dict(_steps)

        failed_step = d.pop("failed_step", UNSET)

        sonic_upload_task_accepted = cls(
            code=code,
            message=message,
            task_id=task_id,
            steps=steps,
            failed_step=failed_step,
        )

        sonic_upload_task_accepted.additional_properties = d
        return sonic_upload_task_accepted

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
