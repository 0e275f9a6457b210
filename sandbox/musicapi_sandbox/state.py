"""The sandbox's account and tasks. Time is passed in, so the lifecycle is a pure function of elapsed time.

A task runs for `duration` seconds:   0-25 %  HTTP 202 {"type": "not_ready", ...}
                                     25-50 %  HTTP 200 envelope with code 202 and no clips
                                     50-75 %  one clip, state "running", a streaming audio URL
                                     75-100 % first clip succeeded, second "streaming"
                                     done     both clips succeeded
A task set to fail answers its failure body from 50 % on, and its credits are refunded once.
"""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

CREATE_COST = 12
UPLOAD_COST = 2
FAILURE_KINDS = ("failed", "timeout", "forbidden", "api_error")
FAILURE_MESSAGES = {
    "failed": "Generation failed. Your credits have been refunded.",
    "timeout": "Generation timed out. Your credits have been refunded.",
    "forbidden": "The lyrics contain copyrighted or inappropriate content.",
    "api_error": "Upstream service error. Your credits have been refunded.",
}
NOT_READY = {"type": "not_ready", "error": "Task is still processing. Please wait a few seconds and try again."}


class OutOfCredits(Exception):
    pass


@dataclass
class Task:
    task_id: str
    request: dict[str, Any]
    started: float
    duration: float
    failure: str | None
    clip_ids: tuple[str, str]
    created_at: str
    created_wall: float  # time.time() at creation, so other processes can compare (benchmarks)
    refunded: bool = False
    polls: int = 0

    def progress(self, now: float) -> float:
        return (now - self.started) / self.duration if self.duration > 0 else 1.0

    def finished_at(self) -> float:
        return self.started + self.duration


@dataclass
class Account:
    credits: int
    extra_credits: int = 0
    tasks: dict[str, Task] = field(default_factory=dict)
    uploads: set[str] = field(default_factory=set)

    def spend(self, cost: int) -> None:
        if self.extra_credits + self.credits < cost:
            raise OutOfCredits("The remaining credits are not enough.")
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

    def create(self, request: dict[str, Any], now: float, failure: str | None) -> Task:
        self.account.spend(CREATE_COST)
        task = Task(
            task_id=self.new_id(),
            request=request,
            started=now,
            duration=self.random.uniform(self.task_min, self.task_max),
            failure=failure,
            clip_ids=(self.new_id(), self.new_id()),
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            created_wall=time.time(),
        )
        self.account.tasks[task.task_id] = task
        return task

    def upload(self) -> str:
        self.account.spend(UPLOAD_COST)
        clip_id = self.new_id()
        self.account.uploads.add(clip_id)
        return clip_id

    def answer(self, task: Task, now: float, base_url: str) -> tuple[int, dict[str, Any]]:
        """(HTTP status, body) of the task endpoint at time `now`."""
        task.polls += 1
        progress = task.progress(now)
        if task.failure and progress >= 0.5:
            if not task.refunded:
                task.refunded = True
                self.account.refund(CREATE_COST)
            return 200, {"type": task.failure, "error": FAILURE_MESSAGES.get(task.failure, "Generation failed.")}
        if progress < 0.25:
            return 202, dict(NOT_READY)
        if progress < 0.5:
            return 200, {"code": 202, "data": [], "message": "processing"}
        first, second = (self.clip(task, i, base_url) for i in range(2))
        if progress < 0.75:
            return 200, envelope([running(first, base_url)])
        if progress < 1:
            return 200, envelope([first, running(second, base_url, state="streaming")])
        return 200, envelope([first, second])

    def clip(self, task: Task, index: int, base_url: str) -> dict[str, Any]:
        request = task.request
        clip_id = task.clip_ids[index]
        title = request.get("title") or (request.get("prompt") or "Sandbox song")[:40].strip().title()
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
            "state": "succeeded",
        }


def envelope(clips: list[dict[str, Any]]) -> dict[str, Any]:
    return {"code": 200, "data": clips, "message": "success"}


def running(clip: dict[str, Any], base_url: str, state: str = "running") -> dict[str, Any]:
    return {**clip, "state": state, "audio_url": f"{base_url}/stream/{clip['clip_id']}.m3u8", "duration": None}
