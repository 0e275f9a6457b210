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

T = TypeVar("T", bound="ProducerReplaceMusic")


@_attrs_define
class ProducerReplaceMusic:
    """Regenerate the section between `starts_at` and `ends_at` of a clip, keeping the rest (12 credits,
    refunded if it fails).

        Example:
            {'task_type': 'replace_music', 'clip_id': 'abc123xyz789', 'starts_at': 30, 'ends_at': 45, 'instruction': 'A
                heavy distorted guitar riff.'}

        Attributes:
            task_type (Literal['replace_music']): The operation. Default: 'replace_music'.
            clip_id (str): The source clip, from an earlier producer task or from `producer_upload`.
            starts_at (float | Unset): A time in the source clip, in seconds.
            ends_at (float | Unset): The end of the section, in seconds; it must be after `starts_at`.
            instruction (str | Unset): Musical direction for the new material, in plain words.
            title (str | Unset): Song title; at most 80 characters.
            starts (float | Unset): Older name of `starts_at`, still accepted.
            ends (float | Unset): Older name of `ends_at`, still accepted.
            webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
                webhooks). Plain
                http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
            webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
                signs with a default
                secret of its own.
    """

    clip_id: str
    task_type: Literal["replace_music"] = "replace_music"
    starts_at: float | Unset = UNSET
    ends_at: float | Unset = UNSET
    instruction: str | Unset = UNSET
    title: str | Unset = UNSET
    starts: float | Unset = UNSET
    ends: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        clip_id = self.clip_id

        starts_at = self.starts_at

        ends_at = self.ends_at

        instruction = self.instruction

        title = self.title

        starts = self.starts

        ends = self.ends

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
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if title is not UNSET:
            field_dict["title"] = title
        if starts is not UNSET:
            field_dict["starts"] = starts
        if ends is not UNSET:
            field_dict["ends"] = ends
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["replace_music"], d.pop("task_type"))
        if task_type != "replace_music":
            raise ValueError(f"task_type must match const 'replace_music', got '{task_type}'")

        clip_id = d.pop("clip_id")

        starts_at = d.pop("starts_at", UNSET)

        ends_at = d.pop("ends_at", UNSET)

        instruction = d.pop("instruction", UNSET)

        title = d.pop("title", UNSET)

        starts = d.pop("starts", UNSET)

        ends = d.pop("ends", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        producer_replace_music = cls(
            task_type=task_type,
            clip_id=clip_id,
            starts_at=starts_at,
            ends_at=ends_at,
            instruction=instruction,
            title=title,
            starts=starts,
            ends=ends,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        producer_replace_music.additional_properties = d
        return producer_replace_music

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
