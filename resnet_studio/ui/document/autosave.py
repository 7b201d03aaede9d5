"""Autosave: a design with unsaved changes is written every few seconds, so a crash
loses nothing. The next start offers what a crashed session left behind.

Each session writes ``<session>.json`` beside a ``<session>.lock`` (QLockFile) in
``user_data_dir()/autosave``. A file whose lock is not held by a running studio is an
orphan of a session that ended without cleaning up: it is offered for recovery.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.files import (
    MAX_FILE_BYTES,
    atomic_write_bytes,
    design_from_dict,
    design_to_dict,
    parse_json,
)
from resnet_studio.core.design.problems import DesignError
from resnet_studio.core.paths import user_data_dir
from resnet_studio.ui.document.document import DesignDocument

FORMAT = "resnet-studio/autosave"
DELAY_MS = 2000  # after the last edit
LATEST_TIME = 32503680000  # the year 3000: later (or NaN) is not a time an autosave was made


def autosave_dir() -> Path:
    return user_data_dir() / "autosave"


@dataclass
class Recovery:
    """A design a previous session autosaved and never saved."""

    file: Path
    design: Design
    path: str  # the design file it belonged to, or ""
    saved_at: float  # seconds since the epoch

    @property
    def when(self) -> str:
        return datetime.fromtimestamp(self.saved_at).strftime("%Y-%m-%d %H:%M")

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)


class Autosaver(QObject):
    """Writes the document's design while it has unsaved changes; removes it otherwise."""

    def __init__(self, document: DesignDocument, directory: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.directory = Path(directory) if directory is not None else autosave_dir()
        self.directory.mkdir(parents=True, exist_ok=True)
        session = f"{os.getpid()}-{int(time.time() * 1000)}"
        self.file = self.directory / f"{session}.json"
        self.lock = QLockFile(str(self.directory / f"{session}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when the owner is not running
        self.lock.tryLock(0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        document.changed.connect(self.timer.start)
        document.dirtyChanged.connect(self._dirty_changed)

    def _dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self.timer.stop()
            self.file.unlink(missing_ok=True)

    def save_now(self) -> None:
        """Write the design now if it has unsaved changes (else drop the autosave)."""
        doc = self.document
        if not doc.dirty:
            self.file.unlink(missing_ok=True)
            return
        data = {"format": FORMAT, "path": doc.path, "saved_at": time.time(),
                "design": design_to_dict(doc.design)}
        try:
            atomic_write_bytes(self.file, json.dumps(data, indent=1).encode("utf-8"))
        except OSError:
            pass  # a full disk must not interrupt editing; the next change retries

    def discard(self) -> None:
        """A clean end of the session: nothing to recover."""
        self.timer.stop()
        self.file.unlink(missing_ok=True)
        self.lock.unlock()


def _read(file: Path) -> Recovery | None:
    """The autosave in ``file``, or None when anything in it is wrong (not JSON, nested
    too deep, a saved_at that is not a time, a design the loader refuses)."""
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return None
        data = parse_json(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        saved_at, path = data.get("saved_at"), data.get("path") or ""
        if (isinstance(saved_at, bool) or not isinstance(saved_at, (int, float))
                or not 0 <= saved_at <= LATEST_TIME or not isinstance(path, str)):
            return None
        design = design_from_dict(data.get("design"), str(file))
        return Recovery(file, design, path, float(saved_at))
    except (OSError, ValueError, DesignError):  # JsonError and UnicodeDecodeError too
        return None


def _set_aside(file: Path) -> None:
    """Rename an unreadable autosave to .bad (never over an earlier .bad): it is not
    offered again, and nothing is deleted."""
    target = file.with_suffix(".bad")
    n = 1
    while target.exists():
        n += 1
        target = file.with_suffix(f".{n}.bad")
    try:
        file.replace(target)
    except OSError:
        pass  # a read-only folder: it stays, and is skipped again next time


def find_orphans(directory: Path | None = None) -> list[Recovery]:
    """Autosaves whose session is gone, newest first. Unreadable ones are set aside
    (renamed to .bad) so they are not offered again."""
    directory = Path(directory) if directory is not None else autosave_dir()
    if not directory.is_dir():
        return []
    found = []
    for file in directory.glob("*.json"):
        lock_path = file.with_suffix(".lock")
        if lock_path.exists():
            lock = QLockFile(str(lock_path))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # a running studio owns it
            lock.unlock()
        recovery = _read(file)
        if recovery is None:
            _set_aside(file)
        else:
            found.append(recovery)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
