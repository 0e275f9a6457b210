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

from ..models.producer_model import ProducerModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProducerCreateMusic")


@_attrs_define
class ProducerCreateMusic:
    """Create a song from a style (`sound`) and/or `lyrics` (10 credits). `make_instrumental` and the
    strength/weirdness settings are accepted but ignored by Lyria 3 Pro.

        Example:
            {'task_type': 'create_music', 'sound': 'pop', 'title': 'Starry Night', 'lyrics': '[Verse 1]\\nStars they shine
                above me'}

        Attributes:
            task_type (Literal['create_music']): The operation (documented as required; the server also defaults to it).
                Default: 'create_music'.
            sound (str | Unset): Free-form style, mood and instruments ("instrumental, no vocals" for an instrumental).
            lyrics (str | Unset): Lyrics in plain text with section markers such as `[Verse]` and `[Chorus]`.
            title (str | Unset): Song title; at most 80 characters.
            mv (ProducerModel | str | Unset): The model (optional; any value is aliased to Lyria 3 Pro).
            seed (int | str | Unset): A numeric seed for repeatable results (documented as a string; integers are accepted).
            make_instrumental (bool | Unset): Accepted but ignored by Lyria 3 Pro (put "instrumental, no vocals" in
                `sound`).
            lyrics_strength (float | Unset): Accepted but silently ignored since producer runs Lyria 3 Pro.
            sound_strength (float | Unset): Accepted but silently ignored since producer runs Lyria 3 Pro.
            weirdness (float | Unset): Accepted but silently ignored since producer runs Lyria 3 Pro.
            webhook_url (str | Unset): Where the server POSTs the finished task (HTTPS, at most 1024 characters; see the
                webhooks). Plain
                http:// is allowed here only for loopback addresses, which the local sandbox delivers to.
            webhook_secret (str | Unset): The secret that signs webhook deliveries (HMAC-SHA256); without it the server
                signs with a default
                secret of its own.
    """

    task_type: Literal["create_music"] = "create_music"
    sound: str | Unset = UNSET
    lyrics: str | Unset = UNSET
    title: str | Unset = UNSET
    mv: ProducerModel | str | Unset = UNSET
    seed: int | str | Unset = UNSET
    make_instrumental: bool | Unset = UNSET
    lyrics_strength: float | Unset = UNSET
    sound_strength: float | Unset = UNSET
    weirdness: float | Unset = UNSET
    webhook_url: str | Unset = UNSET
    webhook_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        sound = self.sound

        lyrics = self.lyrics

        title = self.title

        mv: str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        elif isinstance(self.mv, ProducerModel):
            mv = self.mv.value
        else:
            mv = self.mv

        seed: int | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        make_instrumental = self.make_instrumental

        lyrics_strength = self.lyrics_strength

        sound_strength = self.sound_strength

        weirdness = self.weirdness

        webhook_url = self.webhook_url

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
            }
        )
        if sound is not UNSET:
            field_dict["sound"] = sound
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if mv is not UNSET:
            field_dict["mv"] = mv
        if seed is not UNSET:
            field_dict["seed"] = seed
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if lyrics_strength is not UNSET:
            field_dict["lyrics_strength"] = lyrics_strength
        if sound_strength is not UNSET:
            field_dict["sound_strength"] = sound_strength
        if weirdness is not UNSET:
            field_dict["weirdness"] = weirdness
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_type = cast(Literal["create_music"], d.pop("task_type"))
        if task_type != "create_music":
            raise ValueError(f"task_type must match const 'create_music', got '{task_type}'")

        sound = d.pop("sound", UNSET)

        lyrics = d.pop("lyrics", UNSET)

        title = d.pop("title", UNSET)

        def _parse_mv(data: object) -> ProducerModel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_producer_mv_type_0 = ProducerModel(data)

                return componentsschemas_producer_mv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProducerModel | str | Unset, data)

        mv = _parse_mv(d.pop("mv", UNSET))

        def _parse_seed(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        make_instrumental = d.pop("make_instrumental", UNSET)

        lyrics_strength = d.pop("lyrics_strength", UNSET)

        sound_strength = d.pop("sound_strength", UNSET)

        weirdness = d.pop("weirdness", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_secret = d.pop("webhook_secret", UNSET)

        producer_create_music = cls(
            task_type=task_type,
            sound=sound,
            lyrics=lyrics,
            title=title,
            mv=mv,
            seed=seed,
            make_instrumental=make_instrumental,
            lyrics_strength=lyrics_strength,
            sound_strength=sound_strength,
            weirdness=weirdness,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
        )

        producer_create_music.additional_properties = d
        return producer_create_music

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
