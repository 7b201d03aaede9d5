"""A live plot: growing curves, a hover read-out, a legend, PNG and CSV export.

Each curve is created once and fed by ``setData`` from a preallocated numpy buffer
that doubles when full, with clip-to-view and automatic downsampling, so a long run
stays cheap to draw (pyqtgraph's PanningPlot pattern).
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.style import (
    AXIS,
    AXIS_TEXT,
    LEGEND_TEXT,
    NOTE_TEXT,
    READOUT_TEXT,
)
from resnet_studio.ui.training.plot_view import MIN_PLOT_HEIGHT, MIN_PLOT_WIDTH, plot_view


class LogAxis(pg.AxisItem):
    """A log axis that labels only 1, 2 and 5 times a power of ten when the range is
    under a few decades (pyqtgraph labels every minor tick there, and they overlap)."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 (Qt naming)
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        out = []
        for spacing, values in levels:
            if spacing is None:
                mantissa = np.round(10 ** (np.asarray(values) % 1), 3)
                keep = np.isin(mantissa, (1.0, 2.0, 5.0))
                out.append((None, [v for v, k in zip(values, keep) if k]))
                out.append((None, [v for v, k in zip(values, keep) if not k]))
            else:
                out.append((spacing, values))
        return out


class GrowBuffer:
    """x and y values in preallocated float64 arrays, doubled when full; ``x``/``y``
    are views of the filled part (no copy)."""

    def __init__(self, capacity: int = 256):
        self._x = np.empty(max(capacity, 1))
        self._y = np.empty(max(capacity, 1))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    @property
    def capacity(self) -> int:
        return len(self._x)

    @property
    def x(self) -> np.ndarray:
        return self._x[: self._n]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self._n]

    def extend(self, xs, ys) -> None:
        """Append many points at once (one reallocation at most)."""
        xs = np.asarray(xs, dtype=np.float64).ravel()
        ys = np.asarray(ys, dtype=np.float64).ravel()
        k = len(xs)
        if k != len(ys):
            raise ValueError(f"x has {k} values but y has {len(ys)}")
        need = self._n + k
        if need > len(self._x):
            cap = len(self._x)
            while cap < need:
                cap *= 2
            for name in ("_x", "_y"):
                grown = np.empty(cap)
                grown[: self._n] = getattr(self, name)[: self._n]
                setattr(self, name, grown)
        self._x[self._n: need] = xs
        self._y[self._n: need] = ys
        self._n = need

    def append(self, x: float, y: float) -> None:
        self.extend((x,), (y,))

    def clear(self) -> None:
        self._n = 0


@dataclass
class Series:
    """One curve: its data, its pyqtgraph item and the names it goes by."""

    key: tuple
    run_id: str
    metric: str  # translated metric name, e.g. "train (smoothed)"
    item: pg.PlotDataItem
    in_legend: bool = True
    data: GrowBuffer = field(default_factory=GrowBuffer)
    antialias: bool = True  # how it is drawn when no run trains (see MetricPlot.set_draft)


_DASH = {Qt.PenStyle.DashLine: "╌╌", Qt.PenStyle.DotLine: "┈┈", Qt.PenStyle.DashDotLine: "╍╍"}


KEEP_WHOLE_CHARS = 40  # legend names up to this long never break across lines


