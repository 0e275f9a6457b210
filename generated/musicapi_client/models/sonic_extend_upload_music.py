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

T = TypeVar("T", bound="SonicExtendUploadMusic")


@_attrs_define
class SonicExtendUploadMusic:
    """Continue an uploaded clip from `continue_at` seconds (the docs suggest 0.1).

    Attributes:
        task_type (Literal['extend_upload_music']): The operation. Default: 'extend_upload_music'.
        continue_clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        continue_at (float): Where the extension starts, in seconds. Sent as given: an integer stays an integer on the
            wire (vendor
            examples use both; the docs suggest 0.1 for an uploaded clip).
        custom_mode (bool): True when `prompt` holds lyrics (custom mode), false for a description in
            `gpt_description_prompt`.
        mv (SonicModel | str): The model (sonic-v6 ... sonic-v3-5, or a name not yet documented).
        prompt (str | Unset): In custom mode the lyrics (section tags such as `[Verse]`), or with `auto_lyrics` a short
            brief; at most
            5000 characters (3000 for sonic-v3-5 and sonic-v4).
        gpt_description_prompt (str | Unset): What the song should be (description mode); at most 400 characters (an old
            error text says 200).
        title (str | Unset): Song title; at most 80 characters (the server may rewrite it).
        tags (str | Unset): Styles, comma-separated (not an array); at most 1000 characters (200 for sonic-v3-5 and
            sonic-v4).
        negative_tags (str | Unset): Styles to avoid, comma-separated; at most 1000 characters.
        audio_weight (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    continue_clip_id: str
    continue_at: float
    custom_mode: bool
    mv: SonicModel | str
    task_type: Literal["extend_upload_music"] = "extend_upload_music"
    prompt: str | Unset = UNSET
    gpt_description_prompt: str | Unset = UNSET
    title: str | Unset = UNSET
    tags: str | Unset = UNSET
    negative_tags: str | Unset = UNSET
    audio_weight: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        continue_clip_id = self.continue_clip_id

        continue_at = self.continue_at

        custom_mode = self.custom_mode

        mv: str
        if isinstance(self.mv, SonicModel):
            mv = self.mv.value
        else:
            mv = self.mv

        prompt = self.prompt

        gpt_description_prompt = self.gpt_description_prompt

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        audio_weight = self.audio_weight

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "continue_clip_id": continue_clip_id,
                "continue_at": continue_at,
                "custom_mode": custom_mode,
                "mv": mv,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["extend_upload_music"], d.pop("task_type"))
        if task_type != "extend_upload_music":
            raise ValueError(f"task_type must match const 'extend_upload_music', got '{task_type}'")

        continue_clip_id = d.pop("continue_clip_id")

        continue_at = d.pop("continue_at")

        custom_mode = d.pop("custom_mode")

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

        prompt = d.pop("prompt", UNSET)

        gpt_description_prompt = d.pop("gpt_description_prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_extend_upload_music = cls(
            task_type=task_type,
            continue_clip_id=continue_clip_id,
            continue_at=continue_at,
            custom_mode=custom_mode,
            mv=mv,
            prompt=prompt,
            gpt_description_prompt=gpt_description_prompt,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            audio_weight=audio_weight,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_extend_upload_music.additional_properties = d
        return sonic_extend_upload_music

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
