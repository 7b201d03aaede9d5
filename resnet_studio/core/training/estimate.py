"""How long a run will take: a few real training steps and one evaluation batch,
timed after a warm-up, through the trainer's public ``prepare()`` and ``step()``."""

from __future__ import annotations

import math
import time
from typing import Any

import torch

from resnet_studio.core.design.design import Design
from resnet_studio.core.training.checkpoint import rng_state, set_rng_state
from resnet_studio.core.training.config import TrainConfig
from resnet_studio.core.training.devices import device_label, is_oom, synchronize


def estimate_epoch_seconds(design: Design, config: TrainConfig, batches: int = 3) -> dict[str, Any]:
    """Measure a few training batches and one evaluation batch (after a warm-up) to
    predict seconds per batch, per epoch and for the whole run. Writes no files.
    Raises TrainingError for anything that would stop the run itself."""
    from resnet_studio.core.training.trainer import Trainer

    state = rng_state()  # a throwaway model: leave the caller's random stream as it was
    t = Trainer(design, config, record=False)
    try:
        t.prepare(distributed=False)
        order = t.epoch_order(0)
        t.model.train()
        t.step(order[0], 0, 0, len(order))  # warm-up
        synchronize(t.device)
        start = time.perf_counter()
        timed = max(1, min(batches, len(order)))
        for i in range(timed):
            t.step(order[i % len(order)], 0, i, len(order))
        synchronize(t.device)
        per_batch = (time.perf_counter() - start) / timed
        eval_batch = _time_eval_batch(t)
    except Exception as e:
        if is_oom(e):
            raise t._oom_error() from None
        raise
    finally:
        set_rng_state(state)
    eval_batches = math.ceil(len(t.data.test) / t.local_batch) if len(t.data.test) else 0
    per_epoch = per_batch * len(order) + eval_batch * eval_batches
    return {
        "seconds_per_batch": per_batch,
        "steps_per_epoch": len(order),
        "seconds_per_epoch": per_epoch,
        "seconds_total": per_epoch * config.epochs,
        "examples_per_s": t.local_batch / per_batch,
        "device": str(t.device),
        "device_label": device_label(t.device),
    }


def _time_eval_batch(t) -> float:
    """Seconds of one evaluation batch's forward pass."""
    start = time.perf_counter()
    with torch.no_grad(), t.autocast():
        t.model.eval()
        t.model(t.pipeline(t.test_split[0][: t.local_batch]))
    synchronize(t.device)
    return time.perf_counter() - start
