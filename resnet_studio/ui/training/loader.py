"""Reading run logs, checkpoints and weight files off the GUI thread, each file once.

:class:`FileLoader` lives in its own thread of the registry (ui/common/threads.py);
the panel asks it by signal and gets plain data back by signal. Parsed run logs are
cached and re-read only when ``run.json`` or ``metrics.jsonl`` changed on disk.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from resnet_studio.core.design.files import atomic_write_bytes
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.runs import METRICS_FILE, RUN_FILE, load_run


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class RunLogCache:
    """Parsed runs (``core.runs.load_run``) by folder, valid while neither of the run's
    files changed (modification time and size); safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[str, tuple[tuple, dict[str, Any]]] = {}
        self.reads = 0  # how many times a run was parsed from disk (for tests, benchmarks)

    def get(self, run_dir: str) -> dict[str, Any]:
        """The run with its curves; TrainingError when it is not a readable run."""
        d = Path(run_dir)
        key = (_stamp(d / RUN_FILE), _stamp(d / METRICS_FILE))
        with self._lock:
            hit = self._runs.get(str(d))
        if hit is not None and hit[0] == key:
            return hit[1]
        run = load_run(d)
        with self._lock:
            self._runs[str(d)] = (key, run)
            self.reads += 1
        return run

    def forget(self, run_dir: str) -> None:
        with self._lock:
            self._runs.pop(str(Path(run_dir)), None)


class FileLoader(QObject):
    """Reads runs and checkpoints in its thread; every answer carries the caller's tag."""

    run_loaded = Signal(str, object, object)  # run folder, run dict, tag
    checkpoint_loaded = Signal(str, object, object)  # path, Checkpoint, tag
    failed = Signal(str, object, object)  # path, TrainingError.to_dict(), tag
    copied = Signal(str)  # the copy's path
    copy_failed = Signal(str)  # why the copy failed (the OS's words)

    def __init__(self, cache: RunLogCache | None = None):
        super().__init__()
        self.cache = cache or RunLogCache()

    @Slot(str, object)
    def load_run(self, run_dir: str, tag: object = None) -> None:
        """Parse a run folder (or take it from the cache)."""
        try:
            run = self.cache.get(run_dir)
        except TrainingError as e:
            self.failed.emit(run_dir, e.to_dict(), tag)
            return
        self.run_loaded.emit(run_dir, run, tag)

    @Slot(str, object)
    def load_checkpoint(self, path: str, tag: object = None) -> None:
        """Read a whole checkpoint (its design, config and history are wanted)."""
        try:
            ckpt = load_checkpoint(path)
        except TrainingError as e:
            self.failed.emit(path, e.to_dict(), tag)
            return
        self.checkpoint_loaded.emit(path, ckpt, tag)

    @Slot(str, str)
    def copy_file(self, source: str, target: str) -> None:
        """Copy a file atomically (temp + rename): a checkpoint saved under a new name."""
        try:
            atomic_write_bytes(target, Path(source).read_bytes())
        except OSError as e:
            self.copy_failed.emit(str(e))
            return
        self.copied.emit(target)
