"""The sandbox's account and tasks. Time is passed in, so a task's answer is a pure function of elapsed time.

Every word the answers use comes from the spec: state values by what they mean (x-phases), bodies from the
documented examples, costs from x-credits, and how a task of each family answers from the family table
(musicapi_spec.FAMILIES). A task runs for `duration` seconds, in one of two lifecycles:

family with clips only (x-task: no status)        family with a top-level status
 0-25 %  HTTP 202 not-ready body                   0-25 %  HTTP 202 not-ready body
25-50 %  the "running" example (no clips)         25-50 %  status pending, no clips
50-75 %  the first clip running                   50-75 %  status running, the clip running
75-100%  all clips done but the last, "near"      75-100%  status running, the clip "near"
done     every clip done                          done     status done: the clips with their files
A failing task answers its failure from 50 % on, and its credits are refunded once.

While a task is not ready, its create's answer and its 202s say when to come back (`Retry-After`: whole seconds
until its first quarter ends, at least 1), so a client that honours the hint polls a quick task a second after
creating it; `--no-poll-hints` answers without them, as the real API does.
"""

from __future__ import annotations

import copy
import hashlib
import math
import random
import re
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import musicapi_spec as facts
from musicapi_spec.model import FamilyFacts, Operation

from . import media

# The suffix of each kind of file (x-file role) the sandbox serves, unless the spec's examples show another.
SUFFIXES = {"audio": ".wav", "wav": ".wav", "image": ".png", "video": ".mp4", "midi": ".mid"}
SONG = frozenset({"audio", "wav", "image"})  # the files a song has, unless its operation's x-files says others
STEMS, STEM_NAMES = "stems", ("vocals", "instrumental")  # what a stems task makes here (the sources do not say)
NOT_READY = 0.25  # the share of a task's time during which its endpoint answers "not ready"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def phase_value(phases: dict[str, str] | Any, meaning: str) -> str:
    """The first value with that meaning in a value -> phase table (x-phases)."""
    return next(value for value, phase in phases.items() if phase == meaning)


def value_of(enum: str, meaning: str) -> str:
    """The first value of an enum of the spec with that meaning (x-phases), e.g. ("ClipState", "done")."""
    return phase_value(facts.PHASES[enum], meaning)


def example(operation: str, status: str, name: str) -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(facts.EXAMPLES[operation][status][name])
    return body


def shared(status: str, name: str) -> dict[str, Any]:
    """A documented answer every operation shares (401, 403, 429, 5XX: the spec's common responses), from the
    first operation that documents it."""
    for operation, answers in facts.EXAMPLES.items():
        if name in answers.get(status, {}):
            return example(operation, status, name)
    raise KeyError(f"no operation documents the {status} answer {name!r}")


def example_or(operation: str, status: str, name: str, default: dict[str, Any]) -> dict[str, Any]:
    """A documented example, or `default` for a family whose spec names no such example."""
    found = facts.EXAMPLES.get(operation, {}).get(status, {}).get(name)
    return copy.deepcopy(found) if isinstance(found, dict) else dict(default)


FAILURE_KINDS: tuple[str, ...] = facts.FAILURE_KINDS


class OutOfCredits(Exception):
    pass


@dataclass
class Task:
    task_id: str
    operation: Operation
    family: FamilyFacts
    kind: str  # the task_type the task endpoint reports, or the variant's task_type
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
        return self.family.name

    def progress(self, now: float) -> float:
        return (now - self.started) / self.duration if self.duration > 0 else 1.0

    def come_back(self, now: float) -> int | None:
        """Whole seconds (at least 1) until the task's answer stops being "not ready"; None once it has."""
        left = self.started + self.duration * NOT_READY - now
        return max(1, math.ceil(left)) if left > 0 else None


