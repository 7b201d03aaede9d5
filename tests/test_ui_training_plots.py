"""The live plots without training: buffers, overlays, hover read-out, export."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from test_ui_support import legends_rebuilt

from resnet_studio.ui.training.insight_views import (
    ConfusionView,
    PredictionGallery,
    colorize,
    to_qimage,
)
from resnet_studio.ui.training.plot_widgets import GrowBuffer, MetricPlot, make_pen
from resnet_studio.ui.training.plots import TrainingPlots, smoothing_weight


def test_grow_buffer_doubles_and_keeps_views():
    b = GrowBuffer(4)
    b.extend([0, 1, 2], [10, 11, 12])
    view = b.y
    b.extend(range(3, 10), range(13, 20))
    assert b.capacity == 16 and len(b) == 10
    assert list(b.x) == list(range(10)) and list(b.y) == list(range(10, 20))
    assert list(view) == [10, 11, 12]  # an old view is still valid after growth
    with pytest.raises(ValueError):
        b.extend([1, 2], [1])
    b.clear()
    assert len(b) == 0 and b.capacity == 16


def feed(plots: TrainingPlots, run: str, epochs: int = 3, bpe: int = 10, scale: float = 1.0):
    plots.add_run(run, run.upper())
    for e in range(epochs):
        x = e + (np.arange(bpe) + 1) / bpe
        loss = 2.0 * np.exp(-x) * scale
        plots.add_batches(run, {"epoch": x, "loss": loss, "accuracy": 1 - loss / 3,
                                "lr": np.full(bpe, 0.05)})
        plots.add_epoch(run, {"epoch": e + 1, "train_loss": loss.mean(),
                              "test_loss": loss.mean() * 1.1, "train_accuracy": 0.5,
                              "test_accuracy": 0.4,
                              "grad_norms": {"stem": 0.1, "stage1": 0.5, "head": 2.0}})


def test_overlays_smoothing_and_removal(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    feed(plots, "a")
    feed(plots, "b", scale=0.5)
    assert set(plots.run_ids()) == {"a", "b"}
    raw = plots.loss.series[("a", "batch_loss")].data
    smooth = plots.loss.series[("a", "smooth_loss")].data
    assert len(raw) == len(smooth) == 30
    assert smooth.y[0] == pytest.approx(raw.y[0])  # debiased EMA starts at the first value
    assert np.all(np.abs(np.diff(smooth.y)) <= np.abs(np.diff(raw.y)).max() + 1e-12)
    legends_rebuilt(qtbot, plots)
    labels = plots.loss.legend.entries
    # each line style once, then each run once (in its colour)
    assert labels == ["train (smoothed)", "train (epoch)", "held-out", "A", "B"]
    grad_labels = plots.grad.legend.entries
    assert grad_labels == ["stem", "stage 1", "head"]  # colour is the stage; style the run
    assert "dashed: B" in plots.grad.note.text()
    lo, hi = plots.lr.plot.getViewBox().viewRange()[1]
    assert lo == pytest.approx(0) and hi == pytest.approx(0.055)
    plots.remove_run("a")
    assert plots.run_ids() == ["b"] and all(k[0] == "b" for k in plots.loss.series)
    assert smoothing_weight(10) == pytest.approx(0.5) and smoothing_weight(235) > 0.97


def test_hover_readout_names_the_nearest_point(qtbot):
    plot = MetricPlot("Loss", "loss", log_y=True)
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    plot.show()
    plot.add_series(("r", "x"), "r", "train", make_pen("#f00"))
    plot.extend(("r", "x"), [1, 2, 3], [1.0, 0.1, -1.0])  # -1 cannot show on a log axis
    plot.plot.getViewBox().setRange(xRange=(0, 4), yRange=(-2, 1), padding=0)
    hit = plot.nearest(QPointF(2.02, -1.0))
    assert hit is not None and hit[1] == 1
    assert plot.nearest(QPointF(3.0, -0.5)) is None or plot.nearest(QPointF(3.0, -0.5))[1] != 2
    scene = plot.plot.getViewBox().mapViewToScene(QPointF(2.0, -1.0))
    plot._on_mouse_moved(scene)
    assert "epoch 2.00" in plot.readout.text() and "0.1" in plot.readout.text()


def test_export_csv_holds_every_point(qtbot, tmp_path):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    feed(plots, "a", epochs=2)
    plots.grad.export_csv(tmp_path / "g.csv")
    rows = (tmp_path / "g.csv").read_text().splitlines()
    assert rows[0] == "run,series,epoch,value" and len(rows) == 1 + 3 * 2
    assert rows[1].startswith("A,stem,1,0.1")


def test_confusion_view_and_gallery(qtbot):
    view = ConfusionView()
    qtbot.addWidget(view)
    m = [[5, 1, 0], [2, 2, 0], [0, 0, 0]]
    view.set_confusion(m, ["cat", "dog", "bird"])
    assert "7 of 10" in view.readout.text()
    assert view.bars.opts["width"][0] == pytest.approx(5 / 6)
    assert [t.toPlainText() for t in view._texts[:3]] == ["5", "1", ""]
    view.clear()
    assert view.matrix.size == 0

    gallery = PredictionGallery()
    qtbot.addWidget(gallery)
    images = np.zeros((2, 1, 28, 28), np.uint8)
    gallery.set_predictions({"indices": [7, 3], "images": images, "pred": [1, 0],
                             "target": [0, 0], "confidence": [0.9, 0.6]}, ["cat", "dog"])
    assert gallery.count() == 2 and "≠ cat" in gallery.item(0).text()
    with qtbot.waitSignal(gallery.image_chosen) as chosen:
        gallery.itemClicked.emit(gallery.item(1))
    assert chosen.args == [3]
    assert to_qimage(np.zeros((3, 5, 7), np.uint8)).width() == 7
    rgb = colorize(np.array([[0.0, np.nan], [1.0, 0.5]]))
    assert rgb.shape == (2, 2, 3) and tuple(rgb[0, 1]) == (255, 255, 255)


def _laid_out_lines(label) -> list[str]:
    """The lines a word-wrapping rich-text label shows at its width."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    doc.size()  # lays the text out
    lines, block = [], doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text().replace("\u00a0", " ").replace("\u2011", "-")
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return lines


