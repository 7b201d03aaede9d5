"""The training panel: settings, Start / Pause / Stop, live curves, kept runs, and
after each epoch the confusion matrix, a prediction gallery and feature maps.

Training runs in a :class:`TrainingWorker` in its own QThread on a snapshot of the
design; the panel only reacts to the worker's signals. The main window calls
``confirm_close()`` and ``shutdown()`` from its closeEvent.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.files import atomic_write_bytes, design_from_dict
from resnet_studio.core.design.presets import preset
from resnet_studio.core.design.problems import DesignError
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.runs import load_run
from resnet_studio.core.training.trainer import available_devices
from resnet_studio.ui.common.i18n import device_text, fill
from resnet_studio.ui.common.threads import WorkerThread
from resnet_studio.ui.training.estimate import (
    LONG_RUN_S,
    clock_text,
    duration_text,
    eta_seconds,
    needs_estimate,
)
from resnet_studio.ui.training.insight_views import (
    ConfusionView,
    FeatureMapsView,
    PredictionGallery,
)
from resnet_studio.ui.training.plots import TrainingPlots
from resnet_studio.ui.training.runs_list import RunsList
from resnet_studio.ui.training.settings_form import TrainingSettings
from resnet_studio.ui.training.text import dataset_label, error_text, split_label
from resnet_studio.ui.training.worker import TrainingWorker

IDLE, ESTIMATING, RUNNING, PAUSED, STOPPING = "idle", "estimating", "running", "paused", "stopping"
ACTIVE = (ESTIMATING, RUNNING, PAUSED, STOPPING)


def _section(title: QLabel) -> QFrame:
    """A white card (the style sheet's "section") headed by ``title``."""
    frame = QFrame()
    frame.setObjectName("section")
    title.setObjectName("sectionTitle")
    return frame


class TrainingPanel(QWidget):
    """Train the current design and watch it learn."""

    state_changed = Signal(str)
    run_finished = Signal(object)  # the engine's result dict
    _train_requested = Signal(object, object, object)
    _estimate_requested = Signal(object, object)
    _features_wanted = Signal()
    _analyse_requested = Signal(str, str)

    def __init__(self, document=None, parent=None, *, threads: int | None = None):
        super().__init__(parent)
        self.document = None
        self._design: Design = preset("d2l-resnet18")
        self.state = IDLE
        self.live_run: str | None = None
        self.info: dict[str, Any] = {}
        self.class_names: list[str] = []
        self.last_result: dict[str, Any] | None = None
        self.last_estimate: dict[str, Any] | None = None
        self._snapshot_generation: int | None = None
        self._pending: tuple[Design, TrainConfig] | None = None
        self._latest: dict[str, Any] = {}
        self._active_s = 0.0
        self._resumed_at: float | None = None
        self._epoch_done = 0
        # dynamic texts are kept as makers, re-run on a language switch
        self._message: tuple[Callable[[], str], bool] | None = None
        self._estimate_text: Callable[[], str] | None = None
        self._unshown: dict[str, Any] = {}  # results waiting for their tab to be shown
        self._gallery_run: str | None = None  # the run whose predictions are shown

        self._build_ui()
        self.worker = TrainingWorker(threads=threads)
        self._train_requested.connect(self.worker.train)
        self._estimate_requested.connect(self.worker.estimate)
        self._features_wanted.connect(self.worker.serve_features)
        self._analyse_requested.connect(self.worker.analyse)
        queued = Qt.ConnectionType.QueuedConnection  # always run in the GUI thread
        for signal, slot in ((self.worker.fit_started, self._on_fit_started),
                             (self.worker.progress, self._on_progress),
                             (self.worker.epoch_ended, self._on_epoch_ended),
                             (self.worker.features_ready, self._on_features),
                             (self.worker.failed, self.show_error),
                             (self.worker.finished, self._on_finished),
                             (self.worker.estimated, self._on_estimated),
                             (self.worker.estimate_failed, self._on_estimate_failed),
                             (self.worker.checkpoint_saved, self._on_checkpoint),
                             (self.worker.analysed, self._on_analysed)):
            signal.connect(slot, queued)
        self.worker_thread = handle = WorkerThread(self.worker)
        self.destroyed.connect(lambda *_: handle.stop())  # deleted without shutdown()

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._update_stats)
        if document is not None:
            self.set_document(document)
        self.retranslate()
        self._set_state(IDLE)
        self.runs.refresh()

    # -- layout --------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.settings = TrainingSettings(available_devices())
        self.settings.changed.connect(self._on_settings_changed)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.pause_button = QPushButton()
        self.stop_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.epoch_bar = QProgressBar()
        self.run_bar = QProgressBar()
        for bar in (self.epoch_bar, self.run_bar):
            bar.setTextVisible(True)
            bar.setMaximumHeight(16)
        self.epoch_label = QLabel()
        self.run_label = QLabel()
        self.stats = QLabel()
        self.stats.setWordWrap(True)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setObjectName("summary")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #92400e; background: #fef3c7; border-radius: 6px; "
                                "padding: 6px;")
        self.note.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.runs = RunsList()
        self.runs.overlay_changed.connect(self._on_overlay_changed)
        self.runs.run_selected.connect(self._on_run_selected)
        self.runs.renamed.connect(lambda path, name: self.plots.set_run_label(path, name))
        self.runs.deleted.connect(self._on_run_deleted)
        self.runs.problem.connect(lambda text: self.show_message(text, error=True))
        self.ckpt_button = QPushButton()
        self.ckpt_menu = QMenu(self)
        self.open_ckpt_action = self.ckpt_menu.addAction("")
        self.save_ckpt_action = self.ckpt_menu.addAction("")
        self.open_ckpt_action.triggered.connect(lambda: self.open_checkpoint())
        self.save_ckpt_action.triggered.connect(lambda: self.save_checkpoint())
        self.ckpt_button.setMenu(self.ckpt_menu)
        self.use_run_button = QPushButton()
        self.continue_button = QPushButton()
        self.use_run_button.clicked.connect(self.use_selected_run)
        self.continue_button.clicked.connect(self.continue_selected_run)

        self.settings_title = QLabel()
        settings_box = _section(self.settings_title)
        box = QVBoxLayout(settings_box)
        box.addWidget(self.settings_title)
        box.addWidget(self.settings)
        controls = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button):
            controls.addWidget(b)
        box.addLayout(controls)

        self.progress_title = QLabel()
        progress_box = _section(self.progress_title)
        box = QVBoxLayout(progress_box)
        box.setSpacing(3)
        box.addWidget(self.progress_title)
        box.addWidget(self.epoch_label)
        box.addWidget(self.epoch_bar)
        box.addWidget(self.run_label)
        box.addWidget(self.run_bar)
        box.addWidget(self.stats)
        box.addWidget(self.estimate_label)
        box.addWidget(self.note)
        box.addWidget(self.message)

        self.runs_title = QLabel()
        runs_box = _section(self.runs_title)
        box = QVBoxLayout(runs_box)
        box.addWidget(self.runs_title)
        box.addWidget(self.runs, 1)
        self.runs.button_row.addWidget(self.continue_button)
        row = QHBoxLayout()
        row.addWidget(self.use_run_button)
        row.addWidget(self.ckpt_button)
        box.addLayout(row)
        self.runs.setMinimumHeight(140)

        side = QWidget()
        side.setObjectName("editorBody")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 6, 6)
        side_layout.addWidget(settings_box)
        side_layout.addWidget(progress_box)
        side_layout.addWidget(runs_box, 1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setObjectName("editorScroll")
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setWidget(side)
        self.side_scroll.setMinimumWidth(330)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.plots = TrainingPlots()
        self.confusion = ConfusionView()
        self.gallery = PredictionGallery()
        self.gallery.image_chosen.connect(self.show_features)
        self.features = FeatureMapsView()
        self.gallery_title = QLabel()
        self.gallery_title.setWordWrap(True)
        gallery_box = QWidget()
        box = QVBoxLayout(gallery_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.gallery_title)
        box.addWidget(self.gallery, 1)
        self.predictions = QSplitter(Qt.Orientation.Horizontal)
        self.predictions.addWidget(gallery_box)
        self.predictions.addWidget(self.features)
        self.predictions.setSizes([420, 520])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plots, "")
        self.tabs.addTab(self.confusion, "")
        self.tabs.addTab(self.predictions, "")
        self.tabs.currentChanged.connect(self._show_insight)
        self.side_toggle = QToolButton()
        self.side_toggle.setCheckable(True)
        self.side_toggle.setAutoRaise(True)
        self.side_toggle.toggled.connect(self._toggle_side)
        self.tabs.setCornerWidget(self.side_toggle, Qt.Corner.TopRightCorner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side_scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

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
        self.pause_button.setText(self.tr("Resume") if self.state == PAUSED else self.tr("Pause"))
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
        self.tabs.setTabText(0, self.tr("Curves"))
        self.tabs.setTabText(1, self.tr("Confusion matrix"))
        self.tabs.setTabText(2, self.tr("Predictions && feature maps"))
        self.gallery_title.setText(self.tr("Held-out images, mistakes first (most confident "
                                           "first). Red: wrong, green: right. Click one for its "
                                           "feature maps."))
        self._update_stats()
        self._update_note()
        self._render_message()
        self.estimate_label.setText(self._estimate_text() if self._estimate_text else "")

    def set_estimate_text(self, make: Callable[[], str] | None) -> None:
        """The line under the progress (estimate, or what is being trained)."""
        self._estimate_text = make
        self.estimate_label.setText(make() if make else "")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        edited = (self.state in ACTIVE and self._snapshot_generation is not None
                  and self._generation() != self._snapshot_generation)
        if edited:
            self.note.setText(self.tr("The design was edited after this run started. The run "
                                      "keeps training the design it started with; your edits "
                                      "apply to the next run."))
        self.note.setVisible(edited)

    # -- controls ------------------------------------------------------------------
    def start(self) -> None:
        """Start a run (after an estimate, when the run looks long)."""
        if self.state != IDLE:
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
            self._set_state(ESTIMATING)
            self.set_estimate_text(lambda: self.tr("Measuring a few batches to estimate the "
                                                    "run's time…"))
            self._estimate_requested.emit(design, config)
            return
        self._launch(design, config)

    def _launch(self, design: Design, config: TrainConfig, checkpoint: str | None = None) -> None:
        self._pending = None
        self._latest = {}
        self._active_s, self._resumed_at = 0.0, time.monotonic()
        self._epoch_done = 0
        self.info = {}
        self.live_run = None
        self.epoch_bar.setValue(0)
        self.run_bar.setValue(0)
        self._set_state(RUNNING)
        self._train_requested.emit(design, config, checkpoint)

    def toggle_pause(self) -> None:
        if self.state == RUNNING:
            self.pause()
        elif self.state == PAUSED:
            self.resume()

    def pause(self) -> None:
        """Hold training before the next batch."""
        if self.state != RUNNING:
            return
        self.worker.pause()
        self._bank_time()
        self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state != PAUSED:
            return
        self.worker.resume()
        self._resumed_at = time.monotonic()
        self._set_state(RUNNING)

    def stop(self) -> None:
        """Stop before the next batch (the engine saves a checkpoint there)."""
        if self.state == ESTIMATING:
            self._pending = None  # the estimate finishes on its own; nothing starts after it
            self._set_state(STOPPING)
            return
        if self.state not in (RUNNING, PAUSED):
            return
        self._bank_time()
        self.worker.stop()
        self._set_state(STOPPING)

    def is_active(self) -> bool:
        return self.state in ACTIVE

    def _bank_time(self) -> None:
        if self._resumed_at is not None:
            self._active_s += time.monotonic() - self._resumed_at
            self._resumed_at = None

    def _set_state(self, state: str) -> None:
        self.state = state
        self.start_button.setEnabled(state == IDLE)
        self.pause_button.setEnabled(state in (RUNNING, PAUSED))
        self.stop_button.setEnabled(state in (ESTIMATING, RUNNING, PAUSED))
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.settings.setEnabled(state == IDLE)
        self.continue_button.setEnabled(state == IDLE and self._can_continue())
        self.open_ckpt_action.setEnabled(state == IDLE)
        if state in (RUNNING, PAUSED):
            self._clock.start()
        else:
            self._clock.stop()
        self._update_stats()
        self._update_note()
        self.state_changed.emit(state)

    # -- closing -------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Ask before closing while a run is going; True when closing may go on."""
        if not self.is_active():
            return True
        answer = QMessageBox.question(
            self, self.tr("Training is running"),
            self.tr("A run is still training. Stop it and close? The run's curves and its "
                    "last checkpoint are kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Stop any run and the worker thread within about ``timeout_s``: first a stop
        before the next batch, then, if a batch is slow, one that ends it at once.
        True when the thread has ended."""
        if not self.worker_thread.is_running():
            return True
        if self.state in ACTIVE:
            self._set_state(STOPPING)
        done = self.worker_thread.stop(timeout_s)
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
        if pending is None or self.state != ESTIMATING:
            self._set_state(IDLE)
            return
        design, config = pending
        if str(est.get("device", "")).startswith("cpu") and est["seconds_total"] > LONG_RUN_S:
            choice = self.ask_long_run(est)
            if choice == "fast":
                self.settings.use_fast_choice()
                config = self.settings.config()
            elif choice != "anyway":
                self._set_state(IDLE)
                return
        self._launch(design, config)

    def ask_long_run(self, est: dict) -> str:
        """On a CPU a long run gets a question: "fast", "anyway" or "cancel"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A long run on the CPU"))
        box.setText(fill(self.tr("This run would take about %1 on the CPU (%2 per epoch)."),
                         duration_text(est["seconds_total"]),
                         duration_text(est["seconds_per_epoch"])))
        box.setInformativeText(self.tr(
            "The seeds' run (96×96 images, 10 epochs) is meant for a GPU. The fast choice "
            "trains on the embedded Fashion-MNIST sample kept at 28×28: about a minute, and "
            "it still reaches about 75% held-out accuracy."))
        fast = box.addButton(self.tr("Use the fast choice"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Train anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(fast)
        box.exec()
        clicked = box.clickedButton()
        return "fast" if clicked is fast else "anyway" if clicked is anyway else "cancel"

    def _on_estimate_failed(self, err: dict) -> None:
        self._pending = None
        self.set_estimate_text(None)
        self._set_state(IDLE)
        self.show_error(err)

    def _on_fit_started(self, info: dict) -> None:
        self.info = info
        self.live_run = info.get("run_dir")
        self.class_names = list(info.get("class_names", []))
        run_id = self.live_run or "live"
        label = Path(run_id).name
        if self.plots.has_run(run_id):
            self.plots.remove_run(run_id)
        self.runs.refresh()
        item = self.runs.item_of(run_id)
        if item is not None:
            label = item.text(0)
        self.plots.add_run(run_id, label, info.get("epochs"))
        if info.get("resumed") and info.get("history"):
            self.plots.load_history(run_id, info["history"])
        self.runs.set_checked(run_id, True)
        self.runs.set_busy(run_id)
        self.runs.select(run_id)
        self._epoch_done = int(info.get("start_epoch", 0))
        notes = [str(n) for n in info.get("notes", [])]  # the engine's, in English
        self.set_estimate_text(lambda: " ".join([fill(
            self.tr("Training %1 on %2 (%3 training, %4 %5 images) on %6."),
            info.get("design", ""), dataset_label(info.get("dataset", ""),
                                                  info.get("dataset_label", "")),
            info.get("train_size", "?"), info.get("test_size", "?"),
            split_label(info.get("test_name", "")),
            device_text(info.get("device_label", "")))] + notes))
        self._update_stats()

    def _on_progress(self, p: dict) -> None:
        run_id = self.live_run or "live"
        if not self.plots.has_run(run_id):
            return
        self.plots.add_batches(run_id, p)
        self._latest = p.get("latest", {})
        self._update_stats()

    def _on_epoch_ended(self, m: dict) -> None:
        run_id = self.live_run or "live"
        if self.plots.has_run(run_id):
            self.plots.add_epoch(run_id, m)
        self._epoch_done = int(m.get("epoch", 0))
        names = m.get("class_names") or self.class_names
        self.class_names = list(names)
        if m.get("confusion"):
            self._unshown["confusion"] = (m["confusion"], list(names), self._epoch_done)
        if self.live_run:
            self.runs.show_progress(self.live_run, self._epoch_done, m.get("test_accuracy"))
        self._unshown["gallery"] = (m.get("gallery") or {}, list(names))
        self._unshown.pop("analyse", None)
        self._gallery_run = self.live_run
        self._show_insight()

    def _on_analysed(self, result: dict) -> None:
        """A stored run's predictions arrived (see TrainingWorker.analyse)."""
        if self.state != IDLE or result["run"] != self._gallery_run:
            return  # a run started, or another run was selected since
        self.class_names = list(result["class_names"])
        self._unshown["gallery"] = (result["gallery"], self.class_names)
        self._show_insight()
        self._update_stats()

    def _show_insight(self, *_args) -> None:
        """Draw the latest confusion matrix, gallery and feature maps when their tab is
        the one shown: drawing them costs tens of milliseconds, so a hidden tab waits."""
        tab = self.tabs.currentWidget()
        if tab is self.confusion and "confusion" in self._unshown:
            self.confusion.set_confusion(*self._unshown.pop("confusion"))
        if tab is self.predictions:
            if "analyse" in self._unshown and self.state == IDLE:
                run = self._unshown.pop("analyse")
                self._gallery_run = run
                self._analyse_requested.emit(run, str(Path(run) / "checkpoint.pt"))
            if "gallery" in self._unshown:
                self.gallery.set_predictions(*self._unshown.pop("gallery"))
            if "features" in self._unshown:
                features = self._unshown.pop("features")
                self.features.set_features(features, self.class_names)
                self.gallery.mark(int(features["index"]))

    def show_features(self, index: int) -> None:
        """Show one held-out image's feature maps (computed by the worker)."""
        self.worker.request_features(index)
        if self.state not in (RUNNING, PAUSED, STOPPING):
            self._features_wanted.emit()

    def _on_features(self, features: dict) -> None:
        self._unshown["features"] = features
        self._show_insight()

    def _on_checkpoint(self, path: str) -> None:
        self.save_ckpt_action.setEnabled(True)

    def _on_finished(self, result: dict) -> None:
        self._bank_time()
        self.last_result = result
        self._set_state(IDLE)
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

    # -- read-outs ---------------------------------------------------------------------
    def _update_stats(self) -> None:
        info, latest = self.info, self._latest
        epochs = int(info.get("epochs") or self.settings.epochs.value())
        start = float(info.get("start_epoch", 0))
        frac_epoch = float(latest.get("epoch", self._epoch_done))
        batch, batches = int(latest.get("batch", 0)), int(latest.get("batches", 0) or 0)
        if self.state in (RUNNING, PAUSED, STOPPING) or latest:
            current = min(int(frac_epoch) + (1 if batch < batches else 0), epochs)
            self.epoch_label.setText(fill(self.tr("Epoch %1 of %2 · batch %3 of %4"),
                                          max(current, 1), epochs, batch, batches or "?"))
            self.epoch_bar.setValue(int(100 * batch / batches) if batches else 0)
            self.run_label.setText(fill(self.tr("Run: %1 of %2 epochs"),
                                        f"{frac_epoch:.2f}", epochs))
            self.run_bar.setValue(int(100 * frac_epoch / max(epochs, 1)))
        else:
            self.epoch_label.setText(self.tr("Epoch"))
            self.run_label.setText(self.tr("Run"))
        active = self._active_s + (time.monotonic() - self._resumed_at
                                   if self._resumed_at is not None and self.state == RUNNING
                                   else 0.0)
        done = (frac_epoch - start) / max(epochs - start, 1e-9)
        eta = eta_seconds(active, done) if self.state in (RUNNING, PAUSED) else None
        bits = []
        if latest or self.state in (RUNNING, PAUSED):
            bits.append(fill(self.tr("elapsed %1"), clock_text(active)))
            if self.state in (RUNNING, PAUSED):
                bits.append(fill(self.tr("ETA %1"), duration_text(eta)))
            if latest.get("examples_per_s"):
                bits.append(fill(self.tr("%1 images/s"), f"{latest['examples_per_s']:.0f}"))
            if "loss" in latest:
                bits.append(fill(self.tr("loss %1"), f"{latest['loss']:.3f}"))
        state_text = {IDLE: self.tr("Ready."), ESTIMATING: self.tr("Estimating…"),
                      RUNNING: self.tr("Training…"), PAUSED: self.tr("Paused."),
                      STOPPING: self.tr("Stopping…")}[self.state]
        self.stats.setText(state_text + (" " + " · ".join(bits) if bits else ""))

    def show_message(self, text: str | Callable[[], str], error: bool = False) -> None:
        """A message under the progress: red for a fault, green for news. A callable
        is re-run when the language changes."""
        self._message = (text if callable(text) else (lambda: text), error)
        self._render_message()

    def _render_message(self) -> None:
        if self._message is None:
            return
        make, error = self._message
        self.message.setText(make())
        self.message.setStyleSheet(
            "color: #991b1b; background: #fee2e2; border-radius: 6px; padding: 6px;" if error
            else "color: #14532d; background: #dcfce7; border-radius: 6px; padding: 6px;")
        self.message.show()

    def show_error(self, err: dict) -> None:
        """An engine fault as its message and fix, translated."""
        def text() -> str:
            message, fix = error_text(err)
            return message + ("\n" + fix if fix else "")

        self.show_message(text, error=True)

    def clear_message(self) -> None:
        self._message = None
        self.message.clear()
        self.message.hide()

    # -- runs --------------------------------------------------------------------------
    def _on_overlay_changed(self, path: str, on: bool) -> None:
        if path == self.live_run and self.state in ACTIVE:
            if not on:
                self.runs.set_checked(path, True)  # the live run stays on the plots
            return
        if not on:
            self.plots.remove_run(path)
            return
        if self.plots.has_run(path):
            return
        try:
            run = load_run(path)
        except TrainingError as e:
            self.show_error(e.to_dict())
            return
        item = self.runs.item_of(path)
        self.plots.load_records(path, item.text(0) if item else Path(path).name,
                                run["batches"] + run["epochs"],
                                (run.get("config") or {}).get("epochs"))

    def _on_run_selected(self, path: str) -> None:
        self.continue_button.setEnabled(self.state == IDLE and self._can_continue())
        self.save_ckpt_action.setEnabled(bool(path))
        self.use_run_button.setEnabled(bool(path))
        if not path or (self.state in ACTIVE and path == self.live_run):
            return
        if self.state in ACTIVE:
            return  # the live run's views stay
        try:
            run = load_run(path)
        except TrainingError:
            return
        if path != self._gallery_run and run.get("checkpoint"):
            self._unshown["analyse"] = path  # its predictions, once that tab is shown
        epochs = [e for e in run["epochs"] if e.get("confusion")]
        if epochs:
            self._unshown["confusion"] = (epochs[-1]["confusion"], epochs[-1].get(
                "class_names") or run.get("class_names", []), epochs[-1].get("epoch"))
        self._show_insight()

    def _on_run_deleted(self, path: str) -> None:
        self.plots.remove_run(path)

    def _can_continue(self) -> bool:
        path = self.runs.selected_path()
        if not path:
            return False
        item = self.runs.item_of(path)
        return (item is not None and item.text(1) == self.runs.status_text("stopped")
                and (Path(path) / "checkpoint.pt").is_file())

    def continue_selected_run(self) -> None:
        """Resume the selected stopped run from its checkpoint."""
        path = self.runs.selected_path()
        if self.state != IDLE or not self._can_continue():
            return
        self.clear_message()
        self._snapshot_generation = self._generation()
        self._launch(self.current_design().copy(), self.settings.config(),
                     str(Path(path) / "checkpoint.pt"))

    def use_selected_run(self) -> None:
        """Load the selected run's design into the editor and its settings here."""
        path = self.runs.selected_path()
        if not path:
            return
        try:
            run = load_run(path)
            design = design_from_dict(run["design"], str(path))
            config = TrainConfig.from_dict(run["config"])
        except (TrainingError, DesignError, KeyError) as e:
            reason = str(e)
            self.show_message(lambda: fill(self.tr("Could not read the run: %1"), reason),
                              error=True)
            return
        self._adopt(design, config, lambda: fill(
            self.tr("Design “%1” and the settings of run “%2”"), design.name, run.get("name", "")))

    def open_checkpoint(self, path: str | None = None) -> None:
        """Load a checkpoint: its design goes to the editor (one undoable step), its
        settings to this panel; a run folder's checkpoint also shows its curves."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open checkpoint"), "",
                                                  self.tr("Checkpoints (*.pt);;All files (*)"))
            if not path:
                return
        try:
            ckpt = load_checkpoint(path)
        except TrainingError as e:
            self.show_error(e.to_dict())
            return
        epoch = int(ckpt.progress.get("epoch", 0))
        self._adopt(ckpt.design, ckpt.config, lambda: fill(
            self.tr("Design “%1” and settings from the checkpoint (after %2 epochs)"),
            ckpt.design.name, epoch))
        run_dir = str(Path(path).parent)
        if run_dir in self.runs.paths():
            self.runs.select(run_dir)
            self.runs.set_checked(run_dir, True)
        elif ckpt.history.get("epochs") or ckpt.history.get("batches"):
            key = str(Path(path).resolve())  # a checkpoint from elsewhere: its curves
            self.plots.remove_run(key)
            self.plots.add_run(key, Path(path).name, ckpt.config.epochs)
            self.plots.load_history(key, ckpt.history)

    def _adopt(self, design: Design, config: TrainConfig, what: Callable[[], str]) -> None:
        if self.document is not None:
            self.document.replace(fill(self.tr("Load %1"), design.name), design)
        else:
            self._design = design.copy()
        self.settings.set_config(config)
        if self.document is not None:
            self.show_message(lambda: fill(self.tr("%1 loaded. Undo in the editor brings the "
                                                   "previous design back."), what()))
        else:
            self.show_message(lambda: fill(self.tr("%1 loaded."), what()))

    def trained_weights(self) -> dict | None:
        """The selected (or live) run's latest weights, for File > Export; None when it
        has no readable checkpoint yet (the export then says it used fresh weights)."""
        path = self.runs.selected_path() or self.live_run
        source = Path(path) / "checkpoint.pt" if path else None
        if source is None or not source.is_file():
            return None
        try:
            return load_checkpoint(source).model
        except TrainingError:
            return None

    def save_checkpoint(self, target: str | None = None) -> str | None:
        """Save a copy of the selected (or live) run's latest checkpoint."""
        path = self.runs.selected_path() or self.live_run
        source = Path(path) / "checkpoint.pt" if path else None
        if source is None or not source.is_file():
            self.show_message(lambda: self.tr("This run has no checkpoint yet: one is written "
                                              "after every epoch and when a run stops."),
                              error=True)
            return None
        if not target:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save checkpoint as"),
                                                    f"{Path(path).name}.pt",
                                                    self.tr("Checkpoints (*.pt)"))
            if not target:
                return None
        try:
            atomic_write_bytes(target, source.read_bytes())
        except OSError as e:
            reason = str(e)
            self.show_message(lambda: fill(self.tr("Could not save the checkpoint: %1"), reason),
                              error=True)
            return None
        self.show_message(lambda: fill(self.tr("Checkpoint saved to %1."), target))
        return target

    def _on_settings_changed(self) -> None:
        self.set_estimate_text(None)
        self.last_estimate = None
