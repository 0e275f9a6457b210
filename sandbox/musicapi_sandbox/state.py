"""The sandbox's account and tasks. Time is passed in, so a task's answer is a pure function of elapsed time.

Every word the answers use comes from the spec: state values by what they mean (x-phases), bodies from the
documented examples, costs from x-credits. A task runs for `duration` seconds:

riffusion   0-25 %  HTTP 202 not-ready body         producer  0-25 %  HTTP 202 not-ready body
           25-50 %  envelope, code 202, no clips              25-50 %  status pending, no clips
           50-75 %  one clip running (streaming URL)          50-75 %  status running, the clip running
           75-100%  first clip done, second "near"            75-100%  status running, the clip "near"
           done     both clips done                           done     status done: the clip with its files
A failing task answers its failure from 50 % on, and its credits are refunded once.
"""

from __future__ import annotations

import copy
import hashlib
import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import musicapi_spec as facts
from musicapi_spec.model import Operation


def value_of(enum: str, meaning: str) -> str:
    """The first value of an enum of the spec with that meaning (x-phases), e.g. ("ClipState", "done")."""
    return next(value for value, phase in facts.PHASES[enum].items() if phase == meaning)


def example(operation: str, status: str, name: str) -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(facts.EXAMPLES[operation][status][name])
    return body


FAILURE_KINDS: tuple[str, ...] = facts.ENUMS["TaskFailureType"]


class OutOfCredits(Exception):
    pass


@dataclass
class Task:
    task_id: str
    operation: Operation
    kind: str  # the task_type the task endpoint reports (producer), or the variant's task_type (riffusion)
    request: dict[str, Any]
    started: float
    duration: float
    failure: str | None
    clip_ids: tuple[str, ...]
    credits: int
    created_at: str
    created_wall: float  # time.time() at creation, so other processes can compare (benchmarks)
    refunded: bool = False
    polls: int = 0

    @property
    def api(self) -> str:
        return self.operation.tag

    def progress(self, now: float) -> float:
        return (now - self.started) / self.duration if self.duration > 0 else 1.0


@dataclass
class Account:
    credits: int
    extra_credits: int = 0
    tasks: dict[str, Task] = field(default_factory=dict)
    uploads: set[str] = field(default_factory=set)

    def spend(self, cost: int) -> None:
        if self.extra_credits + self.credits < cost:
            raise OutOfCredits(str(example("get_credits", "403", "out_of_credits")["error"]))
        from_extra = min(self.extra_credits, cost)  # extra credits are spent first
        self.extra_credits -= from_extra
        self.credits -= cost - from_extra

    def refund(self, cost: int) -> None:
        self.credits += cost


