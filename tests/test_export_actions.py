"""File > Export and Import torchvision weights, offscreen, with the file dialogs patched."""

from __future__ import annotations

import csv
import io
import json

import pytest
import torch
import torchvision
from PySide6.QtWidgets import QFileDialog, QMainWindow

import resnet_studio as rs
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.export.actions import add_export_actions


@pytest.fixture
def studio(qtbot, monkeypatch):
    """A window with a File > Export menu, the actions in it, and patched dialogs."""
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File").addMenu("Export")
    document = DesignDocument(rs.preset("cifar-resnet20"), parent=window)
    actions = add_export_actions(menu, document, window)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, title, message, fix="": errors.append((message, fix)))
    yield window, document, actions, errors
    actions.shutdown()


def _answer(monkeypatch, save: str = "", open_: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (save, ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (open_, ""))


@pytest.mark.parametrize("fmt,name", [("py", "net.py"), ("torchscript", "net.pt"),
                                      ("state-dict", "w.pt"), ("onnx", "net.onnx")])
def test_model_exports_run_in_the_worker(studio, qtbot, monkeypatch, tmp_path, fmt, name):
    if fmt == "onnx":
        pytest.importorskip("onnx")
    window, document, actions, errors = studio
    _answer(monkeypatch, save=str(tmp_path / name))
    with qtbot.waitSignal(actions.finished, timeout=60_000) as blocker:
        actions.actions[fmt].trigger()
        assert not actions.actions["py"].isEnabled()  # busy while the worker runs
    assert blocker.args[0]["path"] == str(tmp_path / name)
    assert (tmp_path / name).is_file() and errors == []
    assert actions.actions["py"].isEnabled()
    assert "untrained" in window.statusBar().currentMessage()


def test_trace_as_text_and_csv(studio, monkeypatch, tmp_path):
    _, document, actions, errors = studio
    _answer(monkeypatch, save=str(tmp_path / "t.txt"))
    actions.actions["trace-txt"].trigger()
    assert "Total params: 269,722" in (tmp_path / "t.txt").read_text()
    _answer(monkeypatch, save=str(tmp_path / "t.csv"))
    actions.actions["trace-csv"].trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "t.csv").read_text())))
    assert rows[0]["out_shape"] == "1x16x32x32" and errors == []


def test_run_metrics_as_csv(studio, monkeypatch, tmp_path):
    _, _, actions, errors = studio
    log = tmp_path / "run1" / "metrics.jsonl"
    log.parent.mkdir()
    log.write_text(json.dumps({"type": "epoch", "epoch": 1, "step": 9, "train_loss": 0.5}) + "\n")
    _answer(monkeypatch, save=str(tmp_path / "m.csv"), open_=str(log))
    actions.actions["metrics-csv"].trigger()
    assert (tmp_path / "m.csv").read_text().splitlines() == ["type,epoch,step,train_loss",
                                                             "epoch,1,9,0.5"]
    assert errors == []


def test_import_torchvision_weights_then_export_them(studio, qtbot, monkeypatch, tmp_path):
    _, document, actions, errors = studio
    reference = torchvision.models.resnet18(num_classes=10).state_dict()
    torch.save(reference, tmp_path / "r18.pth")
    _answer(monkeypatch, open_=str(tmp_path / "r18.pth"))
    loads = []
    real_load = torch.load
    monkeypatch.setattr(torch, "load", lambda *a, **k: loads.append(a[0]) or real_load(*a, **k))
    with qtbot.waitSignal(actions.finished, timeout=60_000):
        actions.actions["import"].trigger()  # read in the worker thread
        assert not actions.actions["import"].isEnabled()
    assert errors == [] and len(loads) == 1  # the file is read once
    monkeypatch.setattr(torch, "load", real_load)
    assert document.design.name == "resnet18" and document.design.head.classes == 10
    assert document.undo_stack.canUndo()  # the swap is one undoable step
    _answer(monkeypatch, save=str(tmp_path / "w.pt"))
    with qtbot.waitSignal(actions.finished, timeout=60_000) as blocker:
        actions.actions["state-dict"].trigger()
    assert blocker.args[0]["trained"] is True
    saved = torch.load(tmp_path / "w.pt", weights_only=True)
    assert all(torch.equal(saved[k], v) for k, v in reference.items())


