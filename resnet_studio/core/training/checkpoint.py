"""Checkpoints: everything needed to continue a run exactly, in one file.

A checkpoint holds only tensors and plain containers (the design and config as
dicts, RNG states as tensors), so it loads with ``torch.load(weights_only=True)``
and opening one never runs code. Writing goes through a temp file and a rename:
a crash or a full disk leaves the previous checkpoint intact.
"""

from __future__ import annotations

import io
import os
import pickle
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.files import atomic_write_bytes, design_from_dict, design_to_dict
from resnet_studio.core.design.problems import DesignError
from resnet_studio.core.training.config import TrainConfig, TrainingError

FORMAT = "resnet-studio/checkpoint"
FORMAT_VERSION = 1


@dataclass
class Checkpoint:
    """A loaded checkpoint. ``progress`` says where the run stopped: epoch (0-based,
    the one in progress), batch (batches of it done), step (steps done in all), and
    the partial epoch's sums so a resumed epoch reports what an unbroken one would."""

    design: Design
    config: TrainConfig
    model: dict[str, torch.Tensor]
    optimizer: dict[str, Any]
    scheduler: dict[str, Any] | None
    scaler: dict[str, Any] | None
    history: dict[str, Any]
    rng: dict[str, Any]
    progress: dict[str, Any]
    data: dict[str, Any] = field(default_factory=dict)  # class names, mean/std, input size
    path: str = ""


def save_checkpoint(path: str | os.PathLike, *, design: Design, config: TrainConfig,
                    model: dict[str, torch.Tensor], optimizer: dict[str, Any],
                    scheduler: dict[str, Any] | None = None, scaler: dict[str, Any] | None = None,
                    history: dict[str, Any] | None = None, rng: dict[str, Any] | None = None,
                    progress: dict[str, Any] | None = None,
                    data: dict[str, Any] | None = None) -> None:
    """Write a checkpoint atomically (temp file + rename)."""
    payload = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "design": design_to_dict(design),
        "config": config.to_dict(),
        "model": {k: v.detach().cpu() for k, v in model.items()},
        "optimizer": _to_cpu(optimizer),
        "scheduler": scheduler,
        "scaler": scaler,
        "history": history or {},
        "rng": _to_cpu(rng or rng_state()),
        "progress": progress or {},
        "data": data or {},
    }
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    atomic_write_bytes(path, buffer.getvalue())


def load_checkpoint(path: str | os.PathLike, map_location: str | torch.device = "cpu") -> Checkpoint:
    """Read a checkpoint with ``weights_only=True``; TrainingError for a missing,
    damaged, foreign or unsafe file."""
    p = str(path)
    try:
        raw = torch.load(p, map_location=map_location, weights_only=True)
    except FileNotFoundError:
        raise TrainingError("checkpoint_missing", path=p) from None
    except IsADirectoryError:
        raise TrainingError("checkpoint_foreign", path=p, reason="it is a folder") from None
    except pickle.UnpicklingError as e:
        if "unsupported global" in str(e).lower():  # a pickled class or function
            raise TrainingError("checkpoint_unsafe", path=p) from None
        raise TrainingError("checkpoint_corrupt", path=p, reason=_unpickling_reason(e)) from None
    except (RuntimeError, EOFError, OSError, zipfile.BadZipFile, ValueError) as e:
        raise TrainingError("checkpoint_corrupt", path=p, reason=_short(e)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        reason = ("it looks like a bare model state_dict" if isinstance(raw, dict) and raw
                  and all(isinstance(v, torch.Tensor) for v in raw.values())
                  else "it has no ResNet Studio format marker")
        raise TrainingError("checkpoint_foreign", path=p, reason=reason)
    version = raw.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise TrainingError("checkpoint_version", path=p, version=version,
                            supported=FORMAT_VERSION)
    try:
        design = design_from_dict(raw["design"], p)
        config = TrainConfig.from_dict(raw["config"])
        return Checkpoint(design=design, config=config, model=raw["model"],
                          optimizer=raw["optimizer"], scheduler=raw.get("scheduler"),
                          scaler=raw.get("scaler"), history=raw.get("history") or {},
                          rng=raw.get("rng") or {}, progress=raw.get("progress") or {},
                          data=raw.get("data") or {}, path=p)
    except KeyError as e:
        raise TrainingError("checkpoint_corrupt", path=p, reason=f"'{e.args[0]}' is missing") from None
    except DesignError as e:
        raise TrainingError("checkpoint_corrupt", path=p,
                            reason="its design is invalid: " + e.problems[0].message) from None
    except TrainingError as e:
        raise TrainingError("checkpoint_corrupt", path=p,
                            reason="its config is invalid: " + e.message) from None


def rng_state() -> dict[str, Any]:
    """The random number generators' states (CPU, and CUDA when there), as tensors."""
    state: dict[str, Any] = {"torch": torch.get_rng_state()}
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    """Restore what :func:`rng_state` captured (CUDA states only where CUDA is)."""
    if "torch" in state:
        torch.set_rng_state(state["torch"].cpu())
    if "cuda" in state and torch.cuda.is_available():
        cuda = [s.cpu() for s in state["cuda"]][:torch.cuda.device_count()]
        torch.cuda.set_rng_state_all(cuda)


def _to_cpu(obj: Any) -> Any:
    if isinstance(obj, torch.Tensor):
        return obj.detach().cpu()
    if isinstance(obj, dict):
        return {k: _to_cpu(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_to_cpu(v) for v in obj)
    return obj


def checkpoint_path(run_dir: str | os.PathLike) -> Path:
    return Path(run_dir) / "checkpoint.pt"


def _unpickling_reason(e: BaseException) -> str:
    """torch's weights-only message is long; keep its diagnosis line."""
    lines = [line.strip() for line in str(e).splitlines() if line.strip()]
    detail = next((line for line in lines if "operand" in line.lower()), None)
    return detail or (lines[0][:200] if lines else type(e).__name__)


def _short(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    return (lines[0] if lines else type(e).__name__)[:200]
