"""The studio window: editing through the real widgets, undo/redo, presets, stage
operations, invalid-design marking in all three views, and selection sync."""
# ruff: noqa: F811  (the fixtures imported from test_ui_support are used as parameters)

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import fake_dialogs, window  # noqa: F401

from resnet_studio.core.design.design import BlockOverride
from resnet_studio.core.design.presets import preset
from resnet_studio.ui.document.document import Selection


def row_texts(window, key: str) -> list[str]:
    row = window.trace_pane.model.rows[key]
    return [item.text() for item in row]


def block_item(window, stage: int, block: int):
    return window.architecture.scene.item_for(Selection(stage, block))


def settle(qtbot, window) -> None:
    window.document.flush()
    qtbot.wait(1)


def test_opens_with_d2l_and_its_trace(window):
    doc = window.document
    assert doc.design == preset("d2l-resnet18")
    assert not doc.dirty and doc.problems == []
    assert "d2l-resnet18" in window.windowTitle()
    assert row_texts(window, "stem")[2] == "(1, 64, 56, 56)"
    assert row_texts(window, "stage4")[2] == "(1, 512, 7, 7)"
    assert row_texts(window, "head")[2] == "(1, 10)"
    assert "11.18 M" in window.trace_pane.totals.text()
    assert len(window.editor.cards) == 4
    assert window.architecture.scene.item_for(Selection(layer="head")).spec.shape == "10"


def test_spin_box_edit_updates_every_view_and_undoes(qtbot, window):
    doc, card = window.document, window.editor.cards[1]
    card.channels.setValue(96)
    settle(qtbot, window)
    assert doc.design.stages[1].channels == 96 and doc.dirty
    assert row_texts(window, "stage2")[2] == "(1, 96, 28, 28)"
    assert block_item(window, 1, 0).spec.shape == "96×28×28"
    assert card.shape.text() == "→ 96×28×28"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert doc.design == preset("d2l-resnet18") and not doc.dirty
    assert card.channels.value() == 128
    assert row_texts(window, "stage2")[2] == "(1, 128, 28, 28)"
    window.redo_action.trigger()
    settle(qtbot, window)
    assert card.channels.value() == 96 and row_texts(window, "stage2")[2] == "(1, 96, 28, 28)"


def test_typed_value_commits_once_on_enter(qtbot, window):
    card = window.editor.cards[0]
    card.blocks.lineEdit().selectAll()
    QTest.keyClicks(card.blocks.lineEdit(), "5")
    assert window.document.design.stages[0].blocks == 2  # not per keystroke
    QTest.keyClick(card.blocks.lineEdit(), Qt.Key_Return)
    assert window.document.design.stages[0].blocks == 5
    assert window.document.undo_stack.count() == 1


def test_spin_steps_merge_into_one_undo_step(qtbot, window):
    card = window.editor.cards[2]
    for _ in range(3):
        card.channels.stepUp()
    assert window.document.design.stages[2].channels == 259
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.design.stages[2].channels == 256


def test_out_of_range_value_is_clamped_with_a_hint(qtbot, window):
    card = window.editor.cards[1]
    hints = []
    window.editor.hint.connect(hints.append)
    card.stride.lineEdit().selectAll()
    QTest.keyClicks(card.stride.lineEdit(), "999")
    QTest.keyClick(card.stride.lineEdit(), Qt.Key_Return)
    assert window.document.design.stages[1].stride == 64
    assert hints and "64" in hints[-1] and "999" in hints[-1]
    assert "64" in window.statusBar().currentMessage()


def test_stage_operations_are_single_undo_steps(qtbot, window):
    doc, editor = window.document, window.editor
    editor.add_button.click()
    assert len(doc.design.stages) == 5 and doc.design.stages[4].channels == 1024
    assert doc.selection == Selection(4)
    editor.cards[1].buttons["duplicate"].click()
    assert [s.channels for s in doc.design.stages] == [64, 128, 128, 256, 512, 1024]
    editor.cards[3].buttons["up"].click()
    assert [s.channels for s in doc.design.stages] == [64, 128, 256, 128, 512, 1024]
    editor.cards[0].buttons["remove"].click()
    assert [s.channels for s in doc.design.stages] == [128, 256, 128, 512, 1024]
    settle(qtbot, window)
    assert len(editor.cards) == 5
    assert "stage5" in window.trace_pane.model.rows and "stage6" not in window.trace_pane.model.rows
    assert doc.undo_stack.count() == 4
    for _ in range(4):
        window.undo_action.trigger()
    settle(qtbot, window)
    assert doc.design == preset("d2l-resnet18")
    assert len(editor.cards) == 4 and "stage5" not in window.trace_pane.model.rows


