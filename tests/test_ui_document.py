"""The design document (the UI's model): undoable edits, merging, selection, trace."""

from __future__ import annotations

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