def _settle(qtbot, plots, timeout_ms: int = 2000) -> None:
    """Wait until the plots' layout stops moving (a resize takes a few posted layout
    passes: the scroll area, the grid, each legend's height at its width) and no legend
    waits for its rebuild."""
    def shape():
        return [(p.geometry(), p.view.geometry(), p.legend.geometry()) for p in plots.plots()]

    last, waited = None, 0
    while waited < timeout_ms:
        qtbot.wait(40)
        waited += 40
        now = shape()
        if now == last and not any(p.legend_pending for p in plots.plots()):
            return
        last = now


@pytest.mark.parametrize("size", [(1600, 1000), (1480, 920), (1280, 800)])
def test_plots_share_the_space_and_nothing_is_cut(qtbot, size):
    """Two runs overlaid in the studio window: every plot gets a fair share, legends sit
    under their plot and show every line, nothing is cut at the right, "Hide settings"
    stays in view. Measured on the widgets' geometry."""
    from PySide6.QtCore import QPoint

    from resnet_studio.ui.app import install_panels
    from resnet_studio.ui.main_window import MainWindow
    from resnet_studio.ui.training.plot_widgets import MIN_PLOT_WIDTH

    window = MainWindow(autosave=False)
    qtbot.addWidget(window)
    install_panels(window)
    panel = window.training_panel
    try:
        feed(panel.plots, "d2l-resnet18 · lr 0.05 · 1")
        feed(panel.plots, "d2l-resnet18 · lr 0.1 · 2", scale=0.5)
        window.resize(*size)
        window.show()
        window.show_training_panel()
        for hidden in (False, True):
            panel.side_toggle.setChecked(hidden)
            _settle(qtbot, panel.plots)
            holder = window.training_holder
            assert holder.horizontalScrollBar().maximum() == 0, "the panel is cut at the right"
            side = panel.side_scroll.widget()
            assert hidden or side.width() >= side.minimumSizeHint().width()
            toggle = panel.side_toggle
            corner = toggle.mapTo(window, QPoint(toggle.width(), toggle.height()))
            assert toggle.isVisible() and corner.x() <= window.width()
            assert corner.y() <= window.height()
            viewport = panel.tabs.plots_scroll.viewport()
            widths = []
            for plot in panel.plots.plots():
                left = plot.mapTo(viewport, QPoint(0, 0)).x()
                assert left >= 0 and left + plot.width() <= viewport.width(), plot.title_label.text()
                assert plot.view.width() >= MIN_PLOT_WIDTH and plot.view.height() >= 140
                widths.append(plot.view.width())
                for strip in (plot.legend, plot.note):
                    if strip.isVisible():
                        assert not strip.geometry().intersects(plot.view.geometry())
                        assert strip.height() >= strip.heightForWidth(strip.width())
                if plot.legend.entries:  # a run's name is never broken across lines
                    lines = _laid_out_lines(plot.legend)
                    for name in plot.legend.entries:
                        assert any(name in line for line in lines), (name, lines)
            assert max(widths) <= 1.25 * min(widths), widths  # no plot is a sliver
            needed = panel.plots.minimumSizeHint().height()
            if needed <= viewport.height():  # all four fit: no scrolling to see them
                assert panel.tabs.plots_scroll.verticalScrollBar().maximum() == 0, (
                    needed, viewport.height(), panel.plots.height())
            assert panel.plots.loss.legend.isVisible() and panel.plots.loss.legend.entries
            assert len(panel.plots.loss.legend.entries) == 5  # 3 line styles, 2 runs
    finally:
        panel.shutdown()