class Sandbox:
    def __init__(self, credits: int, task_min: float, task_max: float, audio_seconds: float, seed: int | None):
        self.account = Account(credits)
        self.task_min, self.task_max = task_min, task_max
        self.audio_seconds = audio_seconds
        self.random = random.Random(seed)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def start(
        self, operation: Operation, kind: str, request: dict[str, Any], credits: int, now: float, failure: str | None
    ) -> Task:
        """Charge for a task and register it. Riffusion makes two clips, producer one."""
        self.account.spend(credits)
        clips = int(facts.SCHEMA_EXTENSIONS.get("RiffusionTask", {}).get("x-finished-clips", 1))
        task = Task(
            task_id=self.new_id(),
            operation=operation,
            kind=kind,
            request=request,
            started=now,
            duration=self.random.uniform(self.task_min, self.task_max),
            failure=failure,
            clip_ids=tuple(self.new_id() for _ in range(clips if operation.tag == "riffusion" else 1)),
            credits=credits,
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            created_wall=time.time(),
        )
        self.account.tasks[task.task_id] = task
        return task

    def upload(self, credits: int) -> str:
        self.account.spend(credits)
        clip_id = self.new_id()
        self.account.uploads.add(clip_id)
        return clip_id

    def known_clip(self, clip_id: str) -> bool:
        return clip_id in self.account.uploads or any(clip_id in t.clip_ids for t in self.account.tasks.values())

    def answer(self, task: Task, now: float, base_url: str) -> tuple[int, dict[str, Any]]:
        """(HTTP status, body) of the task endpoint at time `now` (a poll: counted)."""
        task.polls += 1
        self.settle(now)
        return self.body_at(task, task.progress(now), base_url)

    def final(self, task: Task, base_url: str) -> tuple[int, dict[str, Any]]:
        """What the task endpoint answers once the task has finished or failed (not a poll)."""
        return self.body_at(task, 0.5 if task.failure else 1.0, base_url)

    def settle(self, now: float) -> None:
        """Refund, once, every task that has failed by `now` (polled or not, as the API does)."""
        for task in self.account.tasks.values():
            if task.failure and not task.refunded and task.progress(now) >= 0.5:
                task.refunded = True
                self.account.refund(task.credits)

    def body_at(self, task: Task, progress: float, base_url: str) -> tuple[int, dict[str, Any]]:
        poll = task.operation.polls or ""
        if task.failure and progress >= 0.5:
            return 200, self.failure_body(task)
        if progress < 0.25:
            return 202, example(poll, "202", "not_ready")
        if task.api == "riffusion":
            return 200, self.riffusion(task, progress, base_url)
        return 200, self.producer(task, progress, base_url)

    def failure_body(self, task: Task) -> dict[str, Any]:
        poll = task.operation.polls or ""
        if task.api == "riffusion":
            known = facts.EXAMPLES[poll]["200"]
            if task.failure in known:
                return example(poll, "200", str(task.failure))
            return {**example(poll, "200", "failed"), "type": task.failure}
        return {**example(poll, "200", "failed"), "task_type": task.kind}

    # riffusion: two clips, the state in each clip
    def riffusion(self, task: Task, progress: float, base_url: str) -> dict[str, Any]:
        poll = task.operation.polls or ""
        if progress < 0.5:
            return example(poll, "200", "running")
        first, second = (self.song(task, i, base_url) for i in range(2))
        envelope = {k: v for k, v in example(poll, "200", "finished").items() if k != "data"}
        if progress < 0.75:
            return {**envelope, "data": [running(first, base_url, "running")]}
        if progress < 1:
            return {**envelope, "data": [first, running(second, base_url, "near")]}
        return {**envelope, "data": [first, second]}

    # producer: one result, the state at the top
    def producer(self, task: Task, progress: float, base_url: str) -> dict[str, Any]:
        poll = task.operation.polls or ""
        status = "ProducerTaskStatus"
        running_body = {**example(poll, "200", "running"), "task_type": task.kind}
        if progress < 0.5:
            return {**running_body, "status": value_of(status, "pending")}
        result = self.result(task, base_url)
        if progress < 1:
            meaning = "running" if progress < 0.75 else "near"
            data = [running(result, base_url, meaning)] if "audio_url" in result else []
            return {**running_body, "status": value_of(status, "running"), "data": data}
        finished = {k: v for k, v in example(poll, "200", "finished").items() if k != "data"}
        return {**finished, "status": value_of(status, "done"), "task_type": task.kind, "data": [result]}

    def result(self, task: Task, base_url: str) -> dict[str, Any]:
        """What a finished producer task holds: a song, or what its operation makes."""
        make = RESULTS.get(task.operation.id)
        if make is not None:
            return {**make(self, task, base_url), "state": value_of("ClipState", "done")}
        clip_id = task.clip_ids[0]
        song = {k: v for k, v in self.song(task, 0, base_url).items() if k != "timestamp"}  # a riffusion field
        return {
            **song,
            "audio_url": f"{base_url}/files/{clip_id}.m4a",
            "wav_url": f"{base_url}/files/{clip_id}.wav",
            # As the live API: a string. The request's seed, else one fixed per clip, so that every poll and the
            # webhook delivery report the same song.
            "seed": str(task.request.get("seed") or int(hashlib.sha256(clip_id.encode()).hexdigest()[:8], 16) >> 1),
            "duration": f"{self.audio_seconds:g}",
        }

    def song(self, task: Task, index: int, base_url: str) -> dict[str, Any]:
        request = task.request
        clip_id = task.clip_ids[index]
        words = request.get("prompt") or request.get("sound") or request.get("instruction") or "Sandbox song"
        title = request.get("title") or str(words)[:40].strip().title()
        lyrics = request.get("lyrics")
        if request.get("make_instrumental"):
            lyrics = "[Instrumental]"
        elif not lyrics:
            lyrics = f"[Verse]\n{title}\nA sandbox song, take {index + 1}"
        return {
            "clip_id": clip_id,
            "title": title,
            "lyrics": lyrics,
            "sound": request.get("sound"),
            "image_url": f"{base_url}/files/{clip_id}.png",
            "audio_url": f"{base_url}/files/{clip_id}.wav",
            "video_url": None,
            "created_at": task.created_at,
            "mv": request.get("mv"),
            "duration": self.audio_seconds,
            "timestamp": {},
            "state": value_of("ClipState", "done"),
        }


def running(clip: dict[str, Any], base_url: str, meaning: str) -> dict[str, Any]:
    """A clip still being made: its state says how far, and its audio is a temporary stream, if any."""
    stream = f"{base_url}/stream/{clip.get('clip_id')}.m3u8" if meaning == "near" else ""
    changed: dict[str, Any] = {k: None for k in ("wav_url", "duration") if k in clip}
    return {**clip, **changed, "state": value_of("ClipState", meaning), "audio_url": stream}


def _uploaded(sandbox: Sandbox, task: Task, base_url: str) -> dict[str, Any]:
    clip_id = task.clip_ids[0]
    sandbox.account.uploads.add(clip_id)
    return {"clip_id": clip_id, "audio_url": f"{base_url}/files/{clip_id}.wav"}


def _downloaded(sandbox: Sandbox, task: Task, base_url: str) -> dict[str, Any]:
    source = str(task.request.get("clip_id"))
    extension = task.request.get("format") or facts.ENUMS["ProducerDownloadFormat"][0]
    return {"clip_id": source, "audio_url": f"{base_url}/files/{source}.{extension}"}


def _lyrics(sandbox: Sandbox, task: Task, base_url: str) -> dict[str, Any]:
    subject = str(task.request.get("description", "a song"))[:60]
    return {"clip_id": task.clip_ids[0], "title": subject.title(), "lyrics": f"[Verse]\n{subject}\n[Chorus]\n{subject}"}


def _video(sandbox: Sandbox, task: Task, base_url: str) -> dict[str, Any]:
    source = str(task.request.get("clip_id"))
    return {"clip_id": source, "video_url": f"{base_url}/files/{source}.mp4"}


# What the producer operations other than create make (by operationId); a new one gets a plain song.
RESULTS = {
    "producer_upload": _uploaded,
    "producer_download": _downloaded,
    "producer_lyrics_create": _lyrics,
    "producer_video_clip": _video,
}
