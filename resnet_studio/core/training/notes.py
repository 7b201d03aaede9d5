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
    "precision_faster": (
        "Precision: {precision} (auto, {speedup:.1f}x faster here).",
        "",
    ),
    "precision_not_faster": (
        "Precision: {precision} (auto: bf16 measured {speedup:.2f}x here, not faster).",
        "",
    ),
    "precision_no_bf16": (
        "Precision: {precision} (auto: this device has no fast bf16).",
        "",
    ),
    "precision_kept": (
        "Precision: {precision} (auto, kept from the run's start).",
        "",
    ),
    "precision_set": (
        "Precision: {precision} (as set).",
        "",
    ),
    "precision_mps": (
        "Precision: {precision}: mixed precision is not used on Apple GPUs here.",
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


# param -> {phrase code: text}: the number formats and layouts a run trains in
PHRASES: dict[str, dict[str, str]] = {
    "precision": {
        "off": "float32",
        "bf16": "bf16",
        "fp16": "fp16 with a gradient scaler",
        "off_cl": "float32 with channels_last",
        "bf16_cl": "bf16 with channels_last",
        "fp16_cl": "fp16 with a gradient scaler and channels_last",
    },
}


class Note(CodedNote):
    """One engine note: a code and its values, reading as its English sentence."""

    TEMPLATES: ClassVar[dict[str, tuple[str, str]]] = TEMPLATES
    PHRASES: ClassVar[dict[str, dict[str, str]]] = PHRASES
    CONTEXT: ClassVar[str] = "EngineNote"
