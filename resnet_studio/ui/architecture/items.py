"""Items of the architecture drawing: input/stem/head boxes, residual blocks, stage frames.

Each item paints itself from a frozen spec, so an update compares specs and repaints
only the items whose spec changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from resnet_studio.ui.common.style import (
    BASIC,
    BASIC_SOFT,
    BORDER,
    BOTTLENECK,
    BOTTLENECK_SOFT,
    ERROR,
    ERROR_SOFT,
    ERROR_TINT,
    IDENTITY,
    MUTED,
    PANEL,
    PROJECTION,
    PROJECTION_SOFT,
    SELECTED,
    SURFACE,
    TEXT,
    UNREACHED,
    UNREACHED_BORDER,
)
from resnet_studio.ui.document.document import Selection

LEAD = 10  # wire before the fork
TO_BOX = 12  # fork to the main box
ADD_GAP = 18  # main box to the centre of the add node
ADD_R = 8
TAIL = 8
ARC = 20  # shortcut height above the box
PART_W, PART_H = 112, 80


BOX_FONT_PT = 7.5  # the text inside a block's box


def box_height(size: int) -> float:
    """Box height tells the resolution: grows with log2(H)."""
    return 28 + 11 * math.log2(max(size, 1) + 1)


def box_width(channels: int) -> float:
    """Box width tells the channels: grows with log2(C)."""
    return min(max(10 * math.log2(max(channels, 1)) - 18, 40), 130)


def lines_width(lines: tuple[str, ...], channels: int) -> float:
    """A box wide enough for its lines of text (a fold's "× 199 blocks"), and no
    narrower than ``channels`` make it."""
    metrics = QFontMetricsF(_font(BOX_FONT_PT, True))
    return max(box_width(channels), max((metrics.horizontalAdvance(t) for t in lines),
                                        default=0.0) + 10)


def in_box(first: int, last: int, block: int | None) -> bool:
    """Whether ``block`` is drawn by the box of block ``first`` (a fold's box stands for
    ``first`` to ``last``; ``last`` -1: one block)."""
    return block is not None and first <= block <= max(first, last)


def _font(size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def _arrow(p: QPainter, tip: QPointF, color: str) -> None:
    p.setBrush(QColor(color))
    p.setPen(Qt.NoPen)
    p.drawPolygon(QPolygonF([tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4)]))


@dataclass(frozen=True)
class PartSpec:
    """Input, stem or head: a title, a few lines, and the output shape."""

    part: str
    title: str
    lines: tuple[str, ...]
    shape: str
    state: str  # "ok", "invalid", "unreached"
    tip: str
    selected: bool

    @property
    def width(self) -> float:
        return PART_W + LEAD

    def selection(self) -> Selection:
        return Selection(layer=self.part)


@dataclass(frozen=True)
class BlockSpec:
    """One residual block: main path box, shortcut, add node, output shape; or a fold,
    one box for a run of identical blocks (``block`` to ``last``)."""

    stage: int
    block: int
    kind: str
    shortcut: str  # identity, projection, zero-pad, avg-down, none
    convs: tuple[str, ...]
    shortcut_text: str  # on the projection box, beside the identity path, or "no shortcut"
    shape: str
    box_w: float
    box_h: float
    state: str
    tip: str
    selected: bool
    last: int = -1  # a fold's last block; -1: one block

    def covers(self, stage: int | None, block: int | None) -> bool:
        """Whether this box stands for that block."""
        return stage == self.stage and in_box(self.block, self.last, block)

    @property
    def width(self) -> float:
        return LEAD + TO_BOX + self.box_w + ADD_GAP + ADD_R + TAIL

    def selection(self) -> Selection:
        return Selection(self.stage, self.block)


@dataclass(frozen=True)
class FrameSpec:
    """A stage's background frame with its title."""

    stage: int
    title: str
    width: float
    top: float
    bottom: float
    state: str
    selected: bool
    tip: str

    def selection(self) -> Selection:
        return Selection(self.stage)


class SpecItem(QGraphicsItem):
    """An item drawn from a spec; clicking it selects what it shows."""

    def __init__(self, spec):
        super().__init__()
        self.spec = spec
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setFlag(QGraphicsItem.ItemIsFocusable, False)
        self.setToolTip(spec.tip)
        # painted once into a pixmap, reused while the spec stays (an edit that moves
        # later stages repaints them without calling paint() again)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def texts(self) -> list[str]:
        """The strings this item paints (for translation checks)."""
        spec = self.spec
        out = [getattr(spec, name, "") for name in ("title", "shape", "shortcut_text")]
        out += list(getattr(spec, "lines", ())) + list(getattr(spec, "convs", ()))
        return [t for t in out if t]

    def set_spec(self, spec) -> None:
        if spec != self.spec:
            self.prepareGeometryChange()
            self.spec = spec
            self.setToolTip(spec.tip)
            self.update()

    def mousePressEvent(self, event) -> None:
        scene = self.scene()
        if event.button() == Qt.LeftButton and hasattr(scene, "item_clicked"):
            scene.item_clicked(self.spec.selection())
            event.accept()
        else:
            super().mousePressEvent(event)

    def colors(self, kind: str = "basic") -> tuple[str, str]:
        """(border, fill) for the item's state."""
        state = self.spec.state
        if state == "invalid":
            return ERROR, ERROR_SOFT
        if state == "unreached":
            return UNREACHED_BORDER, UNREACHED
        return (BOTTLENECK, BOTTLENECK_SOFT) if kind == "bottleneck" else (BASIC, BASIC_SOFT)

    def outline(self, p: QPainter, rect: QRectF, border: str, fill: str, radius: float = 7) -> None:
        """A rounded box; thick and haloed when selected, dashed when unreached."""
        if self.spec.selected:
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(37, 99, 235, 45))
            p.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), radius + 5, radius + 5)
        pen = QPen(QColor(SELECTED if self.spec.selected else border),
                   3 if self.spec.selected else 1.6)
        if self.spec.state == "unreached":
            pen.setStyle(Qt.DashLine)
        p.setPen(pen)
        p.setBrush(QColor(fill))
        p.drawRoundedRect(rect, radius, radius)