@dataclass
class Account:
    credits: int
    extra_credits: int = 0
    tasks: dict[str, Task] = field(default_factory=dict)
    uploads: set[str] = field(default_factory=set)

    def spend(self, cost: int) -> None:
        if self.extra_credits + self.credits < cost:
            raise OutOfCredits(str(shared("403", "out_of_credits")["error"]))
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
        """Charge for a task and register it, with as many clips as a finished task of its family holds."""
        self.account.spend(credits)
        family = facts.FAMILIES[str(operation.family)]
        task = Task(
            task_id=self.new_id(),
            operation=operation,
            family=family,
            kind=kind,
            request=request,
            started=now,
            duration=self.random.uniform(self.task_min, self.task_max),
            failure=failure,
            clip_ids=tuple(self.new_id() for _ in range(operation.finished_clips or family.finished_clips)),
            credits=credits,
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            created_wall=time.time(),
        )
        self.account.tasks[task.task_id] = task
        return task

    def answer_now(self, credits: int, ids: Mapping[str, str]) -> dict[str, str]:
        """Charge for an operation that answers with its result (x-synchronous): fresh ids for what its answer
        names (x-id: field -> role); a clip it names can be used and fetched like any other."""
        self.account.spend(credits)
        made = {name: self.new_id() for name in ids}
        self.account.uploads.update(made[name] for name, role in ids.items() if role == "clip")
        return made

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
        if task.failure and progress >= 0.5:
            return 200, self.failure_body(task)
        not_ready = example_or(task.family.poll, "202", "not_ready", {facts.ANSWER_FIELD: facts.NOT_READY})
        if progress < NOT_READY:
            return 202, not_ready
        if progress < 0.5 and task.family.clips_together:  # as live clients saw it: not ready, on 200 too
            return 200, not_ready
        if task.family.status:
            return 200, self.by_status(task, progress, base_url)
        return 200, self.by_clips(task, progress, base_url)

    def failure_body(self, task: Task) -> dict[str, Any]:
        family, poll = task.family, task.family.poll
        failed = example_or(poll, "200", "failed", {})
        if family.status:  # the failed status, whatever the failure's kind
            return {**failed, family.status: phase_value(family.status_phases, "failed"), **self.kind_of(task)}
        named = facts.EXAMPLES.get(poll, {}).get("200", {})
        if task.failure in named:
            return example(poll, "200", str(task.failure))
        return {**failed, facts.ANSWER_FIELD: task.failure}

    def kind_of(self, task: Task) -> dict[str, Any]:
        """The task's kind (task_type), for a family whose task answers say it."""
        return {task.family.kind: task.kind} if task.family.kind and task.kind else {}

    def by_clips(self, task: Task, progress: float, base_url: str) -> dict[str, Any]:
        family, poll = task.family, task.family.poll
        if progress < 0.5:
            return example_or(poll, "200", "running", {family.code or "code": 202, family.clips: []})
        clips = [self.result(task, i, base_url) for i in range(len(task.clip_ids))]
        envelope = {k: v for k, v in example_or(poll, "200", "finished", {}).items() if k != family.clips}
        if family.clips_together:  # all clips show at once, streaming, then settle one after the other
            envelope = {k: v for k, v in example_or(poll, "200", "running", {}).items() if k != family.clips}
            if progress < 0.75:
                data = [running(c, task, base_url, "running") for c in clips]
            elif progress < 1:
                data = [clips[0], *(running(c, task, base_url, "near") for c in clips[1:])]
            else:
                return {**example_or(poll, "200", "finished", {}), family.clips: clips}
        elif progress < 0.75:
            data = [running(clips[0], task, base_url, "running")]
        elif progress < 1:
            data = [*clips[:-1], running(clips[-1], task, base_url, "near")]
        else:
            data = clips
        # No task id: the documented polls do not repeat it (deliveries carry it: app.py).
        return {**envelope, family.clips: data}

    def by_status(self, task: Task, progress: float, base_url: str) -> dict[str, Any]:
        family, poll = task.family, task.family.poll
        assert family.status is not None
        running_body = {**example_or(poll, "200", "running", {family.clips: []}), **self.kind_of(task)}
        if progress < 0.5:
            return {**running_body, family.status: phase_value(family.status_phases, "pending")}
        results = [self.result(task, i, base_url) for i in range(len(task.clip_ids))]
        if progress < 1:
            meaning = "running" if progress < 0.75 else "near"
            data = [running(r, task, base_url, meaning) for r in results if self.audio_field(task, r)]
            return {**running_body, family.status: phase_value(family.status_phases, "running"), family.clips: data}
        finished = {k: v for k, v in example_or(poll, "200", "finished", {}).items() if k != family.clips}
        done = phase_value(family.status_phases, "done")
        return {**finished, family.status: done, **self.kind_of(task), family.clips: results}

    @staticmethod
    def audio_field(task: Task, clip: dict[str, Any]) -> str | None:
        """The clip's audio field, if it has an audio file."""
        return next((f for f, role in task.family.files.items() if role == "audio" and clip.get(f)), None)

    def result(self, task: Task, index: int, base_url: str) -> dict[str, Any]:
        """A finished clip of the task: a song (or the text an operation without files makes), with the files
        its operation makes (x-files; a song's otherwise), in the shape of the family's clip schema."""
        family, request = task.family, task.request
        clip_id = task.clip_ids[index]
        known = set(facts.CLIP_FIELDS.get(family.poll, ()))
        words = subject(task)
        title = request.get("title") or words[:40].strip().title()
        made = task.operation.files
        song: dict[str, Any] = {
            family.clip_id: clip_id,
            "title": title,
            "lyrics": self.lyrics(request, title, index, words, made),
            "created_at": task.created_at,
            "duration": self.audio_seconds,
        }
        song.update({k: v for k, v in request.items() if k in known and k not in song and isinstance(v, str)})
        for name, role in family.files.items():
            wanted = role in SONG if made is None else name in made  # a song's files, or what x-files names
            song[name] = self.file(task, clip_id, name, role, base_url) if wanted else None
        if made == ():  # an operation that makes no file (lyrics, a voice): its text or what it names is the result
            del song["duration"]
            song.update({name: self.new_id() for name, role in family.ids.items() if role != "clip"})
        if family.clip_state:
            song[family.clip_state] = phase_value(family.clip_phases, "done")
        shown = example_clip(family)
        song.update({k: made_up(v, clip_id) for k, v in shown.items() if k not in song})
        return {k: shaped(shown.get(k), v) for k, v in song.items() if k in known}

    def file(self, task: Task, clip_id: str, name: str, role: str, base_url: str) -> Any:
        """The URL of a file of a clip (the sandbox serves it); stems are a name -> URL object."""
        if role == STEMS:
            return {stem: f"{base_url}/files/{clip_id}~{stem}.wav" for stem in STEM_NAMES}
        shown = task.family.suffixes.get(name, "")  # the spec's examples' suffix, where the sandbox can serve it
        suffix = shown if shown.lstrip(".") in media.TYPES else SUFFIXES.get(role, ".bin")
        chosen = task.request.get(task.operation.file_format or "")
        if task.operation.file_format and isinstance(chosen, str):
            suffix = "." + chosen
        return f"{base_url}/files/{clip_id}{suffix}"

    def lyrics(self, request: dict[str, Any], title: str, index: int, words: str, made: Any) -> str:
        if made == ():
            return f"[Verse]\n{words}\n[Chorus]\n{words}"
        if request.get("make_instrumental"):
            return "[Instrumental]"
        given = request.get("lyrics")
        return str(given) if given else f"[Verse]\n{title}\nA sandbox song, take {index + 1}"


