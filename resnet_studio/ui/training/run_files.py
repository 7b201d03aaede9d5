"""The training panel's runs and checkpoints: overlaying stored runs, a selected
run's insight, "Use design & settings", "Continue run", opening and saving
checkpoints. Every file is read or copied by the panel's FileLoader thread; this
part only asks and then applies the answer.

A mixin of :class:`TrainingPanel` (it uses the panel's runs list, plots, tabs,
controller and messages).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.files import design_from_dict
from resnet_studio.core.design.problems import DesignError
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.runs import CHECKPOINT_FILE
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.i18n import fill, tr


class RunFiles:
    """Runs and checkpoints of the training panel (mixed into TrainingPanel)."""

    def _on_overlay_changed(self, path: str, on: bool) -> None:
        if path == self.live_run and self.controller.is_training():
            if not on:
                self.runs.set_checked(path, True)  # the live run stays on the plots
            return
        if not on:
            self.plots.remove_run(path)
        elif not self.plots.has_run(path):
            self._load_run.emit(path, "overlay")

    def _on_run_selected(self, path: str) -> None:
        self.continue_button.setEnabled(self._can_continue())
        self.save_ckpt_action.setEnabled(bool(path))
        self.use_run_button.setEnabled(bool(path))
        if path and not self.controller.is_active():
            self._load_run.emit(path, "select")  # the live run's views stay while it runs

    def _on_run_loaded(self, path: str, run: dict, tag: object) -> None:
        if tag == "overlay":
            if path in self.runs.checked() and not self.plots.has_run(path):
                self.plots.load_records(path, self.runs.name_of(path) or Path(path).name,
                                        run["batches"] + run["epochs"],
                                        (run.get("config") or {}).get("epochs"))
        elif tag == "select":
            if self.controller.is_active() or path != self.runs.selected_path():
                return
            if run.get("checkpoint"):
                self.tabs.want_analysis(path)  # its predictions, once that tab is shown
            epochs = [e for e in run["epochs"] if e.get("confusion")]
            if epochs:
                self.tabs.put_confusion(epochs[-1]["confusion"], epochs[-1].get(
                    "class_names") or run.get("class_names", []), epochs[-1].get("epoch"))
            else:
                self.tabs.show_pending()
        elif tag == "use":
            self._use_run(run)

    def _on_load_failed(self, path: str, err: dict, tag: object) -> None:
        if tag != "select":  # a run without a readable log simply shows nothing
            self.show_error(err)

    def _can_continue(self) -> bool:
        """A stopped run with a checkpoint can go on (decided from the run's record)."""
        path = self.runs.selected_path()
        info = self.runs.info_of(path) if path else {}
        return (self.controller.can_start() and info.get("status") == "stopped"
                and bool(info.get("checkpoint")))

    def continue_selected_run(self) -> None:
        """Resume the selected stopped run from its checkpoint."""
        if not self._can_continue():
            return
        path = self.runs.selected_path()
        self.clear_message()
        self._snapshot_generation = self._generation()
        self._launch(self.current_design().copy(), self.settings.config(),
                     str(Path(path) / CHECKPOINT_FILE))

    def use_selected_run(self) -> None:
        """Load the selected run's design into the editor and its settings here."""
        path = self.runs.selected_path()
        if path:
            self._load_run.emit(path, "use")

    def _use_run(self, run: dict) -> None:
        try:
            design = design_from_dict(run["design"], str(run.get("path", "")))
            config = TrainConfig.from_dict(run["config"])
        except (TrainingError, DesignError, KeyError) as e:
            reason = str(e)
            self.show_message(lambda: fill(tr("TrainingPanel", "Could not read the run: %1"), reason),
                              error=True)
            return
        self._adopt(design, config, lambda: fill(
            tr("TrainingPanel", "Design “%1” and the settings of run “%2”"), design.name, run.get("name", "")))

    def open_checkpoint(self, path: str | None = None) -> None:
        """Load a checkpoint (in the loader thread): its design goes to the editor (one
        undoable step), its settings to this panel; a run folder's checkpoint also
        shows its curves."""
        if not path:
            path = dialogs.open_path(self, tr("TrainingPanel", "Open checkpoint"), "",
                                     tr("TrainingPanel", "Checkpoints (*.pt);;All files (*)"))
        if path:
            self._load_checkpoint.emit(path, "open")

    def _on_checkpoint_loaded(self, path: str, ckpt, tag: object) -> None:
        epoch = int(ckpt.progress.get("epoch", 0))
        self._adopt(ckpt.design, ckpt.config, lambda: fill(
            tr("TrainingPanel", "Design “%1” and settings from the checkpoint (after %2 epochs)"),
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
            self.document.replace(fill(tr("TrainingPanel", "Load %1"), design.name), design)
        else:
            self._design = design.copy()
        self.settings.set_config(config)
        if self.document is not None:
            self.show_message(lambda: fill(tr("TrainingPanel", "%1 loaded. Undo in the editor brings the "
                                                   "previous design back."), what()))
        else:
            self.show_message(lambda: fill(tr("TrainingPanel", "%1 loaded."), what()))

    def weights_path(self) -> str | None:
        """The checkpoint whose model File > Export uses: the selected (or live) run's,
        when it has one (read by the export's worker thread, not here)."""
        path = self.runs.selected_path() or self.live_run
        if not path:
            return None
        info = self.runs.info_of(path)
        has = info.get("checkpoint") if info else path == self.live_run
        return str(Path(path) / CHECKPOINT_FILE) if has else None

    def save_checkpoint(self, target: str | None = None) -> None:
        """Save a copy of the selected (or live) run's latest checkpoint (copied by the
        loader thread; the message says when it is done)."""
        source = self.weights_path()
        if source is None:
            self.show_message(lambda: tr("TrainingPanel", "This run has no checkpoint yet: one is written "
                                              "after every epoch and when a run stops."),
                              error=True)
            return
        if not target:
            target = dialogs.save_path(self, tr("TrainingPanel", "Save checkpoint as"),
                                       f"{Path(source).parent.name}.pt",
                                       tr("TrainingPanel", "Checkpoints (*.pt)"))
        if target:
            self._copy_file.emit(source, target)

    def _on_copied(self, target: str) -> None:
        self.show_message(lambda: fill(tr("TrainingPanel", "Checkpoint saved to %1."), target))
        self.checkpoint_copied.emit(target)

