from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_create_request_config import StudioCreateRequestConfig


T = TypeVar("T", bound="StudioCreateRequest")


@_attrs_define
class StudioCreateRequest:
    """A studio (Udio-style) song; loosely typed from the vendor SDK (the endpoint is unavailable).

    Attributes:
        prompt (str): Style or description.
        lyrics (str | Unset): Lyrics; at most 1000 characters.
        lyrics_type (str | Unset): user, generate or instrumental.
        prompt_strength (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        clarity_strength (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        lyrics_strength (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        generation_quality (float | Unset): A weight from 0 to 1 (out of range is refused with a 400).
        model_type (str | Unset): studio130-v1.5 or studio32-v1.5 (other names kept).
        config (StudioCreateRequestConfig | Unset): At least `{"mode": "regular"}` (vendor SDK).
        seed (int | Unset): A seed.
        negative_prompt (str | Unset): What to avoid.
    """

    prompt: str
    lyrics: str | Unset = UNSET
    lyrics_type: str | Unset = UNSET
    prompt_strength: float | Unset = UNSET
    clarity_strength: float | Unset = UNSET
    lyrics_strength: float | Unset = UNSET
    generation_quality: float | Unset = UNSET
    model_type: str | Unset = UNSET
    config: StudioCreateRequestConfig | Unset = UNSET
    seed: int | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        lyrics = self.lyrics

        lyrics_type = self.lyrics_type

        prompt_strength = self.prompt_strength

        clarity_strength = self.clarity_strength

        lyrics_strength = self.lyrics_strength

        generation_quality = self.generation_quality

        model_type = self.model_type

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        seed = self.seed

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if lyrics_type is not UNSET:
            field_dict["lyrics_type"] = lyrics_type
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength
        if clarity_strength is not UNSET:
            field_dict["clarity_strength"] = clarity_strength
        if lyrics_strength is not UNSET:
            field_dict["lyrics_strength"] = lyrics_strength
        if generation_quality is not UNSET:
            field_dict["generation_quality"] = generation_quality
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if config is not UNSET:
            field_dict["config"] = config
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.studio_create_request_config import StudioCreateRequestConfig  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        lyrics = d.pop("lyrics", UNSET)

        lyrics_type = d.pop("lyrics_type", UNSET)

        prompt_strength = d.pop("prompt_strength", UNSET)

        clarity_strength = d.pop("clarity_strength", UNSET)

        lyrics_strength = d.pop("lyrics_strength", UNSET)

        generation_quality = d.pop("generation_quality", UNSET)

        model_type = d.pop("model_type", UNSET)

        _config = d.pop("config", UNSET)
        config: StudioCreateRequestConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = StudioCreateRequestConfig.from_dict(_config)

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        studio_create_request = cls(
            prompt=prompt,
            lyrics=lyrics,
            lyrics_type=lyrics_type,
            prompt_strength=prompt_strength,
            clarity_strength=clarity_strength,
            lyrics_strength=lyrics_strength,
            generation_quality=generation_quality,
            model_type=model_type,
            config=config,
            seed=seed,
            negative_prompt=negative_prompt,
        )

        studio_create_request.additional_properties = d
        return studio_create_request

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
