"""The studio window's files: save/open, bad files, the unsaved-changes prompt, recent
files, autosave and recovery, drawing export, persisted layout, start-up arguments."""
# ruff: noqa: F811  (the fixtures imported from test_ui_support are used as parameters)

from __future__ import annotations

import gc
import json

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from test_ui_support import close_window, fake_dialogs, open_window, window  # noqa: F401

from resnet_studio.core.design.files import design_to_dict, load_design
from resnet_studio.core.design.presets import preset
from resnet_studio.ui.app import open_studio
from resnet_studio.ui.common.settings import recent_files
from resnet_studio.ui.document.autosave import find_orphans


def edit_classes(window, classes: int) -> None:
    window.editor.classes.setValue(classes)
    window.document.flush()


def test_save_as_then_open(tmp_path, window, fake_dialogs):
    edit_classes(window, 7)
    assert window.isWindowModified()
    fake_dialogs.save_path = str(tmp_path / "mine")  # no suffix: .json is added
    assert window.files.save_action.isEnabled()
    window.files.save_action.trigger()
    path = tmp_path / "mine.json"
    assert load_design(path).head.classes == 7
    assert not window.document.dirty and not window.isWindowModified()
    assert str(path) in window.windowTitle()
    assert recent_files(window.settings)[0] == str(path)
    window.files.new()
    assert window.document.design == preset("d2l-resnet18") and window.document.path == ""
    fake_dialogs.open_path = str(path)
    window.files.open_action.trigger()
    assert window.document.design.head.classes == 7 and window.document.path == str(path)
    assert window.document.undo_stack.count() == 0
    window.files.recent_menu.aboutToShow.emit()
    assert any("mine.json" in a.text() for a in window.files.recent_menu.actions())
    assert fake_dialogs.errors == []


def test_save_goes_to_the_open_file_without_asking(tmp_path, window, fake_dialogs):
    path = tmp_path / "d.json"
    path.write_text(json.dumps(design_to_dict(preset("resnet18"))))
    assert window.files.open_path(str(path))
    edit_classes(window, 3)
    fake_dialogs.save_path = "/should/not/be/asked.json"
    assert window.files.save()
    assert load_design(path).head.classes == 3


def test_bad_files_say_why_and_keep_the_design(tmp_path, window, fake_dialogs):
    edit_classes(window, 4)
    before, steps = window.document.design, window.document.undo_stack.count()
    bad_design = design_to_dict(preset("d2l-resnet18"))
    bad_design["stages"][1]["blocks"] = 5000
    wrong_type = design_to_dict(preset("d2l-resnet18"))
    wrong_type["stages"][0]["channels"] = "sixty-four"
    files = {
        "notjson.json": ("{not json", "not a JSON file"),
        "foreign.json": (json.dumps({"model": "bert"}), "not a ResNet Studio design"),
        "range.json": (json.dumps(bad_design), "blocks is 5000, above the limit of 1000"),
        "type.json": (json.dumps(wrong_type), "whole number"),
        "binary.json": (b"\xff\xfe\x00garbage", "UTF-8"),
    }
    for name, (content, expected) in files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
        fake_dialogs.errors.clear()
        assert not window.files.open_path(str(path))
        assert len(fake_dialogs.errors) == 1, name
        title, message, fix = fake_dialogs.errors[0]
        assert expected in message, (name, message)
        assert fix, name  # every message says how to fix it
    fake_dialogs.errors.clear()
    assert not window.files.open_path(str(tmp_path / "missing.json"))
    assert "no such file" in fake_dialogs.error_text()
    assert window.document.design is before and window.document.undo_stack.count() == steps
    assert window.document.dirty


def test_unwritable_save_is_reported(tmp_path, window, fake_dialogs):
    fake_dialogs.save_path = str(tmp_path / "missing-folder" / "x.json")
    assert not window.files.save_as()
    assert "Choose another folder" in fake_dialogs.error_text()
    assert window.document.path == ""


def test_unsaved_changes_prompt(tmp_path, window, fake_dialogs):
    edit_classes(window, 5)
    fake_dialogs.save_answer = "cancel"
    window.files.new()
    assert window.document.design.head.classes == 5
    fake_dialogs.save_answer = "save"
    fake_dialogs.save_path = str(tmp_path / "kept.json")
    window.files.new()
    assert load_design(tmp_path / "kept.json").head.classes == 5
    assert window.document.design == preset("d2l-resnet18")
    edit_classes(window, 6)
    fake_dialogs.save_answer = "discard"
    window.files.new()
    assert window.document.design == preset("d2l-resnet18")
    assert len(fake_dialogs.asked) == 3


