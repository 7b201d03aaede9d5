"""The Lessons panel, driven for real: design lessons edit the document (undoable),
measuring lessons run in the worker thread and draw their result."""

import pytest

from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.lessons.panel import LessonsPanel

TIMEOUT_MS = 120_000


@pytest.fixture
def panel(qtbot):
    p = LessonsPanel(DesignDocument())
    qtbot.addWidget(p)
    p.resize(640, 900)
    yield p
    p.shutdown()


def test_shortcut_lesson_breaks_and_fixes_through_the_undo_stack(panel):
    doc = panel.doc
    panel.select("shortcut")
    panel.start()
    doc.flush()
    assert [p.code for p in doc.problems] == ["identity_shape_mismatch"]
    assert panel.fix_button.isEnabled()
    assert "identity shortcut cannot add" in panel.notice.text()
    panel.apply_fix()
    doc.flush()
    assert doc.problems == [] and not panel.fix_button.isEnabled()
    assert "No shortcut problem" in panel.notice.text()
    doc.undo_stack.undo()
    doc.flush()
    assert [p.code for p in doc.problems] == ["identity_shape_mismatch"]
    doc.undo_stack.undo()  # and the user's design is back
    doc.flush()
    assert doc.design.name == "d2l-resnet18" and doc.problems == []


def test_identity_lesson_measures_in_the_worker(qtbot, panel):
    panel.select("identity")
    panel.start()
    assert panel.running == "identity" and not panel.button.isEnabled()
    qtbot.waitUntil(lambda: panel.running is None, timeout=TIMEOUT_MS)
    assert "max |H(x) - x| = 0, exactly" in panel.notice.text()
    assert panel.button.isEnabled()
    rows = panel.results["identity"]["rows"]
    assert rows[0]["shortcut"] and rows[0]["max_abs_diff_train"] == 0.0


def test_stop_ends_a_measurement(qtbot, panel):
    panel.select("gradient-flow")
    panel.start()
    panel.stop()
    qtbot.waitUntil(lambda: panel.running is None, timeout=TIMEOUT_MS)
    assert "gradient-flow" not in panel.results
    assert "Stopped" in panel.status.text()


def test_view_menu_shows_the_lessons_dock(qtbot):
    from resnet_studio.ui.main_window import MainWindow

    w = MainWindow(autosave=False)
    qtbot.addWidget(w)
    w.show()
    action = w.lessons_dock.toggleViewAction()
    assert action in w.view_menu.actions() and action.text() == "Lessons"
    assert not w.lessons_dock.isVisible()
    action.trigger()
    assert w.lessons_dock.isVisible()
    w.lessons.shutdown()
