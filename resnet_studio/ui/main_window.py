"""The studio window: the block editor beside the architecture drawing, over the shape
trace and the explain panel.

All views share one :class:`DesignDocument`; the window owns the menus, the file
actions, autosave and the persisted layout. Other panels plug in through
``add_training_panel`` and ``export_menu``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.presets import preset, preset_names
from resnet_studio.ui.architecture.view import ArchitecturePane
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.format import plural
from resnet_studio.ui.common.i18n import add_language_menu, fill
from resnet_studio.ui.common.settings import byte_array, studio_settings
from resnet_studio.ui.document.autosave import Autosaver
from resnet_studio.ui.document.document import DesignDocument, Selection
from resnet_studio.ui.document.file_actions import FileActions
from resnet_studio.ui.document.undo_keys import DocumentUndoKeys, redo_shortcuts
from resnet_studio.ui.editor.editor import EditorPane
from resnet_studio.ui.explain.panel import ExplainPanel
from resnet_studio.ui.lessons.panel import LessonsPanel
from resnet_studio.ui.trace.view import TracePane

PRESET_GROUPS = (("d2l", "d2l-"), ("torchvision", ""), ("cifar", "cifar-"))


DEFAULT_SIZE = (1480, 920)
FRAME_ROOM = (16, 48)  # a window manager's frame and title bar, outside resize()'s size


def default_size(screen) -> QSize:
    """1480x920, or the screen's free area when that is smaller (a 1280x800 or 1024x768
    screen gets a window that fits it, not one cut at its edges)."""
    width, height = DEFAULT_SIZE
    if screen is not None:
        free = screen.availableGeometry()
        if free.width() > 0 and free.height() > 0:  # (less room for a title bar and frame)
            width = min(width, free.width() - FRAME_ROOM[0])
            height = min(height, free.height() - FRAME_ROOM[1])
    return QSize(width, height)


class MainWindow(QMainWindow):
    """The ResNet Studio main window."""

    def __init__(self, design: Design | None = None, parent: QWidget | None = None,
                 autosave: bool = True):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = studio_settings()
        self.document = DesignDocument(design, self)
        self.autosaver = Autosaver(self.document, parent=self) if autosave else None
        self.files = FileActions(self, self.document, self.settings, self.autosaver)
        self.close_guards: list[Callable[[], bool]] = []
        self.training_panel: QWidget | None = None
        self.export_actions = None  # set by app.install_panels

        self.editor = EditorPane(self.document)
        self.architecture = ArchitecturePane(self.document)
        self.trace_pane = TracePane(self.document)
        self.explain = ExplainPanel(self.document)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setDocumentMode(False)
        self.bottom_tabs.addTab(self.trace_pane, "")
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.explain, "")
        self.lower_splitter = QSplitter(Qt.Horizontal)
        self.lower_splitter.addWidget(self.bottom_tabs)
        self.lower_splitter.addWidget(self.side_tabs)
        self.lower_splitter.setStretchFactor(0, 2)  # a narrower window takes from both,
        self.lower_splitter.setStretchFactor(1, 1)  # the explain down to its formula's width
        self.center_splitter = QSplitter(Qt.Vertical)
        self.center_splitter.addWidget(self.architecture)
        self.center_splitter.addWidget(self.lower_splitter)
        self.main_splitter = QSplitter(Qt.Horizontal)
        self.main_splitter.addWidget(self.editor)
        self.main_splitter.addWidget(self.center_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setContentsMargins(6, 6, 6, 0)
        for splitter in (self.lower_splitter, self.center_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self.status_design = QLabel()
        self.statusBar().addPermanentWidget(self.status_design)
        self.lessons = LessonsPanel(self.document)  # a dock, shown from View > Lessons
        self.lessons_dock = QDockWidget(self)
        self.lessons_dock.setObjectName("lessons_dock")
        self.lessons_dock.setWidget(self.lessons)
        self.addDockWidget(Qt.RightDockWidgetArea, self.lessons_dock)
        self.lessons_dock.hide()

        self._create_actions()
        self._create_menus()
        self.editor.hint.connect(lambda text: self.statusBar().showMessage(text, 6000))
        doc = self.document
        doc.pathChanged.connect(self._update_title)
        doc.dirtyChanged.connect(self._update_title)
        doc.changed.connect(self._update_title)
        doc.traceReady.connect(self._update_status)
        doc.selectionChanged.connect(self._update_stage_actions)
        doc.changed.connect(self._update_stage_actions)
        doc.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        doc.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        doc.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        doc.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.retranslate()
        self._restore_layout()
        self._update_stage_actions()

    # -- public hooks for other panels ---------------------------------------------
    @property
    def export_menu(self) -> QMenu:
        """File > Export: the drawing's PNG/SVG entries; the export panel adds its own."""
        return self._export_menu

    def add_training_panel(self, widget: QWidget, title: str | None = None) -> int:
        """Put the training panel in a tab beside the shape trace (returns the tab index).

        If the panel has ``confirm_close() -> bool`` the window asks it before closing
        (so a running training can be stopped or kept), and ``shutdown()`` is called
        once the window closes."""
        self.training_panel = widget
        holder = QScrollArea()  # its minimum size must not squeeze the explain panel
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.NoFrame)
        holder.setWidget(widget)
        self.training_holder = holder
        index = self.bottom_tabs.addTab(holder, title or self.tr("Training"))
        guard = getattr(widget, "confirm_close", None)
        if callable(guard):
            self.close_guards.append(guard)
        return index

    def show_training_panel(self) -> None:
        if self.training_panel is not None:
            self.bottom_tabs.setCurrentWidget(self.training_holder)

    # -- actions and menus -----------------------------------------------------------
    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _create_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = self._action(stack.undo, QKeySequence.Undo)
        self.redo_action = self._action(stack.redo)
        self.redo_action.setShortcuts(redo_shortcuts())  # Ctrl+Shift+Z and Ctrl+Y everywhere
        self.undo_keys = DocumentUndoKeys(self, self.undo_action, self.redo_action)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.quit_action = self._action(self.close, QKeySequence.Quit)
        self.add_stage_action = self._action(self.editor.add_stage, "Ctrl+Shift+N")
        self.duplicate_stage_action = self._action(
            lambda: self._on_stage(self.editor.duplicate_stage), "Ctrl+D")
        self.remove_stage_action = self._action(
            lambda: self._on_stage(self.editor.remove_stage), "Ctrl+Shift+Backspace")
        self.move_up_action = self._action(
            lambda: self._on_stage(lambda i: self.editor.move_stage(i, -1)), "Ctrl+Shift+Up")
        self.move_down_action = self._action(
            lambda: self._on_stage(lambda i: self.editor.move_stage(i, 1)), "Ctrl+Shift+Down")
        view = self.architecture.view
        self.zoom_in_action = self._action(lambda: view.zoom(1.25), QKeySequence.ZoomIn)
        self.zoom_out_action = self._action(lambda: view.zoom(1 / 1.25), QKeySequence.ZoomOut)
        self.fit_action = self._action(view.fit, "Ctrl+0")
        self.png_action = self._action(lambda: self.export_drawing("png"))
        self.svg_action = self._action(lambda: self.export_drawing("svg"))
        self.lesson_action = self._action(lambda: self.document.select(None), "F1")
        self.about_action = self._action(self._about)
        self.preset_actions: dict[str, QAction] = {}
        for name in preset_names():
            action = QAction(name, self)
            action.triggered.connect(lambda _=False, n=name: self.load_preset(n))
            self.preset_actions[name] = action
        self.architecture.export_menu.addAction(self.png_action)
        self.architecture.export_menu.addAction(self.svg_action)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        f = self.file_menu = bar.addMenu("")
        f.addActions([self.files.new_action, self.files.open_action])
        f.addMenu(self.files.recent_menu)
        f.addSeparator()
        f.addActions([self.files.save_action, self.files.save_as_action])
        f.addSeparator()
        self._export_menu = f.addMenu("")
        self._export_menu.setObjectName("export_menu")
        self._export_menu.addActions([self.png_action, self.svg_action])
        self._export_menu.addSeparator()
        f.addSeparator()
        f.addAction(self.quit_action)
        e = self.edit_menu = bar.addMenu("")
        e.addActions([self.undo_action, self.redo_action])
        e.addSeparator()
        e.addActions([self.add_stage_action, self.duplicate_stage_action,
                      self.remove_stage_action, self.move_up_action, self.move_down_action])
        v = self.view_menu = bar.addMenu("")
        v.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        v.addSeparator()
        v.addAction(self.lessons_dock.toggleViewAction())
        v.addSeparator()
        add_language_menu(v)
        p = self.presets_menu = bar.addMenu("")
        self.preset_groups: dict[str, QMenu] = {}
        for group, prefix in PRESET_GROUPS:
            menu = p.addMenu("")
            self.preset_groups[group] = menu
            for name in preset_names():
                in_group = name.startswith(prefix) if prefix else not (
                    name.startswith("d2l-") or name.startswith("cifar-"))
                if in_group:
                    menu.addAction(self.preset_actions[name])
        h = self.help_menu = bar.addMenu("")
        h.addActions([self.lesson_action, self.about_action])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.presets_menu.setTitle(self.tr("&Presets"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._export_menu.setTitle(self.tr("&Export"))
        self.quit_action.setText(self.tr("&Quit"))
        self.add_stage_action.setText(self.tr("Add stage"))
        self.duplicate_stage_action.setText(self.tr("Duplicate stage"))
        self.remove_stage_action.setText(self.tr("Remove stage"))
        self.move_up_action.setText(self.tr("Move stage up"))
        self.move_down_action.setText(self.tr("Move stage down"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.fit_action.setText(self.tr("Fit drawing"))
        self.png_action.setText(self.tr("Drawing as PNG…"))
        self.svg_action.setText(self.tr("Drawing as SVG…"))
        self.lesson_action.setText(self.tr("The residual idea"))
        self.about_action.setText(self.tr("About ResNet Studio"))
        titles = {"d2l": self.tr("d2l.ai (Fashion-MNIST)"), "torchvision": self.tr("torchvision"),
                  "cifar": self.tr("CIFAR (He et al. 2016)")}
        for group, menu in self.preset_groups.items():
            menu.setTitle(titles[group])
        for name, action in self.preset_actions.items():
            action.setStatusTip(fill(self.tr("Replace the design with %1 (undo brings it back)"),
                                     name))
        self.bottom_tabs.setTabText(0, self.tr("Shape trace"))
        self.side_tabs.setTabText(0, self.tr("Explain"))
        self.lessons_dock.setWindowTitle(self.tr("Lessons"))
        if self.training_panel is not None:
            self.bottom_tabs.setTabText(self.bottom_tabs.indexOf(self.training_holder),
                                        self.tr("Training"))
        self.files.retranslate()
        self._update_undo_texts()
        self._update_title()
        self._update_status()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- commands --------------------------------------------------------------------
    def load_preset(self, name: str) -> None:
        """Replace the design with a preset, as one undoable step. The document is no
        longer bound to its file, so Save asks for a new name instead of overwriting it."""
        self.document.replace(fill(self.tr("Preset %1"), name), preset(name))
        self.document.set_path("")
        self.document.select(None)
        self.document.flush()  # draw the new network now, then fit it into view
        QTimer.singleShot(0, self.architecture.view.fit)

    def _on_stage(self, operation: Callable[[int], None]) -> None:
        sel = self.document.selection
        if sel is not None and sel.stage is not None:
            operation(sel.stage)

    def export_drawing(self, fmt: str) -> bool:
        """Ask for a file and write the architecture drawing as PNG or SVG."""
        name = f"{self.document.design.name}.{fmt}"
        filters = self.tr("PNG images (*.png)") if fmt == "png" else self.tr("SVG images (*.svg)")
        path = dialogs.save_path(self, self.tr("Export drawing"), name, filters)
        if not path:
            return False
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.architecture.export(path)
        except OSError as e:
            dialogs.show_error(self, self.tr("Cannot export the drawing"),
                               fill(self.tr("%1: %2"), path, e.strerror or str(e)),
                               self.tr("Choose another folder or file name."))
            return False
        self.statusBar().showMessage(fill(self.tr("Drawing written to %1"), path), 8000)
        return True

    def _about(self) -> None:
        dialogs.show_info(self, self.tr("About ResNet Studio"), self.tr(
            "ResNet Studio: design residual networks block by block, watch the shapes flow, "
            "and train them, in the spirit of the d2l.ai ResNet chapter."))

    # -- state shown in the chrome ------------------------------------------------------
    def _update_title(self, *_args) -> None:
        doc = self.document
        where = doc.path or self.tr("not saved")
        self.setWindowTitle(f"{doc.design.name} — {where}[*] — ResNet Studio")
        self.setWindowModified(doc.dirty)

    def _update_status(self, *_args) -> None:
        doc = self.document
        if doc.trace is None:
            return
        n = len(doc.problems)
        text = self.tr("valid") if not n else plural(self.tr("%n problem(s)", "", n), n)
        self.status_design.setText(f"{doc.design.name} · {text}")

    def _update_undo_texts(self, *_args) -> None:
        stack = self.document.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(fill(self.tr("&Undo %1"), undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(fill(self.tr("&Redo %1"), redo) if redo else self.tr("&Redo"))

    def _update_stage_actions(self, *_args) -> None:
        sel = self.document.selection
        n = len(self.document.design.stages)
        stage = sel.stage if isinstance(sel, Selection) and sel.stage is not None else None
        has = stage is not None and stage < n
        self.duplicate_stage_action.setEnabled(has)
        self.remove_stage_action.setEnabled(has)
        self.move_up_action.setEnabled(has and stage > 0)
        self.move_down_action.setEnabled(has and stage < n - 1)

    # -- layout persistence and closing -------------------------------------------------
    def _restore_layout(self) -> None:
        s = self.settings
        geometry = byte_array(s, "window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self.screen()))
        for key, splitter, sizes in (("window/mainSplitter", self.main_splitter, [390, 1090]),
                                     ("window/centerSplitter", self.center_splitter, [340, 480]),
                                     ("window/lowerSplitter", self.lower_splitter, [750, 340])):
            state = byte_array(s, key)
            if state is None or not splitter.restoreState(state):
                splitter.setSizes(sizes)

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/mainSplitter", self.main_splitter.saveState())
        s.setValue("window/centerSplitter", self.center_splitter.saveState())
        s.setValue("window/lowerSplitter", self.lower_splitter.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # every question first (a running training, unsaved changes); any Cancel leaves
        # the run and the window as they were, and nothing is stopped before all are answered
        if not all(guard() for guard in self.close_guards) or not self.files.maybe_save():
            event.ignore()
            return
        self.hide()  # confirmed: the window goes at once, the threads stop behind it
        self.save_layout()
        if self.autosaver is not None:
            self.autosaver.discard()
        for panel in (self.training_panel, self.export_actions, self.lessons):  # worker threads
            shutdown = getattr(panel, "shutdown", None)
            if callable(shutdown):
                shutdown()
        event.accept()
