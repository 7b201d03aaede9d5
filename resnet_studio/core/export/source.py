"""What an export starts from: a preset, a design file, a checkpoint, a run folder, or a
torchvision state_dict file. Each gives a design and (except designs) its weights."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import torch

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.files import load_design
from resnet_studio.core.design.presets import preset, preset_names
from resnet_studio.core.export.errors import ExportError
from resnet_studio.core.export.weights import check_fits, match_torchvision, read_state_dict
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.runs import CHECKPOINT_FILE as CHECKPOINT_NAME


@dataclass
class Source:
    """A design and, when the source had them, its weights."""

    design: Design
    state_dict: dict[str, torch.Tensor] | None
    kind: str  # "preset", "design", "checkpoint" or "weights"
    path: str | None = None
    input_shape: tuple[int, ...] | None = None  # (C, H, W) a checkpoint was trained at
    # Per-channel mean and std the training data was normalised with (values in 0..1);
    # an exported model expects its inputs prepared the same way.
    mean: list[float] | None = None
    std: list[float] | None = None

    def input_note(self) -> str | None:
        """What an exported trained model expects of its input, or None."""
        if not self.mean or not self.std:
            return None
        size = f", resized to {self.input_shape[1]}x{self.input_shape[2]}" if self.input_shape else ""
        fmt = ", ".join
        return (f"the model expects images scaled to 0..1{size}, then normalised per channel "
                f"with mean [{fmt(f'{m:.4f}' for m in self.mean)}] and std "
                f"[{fmt(f'{v:.4f}' for v in self.std)}] (the training data's)")

    @property
    def trained(self) -> bool:
        return self.state_dict is not None


def load_source(text: str | os.PathLike, design: Design | None = None) -> Source:
    """Resolve ``text``: a preset name, a design .json, a checkpoint, a run folder (its
    checkpoint.pt) or a state_dict file (matched to ``design`` or a torchvision preset).

    Raises DesignError for a bad design file, ExportError for anything else."""
    name = str(text)
    p = Path(name).expanduser()
    try:
        p.stat()
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as e:  # e.g. a name longer than the system allows
        raise ExportError("read_failed", path=name[:200], reason=getattr(e, "strerror", None)
                          or str(e)) from None
    if p.is_dir():
        if not (p / CHECKPOINT_NAME).is_file():
            raise ExportError("not_a_checkpoint", path=name,
                              reason=f"a folder without {CHECKPOINT_NAME}")
        return load_weights_file(p / CHECKPOINT_NAME, design)
    if p.suffix.lower() == ".json":
        return Source(load_design(p), None, "design", str(p))
    if p.is_file():
        return load_weights_file(p, design)
    if name in preset_names():
        return Source(preset(name), None, "preset")
    if p.suffix or os.sep in name or "/" in name:
        raise ExportError("read_failed", path=name, reason="no such file")
    return Source(preset(name), None, "preset")  # raises DesignError listing the presets


def load_weights_file(path: str | os.PathLike, design: Design | None = None) -> Source:
    """A studio checkpoint, or else a plain state_dict (torchvision's or our own export).

    A damaged, unsafe or too-new checkpoint raises the engine's TrainingError."""
    p = str(path)
    if not _looks_like_torch_file(p):
        raise ExportError("not_a_checkpoint", path=p,
                          reason="it is not a file written by torch.save")
    try:
        checkpoint = load_checkpoint(p)
    except TrainingError as e:
        if e.code != "checkpoint_foreign" or e.params.get("studio"):
            raise  # damaged, unsafe, or a studio checkpoint with a wrong structure
        foreign = e.params.get("reason", "")
    else:
        data = checkpoint.data
        shape = data.get("input_shape")
        mean, std = data.get("mean"), data.get("std")
        stats_ok = isinstance(mean, list) and isinstance(std, list) and len(mean) == len(std)
        return Source(checkpoint.design, dict(checkpoint.model), "checkpoint", p,
                      tuple(shape) if isinstance(shape, list) and len(shape) == 3 else None,
                      mean if stats_ok else None, std if stats_ok else None)
    try:
        state = read_state_dict(p)
    except ExportError as e:
        raise ExportError("not_a_checkpoint", path=p, reason=foreign or e.params.get("reason")
                          ) from None
    if design is None:
        design = match_torchvision(state, p)
    state = check_fits(state, design, p)
    return Source(design, state, "weights", p)


def _looks_like_torch_file(path: str) -> bool:
    """torch.save writes a zip archive (or, before 1.6, a pickle starting with 0x80)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return True  # let the loader report the real reason
    return head.startswith(b"PK\x03\x04") or head[:1] == b"\x80"
