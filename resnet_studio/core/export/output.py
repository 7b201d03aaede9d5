"""Writing export files all-or-nothing, with a clear error for a bad path."""

from __future__ import annotations

import os
from pathlib import Path

from resnet_studio.core.design.files import atomic_write_bytes
from resnet_studio.core.export.errors import ExportError


def write_output(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temp file and a rename, so a failed write leaves
    no half-written file (and keeps any previous one)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ExportError("write_failed", path=str(target), reason="it is a folder")
    if not target.parent.is_dir():
        raise ExportError("folder_missing", path=str(target), folder=str(target.parent))
    try:
        atomic_write_bytes(target, data)
    except OSError as e:
        raise ExportError("write_failed", path=str(target), reason=e.strerror or str(e)) from None
    return target


def write_text(path: str | os.PathLike, text: str) -> Path:
    """``write_output`` for UTF-8 text (a lone surrogate, say in a design's name, is
    written as a \\udXXX escape rather than failing the export)."""
    return write_output(path, text.encode("utf-8", "backslashreplace"))


def file_stem(name: str) -> str:
    """A design name made into a file name: 'd2l-resnet18', 'my_net' (never empty; at
    most 100 characters, so a suffix and a temp-file prefix still fit in 255 bytes)."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip("._")
    return stem.encode("utf-8", "ignore")[:100].decode("utf-8", "ignore").strip("._") or "model"
