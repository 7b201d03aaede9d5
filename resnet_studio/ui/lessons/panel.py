"""The Lessons panel: a list of the chapter's lessons; for each a short text, one
button that sets up the design or runs the measurement (in a worker thread), the
result drawn, what to notice, and what to try next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.lessons import LESSONS
from resnet_studio.ui.common.i18n import fill, problem_text, tr
from resnet_studio.ui.document.document import DesignDocument, Selection
from resnet_studio.ui.lessons import results
from resnet_studio.ui.lessons.texts import lesson_text
from resnet_studio.ui.lessons.worker import LessonRunner

SHORTCUT_STAGE = 1  # lesson 3 breaks stage 2's first block


def _label(rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class LessonsPanel(QWidget):
    """The lessons, beside the editor: the design ones change the document (undoable),
    the measuring ones run in the lesson worker thread."""

    def __init__(self, document: DesignDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessons")
        self.doc = document
        self.results: dict[str, dict[str, Any]] = {}
        self.running: str | None = None
        self._runner: LessonRunner | None = None

        self.list = QListWidget()
        self.list.setObjectName("lesson_list")
        for _name in LESSONS:
            self.list.addItem("")
        self.title = _label()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.intro = _label()
        self.button = QPushButton()
        self.button.setObjectName("lesson_button")
        self.fix_button = QPushButton()
        self.stop_button = QPushButton()
        self.no_bn = QCheckBox()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = _label()
        self.status.setStyleSheet("color: #64748b;")
        self.result_holder = QVBoxLayout()
        self.result_holder.setContentsMargins(0, 0, 0, 0)
        self.notice = _label()
        self.notice.setObjectName("lesson_notice")
        self.next = _label()
        self.next.setStyleSheet("color: #334155;")

        buttons = QHBoxLayout()
        for w in (self.button, self.fix_button, self.stop_button, self.no_bn):
            buttons.addWidget(w)
        buttons.addStretch(1)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(8, 4, 8, 8)
        for w in (self.title, self.intro):
            lay.addWidget(w)
        lay.addLayout(buttons)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addLayout(self.result_holder, 1)
        lay.addWidget(self.notice)
        lay.addWidget(self.next)
        lay.addStretch(0)  # takes the room a table or a text leaves; a plot keeps it
        self._page = lay
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(page)
        split.setStretchFactor(1, 1)
        split.setSizes([150, 650])
        split.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(split)

        self.list.currentRowChanged.connect(self._show)
        self.button.clicked.connect(self.start)
        self.fix_button.clicked.connect(self.apply_fix)
        self.stop_button.clicked.connect(self.stop)
        self.no_bn.toggled.connect(lambda _on: self._show_result())
        self.doc.traceReady.connect(self._on_trace)
        self.retranslate()
        self.list.setCurrentRow(0)

    # -- which lesson -----------------------------------------------------------
    @property
    def name(self) -> str:
        """The selected lesson's name."""
        return list(LESSONS)[max(self.list.currentRow(), 0)]

    def select(self, name: str) -> None:
        """Show lesson ``name``."""
        self.list.setCurrentRow(list(LESSONS).index(name))

    def _show(self, *_args) -> None:
        text = lesson_text(self.name)
        self.title.setText(text.title)
        self.intro.setText(text.intro)
        self.button.setText(text.button)
        self.fix_button.setVisible(self.name == "shortcut")
        self.no_bn.setVisible(self.name == "gradient-flow")
        self._update_buttons()
        self._show_result()

    def _update_buttons(self) -> None:
        busy = self.running is not None
        self.button.setEnabled(not busy)
        self.stop_button.setVisible(busy and self.running == self.name)
        self.fix_button.setEnabled(bool(self._shortcut_problem()))
        self.progress.setVisible(busy and self.running == self.name)
        info = LESSONS[self.name]
        if busy and self.running != self.name:
            self.status.setText(fill(tr("Lessons", "Another lesson is measuring: %1."),
                                     lesson_text(self.running).title))
        elif not busy and self.name not in self.results and info.seconds >= 10:
            self.status.setText(fill(tr("Lessons", "Takes about %1 s on 2 CPU cores, in the "
                                           "background; the studio stays usable."),
                                     f"{info.seconds:g}"))
        elif not busy:
            self.status.setText("")

    # -- running ------------------------------------------------------------------
    def start(self) -> None:
        """The lesson's button: set up the design, and measure in the worker."""
        # (imports torch: loaded by now behind the window, so not at window start-up)
        from resnet_studio.core.lessons.shapes import block_design, broken_design

        name = self.name
        if name == "residual-block":
            self.doc.set_batch(4)  # first: the trace's batch field follows the replace
            self.doc.replace(tr("Lessons", "Lesson: two residual blocks"), block_design())
            self.doc.select(Selection(1, 0))
        elif name == "shape-table":
            from resnet_studio.core.design.presets import preset

            self.doc.set_batch(1)
            self.doc.replace(tr("Lessons", "Lesson: ResNet-18"), preset("d2l-resnet18"))
        elif name == "shortcut":
            self.doc.set_batch(1)
            self.doc.replace(tr("Lessons", "Lesson: identity shortcut"),
                             broken_design(stage=SHORTCUT_STAGE))
            self.doc.select(Selection(SHORTCUT_STAGE, 0))
            self.doc.flush()
            self._show_result()
            return
        if self._runner is None:
            self._runner = LessonRunner(self)
            w = self._runner.worker
            w.progress.connect(self._on_progress)
            w.finished.connect(self._on_finished)
            w.stopped.connect(self._on_stopped)
            w.failed.connect(self._on_failed)
        self.running = name
        self.progress.setValue(0)
        self.progress.setFormat(tr("Lessons", "starting…"))
        self._update_buttons()
        self._runner.start(name)

    def stop(self) -> None:
        """Stop the running measurement at its next step."""
        if self._runner is not None:
            self._runner.stop()

    def shutdown(self) -> None:
        """Stop the worker thread (window closing)."""
        if self._runner is not None:
            self._runner.shutdown()

    def apply_fix(self) -> None:
        """Lesson 3's fix, as one undoable edit: "auto" picks the 1x1 projection."""
        from resnet_studio.core.lessons.shapes import fix_shortcut

        problem = self._shortcut_problem()
        if problem is not None:
            self.doc.edit(tr("Lessons", "Lesson: 1x1 conv shortcut"),
                          lambda d: fix_shortcut(d, problem.stage, problem.block or 0))

    def _shortcut_problem(self):
        return next((p for p in self.doc.problems if p.code == "identity_shape_mismatch"),
                    None)

    def _on_progress(self, name: str, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{fraction:.0%}  {text}")

    def _on_finished(self, name: str, result: dict) -> None:
        self.running = None
        self.results[name] = result
        self._update_buttons()
        if name == self.name:
            self._show_result()

    def _on_stopped(self, name: str) -> None:
        self.running = None
        self._update_buttons()
        self.status.setText(tr("Lessons", "Stopped. Press the button to measure again."))

    def _on_failed(self, name: str, error: str) -> None:
        self.running = None
        self._update_buttons()
        self.status.setText(fill(tr("Lessons", "The measurement failed: %1. The studio and your "
                                       "design are unaffected; try again, or run "
                                       "'resnet-studio lesson %2' to see the details."),
                                 error, name))

    def _on_trace(self, *_args) -> None:
        if self.name == "shortcut":
            self._update_buttons()
            self._show_result()

    # -- showing ------------------------------------------------------------------
    def _show_result(self) -> None:
        while self.result_holder.count():
            item = self.result_holder.takeAt(0)
            old = item.widget()
            if old is not None:  # out of the page now, not at the next event-loop pass
                old.hide()
                old.setParent(None)
                old.deleteLater()
        text = lesson_text(self.name)
        self.next.setText(fill(tr("Lessons", "Try next: %1"), text.next))
        if self.name == "shortcut":
            problem = self._shortcut_problem()
            self._fill_below(True)
            if problem is None:
                self.notice.setText(tr("Lessons", "No shortcut problem in the design now: every "
                                          "block whose shape changes has its 1x1 conv."))
            else:
                message, fix = problem_text(problem)
                self.notice.setText(fill(text.notice, message, fix))
            return
        result = self.results.get(self.name)
        if result is None:
            self.notice.setText("")
            self._fill_below(True)
            return
        widget, notice = results.render(self.name, result, text.notice,
                                        self.no_bn.isChecked())
        self.result_holder.addWidget(widget)
        self._fill_below(isinstance(widget, QTableWidget))
        self.notice.setText(notice)

    def _fill_below(self, below: bool) -> None:
        """Free room goes below the texts (tables, texts) or to the result (plots)."""
        holder = self._page.indexOf(self.result_holder)
        self._page.setStretch(holder, 0 if below else 1)
        self._page.setStretch(self._page.count() - 1, 1 if below else 0)

    def retranslate(self) -> None:
        """Re-read every text in the current language."""
        for row, name in enumerate(LESSONS):
            self.list.item(row).setText(lesson_text(name).title)
        self.fix_button.setText(tr("Lessons", "Apply the fix"))
        self.stop_button.setText(tr("Lessons", "Stop"))
        self.no_bn.setText(tr("Lessons", "without BatchNorm"))
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
