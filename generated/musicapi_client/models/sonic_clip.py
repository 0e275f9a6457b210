from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_state import ClipState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicClip")


@_attrs_define
class SonicClip:
    """One result of a sonic task. Every field is optional and nullable; unknown fields are kept.

    Attributes:
        clip_id (None | str | Unset): The clip's id (for extend, cover, concat, stems, wav, persona ...).
        state (ClipState | None | str | Unset): The clip's state (pending, running, streaming, succeeded, failed, or a
            value not yet documented).
        title (None | str | Unset): The title (the server may rewrite it).
        tags (None | str | Unset): The styles used.
        negative_tags (None | str | Unset): The styles avoided.
        lyrics (None | str | Unset): The lyrics (instrumentals carry a bracket marker such as "[Instrumental]", not "").
        gpt_description_prompt (None | str | Unset): The description the clip was made from.
        audio_url (None | str | Unset): The audio ("" or null while running; a streaming URL is not the file; final
            audio on cdn1.suno.ai).
        image_url (None | str | Unset): The cover image.
        video_url (None | str | Unset): A video (null in every live report).
        stems (Any | Unset): A stems task's files (not in the sources; an object of stem name -> URL here).
        created_at (None | str | Unset): Creation time (ISO with milliseconds), kept as text.
        mv (None | str | Unset): The model that made it (may differ from the request: a v6 remap, a chirp-* name).
        duration (float | None | str | Unset): Length in seconds, as a number, a decimal string ("192.6") or null (docs
            say integer).
        style_weight (float | None | Unset): Echoed when sent.
        weirdness_constraint (float | None | Unset): Echoed when sent.
        persona_id (None | str | Unset): The persona a voice task made (where the server puts it is not documented).
        error_message (None | str | Unset): Why the clip failed (read by clients on failed clips; not documented).
    """

    clip_id: None | str | Unset = UNSET
    state: ClipState | None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    negative_tags: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    gpt_description_prompt: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    stems: Any | Unset = UNSET
    created_at: None | str | Unset = UNSET
    mv: None | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    style_weight: float | None | Unset = UNSET
    weirdness_constraint: float | None | Unset = UNSET
    persona_id: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip_id: None | str | Unset
        if isinstance(self.clip_id, Unset):
            clip_id = UNSET
        else:
            clip_id = self.clip_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ClipState):
            state = self.state.value
        else:
            state = self.state

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        negative_tags: None | str | Unset
        if isinstance(self.negative_tags, Unset):
            negative_tags = UNSET
        else:
            negative_tags = self.negative_tags

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        gpt_description_prompt: None | str | Unset
        if isinstance(self.gpt_description_prompt, Unset):
            gpt_description_prompt = UNSET
        else:
            gpt_description_prompt = self.gpt_description_prompt

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        stems = self.stems

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        mv: None | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        style_weight: float | None | Unset
        if isinstance(self.style_weight, Unset):
            style_weight = UNSET
        else:
            style_weight = self.style_weight

        weirdness_constraint: float | None | Unset
        if isinstance(self.weirdness_constraint, Unset):
            weirdness_constraint = UNSET
        else:
            weirdness_constraint = self.weirdness_constraint

        persona_id: None | str | Unset
        if isinstance(self.persona_id, Unset):
            persona_id = UNSET
        else:
            persona_id = self.persona_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clip_id is not UNSET:
            field_dict["clip_id"] = clip_id
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if stems is not UNSET:
            field_dict["stems"] = stems
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if mv is not UNSET:
            field_dict["mv"] = mv
        if duration is not UNSET:
            field_dict["duration"] = duration
        if style_weight is not UNSET:
            field_dict["style_weight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdness_constraint"] = weirdness_constraint
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_clip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clip_id = _parse_clip_id(d.pop("clip_id", UNSET))

        def _parse_state(data: object) -> ClipState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = ClipState(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClipState | None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_negative_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_tags = _parse_negative_tags(d.pop("negative_tags", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

        def _parse_gpt_description_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpt_description_prompt = _parse_gpt_description_prompt(d.pop("gpt_description_prompt", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        stems = d.pop("stems", UNSET)

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_mv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mv = _parse_mv(d.pop("mv", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_style_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        style_weight = _parse_style_weight(d.pop("style_weight", UNSET))

        def _parse_weirdness_constraint(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weirdness_constraint = _parse_weirdness_constraint(d.pop("weirdness_constraint", UNSET))

        def _parse_persona_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        persona_id = _parse_persona_id(d.pop("persona_id", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        sonic_clip = cls(
            clip_id=clip_id,
            state=state,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            lyrics=lyrics,
            gpt_description_prompt=gpt_description_prompt,
            audio_url=audio_url,
            image_url=image_url,
            video_url=video_url,
            stems=stems,
            created_at=created_at,
            mv=mv,
            duration=duration,
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            persona_id=persona_id,
            error_message=error_message,
        )

        sonic_clip.additional_properties = d
        return sonic_clip

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
