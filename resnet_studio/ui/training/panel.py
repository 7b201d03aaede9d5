"""The training panel: settings, Start / Pause / Stop, live curves, kept runs, and
after each epoch the confusion matrix, a prediction gallery and feature maps.

The panel composes its parts and wires them: a :class:`RunController` (the run's
state, an Enum), a :class:`ProgressView`, the :class:`RunsList`, the settings form,
the :class:`InsightTabs` (plots, confusion, predictions), a :class:`TrainingWorker`
(training, in its thread) and a :class:`FileLoader` (run logs and checkpoints, in
its own). Both threads come from the one registry. The main window calls
``confirm_close()`` and ``shutdown()`` from its closeEvent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.presets import preset
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.runs import CHECKPOINT_FILE
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.i18n import device_text, fill
from resnet_studio.ui.common.threads import WorkerThread
from resnet_studio.ui.training.controller import RunController, RunState
from resnet_studio.ui.training.estimate import duration_text, needs_estimate
from resnet_studio.ui.training.insight_tabs import InsightTabs
from resnet_studio.ui.training.layout import build_panel
from resnet_studio.ui.training.loader import FileLoader
from resnet_studio.ui.training.long_run import ASK_ABOVE_S, ask_long_run, fast_choice
from resnet_studio.ui.training.run_files import RunFiles
from resnet_studio.ui.training.text import dataset_label, error_text, notes_text, split_label
from resnet_studio.ui.training.worker import TrainingWorker


class TrainingPanel(RunFiles, QWidget):
    """Train the current design and watch it learn."""

    state_changed = Signal(object)  # the new RunState
    run_finished = Signal(object)  # the engine's result dict
    checkpoint_copied = Signal(str)  # "Save checkpoint as" wrote this file
    _train_requested = Signal(object, object, object, object)
    _estimate_requested = Signal(object, object)
    _features_wanted = Signal()
    _analyse_requested = Signal(str, str)
    _load_run = Signal(str, object)
    _load_checkpoint = Signal(str, object)
    _copy_file = Signal(str, str)

    def __init__(self, document=None, parent=None, *, threads: int | None = None,
                 tabs: InsightTabs | None = None):
        super().__init__(parent)
        self.document = None
        self._design: Design = preset("d2l-resnet18")
        self.controller = RunController(self)
        self.live_run: str | None = None
        self.info: dict[str, Any] = {}
        self.latest: dict[str, Any] = {}  # the newest batch's numbers of the live run
        self.last_result: dict[str, Any] | None = None
        self.last_estimate: dict[str, Any] | None = None
        self._snapshot_generation: int | None = None
        self._pending: tuple[Design, TrainConfig] | None = None
        self._epoch_done = 0
        build_panel(self, tabs)  # tabs: made ahead (the studio's loader), else made here
        self._start_threads(threads)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._update_stats)
        self.controller.changed.connect(self._on_state)
        if document is not None:
            self.set_document(document)
        self.retranslate()
        self._on_state(RunState.IDLE)
        self.runs.refresh()

    def _start_threads(self, threads: int | None) -> None:
        self.worker = TrainingWorker(threads=threads)
        self._train_requested.connect(self.worker.train)
        self._estimate_requested.connect(self.worker.estimate)
        self._features_wanted.connect(self.worker.serve_features)
        self._analyse_requested.connect(self.worker.analyse)
        queued = Qt.ConnectionType.QueuedConnection  # always run in the GUI thread
        for signal, slot in ((self.worker.fit_started, self._on_fit_started),
                             (self.worker.progress, self._on_progress),
                             (self.worker.epoch_ended, self._on_epoch_ended),
                             (self.worker.features_ready, self.tabs.put_features),
                             (self.worker.failed, self.show_error),
                             (self.worker.finished, self._on_finished),
                             (self.worker.estimated, self._on_estimated),
                             (self.worker.estimate_failed, self._on_estimate_failed),
                             (self.worker.checkpoint_saved, self._on_checkpoint),
                             (self.worker.analysed, self._on_analysed)):
            signal.connect(slot, queued)
        self.worker_thread = handle = WorkerThread(self.worker)
        self.loader = FileLoader()
        self._load_run.connect(self.loader.load_run)
        self._load_checkpoint.connect(self.loader.load_checkpoint)
        self.loader.run_loaded.connect(self._on_run_loaded, queued)
        self.loader.checkpoint_loaded.connect(self._on_checkpoint_loaded, queued)
        self.loader.failed.connect(self._on_load_failed, queued)
        self._copy_file.connect(self.loader.copy_file)
        self.loader.copied.connect(self._on_copied, queued)
        self.loader.copy_failed.connect(lambda reason: self.show_message(
            lambda: fill(self.tr("Could not save the checkpoint: %1"), reason), error=True),
            queued)
        self.loader_thread = files = WorkerThread(self.loader, name="files")
        self.destroyed.connect(lambda *_: (handle.stop(), files.stop()))  # without shutdown()

    # -- layout --------------------------------------------------------------------

    def _toggle_side(self, hidden: bool) -> None:
        self.side_scroll.setVisible(not hidden)
        self.retranslate()

    def retranslate(self) -> None:
        self.settings_title.setText(self.tr("Training settings"))
        self.progress_title.setText(self.tr("Progress"))
        self.runs_title.setText(self.tr("Runs"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a snapshot of the current design with "
                                             "these settings"))
        self.pause_button.setText(self.tr("Resume") if self.state is RunState.PAUSED
                                  else self.tr("Pause"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop before the next batch; the run and its "
                                            "checkpoint are kept"))
        self.ckpt_button.setText(self.tr("Checkpoint"))
        self.open_ckpt_action.setText(self.tr("Open checkpoint…"))
        self.open_ckpt_action.setToolTip(self.tr("Load a checkpoint's design into the editor "
                                                 "and its settings into this panel"))
        self.save_ckpt_action.setText(self.tr("Save checkpoint as…"))
        self.save_ckpt_action.setToolTip(self.tr("Save a copy of the selected run's latest "
                                                 "checkpoint (written after every epoch)"))
        self.ckpt_menu.setToolTipsVisible(True)
        self.side_toggle.setText(self.tr("Show settings") if self.side_toggle.isChecked()
                                 else self.tr("Hide settings"))
        self.side_toggle.setToolTip(self.tr("More room for the plots"))
        self.use_run_button.setText(self.tr("Use design && settings"))
        self.use_run_button.setToolTip(self.tr("Load the selected run's design into the editor "
                                               "and its settings into this panel"))
        self.continue_button.setText(self.tr("Continue run"))
        self.continue_button.setToolTip(self.tr("Resume a stopped run from its checkpoint"))
        self.tabs.retranslate()
        self._update_stats()
        self._update_note()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public read-outs ---------------------------------------------------------
    @property
    def state(self) -> RunState:
        return self.controller.state

    def is_active(self) -> bool:
        return self.controller.is_active()

    def show_message(self, text: str | Callable[[], str], error: bool = False) -> None:
        """A message under the progress: red for a fault, green for news."""
        self.progress.show_message(text, error)

    def message_text(self) -> str:
        return self.progress.message_text()

    def clear_message(self) -> None:
        self.progress.clear_message()

    def show_error(self, err: dict) -> None:
        """An engine fault as its message and fix, translated."""
        def text() -> str:
            message, fix = error_text(err)
            return message + ("\n" + fix if fix else "")

        self.show_message(text, error=True)

    def set_estimate_text(self, make: Callable[[], str] | None) -> None:
        self.progress.set_estimate_text(make)

    # -- the design ----------------------------------------------------------------
    def set_document(self, document) -> None:
        """Follow a DesignDocument: runs train a snapshot of ``document.design``."""
        self.document = document
        document.changed.connect(self._update_note)

    def set_design(self, design: Design) -> None:
        """Train this design (when there is no document, e.g. in scripts and tests)."""
        self._design = design.copy()
        self._update_note()

    def current_design(self) -> Design:
        return self.document.design if self.document is not None else self._design

    def _generation(self) -> int | None:
        return getattr(self.document, "generation", None)

    def _update_note(self, *_args) -> None:
        edited = (self.controller.is_training() and self._snapshot_generation is not None
                  and self._generation() != self._snapshot_generation)
        self.progress.set_note((lambda: self.tr(
            "The design was edited after this run started. The run keeps training the design "
            "it started with; your edits apply to the next run.")) if edited else None)

    # -- controls ------------------------------------------------------------------
    def start(self) -> None:
        """Start a run (after an estimate, when the run looks long)."""
        if not self.controller.can_start():
            return
        self.clear_message()
        design, config = self.current_design().copy(), self.settings.config()
        try:
            config.check()
        except TrainingError as e:
            self.show_error(e.to_dict())
            return
        self._snapshot_generation = self._generation()
        if needs_estimate(design, config):
            self._pending = (design, config)
            self.controller.move(RunState.ESTIMATING)
            self.set_estimate_text(lambda: self.tr("Measuring a few batches to estimate the "
                                                    "run's time…"))
            self._estimate_requested.emit(design, config)
            return
        self._launch(design, config)

    def measure(self, design: Design | None = None, config: TrainConfig | None = None) -> None:
        """Time a few batches of a run without starting it; the estimate shows below."""
        if not self.controller.can_start():
            return
        self._pending = None
        self.controller.move(RunState.ESTIMATING)
        self._estimate_requested.emit(design or self.current_design().copy(),
                                      config or self.settings.config())

    def _launch(self, design: Design, config: TrainConfig, checkpoint: str | None = None) -> None:
        self._pending = None
        self.latest, self.info, self.live_run = {}, {}, None
        self._epoch_done = 0
        self.progress.reset()
        name = None if checkpoint else self.runs.default_name(design.name, config.lr)
        what = name or design.name
        self.set_estimate_text(lambda: fill(self.tr("Starting “%1”: loading the data…"), what))
        self.controller.move(RunState.STARTING)
        self._train_requested.emit(design, config, checkpoint, name)

    def toggle_pause(self) -> None:
        if self.state is RunState.RUNNING:
            self.pause()
        elif self.state is RunState.PAUSED:
            self.resume()

    def pause(self) -> None:
        """Hold training before the next batch."""
        if self.state is RunState.RUNNING:
            self.worker.pause()
            self.controller.move(RunState.PAUSED)

    def resume(self) -> None:
        if self.state is RunState.PAUSED:
            self.worker.resume()
            self.controller.move(RunState.RUNNING)

    def stop(self) -> None:
        """Stop before the next batch (the engine saves a checkpoint there). Before the
        first batch the stop is kept and given once the run has started."""
        if self.state is RunState.ESTIMATING:
            self._pending = None  # the estimate finishes on its own; nothing starts after it
        elif self.state is RunState.STARTING:
            self.controller.stop_wanted = True
        elif self.state in (RunState.RUNNING, RunState.PAUSED):
            self.worker.stop()
        else:
            return
        self.controller.move(RunState.STOPPING)

    def _on_state(self, state: RunState) -> None:
        c = self.controller
        self.start_button.setEnabled(c.can_start())
        self.pause_button.setEnabled(c.can_pause())
        self.stop_button.setEnabled(c.can_stop())
        self.pause_button.setText(self.tr("Resume") if state is RunState.PAUSED
                                  else self.tr("Pause"))
        self.settings.setEnabled(c.can_start())
        self.continue_button.setEnabled(self._can_continue())
        self.open_ckpt_action.setEnabled(c.can_start())
        self.tabs.analysis_allowed = c.can_start()
        if state in (RunState.RUNNING, RunState.PAUSED):
            self._clock.start()
        else:
            self._clock.stop()
        if state is RunState.IDLE:
            self.plots.set_draft(None)
        self._update_stats()
        self._update_note()
        self.state_changed.emit(state)

    # -- closing -------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Ask before closing while a run is going; True when closing may go on. The run
        is not touched here: the window stops it once every question is answered."""
        if not self.is_active():
            return True
        return dialogs.ask_yes_no(
            self, self.tr("Training is running"),
            self.tr("A run is still training. Stop it and close? The run's curves and its "
                    "last checkpoint are kept."))

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Stop any run and the worker threads within about ``timeout_s``: first a stop
        before the next batch, then, if a batch is slow, one that ends it at once.
        True when the threads have ended."""
        if self.controller.can_stop():
            self.controller.stop_wanted = True
            self.controller.move(RunState.STOPPING)
        done = self.worker_thread.stop(timeout_s)
        done = self.loader_thread.stop(0.5) and done
        QApplication.sendPostedEvents()  # deliver the worker's last signals (run kept, state)
        return done

    # -- worker signals ----------------------------------------------------------------
    def _on_estimated(self, est: dict) -> None:
        self.last_estimate = est
        self.set_estimate_text(lambda: fill(
            self.tr("Estimate on %1: about %2 per epoch, %3 for %4 epochs (%5 images/s)."),
            device_text(est.get("device_label", est.get("device", "?"))),
            duration_text(est["seconds_per_epoch"]), duration_text(est["seconds_total"]),
            est.get("epochs", "?"), f"{est['examples_per_s']:.0f}"))
        pending, self._pending = self._pending, None
        if pending is None or self.state is not RunState.ESTIMATING:
            self.controller.move(RunState.IDLE)
            return
        design, config = pending
        if str(est.get("device", "")).startswith("cpu") and est["seconds_total"] > ASK_ABOVE_S:
            fast = fast_choice(design, config, est["seconds_total"])
            choice = self.ask_long_run(design, config, est, fast)
            if choice == "fast" and fast is not None:
                self.settings.set_config(fast.config)
                config = fast.config
            elif choice != "anyway":
                self.controller.move(RunState.IDLE)
                return
        self._launch(design, config)

    def ask_long_run(self, design: Design, config: TrainConfig, est: dict, fast) -> str:
        """On a CPU a long run gets a question: "fast", "anyway" or "cancel"."""
        return ask_long_run(self, design, config, est, fast)

    def _on_estimate_failed(self, err: dict) -> None:
        self._pending = None
        self.set_estimate_text(None)
        self.controller.move(RunState.IDLE)
        self.show_error(err)

    def _on_fit_started(self, info: dict) -> None:
        self.info = info
        self.live_run = run_id = info.get("run_dir") or "live"
        if self.controller.stop_wanted:
            self.worker.stop()  # asked before the run could take it
        else:
            self.controller.move(RunState.RUNNING)
        if self.plots.has_run(run_id):
            self.plots.remove_run(run_id)
        self.runs.add_live(run_id, info.get("run_name") or self.runs.name_of(run_id)
                           or info.get("design") or Path(run_id).name)
        self.plots.add_run(run_id, self.runs.name_of(run_id) or info.get("run_name")
                           or Path(run_id).name, info.get("epochs"))
        if info.get("resumed") and info.get("history"):
            self.plots.load_history(run_id, info["history"])
        self.plots.set_draft(run_id)
        self.plots.prepare_live(run_id)
        self.runs.set_checked(run_id, True)
        self.runs.set_busy(run_id)
        self.runs.select(run_id)
        self._epoch_done = int(info.get("start_epoch", 0))
        notes = list(info.get("notes", []))  # the engine's, coded: translated when shown
        self.set_estimate_text(lambda: " ".join([fill(
            self.tr("Training %1 on %2 (%3 training, %4 %5 images) on %6."),
            info.get("design", ""), dataset_label(info.get("dataset", ""),
                                                  info.get("dataset_label", "")),
            info.get("train_size", "?"), info.get("test_size", "?"),
            split_label(info.get("test_name", "")),
            device_text(info.get("device_label", "")))] + notes_text(notes)))
        self._update_stats()

    def _on_progress(self, p: dict) -> None:
        run_id = self.live_run or "live"
        if self.plots.has_run(run_id):
            self.plots.add_batches(run_id, p)
            self.latest = p.get("latest", {})
            self._update_stats()

    def _on_epoch_ended(self, m: dict) -> None:
        run_id = self.live_run or "live"
        if self.plots.has_run(run_id):  # the gradient plot in the next turn of the loop:
            self.plots.add_epoch(run_id, m, grads=False)  # two short stalls, not one long
            QTimer.singleShot(0, lambda: self.plots.add_grad_norms(run_id, m))
        self._epoch_done = int(m.get("epoch", 0))
        names = list(m.get("class_names") or self.tabs.class_names)
        if m.get("confusion"):
            self.tabs.put_confusion(m["confusion"], names, self._epoch_done)
        if self.live_run:
            self.runs.show_progress(self.live_run, self._epoch_done, m.get("test_accuracy"))
        self.tabs.put_gallery(self.live_run, m.get("gallery") or {}, names)

    def _on_analysed(self, result: dict) -> None:
        """A stored run's predictions arrived (see TrainingWorker.analyse)."""
        if not self.controller.can_start() or result["run"] != self.tabs.gallery_run:
            return  # a run started, or another run was selected since
        self.tabs.put_gallery(result["run"], result["gallery"], result["class_names"])

    def _analyse_run(self, run: str) -> None:
        self._analyse_requested.emit(run, str(Path(run) / CHECKPOINT_FILE))

    def show_features(self, index: int) -> None:
        """Show one held-out image's feature maps (computed by the worker)."""
        self.worker.request_features(index)
        if not self.controller.is_training():
            self._features_wanted.emit()

    def _on_checkpoint(self, path: str) -> None:
        self.save_ckpt_action.setEnabled(True)

    def _on_finished(self, result: dict) -> None:
        self.last_result = result
        self.controller.move(RunState.IDLE)
        self.runs.set_busy(None)
        self.runs.refresh()
        status = result.get("status")
        if status == "finished":
            final = result.get("final") or {}
            acc = final.get("test_accuracy")
            self.show_message(lambda: fill(self.tr("Finished %1 epochs in %2.%3"),
                                           result.get("epochs_done", 0),
                                           duration_text(result.get("seconds")),
                                           fill(self.tr(" Held-out accuracy %1."), f"{acc:.1%}")
                                           if isinstance(acc, (int, float)) else ""))
        elif status == "stopped":
            self.show_message(lambda: fill(self.tr(
                "Stopped after %1 steps. The run and its last checkpoint are kept; "
                "“Continue run” resumes it."), result.get("steps_done", 0)))
        self._update_stats()
        self.run_finished.emit(result)

    def _update_stats(self) -> None:
        self.progress.show_numbers(self.state, self.info, self.latest, self._epoch_done,
                                   self.settings.epochs.value(),
                                   self.controller.clock.seconds())

    def _on_settings_changed(self) -> None:
        self.set_estimate_text(None)
        self.last_estimate = None
