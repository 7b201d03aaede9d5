"""Small line icons drawn in code, so they look the same everywhere and need no files."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolButton

from resnet_studio.ui.common.style import MUTED

SIZE = 32  # drawn at 2x, shown at 16 px


def _arrow(p: QPainter, up: bool) -> None:
    y0, y1 = (20, 12) if up else (12, 20)
    p.drawPolyline([QPointF(9, y0), QPointF(16, y1), QPointF(23, y0)])


def _draw(name: str, p: QPainter) -> None:
    if name in ("up", "down"):
        _arrow(p, name == "up")
    elif name == "duplicate":
        p.drawRoundedRect(QRectF(7, 11, 13, 13), 2, 2)
        p.drawPolyline([QPointF(12, 8), QPointF(24, 8), QPointF(24, 20)])
    elif name == "remove":
        p.drawLine(QPointF(10, 10), QPointF(22, 22))
        p.drawLine(QPointF(22, 10), QPointF(10, 22))
    elif name in ("add", "zoom-in", "zoom-out"):
        if name != "add":
            p.drawEllipse(QRectF(6, 6, 16, 16))
            p.drawLine(QPointF(20, 20), QPointF(27, 27))
        cx, cy, r = (14, 14, 4) if name != "add" else (16, 16, 7)
        p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
        if name != "zoom-out":
            p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))
    elif name == "fit":
        for a, b, c in (((6, 12), (6, 6), (12, 6)), ((20, 6), (26, 6), (26, 12)),
                        ((26, 20), (26, 26), (20, 26)), ((12, 26), (6, 26), (6, 20))):
            p.drawPolyline([QPointF(*a), QPointF(*b), QPointF(*c)])
    elif name in ("expand", "collapse"):
        if name == "expand":
            p.drawPolyline([QPointF(12, 9), QPointF(19, 16), QPointF(12, 23)])
        else:
            _arrow(p, False)
    elif name == "image":
        p.drawRoundedRect(QRectF(6, 8, 20, 16), 2, 2)
        p.drawPolyline([QPointF(8, 21), QPointF(14, 15), QPointF(18, 19), QPointF(21, 16),
                        QPointF(25, 20)])


@cache
def icon(name: str, color: str = MUTED) -> QIcon:
    """A named icon: up, down, duplicate, remove, add, zoom-in, zoom-out, fit, expand,
    collapse, image."""
    pix = QPixmap(SIZE, SIZE)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.Antialiasing)
    pen = QPen(QColor(color), 2.6, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    p.setPen(pen)
    _draw(name, p)
    p.end()
    pix.setDevicePixelRatio(2.0)
    return QIcon(pix)


def icon_button(name: str, slot=None) -> QToolButton:
    """A flat tool button showing a drawn icon; ``slot`` runs on click."""
    button = QToolButton()
    button.setIcon(icon(name))
    button.setAutoRaise(True)
    if slot is not None:
        button.clicked.connect(slot)
    return button
