"""Run folders: what a run leaves on disk, listing, loading, renaming, deleting."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from resnet_studio.core import paths
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.runs import (
    RunLogger,
    delete_run,
    list_runs,
    load_run,
    new_run_dir,
    read_info,
    rename_run,
)
from resnet_studio.core.training.trainer import Trainer


def test_a_run_keeps_its_design_config_curves_and_checkpoint(tiny_design, tiny_config):
    result = Trainer(tiny_design, tiny_config).fit()
    run_dir = paths.runs_dir() / result["run_dir"].rsplit("/", 1)[-1]
    assert run_dir.is_dir() and str(run_dir) == result["run_dir"]
    info = read_info(run_dir)
    assert info["status"] == "finished" and info["name"] == "tiny" and info["id"] == run_dir.name
    assert info["design"]["stages"][0]["channels"] == 8
    assert info["config"]["batch_size"] == 32 and info["epochs_done"] == 2
    assert info["final"]["epoch"] == 2 and 0 <= info["final"]["test_accuracy"] <= 1
    assert info["dataset"].startswith("Fashion-MNIST sample") and info["checkpoint"] == "checkpoint.pt"
    records = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    assert [r["type"] for r in records] == ["batch"] * 4 + ["epoch"] + ["batch"] * 4 + ["epoch"]
    assert "predictions" not in records[4] and records[4]["confusion"]
    assert load_checkpoint(run_dir / "checkpoint.pt").progress["step"] == 8


def test_runs_are_listed_newest_first_loaded_renamed_and_deleted(tiny_design, tiny_config):
    first = Trainer(tiny_design, replace(tiny_config, epochs=1)).fit()
    second = Trainer(tiny_design, replace(tiny_config, epochs=1)).fit()
    junk = paths.runs_dir() / "not-a-run"
    junk.mkdir()
    runs = list_runs()
    assert [r["path"] for r in runs] == [second["run_dir"], first["run_dir"]]
    run = load_run(first["run_dir"])
    assert len(run["batches"]) == 4 and [e["epoch"] for e in run["epochs"]] == [1]
    assert run["checkpoint"].endswith("checkpoint.pt")
    rename_run(first["run_dir"], "baseline, lr 0.05")
    assert read_info(first["run_dir"])["name"] == "baseline, lr 0.05"
    delete_run(first["run_dir"])
    assert [r["path"] for r in list_runs()] == [second["run_dir"]]
    with pytest.raises(TrainingError) as info:
        delete_run(junk)  # not a run: refused, left alone
    assert info.value.code == "run_unreadable" and junk.is_dir()


def test_a_resumed_run_drops_log_lines_after_its_checkpoint(tiny_design, tiny_config, tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    lines = [{"type": "batch", "step": s} for s in range(1, 7)] + [{"type": "epoch", "step": 6}]
    (run_dir / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines)
                                          + '{"type": "batch", "st')  # cut by a crash
    logger = RunLogger(run_dir, tiny_design, tiny_config)
    logger.on_fit_start({"start_step": 4, "start_epoch": 0})
    logger.on_fit_end({"status": "stopped", "message": "", "steps_done": 4})
    kept = [json.loads(line)["step"] for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    assert kept == [1, 2, 3, 4]
    assert read_info(run_dir)["status"] == "stopped"


def test_new_run_folders_never_collide(tmp_path):
    a, b = new_run_dir("same name", tmp_path), new_run_dir("same name", tmp_path)
    assert a != b and a.is_dir() and b.is_dir() and "same-name" in a.name


def test_a_damaged_run_json_is_reported(tmp_path):
    (tmp_path / "run.json").write_text("{ not json")
    with pytest.raises(TrainingError) as info:
        load_run(tmp_path)
    assert info.value.code == "run_unreadable" and str(tmp_path) in info.value.message
