"""Precision: the autocast context and gradient scaler a run's precision needs."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

import torch

DTYPES = {"bf16": torch.bfloat16, "fp16": torch.float16}


def amp_mode(requested: str, device: torch.device) -> str:
    """The mixed precision a device runs: the requested one on CUDA, else "off"."""
    return requested if device.type == "cuda" else "off"


def autocast(amp: str, device: torch.device) -> AbstractContextManager:
    """The forward pass's autocast context ("off": none)."""
    if amp == "off":
        return nullcontext()
    return torch.autocast(device_type=device.type, dtype=DTYPES[amp])


def grad_scaler(amp: str) -> torch.amp.GradScaler | None:
    """fp16 needs a gradient scaler (its range is small); bf16 and float32 do not."""
    return torch.amp.GradScaler("cuda") if amp == "fp16" else None