class PartItem(SpecItem):
    """Input, stem or head box."""

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -PART_H / 2 - 10, PART_W + LEAD + 8, PART_H + 38)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        s: PartSpec = self.spec
        p.setRenderHint(QPainter.Antialiasing)
        border, fill = self.colors()
        if s.state == "ok":
            border, fill = (IDENTITY, SURFACE)
        rect = QRectF(LEAD, -PART_H / 2, PART_W, PART_H)
        if s.part != "input":
            _arrow(p, QPointF(LEAD - 1, 0), IDENTITY)
        self.outline(p, rect, border, fill, 9)
        p.setPen(QColor(ERROR if s.state == "invalid" else TEXT))
        p.setFont(_font(9.5, True))
        p.drawText(rect.adjusted(6, 6, -6, 0), Qt.AlignHCenter | Qt.AlignTop, s.title)
        p.setPen(QColor(MUTED))
        p.setFont(_font(8))
        p.drawText(rect.adjusted(6, 26, -6, -6), Qt.AlignHCenter | Qt.AlignTop, "\n".join(s.lines))
        p.setPen(QColor(TEXT))
        p.setFont(_font(8.5, True))
        p.drawText(QRectF(LEAD - 10, PART_H / 2 + 4, PART_W + 20, 18), Qt.AlignCenter, s.shape)


