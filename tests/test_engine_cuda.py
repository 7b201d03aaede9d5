"""The engine on a CUDA GPU: auto precision, bf16, fp16 with its scaler, channels_last,
recovery from running out of memory, torchrun with NCCL. Skipped without CUDA; run
them all, with the GPU benchmark, by benchmarks/gpu_check.sh."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest
import torch

from resnet_studio.core import preset, save_design
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainConfig
from resnet_studio.core.training.trainer import Callback, Trainer

pytestmark = [pytest.mark.cuda,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]


class Recorder(Callback):
    def __init__(self):
        self.info, self.losses = None, []

    def on_fit_start(self, info):
        self.info = info

    def on_train_batch_end(self, metrics):
        self.losses.append(metrics["loss"])


@pytest.fixture
def sample_96():
    """d2l's recipe on part of the embedded sample: 96x96, batch 256, on the GPU."""
    return TrainConfig(dataset="fashion-mnist-sample", device="cuda", epochs=2,
                       train_limit=1024, test_limit=256)


def _fit(design, config, record=False):
    rec = Recorder()
    result = Trainer(design, config, [rec], record=record).fit()
    assert result["status"] == "finished", result
    assert all(torch.isfinite(torch.tensor(rec.losses))), rec.losses
    return rec, result


def test_auto_takes_bf16_or_fp16_with_channels_last_on_a_gpu(sample_96):
    from resnet_studio.core.training import precision

    precision.forget_choices()
    rec, _ = _fit(preset("d2l-resnet18"), sample_96)
    want = "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    assert rec.info["amp"] == want and rec.info["channels_last"], rec.info["notes"]
    note = rec.info["notes"][-1]
    assert note.code in ("precision_faster", "precision_no_bf16"), note
    print(note)


def test_forced_bf16_learns(sample_96):
    rec, _ = _fit(preset("d2l-resnet18"), replace(sample_96, amp="bf16", epochs=3))
    assert rec.info["amp"] == "bf16"
    assert sum(rec.losses[-4:]) < sum(rec.losses[:4])


def test_fp16_runs_with_a_gradient_scaler_kept_in_the_checkpoint(sample_96):
    rec, result = _fit(preset("d2l-resnet18"), replace(sample_96, amp="fp16"), record=True)
    assert rec.info["amp"] == "fp16"
    ckpt = load_checkpoint(result["checkpoint"])
    assert ckpt.scaler and ckpt.scaler["scale"] > 0


def test_channels_last_in_float32(sample_96):
    rec = Recorder()
    trainer = Trainer(preset("d2l-resnet18"), replace(sample_96, amp="off", channels_last=True),
                      [rec], record=False)
    assert trainer.fit()["status"] == "finished"
    assert rec.info["amp"] == "off" and rec.info["channels_last"]
    conv = trainer.model.conv1 if hasattr(trainer.model, "conv1") else next(
        m for m in trainer.model.modules() if isinstance(m, torch.nn.Conv2d))
    assert conv.weight.is_contiguous(memory_format=torch.channels_last)


def test_out_of_memory_fails_cleanly_and_the_next_run_works(sample_96):
    huge = replace(sample_96, resize=1024, batch_size=2048, train_limit=2048, epochs=1,
                   amp="off")
    result = Trainer(preset("d2l-resnet18"), huge, record=False).fit()
    assert result["status"] == "failed" and result["error"] == "out_of_memory", result
    assert "smaller batch (try 1024)" in result["fix"]
    assert torch.cuda.memory_allocated() < 2 * 2**30  # the failed step's tensors are gone
    _fit(preset("d2l-resnet18"), replace(sample_96, epochs=1))


def test_torchrun_with_nccl_on_one_process(tmp_path):
    design = tmp_path / "d2l.json"
    save_design(preset("d2l-resnet18"), design)
    env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK")}
    proc = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=1", "--standalone",
         "-m", "resnet_studio", "train", str(design), "--dataset", "fashion-mnist-sample",
         "--train-limit", "512", "--test-limit", "256", "--epochs", "1", "--device", "cuda"],
        capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Finished 1 epoch." in proc.stdout
