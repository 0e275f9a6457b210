"""The task and clip models of every family, as unions. Written by `make generate` (codegen/facts.py):
do not edit. Imports only those models, so a poll loads nothing of the create side."""

from typing import TypeAlias

from musicapi_client.models import (
    NuroTask,
    ProducerClip,
    ProducerTask,
    RiffusionClip,
    RiffusionTask,
    SonicClip,
    SonicTask,
    StudioSong,
    StudioTask,
)

Task: TypeAlias = RiffusionTask | ProducerTask | SonicTask | NuroTask | StudioTask
Clip: TypeAlias = RiffusionClip | ProducerClip | SonicClip | NuroTask | StudioSong
TASK_MODELS = (
    RiffusionTask,
    ProducerTask,
    SonicTask,
    NuroTask,
    StudioTask,
)