def test_block_override_from_the_expanded_stage(qtbot, window):
    card = window.editor.cards[1]
    card.expander.setChecked(True)
    assert len(card.rows) == 2
    row = card.rows[1]
    row.shortcut.setCurrentIndex(row.shortcut.findData("projection"))
    settle(qtbot, window)
    st = window.document.design.stages[1]
    assert st.overrides[1].shortcut == "projection" and st.overrides[1].stride is None
    assert block_item(window, 1, 1).spec.shortcut == "projection"
    assert "stage2.block2.shortcut.conv" in window.trace_pane.model.rows
    row.stride.setValue(2)
    settle(qtbot, window)
    assert window.document.design.stages[1].overrides[1] == BlockOverride(2, "projection")
    assert row_texts(window, "stage2.block2")[2] == "(1, 128, 14, 14)"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.design == preset("d2l-resnet18")


def test_presets_menu_replaces_the_design_undoably(qtbot, window):
    window.preset_actions["resnet50"].trigger()
    settle(qtbot, window)
    doc = window.document
    assert doc.design == preset("resnet50")
    assert [c.kind.value() for c in window.editor.cards] == ["bottleneck"] * 4
    assert window.editor.cards[0].groups.isVisibleTo(window.editor.cards[0])
    assert row_texts(window, "head")[2] == "(1, 1000)"
    assert "25.56 M" in window.trace_pane.totals.text()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert doc.design == preset("d2l-resnet18") and row_texts(window, "head")[2] == "(1, 10)"


def test_invalid_design_is_marked_in_all_three_views(qtbot, window):
    doc, card = window.document, window.editor.cards[1]
    card.shortcut.setCurrentIndex(card.shortcut.findData("identity"))
    settle(qtbot, window)
    assert [p.code for p in doc.problems] == ["identity_shape_mismatch"]
    # editor: the stage card is red and says what is wrong and how to fix it
    assert card.property("invalid") is True
    assert card.problem.isVisibleTo(card)
    assert "identity shortcut" in card.problem.text() and "1x1 projection" in card.problem.text()
    assert window.editor.cards[0].property("invalid") in (None, False)
    # drawing: the failing block is red, the blocks after it are not reached
    assert block_item(window, 1, 0).spec.state == "invalid"
    assert block_item(window, 0, 1).spec.state == "ok"
    assert block_item(window, 2, 0).spec.state == "unreached"
    # trace: shown up to the failing add, which is red; the banner has the fix
    model = window.trace_pane.model
    add = model.rows["stage2.block1.add"]
    assert add[0].background().color().name() == "#fee2e2"
    assert "stage3" not in model.rows
    assert window.trace_pane.banner.isVisibleTo(window.trace_pane)
    assert "1x1 projection" in window.trace_pane.banner.text()
    assert "problem" in window.trace_pane.totals.text()
    # explain: the lesson of the failing block
    doc.select(Selection(1, 0))
    assert "Identity cannot work here" in window.explain.toPlainText()
    # fixed: every mark goes away
    card.shortcut.setCurrentIndex(card.shortcut.findData("auto"))
    settle(qtbot, window)
    assert doc.problems == [] and card.property("invalid") is False
    assert block_item(window, 2, 0).spec.state == "ok"
    assert not window.trace_pane.banner.isVisibleTo(window.trace_pane)


def test_general_problem_marks_the_stem_section(qtbot, window):
    window.editor.stem_kernel.setValue(64)  # a 64x64 kernel on 224 -> 84 wide, then shrinks
    window.trace_pane.height_.setValue(40)
    settle(qtbot, window)
    assert window.document.problems
    assert window.editor.stem_section.property("invalid") is True
    assert window.architecture.scene.item_for(Selection(layer="stem")).spec.state == "invalid"