def test_errors_are_shown_and_nothing_is_written(studio, qtbot, monkeypatch, tmp_path):
    _, document, actions, errors = studio
    _answer(monkeypatch, save=str(tmp_path / "missing" / "net.pt"))
    with qtbot.waitSignal(actions.failed, timeout=60_000):
        actions.actions["torchscript"].trigger()
    assert "does not exist" in errors[-1][0] and "Create the folder" in errors[-1][1]
    assert actions.actions["torchscript"].isEnabled()
    (tmp_path / "notes.pth").write_text("not weights")
    _answer(monkeypatch, open_=str(tmp_path / "notes.pth"))
    with qtbot.waitSignal(actions.failed, timeout=60_000):
        actions.actions["import"].trigger()
    assert "not a ResNet Studio checkpoint" in errors[-1][0]
    assert document.design.name == "cifar-resnet20"
    document.edit("break", lambda d: setattr(d.stages[1], "shortcut", "identity"))
    _answer(monkeypatch, save=str(tmp_path / "broken.py"))
    with qtbot.waitSignal(actions.failed, timeout=60_000):
        actions.actions["py"].trigger()
    assert "projection" in errors[-1][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.pth"]


def test_cancelled_dialogs_do_nothing(studio, monkeypatch, tmp_path):
    _, _, actions, errors = studio
    _answer(monkeypatch)
    for action in actions.actions.values():
        action.trigger()
    assert errors == [] and all(a.isEnabled() for a in actions.actions.values())


def test_menu_texts(studio, tmp_path):
    window, _, actions, _ = studio
    texts = [a.text() for a in actions.menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["Python code (.py)…", "TorchScript (.pt)…", "ONNX (.onnx)…",
                         "Weights as state_dict (.pt)…"]
    assert texts[-1] == "Import torchvision weights…"


def test_in_the_studio_window(qtbot, monkeypatch, tmp_path):
    main_window = pytest.importorskip("resnet_studio.ui.main_window")
    window = main_window.MainWindow(autosave=False)
    qtbot.addWidget(window)
    actions = add_export_actions(window.export_menu, window.document, window)
    try:
        names = [a.objectName() for a in window.export_menu.actions()]
        assert "export_py" in names and "export_import" in names
        _answer(monkeypatch, save=str(tmp_path / "d2l.txt"))
        actions.actions["trace-txt"].trigger()
        assert f"Design: {window.document.design.name}" in (tmp_path / "d2l.txt").read_text()
        assert "Saved" in window.statusBar().currentMessage()
    finally:
        actions.shutdown()


def test_an_unexpected_error_is_shown_and_the_menu_comes_back(studio, qtbot, monkeypatch, tmp_path):
    import resnet_studio.ui.export.actions as ea

    _, _, actions, errors = studio

    def broken_export(*args, **kwargs):
        raise RuntimeError("something nobody planned for")

    monkeypatch.setattr(ea, "export", broken_export)
    _answer(monkeypatch, save=str(tmp_path / "net.py"))
    with qtbot.waitSignal(actions.failed, timeout=60_000):
        actions.actions["py"].trigger()
    assert "something nobody planned for" in errors[-1][0]
    assert all(a.isEnabled() for a in actions.actions.values())


def test_trained_weights_come_from_a_checkpoint_read_in_the_worker(qtbot, monkeypatch, tmp_path):
    """A checkpoint's path is handed over; the worker reads its model weights only."""
    import threading

    from resnet_studio.core.training.config import TrainConfig
    from resnet_studio.core.training.trainer import Trainer

    design = rs.preset("cifar-resnet20")
    design.stages = design.stages[:1]
    config = TrainConfig(dataset="fashion-mnist-sample", epochs=1, batch_size=64,
                         train_limit=64, test_limit=64)
    design.input.channels = 1
    design.input.height = design.input.width = 28
    result = Trainer(design, config, run_dir=tmp_path / "run").fit()
    assert result["status"] == "finished", result
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("Export")
    document = DesignDocument(design, parent=window)
    actions = add_export_actions(menu, document, window,
                                 get_weights=lambda: tmp_path / "run" / "checkpoint.pt")
    threads = []
    import resnet_studio.ui.export.actions as ea
    real = ea.read_weights
    monkeypatch.setattr(ea, "read_weights",
                        lambda p: threads.append(threading.current_thread()) or real(p))
    try:
        _answer(monkeypatch, save=str(tmp_path / "w.pt"))
        with qtbot.waitSignal(actions.finished, timeout=60_000) as blocker:
            actions.actions["state-dict"].trigger()
        assert blocker.args[0]["trained"] is True
        assert threads and threads[0] is not threading.main_thread()
        from resnet_studio.core.training.checkpoint import load_checkpoint
        saved = torch.load(tmp_path / "w.pt", weights_only=True)
        model = load_checkpoint(tmp_path / "run" / "checkpoint.pt").model
        assert all(torch.equal(saved[k], v) for k, v in model.items())
    finally:
        assert actions.shutdown()
