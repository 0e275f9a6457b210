from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nuro_task_status import NuroTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NuroTask")


@_attrs_define
class NuroTask:
    """A nuro task, flat (no envelope): the task is its own result.

    Attributes:
        task_id (None | str | Unset): The task's id.
        status (NuroTaskStatus | str | Unset): pending, running, succeeded, or a value not yet documented.
        progress (float | None | str | Unset): 0 to 100.
        audio_url (None | str | Unset): The WAV file (empty while running).
        lyrics (None | str | Unset): The lyrics.
        duration (float | None | str | Unset): Length in seconds (0 while running).
        genre (None | str | Unset): The genre.
        mood (None | str | Unset): The mood.
        gender (None | str | Unset): The voice.
        timbre (None | str | Unset): The timbre.
    """

    task_id: None | str | Unset = UNSET
    status: NuroTaskStatus | str | Unset = UNSET
    progress: float | None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    duration: float | None | str | Unset = UNSET
    genre: None | str | Unset = UNSET
    mood: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    timbre: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, NuroTaskStatus):
            status = self.status.value
        else:
            status = self.status

        progress: float | None | str | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        duration: float | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        genre: None | str | Unset
        if isinstance(self.genre, Unset):
            genre = UNSET
        else:
            genre = self.genre

        mood: None | str | Unset
        if isinstance(self.mood, Unset):
            mood = UNSET
        else:
            mood = self.mood

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        timbre: None | str | Unset
        if isinstance(self.timbre, Unset):
            timbre = UNSET
        else:
            timbre = self.timbre

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if duration is not UNSET:
            field_dict["duration"] = duration
        if genre is not UNSET:
            field_dict["genre"] = genre
        if mood is not UNSET:
            field_dict["mood"] = mood
        if gender is not UNSET:
            field_dict["gender"] = gender
        if timbre is not UNSET:
            field_dict["timbre"] = timbre

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        def _parse_status(data: object) -> NuroTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = NuroTaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NuroTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_progress(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_lyrics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lyrics = _parse_lyrics(d.pop("lyrics", UNSET))

        def _parse_duration(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_genre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        genre = _parse_genre(d.pop("genre", UNSET))

        def _parse_mood(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mood = _parse_mood(d.pop("mood", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_timbre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timbre = _parse_timbre(d.pop("timbre", UNSET))

        nuro_task = cls(
            task_id=task_id,
            status=status,
            progress=progress,
            audio_url=audio_url,
            lyrics=lyrics,
            duration=duration,
            genre=genre,
            mood=mood,
            gender=gender,
            timbre=timbre,
        )

        nuro_task.additional_properties = d
        return nuro_task

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