class LegendStrip(QLabel):
    """A plot's legend under the plot, never over it: a line sample in the curve's
    colour and style, then its name; entries wrap onto more lines when narrow."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setStyleSheet(f"color: {LEGEND_TEXT}; font-size: 8pt;")
        self.entries: list[str] = []

    def set_entries(self, entries: list[tuple[pg.QtGui.QPen, str]]) -> None:
        """(pen, name) of each curve shown; an empty list leaves a blank line."""
        self.entries = [name for _, name in entries]
        parts = []
        for pen, name in entries:
            color = pen.color()
            sample = _DASH.get(pen.style(), "━━")
            text = html.escape(name)
            if len(name) <= KEEP_WHOLE_CHARS:  # wrap between entries, not inside a name
                text = text.replace(" ", "&nbsp;").replace("-", "\u2011")  # no-break hyphen
            parts.append(f'<span style="color: rgba({color.red()},{color.green()},'
                         f'{color.blue()},{max(color.alpha(), 120)})">{sample}</span>'
                         f"&nbsp;{text}")
        text = "&nbsp;&nbsp; ".join(parts)
        if text != self.text():
            self.setText(text)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As tall as the wrapped entries need at the width the strip gets (a word-wrapping
        label would otherwise ask for the height of its narrowest layout)."""
        # an empty strip keeps one line: the first run's legend then takes no room from the
        # plot (a resize of every plot, and a full repaint, at the start of a run)
        return QSize(0, self.heightForWidth(max(self.width(), 120)) if self.entries
                     else self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self.height():
            self.updateGeometry()


def make_pen(color, width: float = 1.5, dashed: bool = False, alpha: int = 255) -> pg.QtGui.QPen:
    """A cosmetic pen; dashed for held-out curves, low alpha for raw per-batch ones."""
    c = pg.mkColor(color)
    c.setAlpha(alpha)
    pen = pg.mkPen(c, width=width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class MetricPlot(QWidget):
    """One pyqtgraph plot with named series keyed by (run, metric), a read-out of
    the point under the mouse, and export of the picture (PNG) and the data (CSV)."""

    exported = Signal(str)

    def __init__(self, title: str, y_label: str, log_y: bool = False, parent=None):
        super().__init__(parent)
        self._title, self._y_label = title, y_label
        self.log_y = log_y
        self.first_run_legend = False  # True: legend names the first run's curves only
        self.series: dict[tuple, Series] = {}
        self._live_run: str | None = None  # while it trains, the others are drawn as drafts
        self.run_labels: dict[str, str] = {}

        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: 600;")
        self.title_label.setWordWrap(True)  # a narrow plot wraps its title, never widens
        self.note = QLabel()
        self.note.setStyleSheet(f"color: {NOTE_TEXT};")
        self.note.setWordWrap(True)  # e.g. which line style is which run: wraps, never cut
        self.note.hide()
        self.readout = QLabel()
        self.readout.setStyleSheet(f"color: {READOUT_TEXT};")
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.export_button = QToolButton()
        self.export_button.setAutoRaise(True)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.png_action = self.export_menu.addAction("")
        self.csv_action = self.export_menu.addAction("")
        self.png_action.triggered.connect(lambda: self._ask_and_export("png"))
        self.csv_action.triggered.connect(lambda: self._ask_and_export("csv"))
        self.export_button.setMenu(self.export_menu)

        self.view = plot_view(LogAxis("left") if log_y else None)
        self.view.setMinimumSize(MIN_PLOT_WIDTH, MIN_PLOT_HEIGHT)
        self.plot = self.view.getPlotItem()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setLogMode(x=False, y=log_y)
        self.plot.setMenuEnabled(False)
        for axis in ("left", "bottom"):
            ax = self.plot.getAxis(axis)
            ax.setPen(pg.mkPen(AXIS))
            ax.setTextPen(pg.mkPen(AXIS_TEXT))
            ax.enableAutoSIPrefix(False)
            # an axis is mostly text, slow to draw; keep it as a pixmap until its range moves
            ax.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if log_y:
            self.plot.getAxis("left").setStyle(maxTextLevel=1)
        self.legend = LegendStrip()
        self.marker = pg.ScatterPlotItem(size=9, pen=pg.mkPen("k"), brush=pg.mkBrush(None))
        self.marker.setZValue(100)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._legend_timer = QTimer(self)  # one legend rebuild per burst of changes
        self._legend_timer.setSingleShot(True)
        self._legend_timer.setInterval(0)
        self._legend_timer.timeout.connect(self.refresh_legend)
        self._note_later: str | None = None  # a note shown with the next legend rebuild

        top = QHBoxLayout()
        top.setContentsMargins(4, 0, 0, 0)
        top.addWidget(self.title_label)
        top.addSpacing(8)
        top.addWidget(self.readout, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    # -- texts ---------------------------------------------------------------
    def set_texts(self, title: str, y_label: str) -> None:
        """New (translated) title and y-axis label."""
        self._title, self._y_label = title, y_label
        self.retranslate()

    def set_note(self, text: str) -> None:
        """A short note under the title, e.g. which line style is which run."""
        self._note_later = None
        if text != self.note.text():
            self.note.setText(text)
            self.note.setVisible(bool(text))

    def set_legend_delay(self, ms: int) -> None:
        """How long a legend rebuild waits for more changes. The training panel staggers
        its plots (0, 40, 80, 120 ms): a legend or note that gains a line resizes its plot,
        and a resized plot repaints whole (axes and all, 20-30 ms here); four in one pass
        stalled the window for ~100 ms at the second run's start."""
        self._legend_timer.setInterval(ms)

    @property
    def legend_pending(self) -> bool:
        """A legend rebuild waits for its delay."""
        return self._legend_timer.isActive()

    def schedule_legend(self, note: str | None = None) -> None:
        """Rebuild the legend (and show ``note``, if given) after the legend delay."""
        if note is not None:
            self._note_later = note
        self._legend_timer.start()

    def retranslate(self) -> None:
        self.title_label.setText(self._title)
        self.plot.setLabel("left", self._y_label)
        self.plot.setLabel("bottom", self.tr("epoch"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this plot as a picture or its data as CSV"))
        self.png_action.setText(self.tr("Picture (PNG)…"))
        self.csv_action.setText(self.tr("Data (CSV)…"))
        self.readout.setToolTip(self.tr("Move the mouse over the plot to read a point"))
        self.readout.clear()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- series --------------------------------------------------------------
    def add_series(self, key: tuple, run_id: str, metric: str, pen, *, symbol: str | None = None,
                   in_legend: bool = True, antialias: bool = True, z: float = 0) -> Series:
        """Create a curve once; later data goes through ``extend``."""
        if key in self.series:
            return self.series[key]
        kwargs = {}
        if symbol:
            kwargs = {"symbol": symbol, "symbolSize": 6, "symbolPen": pen,
                      "symbolBrush": pg.mkBrush("w")}
        item = pg.PlotDataItem(pen=pen, antialias=antialias, **kwargs)
        item.setClipToView(True)
        item.setDownsampling(auto=True, method="peak")
        item.setZValue(z)
        self.plot.addItem(item)
        s = Series(key, run_id, metric, item, in_legend, antialias=antialias)
        self.series[key] = s
        self._apply_draft(s)
        self._refresh_legend()
        return s

    def set_draft(self, live_run: str | None) -> None:
        """While ``live_run`` trains, the other runs' curves are drawn without
        antialiasing: on a 2-core machine busy training, painting five overlaid runs took
        ~20 ms a plot and the four plots stalled the window for over 100 ms at a run's
        start; antialiasing is half of it. None: every curve as it was made."""
        self._live_run = live_run
        for s in self.series.values():
            self._apply_draft(s)

    def _apply_draft(self, s: Series) -> None:
        aa = s.antialias and (self._live_run is None or s.run_id == self._live_run)
        if s.item.opts.get("antialias") != aa:
            s.item.opts["antialias"] = aa
            for part in (s.item.curve, s.item.scatter):
                part.opts["antialias"] = aa
                part.update()

    def extend(self, key: tuple, xs, ys) -> None:
        """Append points to a series and redraw it (setData, nothing re-created)."""
        s = self.series[key]
        s.data.extend(xs, ys)
        y = s.data.y
        if self.log_y:
            y = np.where(y > 0, y, np.nan)
        s.item.setData(s.data.x, y)

    def set_x_extent(self, epochs: float) -> None:
        """Fix the x axis to 0..epochs (as d2l's Animator does): the axis stays put while
        a run grows, so it is not redrawn with every batch."""
        self.plot.enableAutoRange(axis="x", enable=False)
        self.plot.setXRange(0, max(epochs, 1e-3), padding=0.02)

    def set_run_label(self, run_id: str, label: str) -> None:
        self.run_labels[run_id] = label
        self._refresh_legend()

    def remove_run(self, run_id: str) -> None:
        """Drop every curve of a run."""
        for key in [k for k, s in self.series.items() if s.run_id == run_id]:
            self.plot.removeItem(self.series.pop(key).item)
        self.run_labels.pop(run_id, None)
        self.marker.setData([], [])
        self._refresh_legend()

    def run_ids(self) -> list[str]:
        return list(dict.fromkeys(s.run_id for s in self.series.values()))

    def _series_label(self, s: Series) -> str:
        if len(self.run_ids()) <= 1 or self.first_run_legend:
            return s.metric
        return f"{s.metric} · {self.run_labels.get(s.run_id, s.run_id)}"

    def _refresh_legend(self) -> None:
        self._legend_timer.start()

    def refresh_legend(self) -> None:
        """Rebuild the legend now (normally once, after a burst of new curves)."""
        self._legend_timer.stop()
        if self._note_later is not None:
            self.set_note(self._note_later)
        runs = self.run_ids()
        shown = [s for s in self.series.values()
                 if s.in_legend and (not self.first_run_legend or s.run_id in runs[:1])]
        if len(runs) < 2 or self.first_run_legend:
            self.legend.set_entries([(s.item.opts["pen"], s.metric) for s in shown])
            return
        # several runs: each line style once (grey), then each run once (its colour)
        styles: dict[str, pg.QtGui.QPen] = {}
        colours: dict[str, pg.QtGui.QPen] = {}
        for s in shown:
            pen = pg.QtGui.QPen(s.item.opts["pen"])
            grey = pg.QtGui.QPen(pen)
            grey.setColor(pg.mkColor(85, 85, 85, pen.color().alpha()))
            styles.setdefault(s.metric, grey)
            solid = pg.QtGui.QPen(pen)
            solid.setStyle(Qt.PenStyle.SolidLine)
            colours.setdefault(s.run_id, solid)
        self.legend.set_entries([(pen, name) for name, pen in styles.items()]
                                + [(pen, self.run_labels.get(r, r)) for r, pen in colours.items()])

    # -- hover read-out ------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        vb = self.plot.getViewBox()
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        hit = self.nearest(vb.mapSceneToView(pos))
        if hit is None:
            self.readout.clear()
            self.marker.setData([], [])
            return
        s, i = hit
        x, y = float(s.data.x[i]), float(s.data.y[i])
        self.marker.setData([x], [np.log10(y) if self.log_y and y > 0 else y])
        self.readout.setText(self.tr("%1 — epoch %2: %3")
                             .replace("%1", self._series_label(s))
                             .replace("%2", f"{x:.2f}").replace("%3", f"{y:.4g}"))

    def nearest(self, point) -> tuple[Series, int] | None:
        """The visible data point nearest to a view point, in screen pixels."""
        px, py = self.plot.getViewBox().viewPixelSize()
        mx, my = point.x(), point.y()
        best, best_d = None, 40.0 ** 2  # ignore points more than 40 px away
        for s in self.series.values():
            if not len(s.data) or not s.item.isVisible():
                continue
            xs = s.data.x
            j = int(np.searchsorted(xs, mx))
            for i in (j - 1, j):
                if 0 <= i < len(xs):
                    y = s.data.y[i]
                    if self.log_y:
                        if not y > 0:
                            continue
                        y = np.log10(y)
                    if not np.isfinite(y):
                        continue
                    d = ((xs[i] - mx) / px) ** 2 + ((y - my) / py) ** 2
                    if d < best_d:
                        best, best_d = (s, i), d
        return best

    # -- export --------------------------------------------------------------
    def export_png(self, path: str | Path) -> None:
        """Save the plot as it is drawn now."""
        if not self.view.grab().save(str(path), "PNG"):
            raise OSError(self.tr("Could not write %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def export_csv(self, path: str | Path) -> None:
        """Save every curve's points: run, series, epoch, value (one row a point)."""
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["run", "series", "epoch", "value"])
            for s in self.series.values():
                label = self.run_labels.get(s.run_id, s.run_id)
                for x, y in zip(s.data.x.tolist(), s.data.y.tolist()):
                    w.writerow([label, s.metric, f"{x:.6g}", f"{y:.8g}"])
        self.exported.emit(str(path))

    def _ask_and_export(self, kind: str) -> None:
        name = self._title.lower().replace(" ", "-") or "plot"
        filters = {"png": self.tr("PNG image (*.png)"), "csv": self.tr("CSV data (*.csv)")}
        path = dialogs.save_path(self, self.tr("Export plot"), f"{name}.{kind}", filters[kind])
        if not path:
            return
        try:
            (self.export_png if kind == "png" else self.export_csv)(path)
        except OSError as e:
            self.readout.setText(self.tr("Export failed: %1").replace("%1", str(e)))
