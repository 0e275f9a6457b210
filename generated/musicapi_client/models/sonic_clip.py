from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.clip_state import ClipState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicClip")


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

    __slots__ = (
        "clip_id",
        "state",
        "title",
        "tags",
        "negative_tags",
        "lyrics",
        "gpt_description_prompt",
        "audio_url",
        "image_url",
        "video_url",
        "stems",
        "created_at",
        "mv",
        "duration",
        "style_weight",
        "weirdness_constraint",
        "persona_id",
        "error_message",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "clip_id",
        "state",
        "title",
        "tags",
        "negative_tags",
        "lyrics",
        "gpt_description_prompt",
        "audio_url",
        "image_url",
        "video_url",
        "stems",
        "created_at",
        "mv",
        "duration",
        "style_weight",
        "weirdness_constraint",
        "persona_id",
        "error_message",
    )

    clip_id: None | str | Unset
    state: ClipState | None | str | Unset
    title: None | str | Unset
    tags: None | str | Unset
    negative_tags: None | str | Unset
    lyrics: None | str | Unset
    gpt_description_prompt: None | str | Unset
    audio_url: None | str | Unset
    image_url: None | str | Unset
    video_url: None | str | Unset
    stems: Any | Unset
    created_at: None | str | Unset
    mv: None | str | Unset
    duration: float | None | str | Unset
    style_weight: float | None | Unset
    weirdness_constraint: float | None | Unset
    persona_id: None | str | Unset
    error_message: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        clip_id: None | str | Unset = UNSET,
        state: ClipState | None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        tags: None | str | Unset = UNSET,
        negative_tags: None | str | Unset = UNSET,
        lyrics: None | str | Unset = UNSET,
        gpt_description_prompt: None | str | Unset = UNSET,
        audio_url: None | str | Unset = UNSET,
        image_url: None | str | Unset = UNSET,
        video_url: None | str | Unset = UNSET,
        stems: Any | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        mv: None | str | Unset = UNSET,
        duration: float | None | str | Unset = UNSET,
        style_weight: float | None | Unset = UNSET,
        weirdness_constraint: float | None | Unset = UNSET,
        persona_id: None | str | Unset = UNSET,
        error_message: None | str | Unset = UNSET,
    ) -> None:
        self.clip_id = clip_id
        self.state = state
        self.title = title
        self.tags = tags
        self.negative_tags = negative_tags
        self.lyrics = lyrics
        self.gpt_description_prompt = gpt_description_prompt
        self.audio_url = audio_url
        self.image_url = image_url
        self.video_url = video_url
        self.stems = stems
        self.created_at = created_at
        self.mv = mv
        self.duration = duration
        self.style_weight = style_weight
        self.weirdness_constraint = weirdness_constraint
        self.persona_id = persona_id
        self.error_message = error_message
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SonicClip) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.clip_id,
            self.state,
            self.title,
            self.tags,
            self.negative_tags,
            self.lyrics,
            self.gpt_description_prompt,
            self.audio_url,
            self.image_url,
            self.video_url,
            self.stems,
            self.created_at,
            self.mv,
            self.duration,
            self.style_weight,
            self.weirdness_constraint,
            self.persona_id,
            self.error_message,
            self.additional_properties,
        ) == (
            other.clip_id,
            other.state,
            other.title,
            other.tags,
            other.negative_tags,
            other.lyrics,
            other.gpt_description_prompt,
            other.audio_url,
            other.image_url,
            other.video_url,
            other.stems,
            other.created_at,
            other.mv,
            other.duration,
            other.style_weight,
            other.weirdness_constraint,
            other.persona_id,
            other.error_message,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(clip_id={self.clip_id!r}, state={self.state!r}, title={self.title!r}, tags={self.tags!r}, negative_tags={self.negative_tags!r}, lyrics={self.lyrics!r}, gpt_description_prompt={self.gpt_description_prompt!r}, audio_url={self.audio_url!r}, image_url={self.image_url!r}, video_url={self.video_url!r}, stems={self.stems!r}, created_at={self.created_at!r}, mv={self.mv!r}, duration={self.duration!r}, style_weight={self.style_weight!r}, weirdness_constraint={self.weirdness_constraint!r}, persona_id={self.persona_id!r}, error_message={self.error_message!r}, additional_properties={self.additional_properties!r})"

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
        clip_id = cast("None | str | Unset", d.pop("clip_id", UNSET))

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

        title = cast("None | str | Unset", d.pop("title", UNSET))

        tags = cast("None | str | Unset", d.pop("tags", UNSET))

        negative_tags = cast("None | str | Unset", d.pop("negative_tags", UNSET))

        lyrics = cast("None | str | Unset", d.pop("lyrics", UNSET))

        gpt_description_prompt = cast("None | str | Unset", d.pop("gpt_description_prompt", UNSET))

        audio_url = cast("None | str | Unset", d.pop("audio_url", UNSET))

        image_url = cast("None | str | Unset", d.pop("image_url", UNSET))

        video_url = cast("None | str | Unset", d.pop("video_url", UNSET))

        stems = d.pop("stems", UNSET)

        created_at = cast("None | str | Unset", d.pop("created_at", UNSET))

        mv = cast("None | str | Unset", d.pop("mv", UNSET))

        duration = cast("float | None | str | Unset", d.pop("duration", UNSET))

        style_weight = cast("float | None | Unset", d.pop("style_weight", UNSET))

        weirdness_constraint = cast("float | None | Unset", d.pop("weirdness_constraint", UNSET))

        persona_id = cast("None | str | Unset", d.pop("persona_id", UNSET))

        error_message = cast("None | str | Unset", d.pop("error_message", UNSET))

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
