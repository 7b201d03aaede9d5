"""Precision: which number format and memory layout a run trains in, and the autocast
context and gradient scaler that format needs.

"auto" (the default) measures: on a device with fast bf16 (a CUDA GPU that supports
it; a CPU with AVX512-BF16 or AMX), a few forward and backward passes of a throwaway
copy of the model, at the run's image size, in float32 and in bf16 autocast with
channels_last. The faster wins (bf16 must be clearly faster, by MARGIN). A CUDA GPU
without bf16 uses fp16 with a gradient scaler instead. The choice is remembered per
process (the estimate and the run that follows agree) and kept in checkpoints (a
resumed run continues in the format it started in).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import torch
from torch import nn

from resnet_studio.core.training.notes import Note

DTYPES = {"bf16": torch.bfloat16, "fp16": torch.float16}
MARGIN = 1.15  # bf16 must be at least this much faster to be chosen
BUDGET_S = 6.0  # the measurement's time limit (warm-ups included)
PROBE_BATCH = 64  # images per measured pass (the speed ratio, not the absolute speed)


@dataclass(frozen=True)
class Choice:
    """The precision a run trains in: amp "off" (float32), "bf16" or "fp16"; the memory
    layout; and for "auto" the measured speed-up over float32 (None when not measured)."""

    amp: str
    channels_last: bool
    auto: bool = False
    speedup: float | None = None
    reason: str = ""  # auto: "faster", "not_faster", "no_bf16" or "kept" (resumed)


_CHOSEN: dict[tuple, Choice] = {}


def forget_choices() -> None:
    """Forget the measured choices (the next "auto" run measures again)."""
    _CHOSEN.clear()


def fast_bf16(device: torch.device) -> bool:
    """Whether the device runs bf16 natively (not emulated)."""
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    if device.type == "cpu":
        try:
            return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
        except (AttributeError, RuntimeError):
            return False
    return False


def forced(amp: str, channels_last: bool, device: torch.device) -> Choice:
    """A precision the user chose ("off"/"fp32", "bf16", "fp16"), as the device runs it:
    MPS trains in float32 (its autocast is not used here)."""
    mode = "off" if amp in ("off", "fp32") or device.type == "mps" else amp
    return Choice(mode, channels_last)


def choose(model: nn.Module, sample: Callable[[], torch.Tensor], device: torch.device,
           key: tuple, channels_last: bool = False) -> Choice:
    """The "auto" choice for a model whose input batches ``sample()`` makes: measured
    once per ``key`` in this process (see the module's docstring)."""
    if key in _CHOSEN:
        return _CHOSEN[key]
    if device.type == "cuda" and not fast_bf16(device):
        choice = Choice("fp16", True, auto=True, reason="no_bf16")
    elif not fast_bf16(device):
        choice = Choice("off", channels_last, auto=True, reason="no_bf16")
    else:
        fp32, bf16 = _measure(model, sample, device)
        speedup = fp32 / bf16 if bf16 > 0 else 0.0
        if speedup >= MARGIN:
            choice = Choice("bf16", True, auto=True, speedup=speedup, reason="faster")
        else:
            choice = Choice("off", channels_last, auto=True, speedup=speedup, reason="not_faster")
    _CHOSEN[key] = choice
    return choice


def _measure(model: nn.Module, sample: Callable[[], torch.Tensor],
             device: torch.device) -> tuple[float, float]:
    """Best seconds of a forward + backward pass: (float32, bf16 + channels_last)."""
    plain = copy.deepcopy(model).train()
    fast = copy.deepcopy(model).train().to(memory_format=torch.channels_last)
    x = sample().detach()
    x_cl = x.contiguous(memory_format=torch.channels_last)
    runs = [(plain, x, nullcontext), (fast, x_cl, lambda: autocast("bf16", device))]
    best = [float("inf"), float("inf")]
    start = time.perf_counter()
    for round_ in range(4):  # round 0 warms up (kernels, caches); then keep the best
        for i, (net, inp, ctx) in enumerate(runs):
            t = time.perf_counter()
            with ctx():
                out = net(inp)
            out.float().sum().backward()
            net.zero_grad(set_to_none=True)
            _sync(device)
            if round_:
                best[i] = min(best[i], time.perf_counter() - t)
        if round_ and time.perf_counter() - start > BUDGET_S:
            break
    return best[0], best[1]


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def note(choice: Choice, requested: str, device: torch.device) -> Note:
    """The note announcing a run's precision ("Precision: bf16 with channels_last
    (auto, 1.9x faster here).")."""
    label = choice.amp + ("_cl" if choice.channels_last else "")
    if not choice.auto:
        mps = device.type == "mps" and requested in DTYPES
        return Note("precision_mps" if mps else "precision_set", precision=label)
    code = {"faster": "precision_faster", "not_faster": "precision_not_faster",
            "kept": "precision_kept"}.get(choice.reason, "precision_no_bf16")
    return Note(code, precision=label, speedup=choice.speedup or 0.0)


def autocast(amp: str, device: torch.device) -> AbstractContextManager:
    """The forward pass's autocast context ("off": none)."""
    if amp not in DTYPES:
        return nullcontext()
    return torch.autocast(device_type=device.type, dtype=DTYPES[amp])


def grad_scaler(amp: str, device: torch.device) -> torch.amp.GradScaler | None:
    """fp16 needs a gradient scaler (its range is small); bf16 and float32 do not."""
    return torch.amp.GradScaler(device.type) if amp == "fp16" else None
