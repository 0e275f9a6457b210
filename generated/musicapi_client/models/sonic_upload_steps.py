from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sonic_upload_step import SonicUploadStep


T = TypeVar("T", bound="SonicUploadSteps")


@_attrs_define
class SonicUploadSteps:
    """One object per step (upload, then extend, cover or sample), kept as sent.

    Attributes:
        upload (SonicUploadStep | Unset): How a step went; the upload step names the clip it made (a paid one,
            reusable).
    """

    upload: SonicUploadStep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload, Unset):
            upload = self.upload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload is not UNSET:
            field_dict["upload"] = upload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sonic_upload_step import SonicUploadStep  # noqa: PLC0415

        d = dict(src_dict)
        _upload = d.pop("upload", UNSET)
        upload: SonicUploadStep | Unset
        if isinstance(_upload, Unset):
            upload = UNSET
        else:
            upload = SonicUploadStep.from_dict(_upload)

        sonic_upload_steps = cls(
            upload=upload,
        )

        sonic_upload_steps.additional_properties = d
        return sonic_upload_steps

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