def test_selection_is_synchronised_across_views(qtbot, window):
    doc = window.document
    scene, view = window.architecture.scene, window.architecture.view
    # click a block in the drawing
    item = block_item(window, 1, 0)
    point = view.mapFromScene(item.mapToScene(item.boundingRect().center()))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=point)
    assert doc.selection == Selection(1, 0)
    assert item.spec.selected
    current = window.trace_pane.model.node(window.trace_pane.view.currentIndex())
    assert current.key == "stage2.block1"
    card = window.editor.cards[1]
    assert card.property("selected") is True and card.rows[0].property("selected") is True
    text = window.explain.toPlainText()
    assert "Stage 2 · Block 1" in text and "Why a 1×1 conv on the shortcut?" in text
    assert "64 → 128" in text and "56×56 → 28×28" in text
    # pick a layer in the trace tree
    index = window.trace_pane.model.index_for_key("stage3.block1.conv1")
    window.trace_pane.view.setCurrentIndex(index)
    assert doc.selection == Selection(2, 0, "stage3.block1.conv1")
    assert block_item(window, 2, 0).spec.selected and not item.spec.selected
    assert "floor((28 + 2*1 - 3)/2) + 1 = 14" in window.explain.toPlainText()
    assert window.editor.cards[2].property("selected") is True
    # focus a block row's field in the editor
    window.editor.cards[0].expander.setChecked(True)
    window.activateWindow()
    window.editor.cards[0].rows[1].stride.setFocus()
    qtbot.waitUntil(lambda: doc.selection == Selection(0, 1), timeout=2000)
    assert "Why identity works" in window.explain.toPlainText()
    # arrow keys walk the drawing
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Right)
    assert doc.selection == Selection(1, 0)
    assert scene.item_for(Selection(1, 0)).spec.selected


def test_input_shape_in_the_trace_header(qtbot, window):
    pane = window.trace_pane
    pane.height_.setValue(96)
    pane.width_.setValue(96)
    settle(qtbot, window)
    assert window.document.design.input.height == 96
    assert window.editor.in_height.value() == 96
    assert row_texts(window, "stage4")[2] == "(1, 512, 3, 3)"
    macs_1 = window.document.trace.totals.macs
    pane.batch.setValue(8)
    settle(qtbot, window)
    assert row_texts(window, "head")[2] == "(8, 10)"
    assert window.document.trace.totals.macs == 8 * macs_1
    assert window.document.undo_stack.count() == 2  # the batch is a view setting, not an edit


def test_burst_of_edits_costs_one_trace(qtbot, window):
    doc = window.document
    shown = []
    window.trace_pane.traceShown.connect(shown.append)
    for channels in (80, 96, 112, 120):
        window.editor.cards[0].channels.setValue(channels)
    assert shown == []  # nothing traced yet: the edits are coalesced
    qtbot.waitUntil(lambda: shown == [doc.generation], timeout=2000)
    assert row_texts(window, "stage1")[2] == "(1, 120, 56, 56)"


def test_an_edit_that_moves_the_selection_is_drawn_once_with_its_trace(qtbot, window):
    """Adding a stage selects it; the drawing, the trace tree and the explain panel wait
    for the new trace instead of first drawing the stale one for the new selection."""
    doc, pane = window.document, window.architecture
    drawn, explained = [], []
    real_show, real_html = pane.scene.show_specs, window.explain.setHtml
    pane.scene.show_specs = lambda specs: (drawn.append(doc.trace_generation), real_show(specs))
    window.explain.setHtml = lambda html: (explained.append(doc.trace_generation), real_html(html))
    window.editor.add_button.click()
    assert doc.selection == Selection(4) and doc.trace_pending
    assert drawn == [] and explained == []  # nothing redrawn from the old trace
    settle(qtbot, window)
    assert drawn == [doc.generation] and explained == [doc.generation]
    assert not doc.trace_pending
    assert pane.scene.item_for(Selection(4)).spec.selected
    assert window.trace_pane.model.node(window.trace_pane.view.currentIndex()).key == "stage5"
    assert "Stage 5" in window.explain.toPlainText()
    # a plain click (no edit) still redraws at once
    doc.select(Selection(1, 0))
    assert drawn[-1] == doc.generation and len(drawn) == 2
    assert block_item(window, 1, 0).spec.selected


