"""The task and clip models of every family, as unions. Written by `make generate` (codegen/facts.py):
do not edit. Imports only those models, so a poll loads nothing of the create side."""

from typing import TypeAlias

from musicapi_client.models import ProducerClip, ProducerTask, RiffusionClip, RiffusionTask

Task: TypeAlias = RiffusionTask | ProducerTask
Clip: TypeAlias = RiffusionClip | ProducerClip
TASK_MODELS = (
    RiffusionTask,
    ProducerTask,
)
