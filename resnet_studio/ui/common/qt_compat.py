"""Work-around for a reference-counting bug of the installed PySide6, detected at import.

PySide6 6.12 on Python 3.10/3.11 drops one reference to ``None`` on every call of a
Qt method that returns nothing (``label.setText``, ``item.setData``, ``painter.setPen``,
...), and on every None a Python ``data()`` override hands back to C++. From Python
3.12 on, None is immortal and this is harmless; before, a busy window aborts with
"Fatal Python error: none_dealloc: deallocating None" after some 60,000 such calls
(minutes of editing, or one long training run).

If the probe below sees the bug, None's reference count is raised by 2**40 once, as
Python 3.12 does for every build: None can then never reach zero. Nothing happens on
an installation without the bug.

Upstream: no report of this exact bug was found (PySide's tracker is
bugreports.qt.io, component "PySide"); the symptom is the one CPython's issue #93762
describes for any extension that returns ``Py_None`` without a new reference.
Remove this module when the project requires Python >= 3.12 (None is immortal there),
or when ``drops_none_references()`` is False for every PySide6 version the project
allows; tests/test_qt_compat.py says which case holds here.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

PROBE_CALLS = 256


def drops_none_references() -> bool:
    """Does a void Qt call lose a reference to None here?"""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= PROBE_CALLS // 2


def pin_none() -> bool:
    """Make None practically immortal when the bug is present; True if it was needed."""
    if sys.version_info >= (3, 12) or not drops_none_references():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


NONE_PINNED = pin_none()
