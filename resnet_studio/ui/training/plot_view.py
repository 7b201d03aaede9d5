"""The plot views the training panel draws in: pyqtgraph's PlotWidget asking for a
modest size, made ahead of need so that building the panel does not stall the window.

Making a pyqtgraph PlotWidget takes 10-20 ms of Python on the GUI thread and the panel
has six: built at once they stalled the window for ~100 ms. The studio's loader makes
them one per event-loop turn before it builds the panel (make_spare_plot_view).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

MIN_PLOT_WIDTH = 160  # narrower than this, the plots go one under the other
MIN_PLOT_HEIGHT = 150

PANEL_PLOT_VIEWS = 6  # the training panel's: four curves, the confusion heat map and bars
_spare_views: list[PlotView] = []
_clear_at_quit = False


class PlotView(pg.PlotWidget):
    """pyqtgraph's PlotWidget asking for a modest size: its own hint (600x480) made the
    four training plots want 1,015 px of height, so they always scrolled, and every legend
    row that came or went laid all four out again (a full repaint mid-run)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(2 * MIN_PLOT_WIDTH, MIN_PLOT_HEIGHT)  # the layout's stretch does the rest


def _new_plot_view() -> PlotView:
    # enableMenu=False: the studio's plots have no pyqtgraph context menu, so skip making it
    return PlotView(background="w", enableMenu=False)


def make_spare_plot_view() -> None:
    """Make one plot view ahead, for the next plot_view() call."""
    global _clear_at_quit
    if not _clear_at_quit:
        app = QApplication.instance()
        if app is not None:  # views left unused go before Qt does
            app.aboutToQuit.connect(_spare_views.clear)
            _clear_at_quit = True
    _spare_views.append(_new_plot_view())


def plot_view(left_axis: pg.AxisItem | None = None) -> PlotView:
    """A white plot view without pyqtgraph's menus, made ahead when there is one."""
    view = _spare_views.pop() if _spare_views else _new_plot_view()
    if left_axis is not None:
        view.getPlotItem().setAxisItems({"left": left_axis})
    return view
