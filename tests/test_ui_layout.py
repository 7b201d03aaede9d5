"""The main window at the sizes people have: it fits a 1024-px screen, the explain
panel keeps the output-size formula on one line, and the trace's header wraps its
controls instead of cutting or overlapping them. Measured on the widgets' geometry and
on the explain page's text layout, in English and Chinese."""

import pytest
from PySide6.QtCore import QRect

from resnet_studio.core.design.presets import preset
from resnet_studio.ui.common import i18n
from resnet_studio.ui.document.document import Selection
from resnet_studio.ui.explain.html import OUTPUT_SIZE_FORMULA


def _formula_lines(explain) -> int:
    doc = explain.document()
    block = doc.begin()
    while block.isValid():
        if OUTPUT_SIZE_FORMULA in block.text():
            return block.layout().lineCount()
        block = block.next()
    raise AssertionError("the explain page shows no output-size formula")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_narrow_windows_keep_the_formula_on_one_line_and_every_control_whole(qtbot, lang):
    from resnet_studio.ui.app import install_panels
    from resnet_studio.ui.main_window import MainWindow

    i18n.set_language(lang)
    try:
        window = MainWindow(preset("resnet50"), autosave=False)
        qtbot.addWidget(window)
        install_panels(window)
        assert window.minimumSizeHint().width() <= 1024  # fits a 1024-px screen
        window.show()
        window.editor.cards[1].expander.setChecked(True)
        window.document.select(Selection(1, 0, "stage2.block1.conv2"))
        rows_seen = set()
        for size in ((1024, 768), (1280, 800), (1480, 920)):
            window.resize(*size)
            window.document.flush()
            qtbot.wait(50)
            assert window.width() == size[0]
            explain = window.explain
            assert explain.width() >= explain.minimumSizeHint().width()
            assert _formula_lines(explain) == 1, size
            header = window.trace_pane.verify_button.parentWidget()
            parts = [window.trace_pane.count_unit, window.trace_pane.verify_button,
                     window.trace_pane.input_label, window.trace_pane.width_.parentWidget()]
            inside = QRect(0, 0, header.width(), header.height())
            for k, part in enumerate(parts):
                assert part.isVisible() and part.width() >= part.sizeHint().width(), (size, k)
                assert inside.contains(part.geometry()), (size, k)
                for other in parts[k + 1:]:
                    assert not part.geometry().intersects(other.geometry()), (size, k)
            rows_seen.add(len(header.layout().rows(header.width())))
        assert min(rows_seen) == 1 < max(rows_seen)  # one row when wide, wrapped when narrow
    finally:
        i18n.set_language("en")


def test_a_new_window_fits_a_small_screen(qtbot):
    """Without a saved layout the window opens at 1480x920, or smaller where the
    screen's free area is smaller, so no part of it starts off screen."""
    from PySide6.QtCore import QRect

    from resnet_studio.ui.main_window import DEFAULT_SIZE, FRAME_ROOM, default_size

    class Screen:
        def __init__(self, w, h):
            self.rect = QRect(0, 0, w, h)

        def availableGeometry(self):  # noqa: N802 (Qt's name)
            return self.rect

    assert default_size(Screen(1920, 1080)).toTuple() == DEFAULT_SIZE
    small = default_size(Screen(1280, 800))
    assert small.width() + FRAME_ROOM[0] <= 1280 and small.height() + FRAME_ROOM[1] <= 800
    assert default_size(None).toTuple() == DEFAULT_SIZE
