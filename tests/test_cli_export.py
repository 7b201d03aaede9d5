"""``resnet-studio export``: every format from a preset, a design file or a torchvision
state_dict; bad input gives a message and exit status 2, never a traceback."""

from __future__ import annotations

import os

import pytest
import torch
import torchvision

import resnet_studio as rs
from resnet_studio.cli import main


@pytest.mark.parametrize("fmt,name", [
    ("py", "cifar-resnet20.py"),
    ("torchscript", "cifar-resnet20.torchscript.pt"),
    ("state-dict", "cifar-resnet20.state_dict.pt"),
    ("trace-txt", "cifar-resnet20.trace.txt"),
    ("trace-csv", "cifar-resnet20.trace.csv"),
])
def test_each_format_to_the_default_name(fmt, name, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "cifar-resnet20", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / name).is_file() and f"wrote {tmp_path / name}" in out
    if fmt in ("py", "torchscript", "state-dict"):
        assert "fresh (untrained) weights" in out and "checked: " in out


def test_onnx_from_a_torchvision_state_dict(tmp_path, capsys):
    pytest.importorskip("onnx")
    weights = tmp_path / "r18.pth"
    torch.save(torchvision.models.resnet18(num_classes=7).state_dict(), weights)
    assert main(["export", str(weights), "-f", "onnx", "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "resnet18.onnx").is_file()
    assert "weights from the file" in out and "checked:" in out


def test_design_file_and_explicit_design_for_weights(tmp_path, capsys):
    design = rs.preset("cifar-resnet20")
    path = tmp_path / "mine.json"
    rs.save_design(design, path)
    assert main(["export", str(path), "-f", "trace-txt", "-o", str(tmp_path / "t.txt"),
                 "--input", "2,3,64,64"]) == 0
    assert "input [2, 3, 64, 64]" in (tmp_path / "t.txt").read_text()
    weights = tmp_path / "w.pt"
    torch.save(rs.build(design).state_dict(), weights)
    assert main(["export", str(weights), "-f", "state-dict", "--design", str(path),
                 "-o", str(tmp_path / "again.pt")]) == 0
    assert "weights from the file" in capsys.readouterr().out


def _error(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return captured.err


def test_unwritable_destination(tmp_path, capsys):
    target = tmp_path / "missing" / "m.py"
    assert main(["export", "resnet18", "-f", "py", "-o", str(target)]) == 2
    err = _error(capsys)
    assert "does not exist" in err and "fix: Create the folder" in err
    assert not target.parent.exists()


def test_a_checkpoint_that_is_not_one(tmp_path, capsys):
    bogus = tmp_path / "checkpoint.pt"
    bogus.write_text("hello")
    assert main(["export", str(bogus), "-f", "onnx"]) == 2
    err = _error(capsys)
    assert "not a ResNet Studio checkpoint or a PyTorch state_dict" in err
    assert os.listdir(tmp_path) == ["checkpoint.pt"]


def test_weights_that_do_not_fit_list_the_keys(tmp_path, capsys):
    weights = tmp_path / "r18.pth"
    torch.save(torchvision.models.resnet18().state_dict(), weights)
    assert main(["export", str(weights), "-f", "py", "--design", "resnet34",
                 "-o", str(tmp_path / "x.py")]) == 2
    err = _error(capsys)
    assert "96 missing, 0 unexpected and 0 mis-shaped keys" in err
    assert "probably resnet18" in err and not (tmp_path / "x.py").exists()


def test_failing_onnx_export(tmp_path, capsys):
    pytest.importorskip("onnx")
    assert main(["export", "cifar-resnet20", "-f", "onnx", "--opset", "99",
                 "-o", str(tmp_path / "m.onnx")]) == 2
    assert "The ONNX export failed" in _error(capsys)
    assert os.listdir(tmp_path) == []


def test_invalid_design_and_unknown_preset(tmp_path, capsys):
    d = rs.preset("d2l-resnet18")
    d.stages[1].shortcut = "identity"
    path = tmp_path / "broken.json"
    rs.save_design(d, path)
    assert main(["export", str(path), "-f", "py", "-o", str(tmp_path / "b.py")]) == 2
    assert "Enable a 1x1 projection shortcut" in _error(capsys)
    assert main(["export", "resnet19", "-f", "py"]) == 2
    assert "No preset named 'resnet19'" in _error(capsys)
    assert main(["export", str(tmp_path), "-f", "metrics-csv"]) == 2
    assert "no metrics.jsonl" in _error(capsys)
