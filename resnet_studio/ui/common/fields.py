"""Editor inputs for design fields: spin boxes that clamp with a hint, choice combos.

Ranges match ``core/validate.py``, so anything the editor accepts validates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QStandardItemModel, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QToolTip,
)

from resnet_studio.core.design.design import (
    BLOCK_KINDS,
    MAX_BLOCKS,
    MAX_CLASSES,
    MAX_KERNEL,
    MAX_SIZE,
    SHORTCUT_RULES,
    SHORTCUTS,
    Design,
)

# The core's limits (core/design.py), so the editor refuses what validate() refuses.
SMALL_MAX = MAX_KERNEL
LIMITS = {
    "size": (1, MAX_SIZE),
    "channels": (1, MAX_SIZE),
    "kernel": (1, SMALL_MAX),
    "stride": (1, SMALL_MAX),
    "padding": (0, SMALL_MAX),
    "blocks": (1, MAX_BLOCKS),
    "groups": (1, MAX_SIZE),
    "classes": (1, MAX_CLASSES),
    "batch": (1, 4096),
}


class FieldSpin(QSpinBox):
    """A whole-number field. Commits on Enter, focus-out or a step (not per keystroke);
    a typed value outside the range is clamped and the user is told why."""

    hint = Signal(str)

    def __init__(self, limits: str | tuple[int, int], name: str = "", parent=None):
        super().__init__(parent)
        low, high = LIMITS[limits] if isinstance(limits, str) else limits
        self.setRange(low, high)
        self.name = name  # the field's name in hints, set by retranslate()
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectToNearestValue)
        self.setAccelerated(True)
        self.setMinimumWidth(60)

    def set_quietly(self, value: int) -> None:
        """Show ``value`` without emitting valueChanged (a refresh, not an edit)."""
        if self.value() != value:
            with QSignalBlocker(self):
                self.setValue(value)

    def _number(self, text: str) -> int | None:
        text = text.strip()
        special = self.specialValueText()
        if special and text == special:
            return None
        try:
            return int(text)
        except ValueError:
            return None

    def validate(self, text: str, pos: int):
        value = self._number(text)
        if value is not None and not self.minimum() <= value <= self.maximum():
            return (QValidator.Intermediate, text, pos)
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        value = self._number(text)
        if value is None:
            return super().fixup(text)
        clamped = min(max(value, self.minimum()), self.maximum())
        if clamped != value:
            message = self.tr("%1 must be between %2 and %3: %4 was set to %5.")
            for i, v in enumerate((self.name or self.tr("This value"), self.minimum(),
                                   self.maximum(), value, clamped), start=1):
                message = message.replace(f"%{i}", str(v))
            self.hint.emit(message)
            if self.isVisible():
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
        return str(clamped)


class ChoiceCombo(QComboBox):
    """A combo box whose items carry design values ('basic', 'auto', ...)."""

    def __init__(self, values: Sequence[Any], parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        for value in values:
            self.addItem(str(value), value)

    def set_texts(self, texts: Sequence[str], tips: Sequence[str] = ()) -> None:
        """Label the items (translated texts), with an optional tooltip for each."""
        for i, text in enumerate(texts):
            self.setItemText(i, text)
        for i, tip in enumerate(tips):
            self.setItemData(i, tip, 3)  # Qt.ToolTipRole

    def value(self) -> Any:
        return self.currentData()

    def set_quietly(self, value: Any) -> None:
        i = self.findData(value)
        if i >= 0 and i != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(i)

    def set_enabled_item(self, value: Any, enabled: bool) -> None:
        """Grey out one choice (e.g. 'custom' stem kind, which is read off the numbers)."""
        model = self.model()
        i = self.findData(value)
        if i >= 0 and isinstance(model, QStandardItemModel):
            model.item(i).setEnabled(enabled)


class FieldCheck(QCheckBox):
    """A yes/no design field."""

    def set_quietly(self, value: bool) -> None:
        if self.isChecked() != value:
            with QSignalBlocker(self):
                self.setChecked(value)


class FieldText(QLineEdit):
    """A text field (the design's name); commits on Enter or focus-out."""

    def set_quietly(self, value: str) -> None:
        if self.text() != value:
            with QSignalBlocker(self):
                self.setText(value)


def outside_limits(design: Design) -> list[tuple[str, object, str]]:
    """Values of a design (read from a file) that the editor cannot show:
    (field, value, allowed range or choices). Empty when every field fits."""
    d, s = design, design.stem
    checks: list[tuple[str, object, object]] = [
        ("input.channels", d.input.channels, "channels"), ("input.height", d.input.height, "size"),
        ("input.width", d.input.width, "size"), ("stem.channels", s.channels, "channels"),
        ("stem.kernel", s.kernel, "kernel"), ("stem.stride", s.stride, "stride"),
        ("stem.padding", s.padding, "padding"), ("stem.pool_kernel", s.pool_kernel, "kernel"),
        ("stem.pool_stride", s.pool_stride, "stride"),
        ("stem.pool_padding", s.pool_padding, (0, SMALL_MAX // 2)),
        ("head.classes", d.head.classes, "classes")]
    for i, st in enumerate(d.stages):
        w = f"stages[{i}]"
        checks += [(f"{w}.channels", st.channels, "channels"), (f"{w}.blocks", st.blocks, "blocks"),
                   (f"{w}.stride", st.stride, "stride"), (f"{w}.groups", st.groups, "groups"),
                   (f"{w}.width_per_group", st.width_per_group, "channels"),
                   (f"{w}.kind", st.kind, BLOCK_KINDS), (f"{w}.shortcut", st.shortcut, SHORTCUT_RULES)]
        for b, o in st.overrides.items():
            if o.stride is not None:
                checks.append((f"{w}.overrides[block {b}].stride", o.stride, "stride"))
            if o.shortcut is not None:
                checks.append((f"{w}.overrides[block {b}].shortcut", o.shortcut, SHORTCUTS))
    bad = []
    for name, value, allowed in checks:
        if isinstance(allowed, tuple) and allowed and isinstance(allowed[0], str):
            if value not in allowed:
                bad.append((name, value, ", ".join(allowed)))
            continue
        low, high = LIMITS[allowed] if isinstance(allowed, str) else allowed
        if not low <= value <= high:
            bad.append((name, value, f"{low}..{high}"))
    return bad
