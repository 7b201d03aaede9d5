"""File > Export entries (Python code, TorchScript, ONNX, state_dict, the trace as text
or CSV, a run's metrics as CSV) and File > Import torchvision weights.

The window makes one call, ``add_export_actions(window.export_menu, document, window)``.
Model exports (seconds for a big network), reading trained weights and importing a
weights file run in a worker thread of the registry (ui/common/threads.py); the
trace and metrics tables are written at once. Every failure is shown with what is wrong and how
to fix it, and nothing half-written is left behind (the core writes via temp + rename).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import torch
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from resnet_studio.core.design.problems import DesignError
from resnet_studio.core.design.trace import trace
from resnet_studio.core.export import (
    ExportError,
    default_filename,
    export,
    metrics_csv,
    read_metrics,
    trace_csv,
    trace_text,
    write_text,
)
from resnet_studio.core.export.errors import short_reason
from resnet_studio.core.export.output import file_stem
from resnet_studio.core.export.weights import compare, layout
from resnet_studio.core.paths import runs_dir
from resnet_studio.core.training.config import TrainingError
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.i18n import error_text, fill, language_manager, problem_text
from resnet_studio.ui.common.threads import WorkerThread
from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.export.reading import read_import, read_weights

MODEL_FORMATS = ("py", "torchscript", "onnx", "state-dict")
StateDict = Mapping[str, torch.Tensor]
# trained weights: a state_dict, or the path of a checkpoint to read them from
WeightsSource = StateDict | str | os.PathLike | None


def pick_weights(design, sources: list[WeightsSource]) -> StateDict | None:
    """The first source whose weights fit ``design`` (a checkpoint path is read here,
    its model only); None for fresh weights. An unreadable checkpoint is passed over."""
    expected = None
    for source in sources:
        if source is None:
            continue
        if isinstance(source, (str, os.PathLike)):
            try:
                source = read_weights(source)
            except TrainingError:
                continue
        expected = expected or layout(design)
        if compare(expected, source).ok:
            return source
    return None


class ExportWorker(QObject):
    """Runs exports and imports off the GUI thread; reports plain data or the error."""

    done = Signal(dict)  # {"path", "format", "size", "check", "trained", "unchecked"}
    imported = Signal(dict)  # {"path", "source"}: a weights file read for import
    failed = Signal(object)  # the ExportError / DesignError / TrainingError

    @Slot(dict)
    def run(self, job: dict) -> None:
        """Export ``job["design"]`` with the first fitting weights of ``job["sources"]``."""
        try:
            state = pick_weights(job["design"], job["sources"])
            result = export(job["design"], job["format"], job["path"], state)
        except (ExportError, DesignError, TrainingError) as e:
            self.failed.emit(e)
            return
        except Exception as e:  # noqa: BLE001 - the menu must come back whatever failed
            self.failed.emit(ExportError("unexpected", reason=short_reason(e)))
            return
        self.done.emit({"path": str(result.path), "format": result.format, "size": result.size,
                        "check": result.check, "trained": state is not None,
                        "unchecked": result.format == "onnx" and result.max_diff is None})

    @Slot(dict)
    def read_import(self, job: dict) -> None:
        """Read a weights file once and match it to the design (or a torchvision preset)."""
        try:
            source = read_import(job["path"], job["design"])
        except (ExportError, DesignError, TrainingError) as e:
            self.failed.emit(e)
            return
        except Exception as e:  # noqa: BLE001
            self.failed.emit(ExportError("unexpected", reason=short_reason(e)))
            return
        self.imported.emit({"path": job["path"], "source": source})


class ExportActions(QObject):
    """The export and import actions of one window, bound to its design document."""

    start = Signal(dict)  # to the worker: an export
    start_import = Signal(dict)  # to the worker: a weights file to read
    finished = Signal(dict)  # an export or import succeeded: {"path", "format", ...}
    failed = Signal(str, str)  # translated (message, fix) that was shown
    status = Signal(str)  # a one-line note for the window's status bar

    def __init__(self, menu: QMenu, document: DesignDocument, parent: QWidget | None = None,
                 get_weights: Callable[[], WeightsSource] | None = None):
        super().__init__(parent)
        self.menu, self.document, self.window = menu, document, parent
        # e.g. the training panel's trained model: a state_dict or a checkpoint's path
        self.get_weights = get_weights
        self.imported: StateDict | None = None  # weights from Import torchvision weights
        self.actions: dict[str, QAction] = {}
        for key in (*MODEL_FORMATS, "", "trace-txt", "trace-csv", "metrics-csv", "", "import"):
            if not key:
                menu.addSeparator()
                continue
            action = QAction(self)
            action.setObjectName(f"export_{key}")
            action.triggered.connect(lambda _=False, k=key: self.trigger(k))
            menu.addAction(action)
            self.actions[key] = action
        self.worker = ExportWorker()
        self.start.connect(self.worker.run)
        self.start_import.connect(self.worker.read_import)
        self.worker.done.connect(self._done)
        self.worker.imported.connect(self._imported)
        self.worker.failed.connect(self._failed)
        self.thread = WorkerThread(self.worker, name="export")  # in the registry
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
            language_manager().changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_: object) -> None:
        texts = {
            "py": self.tr("Python code (.py)…"),
            "torchscript": self.tr("TorchScript (.pt)…"),
            "onnx": self.tr("ONNX (.onnx)…"),
            "state-dict": self.tr("Weights as state_dict (.pt)…"),
            "trace-txt": self.tr("Shape trace as text…"),
            "trace-csv": self.tr("Shape trace as CSV…"),
            "metrics-csv": self.tr("Run metrics as CSV…"),
            "import": self.tr("Import torchvision weights…"),
        }
        tips = {
            "py": self.tr("A standalone file that needs only torch, written like the d2l "
                          "chapter; studio checkpoints load into it."),
            "onnx": self.tr("Needs the onnx package (pip install \"resnet-studio[onnx]\")."),
            "import": self.tr("Load a torchvision ResNet state_dict (.pth) into the matching "
                              "design."),
        }
        for key, action in self.actions.items():
            action.setText(texts[key])
            action.setStatusTip(tips.get(key, ""))
            action.setToolTip(tips.get(key, texts[key]))

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Stop the worker thread (an export under way is finished first)."""
        return self.thread.stop(timeout_s)

    # -- actions ---------------------------------------------------------------
    def trigger(self, key: str) -> None:
        """Run one action: ask for a file, then export (or import)."""
        try:
            if key in MODEL_FORMATS:
                self._export_model(key)
            elif key in ("trace-txt", "trace-csv"):
                self._export_trace(key)
            elif key == "metrics-csv":
                self._export_metrics()
            else:
                self._import_weights()
        except (ExportError, DesignError, TrainingError) as e:
            self._failed(e)

    def weight_sources(self) -> list[WeightsSource]:
        """Where an export's weights may come from, in order: the trained model (or its
        checkpoint's path), then imported weights; the worker takes the first that fits."""
        return [self.get_weights() if self.get_weights else None, self.imported]

    def _export_model(self, fmt: str) -> None:
        design = self.document.design.copy()
        filters = {"py": self.tr("Python (*.py)"), "torchscript": self.tr("TorchScript (*.pt)"),
                   "onnx": self.tr("ONNX (*.onnx)"), "state-dict": self.tr("PyTorch weights (*.pt)")}
        path = dialogs.save_path(self.window, self.tr("Export"), self._suggest(
            default_filename(design, fmt)), filters[fmt])
        if not path:
            return
        self._busy(True)
        self.status.emit(fill(self.tr("Exporting %1…"), os.path.basename(path)))
        self.start.emit({"design": design, "format": fmt, "path": path,
                         "sources": self.weight_sources()})

    def _export_trace(self, fmt: str) -> None:
        design = self.document.design
        suffix, filt = ((".trace.txt", self.tr("Text (*.txt)")) if fmt == "trace-txt"
                        else (".trace.csv", self.tr("CSV (*.csv)")))
        path = dialogs.save_path(self.window, self.tr("Export shape trace"),
                                 self._suggest(file_stem(design.name) + suffix), filt)
        if not path:
            return
        t = trace(design, self.document.input_shape())
        text = trace_text(t, design.name) + "\n" if fmt == "trace-txt" else trace_csv(t)
        self._done({"path": str(write_text(path, text)), "format": fmt})

    def _export_metrics(self) -> None:
        log = dialogs.open_path(self.window, self.tr("Choose a run's metrics log"),
                                str(runs_dir()), self.tr("Metrics log (metrics.jsonl)"))
        if not log:
            return
        records = read_metrics(log)
        run = Path(log).resolve().parent
        path = dialogs.save_path(self.window, self.tr("Export run metrics"),
                                 self._suggest(file_stem(run.name) + ".metrics.csv"),
                                 self.tr("CSV (*.csv)"))
        if path:
            self._done({"path": str(write_text(path, metrics_csv(records))), "format": "csv"})

    def _import_weights(self) -> None:
        path = dialogs.open_path(self.window, self.tr("Import torchvision weights"),
                                 self._suggest(""), self.tr("PyTorch weights (*.pth *.pt)"))
        if not path:
            return
        self._busy(True)
        self.status.emit(fill(self.tr("Reading %1…"), os.path.basename(path)))
        self.start_import.emit({"path": path, "design": self.document.design.copy()})

    def _imported(self, result: dict[str, Any]) -> None:
        """A weights file was read: its design replaces the shown one (one undo step)."""
        source, path = result["source"], result["path"]
        if source.design != self.document.design:
            self.document.replace(fill(self.tr("Import weights into %1"), source.design.name),
                                  source.design)
        self.imported = source.state_dict
        self._done({"path": path, "format": "import", "design": self.document.design.name})

    # -- results ---------------------------------------------------------------
    def _done(self, result: dict) -> None:
        self._busy(False)
        if result["format"] == "import":
            note = fill(self.tr("Loaded the weights of %1 into the design “%2”; exports now "
                                "use them."), result["path"], result["design"])
        else:
            note = fill(self.tr("Saved %1."), result["path"])
            if result["format"] in MODEL_FORMATS:
                note += " " + (self.tr("onnxruntime is not installed, so its outputs were not "
                                       "checked.") if result.get("unchecked")
                               else self.tr("Loaded back and checked against torch."))
                if not result.get("trained"):
                    note += " " + self.tr("(Fresh, untrained weights.)")
        self._show_status(note)
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, DesignError):
            message, fix = problem_text(error.problems[0])
        else:
            message, fix = error_text(error)
        dialogs.show_error(self.window, self.tr("Export or import failed"), message, fix)
        self.failed.emit(message, fix)

    def _busy(self, busy: bool) -> None:
        for action in self.actions.values():
            action.setEnabled(not busy)

    def _show_status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, 10_000)
        self.status.emit(text)

    def _suggest(self, name: str) -> str:
        folder = Path(self.document.path).parent if self.document.path else Path.home()
        return str(folder / name)


def add_export_actions(menu: QMenu, document: DesignDocument, window: QWidget | None = None,
                       get_weights: Callable[[], StateDict | None] | None = None
                       ) -> ExportActions:
    """Fill a window's File > Export menu; one call from the window."""
    return ExportActions(menu, document, window, get_weights)
