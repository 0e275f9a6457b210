"""The `musicapi` command: songs from a terminal, on top of the generated client and the runtime."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import attrs
import typer

import musicapi_runtime as rt
from musicapi_client import AuthenticatedClient
from musicapi_client.api.credits_ import get_credits
from musicapi_client.models import (
    Credits,
    RiffusionCover,
    RiffusionCoverUploadMusic,
    RiffusionCreateWithDescription,
    RiffusionCreateWithLyrics,
    RiffusionExtend,
    RiffusionExtendUploadMusic,
    RiffusionModel,
    RiffusionReplaceSection,
    RiffusionReplaceUploadMusic,
    RiffusionSwapSound,
    RiffusionSwapUploadMusicSound,
    RiffusionSwapUploadMusicVocals,
    RiffusionSwapVocals,
    RiffusionTask,
)

from .exits import Exit, reported
from .progress import WaitDisplay

app = typer.Typer(
    name="musicapi",
    help="Make music with MusicAPI.ai. The key comes from MUSICAPI_API_KEY and is never printed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help, and usage errors as one "Error: ..." line instead of a box
)
riffusion = typer.Typer(
    help="Riffusion (FUZZ models): create songs, upload audio, follow tasks.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(riffusion, name="riffusion")

# --operation flag -> (model on a generated clip, model on an uploaded clip)
OPERATIONS: dict[str, tuple[type[Any], type[Any]]] = {
    "extend": (RiffusionExtend, RiffusionExtendUploadMusic),
    "cover": (RiffusionCover, RiffusionCoverUploadMusic),
    "replace": (RiffusionReplaceSection, RiffusionReplaceUploadMusic),
    "swap_sound": (RiffusionSwapSound, RiffusionSwapUploadMusicSound),
    "swap_vocals": (RiffusionSwapVocals, RiffusionSwapUploadMusicVocals),
}
# model field -> the option that sets it, for messages
OPTION_OF = {
    "prompt": "--prompt",
    "lyrics": "--lyrics/--lyrics-file",
    "title": "--title",
    "sound": "--sound",
    "make_instrumental": "--instrumental",
    "continue_clip_id": "--clip-id",
    "continue_at": "--continue-at",
    "replace_start_time": "--replace-start",
    "replace_end_time": "--replace-end",
    "vocal_variation": "--vocal-variation",
}

JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output on stdout.")]
BaseUrlOption = Annotated[
    str | None,
    typer.Option("--base-url", envvar="MUSICAPI_BASE_URL", help="API root, e.g. http://127.0.0.1:8000."),
]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=1, help="Seconds to wait for the task.")]
DownloadOption = Annotated[
    Path | None, typer.Option("--download", metavar="DIR", help="Download the songs into DIR (implies waiting).")
]
ImageOption = Annotated[bool, typer.Option("--image", help="With --download, also save the cover images.")]


def connect(base_url: str | None) -> AuthenticatedClient:
    return rt.connect(base_url=base_url)  # a ConfigurationError is reported as a usage error (exit 2)


def emit(as_json: bool, data: dict[str, Any], human: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if as_json else human)


def read_lyrics(lyrics: str | None, lyrics_file: str | None) -> str | None:
    if lyrics is not None and lyrics_file is not None:
        raise typer.BadParameter("give --lyrics or --lyrics-file, not both")
    try:
        if lyrics_file == "-":
            return sys.stdin.read()
        if lyrics_file is not None:
            return Path(lyrics_file).read_text(encoding="utf-8")
    except OSError as error:
        raise typer.BadParameter(f"cannot read {lyrics_file}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise typer.BadParameter(f"the lyrics in {lyrics_file} are not UTF-8 text") from None
    return lyrics


def build_body(operation: str | None, uploaded: bool, mv: RiffusionModel, values: dict[str, Any]) -> Any:
    """The generated create model for the chosen operation, or a usage error naming the options."""
    given = {field: value for field, value in values.items() if value is not None}
    if operation is None:
        if uploaded:
            raise typer.BadParameter("--uploaded goes with --extend, --cover, --replace, --swap-sound or --swap-vocals")
        custom = [f for f in ("lyrics", "title", "sound") if f in given]
        if "prompt" in given and custom:
            raise typer.BadParameter("--prompt (description mode) cannot be combined with --lyrics, --title or --sound")
        if "prompt" in given:
            model: type[Any] = RiffusionCreateWithDescription
        elif custom or "make_instrumental" in given:
            model = RiffusionCreateWithLyrics
        else:
            raise typer.BadParameter("give --prompt, or --lyrics/--lyrics-file (with --title and --sound)")
    else:
        model = OPERATIONS[operation][1 if uploaded else 0]
    fields = attrs.fields_dict(model)
    extra = sorted(OPTION_OF[f] for f in given if f not in fields)
    if extra:
        raise typer.BadParameter(f"{', '.join(extra)} cannot be used with this operation ({model.__name__})")
    required = [f for f, a in fields.items() if a.default is attrs.NOTHING and a.init and f != "mv"]
    missing = [OPTION_OF[f] for f in required if f not in given]
    if missing:
        raise typer.BadParameter(f"{model.__name__} needs {', '.join(missing)}")
    return model(mv=mv, **given)


def clip_lines(task: RiffusionTask) -> str:
    lines = []
    for clip in task.data if isinstance(task.data, list) else []:
        duration = f"{float(clip.duration):.0f}s" if isinstance(clip.duration, int | float) else "?"
        lines.append(f"{clip.clip_id}  {clip.state}  {duration}  {clip.title}\n    {clip.audio_url}")
    return "\n".join(lines)


def finish(
    client: AuthenticatedClient,
    task_id: str,
    as_json: bool,
    timeout: float,
    download: Path | None,
    image: bool,
    first_delay: float,
) -> None:
    """Wait with a live display, then print the clips (and download them)."""
    with WaitDisplay(task_id) as display:
        task = rt.wait_for_task(client, task_id, timeout=timeout, on_progress=display.update, first_delay=first_delay)
    files = rt.download(task, download, include_image=image, task_id=task_id) if download else []
    clips = [c.to_dict() for c in task.data] if isinstance(task.data, list) else []
    human = clip_lines(task) + "".join(f"\nsaved {path}" for path in files)
    emit(as_json, {"task_id": task_id, "clips": clips, "files": [str(p) for p in files]}, human)


@riffusion.command("create")
def create(
    prompt: Annotated[str | None, typer.Option(help="Describe the song (description mode).")] = None,
    lyrics: Annotated[str | None, typer.Option(help="Lyrics with [Verse]/[Chorus] tags (custom mode).")] = None,
    lyrics_file: Annotated[str | None, typer.Option(help="Read the lyrics from a file, or - for stdin.")] = None,
    title: Annotated[str | None, typer.Option(help="Song title (custom mode).")] = None,
    sound: Annotated[str | None, typer.Option(help="Style or sound; for swaps, what to change.")] = None,
    instrumental: Annotated[bool | None, typer.Option("--instrumental/--vocals", help="Without vocals.")] = None,
    mv: Annotated[RiffusionModel, typer.Option(help="The model.")] = RiffusionModel.FUZZ_1_1_PRO,
    extend: Annotated[bool, typer.Option("--extend", help="Continue --clip-id from --continue-at.")] = False,
    cover: Annotated[bool, typer.Option("--cover", help="Re-record --clip-id in another --sound.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Regenerate a section of --clip-id.")] = False,
    swap_sound: Annotated[bool, typer.Option("--swap-sound", help="Keep the vocals, change the sound.")] = False,
    swap_vocals: Annotated[bool, typer.Option("--swap-vocals", help="Keep the music, sing --lyrics.")] = False,
    clip_id: Annotated[str | None, typer.Option(help="The clip to work on.")] = None,
    uploaded: Annotated[bool, typer.Option("--uploaded", help="--clip-id came from `riffusion upload`.")] = False,
    continue_at: Annotated[float | None, typer.Option(help="Seconds into the clip (extend).")] = None,
    replace_start: Annotated[float | None, typer.Option(help="Section start in seconds (replace).")] = None,
    replace_end: Annotated[float | None, typer.Option(help="Section end in seconds (replace).")] = None,
    vocal_variation: Annotated[float | None, typer.Option(help="0-1, how far swapped vocals may move.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait for the songs, showing progress.")] = False,
    timeout: TimeoutOption = 600.0,
    download: DownloadOption = None,
    image: ImageOption = False,
    as_json: JsonOption = False,
    base_url: BaseUrlOption = None,
) -> None:
    """Start a song task (paid: 12 credits). Prints the task id, or the songs with --wait."""
    flags = {"extend": extend, "cover": cover, "replace": replace, "swap_sound": swap_sound, "swap_vocals": swap_vocals}
    chosen = [name for name, on in flags.items() if on]
    with reported(as_json):
        if len(chosen) > 1:
            raise typer.BadParameter("choose one of --extend, --cover, --replace, --swap-sound, --swap-vocals")
        values = {
            "prompt": prompt,
            "lyrics": read_lyrics(lyrics, lyrics_file),
            "title": title,
            "sound": sound,
            "make_instrumental": instrumental,
            "continue_clip_id": clip_id,
            "continue_at": continue_at,
            "replace_start_time": replace_start,
            "replace_end_time": replace_end,
            "vocal_variation": vocal_variation,
        }
        body = build_body(chosen[0] if chosen else None, uploaded, mv, values)
        client = connect(base_url)
        task_id = rt.create(client, body).task_id
        if not (wait or download):
            emit(as_json, {"task_id": task_id}, task_id)
            return
        print(f"created task {task_id}", file=sys.stderr)
        finish(client, task_id, as_json, timeout, download, image, first_delay=3.0)


@riffusion.command("wait")
def wait_command(
    task_id: Annotated[str, typer.Argument(help="The task to wait for.")],
    timeout: TimeoutOption = 600.0,
    download: DownloadOption = None,
    image: ImageOption = False,
    as_json: JsonOption = False,
    base_url: BaseUrlOption = None,
) -> None:
    """Wait for a task to finish, showing progress; then print (and optionally download) its songs."""
    with reported(as_json):
        finish(connect(base_url), task_id, as_json, timeout, download, image, first_delay=0.0)


@riffusion.command("get")
def get(
    task_id: Annotated[str, typer.Argument(help="The task to look at.")],
    as_json: JsonOption = False,
    base_url: BaseUrlOption = None,
) -> None:
    """Poll a task once (free) and print its state and clips."""
    with reported(as_json):
        status = rt.get_task(connect(base_url), task_id)
        clips = [c.to_dict() for c in status.task.data] if status.task and isinstance(status.task.data, list) else []
        human = f"{task_id}  {status.state}" + (f"\n{clip_lines(status.task)}" if status.task else "")
        emit(as_json, {"task_id": task_id, "state": status.state, "clips": clips}, human)


@riffusion.command("upload")
def upload(
    url: Annotated[str, typer.Argument(help="Public http(s) URL of an MP3 or WAV file you own.")],
    as_json: JsonOption = False,
    base_url: BaseUrlOption = None,
) -> None:
    """Import an audio file (paid: 2 credits); prints the clip id for --clip-id --uploaded."""
    with reported(as_json):
        uploaded = rt.upload(connect(base_url), url)
        emit(as_json, {"clip_id": uploaded.clip_id}, uploaded.clip_id)


@app.command("credits")
def credits_command(as_json: JsonOption = False, base_url: BaseUrlOption = None) -> None:
    """Show the remaining credits."""
    with reported(as_json):
        answer = rt.call(get_credits.sync_detailed, client=connect(base_url))
        if not isinstance(answer, Credits):
            raise rt.ResponseValidationError("unexpected credits answer")
        extra = answer.extra_credits if isinstance(answer.extra_credits, int) else 0
        emit(as_json, answer.to_dict(), f"{answer.credits_} credits ({extra} extra)")


@app.command(
    "sandbox",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def sandbox(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Run the local sandbox of the API (more options: python -m musicapi_sandbox --help)."""
    try:
        from musicapi_sandbox import main
    except ModuleNotFoundError:
        print("musicapi: the sandbox needs: pip install 'musicapi-client[sandbox]'", file=sys.stderr)
        raise typer.Exit(int(Exit.USAGE)) from None
    main(["--host", host, "--port", str(port), *ctx.args])
