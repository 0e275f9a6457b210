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

from ..models.sonic_model import SonicModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicAddInstrumental")


@_attrs_define
class SonicAddInstrumental:
    """Put an instrumental under an uploaded vocal clip (optionally only between the overpainting times).

    Attributes:
        task_type (Literal['add_instrumental']): The operation. Default: 'add_instrumental'.
        continue_clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        mv (SonicModel | str): The model (sonic-v6 ... sonic-v3-5, or a name not yet documented).
        tags (str | Unset): Styles, comma-separated (not an array); at most 1000 characters (200 for sonic-v3-5 and
            sonic-v4).
        negative_tags (str | Unset): Styles to avoid, comma-separated; at most 1000 characters.
        title (str | Unset): Song title; at most 80 characters (the server may rewrite it).
        overpainting_start_s (float | Unset): A time in the source clip, in seconds.
        overpainting_end_s (float | Unset): A time in the source clip, in seconds.
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    continue_clip_id: str
    mv: SonicModel | str
    task_type: Literal["add_instrumental"] = "add_instrumental"
    tags: str | Unset = UNSET
    negative_tags: str | Unset = UNSET
    title: str | Unset = UNSET
    overpainting_start_s: float | Unset = UNSET
    overpainting_end_s: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        continue_clip_id = self.continue_clip_id

        mv: str
        if isinstance(self.mv, SonicModel):
            mv = self.mv.value
        else:
            mv = self.mv

        tags = self.tags

        negative_tags = self.negative_tags

        title = self.title

        overpainting_start_s = self.overpainting_start_s

        overpainting_end_s = self.overpainting_end_s

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if title is not UNSET:
            field_dict["title"] = title
        if overpainting_start_s is not UNSET:
            field_dict["overpainting_start_s"] = overpainting_start_s
        if overpainting_end_s is not UNSET:
            field_dict["overpainting_end_s"] = overpainting_end_s
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["add_instrumental"], d.pop("task_type"))
        if task_type != "add_instrumental":
            raise ValueError(f"task_type must match const 'add_instrumental', got '{task_type}'")

        continue_clip_id = d.pop("continue_clip_id")

        def _parse_mv(data: object) -> SonicModel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sonic_mv_type_0 = SonicModel(data)

                return componentsschemas_sonic_mv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SonicModel | str, data)

        mv = _parse_mv(d.pop("mv"))

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        title = d.pop("title", UNSET)

        overpainting_start_s = d.pop("overpainting_start_s", UNSET)

        overpainting_end_s = d.pop("overpainting_end_s", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_add_instrumental = cls(
            task_type=task_type,
            continue_clip_id=continue_clip_id,
            mv=mv,
            tags=tags,
            negative_tags=negative_tags,
            title=title,
            overpainting_start_s=overpainting_start_s,
            overpainting_end_s=overpainting_end_s,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_add_instrumental.additional_properties = d
        return sonic_add_instrumental

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
