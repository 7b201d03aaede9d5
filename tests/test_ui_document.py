"""The design document (the UI's model): undoable edits, merging, selection, trace."""

# ruff: noqa: F811  (the fixtures imported from test_ui_support are used as parameters)
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import fake_dialogs, window  # noqa: F401

from resnet_studio.core.design.presets import preset
from resnet_studio.ui.document.document import DesignDocument, Selection, problem_part
from resnet_studio.ui.editor import stage_ops


def test_edit_is_undoable_and_never_mutates_the_old_design(qtbot):
    doc = DesignDocument()
    before = doc.design
    assert doc.edit("channels", lambda d: setattr(d.stages[0], "channels", 32))
    assert before.stages[0].channels == 64 and doc.design.stages[0].channels == 32
    assert doc.dirty and doc.undo_stack.undoText() == "channels"
    doc.undo_stack.undo()
    assert doc.design is before and not doc.dirty


def test_no_op_edit_is_not_recorded(qtbot):
    doc = DesignDocument()
    assert not doc.edit("same", lambda d: setattr(d.stages[0], "channels", 64))
    assert doc.undo_stack.count() == 0 and not doc.dirty


def test_edits_of_one_field_merge_and_cancel_out(qtbot):
    doc = DesignDocument()
    for value in (65, 66, 67):
        doc.edit("c", lambda d, v=value: setattr(d.stages[0], "channels", v), key="s0.c")
    assert doc.undo_stack.count() == 1
    doc.edit("other", lambda d: setattr(d.head, "classes", 5), key="head")
    assert doc.undo_stack.count() == 2
    doc.edit("back", lambda d: setattr(d.head, "classes", 10), key="head")  # back to start
    assert doc.undo_stack.count() == 1  # the merged step became obsolete
    doc.undo_stack.undo()
    assert doc.design == preset("d2l-resnet18")


def test_trace_follows_the_latest_design_only(qtbot):
    doc = DesignDocument()
    seen = []
    doc.traceReady.connect(lambda t: seen.append(t.output_shape))
    for classes in (3, 4, 5):
        doc.edit("k", lambda d, c=classes: setattr(d.head, "classes", c))
    assert seen == []
    qtbot.waitUntil(lambda: seen == [(1, 5)], timeout=2000)
    assert doc.trace_generation == doc.generation
    doc.set_batch(4)
    qtbot.waitUntil(lambda: seen[-1] == (4, 5), timeout=2000)


def test_problems_are_found_and_placed(qtbot):
    doc = DesignDocument()
    doc.edit("identity", lambda d: setattr(d.stages[1], "shortcut", "identity"))
    doc.flush()
    assert [p.code for p in doc.problems] == ["identity_shape_mismatch"]
    assert doc.problems_at(1) and doc.problems_at(1, 0) and not doc.problems_at(1, 1)
    assert not doc.general_problems()
    doc.edit("classes", lambda d: setattr(d.head, "classes", 0))
    doc.flush()
    assert [problem_part(p) for p in doc.general_problems()] == ["head"]


def test_selection_follows_structure_changes(qtbot):
    doc = DesignDocument()
    doc.select(Selection(3, 1, "stage4.block2.conv2"))
    doc.edit("blocks", lambda d: stage_ops.set_blocks(d, 3, 1))
    assert doc.selection == Selection(3, 0)
    doc.edit("remove", lambda d: stage_ops.remove_stage(d, 3))
    assert doc.selection == Selection(2)
    doc.select(Selection(1, 0, "stage2.block1.shortcut.conv"))
    doc.edit("no projection", lambda d: setattr(d.stages[1], "shortcut", "none"))
    doc.flush()
    assert doc.selection == Selection(1, 0)


def test_load_starts_a_clean_history(qtbot):
    doc = DesignDocument()
    doc.edit("k", lambda d: setattr(d.head, "classes", 3))
    doc.load(preset("resnet18"), "/tmp/x.json")
    assert doc.undo_stack.count() == 0 and not doc.dirty and doc.path == "/tmp/x.json"
    doc.load(preset("resnet34"), "", recovered=True)
    assert doc.dirty  # a recovered design is unsaved work


def test_stage_ops():
    d = preset("d2l-resnet18")
    stage_ops.add_stage(d)
    assert (d.stages[-1].channels, d.stages[-1].stride) == (1024, 2)
    stage_ops.move_stage(d, 0, -1)  # nothing above the first stage
    assert d.stages[0].channels == 64
    stage_ops.set_block_override(d, 1, 1, shortcut="projection")
    stage_ops.set_blocks(d, 1, 1)
    assert d.stages[1].overrides == {}
    stage_ops.set_block_override(d, 0, 0, stride=2)
    stage_ops.set_block_override(d, 0, 0, stride=None)
    assert d.stages[0].overrides == {}


