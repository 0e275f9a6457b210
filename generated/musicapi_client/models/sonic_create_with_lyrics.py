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

T = TypeVar("T", bound="SonicCreateWithLyrics")


@_attrs_define
class SonicCreateWithLyrics:
    """Create two songs from your lyrics (custom mode: `prompt` holds them), or with `auto_lyrics` from a short
    brief in `prompt`; `tags` for the style, `make_instrumental` for no vocals.

        Example:
            {'custom_mode': True, 'mv': 'sonic-v5', 'prompt': '[Verse]\\nThe harbor lights are burning low', 'title':
                'Harbor Lights', 'tags': 'calm piano ballad'}

        Attributes:
            custom_mode (Literal[True]): True in custom (lyrics) mode. Default: True.
            mv (SonicModel | str): The model (sonic-v6 ... sonic-v3-5, or a name not yet documented).
            prompt (str): In custom mode the lyrics (section tags such as `[Verse]`), or with `auto_lyrics` a short brief;
                at most
                5000 characters (3000 for sonic-v3-5 and sonic-v4).
            task_type (Literal['create_music'] | Unset): Plain creation; may be left out.
            auto_lyrics (bool | Unset): Write the lyrics from the brief in `prompt`.
            lyrics (str | Unset): The vendor SDK's name for `prompt` in custom mode (sent as given; `prompt` wins when both
                are).
            title (str | Unset): Song title; at most 80 characters (the server may rewrite it).
            tags (str | Unset): Styles, comma-separated (not an array); at most 1000 characters (200 for sonic-v3-5 and
                sonic-v4).
            negative_tags (str | Unset): Styles to avoid, comma-separated; at most 1000 characters.
            make_instrumental (bool | Unset): Generate an instrumental without vocals.
            vocal_gender (VocalGender | Unset): The singer's voice, `f` or `m` (sonic-v4-5 and newer).
            style_weight (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
            weirdness_constraint (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
            audio_weight (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
            duration (int | Unset): Target length in seconds, 10 to 360 (added in 2026; the result lands close to it).
            use_suno_cdn (bool | Unset): Serve the files from Suno's CDN (the docs disagree whether it is required; live, it
                changed nothing).
            webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
                webhooks). Plain
                http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
            webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
                signs with a default
                secret of its own.
    """

    mv: SonicModel | str
    prompt: str
    custom_mode: Literal[True] = True
    task_type: Literal["create_music"] | Unset = UNSET
    auto_lyrics: bool | Unset = UNSET
    lyrics: str | Unset = UNSET
    title: str | Unset = UNSET
    tags: str | Unset = UNSET
    negative_tags: str | Unset = UNSET
    make_instrumental: bool | Unset = UNSET
    vocal_gender: VocalGender | Unset = UNSET
    style_weight: float | Unset = UNSET
    weirdness_constraint: float | Unset = UNSET
    audio_weight: float | Unset = UNSET
    duration: int | Unset = UNSET
    use_suno_cdn: bool | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_mode = self.custom_mode

        mv: str
        if isinstance(self.mv, SonicModel):
            mv = self.mv.value
        else:
            mv = self.mv

        prompt = self.prompt

        task_type = self.task_type

        auto_lyrics = self.auto_lyrics

        lyrics = self.lyrics

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        make_instrumental = self.make_instrumental

        vocal_gender: str | Unset = UNSET
        if not isinstance(self.vocal_gender, Unset):
            vocal_gender = self.vocal_gender.value

        style_weight = self.style_weight

        weirdness_constraint = self.weirdness_constraint

        audio_weight = self.audio_weight

        duration = self.duration

        use_suno_cdn = self.use_suno_cdn

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_mode": custom_mode,
                "mv": mv,
                "prompt": prompt,
            }
        )
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if auto_lyrics is not UNSET:
            field_dict["auto_lyrics"] = auto_lyrics
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
        if style_weight is not UNSET:
            field_dict["style_weight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdness_constraint"] = weirdness_constraint
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight
        if duration is not UNSET:
            field_dict["duration"] = duration
        if use_suno_cdn is not UNSET:
            field_dict["use_suno_cdn"] = use_suno_cdn
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_mode = cast(Literal[True], d.pop("custom_mode"))
        if custom_mode != True:
            raise ValueError(f"custom_mode must match const True, got '{custom_mode}'")

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

        task_type = cast(Literal["create_music"] | Unset, d.pop("task_type", UNSET))
        if task_type != "create_music" and not isinstance(task_type, Unset):
            raise ValueError(f"task_type must match const 'create_music', got '{task_type}'")

        auto_lyrics = d.pop("auto_lyrics", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        _vocal_gender = d.pop("vocal_gender", UNSET)
        vocal_gender: VocalGender | Unset
        if isinstance(_vocal_gender, Unset):
            vocal_gender = UNSET
        else:
            vocal_gender = VocalGender(_vocal_gender)

        style_weight = d.pop("style_weight", UNSET)

        weirdness_constraint = d.pop("weirdness_constraint", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        duration = d.pop("duration", UNSET)

        use_suno_cdn = d.pop("use_suno_cdn", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        sonic_create_with_lyrics = cls(
            custom_mode=custom_mode,
            mv=mv,
            prompt=prompt,
            task_type=task_type,
            auto_lyrics=auto_lyrics,
            lyrics=lyrics,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            make_instrumental=make_instrumental,
            vocal_gender=vocal_gender,
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            audio_weight=audio_weight,
            duration=duration,
            use_suno_cdn=use_suno_cdn,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        sonic_create_with_lyrics.additional_properties = d
        return sonic_create_with_lyrics

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
