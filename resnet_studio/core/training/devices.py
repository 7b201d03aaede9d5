"""Devices: which ones this machine can train on, which one a config names, where a
dataset's tensors live on it, and how a device failure looks (out of memory)."""

from __future__ import annotations

import errno

import torch

from resnet_studio.core.training.config import TrainingError

MAX_DEVICE_DATA_FRACTION = 0.25  # keep a dataset on the GPU if it takes <= 1/4 of free memory


def _mps_available() -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps and mps.is_available())


def available_devices() -> list[tuple[str, str]]:
    """Devices this machine can train on: (id, label), best first, CPU last."""
    out = []
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            p = torch.cuda.get_device_properties(i)
            out.append((f"cuda:{i}", f"CUDA {i}: {p.name} ({p.total_memory / 2**30:.0f} GB)"))
    if _mps_available():
        out.append(("mps", "Apple GPU (MPS)"))
    threads = torch.get_num_threads()
    out.append(("cpu", f"CPU ({threads} thread{'' if threads == 1 else 's'})"))
    return out


def pick_device(spec: str) -> torch.device:
    """The device a config names ("auto": CUDA, then MPS, then CPU)."""
    choices = ", ".join(["auto"] + [d for d, _ in available_devices()])
    if spec == "auto":
        return torch.device(available_devices()[0][0])
    try:
        device = torch.device(spec)
    except (RuntimeError, ValueError):
        raise TrainingError("device_unavailable", device=spec, cause="not_a_device",
                            choices=choices) from None
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise TrainingError("device_unavailable", device=spec, cause="no_cuda", choices=choices)
        index = device.index or 0
        if index >= torch.cuda.device_count():
            raise TrainingError("device_unavailable", device=spec, cause="cuda_count",
                                count=torch.cuda.device_count(), choices=choices)
        return torch.device("cuda", index)
    if device.type == "mps" and not _mps_available():
        raise TrainingError("device_unavailable", device=spec, cause="no_mps", choices=choices)
    if device.type not in ("cpu", "cuda", "mps"):
        raise TrainingError("device_unavailable", device=spec, cause="unsupported",
                            choices=choices)
    return device


def device_label(device: torch.device) -> str:
    return dict(available_devices()).get(str(device), str(device))


def place(images: torch.Tensor, targets: torch.Tensor,
          device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    """Keep a split on the training device when it fits; else pinned CPU memory."""
    if device.type == "cpu":
        return images, targets
    if device.type == "cuda":
        free, _ = torch.cuda.mem_get_info(device)
        if images.numel() > MAX_DEVICE_DATA_FRACTION * free:
            return images.pin_memory(), targets.pin_memory()
    return images.to(device), targets.to(device)


def synchronize(device: torch.device) -> None:
    """Wait for the device's queued work (for timing); nothing to wait for on a CPU."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":
        torch.mps.synchronize()


def is_oom(e: BaseException) -> bool:
    """Whether an exception is the device running out of memory."""
    oom = getattr(torch, "OutOfMemoryError", torch.cuda.OutOfMemoryError)
    return isinstance(e, oom) or (isinstance(e, RuntimeError) and "out of memory" in str(e).lower())


def is_disk_full(e: BaseException) -> bool:
    """Whether an exception is a full disk (or an exhausted quota)."""
    return isinstance(e, OSError) and e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
