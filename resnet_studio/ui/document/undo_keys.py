"""Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo the document even while a field has the
keyboard focus: spin boxes, line edits and combo boxes would otherwise take the keys
for their own text undo (a committed edit could not be undone from the keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

FIELDS = (QAbstractSpinBox, QLineEdit, QComboBox)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Shift+Z and Ctrl+Y, each once."""
    keys = [*QKeySequence.keyBindings(QKeySequence.Redo), *REDO_KEYS]
    return [k for i, k in enumerate(keys) if k not in keys[:i]]


def _command(event: QKeyEvent) -> str:
    """"undo", "redo" or "" for a key event."""
    if event.matches(QKeySequence.Undo):
        return "undo"
    if event.matches(QKeySequence.Redo):
        return "redo"
    pressed = QKeySequence(event.keyCombination())
    return "redo" if any(pressed == k for k in REDO_KEYS) else ""


def _typing_pending(field: QWidget) -> bool:
    """A spin box whose typed text is not committed yet (no Enter, no focus-out): its
    own undo takes that typing back first."""
    if not isinstance(field, QAbstractSpinBox):
        return False
    value = getattr(field, "value", None)
    text_of = getattr(field, "textFromValue", None)
    if value is None or text_of is None:
        return False
    return field.cleanText() != text_of(value())


class DocumentUndoKeys(QObject):
    """Watches the focused field of ``window`` and routes undo/redo keys to the
    document's actions (they stay enabled/disabled as the undo stack says)."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction):
        super().__init__(window)
        self.window, self.actions = window, {"undo": undo, "redo": redo}
        self._watched: QWidget | None = None  # the focus widget (gets the key events)
        self._field: QWidget | None = None  # the field it belongs to
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:  # the field was deleted (a stage card rebuilt)
                pass
            self._watched = self._field = None
        field = new
        if field is not None and not isinstance(field, FIELDS):  # e.g. a spin box's edit
            field = field.parentWidget() if isinstance(field.parentWidget(), FIELDS) else None
        if field is not None and isinstance(field.parentWidget(), FIELDS):
            field = field.parentWidget()  # a spin box's or an editable combo's own line edit
        if field is not None and field.window() is self.window:
            new.installEventFilter(self)  # the keys go to the focus widget itself
            self._watched, self._field = new, field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind not in (QEvent.ShortcutOverride, QEvent.KeyPress):
            return False
        command = _command(event)
        if not command or _typing_pending(self._field):
            return False
        if kind == QEvent.ShortcutOverride:
            event.accept()  # the key press comes to this field (not a window shortcut) ...
            return True
        action = self.actions[command]  # ... and does the document's undo, not the text's
        if action.isEnabled():
            action.trigger()
        return True
