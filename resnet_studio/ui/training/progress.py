"""The panel's progress read-out: epoch and run bars, elapsed time, ETA, images/s,
the line under them (estimate, or what is being trained), the "design edited" note
and a message (red for a fault, green for news).

Texts that change with the language are kept as makers and re-run on a switch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from resnet_studio.ui.common.i18n import fill
from resnet_studio.ui.common.style import NOTE_STYLE, message_style
from resnet_studio.ui.training.controller import RunState
from resnet_studio.ui.training.estimate import clock_text, duration_text, eta_seconds

Maker = Callable[[], str]


class ProgressView(QWidget):
    """Bars and numbers of the run under way; messages under them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
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
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        for w in (self.epoch_label, self.epoch_bar, self.run_label, self.run_bar, self.stats,
                  self.estimate_label, self.note, self.message):
            box.addWidget(w)
        self._message: tuple[Maker, bool] | None = None
        self._estimate: Maker | None = None
        self._note: Maker | None = None
        self._numbers: tuple = (RunState.IDLE, {}, {}, 0, 0, 0.0)

    # -- numbers ---------------------------------------------------------------
    def reset(self) -> None:
        self.epoch_bar.setValue(0)
        self.run_bar.setValue(0)

    def show_numbers(self, state: RunState, info: dict[str, Any], latest: dict[str, Any],
                     epoch_done: int, default_epochs: int, active_s: float) -> None:
        """Epoch and batch, the bars, elapsed, ETA, speed and loss of the run."""
        self._numbers = (state, info, latest, epoch_done, default_epochs, active_s)
        epochs = int(info.get("epochs") or default_epochs)
        start = float(info.get("start_epoch", 0))
        frac_epoch = float(latest.get("epoch", epoch_done))
        batch, batches = int(latest.get("batch", 0)), int(latest.get("batches", 0) or 0)
        live = state in (RunState.RUNNING, RunState.PAUSED, RunState.STOPPING)
        if live or latest:
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
        ticking = state in (RunState.RUNNING, RunState.PAUSED)
        done = (frac_epoch - start) / max(epochs - start, 1e-9)
        bits = []
        if latest or ticking:
            bits.append(fill(self.tr("elapsed %1"), clock_text(active_s)))
            if ticking:
                bits.append(fill(self.tr("ETA %1"), duration_text(eta_seconds(active_s, done))))
            if latest.get("examples_per_s"):
                bits.append(fill(self.tr("%1 images/s"), f"{latest['examples_per_s']:.0f}"))
            if "loss" in latest:
                bits.append(fill(self.tr("loss %1"), f"{latest['loss']:.3f}"))
        self.stats.setText(self.state_text(state) + (" " + " · ".join(bits) if bits else ""))

    def state_text(self, state: RunState) -> str:
        return {RunState.IDLE: self.tr("Ready."), RunState.ESTIMATING: self.tr("Estimating…"),
                RunState.STARTING: self.tr("Starting…"), RunState.RUNNING: self.tr("Training…"),
                RunState.PAUSED: self.tr("Paused."),
                RunState.STOPPING: self.tr("Stopping…")}[state]

    # -- texts -----------------------------------------------------------------
    def set_estimate_text(self, make: Maker | None) -> None:
        """The line under the progress (estimate, or what is being trained)."""
        self._estimate = make
        self.estimate_label.setText(make() if make else "")

    def estimate_text(self) -> str:
        return self.estimate_label.text()

    def set_note(self, make: Maker | None) -> None:
        """The amber note (e.g. the design was edited during the run); None hides it."""
        self._note = make
        self.note.setText(make() if make else "")
        self.note.setVisible(make is not None)

    def show_message(self, text: str | Maker, error: bool = False) -> None:
        """A message under the progress: red for a fault, green for news. A callable
        is re-run when the language changes."""
        self._message = (text if callable(text) else (lambda: text), error)
        self._render_message()

    def message_text(self) -> str:
        """The message shown now ('' when none)."""
        return self.message.text() if self._message is not None else ""

    def message_is_error(self) -> bool:
        return self._message is not None and self._message[1]

    def clear_message(self) -> None:
        self._message = None
        self.message.clear()
        self.message.hide()

    def _render_message(self) -> None:
        if self._message is None:
            return
        make, error = self._message
        self.message.setText(make())
        self.message.setStyleSheet(message_style(error))
        self.message.show()

    def retranslate(self) -> None:
        self.show_numbers(*self._numbers)
        self._render_message()
        self.set_estimate_text(self._estimate)
        self.set_note(self._note)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
