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
    except MemoryError:
        raise TrainingError("checkpoint_corrupt", path=p, reason="it is too large to load") from None
    except Exception as e:  # torch's reader fails on arbitrary bytes in many ways
        raise TrainingError("checkpoint_corrupt", path=p, reason=_short(e)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        reason = ("it looks like a bare model state_dict" if isinstance(raw, dict) and raw
                  and all(isinstance(v, torch.Tensor) for v in raw.values())
                  else "it has no ResNet Studio format marker")
        raise TrainingError("checkpoint_foreign", path=p, reason=reason)
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version > FORMAT_VERSION:
        raise TrainingError("checkpoint_version", path=p, version=_safe(version),
                            supported=FORMAT_VERSION)
    return _checked(raw, p)


def _checked(raw: dict[str, Any], p: str) -> Checkpoint:
    """The one structure check every loader relies on: each field has the type and
    shape the engine, the export and the panel read it with, and the weights fit the
    design. Anything else is TrainingError("checkpoint_foreign") saying what is wrong."""
    def foreign(reason: str) -> TrainingError:
        return TrainingError("checkpoint_foreign", path=p, reason=reason, studio=True)

    for key in ("design", "config", "model", "optimizer"):
        if key not in raw:
            raise foreign(f"'{key}' is missing")
    try:
        design = design_from_dict(raw["design"], p)
        config = TrainConfig.from_dict(raw["config"])
    except DesignError as e:
        raise foreign("its design is invalid: " + e.problems[0].message) from None
    except TrainingError as e:
        raise foreign("its config is invalid: " + e.message) from None
    ckpt = Checkpoint(design=design, config=config, model=raw["model"],
                      optimizer=raw["optimizer"], scheduler=raw.get("scheduler"),
                      scaler=raw.get("scaler"), history=_or_empty(raw, "history"),
                      rng=_or_empty(raw, "rng"), progress=_or_empty(raw, "progress"),
                      data=_or_empty(raw, "data"), path=p)
    wrong = _structure_problem(ckpt)
    if wrong:
        raise foreign(wrong)
    return ckpt


def _or_empty(raw: dict[str, Any], key: str) -> Any:
    value = raw.get(key)
    return {} if value is None else value


def _safe(value: Any) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**15 else "a huge number"
    return text[:40]


def _is_int(v: Any, low: int = 0, high: int = 10**15) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _is_number(v: Any) -> bool:
    return isinstance(v, float) or _is_int(v, -10**15)


def _numbers(v: Any) -> bool:
    return isinstance(v, list) and all(_is_number(x) for x in v)


def _structure_problem(c: Checkpoint) -> str | None:
    """What is wrong with a loaded checkpoint's fields, or None."""
    if not isinstance(c.model, dict) or not c.model or not all(
            isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in c.model.items()):
        return "'model' is not a state_dict (names to tensors)"
    o = c.optimizer  # {} in a checkpoint made for export only (no training to resume)
    if not (isinstance(o, dict) and (not o or isinstance(o.get("state"), dict)
            and isinstance(o.get("param_groups"), list)
            and all(isinstance(g, dict) and isinstance(g.get("params"), list)
                    for g in o["param_groups"]))):
        return "'optimizer' is not an optimizer state (state and param_groups)"
    for key in ("scheduler", "scaler"):
        if getattr(c, key) is not None and not isinstance(getattr(c, key), dict):
            return f"'{key}' is not a dict"
    for key in ("history", "rng", "progress", "data"):
        if not isinstance(getattr(c, key), dict):
            return f"'{key}' is not a dict"
    return (_progress_problem(c.progress) or _history_problem(c.history)
            or _data_problem(c.data) or _rng_problem(c.rng) or _fit_problem(c))


def _progress_problem(p: dict[str, Any]) -> str | None:
    for key in ("epoch", "batch", "step"):
        if key in p and not _is_int(p[key]):
            return f"progress '{key}' is not a whole number of 0 or more"
    sums = p.get("sums")
    if sums is not None and not (
            isinstance(sums, dict) and all(_is_number(sums.get(k)) for k in
                                           ("loss", "correct", "seen", "seconds"))
            and _numbers(sums.get("norms")) and _is_int(sums.get("norm_steps"))):
        return "progress 'sums' is not the partial epoch's sums"
    return None


def _history_problem(h: dict[str, Any]) -> str | None:
    epochs = h.get("epochs", [])
    if not isinstance(epochs, list) or not all(
            isinstance(e, dict) and all(_is_number(e[k]) or e[k] is None
                                        for k in _EPOCH_NUMBERS if k in e) for e in epochs):
        return "history 'epochs' is not a list of epoch records"
    batches = h.get("batches", {})
    if not isinstance(batches, dict) or not all(
            isinstance(k, str) and _numbers(v) for k, v in batches.items()):
        return "history 'batches' is not lists of numbers"
    confusion = h.get("last_confusion")
    if confusion is not None and not (isinstance(confusion, list)
                                      and all(_numbers(row) for row in confusion)):
        return "history 'last_confusion' is not a matrix"
    return None


def _data_problem(d: dict[str, Any]) -> str | None:
    names = d.get("class_names", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return "data 'class_names' is not a list of strings"
    for key in ("mean", "std"):
        if key in d and d[key] is not None and not (_numbers(d[key]) and 0 < len(d[key]) <= 16):
            return f"data '{key}' is not a list of numbers (one per channel)"
    if d.get("mean") is not None and d.get("std") is not None and (
            len(d["mean"]) != len(d["std"]) or not all(v > 0 for v in d["std"])):
        return "data 'mean' and 'std' do not pair up (one each per channel, std above 0)"
    shape = d.get("input_shape")
    if shape is not None and not (isinstance(shape, list) and len(shape) == 3
                                  and all(_is_int(v, 1, 1 << 20) for v in shape)):
        return "data 'input_shape' is not three sizes (C, H, W)"
    for key in ("dataset", "test_name"):
        if key in d and d[key] is not None and not isinstance(d[key], str):
            return f"data '{key}' is not a string"
    return None


_EPOCH_NUMBERS = ("epoch", "step", "train_loss", "train_accuracy", "test_loss", "test_accuracy",
                  "seconds", "examples_per_s", "lr")


def _rng_problem(r: dict[str, Any]) -> str | None:
    state = r.get("torch")
    if state is not None and not (isinstance(state, torch.Tensor) and state.dtype == torch.uint8):
        return "rng 'torch' is not a random generator state"
    cuda = r.get("cuda")
    if cuda is not None and not (isinstance(cuda, list)
                                 and all(isinstance(t, torch.Tensor) for t in cuda)):
        return "rng 'cuda' is not a list of generator states"
    return None


def _fit_problem(c: Checkpoint) -> str | None:
    """Do the weights fit the design (names and shapes)? Checked on the meta device:
    no memory is taken for the model."""
    from resnet_studio.core.design.builder import build

    try:
        with torch.device("meta"):
            expected = build(c.design, check=False).state_dict()
    except Exception as e:  # a design the builder refuses, whatever it raises
        return "its design cannot be built: " + _short(e)
    missing = [k for k in expected if k not in c.model]
    extra = [k for k in c.model if k not in expected]
    if missing or extra:
        name = (missing or extra)[0]
        return (f"its weights do not fit its design ('{name[:60]}' is "
                f"{'missing' if missing else 'not in the design'})")
    for k, v in expected.items():
        if tuple(c.model[k].shape) != tuple(v.shape):
            return (f"its weights do not fit its design ('{k}' has shape "
                    f"{tuple(c.model[k].shape)}, the design needs {tuple(v.shape)})")
    return None


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