def test_closing_with_unsaved_changes_asks(qtbot, fake_dialogs):
    w = open_window(qtbot)
    edit_classes(w, 9)
    fake_dialogs.save_answer = "cancel"
    w.close()
    assert w.isVisible()
    fake_dialogs.save_answer = "discard"
    w.close()
    assert not w.isVisible()


def test_autosave_and_recovery_after_a_crash(qtbot, fake_dialogs):
    first = open_window(qtbot)
    edit_classes(first, 11)
    first.autosaver.save_now()
    assert first.autosaver.file.exists()
    assert find_orphans() == []  # the running session owns its autosave
    first.autosaver.lock.unlock()  # the session dies without cleaning up
    second = open_window(qtbot)
    fake_dialogs.recover = True
    assert second.files.offer_recovery()
    assert second.document.design.head.classes == 11 and second.document.dirty
    assert not first.autosaver.file.exists()  # taken over by the new session
    assert second.autosaver.file.exists()
    assert find_orphans() == []
    close_window(second)
    assert not second.autosaver.file.exists()  # a clean end leaves nothing behind
    first.autosaver.save_now()
    close_window(first)


def test_declined_recovery_deletes_the_autosave(qtbot, fake_dialogs):
    first = open_window(qtbot)
    edit_classes(first, 12)
    first.autosaver.save_now()
    first.autosaver.lock.unlock()
    second = open_window(qtbot)
    fake_dialogs.recover = False
    assert not second.files.offer_recovery()
    assert second.document.design == preset("d2l-resnet18")
    assert find_orphans() == [] and not first.autosaver.file.exists()
    close_window(second)
    close_window(first)


def test_autosave_is_dropped_once_saved(tmp_path, window, fake_dialogs):
    edit_classes(window, 13)
    window.autosaver.save_now()
    assert window.autosaver.file.exists()
    fake_dialogs.save_path = str(tmp_path / "s.json")
    window.files.save()
    assert not window.autosaver.file.exists()


def test_drawing_exports_png_and_svg(tmp_path, window, fake_dialogs):
    for fmt in ("png", "svg"):
        fake_dialogs.save_path = str(tmp_path / f"net.{fmt}")
        assert window.export_drawing(fmt)
    image = QImage(str(tmp_path / "net.png"))
    assert image.width() > 1000 and image.height() > 200
    svg = (tmp_path / "net.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Stage 2" in svg
    fake_dialogs.save_path = str(tmp_path / "nope" / "net.png")
    assert not window.export_drawing("png")
    assert "Cannot export" in fake_dialogs.error_text()


def test_layout_and_recent_files_persist(qtbot, fake_dialogs, tmp_path):
    w = open_window(qtbot)
    QApplication.processEvents()
    w.main_splitter.setSizes([460, w.width() - 460])
    path = tmp_path / "r.json"
    path.write_text(json.dumps(design_to_dict(preset("resnet34"))))
    w.files.open_path(str(path))
    geometry, state = w.saveGeometry(), w.main_splitter.saveState()
    close_window(w)
    again = open_window(qtbot)
    # What is stored comes back (the offscreen screen is only 800x600, so Qt then
    # squeezes a restored window: the sizes themselves cannot be compared here).
    assert again.settings.value("window/geometry") == geometry
    assert again.settings.value("window/mainSplitter") == state
    assert again.main_splitter.restoreState(state)
    assert recent_files(again.settings) == [str(path)]
    close_window(again)


def test_start_with_a_preset_or_a_file(qtbot, fake_dialogs, tmp_path):
    try:
        w = open_studio(["resnet50"])
        qtbot.addWidget(w)
        assert w.document.design == preset("resnet50") and not w.document.dirty
        close_window(w)
        w = open_studio([str(tmp_path / "missing.json")])
        qtbot.addWidget(w)
        assert w.document.design == preset("d2l-resnet18")
        assert "no such file" in fake_dialogs.error_text()
        QApplication.processEvents()  # the recovery offer runs: nothing to recover
        assert fake_dialogs.asked == []
        close_window(w)
    finally:
        gc.unfreeze()
