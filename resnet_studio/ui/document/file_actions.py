"""New, Open, Save, Save As, recent files, the unsaved-changes prompt and recovery.

Every failure is shown with its reason and a fix; the open design is never touched
by a file that cannot be used.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from resnet_studio.core.design.files import load_design, save_design
from resnet_studio.core.design.presets import preset
from resnet_studio.core.design.problems import DesignError
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.fields import outside_limits
from resnet_studio.ui.common.i18n import fill, problem_text
from resnet_studio.ui.common.settings import add_recent, recent_files, remove_recent
from resnet_studio.ui.document.autosave import Autosaver, find_orphans
from resnet_studio.ui.document.document import DEFAULT_PRESET, DesignDocument


class FileActions(QObject):
    """The File menu's design actions for one window and its document."""

    def __init__(self, window: QMainWindow, document: DesignDocument, settings,
                 autosaver: Autosaver | None = None):
        super().__init__(window)
        self.window, self.document, self.settings = window, document, settings
        self.autosaver = autosaver
        self.new_action = QAction(self, shortcut=QKeySequence.New, triggered=self.new)
        self.open_action = QAction(self, shortcut=QKeySequence.Open, triggered=self.open)
        self.save_action = QAction(self, shortcut=QKeySequence.Save, triggered=self.save)
        self.save_as_action = QAction(self, shortcut=QKeySequence.SaveAs, triggered=self.save_as)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New"))
        self.new_action.setStatusTip(self.tr("Start over from the d2l ResNet-18 design"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open a design file (.json)"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self._fill_recent()

    # -- opening ---------------------------------------------------------------
    def new(self) -> None:
        if self.maybe_save():
            self.document.load(preset(DEFAULT_PRESET), "")
            self.document.select(None)

    def open(self) -> None:
        if not self.maybe_save():
            return
        path = dialogs.open_path(self.window, self.tr("Open design"), self._folder(),
                                 self.tr("ResNet Studio designs (*.json);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Load a design file; on any problem say why and keep the current design."""
        title = self.tr("Cannot open the design")
        try:
            design = load_design(path)
        except DesignError as e:
            message, fix = problem_text(e.problems[0])
            if e.problems[0].code == "file_not_found":
                remove_recent(self.settings, os.path.abspath(path))
            dialogs.show_error(self.window, title, message, fix)
            return False
        bad = outside_limits(design)
        if bad:
            lines = [fill(self.tr("%1 is %2 (allowed: %3)"), *item) for item in bad[:5]]
            dialogs.show_error(
                self.window, title,
                fill(self.tr("%1: values the studio cannot use:"), path) + "\n" + "\n".join(lines),
                self.tr("Edit these values in the file, then open it again."))
            return False
        path = os.path.abspath(path)
        self.document.load(design, path)
        self.document.select(None)
        add_recent(self.settings, path)
        self._status(fill(self.tr("Opened %1"), path))
        return True

    def open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_path(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i}  {Path(path).name}   ({Path(path).parent})")
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent designs")).setEnabled(False)
        self.recent_menu.setEnabled(True)

    # -- saving ----------------------------------------------------------------
    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggestion = self.document.path or os.path.join(
            self._folder(), f"{self.document.design.name}.json")
        path = dialogs.save_path(self.window, self.tr("Save design as"), suggestion,
                                 self.tr("ResNet Studio designs (*.json)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            save_design(self.document.design, path)
        except OSError as e:
            dialogs.show_error(self.window, self.tr("Cannot save the design"),
                               fill(self.tr("%1: %2"), path, e.strerror or str(e)),
                               self.tr("Choose another folder or file name (Save As)."))
            return False
        path = os.path.abspath(path)
        self.document.mark_saved(path)
        add_recent(self.settings, path)
        self._status(fill(self.tr("Saved %1"), path))
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True: go ahead (saved or discarded)."""
        if not self.document.dirty:
            return True
        answer = dialogs.ask_save_changes(self.window, self.document.design.name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- recovery --------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the newest design a crashed session autosaved. True if recovered."""
        orphans = find_orphans(self.autosaver.directory if self.autosaver else None)
        if not orphans:
            return False
        found = orphans[0]
        if not dialogs.ask_recover(self.window, found.design.name, found.when, found.path):
            found.discard()
            return False
        self.document.load(found.design, found.path, recovered=True)
        if self.autosaver is not None:
            self.autosaver.save_now()
        found.discard()
        self._status(self.tr("Recovered the autosaved design; save it to keep it."))
        return True

    def _folder(self) -> str:
        if self.document.path:
            return str(Path(self.document.path).parent)
        files = recent_files(self.settings)
        return str(Path(files[0]).parent) if files else str(Path.home())

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
