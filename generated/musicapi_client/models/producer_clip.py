from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_state import ClipState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProducerClip")


@_attrs_define
class ProducerClip:
    """One result of a producer task. Every field is optional because the server omits or nulls them.

    Attributes:
        clip_id (None | str | Unset): The clip's id (use as `clip_id` in extend, replace, cover, download and video).
        title (None | str | Unset): The title (the server may rewrite it).
        sound (None | str | Unset): The style used.
        lyrics (None | str | Unset): The lyrics (of a song, or the result of a lyrics task).
        image_url (None | str | Unset): Cover image URL.
        audio_url (None | str | Unset): Audio URL (an .m4a on the vendor's CDN; the file of a download task).
        wav_url (None | str | Unset): WAV file URL, when the server offers one.
        video_url (None | str | Unset): Video URL (a video task's result; often null).
        created_at (None | str | Unset): Creation time; the format is not documented, so it is kept as text.
        mv (None | str | Unset): The model that made the clip (upstream names such as "chirp-v5" are seen too).
        seed (int | None | str | Unset): The seed, as a number or a string of digits.
        duration (float | None | str | Unset): Length in seconds, as a number or a decimal string; null while unknown.
        state (ClipState | None | str | Unset): The clip's state, lower case (pending, running, succeeded, ...), when
            the server sends one.
        progress (float | None | str | Unset): Progress such as "100%" (a string or a number), when present.
        lyrics_id (None | str | Unset): The lyrics' id, when present.
        lyrics_timing_markers (Any | Unset): Timing of the lyrics (contents undocumented; any JSON value is kept).
    """

    clip_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    sound: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    wav_url: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    mv: None | str | Unset = UNSET
    seed: int | None | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    state: ClipState | None | str | Unset = UNSET
    progress: float | None | str | Unset = UNSET
    lyrics_id: None | str | Unset = UNSET
    lyrics_timing_markers: Any | Unset = UNSET
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

        sound: None | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        else:
            sound = self.sound

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

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

        wav_url: None | str | Unset
        if isinstance(self.wav_url, Unset):
            wav_url = UNSET
        else:
            wav_url = self.wav_url

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
        else:
            mv = self.mv

        seed: int | None | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ClipState):
            state = self.state.value
        else:
            state = self.state

        progress: float | None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        lyrics_id: None | str | Unset
        if isinstance(self.lyrics_id, Unset):
            lyrics_id = UNSET
        else:
            lyrics_id = self.lyrics_id

        lyrics_timing_markers = self.lyrics_timing_markers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clip_id is not UNSET:
            field_dict["clip_id"] = clip_id
        if title is not UNSET:
            field_dict["title"] = title
        if sound is not UNSET:
            field_dict["sound"] = sound
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if wav_url is not UNSET:
            field_dict["wav_url"] = wav_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if mv is not UNSET:
            field_dict["mv"] = mv
        if seed is not UNSET:
            field_dict["seed"] = seed
        if duration is not UNSET:
            field_dict["duration"] = duration
        if state is not UNSET:
            field_dict["state"] = state
        if progress is not UNSET:
            field_dict["progress"] = progress
        if lyrics_id is not UNSET:
            field_dict["lyrics_id"] = lyrics_id
        if lyrics_timing_markers is not UNSET:
            field_dict["lyrics_timing_markers"] = lyrics_timing_markers

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

        def _parse_sound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

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

        def _parse_wav_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wav_url = _parse_wav_url(d.pop("wav_url", UNSET))

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

        def _parse_mv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mv = _parse_mv(d.pop("mv", UNSET))

        def _parse_seed(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

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

        def _parse_progress(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_lyrics_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics_id = _parse_lyrics_id(d.pop("lyrics_id", UNSET))

        lyrics_timing_markers = d.pop("lyrics_timing_markers", UNSET)

        producer_clip = cls(
            clip_id=clip_id,
            title=title,
            sound=sound,
            lyrics=lyrics,
            image_url=image_url,
            audio_url=audio_url,
            wav_url=wav_url,
            video_url=video_url,
            created_at=created_at,
            mv=mv,
            seed=seed,
            duration=duration,
            state=state,
            progress=progress,
            lyrics_id=lyrics_id,
            lyrics_timing_markers=lyrics_timing_markers,
        )

        producer_clip.additional_properties = d
        return producer_clip

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
