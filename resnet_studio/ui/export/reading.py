"""Reading weight files in the export worker's thread, each file once.

Both readers are plain functions (no Qt): the export worker calls them in its thread,
so neither a checkpoint nor a .pth file is read on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

import torch

from resnet_studio.core.design.design import Design
from resnet_studio.core.export import load_source
from resnet_studio.core.export.source import Source
from resnet_studio.core.export.weights import as_state_dict, fit_keys, layout, match_torchvision
from resnet_studio.core.training.checkpoint import FORMAT, load_checkpoint


def read_weights(path: str | Path) -> dict[str, torch.Tensor]:
    """A studio checkpoint's model weights only: the file is mapped, not read whole,
    so the optimizer state (as big again as the model) stays on disk. TrainingError
    for a missing or damaged file, as :func:`load_checkpoint` words it."""
    try:
        raw = torch.load(str(path), map_location="cpu", weights_only=True, mmap=True)
        model = raw["model"] if isinstance(raw, dict) and raw.get("format") == FORMAT else None
    except Exception:  # noqa: BLE001 - the full reader says what is wrong
        model = None
    if not isinstance(model, dict):
        return dict(load_checkpoint(path).model)
    return {k: v.clone() for k, v in model.items()}  # off the mapping: the file may change


def read_import(path: str, design: Design) -> Source:
    """Weights to import, read once: a studio checkpoint (its design), or a state_dict
    matched to ``design`` or else to the torchvision preset it fits. Errors come from
    the core's readers (ExportError, TrainingError), worded for the user."""
    try:
        raw = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    except Exception:  # noqa: BLE001 - unreadable: the core's reader says why
        return load_source(path, design)
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        return load_source(path, design)  # a checkpoint: the core parses it (mapped above)
    state = as_state_dict(raw)
    if state is None:
        return load_source(path, design)  # not tensors by name: the core says so
    state = {k: v.clone() for k, v in state.items()}
    renamed, report = fit_keys(layout(design), state)  # d2l's and timm's keys renamed
    if report.ok:
        return Source(design, renamed, "weights", path)
    fits = match_torchvision(state, path)
    return Source(fits, fit_keys(layout(fits), state)[0], "weights", path)
