from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.nuro_task_status import NuroTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NuroTask")


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

    __slots__ = (
        "task_id",
        "status",
        "progress",
        "audio_url",
        "lyrics",
        "duration",
        "genre",
        "mood",
        "gender",
        "timbre",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "task_id",
        "status",
        "progress",
        "audio_url",
        "lyrics",
        "duration",
        "genre",
        "mood",
        "gender",
        "timbre",
    )

    task_id: None | str | Unset
    status: NuroTaskStatus | str | Unset
    progress: float | None | str | Unset
    audio_url: None | str | Unset
    lyrics: None | str | Unset
    duration: float | None | str | Unset
    genre: None | str | Unset
    mood: None | str | Unset
    gender: None | str | Unset
    timbre: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_id: None | str | Unset = UNSET,
        status: NuroTaskStatus | str | Unset = UNSET,
        progress: float | None | str | Unset = UNSET,
        audio_url: None | str | Unset = UNSET,
        lyrics: None | str | Unset = UNSET,
        duration: float | None | str | Unset = UNSET,
        genre: None | str | Unset = UNSET,
        mood: None | str | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        timbre: None | str | Unset = UNSET,
    ) -> None:
        self.task_id = task_id
        self.status = status
        self.progress = progress
        self.audio_url = audio_url
        self.lyrics = lyrics
        self.duration = duration
        self.genre = genre
        self.mood = mood
        self.gender = gender
        self.timbre = timbre
        self.additional_properties = {}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NuroTask) or other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.task_id,
            self.status,
            self.progress,
            self.audio_url,
            self.lyrics,
            self.duration,
            self.genre,
            self.mood,
            self.gender,
            self.timbre,
            self.additional_properties,
        ) == (
            other.task_id,
            other.status,
            other.progress,
            other.audio_url,
            other.lyrics,
            other.duration,
            other.genre,
            other.mood,
            other.gender,
            other.timbre,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(task_id={self.task_id!r}, status={self.status!r}, progress={self.progress!r}, audio_url={self.audio_url!r}, lyrics={self.lyrics!r}, duration={self.duration!r}, genre={self.genre!r}, mood={self.mood!r}, gender={self.gender!r}, timbre={self.timbre!r}, additional_properties={self.additional_properties!r})"

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
        task_id = cast("None | str | Unset", d.pop("task_id", UNSET))

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

        progress = cast("float | None | str | Unset", d.pop("progress", UNSET))

        audio_url = cast("None | str | Unset", d.pop("audio_url", UNSET))

        lyrics = cast("None | str | Unset", d.pop("lyrics", UNSET))

        duration = cast("float | None | str | Unset", d.pop("duration", UNSET))

        genre = cast("None | str | Unset", d.pop("genre", UNSET))

        mood = cast("None | str | Unset", d.pop("mood", UNSET))

        gender = cast("None | str | Unset", d.pop("gender", UNSET))

        timbre = cast("None | str | Unset", d.pop("timbre", UNSET))

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
