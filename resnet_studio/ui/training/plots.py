"""The four live training plots: loss, accuracy, learning rate, gradient norm per stage.

x is in fractional epochs, as d2l's Animator draws it. Several runs can be shown on
the same plots (a ResNet against its plain twin): colour tells the runs apart in the
loss, accuracy and learning-rate plots; in the gradient plot colour is the stage
(dark near the input, light near the head) and the line style is the run.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from resnet_studio.ui.common.style import RUN_COLORS
from resnet_studio.ui.training.plot_widgets import MIN_PLOT_WIDTH, MetricPlot, make_pen
from resnet_studio.ui.training.text import part_label

LEGEND_STAGGER_MS = 40  # between two plots' legend rebuilds (MetricPlot.set_legend_delay)
RUN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine)


def smoothing_weight(batches_per_epoch: float) -> float:
    """EMA weight for the smoothed per-batch curves: about a fifth of an epoch of
    memory, so 10 batches an epoch smooth lightly and 235 smooth well."""
    return float(min(0.98, max(0.3, 1.0 - 5.0 / max(batches_per_epoch, 1.0))))


class _RunState:
    """What the plots remember about one run: its colour and the smoothing state."""

    def __init__(self, index: int):
        self.index = index
        self.epochs = 0.0  # the run's planned length (0: unknown)
        self.weight: float | None = None
        self.ema: dict[str, float] = {}
        self.count: dict[str, int] = {}

    def smooth(self, name: str, values: np.ndarray) -> np.ndarray:
        """Debiased exponential moving average (as TensorBoard draws it)."""
        w = self.weight if self.weight is not None else 0.6
        ema, n = self.ema.get(name, 0.0), self.count.get(name, 0)
        out = np.empty(len(values))
        for i, v in enumerate(values.tolist()):
            if not math.isfinite(v):
                out[i] = np.nan
                continue
            ema = w * ema + (1 - w) * v
            n += 1
            out[i] = ema / (1 - w ** n)
        self.ema[name], self.count[name] = ema, n
        return out


class TrainingPlots(QWidget):
    """Loss, accuracy, learning rate and gradient norm per stage, for any number of runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss = MetricPlot("", "")
        self.accuracy = MetricPlot("", "")
        self.lr = MetricPlot("", "")
        self.lr.plot.enableAutoRange(axis="y", enable=False)
        self.grad = MetricPlot("", "", log_y=True)
        self.grad.first_run_legend = True
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.columns = 0
        self.reflow(2)
        self.stagger_legends()
        self._runs: dict[str, _RunState] = {}
        self._next_index = 0
        self.retranslate()

    def reflow(self, columns: int) -> None:
        """Lay the four plots out in ``columns`` columns of equal width (2: a 2x2 grid,
        1: one under the other, when the panel is narrow)."""
        if columns == self.columns:
            return
        self.columns = columns
        for plot in (self.loss, self.accuracy, self.grad, self.lr):
            self.grid.removeWidget(plot)
        for i, plot in enumerate((self.loss, self.accuracy, self.grad, self.lr)):
            self.grid.addWidget(plot, i // columns, i % columns)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        for r in range(4):
            self.grid.setRowStretch(r, 1 if r < 4 // columns else 0)

    def columns_for(self, width: int) -> int:
        """Two columns when two plots of the least width fit side by side."""
        return 2 if width >= 2 * (MIN_PLOT_WIDTH + 70) + self.grid.spacing() else 1

    def resizeEvent(self, event) -> None:
        self.reflow(self.columns_for(event.size().width()))
        super().resizeEvent(event)

    def stagger_legends(self) -> None:
        """Each plot rebuilds its legend in its own event-loop pass (MetricPlot.
        set_legend_delay)."""
        for i, p in enumerate(self.plots()):
            p.set_legend_delay(i * LEGEND_STAGGER_MS)

    def plots(self) -> list[MetricPlot]:
        return [self.loss, self.accuracy, self.grad, self.lr]

    def retranslate(self) -> None:
        self.loss.set_texts(self.tr("Loss"), self.tr("cross-entropy"))
        self.accuracy.set_texts(self.tr("Accuracy"), self.tr("fraction correct"))
        self.lr.set_texts(self.tr("Learning rate"), self.tr("lr"))
        self.grad.set_texts(self.tr("Gradient norm per stage"), self.tr("‖grad‖ (log)"))
        self.grad.setToolTip(self.tr(
            "Mean gradient norm of each part of the network over an epoch, from the stem "
            "(dark) to the head (light). Draw a ResNet and its plain twin together: with "
            "shortcuts the stages' gradients stay close to each other; without them they "
            "can differ by orders of magnitude across the depth."))
        self._update_style_note()  # (applied by the grad plot's legend rebuild, now)
        for plot in self.plots():
            for s in plot.series.values():
                s.metric = self.metric_label(s.key[1])
            plot.refresh_legend()  # at once: a language switch is no run's start

    def metric_label(self, name: str) -> str:
        """The legend text of a series, from its stable name ("smooth_loss", "grad_stage2")."""
        if name.startswith("grad_"):
            return part_label(name[5:])
        labels = {
            "batch_loss": self.tr("train (per batch)"),
            "smooth_loss": self.tr("train (smoothed)"),
            "smooth_acc": self.tr("train (smoothed)"),
            "epoch_loss": self.tr("train (epoch)"),
            "epoch_acc": self.tr("train (epoch)"),
            "test_loss": self.tr("held-out"),
            "test_acc": self.tr("held-out"),
            "lr": self.tr("learning rate"),
        }
        return labels.get(name, name)

    def _update_style_note(self) -> None:
        """In the gradient plot colour is the stage, so say which line style is which run
        (shown with the plot's next legend rebuild: see MetricPlot.set_legend_delay)."""
        if len(self._runs) < 2:
            self.grad.schedule_legend(note="")
            return
        names = [self.tr("solid"), self.tr("dashed"), self.tr("dotted"), self.tr("dash-dot")]
        bits = [f"{names[st.index % len(names)]}: {self.grad.run_labels.get(rid, rid)}"
                for rid, st in self._runs.items()]
        self.grad.schedule_legend(note=" · ".join(bits))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- runs ----------------------------------------------------------------
    def has_run(self, run_id: str) -> bool:
        return run_id in self._runs

    def run_ids(self) -> list[str]:
        return list(self._runs)

    def add_run(self, run_id: str, label: str, epochs: float | None = None) -> None:
        """Make room for a run's curves (created lazily as its data arrives); ``epochs``
        (its planned length) fixes the x axis so it does not move while the run grows."""
        if run_id not in self._runs:
            self._runs[run_id] = _RunState(self._next_index)
            self._next_index += 1
        self._runs[run_id].epochs = float(epochs or 0)
        for p in self.plots():
            p.set_run_label(run_id, label)
        self._update_style_note()
        self._fit_x()

    def _fit_x(self) -> None:
        longest = max((st.epochs for st in self._runs.values()), default=0.0)
        if longest > 0:
            for p in self.plots():
                p.set_x_extent(longest)

    def set_run_label(self, run_id: str, label: str) -> None:
        if run_id in self._runs:
            for p in self.plots():
                p.set_run_label(run_id, label)
            self._update_style_note()

    def remove_run(self, run_id: str) -> None:
        self._runs.pop(run_id, None)
        for p in self.plots():
            p.remove_run(run_id)
        self._update_style_note()
        self._fit_lr_range()
        self._fit_x()

    def clear(self) -> None:
        for run_id in list(self._runs):
            self.remove_run(run_id)

    def _color(self, run_id: str) -> str:
        return RUN_COLORS[self._runs[run_id].index % len(RUN_COLORS)]

    def _series(self, plot: MetricPlot, run_id: str, name: str, **style):
        key = (run_id, name)
        if key not in plot.series:
            color = style.pop("color", self._color(run_id))
            pen = make_pen(color, style.pop("width", 1.6), style.pop("dashed", False),
                           style.pop("alpha", 255))
            if "pen_style" in style:
                pen.setStyle(style.pop("pen_style"))
            plot.add_series(key, run_id, self.metric_label(name), pen, **style)
        return key

    # -- data ----------------------------------------------------------------
    def _batch_series(self, run_id: str) -> dict[str, tuple]:
        """The live curves fed per batch: name -> (its plot, its series key)."""
        raw = {"alpha": 60, "width": 1.0, "in_legend": False, "antialias": False, "z": -10}
        return {name: (plot, self._series(plot, run_id, name, **style))
                for name, plot, style in (("batch_loss", self.loss, raw),
                                          ("smooth_loss", self.loss, {}),
                                          ("smooth_acc", self.accuracy, {}),
                                          ("lr", self.lr, {}))}

    def set_draft(self, live_run: str | None) -> None:
        """Draw the runs other than ``live_run`` in draft quality (None: all as made)."""
        for p in self.plots():
            p.set_draft(live_run)

    def prepare_live(self, run_id: str) -> None:
        """Create a starting run's per-batch curves, empty, and their legends with the
        run's start (each plot after its legend delay, well before the first batches),
        not with its first batches, which would lay every plot out and paint it twice."""
        self._batch_series(run_id)
        for p in self.plots():
            p.schedule_legend()

    def add_batches(self, run_id: str, batches: dict) -> None:
        """Per-batch points: arrays 'epoch', 'loss', 'accuracy', 'lr' (any missing is skipped)."""
        state = self._runs[run_id]
        x = np.asarray(batches.get("epoch", ()), dtype=np.float64)
        if not len(x):
            return
        if state.weight is None:
            step = x[1] - x[0] if len(x) > 1 else x[0] - math.floor(x[0])
            state.weight = smoothing_weight(1.0 / step if step > 0 else 1.0)
        series = None
        if "loss" in batches:
            series = self._batch_series(run_id)
            loss = np.asarray(batches["loss"], dtype=np.float64)
            self.loss.extend(series["batch_loss"][1], x, loss)
            self.loss.extend(series["smooth_loss"][1], x, state.smooth("loss", loss))
        if "accuracy" in batches:
            series = series or self._batch_series(run_id)
            acc = np.asarray(batches["accuracy"], dtype=np.float64)
            self.accuracy.extend(series["smooth_acc"][1], x, state.smooth("accuracy", acc))
        if "lr" in batches:
            series = series or self._batch_series(run_id)
            self.lr.extend(series["lr"][1], x, np.asarray(batches["lr"], dtype=np.float64))
            self._fit_lr_range()

    def _fit_lr_range(self) -> None:
        """The learning rate from 0 to a little above its largest value."""
        top = max((float(np.nanmax(s.data.y)) for s in self.lr.series.values()
                   if len(s.data)), default=0.0)
        if top > 0 and math.isfinite(top):
            self.lr.plot.setYRange(0, top * 1.1, padding=0)

    def add_epoch(self, run_id: str, metrics: dict, grads: bool = True) -> None:
        """One epoch's summary: train/held-out loss and accuracy, and (unless ``grads``
        is False: see :meth:`add_grad_norms`) the gradient norms."""
        x = [float(metrics["epoch"])]
        for plot, key, name in ((self.loss, "train_loss", "epoch_loss"),
                                (self.loss, "test_loss", "test_loss"),
                                (self.accuracy, "train_accuracy", "epoch_acc"),
                                (self.accuracy, "test_accuracy", "test_acc")):
            value = metrics.get(key)
            if value is None:
                continue
            style = {"dashed": True} if key.startswith("test") else {"alpha": 150}
            k = self._series(plot, run_id, name, symbol="o", width=2.0, **style)
            plot.extend(k, x, [value])
        if grads:
            self.add_grad_norms(run_id, metrics)

    def add_grad_norms(self, run_id: str, metrics: dict) -> None:
        """One epoch's gradient norm per part of the network."""
        if run_id not in self._runs:
            return
        x = [float(metrics["epoch"])]
        norms = metrics.get("grad_norms") or {}
        style = RUN_STYLES[self._runs[run_id].index % len(RUN_STYLES)]
        names = list(norms)
        cmap = pg.colormap.get("viridis")
        for i, name in enumerate(names):
            color = cmap.map(0.85 * i / max(len(names) - 1, 1), mode="qcolor")
            k = self._series(self.grad, run_id, f"grad_{name}", color=color, pen_style=style,
                             symbol="o", width=2.0)
            self.grad.extend(k, x, [norms[name]])

    def load_history(self, run_id: str, history: dict) -> None:
        """Draw a checkpoint's history: "batches" (parallel lists) and "epochs"."""
        self.add_batches(run_id, history.get("batches") or {})
        for epoch in history.get("epochs") or []:
            self.add_epoch(run_id, epoch)

    def load_records(self, run_id: str, label: str, records: list[dict],
                     epochs: float | None = None) -> None:
        """Draw a stored run from its metrics log (batch and epoch records)."""
        self.add_run(run_id, label, epochs)
        batch = [r for r in records if r.get("type") == "batch"]
        if batch:
            cols = {}
            for name in ("epoch", "loss", "accuracy", "lr"):
                if all(name in r for r in batch):
                    cols[name] = np.array([r[name] for r in batch], dtype=np.float64)
            self.add_batches(run_id, cols)
        for r in records:
            if r.get("type") == "epoch":
                self.add_epoch(run_id, r)
