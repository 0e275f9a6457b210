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
from ..models.vocal_gender import VocalGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicAddVocals")


@_attrs_define
class SonicAddVocals:
    """Sing your lyrics (`prompt`) over an uploaded instrumental clip.

    Attributes:
        task_type (Literal['add_vocals']): The operation. Default: 'add_vocals'.
        continue_clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        mv (SonicModel | str): The model (sonic-v6 ... sonic-v3-5, or a name not yet documented).
        prompt (str): In custom mode the lyrics (section tags such as `[Verse]`), or with `auto_lyrics` a short brief;
            at most
            5000 characters (3000 for sonic-v3-5 and sonic-v4).
        tags (str | Unset): Styles, comma-separated (not an array); at most 1000 characters (200 for sonic-v3-5 and
            sonic-v4).
        negative_tags (str | Unset): Styles to avoid, comma-separated; at most 1000 characters.
        title (str | Unset): Song title; at most 80 characters (the server may rewrite it).
        vocal_gender (VocalGender | Unset): The singer's voice, `f` or `m` (sonic-v4-5 and newer).
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
    prompt: str
    task_type: Literal["add_vocals"] = "add_vocals"
    tags: str | Unset = UNSET
    negative_tags: str | Unset = UNSET
    title: str | Unset = UNSET
    vocal_gender: VocalGender | Unset = UNSET
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

        prompt = self.prompt

        tags = self.tags

        negative_tags = self.negative_tags

        title = self.title

        vocal_gender: str | Unset = UNSET
        if not isinstance(self.vocal_gender, Unset):
            vocal_gender = self.vocal_gender.value

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
                "prompt": prompt,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if title is not UNSET:
            field_dict["title"] = title
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
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
        task_type = cast(Literal["add_vocals"], d.pop("task_type"))
        if task_type != "add_vocals":
            raise ValueError(f"task_type must match const 'add_vocals', got '{task_type}'")

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

        prompt = d.pop("prompt")

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        title = d.pop("title", UNSET)

        _vocal_gender = d.pop("vocal_gender", UNSET)
        vocal_gender: VocalGender | Unset
        if isinstance(_vocal_gender, Unset):
            vocal_gender = UNSET
        else:
            vocal_gender = VocalGender(_vocal_gender)

        overpainting_start_s = d.pop("overpainting_start_s", UNSET)

        overpainting_end_s = d.pop("overpainting_end_s", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_add_vocals = cls(
            task_type=task_type,
            continue_clip_id=continue_clip_id,
            mv=mv,
            prompt=prompt,
            tags=tags,
            negative_tags=negative_tags,
            title=title,
            vocal_gender=vocal_gender,
            overpainting_start_s=overpainting_start_s,
            overpainting_end_s=overpainting_end_s,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_add_vocals.additional_properties = d
        return sonic_add_vocals

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
