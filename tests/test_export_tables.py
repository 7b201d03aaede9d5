"""The trace as text and CSV, and a run's metrics log as CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

import resnet_studio as rs
from resnet_studio.core.export import ExportError, metrics_csv, read_metrics, trace_csv, trace_text


def test_trace_text_has_torchinfo_layout():
    t = rs.trace(rs.preset("d2l-resnet18"), (1, 1, 224, 224))
    text = trace_text(t, "d2l-resnet18")
    lines = text.splitlines()
    assert lines[0] == "Design: d2l-resnet18   input [1, 1, 224, 224]"
    assert lines[1].startswith("=====") and "Output shape" in lines[2] and "Params" in lines[2]
    assert "Total params: 11,178,378" in text
    assert "Total mult-adds (MACs): 1,737,382,026" in text
    assert "stage2.block1" in text and "[1, 128, 28, 28]" in text


def test_trace_csv_one_row_per_layer():
    t = rs.trace(rs.preset("d2l-resnet18"), (1, 1, 96, 96))
    rows = list(csv.DictReader(io.StringIO(trace_csv(t))))
    assert len(rows) == len(t.layers)
    first = rows[0]
    assert first["path"] == "stem.conv" and first["module"] == "conv1"
    assert first["out_shape"] == "1x64x48x48"
    assert first["formula"] == "floor((96 + 2*3 - 7)/2) + 1 = 48"
    proj = next(r for r in rows if r["module"] == "layer2.0.downsample.0")
    assert proj["branch"] == "shortcut" and proj["kernel"] == "1" and proj["stride"] == "2"
    assert sum(int(r["params"]) for r in rows) == t.totals.params


def test_trace_csv_of_a_broken_design_names_the_error():
    d = rs.preset("d2l-resnet18")
    d.stages[1].shortcut = "identity"
    rows = list(csv.DictReader(io.StringIO(trace_csv(rs.trace(d)))))
    assert "identity shortcut cannot add" in rows[-1]["error"]


RECORDS = [
    {"type": "batch", "epoch": 0.5, "step": 1, "loss": 2.3, "accuracy": 0.1, "lr": 0.05},
    {"type": "batch", "epoch": 1.0, "step": 2, "loss": 2.1, "accuracy": 0.2, "lr": 0.05},
    {"type": "epoch", "epoch": 1, "step": 2, "train_loss": 2.2, "test_accuracy": 0.3,
     "per_class_accuracy": [0.5, None], "class_names": ["T-shirt/top", "Trouser"],
     "confusion": [[1, 0], [1, 0]], "grad_norms": {"stem": 0.4, "stage1": 0.2},
     "predictions": {"pred": [0] * 500}},
]


def test_metrics_csv_flattens_per_class_and_grad_norms():
    rows = list(csv.DictReader(io.StringIO(metrics_csv(RECORDS, "epoch"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["train_loss"] == "2.2" and row["test_accuracy"] == "0.3"
    assert row["per_class_accuracy.T-shirt/top"] == "0.5"
    assert row["per_class_accuracy.Trouser"] == ""
    assert row["grad_norms.stage1"] == "0.2"
    assert not any(k.startswith(("confusion", "predictions", "class_names")) for k in row)
    batches = list(csv.DictReader(io.StringIO(metrics_csv(RECORDS, "batch"))))
    assert [r["loss"] for r in batches] == ["2.3", "2.1"]
    assert len(list(csv.DictReader(io.StringIO(metrics_csv(RECORDS, None))))) == 3


def test_read_metrics_skips_a_cut_off_last_line_only(tmp_path):
    path = tmp_path / "metrics.jsonl"
    good = "".join(json.dumps(r) + "\n" for r in RECORDS)
    path.write_text(good + '{"type": "batch", "ste')
    assert read_metrics(tmp_path) == RECORDS
    path.write_text('{"type": "batch"}\nnot json\n' + good)
    with pytest.raises(ExportError, match="line 2 is not a JSON object"):
        read_metrics(path)


def test_read_metrics_of_a_folder_without_a_log(tmp_path):
    with pytest.raises(ExportError, match="no metrics.jsonl") as e:
        read_metrics(tmp_path)
    assert "trained for at least one step" in e.value.fix