def test_a_live_runs_batches_lay_no_plot_out_again(qtbot):
    """A starting run gets its curves and legend rows at once (prepare_live); its batches
    then only add points: no plot changes size, so the window is not laid out and painted
    twice mid-run (a 100-190 ms stall on a 2-core machine)."""
    from resnet_studio.ui.app import install_panels
    from resnet_studio.ui.main_window import MainWindow

    window = MainWindow(autosave=False)
    qtbot.addWidget(window)
    install_panels(window)
    panel = window.training_panel
    try:
        window.resize(1480, 920)
        window.show()
        window.show_training_panel()
        plots = panel.plots
        _settle(qtbot, plots)
        empty = [(p.geometry(), p.view.geometry()) for p in plots.plots()]
        plots.add_run("live", "d2l-resnet18 · lr 0.05 · 1", epochs=2)
        plots.prepare_live("live")
        _settle(qtbot, plots)
        # the first run's legend rows fill the blank lines kept for them: nothing moves
        assert [(p.geometry(), p.view.geometry()) for p in plots.plots()] == empty
        assert plots.loss.legend.entries == ["train (smoothed)"]
        assert plots.lr.legend.entries and not plots.grad.legend.entries
        before = [(p.geometry(), p.view.geometry()) for p in plots.plots()]
        x = (np.arange(10) + 1) / 10
        plots.add_batches("live", {"epoch": x, "loss": 2 - x, "accuracy": x / 2,
                                   "lr": np.full(10, 0.05)})
        qtbot.wait(50)
        assert [(p.geometry(), p.view.geometry()) for p in plots.plots()] == before
        assert len(plots.loss.series[("live", "smooth_loss")].data) == 10
    finally:
        panel.shutdown()