class BlockItem(SpecItem):
    """A residual block: F(x) box and, beside it, the shortcut into the add node."""

    def boundingRect(self) -> QRectF:
        h = self.spec.box_h
        return QRectF(-2, -h / 2 - ARC - 22, self.spec.width + 4, h + ARC + 50)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        s: BlockSpec = self.spec
        p.setRenderHint(QPainter.Antialiasing)
        border, fill = self.colors(s.kind)
        x_box = LEAD + TO_BOX
        rect = QRectF(x_box, -s.box_h / 2, s.box_w, s.box_h)
        add_x = x_box + s.box_w + ADD_GAP
        self._shortcut(p, s, add_x)
        _arrow(p, QPointF(x_box - 1, 0), IDENTITY)
        self.outline(p, rect, border, fill)
        p.setPen(QColor(ERROR if s.state == "invalid" else border if s.state == "ok" else MUTED))
        p.setFont(_font(BOX_FONT_PT, True))
        line_h = 13
        top = -line_h * len(s.convs) / 2
        for i, text in enumerate(s.convs):
            p.drawText(QRectF(x_box, top + i * line_h, s.box_w, line_h), Qt.AlignCenter, text)
        if s.shortcut != "none":
            self._add_node(p, add_x, s.state)
        p.setPen(QColor(TEXT if s.state != "unreached" else MUTED))
        p.setFont(_font(8, True))
        p.drawText(QRectF(x_box - 20, s.box_h / 2 + 4, s.box_w + 40, 16), Qt.AlignCenter, s.shape)
        if s.state == "invalid":
            badge = QRectF(x_box + s.box_w - 9, -s.box_h / 2 - 9, 18, 18)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(ERROR))
            p.drawEllipse(badge)
            p.setPen(QColor("white"))
            p.setFont(_font(9, True))
            p.drawText(badge, Qt.AlignCenter, "!")

    def _shortcut(self, p: QPainter, s: BlockSpec, add_x: float) -> None:
        """The skip path, drawn beside the main path: identity thin and dashed, a 1x1
        projection solid orange with its conv box, none as a note."""
        y = -s.box_h / 2 - ARC
        if s.shortcut == "none":
            p.setPen(QColor(MUTED))
            p.setFont(_font(7.5))
            p.drawText(QRectF(LEAD - 10, y - 8, add_x - LEAD + 20, 14), Qt.AlignCenter,
                       s.shortcut_text)
            return
        path = QPainterPath(QPointF(LEAD, 0))
        path.lineTo(LEAD, y + 6)
        path.quadTo(LEAD, y, LEAD + 6, y)
        path.lineTo(add_x - 6, y)
        path.quadTo(add_x, y, add_x, y + 6)
        path.lineTo(add_x, -ADD_R - 2)
        projection = s.shortcut in ("projection", "avg-down")  # a conv: solid with a box
        color = ERROR if s.state == "invalid" else PROJECTION if projection else IDENTITY
        pen = QPen(QColor(color), 2.2 if projection else 1.5)
        if not projection:
            pen.setDashPattern([4, 3])
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawPath(path)
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(color))
        p.drawEllipse(QPointF(LEAD, 0), 3, 3)
        p.drawPolygon(QPolygonF([QPointF(add_x, -ADD_R), QPointF(add_x - 4, -ADD_R - 7),
                                 QPointF(add_x + 4, -ADD_R - 7)]))
        mid = (LEAD + add_x) / 2
        if projection:
            width = 60 if s.shortcut == "projection" else 74
            box = QRectF(mid - width / 2, y - 9, width, 18)
            p.setPen(QPen(QColor(color), 1.4))
            p.setBrush(QColor(PROJECTION_SOFT if s.state != "invalid" else ERROR_SOFT))
            p.drawRoundedRect(box, 4, 4)
            p.setPen(QColor(color))
            p.setFont(_font(7.5, True))
            p.drawText(box, Qt.AlignCenter, s.shortcut_text)
        else:
            p.setPen(QColor(color))
            p.setFont(_font(7.5))
            p.drawText(QRectF(mid - 40, y - 16, 80, 13), Qt.AlignCenter, s.shortcut_text)

    def _add_node(self, p: QPainter, x: float, state: str) -> None:
        color = ERROR if state == "invalid" else IDENTITY
        p.setPen(QPen(QColor(color), 1.6))
        p.setBrush(QColor("white"))
        p.drawEllipse(QPointF(x, 0), ADD_R, ADD_R)
        p.drawLine(QPointF(x - 5, 0), QPointF(x + 5, 0))
        p.drawLine(QPointF(x, -5), QPointF(x, 5))


class FrameItem(SpecItem):
    """A stage's frame, behind its blocks."""

    def boundingRect(self) -> QRectF:
        s: FrameSpec = self.spec
        return QRectF(-4, s.top - 4, s.width + 8, s.bottom - s.top + 8)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        s: FrameSpec = self.spec
        p.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(0, s.top, s.width, s.bottom - s.top)
        border = ERROR if s.state == "invalid" else SELECTED if s.selected else BORDER
        pen = QPen(QColor(border), 2.5 if s.selected or s.state == "invalid" else 1.2)
        p.setPen(pen)
        p.setBrush(QBrush(QColor(ERROR_TINT if s.state == "invalid" else PANEL)))
        p.drawRoundedRect(rect, 12, 12)
        p.setPen(QColor(ERROR if s.state == "invalid" else TEXT))
        p.setFont(_font(9, True))
        p.drawText(rect.adjusted(12, 8, -12, 0), Qt.AlignLeft | Qt.AlignTop, s.title)
