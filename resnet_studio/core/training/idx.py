"""MNIST's IDX files (images and labels as raw bytes behind a small header), read
without torchvision.

Importing torchvision costs over a second (it pulls in torch._dynamo) and holds the
interpreter lock in long stretches, which a window training in a background thread
feels as stalls. The embedded sample and MNIST-style folders already on disk are read
here; torchvision is imported only to download a missing dataset.
"""

from __future__ import annotations

import gzip
import math
import struct
from pathlib import Path

import torch

UBYTE = 0x08  # the only element type the MNIST family uses


class IdxError(ValueError):
    """The file is not a well-formed IDX file of bytes (the text says what is wrong)."""


def read_idx(path: Path) -> torch.Tensor:
    """An IDX file (plain or .gz) as a uint8 tensor of the shape its header gives.
    Raises IdxError for a bad magic number, a cut header or a payload of the wrong
    size, and OSError/EOFError when the file cannot be read."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        data = f.read()
    if len(data) < 4 or data[0] or data[1]:
        raise IdxError(f"{path.name}: not an IDX file (bad magic number)")
    if data[2] != UBYTE:
        raise IdxError(f"{path.name}: IDX element type 0x{data[2]:02x}, expected bytes (0x08)")
    ndim = data[3]
    header = 4 + 4 * ndim
    if not 1 <= ndim <= 4 or len(data) < header:
        raise IdxError(f"{path.name}: a cut or damaged IDX header ({ndim} dimensions)")
    shape = struct.unpack(f">{ndim}I", data[4:header])
    need = math.prod(shape)
    if len(data) - header != need:
        raise IdxError(f"{path.name}: {len(data) - header:,} bytes of data where its header "
                       f"{tuple(shape)} needs {need:,}")
    return torch.frombuffer(bytearray(data[header:]), dtype=torch.uint8).view(*shape)


def find(folder: Path, name: str) -> Path | None:
    """``name`` in ``folder``, unpacked or as ``name.gz``; None when neither is there."""
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def read_split(folder: Path, prefix: str) -> tuple[torch.Tensor, torch.Tensor]:
    """(images [N, 1, H, W] uint8, labels [N] int64) of ``prefix`` ("train" or "t10k")."""
    paths = [find(folder, f"{prefix}-{kind}") for kind in ("images-idx3-ubyte",
                                                           "labels-idx1-ubyte")]
    if None in paths:
        missing = [f"{prefix}-{k}" for k, p in zip(("images-idx3-ubyte", "labels-idx1-ubyte"),
                                                  paths) if p is None]
        raise FileNotFoundError(", ".join(missing))
    images, labels = (read_idx(p) for p in paths)
    if images.dim() != 3 or labels.dim() != 1:
        raise IdxError(f"{prefix}: images of {images.dim()} dimensions and labels of "
                       f"{labels.dim()} (expected 3 and 1)")
    if images.shape[0] != labels.shape[0]:
        raise IdxError(f"{prefix}: {images.shape[0]:,} images but {labels.shape[0]:,} labels")
    return images.unsqueeze(1).contiguous(), labels.to(torch.int64)
