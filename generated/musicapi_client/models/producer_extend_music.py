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

T = TypeVar("T", bound="ProducerExtendMusic")


@_attrs_define
class ProducerExtendMusic:
    """Continue a clip from `starts_at` for `length` seconds (12 credits, refunded if it fails).

    Example:
        {'task_type': 'extend_music', 'clip_id': 'abc123xyz789', 'starts_at': 45, 'length': 30, 'instruction': 'Add
            soaring violin strings.'}

    Attributes:
        task_type (Literal['extend_music']): The operation. Default: 'extend_music'.
        clip_id (str): The source clip, from an earlier producer task or from `producer_upload`.
        starts_at (float | Unset): A time in the source clip, in seconds.
        length (int | Unset): Seconds of new audio (1 to 240; the server's default is 60).
        instruction (str | Unset): Musical direction for the new material, in plain words.
        sound (str | Unset): Free-form style, mood and instruments ("instrumental, no vocals" for an instrumental).
        lyrics (str | Unset): Lyrics in plain text with section markers such as `[Verse]` and `[Chorus]`.
        title (str | Unset): Song title; at most 80 characters.
        starts (float | Unset): Older name of `starts_at`, still accepted.
        lyrics_text (str | Unset): Older name of `lyrics`, still accepted.
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    clip_id: str
    task_type: Literal["extend_music"] = "extend_music"
    starts_at: float | Unset = UNSET
    length: int | Unset = UNSET
    instruction: str | Unset = UNSET
    sound: str | Unset = UNSET
    lyrics: str | Unset = UNSET
    title: str | Unset = UNSET
    starts: float | Unset = UNSET
    lyrics_text: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        clip_id = self.clip_id

        starts_at = self.starts_at

        length = self.length

        instruction = self.instruction

        sound = self.sound

        lyrics = self.lyrics

        title = self.title

        starts = self.starts

        lyrics_text = self.lyrics_text

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
        if length is not UNSET:
            field_dict["length"] = length
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if sound is not UNSET:
            field_dict["sound"] = sound
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if starts is not UNSET:
            field_dict["starts"] = starts
        if lyrics_text is not UNSET:
            field_dict["lyrics_text"] = lyrics_text
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["extend_music"], d.pop("task_type"))
        if task_type != "extend_music":
            raise ValueError(f"task_type must match const 'extend_music', got '{task_type}'")

        clip_id = d.pop("clip_id")

        starts_at = d.pop("starts_at", UNSET)

        length = d.pop("length", UNSET)

        instruction = d.pop("instruction", UNSET)

        sound = d.pop("sound", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        title = d.pop("title", UNSET)

        starts = d.pop("starts", UNSET)

        lyrics_text = d.pop("lyrics_text", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        producer_extend_music = cls(
            task_type=task_type,
            clip_id=clip_id,
            starts_at=starts_at,
            length=length,
            instruction=instruction,
            sound=sound,
            lyrics=lyrics,
            title=title,
            starts=starts,
            lyrics_text=lyrics_text,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        producer_extend_music.additional_properties = d
        return producer_extend_music

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
