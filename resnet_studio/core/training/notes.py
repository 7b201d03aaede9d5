"""Engine notes: what training changed or chose for the user, announced at the start
of a run (the panel's banner, the command line's first lines).

A :class:`Note` is a coded message that reads as its English sentence (a ``str``),
so the CLI prints it and run logs store it as text, while the UI translates it from
its code and params (context "EngineNote").
"""

from __future__ import annotations

from typing import ClassVar

from resnet_studio.core.messages import CodedNote

# code -> (message template, fix template); notes have no fix.
TEMPLATES: dict[str, tuple[str, str]] = {
    "batch_split": (
        "Batch {batch_size} over {world_size} processes: {local_batch} each.",
        "",
    ),
    "amp_cuda_only": (
        "Mixed precision runs on CUDA only; training in float32.",
        "",
    ),
    "head_larger": (
        "The head has {outputs} outputs; {dataset} uses {classes} of them.",
        "",
    ),
    "channels_repeated": (
        "{dataset} images have 1 channel; the design takes 3, so the channel is "
        "repeated 3 times.",
        "",
    ),
    "channels_gray": (
        "{dataset} images have 3 channels; the design takes 1, so they are converted "
        "to grayscale.",
        "",
    ),
    "folder_grayscale": (
        "The folder's images are read as grayscale (1 channel), as the design takes.",
        "",
    ),
    "folder_held_out": (
        "No held-out folder ({names}) beside train/: every tenth image is held out "
        "({count} images).",
        "",
    ),
}


class Note(CodedNote):
    """One engine note: a code and its values, reading as its English sentence."""

    TEMPLATES: ClassVar[dict[str, tuple[str, str]]] = TEMPLATES
    CONTEXT: ClassVar[str] = "EngineNote"
