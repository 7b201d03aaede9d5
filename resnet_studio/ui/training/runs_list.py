"""The list of kept runs: tick to overlay on the plots, rename, delete.

Every run lives in its folder under the runs folder (``core.runs``); this list reads
them, so after a restart the same runs are there. Renaming writes the run's
``run.json``; deleting removes the folder after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.runs import delete_run, list_runs, rename_run
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.i18n import device_text, fill
from resnet_studio.ui.common.style import plain_tree
from resnet_studio.ui.training.text import dataset_label, dataset_of_label

PATH_ROLE = Qt.ItemDataRole.UserRole


def default_run_name(design: str, lr: float, taken: set[str]) -> str:
    """A new run's name that tells it apart from the runs kept: the design, the
    learning rate and a number ("d2l-resnet18 · lr 0.05 · 2")."""
    stem = f"{design} · lr {lr:g}"
    n = 1
    while f"{stem} · {n}" in taken:
        n += 1
    return f"{stem} · {n}"


class RunsList(QWidget):
    """Kept runs, newest first: name (editable), status, held-out accuracy, epochs."""

    overlay_changed = Signal(str, bool)  # run folder, shown on the plots
    run_selected = Signal(str)  # run folder ("" when none)
    renamed = Signal(str, str)  # run folder, new name
    deleted = Signal(str)  # run folder
    problem = Signal(str)  # a message for the panel (a rename or delete that failed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # names differ at the end
        self.tree.setAlternatingRowColors(True)
        plain_tree(self.tree)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.rename_button = QPushButton()
        self.delete_button = QPushButton()
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button.clicked.connect(self.delete_selected)
        self.button_row = buttons = QHBoxLayout()  # the panel adds its own run buttons
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._names: dict[str, str] = {}
        self._info: dict[str, dict] = {}  # each run's run.json, as read by refresh()
        self._checked: set[str] = set()
        self._busy: set[str] = set()  # the run being trained: not deletable
        self._filling = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Run"), self.tr("Status"), self.tr("Held-out"),
                                   self.tr("Epochs")])
        self.tree.setToolTip(self.tr("Tick a run to draw it on the plots; double-click its "
                                     "name to rename it."))
        self.rename_button.setText(self.tr("Rename"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the run's folder: curves and checkpoint"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- contents ----------------------------------------------------------------
    def status_text(self, status: str) -> str:
        return {"running": self.tr("running"), "finished": self.tr("finished"),
                "stopped": self.tr("stopped"), "failed": self.tr("failed")}.get(status, status)

    def refresh(self) -> None:
        """Re-read the runs folder; ticks and the selection are kept."""
        current = self.selected_path()
        self._filling = True
        self.tree.clear()
        self._names.clear()
        self._info.clear()
        for run in list_runs():
            path = run["path"]
            self._info[path] = run
            final = run.get("final") or {}
            acc = final.get("test_accuracy")
            item = QTreeWidgetItem([
                str(run.get("name") or run.get("id")),
                self.status_text(str(run.get("status", ""))),
                f"{acc:.1%}" if isinstance(acc, (int, float)) else "—",
                str(run.get("epochs_done", 0)),
            ])
            item.setData(0, PATH_ROLE, path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(0, Qt.CheckState.Checked if path in self._checked
                               else Qt.CheckState.Unchecked)
            config = run.get("config") or {}
            recorded = str(run.get("dataset", ""))
            tip = fill(self.tr("%1\ncreated %2 · %3 · %4 · lr %5 · batch %6"),
                       run.get("name"), str(run.get("created", "")).replace("T", " "),
                       dataset_label(dataset_of_label(recorded), recorded),
                       device_text(str(run.get("device", ""))), config.get("lr", "?"),
                       config.get("batch_size", "?"))
            if run.get("status") == "failed":  # the engine's reason, as it was recorded
                tip += "\n" + str(run.get("message", ""))
            item.setToolTip(0, tip)
            self._names[path] = item.text(0)
            self.tree.addTopLevelItem(item)
            if path == current:
                self.tree.setCurrentItem(item)
        self._checked &= set(self._names)
        self._filling = False
        self._update_buttons()

    def paths(self) -> list[str]:
        return list(self._names)

    def info_of(self, path: str) -> dict:
        """A listed run's record (its run.json as last read: status, checkpoint, ...)."""
        return self._info.get(path, {})

    def name_of(self, path: str) -> str:
        return self._names.get(path, "")

    def default_name(self, design: str, lr: float) -> str:
        """A distinct name for a new run of ``design`` at learning rate ``lr``."""
        return default_run_name(design, lr, set(self._names.values()))

    def item_of(self, path: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, PATH_ROLE) == path:
                return item
        return None

    def selected_path(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, PATH_ROLE) if item is not None else ""

    def select(self, path: str) -> None:
        item = self.item_of(path)
        if item is not None:
            self.tree.setCurrentItem(item)

    def checked(self) -> list[str]:
        return [p for p in self._names if p in self._checked]

    def set_checked(self, path: str, on: bool) -> None:
        """Tick or untick a run (emits overlay_changed when it changes)."""
        item = self.item_of(path)
        if item is None:
            if on:
                self._checked.add(path)
            else:
                self._checked.discard(path)
            return
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def show_progress(self, path: str, epochs: int, accuracy: float | None) -> None:
        """Update a running run's row after an epoch (the folder is re-read at its end)."""
        item = self.item_of(path)
        if item is None:
            return
        self._filling = True
        if isinstance(accuracy, (int, float)):
            item.setText(2, f"{accuracy:.1%}")
        item.setText(3, str(epochs))
        self._filling = False

    def add_live(self, path: str, name: str) -> None:
        """Show a run that has just started, without re-reading the runs folder (no file
        I/O at a run's start); the folder is read again when the run ends."""
        item = self.item_of(path)
        self._filling = True
        if item is None:
            item = QTreeWidgetItem([name, self.status_text("running"), "—", "0"])
            item.setData(0, PATH_ROLE, path)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, name)
            self.tree.insertTopLevelItem(0, item)
            self._names[path] = name
            self._info[path] = {"path": path, "name": name, "status": "running"}
        else:
            item.setText(1, self.status_text("running"))
            self._info.setdefault(path, {})["status"] = "running"
        self._filling = False

    def set_busy(self, path: str | None) -> None:
        """Mark the run being trained (it cannot be deleted while it runs)."""
        self._busy = {path} if path else set()
        self._update_buttons()

    # -- edits -------------------------------------------------------------------
    def start_rename(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, 0)

    def rename(self, path: str, name: str) -> bool:
        """Rename a run in its run.json; False (and a message) when it cannot be."""
        name = name.strip()
        if not name:
            self.problem.emit(self.tr("A run needs a name; the old one is kept."))
            return False
        try:
            rename_run(path, name)
        except (TrainingError, OSError) as e:
            self.problem.emit(self.tr("Could not rename the run: %1").replace("%1", str(e)))
            return False
        self._names[path] = name
        self._info.get(path, {})["name"] = name
        self.renamed.emit(path, name)
        return True

    def delete_selected(self) -> None:
        path = self.selected_path()
        if not path or path in self._busy:
            return
        if dialogs.ask_yes_no(
                self, self.tr("Delete run"),
                self.tr("Delete the run “%1” with its curves and checkpoint? This cannot be "
                        "undone.").replace("%1", self._names.get(path, path))):
            self.delete(path)

    def delete(self, path: str) -> bool:
        try:
            delete_run(path)
        except (TrainingError, OSError) as e:
            self.problem.emit(self.tr("Could not delete the run: %1").replace("%1", str(e)))
            return False
        if path in self._checked:
            self._checked.discard(path)
            self.overlay_changed.emit(path, False)
        self.deleted.emit(path)
        self.refresh()
        return True

    # -- signals from the tree ---------------------------------------------------
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        path = item.data(0, PATH_ROLE)
        on = item.checkState(0) == Qt.CheckState.Checked
        if on != (path in self._checked):
            (self._checked.add if on else self._checked.discard)(path)
            self.overlay_changed.emit(path, on)
        if item.text(0) != self._names.get(path):
            if not self.rename(path, item.text(0)):
                self._filling = True
                item.setText(0, self._names.get(path, ""))
                self._filling = False

    def _on_double_click(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.tree.editItem(item, 0)

    def _on_current_changed(self, current, _previous) -> None:
        self._update_buttons()
        self.run_selected.emit(current.data(0, PATH_ROLE) if current is not None else "")

    def _update_buttons(self) -> None:
        path = self.selected_path()
        self.rename_button.setEnabled(bool(path))
        self.delete_button.setEnabled(bool(path) and path not in self._busy)
