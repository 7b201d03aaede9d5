"""The lessons' measurements in a worker thread: one run at a time, stoppable, the
result or the error sent back to the GUI thread as a signal."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, Signal, Slot

from resnet_studio.ui.common.threads import WorkerThread


class LessonWorker(QObject):
    """Lives in the worker thread; ``run(name)`` arrives as a queued call."""

    progress = Signal(str, float, str)  # lesson, fraction done, what is running
    finished = Signal(str, object)  # lesson, result dict
    stopped = Signal(str)
    failed = Signal(str, str)  # lesson, error text

    def __init__(self):
        super().__init__()
        self._control = None

    @Slot()
    def prepare(self) -> None:
        """At thread start (the registry's hook): import torch's side of the lessons."""
        import resnet_studio.core.lessons  # noqa: F401

    @Slot(str, object)
    def run(self, name: str, control) -> None:
        """Run one lesson under ``control`` (made by the GUI side, so a stop pressed
        before the thread picks the run up still counts)."""
        from resnet_studio.core.lessons import LessonStopped, run_lesson

        self._control = control
        control.set_progress(lambda f, text: self.progress.emit(name, f, text))
        try:
            control.check()
            result = run_lesson(name, control)
            if name == "receptive-field":  # the picture the squares are drawn on
                from resnet_studio.core.lessons.receptive import sample_image

                result["image"] = sample_image(result["size"])[0, 0].numpy()
        except LessonStopped:
            self.stopped.emit(name)
        except Exception as e:  # a measurement failing must not take the studio down
            traceback.print_exc()
            self.failed.emit(name, f"{type(e).__name__}: {e}")
        else:
            self.finished.emit(name, result)
        finally:
            self._control = None

    def stop(self) -> None:
        """Stop the running measurement at its next step (any thread)."""
        control = self._control
        if control is not None:
            control.stop()

    def hard_stop(self) -> None:
        """The registry's second try at closing: the same stop."""
        self.stop()

    def interrupt(self) -> bool:
        """Never raise into the thread: each step of a lesson is short."""
        return False


class LessonRunner(QObject):
    """The GUI side: owns the worker thread and starts runs on it."""

    _start = Signal(str, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = LessonWorker()
        self.handle = WorkerThread(self.worker)
        self._start.connect(self.worker.run)  # queued: the worker lives in the thread
        self.control = None

    def start(self, name: str) -> None:
        """Run lesson ``name`` in the worker thread, under a new Control."""
        from resnet_studio.core.lessons import Control

        self.control = Control()
        self._start.emit(name, self.control)

    def stop(self) -> None:
        """Stop the current run at its next step."""
        if self.control is not None:
            self.control.stop()

    def shutdown(self, timeout_s: float = 2.0) -> None:
        """Stop the run and end the thread (window closing)."""
        self.stop()
        self.handle.stop(timeout_s)
