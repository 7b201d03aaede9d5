"""Optional TensorBoard logging of a run: an engine Callback writing scalars (loss,
accuracy, learning rate, throughput, gradient norms per stage), the model graph and the
design's shape trace. Needs the ``[tensorboard]`` extra.

    trainer = Trainer(design, config, callbacks=[TensorBoardLogger(design=design)])
    # then: tensorboard --logdir <run folder>/tensorboard
"""

from __future__ import annotations

import os
import time
import warnings
from pathlib import Path
from typing import Any

import torch

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import Design
from resnet_studio.core.design.trace import trace
from resnet_studio.core.export.errors import ExportError
from resnet_studio.core.export.tables import trace_text
from resnet_studio.core.paths import user_data_dir
from resnet_studio.core.training.trainer import Callback

SUBFOLDER = "tensorboard"


def tensorboard_available() -> bool:
    """Is the tensorboard package installed (torch's SummaryWriter needs it)?"""
    try:
        from torch.utils.tensorboard import SummaryWriter  # noqa: F401
    except ImportError:
        return False
    return True


class TensorBoardLogger(Callback):
    """Writes a run's curves for TensorBoard. ``log_dir`` defaults to the run folder's
    ``tensorboard/`` (or one under the studio's data folder for unrecorded runs)."""

    def __init__(self, log_dir: str | os.PathLike | None = None, design: Design | None = None,
                 graph: bool = True):
        if not tensorboard_available():
            raise ExportError("tensorboard_missing", logdir=str(log_dir or "<run folder>/tensorboard"))
        self.log_dir = Path(log_dir) if log_dir is not None else None
        self.design = design
        self.graph = graph
        self.writer = None
        self.test_name = "held-out"

    def on_fit_start(self, info: dict) -> None:
        from torch.utils.tensorboard import SummaryWriter

        if self.log_dir is None:
            run_dir = info.get("run_dir")
            self.log_dir = (Path(run_dir) / SUBFOLDER if run_dir else user_data_dir() / SUBFOLDER
                            / f"{info.get('run_id') or time.strftime('%Y%m%d-%H%M%S')}")
        self.test_name = info.get("test_name") or "held-out"
        self.writer = SummaryWriter(log_dir=str(self.log_dir), purge_step=info.get("start_step") or None)
        if self.design is not None:
            shape = tuple(info.get("input_shape") or self.design.input_shape(1)[1:])
            t = trace(self.design, (1, *shape))
            self.writer.add_text("design", "```\n" + trace_text(t, self.design.name) + "\n```")
            if self.graph:
                self._add_graph(shape)

    def _add_graph(self, shape: tuple[int, ...]) -> None:
        model = build(self.design).eval()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.writer.add_graph(model, torch.zeros(1, *shape))

    def on_train_batch_end(self, metrics: dict) -> None:
        step = metrics.get("step")
        for key, tag in (("loss", "batch/loss"), ("accuracy", "batch/accuracy"), ("lr", "lr"),
                         ("examples_per_s", "examples_per_s")):
            self._scalar(tag, metrics.get(key), step)

    def on_epoch_end(self, metrics: dict) -> None:
        step = metrics.get("step")
        for key, tag in (("train_loss", "loss/train"), ("train_accuracy", "accuracy/train"),
                         ("test_loss", f"loss/{self.test_name}"),
                         ("test_accuracy", f"accuracy/{self.test_name}"),
                         ("seconds", "epoch/seconds")):
            self._scalar(tag, metrics.get(key), step)
        for part, value in (metrics.get("grad_norms") or {}).items():
            self._scalar(f"grad_norm/{part}", value, step)
        if self.writer is not None:
            self.writer.flush()

    def on_fit_end(self, result: dict) -> None:
        if self.writer is not None:
            self.writer.add_text("result", f"{result.get('status', '')}: {result.get('message', '')}")
            self.writer.close()
            self.writer = None

    def _scalar(self, tag: str, value: Any, step: Any) -> None:
        if self.writer is not None and isinstance(value, (int, float)) and step is not None:
            self.writer.add_scalar(tag, value, int(step))
