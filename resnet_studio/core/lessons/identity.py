"""Lesson 4, identity is easy to learn: with its last BN's scale at zero a residual
block gives back its non-negative input exactly; a plain block cannot."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from resnet_studio.core.design.builder import BasicBlock
from resnet_studio.core.design.design import StageSpec, plan_block
from resnet_studio.core.lessons.common import SEED, Control, sample_images

CHANNELS = 16


def make_block(shortcut: str, zero_last_bn: bool, channels: int = CHANNELS) -> BasicBlock:
    """A seeded basic block (in = out channels, stride 1), its last BN's scale zeroed
    or left at PyTorch's default of 1."""
    torch.manual_seed(SEED)
    block = BasicBlock(plan_block(StageSpec(channels=channels, blocks=1, shortcut=shortcut),
                                  0, channels))
    if zero_last_bn:
        nn.init.zeros_(block.bn2.weight)
    return block


def block_input(count: int = 8, channels: int = CHANNELS) -> torch.Tensor:
    """Non-negative input, as after a ReLU: sample images scaled to 0..1, one copy
    per channel, each copy brightened differently so the channels differ."""
    images, _ = sample_images(count)
    x = images.float() / 255
    scale = torch.linspace(0.5, 1.5, channels).view(1, -1, 1, 1)
    return x.expand(-1, channels, -1, -1) * scale


def distance(block: nn.Module, x: torch.Tensor, train: bool) -> float:
    """max |H(x) - x| of one forward pass (train: BN uses the batch's statistics)."""
    block.train(train)
    with torch.no_grad():
        return float((block(x) - x).abs().max())


def run(control: Control | None = None) -> dict[str, Any]:
    """max |H(x) - x| for residual and plain blocks, last BN zeroed or not, in
    training and evaluation mode."""
    control = control or Control()
    x = block_input()
    rows = []
    for shortcut in ("identity", "none"):
        for zero in (True, False):
            control.progress(len(rows) / 4, f"{shortcut} {zero}")
            block = make_block(shortcut, zero)
            rows.append({"shortcut": shortcut != "none", "zero_last_bn": zero,
                         "max_abs_diff_train": distance(block, x, True),
                         "max_abs_diff_eval": distance(block, x, False)})
    control.progress(1.0, "done")
    return {"input_shape": list(x.shape), "input_min": float(x.min()),
            "input_max": float(x.max()), "rows": rows}
