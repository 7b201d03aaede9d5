"""The ResNet family in the window: options in the editor, FLOPs switch, torchinfo check."""
# ruff: noqa: F811  (the fixtures imported from test_ui_support are used as parameters)

from __future__ import annotations

from test_ui_support import fake_dialogs, window  # noqa: F401

from resnet_studio.core.design.presets import preset
from resnet_studio.ui.document.document import Selection


def settle(qtbot, window) -> None:
    window.document.flush()
    qtbot.wait(1)


def test_family_options_from_the_editor(qtbot, window):
    doc, ed = window.document, window.editor
    ed.block_order.setCurrentIndex(ed.block_order.findData("pre"))
    ed.auto_shortcut.setCurrentIndex(ed.auto_shortcut.findData("avg-down"))
    ed.se_ratio.setValue(16)
    ed.drop_path.setValue(10)
    ed.zero_init.setChecked(True)
    settle(qtbot, window)
    d = doc.design
    assert (d.block_order, d.auto_shortcut, d.se_ratio, d.drop_path, d.zero_init_last) == (
        "pre", "avg-down", 16, 0.1, True)
    assert doc.problems == []
    spec = window.architecture.scene.item_for(Selection(1, 0)).spec
    assert spec.shortcut == "avg-down" and spec.shortcut_text == "avg /2 · 1×1"
    assert "SE" in spec.convs[0]
    rows = window.trace_pane.model.rows
    assert "stage2.block1.shortcut.pool" in rows and "stage2.block1.se.fc1" in rows
    for _ in range(5):
        window.undo_action.trigger()
    settle(qtbot, window)
    assert doc.design == preset("d2l-resnet18")


def test_flops_switch_doubles_and_labels(qtbot, window):
    pane = window.trace_pane
    macs = pane.model.rows["stage1"][4].text()
    pane.count_unit.setCurrentIndex(pane.count_unit.findData("flops"))
    settle(qtbot, window)
    assert pane.model.horizontalHeaderItem(4).text() == "FLOPs"
    assert "FLOPs" in pane.totals.text() and "3.47 G" in pane.totals.text()
    assert pane.model.rows["stage1"][4].text() != macs
    pane.count_unit.setCurrentIndex(pane.count_unit.findData("macs"))
    settle(qtbot, window)
    assert pane.model.rows["stage1"][4].text() == macs and "MACs" in pane.totals.text()


def test_torchinfo_check_runs_in_the_background(qtbot, window, fake_dialogs):
    window.document.replace("cifar", preset("cifar-resnet20"))
    settle(qtbot, window)
    pane = window.trace_pane
    pane.verify_button.click()
    assert not pane.verify_button.isEnabled()
    qtbot.waitUntil(lambda: bool(fake_dialogs.infos), timeout=120_000)
    assert "torchinfo agrees" in fake_dialogs.infos[-1][1]
    assert "269,722" in fake_dialogs.infos[-1][1]
    assert pane.verify_button.isEnabled()


def test_stage_card_asks_through_signals(qtbot, window):
    card = window.editor.cards[1]
    with qtbot.waitSignal(card.moveRequested) as moved:
        card.buttons["up"].click()
    assert moved.args == [1, -1]
    settle(qtbot, window)
    assert window.document.design.stages[0].channels == 128  # the editor acted on it
    with qtbot.waitSignal(card.removeRequested) as removed:
        card.buttons["remove"].click()
    assert removed.args == [1]


def test_explain_says_the_pool_strides_on_a_resnet_d_shortcut(qtbot, window):
    from resnet_studio.ui.explain.html import explain_block

    doc = window.document
    doc.load(preset("resnet50d"))
    settle(qtbot, window)
    text = explain_block(doc, 1, 0)  # stage 2's first block: stride 2, avg-down shortcut
    assert "2×2 average pool with stride 2, then a 1×1 conv with 512 filters" in text
    assert "1×1 conv with 512 filters and stride 2" not in text


def test_explain_names_every_shortcut_kind_in_a_stage(qtbot, window):
    """A stage's page lists its blocks' shortcuts: option A and avg-down included
    (selecting such a stage used to raise KeyError in the explain panel)."""
    from resnet_studio.core.design.design import SHORTCUTS
    from resnet_studio.ui.explain.html import explain_stage

    doc = window.document
    expected = {"zero-pad": "option A: zero-pad", "avg-down": "avg-down (ResNet-D)"}
    for rule, name in expected.items():
        doc.load(preset("d2l-resnet18"))
        window.editor.auto_shortcut.setCurrentIndex(window.editor.auto_shortcut.findData(rule))
        settle(qtbot, window)
        assert window.document.design.auto_shortcut == rule
        doc.select(Selection(1))
        settle(qtbot, window)
        assert name in explain_stage(doc, 1)
        assert name in window.explain.toPlainText()
    assert set(expected) < set(SHORTCUTS)
