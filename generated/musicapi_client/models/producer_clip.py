from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.clip_state import ClipState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProducerClip")


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

    __slots__ = (
        "clip_id",
        "title",
        "sound",
        "lyrics",
        "image_url",
        "audio_url",
        "wav_url",
        "video_url",
        "created_at",
        "mv",
        "seed",
        "duration",
        "state",
        "progress",
        "lyrics_id",
        "lyrics_timing_markers",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "clip_id",
        "title",
        "sound",
        "lyrics",
        "image_url",
        "audio_url",
        "wav_url",
        "video_url",
        "created_at",
        "mv",
        "seed",
        "duration",
        "state",
        "progress",
        "lyrics_id",
        "lyrics_timing_markers",
    )

    clip_id: None | str | Unset
    title: None | str | Unset
    sound: None | str | Unset
    lyrics: None | str | Unset
    image_url: None | str | Unset
    audio_url: None | str | Unset
    wav_url: None | str | Unset
    video_url: None | str | Unset
    created_at: None | str | Unset
    mv: None | str | Unset
    seed: int | None | str | Unset
    duration: float | None | str | Unset
    state: ClipState | None | str | Unset
    progress: float | None | str | Unset
    lyrics_id: None | str | Unset
    lyrics_timing_markers: Any | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        clip_id: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        sound: None | str | Unset = UNSET,
        lyrics: None | str | Unset = UNSET,
        image_url: None | str | Unset = UNSET,
        audio_url: None | str | Unset = UNSET,
        wav_url: None | str | Unset = UNSET,
        video_url: None | str | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        mv: None | str | Unset = UNSET,
        seed: int | None | str | Unset = UNSET,
        duration: float | None | str | Unset = UNSET,
        state: ClipState | None | str | Unset = UNSET,
        progress: float | None | str | Unset = UNSET,
        lyrics_id: None | str | Unset = UNSET,
        lyrics_timing_markers: Any | Unset = UNSET,
    ) -> None:
        self.clip_id = clip_id
        self.title = title
        self.sound = sound
        self.lyrics = lyrics
        self.image_url = image_url
        self.audio_url = audio_url
        self.wav_url = wav_url
        self.video_url = video_url
        self.created_at = created_at
        self.mv = mv
        self.seed = seed
        self.duration = duration
        self.state = state
        self.progress = progress
        self.lyrics_id = lyrics_id
        self.lyrics_timing_markers = lyrics_timing_markers
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProducerClip) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.clip_id,
            self.title,
            self.sound,
            self.lyrics,
            self.image_url,
            self.audio_url,
            self.wav_url,
            self.video_url,
            self.created_at,
            self.mv,
            self.seed,
            self.duration,
            self.state,
            self.progress,
            self.lyrics_id,
            self.lyrics_timing_markers,
            self.additional_properties,
        ) == (
            other.clip_id,
            other.title,
            other.sound,
            other.lyrics,
            other.image_url,
            other.audio_url,
            other.wav_url,
            other.video_url,
            other.created_at,
            other.mv,
            other.seed,
            other.duration,
            other.state,
            other.progress,
            other.lyrics_id,
            other.lyrics_timing_markers,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(clip_id={self.clip_id!r}, title={self.title!r}, sound={self.sound!r}, lyrics={self.lyrics!r}, image_url={self.image_url!r}, audio_url={self.audio_url!r}, wav_url={self.wav_url!r}, video_url={self.video_url!r}, created_at={self.created_at!r}, mv={self.mv!r}, seed={self.seed!r}, duration={self.duration!r}, state={self.state!r}, progress={self.progress!r}, lyrics_id={self.lyrics_id!r}, lyrics_timing_markers={self.lyrics_timing_markers!r}, additional_properties={self.additional_properties!r})"

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
        clip_id = cast("None | str | Unset", d.pop("clip_id", UNSET))

        title = cast("None | str | Unset", d.pop("title", UNSET))

        sound = cast("None | str | Unset", d.pop("sound", UNSET))

        lyrics = cast("None | str | Unset", d.pop("lyrics", UNSET))

        image_url = cast("None | str | Unset", d.pop("image_url", UNSET))

        audio_url = cast("None | str | Unset", d.pop("audio_url", UNSET))

        wav_url = cast("None | str | Unset", d.pop("wav_url", UNSET))

        video_url = cast("None | str | Unset", d.pop("video_url", UNSET))

        created_at = cast("None | str | Unset", d.pop("created_at", UNSET))

        mv = cast("None | str | Unset", d.pop("mv", UNSET))

        seed = cast("int | None | str | Unset", d.pop("seed", UNSET))

        duration = cast("float | None | str | Unset", d.pop("duration", UNSET))

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

        progress = cast("float | None | str | Unset", d.pop("progress", UNSET))

        lyrics_id = cast("None | str | Unset", d.pop("lyrics_id", UNSET))

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