def test_keyboard_shortcuts_and_menus(qtbot, window, fake_dialogs):
    doc = window.document
    doc.select(Selection(1))
    assert window.duplicate_stage_action.isEnabled() and window.move_up_action.isEnabled()
    window.duplicate_stage_action.trigger()
    assert len(doc.design.stages) == 5 and doc.selection == Selection(2)
    window.move_down_action.trigger()
    assert doc.selection == Selection(3) and doc.design.stages[3].channels == 128
    window.remove_stage_action.trigger()
    assert len(doc.design.stages) == 4
    doc.select(None)
    assert not window.remove_stage_action.isEnabled()
    assert window.undo_action.text().startswith("&Undo ")
    window.about_action.trigger()
    assert fake_dialogs.infos and fake_dialogs.errors == []
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Presets", "&Help"]
    titles = [a.text() for a in window.export_menu.actions() if not a.isSeparator()]
    assert titles[:2] == ["Drawing as PNG…", "Drawing as SVG…"]
    window.lesson_action.trigger()
    settle(qtbot, window)  # (the edits above are traced first; the panel shows it then)
    assert "The residual idea" in window.explain.toPlainText()


def test_training_panel_slot(qtbot, window):
    from PySide6.QtWidgets import QLabel

    class Panel(QLabel):
        closing_allowed = False

        def confirm_close(self):
            return self.closing_allowed

    panel = Panel("training here")
    index = window.add_training_panel(panel)
    assert window.bottom_tabs.tabText(index) == "Training"
    window.show_training_panel()
    assert window.bottom_tabs.currentIndex() == index
    window.close()
    assert window.isVisible()  # the panel said no (a run is going)
    panel.closing_allowed = True


def test_stem_and_head_styles_from_the_editor(qtbot, window):
    doc, ed = window.document, window.editor
    ed.stem_style.setCurrentIndex(ed.stem_style.findData("none"))
    ed.head_style.setCurrentIndex(ed.head_style.findData("none"))
    settle(qtbot, window)
    assert doc.design.stem.style == "none" and doc.design.head.style == "none"
    assert doc.problems == []
    assert not ed.stem_kernel.isEnabled() and not ed.classes.isEnabled()
    assert row_texts(window, "stage1")[2] == "(1, 64, 224, 224)"
    assert "stem" not in window.trace_pane.model.rows
    assert window.architecture.scene.item_for(Selection(layer="head")).spec.shape == "512×28×28"
    ed.stem_style.setCurrentIndex(ed.stem_style.findData("deep"))
    settle(qtbot, window)
    assert row_texts(window, "stem")[2] == "(1, 64, 56, 56)"
    assert ed.stem_stride.isEnabled() and not ed.stem_padding.isEnabled()
    for _ in range(3):
        window.undo_action.trigger()
    settle(qtbot, window)
    assert doc.design == preset("d2l-resnet18")


def test_the_drawing_folds_a_long_run_of_identical_blocks_as_the_trace_does(qtbot, window):
    """resnet152's third stage (36 bottlenecks): block 1 (its stride and projection),
    block 2 as an example, blocks 3-36 as one box, the same run the trace table folds.
    Selecting a folded block anywhere selects that box; a changed block splits the run."""
    doc = window.document
    doc.load(preset("resnet152"))
    settle(qtbot, window)
    assert doc.folds[(2, 2)] == doc.folds[(2, 35)] == (2, 35)
    scene = window.architecture.scene
    boxes = [i.spec for i in scene.items_by_type[type(block_item(window, 2, 0))]
             if i.spec.stage == 2]
    assert [(b.block, b.last) for b in boxes] == [(0, -1), (1, -1), (2, 35)]
    fold = boxes[-1]
    assert fold.convs[0] == "× 34 blocks" and fold.convs[1] == "like block 2"
    assert fold.shape == "1024×14×14"
    assert "stage3.blocks3-36" in window.trace_pane.model.rows  # the trace's fold row
    doc.select(Selection(2, 20))
    settle(qtbot, window)
    assert block_item(window, 2, 20).spec is block_item(window, 2, 2).spec
    assert block_item(window, 2, 20).spec.selected
    window.architecture.walk(1)  # the arrow key leaves the fold for the next stage
    assert doc.selection.stage == 3 and doc.selection.block == 0
    design = doc.design
    design.stages[2].overrides[17] = BlockOverride(shortcut="projection")
    doc.load(design)
    settle(qtbot, window)
    spans = [(i.spec.block, i.spec.last) for i in scene.items_by_type[type(block_item(window, 2, 0))]
             if i.spec.stage == 2]
    assert (17, -1) in spans and (2, 16) in spans and (19, 35) in spans, spans
