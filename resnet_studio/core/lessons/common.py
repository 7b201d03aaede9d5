"""What the lessons share: the embedded sample as tensors, CIFAR nets at 28x28, a
stop flag and a progress callback.

Torch only: the Lessons panel runs these in a worker thread, the command line
runs them headless, the tests check what they measure.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from resnet_studio.core import paths
from resnet_studio.core.design.design import Design, InputSpec
from resnet_studio.core.design.presets import preset

if TYPE_CHECKING:  # torch loads when a lesson runs, not when the window opens
    import torch

SEED = 0
SAMPLE = "fashion-mnist-sample"  # resources/<SAMPLE>: the embedded Fashion-MNIST sample
Progress = Callable[[float, str], None]  # (fraction done 0..1, what is running)


class LessonStopped(Exception):
    """The user stopped a lesson's measurement before it finished."""


class Control:
    """A stop flag and a progress callback handed to a lesson's measurement."""

    def __init__(self, progress: Progress | None = None):
        self._stop = threading.Event()
        self._progress = progress

    def set_progress(self, progress: Progress | None) -> None:
        """Where progress goes (the worker connects it to its signal)."""
        self._progress = progress

    def stop(self) -> None:
        """Ask the measurement to stop at its next step (any thread)."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        """Has stop() been called?"""
        return self._stop.is_set()

    def check(self) -> None:
        """Raise LessonStopped once stop() was called (from any thread)."""
        if self._stop.is_set():
            raise LessonStopped()

    def progress(self, fraction: float, text: str) -> None:
        """Report progress; raises LessonStopped once stop() was called."""
        self.check()
        if self._progress is not None:
            self._progress(max(0.0, min(1.0, fraction)), text)


def sample_images(count: int, split: str = "train") -> tuple[torch.Tensor, torch.Tensor]:
    """The first ``count`` images of the embedded Fashion-MNIST sample, as uint8
    ``[N, 1, 28, 28]``, with their labels. Read straight from the shipped .gz files
    (no torchvision import, nothing written): a lesson starts in well under a second."""
    from resnet_studio.core.training import idx

    prefix = "train" if split == "train" else "t10k"
    images, labels = idx.read_split(paths.resource(SAMPLE, "FashionMNIST", "raw"), prefix)
    n = min(count, labels.numel())
    return images[:n], labels[:n]


def normalise(images: torch.Tensor) -> torch.Tensor:
    """uint8 images -> float, zero mean and unit variance over the batch."""
    x = images.float() / 255
    return (x - x.mean()) / x.std().clamp_min(1e-3)


def cifar_design(depth: int, shortcuts: bool = True) -> Design:
    """He et al.'s CIFAR net of ``depth`` = 6n+2 layers (residual or its plain twin),
    for the sample's 1x28x28 images. Depths without a preset are built from the
    same data: three stages of n blocks, 16-32-64 channels."""
    n = (depth - 2) // 6
    if depth < 8 or (depth - 2) % 6:
        raise ValueError(f"a CIFAR ResNet has 6n+2 layers (20, 32, 44, 56, 110), got {depth}")
    base = preset("cifar-resnet20" + ("" if shortcuts else "-plain"))
    d = replace(base.copy(), name=f"cifar-resnet{depth}" + ("" if shortcuts else "-plain"),
                input=InputSpec(1, 28, 28))
    for stage in d.stages:
        stage.blocks = n
    return d
