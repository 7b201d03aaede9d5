"""The torchinfo check of the trace, off the GUI thread.

A plain Python thread builds the model and runs torchinfo.summary (seconds for a
ResNet-50); the result comes back through a queued Qt signal, so widgets are only
touched on the GUI thread. A daemon thread never blocks quitting, and Qt is never
asked to destroy a running QThread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from resnet_studio.core.design.design import Design


class TorchinfoCheck(QObject):
    """``start(design, shape)``; ``done(Verification | None, error text)`` follows."""

    done = Signal(object, str)

    def start(self, design: Design, shape: tuple[int, ...]) -> None:
        threading.Thread(target=self._run, args=(design, shape), name="torchinfo-check",
                         daemon=True).start()

    def _run(self, design: Design, shape: tuple[int, ...]) -> None:
        from resnet_studio.core.design.verify import verify

        try:
            result, error = verify(design, shape), ""
        except Exception as e:  # a design torch refuses, out of memory: say so, keep going
            result, error = None, f"{type(e).__name__}: {e}"
        try:
            self.done.emit(result, error)
        except RuntimeError:  # the pane was closed meanwhile
            pass
