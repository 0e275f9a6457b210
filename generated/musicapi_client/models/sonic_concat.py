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

from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicConcat")


@_attrs_define
class SonicConcat:
    """Join an extension to the clips before it, as one full song (needs only `continue_clip_id`).

    Attributes:
        task_type (Literal['concat_music']): The operation. Default: 'concat_music'.
        continue_clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    continue_clip_id: str
    task_type: Literal["concat_music"] = "concat_music"
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        continue_clip_id = self.continue_clip_id

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "continue_clip_id": continue_clip_id,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["concat_music"], d.pop("task_type"))
        if task_type != "concat_music":
            raise ValueError(f"task_type must match const 'concat_music', got '{task_type}'")

        continue_clip_id = d.pop("continue_clip_id")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_concat = cls(
            task_type=task_type,
            continue_clip_id=continue_clip_id,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_concat.additional_properties = d
        return sonic_concat

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