def shaped(shown: Any, value: Any) -> Any:
    """A value in the type the spec's finished example shows for that field (the live API sends some numbers
    as strings)."""
    if isinstance(shown, str) and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g}"
    return value


def made_up(shown: Any, clip_id: str) -> Any:
    """A value for a field the spec's example shows but the sandbox has none for: digits fixed per clip (a seed),
    in the example's type, so that every poll and the webhook delivery report the same clip; else the example's."""
    number = int(hashlib.sha256(clip_id.encode()).hexdigest()[:8], 16) >> 1
    if isinstance(shown, str) and shown.isdigit():
        return str(number)
    if isinstance(shown, int) and not isinstance(shown, bool):
        return number
    return copy.deepcopy(shown)


def example_clip(family: FamilyFacts) -> dict[str, Any]:
    """The first clip of the family's documented finished answer (what real answers look like)."""
    body = facts.EXAMPLES.get(family.poll, {}).get("200", {}).get("finished", {})
    clips = body.get(family.clips) if isinstance(body, dict) else None
    return clips[0] if isinstance(clips, list) and clips and isinstance(clips[0], dict) else {}


def subject(task: Task) -> str:
    """What the request is about, in its own words: its first free text (not a tag, model, id, URL or secret)."""
    variant = next((facts.VARIANTS[v] for v in task.operation.variants if _fits(facts.VARIANTS[v], task)), None)
    for field_ in variant.fields if variant else ():
        value = task.request.get(field_.name)
        plain = not (field_.is_tag or field_.secret or field_.kind != "string")
        if plain and isinstance(value, str) and value.strip() and "://" not in value and not UUID.fullmatch(value):
            return value
    return "Sandbox song"


def _fits(variant: Any, task: Task) -> bool:
    return all(task.request.get(f.name, f.const) == f.const for f in variant.fields if f.is_tag)


def running(clip: dict[str, Any], task: Task, base_url: str, meaning: str) -> dict[str, Any]:
    """A clip still being made: its state says how far, and its audio is a temporary stream, if any; its WAV
    (and the length) are not there yet."""
    family = task.family
    streams = meaning == "near" or family.clips_together  # a family whose running clips already stream
    stream = f"{base_url}/stream/{clip.get(family.clip_id)}.m3u8" if streams else ""
    changed: dict[str, Any] = {f: None for f, role in family.files.items() if role == "wav" and f in clip}
    changed.update({k: None for k in ("duration",) if k in clip})
    audio = next((f for f, role in family.files.items() if role == "audio"), None)
    if audio is not None:
        changed[audio] = stream
    if family.clip_state:
        changed[family.clip_state] = phase_value(family.clip_phases, meaning)
    return {**clip, **changed}
