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

T = TypeVar("T", bound="ProducerCoverUploadMusic")


@_attrs_define
class ProducerCoverUploadMusic:
    """Re-record an uploaded clip in another style (as for cover; 10 credits assumed).

    Example:
        {'task_type': 'cover_upload_music', 'clip_id': '0b1c2d3e-0000-4000-8000-000000000001', 'instruction': 'Lo-fi hip
            hop.'}

    Attributes:
        task_type (Literal['cover_upload_music']): The operation. Default: 'cover_upload_music'.
        clip_id (str): The source clip, from an earlier producer task or from `producer_upload`.
        instruction (str | Unset): Musical direction for the new material, in plain words.
        strength (float | Unset): How far a cover moves away from the source (0 to 1; the server's default is 0.5).
        title (str | Unset): Song title; at most 80 characters.
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    clip_id: str
    task_type: Literal["cover_upload_music"] = "cover_upload_music"
    instruction: str | Unset = UNSET
    strength: float | Unset = UNSET
    title: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        clip_id = self.clip_id

        instruction = self.instruction

        strength = self.strength

        title = self.title

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "clip_id": clip_id,
            }
        )
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if strength is not UNSET:
            field_dict["strength"] = strength
        if title is not UNSET:
            field_dict["title"] = title
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["cover_upload_music"], d.pop("task_type"))
        if task_type != "cover_upload_music":
            raise ValueError(f"task_type must match const 'cover_upload_music', got '{task_type}'")

        clip_id = d.pop("clip_id")

        instruction = d.pop("instruction", UNSET)

        strength = d.pop("strength", UNSET)

        title = d.pop("title", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        producer_cover_upload_music = cls(
            task_type=task_type,
            clip_id=clip_id,
            instruction=instruction,
            strength=strength,
            title=title,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        producer_cover_upload_music.additional_properties = d
        return producer_cover_upload_music

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