def test_other_runs_are_drafts_while_one_trains(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    feed(plots, "a")
    feed(plots, "b")

    def aa(run, name):
        item = plots.loss.series[(run, name)].item
        return item.opts["antialias"], item.curve.opts["antialias"]

    assert aa("a", "smooth_loss") == (True, True)
    plots.set_draft("b")  # b trains: a is drawn without antialiasing, b as before
    assert aa("a", "smooth_loss") == (False, False) and aa("b", "smooth_loss") == (True, True)
    feed(plots, "c")  # a curve made while b trains is a draft too
    assert aa("c", "test_loss") == (False, False)
    plots.set_draft(None)
    assert aa("a", "smooth_loss") == aa("c", "test_loss") == (True, True)
    assert aa("a", "batch_loss") == (False, False)  # made without it: stays so


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_confusion_labels_fit_their_columns(qtbot, lang):
    """x labels never overlap (each fits its column), the last column has its label,
    and the counts stay inside their cells, at a wide and a narrow size."""
    from resnet_studio.core.training.data import FASHION_CLASSES
    from resnet_studio.ui.common import i18n

    app_lang = i18n.set_language(lang)
    try:
        view = ConfusionView()
        qtbot.addWidget(view)
        m = np.full((10, 10), 3)
        np.fill_diagonal(m, 100)
        view.set_confusion(m, FASHION_CLASSES, 1)
        view.show()
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(view.font())
        for width in (1100, 640, 380):
            view.resize(width, 420)
            qtbot.wait(30)
            labels = view.column_labels()
            assert len(labels) == 10 and all(labels)  # the last column's label too
            assert max(metrics.horizontalAdvance(s) for s in labels) <= view.column_px() - 4
            vb = view.heat_plot.getViewBox()
            for k, t in enumerate(view._texts):
                if not (t.isVisible() and t.toPlainText()):
                    continue
                i, j = divmod(k, 10)
                cell = vb.mapViewToScene(pg.QtCore.QRectF(j, i, 1, 1)).boundingRect()
                assert cell.contains(t.sceneBoundingRect().center())
                assert t.sceneBoundingRect().width() <= cell.width()
        assert lang == "en" or labels[0] != "T-shirt/top"  # Chinese names in Chinese
    finally:
        i18n.set_language("en" if app_lang else "en")


def test_a_second_runs_legends_resize_one_plot_per_pass(qtbot):
    """At a second run's start the legends name the runs and gain a line, and the
    gradient plot gets its line-style note: each plot so resized repaints whole (20-30
    ms here). Each plot rebuilds its legend after its own delay, so the resizes come in
    separate event-loop passes (four in one pass stalled the window for ~100 ms)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(1100, 820)  # (the panel's plots in a big window: plots above their minimum)
    plots.show()
    feed(plots, "a", epochs=2)
    plots.set_run_label("a", "d2l-resnet18 · lr 0.05 · batch 256 · run 1")
    _settle(qtbot, plots)
    assert all(p.view.height() > p.view.minimumHeight() for p in plots.plots())
    settled = [p.view.size() for p in plots.plots()]
    plots.add_run("b", "d2l-resnet18 · lr 0.05 · batch 256 · run 2", epochs=2)
    plots.prepare_live("b")
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    assert [p.view.size() for p in plots.plots()] == settled  # nothing moved yet
    delays = [p._legend_timer.interval() for p in plots.plots()]
    assert len(set(delays)) == 4 and all(p.legend_pending for p in plots.plots())
    grown = 0
    for plot in sorted(plots.plots(), key=lambda p: p._legend_timer.interval()):
        sizes = [p.view.size() for p in plots.plots()]
        plot.refresh_legend()  # (as its own timer would)
        for _ in range(3):  # the strip's, the plot's and the grid's layout passes
            QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        changed = [p for p, size in zip(plots.plots(), sizes) if p.view.size() != size]
        assert changed in ([], [plot])  # only the plot whose legend was rebuilt
        grown += bool(changed)
    assert grown >= 2  # (the legends naming two runs, the note: some plots do grow)
    assert "dashed: d2l-resnet18" in plots.grad.note.text()
