"""``resnet-studio train``: a headless run, resume, bad input, and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from resnet_studio.cli import main
from resnet_studio.core import save_design
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.runs import read_info

TINY = ["--resize", "native", "--batch-size", "32", "--train-limit", "128", "--test-limit", "64",
        "--device", "cpu"]


@pytest.fixture
def tiny_file(tmp_path, tiny_design):
    path = tmp_path / "tiny.json"
    save_design(tiny_design, path)
    return str(path)


def test_train_runs_headless_and_resumes(tiny_file, tmp_path, capsys):
    run_dir = tmp_path / "run"
    code = main(["train", tiny_file, *TINY, "--epochs", "1", "--run-dir", str(run_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Training tiny on Fashion-MNIST sample (embedded): 128 train / 64 held-out" in out
    assert "epoch 1/1  train loss" in out and "held-out loss" in out
    assert "epoch 1/1 [" in err and "ex/s" in err and "ETA" in err  # the progress bar
    assert read_info(run_dir)["status"] == "finished"
    code = main(["train", "--resume", str(run_dir), "--epochs", "2"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Resuming at epoch 2, step 4" in out and "epoch 2/2  train loss" in out
    assert load_checkpoint(run_dir / "checkpoint.pt").progress["step"] == 8


def test_resume_refuses_changed_settings(tmp_path, capsys):
    assert main(["train", "--resume", str(tmp_path / "checkpoint.pt"), "--lr", "0.1"]) == 2
    assert "only --epochs may change" in capsys.readouterr().err


@pytest.mark.parametrize("args, code, words", [
    (["nope"], 2, "No preset named 'nope'"),
    (["BAD"], 2, "identity shortcut cannot add"),
    (["--resume", "missing.pt"], 1, "no such checkpoint"),
    (["TINY", "--dataset", "mnist", "--no-download"], 1, "MNIST is not in"),
    (["TINY", "--lr", "-1"], 2, "learning rate must be above 0"),
])
def test_bad_input_exits_non_zero_with_a_message_and_no_traceback(
        tmp_path, tiny_design, tiny_file, capsys, args, code, words):
    bad = tiny_design.copy()
    bad.stages[0].channels, bad.stages[0].shortcut = 16, "identity"
    save_design(bad, tmp_path / "bad.json")
    args = [{"BAD": str(tmp_path / "bad.json"), "TINY": tiny_file}.get(a, a) for a in args]
    assert main(["train", *args]) == code
    err = capsys.readouterr().err
    assert words in err and "fix:" in err and "Traceback" not in err


def test_ctrl_c_stops_cleanly_and_saves_a_checkpoint(tiny_file, tmp_path):
    run_dir = tmp_path / "run"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "resnet_studio", "train", tiny_file, "--resize", "native",
         "--batch-size", "8", "--epochs", "50", "--device", "cpu", "--run-dir", str(run_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        for line in proc.stdout:  # wait until training has begun
            if line.startswith("Run folder:"):
                break
        log, deadline = run_dir / "metrics.jsonl", time.monotonic() + 60
        while (not log.exists() or not log.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)  # until the first batch is logged
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "Stopping after this batch" in err and "Traceback" not in err
    assert "Stopped at step" in out and "resnet-studio train --resume" in out
    ckpt = load_checkpoint(run_dir / "checkpoint.pt")
    assert ckpt.progress["step"] >= 1 and ckpt.progress["epoch"] == 0
    info = read_info(run_dir)
    assert info["status"] == "stopped" and info["steps_done"] == ckpt.progress["step"]
    steps = [json.loads(x)["step"] for x in (run_dir / "metrics.jsonl").read_text().splitlines()]
    assert steps[-1] == ckpt.progress["step"]
    assert Path(run_dir / "checkpoint.pt").stat().st_size > 0
