"""TorchScript, ONNX and state_dict exports: round trips (export, load, same outputs),
and bad input (unwritable path, not a checkpoint, a failing ONNX export) that leaves
nothing half-written behind."""

from __future__ import annotations

import errno
import os
import sys

import pytest
import torch
from test_export_support import overrides_design, random_state

import resnet_studio as rs
from resnet_studio.core.export import ExportError, export, formats, load_source, python_source
from resnet_studio.core.training.checkpoint import save_checkpoint
from resnet_studio.core.training.config import TrainConfig, TrainingError


@pytest.fixture(scope="module")
def trained():
    """A design with random 'trained' weights, and the studio model holding them."""
    design = overrides_design()
    state = random_state(design, seed=1)
    model = rs.build(design)
    model.load_state_dict(state)
    return design, state, model.eval()


def _same(model, other, design, batch=5, size=None):
    c, h, w = design.input_shape(1)[1:]
    x = torch.randn(batch, c, size or h, size or w)
    with torch.no_grad():
        return torch.allclose(model(x), torch.as_tensor(other(x)), atol=1e-5, rtol=1e-4)


@pytest.mark.filterwarnings("ignore:`torch.jit:FutureWarning")
def test_torchscript_round_trip(tmp_path, trained):
    design, state, model = trained
    result = export(design, "torchscript", tmp_path / "m.pt", state)
    assert result.max_diff is not None and result.max_diff < 1e-5
    loaded = torch.jit.load(str(result.path))
    assert _same(model, loaded, design)
    assert _same(model, loaded, design, batch=1, size=80)  # another image size


def test_state_dict_round_trip_and_into_the_exported_code(tmp_path, trained):
    design, state, model = trained
    result = export(design, "state-dict", tmp_path / "w.pt", state)
    back = torch.load(result.path, weights_only=True)
    fresh = rs.build(design).eval()
    fresh.load_state_dict(back, strict=True)
    assert _same(model, fresh, design)
    namespace: dict = {}
    exec(python_source(design), namespace)
    net = namespace["build_model"]().eval()
    net.load_state_dict(back, strict=True)
    assert _same(model, net, design)


def test_onnx_round_trip(tmp_path, trained):
    pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    design, state, model = trained
    result = export(design, "onnx", tmp_path / "m.onnx", state)
    assert "onnxruntime output matches torch" in result.check
    session = ort.InferenceSession(str(result.path), providers=["CPUExecutionProvider"])
    for x in (torch.randn(4, *design.input_shape(1)[1:]), torch.randn(1, 3, 72, 56)):
        got = torch.from_numpy(session.run(None, {"input": x.numpy()})[0])
        with torch.no_grad():
            assert torch.allclose(model(x), got, atol=1e-4, rtol=1e-3)


def test_onnx_without_onnxruntime_is_exported_but_says_unchecked(tmp_path, monkeypatch):
    pytest.importorskip("onnx")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    result = export(rs.preset("cifar-resnet20"), "onnx", tmp_path / "m.onnx")
    assert result.path.exists() and result.max_diff is None
    assert "not installed" in result.check


def test_checkpoint_source_exports_its_weights(tmp_path, trained):
    design, state, model = trained
    path = tmp_path / "checkpoint.pt"
    save_checkpoint(path, design=design, config=TrainConfig(), model=state, optimizer={},
                    data={"input_shape": [3, 48, 48]})
    for source in (load_source(path), load_source(tmp_path)):  # the file, the run folder
        assert source.kind == "checkpoint" and source.design == design
        assert source.input_shape == (3, 48, 48)
        result = export(source.design, "py", tmp_path / "net.py", source.state_dict)
        assert result.max_diff is not None and result.max_diff < 1e-5
    namespace: dict = {}
    exec(result.path.read_text(), namespace)
    net = namespace["build_model"]().eval()
    net.load_state_dict(load_source(path).state_dict, strict=True)
    assert _same(model, net, design)


# --- bad input ------------------------------------------------------------------------

def test_missing_folder_and_folder_as_file(tmp_path):
    d = rs.preset("cifar-resnet20")
    with pytest.raises(ExportError, match="does not exist") as e:
        export(d, "state-dict", tmp_path / "nope" / "w.pt")
    assert "Create the folder" in e.value.fix
    with pytest.raises(ExportError, match="it is a folder"):
        export(d, "state-dict", tmp_path)
    assert os.listdir(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "m.pt"
    target.write_bytes(b"previous export")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ExportError, match="No space left on device"):
        export(rs.preset("cifar-resnet20"), "state-dict", target)
    assert target.read_bytes() == b"previous export"
    assert os.listdir(tmp_path) == ["m.pt"]


@pytest.mark.parametrize("content", [b"just some text\n", b"PK\x03\x04 truncated zip", None])
def test_a_file_that_is_not_a_checkpoint(tmp_path, content):
    path = tmp_path / "thing.pt"
    if content is None:
        torch.save({"epoch": 3, "notes": "not weights"}, path)
    else:
        path.write_bytes(content)
    with pytest.raises((ExportError, TrainingError)) as e:
        load_source(path)
    assert str(path) in e.value.message
    assert "checkpoint" in e.value.message and e.value.fix


def test_a_missing_source_file_says_so(tmp_path):
    with pytest.raises(ExportError, match="no such file"):
        load_source(tmp_path / "gone.pt")
    with pytest.raises(rs.DesignError, match="No preset named"):
        load_source("resnet19")


@pytest.mark.parametrize("opset", [6, 99])
def test_a_failing_onnx_export_writes_nothing(tmp_path, opset):
    pytest.importorskip("onnx")
    with pytest.raises(ExportError, match="ONNX export failed") as e:
        export(rs.preset("cifar-resnet20"), "onnx", tmp_path / "m.onnx", opset=opset)
    assert "opset" in e.value.fix
    assert os.listdir(tmp_path) == []


def test_outputs_that_differ_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "TOLERANCE", -1.0)  # any difference, even 0, is too much
    with pytest.raises(ExportError, match="differ from torch's"):
        export(rs.preset("cifar-resnet20"), "torchscript", tmp_path / "m.pt")
    assert os.listdir(tmp_path) == []


def test_onnx_package_missing_gives_the_install_hint(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(ExportError, match="needs the 'onnx' package") as e:
        export(rs.preset("cifar-resnet20"), "onnx", tmp_path / "m.onnx")
    assert 'pip install "resnet-studio[onnx]"' in e.value.fix


def test_unknown_format():
    with pytest.raises(ExportError, match="Unknown export format 'keras'"):
        export(rs.preset("cifar-resnet20"), "keras", "x")
