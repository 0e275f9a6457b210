from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sonic_model import SonicModel
from ..models.vocal_gender import VocalGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicReplaceSectionRequest")


@_attrs_define
class SonicReplaceSectionRequest:
    """A section of a clip to regenerate, between `infill_start_s` and `infill_end_s`.

    Attributes:
        clip_id (str): A sonic clip (from a task's clips, or from `sonic_upload`).
        mv (SonicModel | str): The model (sonic-v6 ... sonic-v3-5, or a name not yet documented).
        infill_start_s (float): A time in the source clip, in seconds.
        infill_end_s (float): A time in the source clip, in seconds.
        infill_lyrics (str | Unset): The new section's lyrics; at most 3000 characters.
        prompt (str | Unset): In custom mode the lyrics (section tags such as `[Verse]`), or with `auto_lyrics` a short
            brief; at most
            5000 characters (3000 for sonic-v3-5 and sonic-v4).
        title (str | Unset): Song title; at most 80 characters (the server may rewrite it).
        tags (str | Unset): Styles, comma-separated (not an array); at most 1000 characters (200 for sonic-v3-5 and
            sonic-v4).
        negative_tags (str | Unset): Styles to avoid, comma-separated; at most 1000 characters.
        style_weight (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        weirdness_constraint (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        vocal_gender (VocalGender | Unset): The singer's voice, `f` or `m` (sonic-v4-5 and newer).
        auto_concat (bool | Unset): Also return the full song with the new section in it.
        webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
            webhooks). Plain
            http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
        webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
            signs with a default
            secret of its own.
    """

    clip_id: str
    mv: SonicModel | str
    infill_start_s: float
    infill_end_s: float
    infill_lyrics: str | Unset = UNSET
    prompt: str | Unset = UNSET
    title: str | Unset = UNSET
    tags: str | Unset = UNSET
    negative_tags: str | Unset = UNSET
    style_weight: float | Unset = UNSET
    weirdness_constraint: float | Unset = UNSET
    vocal_gender: VocalGender | Unset = UNSET
    auto_concat: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        mv: str
        if isinstance(self.mv, SonicModel):
            mv = self.mv.value
        else:
            mv = self.mv

        infill_start_s = self.infill_start_s

        infill_end_s = self.infill_end_s

        infill_lyrics = self.infill_lyrics

        prompt = self.prompt

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        style_weight = self.style_weight

        weirdness_constraint = self.weirdness_constraint

        vocal_gender: str | Unset = UNSET
        if not isinstance(self.vocal_gender, Unset):
            vocal_gender = self.vocal_gender.value

        auto_concat = self.auto_concat

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clip_id": clip_id,
                "mv": mv,
                "infill_start_s": infill_start_s,
                "infill_end_s": infill_end_s,
            }
        )
        if infill_lyrics is not UNSET:
            field_dict["infill_lyrics"] = infill_lyrics
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if style_weight is not UNSET:
            field_dict["style_weight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdness_constraint"] = weirdness_constraint
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
        if auto_concat is not UNSET:
            field_dict["auto_concat"] = auto_concat
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

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

        infill_start_s = d.pop("infill_start_s")

        infill_end_s = d.pop("infill_end_s")

        infill_lyrics = d.pop("infill_lyrics", UNSET)

        prompt = d.pop("prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        style_weight = d.pop("style_weight", UNSET)

        weirdness_constraint = d.pop("weirdness_constraint", UNSET)

        _vocal_gender = d.pop("vocal_gender", UNSET)
        vocal_gender: VocalGender | Unset
        if isinstance(_vocal_gender, Unset):
            vocal_gender = UNSET
        else:
            vocal_gender = VocalGender(_vocal_gender)

        auto_concat = d.pop("auto_concat", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_replace_section_request = cls(
            clip_id=clip_id,
            mv=mv,
            infill_start_s=infill_start_s,
            infill_end_s=infill_end_s,
            infill_lyrics=infill_lyrics,
            prompt=prompt,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            vocal_gender=vocal_gender,
            auto_concat=auto_concat,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_replace_section_request.additional_properties = d
        return sonic_replace_section_request

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
