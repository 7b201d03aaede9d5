"""After each epoch: the confusion matrix, per-class accuracy, a gallery of held-out
predictions (mistakes first) and the feature maps of one image at every stage.

The views take plain data (lists, numpy arrays) from the training worker or a stored
run and draw it; nothing here runs the network.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.training.insight import per_class_accuracy
from resnet_studio.ui.common.i18n import fill
from resnet_studio.ui.common.style import (
    AXIS,
    AXIS_TEXT,
    BASIC,
    ERROR_SOFT,
    INK,
    OK_SOFT,
    READOUT_TEXT,
)
from resnet_studio.ui.training.plot_view import plot_view
from resnet_studio.ui.training.text import class_label, part_label

BLUES = pg.ColorMap([0.0, 0.5, 1.0], [(247, 251, 255), (107, 174, 214), (8, 48, 107)])
MISTAKE = QColor(ERROR_SOFT)
CORRECT = QColor(OK_SOFT)
PREDICTION_ROLE = Qt.ItemDataRole.UserRole + 1


def to_qimage(image: np.ndarray) -> QImage:
    """A uint8 (H, W), (H, W, 3) or (C, H, W) array as a QImage (copied, so it owns its data)."""
    a = np.asarray(image)
    if a.ndim == 3 and a.shape[0] in (1, 3) and a.shape[-1] not in (1, 3):
        a = np.transpose(a, (1, 2, 0))
    if a.ndim == 3 and a.shape[-1] == 1:
        a = a[..., 0]
    a = np.ascontiguousarray(a.astype(np.uint8, copy=False))
    h, w = a.shape[:2]
    if a.ndim == 2:
        return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def short_name(name: str, limit: int = 7) -> str:
    """A class name short enough for a column label: 'T-shirt/top' -> 'T-shirt'."""
    name = name.split("/")[0]
    return name if len(name) <= limit else name[: limit - 1] + "…"


def colorize(grid: np.ndarray, cmap: str = "viridis") -> np.ndarray:
    """A [0, 1] float image (NaN = gap) as RGB uint8 through a colour map; gaps white."""
    lut = pg.colormap.get(cmap).getLookupTable(nPts=256, mode="byte")[:, :3]
    finite = np.isfinite(grid)
    idx = (np.clip(np.where(finite, grid, 0), 0, 1) * 255).astype(np.uint8)
    rgb = lut[idx]
    rgb[~finite] = 255
    return rgb


def pixmap(image: np.ndarray, scale: int) -> QPixmap:
    """An image array magnified by an integer factor, pixels kept sharp."""
    img = to_qimage(image)
    return QPixmap.fromImage(img.scaled(img.width() * scale, img.height() * scale,
                                        Qt.AspectRatioMode.IgnoreAspectRatio,
                                        Qt.TransformationMode.FastTransformation))


STACK_BELOW_PX = 640  # a confusion view narrower than this puts the bars below


class ConfusionView(QWidget):
    """Heatmap of true class (rows) against predicted class (columns), with counts,
    beside per-class accuracy bars; hover names the cell."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.class_names: list[str] = []
        self.epoch: int | None = None
        self._texts: list[pg.TextItem] = []

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.readout = QLabel()
        self.readout.setStyleSheet(f"color: {READOUT_TEXT};")
        self.readout.setWordWrap(True)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heat = plot_view()
        self.heat_plot = self.heat.getPlotItem()
        self.heat_plot.setMenuEnabled(False)
        self.heat_plot.setMouseEnabled(x=False, y=False)
        self.heat_plot.hideButtons()
        self.heat_plot.invertY(True)
        self.image = pg.ImageItem()
        self.image.setLookupTable(BLUES.getLookupTable(nPts=256))
        self.heat_plot.addItem(self.image)
        self.heat_plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.heat_plot.getViewBox().sigResized.connect(self._fit_to_size)

        self.bars_widget = plot_view()
        self.bars_plot = self.bars_widget.getPlotItem()
        self.bars_plot.setMenuEnabled(False)
        self.bars_plot.setMouseEnabled(x=False, y=False)
        self.bars_plot.hideButtons()
        self.bars_plot.invertY(True)
        self.bars_plot.setXRange(0, 1, padding=0.02)
        self.bars_plot.getAxis("left").setStyle(showValues=False)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[],
                                    brush=pg.mkBrush(BASIC), pen=pg.mkPen(None))
        self.bars_plot.addItem(self.bars)
        self._bar_texts: list[pg.TextItem] = []
        for plot in (self.heat_plot, self.bars_plot):
            for axis in ("left", "bottom"):
                ax = plot.getAxis(axis)
                ax.setPen(pg.mkPen(AXIS))
                ax.setTextPen(pg.mkPen(AXIS_TEXT))
                # labels are made to fit their column: none is dropped at the axis' ends
                ax.setStyle(hideOverlappingLabels=False, tickLength=-4)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.readout, 1)
        self.row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addWidget(self.heat, 3)
        row.addWidget(self.bars_widget, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Confusion matrix and per-class accuracy"))
        self.heat_plot.setLabel("left", self.tr("true class"))
        self.heat_plot.setLabel("bottom", self.tr("predicted class"))
        self.bars_plot.setLabel("bottom", self.tr("accuracy"))
        self._draw_names()
        m = self.matrix
        if not m.size:
            self.readout.setText(self.tr("Shown after the first epoch."))
            return
        right, total = int(np.trace(m)), int(m.sum())
        text = fill(self.tr("%1 of %2 held-out images right (%3)"), right, total,
                    f"{right / max(total, 1):.1%}")
        if self.epoch:
            text = fill(self.tr("After epoch %1: %2"), self.epoch, text)
        self.readout.setText(text)

    def resizeEvent(self, event) -> None:
        """Narrow: the per-class bars go under the matrix, which keeps the width."""
        wide = event.size().width() >= STACK_BELOW_PX
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if wide
                              else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def column_px(self) -> float:
        """The width of one column of the matrix on screen, in pixels."""
        n = len(self.class_names)
        return self.heat_plot.getViewBox().width() / n if n else 0.0

    def column_labels(self) -> list[str]:
        """The x-axis labels: full names, else short ones, else the class numbers,
        whichever is the first to fit every column (labels never overlap)."""
        names = [class_label(n) for n in self.class_names]
        numbers = [str(i) for i in range(len(names))]
        room = self.column_px() - 4
        metrics = QFontMetrics(self.font())
        for labels in (names, [short_name(n) for n in names], numbers):
            if max((metrics.horizontalAdvance(s) for s in labels), default=0) <= room:
                return labels
        return numbers

    def _draw_names(self) -> None:
        """Class names on the axes, in the UI's language; when the columns show numbers,
        the rows say which number is which class."""
        names = [class_label(n) for n in self.class_names]
        columns = self.column_labels()
        numbered = bool(names) and columns[0] == "0" and names[0] != "0"
        rows = [f"{i} {name}" if numbered else name for i, name in enumerate(names)]
        left = self.heat_plot.getAxis("left")
        left.setTicks([[(i + 0.5, name) for i, name in enumerate(rows)]])
        metrics = QFontMetrics(self.font())
        width = max((metrics.horizontalAdvance(name) for name in rows), default=0)
        left.setWidth(min(width + 14, 170))
        self.heat_plot.getAxis("bottom").setTicks(
            [[(i + 0.5, label) for i, label in enumerate(columns)]])
        self.bars_plot.getAxis("left").setTicks([[(i + 0.5, n) for i, n in enumerate(names)]])

    def _fit_to_size(self, *_args) -> None:
        """After a resize: labels that fit the new columns, counts that fit their cells."""
        self._draw_names()
        self._fit_cell_texts()

    def _fit_cell_texts(self) -> None:
        """The counts' font shrinks to fit a cell (down to 6 pt), else they are hidden."""
        if not self._texts:
            return
        n = self.matrix.shape[0]
        vb = self.heat_plot.getViewBox()
        cell = min(vb.width(), vb.height()) / max(n, 1)
        widest = max((str(v) for v in self.matrix.ravel()), key=len, default="0")
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        while size > 6 and QFontMetrics(self._sized(font, size)).horizontalAdvance(widest) \
                > 0.8 * cell:
            size -= 0.5
        font = self._sized(font, size)
        fits = QFontMetrics(font).horizontalAdvance(widest) <= 0.8 * cell
        for t in self._texts:
            t.setFont(font)
            t.setVisible(fits)

    @staticmethod
    def _sized(font: QFont, size: float) -> QFont:
        f = QFont(font)
        f.setPointSizeF(size)
        return f

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.set_confusion(np.zeros((0, 0)), [])

    def set_confusion(self, confusion, class_names: list[str], epoch: int | None = None) -> None:
        """Draw a confusion matrix (rows true, columns predicted) and its per-class
        accuracy, measured after ``epoch``."""
        self.epoch = epoch
        m = np.asarray(confusion, dtype=np.int64)
        if m.ndim != 2:
            m = np.zeros((0, 0), dtype=np.int64)
        n = m.shape[0]
        names = list(class_names)[:n] + [str(i) for i in range(len(class_names), n)]
        self.matrix, self.class_names = m, names
        rows = m.sum(1, keepdims=True)
        frac = np.where(rows > 0, m / np.maximum(rows, 1), 0.0)
        self.image.setImage(frac.T, levels=(0, 1), autoLevels=False)  # image[x=pred, y=true]
        self._set_cell_texts(m, frac)
        acc = per_class_accuracy(m) if n else np.zeros(0)
        self.bars.setOpts(x0=np.zeros(n), y=np.arange(n) + 0.5, width=np.nan_to_num(acc),
                          height=0.7)
        self._set_bar_texts(acc)
        if n:
            self.heat_plot.setRange(xRange=(0, n), yRange=(0, n), padding=0)
            self.bars_plot.setYRange(0, n, padding=0)
        self.retranslate()

    def _set_cell_texts(self, m: np.ndarray, frac: np.ndarray) -> None:
        n = m.shape[0]
        want = n * n if n <= 20 else 0  # numbers in the cells only while they fit
        while len(self._texts) > want:
            self.heat_plot.removeItem(self._texts.pop())
        while len(self._texts) < want:
            t = pg.TextItem(anchor=(0.5, 0.5))
            t.textItem.document().setDocumentMargin(0)  # its box is the number's own width
            self.heat_plot.addItem(t)
            self._texts.append(t)
        for k, t in enumerate(self._texts):
            i, j = divmod(k, n)
            t.setText(str(m[i, j]) if m[i, j] else "")
            t.setColor("w" if frac[i, j] > 0.55 else INK)
            t.setPos(j + 0.5, i + 0.5)
        self._fit_cell_texts()

    def _set_bar_texts(self, acc: np.ndarray) -> None:
        for t in self._bar_texts:
            self.bars_plot.removeItem(t)
        self._bar_texts = []
        for i, a in enumerate(acc):
            t = pg.TextItem("—" if np.isnan(a) else f"{a:.0%}", color=INK,
                            anchor=(0, 0.5))
            t.setPos(0.02, i + 0.5)
            self.bars_plot.addItem(t)
            self._bar_texts.append(t)

    def _on_mouse_moved(self, pos) -> None:
        if not self.matrix.size or not self.heat_plot.sceneBoundingRect().contains(pos):
            return
        p = self.heat_plot.getViewBox().mapSceneToView(pos)
        j, i = int(np.floor(p.x())), int(np.floor(p.y()))
        n = self.matrix.shape[0]
        if not (0 <= i < n and 0 <= j < n):
            return
        row = max(int(self.matrix[i].sum()), 1)
        self.readout.setText(fill(self.tr("true %1, predicted %2: %3 images (%4 of the class)"),
                                  class_label(self.class_names[i]),
                                  class_label(self.class_names[j]), int(self.matrix[i, j]),
                                  f"{self.matrix[i, j] / row:.0%}"))


class PredictionGallery(QListWidget):
    """Held-out images with their predictions, mistakes first and the most confident
    mistakes first (the order comes from the worker); click one to see its feature maps."""

    image_chosen = Signal(int)  # index into the held-out split

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(QSize(72, 72))
        self.setGridSize(QSize(120, 116))
        self.setWordWrap(True)
        self.setSpacing(2)
        self.itemClicked.connect(lambda item: self.image_chosen.emit(
            int(item.data(Qt.ItemDataRole.UserRole))))
        self.class_names: list[str] = []

    def set_predictions(self, gallery: dict, class_names: list[str]) -> None:
        """gallery: indices, images (uint8), pred, target, confidence, already in order."""
        self.clear()
        self.class_names = list(class_names)
        for idx, img, p, t, c in zip(gallery.get("indices", ()), gallery.get("images", ()),
                                     gallery.get("pred", ()), gallery.get("target", ()),
                                     gallery.get("confidence", ())):
            scale = max(1, 72 // max(np.asarray(img).shape[:2] + (1,)))
            item = QListWidgetItem(QIcon(pixmap(img, scale)), "")
            item.setBackground(QBrush(CORRECT if p == t else MISTAKE))
            item.setData(Qt.ItemDataRole.UserRole, int(idx))
            item.setData(PREDICTION_ROLE, (int(p), int(t), float(c)))
            self.addItem(item)
        self.retranslate()

    def retranslate(self) -> None:
        """Caption and tooltip of every image, in the UI's language."""
        names = self.class_names

        def name(k: int) -> str:
            return class_label(names[k]) if 0 <= k < len(names) else str(k)

        for i in range(self.count()):
            item = self.item(i)
            idx = item.data(Qt.ItemDataRole.UserRole)
            p, t, c = item.data(PREDICTION_ROLE)
            sure = f"{c:.0%}"
            if p == t:
                item.setText(f"{name(p)}\n{sure}")
                item.setToolTip(fill(self.tr("held-out image %1: %2, predicted correctly "
                                             "(%3 sure)"), idx, name(t), sure))
            else:
                item.setText(f"{name(p)} {sure}\n≠ {name(t)}")
                item.setToolTip(fill(self.tr("held-out image %1: a %2 predicted as %3 "
                                             "(%4 sure)"), idx, name(t), name(p), sure))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mark(self, index: int) -> None:
        """Select the gallery item of a held-out image (the one whose maps are shown)."""
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == index:
                self.setCurrentItem(item)
                return
        self.clearSelection()


class FeatureMapsView(QScrollArea):
    """One image's activations at the stem's and each stage's output: a grid of
    channels per stage, labelled with the tensor's shape."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.body)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.rows.addWidget(self.header)
        self._parts: list[QWidget] = []
        self.shapes: list[tuple[int, ...]] = []
        self._features: dict | None = None
        self._class_names: list[str] = []
        self.retranslate()

    def shown_index(self) -> int | None:
        """The held-out image whose feature maps are shown (None before any)."""
        return int(self._features["index"]) if self._features is not None else None

    def retranslate(self) -> None:
        if self._features is None:
            self.header.setText(self.tr(
                "Click an image in the gallery to see what each stage makes of it. "
                "Shown after the first epoch."))
        else:
            self.set_features(self._features, self._class_names)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_features(self, features: dict, class_names: list[str]) -> None:
        """features: index, image (uint8), target, probs, activations (name, shape,
        grid in [0, 1] with NaN gaps, shown, channels)."""
        self._features, self._class_names = features, list(class_names)
        for w in self._parts:
            self.rows.removeWidget(w)
            w.deleteLater()
        self._parts = []
        names = self._class_names
        probs = np.asarray(features.get("probs", ()), dtype=np.float64)
        best = int(np.argmax(probs)) if probs.size else -1
        target = features.get("target")

        def name(k) -> str:
            return class_label(names[k]) if k is not None and 0 <= k < len(names) else str(k)

        self.header.setText(fill(self.tr("Held-out image %1 (a %2): predicted %3, %4 sure. "
                                         "Each grid shows a stage's output channels, each "
                                         "scaled on its own."),
                                 features.get("index"), name(target), name(best),
                                 f"{probs[best]:.0%}" if probs.size else "?"))
        image = features.get("image")
        if image is not None:
            shape = "×".join(str(s) for s in np.asarray(image).shape)
            self._add_part(fill(self.tr("input image (%1)"), shape),
                           pixmap(image, max(1, 112 // max(np.asarray(image).shape[:2]))))
        self.shapes = []
        for act in features.get("activations", ()):
            shape = tuple(act["shape"])
            self.shapes.append(shape)
            grid = np.asarray(act["grid"], dtype=np.float32)
            scale = max(1, min(8, 400 // max(grid.shape)))
            text = fill(self.tr("%1 output %2: %3 of %4 channels"), part_label(act["name"]),
                        "×".join(str(s) for s in shape), act["shown"], act["channels"])
            self._add_part(text, pixmap(colorize(grid), scale))

    def _add_part(self, text: str, pm: QPixmap) -> None:
        label = QLabel(text)
        label.setWordWrap(True)  # a long (Chinese) caption wraps instead of being cut
        label.setStyleSheet("font-weight: 600; margin-top: 6px;")
        picture = QLabel()
        picture.setPixmap(pm)
        picture.setAlignment(Qt.AlignmentFlag.AlignLeft)
        for w in (label, picture):
            self.rows.addWidget(w)
            self._parts.append(w)
