from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_state import ClipState
from ..models.riffusion_model import RiffusionModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionClip")


@_attrs_define
class RiffusionClip:
    """One generated song. Every field is optional because the server omits or nulls them.

    Attributes:
        clip_id (None | str | Unset): The clip's id (use as `continue_clip_id`).
        title (None | str | Unset): The title (the server may rewrite it).
        lyrics (None | str | Unset): The lyrics ("[Instrumental]" for instrumentals).
        sound (None | str | Unset): The sound description used.
        image_url (None | str | Unset): Cover image URL.
        audio_url (None | str | Unset): Audio URL; while running it may be a temporary streaming URL or empty.
        video_url (None | str | Unset): Video URL (documented as null).
        created_at (None | str | Unset): Creation time; the format is not documented, so it is kept as text.
        mv (None | RiffusionModel | str | Unset): The model that made the clip (may differ from the one requested).
        duration (float | None | str | Unset): Length in seconds, as a number or a decimal string; null while unknown.
        vocal_variation (float | None | Unset): The vocal variation used (swap vocals).
        timestamp (Any | Unset): Timing details, an object whose contents are undocumented (any JSON value is kept).
        state (ClipState | None | str | Unset): The clip's state (pending, running, succeeded, or a value not yet
            documented).
    """

    clip_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    sound: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    mv: None | RiffusionModel | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    vocal_variation: float | None | Unset = UNSET
    timestamp: Any | Unset = UNSET
    state: ClipState | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip_id: None | str | Unset
        if isinstance(self.clip_id, Unset):
            clip_id = UNSET
        else:
            clip_id = self.clip_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        sound: None | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        else:
            sound = self.sound

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        mv: None | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        elif isinstance(self.mv, RiffusionModel):
            mv = self.mv.value
        else:
            mv = self.mv

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        vocal_variation: float | None | Unset
        if isinstance(self.vocal_variation, Unset):
            vocal_variation = UNSET
        else:
            vocal_variation = self.vocal_variation

        timestamp = self.timestamp

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ClipState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clip_id is not UNSET:
            field_dict["clip_id"] = clip_id
        if title is not UNSET:
            field_dict["title"] = title
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if sound is not UNSET:
            field_dict["sound"] = sound
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if mv is not UNSET:
            field_dict["mv"] = mv
        if duration is not UNSET:
            field_dict["duration"] = duration
        if vocal_variation is not UNSET:
            field_dict["vocal_variation"] = vocal_variation
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if state is not UNSET:
            field_dict["state"] = state

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

        def _parse_sound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_mv(data: object) -> None | RiffusionModel | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mv_type_0 = RiffusionModel(data)

                return mv_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiffusionModel | str | Unset, data)

        mv = _parse_mv(d.pop("mv", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_vocal_variation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vocal_variation = _parse_vocal_variation(d.pop("vocal_variation", UNSET))

        timestamp = d.pop("timestamp", UNSET)

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

        riffusion_clip = cls(
            clip_id=clip_id,
            title=title,
            lyrics=lyrics,
            sound=sound,
            image_url=image_url,
            audio_url=audio_url,
            video_url=video_url,
            created_at=created_at,
            mv=mv,
            duration=duration,
            vocal_variation=vocal_variation,
            timestamp=timestamp,
            state=state,
        )

        riffusion_clip.additional_properties = d
        return riffusion_clip

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
