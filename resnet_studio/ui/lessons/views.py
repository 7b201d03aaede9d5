"""What a lesson draws: a table, curves (log scale where asked), and an image with
the receptive field's square."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.ui.common import style

COLORS = ("#2563eb", "#dc2626", "#16a34a", "#ea580c", "#7c3aed", "#0891b2")


def table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    """A read-only table sized to its contents."""
    t = QTableWidget(len(rows), len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))
    t.resizeColumnsToContents()
    t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    height = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(len(rows))) + 4
    t.setFixedHeight(min(height, 360))
    return t


class CurvePlot(pg.PlotWidget):
    """Named curves on a white plot with a legend; ``log_y`` plots log10 of y."""

    def __init__(self, x_label: str, y_label: str, log_y: bool = False):
        super().__init__(background="w")
        self.setMinimumHeight(240)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLogMode(x=False, y=log_y)
        item.setMenuEnabled(False)
        item.setLabel("bottom", x_label)
        item.setLabel("left", y_label)
        for axis in ("left", "bottom"):
            ax = item.getAxis(axis)
            ax.setPen(pg.mkPen("#666"))
            ax.setTextPen(pg.mkPen("#333"))
            ax.enableAutoSIPrefix(False)
        self.legend = item.addLegend(offset=(-6, 6), labelTextSize="8pt",
                                     labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 210),
                                     pen=pg.mkPen("#ccc"))

    def add(self, name: str, xs: list[float], ys: list[float], index: int,
            dashed: bool = False) -> None:
        """One curve, coloured by ``index``; dashed for the plain nets."""
        pen = pg.mkPen(COLORS[index % len(COLORS)], width=2,
                       style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        self.getPlotItem().plot(xs, ys, pen=pen, name=name)

    def clear_curves(self) -> None:
        """Remove every curve and its legend entry."""
        self.getPlotItem().clear()
        self.legend.clear()


class ReceptiveView(QWidget):
    """A sample image with the chosen layer's receptive field: the trace's square
    (solid, clipped at the image) and the gradient's box (dashed)."""

    layerChanged = Signal(int)

    def __init__(self, image, layers: list[dict], size: int):
        super().__init__()
        self.layers = layers
        self.size_ = size
        image = np.asarray(image, dtype=np.float32)
        gray = (image - image.min()) / max(float(image.max() - image.min()), 1e-6) * 255
        self._bytes = np.ascontiguousarray(gray.astype(np.uint8)).tobytes()
        self.qimage = QImage(self._bytes, size, size, size, QImage.Format.Format_Grayscale8)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumHeight(300)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, len(layers) - 1)
        self.slider.valueChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.slider)
        self.slider.setValue(min(3, len(layers) - 1))
        self._draw()

    def _changed(self, value: int) -> None:
        self._draw()
        self.layerChanged.emit(value)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._draw()

    def _draw(self) -> None:
        side = max(96, min(self.picture.width(), self.picture.height(), 480))
        scale = side / self.size_
        canvas = QImage(side, side, QImage.Format.Format_RGB32)
        p = QPainter(canvas)
        p.drawImage(QRectF(0, 0, side, side), self.qimage)
        layer = self.layers[self.slider.value()]
        sq = layer["square"]
        p.setPen(QPen(QColor(style.PROJECTION), 3))
        top, left, n = sq["top"], sq["left"], sq["side"]
        p.drawRect(QRectF(left * scale, top * scale, n * scale, n * scale))
        box = layer.get("measured")
        if box:
            p.setPen(QPen(QColor(style.OK), 2, Qt.PenStyle.DashLine))
            p.drawRect(QRectF(box[1] * scale, box[0] * scale, (box[3] - box[1] + 1) * scale,
                              (box[2] - box[0] + 1) * scale))
        cy, cx = sq["centre"]
        p.setPen(QPen(QColor(style.ERROR), 2))
        p.drawEllipse(QRectF((cx + 0.5) * scale - 3, (cy + 0.5) * scale - 3, 6, 6))
        p.end()
        self.picture.setPixmap(QPixmap.fromImage(canvas))