def _focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def test_undo_keys_in_a_focused_spin_box_undo_the_document(qtbot, window):
    card = window.editor.cards[1]
    before = window.document.design.stages[1].channels
    _focus(qtbot, card.channels)
    card.channels.lineEdit().selectAll()
    QTest.keyClicks(card.channels, "96")
    QTest.keyClick(card.channels, Qt.Key_Return)
    assert window.document.design.stages[1].channels == 96
    QTest.keyClick(card.channels, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.design.stages[1].channels == before
    assert card.channels.value() == before and card.channels.hasFocus()
    QTest.keyClick(card.channels, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.document.design.stages[1].channels == 96
    QTest.keyClick(card.channels, Qt.Key_Z, Qt.ControlModifier)
    QTest.keyClick(card.channels, Qt.Key_Y, Qt.ControlModifier)
    assert window.document.design.stages[1].channels == card.channels.value() == 96


def test_undo_keys_in_a_combo_and_a_line_edit_undo_the_document(qtbot, window):
    from PySide6.QtWidgets import QLineEdit

    card = window.editor.cards[0]
    kind = window.document.design.stages[0].kind
    card.kind.setCurrentIndex(1 - card.kind.currentIndex())
    assert window.document.design.stages[0].kind != kind
    _focus(qtbot, card.kind)
    QTest.keyClick(card.kind, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.design.stages[0].kind == kind
    QTest.keyClick(card.kind, Qt.Key_Y, Qt.ControlModifier)
    assert window.document.design.stages[0].kind != kind
    line = QLineEdit()  # a plain line edit anywhere in the window
    window.statusBar().addWidget(line)
    line.show()
    _focus(qtbot, line)
    QTest.keyClick(line, Qt.Key_Z, Qt.ControlModifier)
    assert window.document.design.stages[0].kind == kind


def test_typing_not_yet_committed_is_taken_back_by_the_field_first(qtbot, window):
    card = window.editor.cards[1]
    _focus(qtbot, card.blocks)
    card.blocks.lineEdit().selectAll()
    QTest.keyClicks(card.blocks, "7")
    count = window.document.undo_stack.count()
    QTest.keyClick(card.blocks, Qt.Key_Z, Qt.ControlModifier)  # the text's own undo
    assert window.document.undo_stack.count() == count and window.document.undo_stack.index() == count
    assert card.blocks.cleanText() == str(card.blocks.value())


def test_problem_counts_use_plural_forms(qtbot, window):
    card = window.editor.cards[1]
    card.shortcut.setCurrentIndex(card.shortcut.findData("identity"))
    window.document.flush()
    n = len(window.document.problems)
    status, totals = window.status_design.text(), window.trace_pane.totals.text()
    assert "(s)" not in status and "(s)" not in totals
    word = "problem" if n == 1 else "problems"
    assert f"{n} {word}" in status and f"{n}&nbsp;{word}" in totals


def test_trace_columns_fit_deep_names_and_large_receptive_fields(qtbot, window):
    import copy

    from PySide6.QtGui import QFontMetrics

    from resnet_studio.core.design.design import StageSpec

    design = copy.deepcopy(window.document.design)
    design.stages.append(StageSpec(channels=1024, blocks=2, stride=2))
    window.document.load(design)
    window.document.flush()
    view = window.trace_pane.view
    view.expandAll()
    fm = QFontMetrics(view.font())
    model = window.trace_pane.model
    widest_rf = max(len(row[5].text()) for row in model.rows.values())
    assert widest_rf >= 4  # a fifth stage sees over a thousand pixels
    rf_text = "9" * widest_rf
    assert view.columnWidth(5) >= fm.horizontalAdvance(rf_text) + 8
    deepest = max((k for k in model.rows if k.endswith("shortcut.conv")), key=len, default=None)
    assert deepest is not None
    rect = view.visualRect(model.rows[deepest][0].index())
    assert rect.left() + fm.horizontalAdvance("shortcut.conv") + 8 <= view.columnWidth(0)


def test_long_runs_of_identical_blocks_fold_into_one_trace_row(qtbot, window):
    from resnet_studio.core.design.trace import trace
    from resnet_studio.ui.common.format import count_text
    from resnet_studio.ui.trace.model import KEY_ROLE

    design = preset("resnet152")
    window.document.load(design)
    window.document.flush()
    model, view = window.trace_pane.model, window.trace_pane.view
    stage3 = model.rows["stage3"][0]
    keys = [stage3.child(i).data(KEY_ROLE) for i in range(stage3.rowCount())]
    assert keys == ["stage3.block1", "stage3.block2", "stage3.blocks3-36"]
    fold = model.rows["stage3.blocks3-36"]
    assert fold[0].text() == "Blocks 3–36" and fold[1].text() == "34 × block 2"
    t = trace(design, window.document.input_shape())
    params = sum(lr.params for lr in t.layers if lr.stage == 2 and lr.block >= 2)
    assert fold[3].text() == count_text(params)
    assert model.rows["stage3"][6].text() != ""  # the stage row still sums every block
    assert len(model.rows) < 200  # (a row per layer would be over 500)
    window.document.select(Selection(2, 20))  # a folded block chosen in the editor
    assert model.node(view.currentIndex()).key == "stage3.blocks3-36"
    # resnet50's runs are short: every block keeps its row
    window.document.load(preset("resnet50"))
    window.document.flush()
    assert "stage3.block6" in model.rows and not model.fold_keys
