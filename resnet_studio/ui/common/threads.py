"""The one registry of the studio's worker threads (training, file loading, export).

Each worker QObject gets its own QThread, started once; stopped on close within about
two seconds; and never destroyed while it runs, because Qt aborts the whole process
when a running QThread is destroyed. So every started thread is kept in a registry
until it has finished, and the registry stops what is left when the application
quits (or, in scripts and tests without ``aboutToQuit``, when Python exits).

A worker may offer ``prepare()`` (run when its thread starts), ``stop()`` (a stop at
the next safe point), ``hard_stop()`` and ``interrupt() -> bool`` (see
TrainingWorker); a worker without them simply finishes the slot it is running.
"""

from __future__ import annotations

import atexit
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread

GRACEFUL_SHARE = 0.5  # of the stop time, waiting for the stop before the next batch
INTERRUPT_WAIT_S = 1.0  # after raising HardStop in the worker thread
UNINTERRUPTIBLE_WAIT_S = 30.0  # most one C call (an import) may still take

_RUNNING: dict[int, WorkerThread] = {}
_guarded = False


class WorkerThread:
    """One QThread running one worker QObject, kept in the registry until it ends."""

    def __init__(self, worker: QObject, name: str = "training"):
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        prepare = getattr(worker, "prepare", None)
        if callable(prepare):
            self.thread.started.connect(prepare)
        _RUNNING[id(self)] = self
        _guard_exit()
        self.thread.start()

    def is_running(self) -> bool:
        try:
            return self.thread.isRunning()
        except RuntimeError:  # the C++ object is gone (interpreter exit)
            return False

    def stop(self, timeout_s: float = 2.0) -> bool:
        """End the thread within about ``timeout_s``: a stop before the next batch,
        then one inside the batch (hooks at every layer), then, outside a run's steps
        (a download, an estimate), an exception at the worker's next Python line.
        An import still going on is waited for. True when the thread has ended."""
        if not self.is_running():
            _RUNNING.pop(id(self), None)
            return True
        deadline = time.monotonic() + timeout_s
        self._call("stop")
        self.thread.quit()  # takes effect once the slot running now returns
        if not self.thread.wait(int(1000 * timeout_s * GRACEFUL_SHARE)):
            self._call("hard_stop")
            left = max(deadline - time.monotonic(), 0.1)
            if not self.thread.wait(int(1000 * left)) and self._call("interrupt"):
                self.thread.wait(int(1000 * INTERRUPT_WAIT_S))
            if self.thread.isRunning():
                self.thread.wait(int(1000 * UNINTERRUPTIBLE_WAIT_S))
        done = self.thread.isFinished()
        if done:
            _RUNNING.pop(id(self), None)
        return done

    def _call(self, name: str) -> object:
        """Call the worker's optional control method ``name`` (from this thread)."""
        method = getattr(self.worker, name, None)
        return method() if callable(method) else None


def stop_all(timeout_s: float = 2.0) -> None:
    """Stop every worker thread still running (application quit, Python exit)."""
    for handle in list(_RUNNING.values()):
        handle.stop(timeout_s)


def _guard_exit() -> None:
    global _guarded
    if _guarded:
        return
    _guarded = True
    atexit.register(stop_all)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop_all)
