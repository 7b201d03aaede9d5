"""A real (tiny) training run: its TensorBoard log, its metrics as CSV, and its
checkpoint exported from the command line."""

from __future__ import annotations

import csv
import io
import sys

import pytest
import torch

import resnet_studio as rs
from resnet_studio.cli import main
from resnet_studio.core.export import ExportError, load_source
from resnet_studio.core.training.config import TrainConfig
from resnet_studio.core.training.tensorboard import TensorBoardLogger, tensorboard_available
from resnet_studio.core.training.trainer import Trainer


def tiny_design() -> rs.Design:
    d = rs.preset("cifar-resnet20")
    d.name = "tiny"
    d.input = rs.InputSpec(1, 28, 28)
    d.stages = d.stages[:2]
    for stage in d.stages:
        stage.blocks = 1
    return d


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One epoch on 128 images of the embedded Fashion-MNIST sample (a few seconds)."""
    run_dir = tmp_path_factory.mktemp("run")
    design = tiny_design()
    callbacks = [TensorBoardLogger(design=design)] if tensorboard_available() else []
    config = TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=1, batch_size=64,
                         train_limit=128, test_limit=64, device="cpu")
    result = Trainer(design, config, callbacks=callbacks, run_dir=run_dir).fit()
    assert result["status"] == "finished", result["message"]
    return run_dir, design, callbacks


def test_tensorboard_log_has_curves_graph_and_trace(run):
    pytest.importorskip("tensorboard")
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    _, _, (logger,) = run
    events = EventAccumulator(str(logger.log_dir))
    events.Reload()
    tags = events.Tags()
    assert {"batch/loss", "loss/train", "accuracy/held-out", "grad_norm/stage1"} <= set(
        tags["scalars"])
    assert [e.step for e in events.Scalars("batch/loss")] == [1, 2]
    assert tags["graph"] is True
    assert "design/text_summary" in tags["tensors"]


def test_tensorboard_missing_gives_the_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch.utils.tensorboard", None)
    assert not tensorboard_available()
    with pytest.raises(ExportError, match="needs the 'tensorboard' package") as e:
        TensorBoardLogger("logs")
    assert 'pip install "resnet-studio[tensorboard]"' in e.value.fix


def test_metrics_csv_of_the_run(run, tmp_path, capsys):
    run_dir, _, _ = run
    out = tmp_path / "m.csv"
    assert main(["export", str(run_dir), "--format", "metrics-csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 1 and rows[0]["epoch"] == "1"
    assert 0 <= float(rows[0]["test_accuracy"]) <= 1
    assert "per_class_accuracy.Trouser" in rows[0] and "grad_norms.stage2" in rows[0]
    assert main(["export", str(run_dir), "-f", "metrics-csv", "--kind", "batch",
                 "-o", str(out)]) == 0
    assert len(list(csv.DictReader(io.StringIO(out.read_text())))) == 2
    assert "wrote" in capsys.readouterr().out


def test_the_run_checkpoint_exports_to_code_that_takes_its_weights(run, tmp_path, capsys):
    run_dir, design, _ = run
    code = tmp_path / "tiny.py"
    assert main(["export", str(run_dir), "--format", "py", "-o", str(code)]) == 0
    out = capsys.readouterr().out
    assert "weights from the checkpoint" in out
    source = load_source(run_dir / "checkpoint.pt")
    assert len(source.mean) == len(source.std) == 1 and 0 < source.std[0] < 1
    assert f"mean [{source.mean[0]:.4f}]" in out and "resized to 28x28" in out
    namespace: dict = {}
    exec(code.read_text(), namespace)
    net = namespace["build_model"]().eval()
    net.load_state_dict(source.state_dict, strict=True)
    studio = rs.build(design).eval()
    studio.load_state_dict(source.state_dict)
    x = torch.randn(4, 1, 28, 28)
    with torch.no_grad():
        assert torch.allclose(net(x), studio(x), atol=1e-5)
