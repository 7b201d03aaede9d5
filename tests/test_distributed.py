"""The train command under torchrun: two CPU processes, gloo, DistributedSampler."""

from __future__ import annotations

import os
import subprocess
import sys

import torch

from resnet_studio.core import build, save_design
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.distributed import DistEnv, from_env
from resnet_studio.core.training.runs import list_runs, load_run

TORCHRUN = [sys.executable, "-m", "torch.distributed.run"]  # what the torchrun script runs


def test_torchrun_variables_give_this_process_its_place(monkeypatch):
    for name in ("WORLD_SIZE", "RANK", "LOCAL_RANK"):
        monkeypatch.delenv(name, raising=False)
    assert from_env() == DistEnv() and not from_env().active
    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("RANK", "3")
    monkeypatch.setenv("LOCAL_RANK", "1")
    env = from_env()
    assert (env.rank, env.world_size, env.local_rank, env.active, env.is_main) == (3, 4, 1, True, False)


def test_two_process_torchrun_trains_and_its_checkpoint_opens_like_any_other(
        tmp_path, tiny_design):
    design = tmp_path / "tiny.json"
    save_design(tiny_design, design)
    env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK")}
    proc = subprocess.run(
        [*TORCHRUN, "--nproc_per_node=2", "--standalone", "-m", "resnet_studio", "train",
         str(design), "--resize", "native", "--batch-size", "32", "--train-limit", "128",
         "--test-limit", "64", "--epochs", "2", "--device", "cpu"],
        capture_output=True, text=True, env=env, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "x 2 processes" in proc.stdout
    assert proc.stdout.count("Finished 2 epochs.") == 1  # rank 0 alone reports
    runs = list_runs()
    assert len(runs) == 1 and runs[0]["status"] == "finished"  # rank 0 alone writes
    run = load_run(runs[0]["path"])
    # 128 images over 2 processes, 16 per process a step: 4 steps an epoch
    assert [b["step"] for b in run["batches"]] == list(range(1, 9))
    assert [e["epoch"] for e in run["epochs"]] == [1, 2]
    assert sum(map(sum, run["epochs"][-1]["confusion"])) == 64
    ckpt = load_checkpoint(run["checkpoint"])
    assert ckpt.progress == {"epoch": 2, "batch": 0, "step": 8, "sums": None}
    model = build(ckpt.design)
    model.load_state_dict(ckpt.model)  # no "module." prefix from DistributedDataParallel
    assert model(torch.zeros(2, 1, 28, 28)).shape == (2, 10)
