"""Helpers for the export tests (no tests here): small designs and random weights."""

from __future__ import annotations

import torch

import resnet_studio as rs
from resnet_studio.core.design.design import BlockOverride, Design, StageSpec


def random_state(design: Design, seed: int = 0) -> dict[str, torch.Tensor]:
    """A state_dict for ``design`` where every parameter AND BatchNorm statistic is
    random, so a name or order mix-up changes the outputs."""
    torch.manual_seed(seed)
    model = rs.build(design)
    state = {}
    for key, value in model.state_dict().items():
        if key.endswith("num_batches_tracked"):
            state[key] = torch.tensor(7)
        elif key.endswith("running_var"):
            state[key] = torch.rand_like(value) + 0.5
        else:
            state[key] = torch.randn_like(value) * 0.2
    return state


def small(design: Design, size: int = 32) -> Design:
    """The same network with a small input, for fast forward passes."""
    design.input.height = design.input.width = size
    return design


def overrides_design() -> Design:
    """Per-block overrides of every kind, d2l's bias and no BN on the projection, and
    basic and bottleneck stages (grouped, with a plain block) in one design."""
    d = rs.preset("cifar-resnet20")
    d.name = "overrides"
    d.conv_bias = True
    d.projection_bn = False
    d.stages = [
        StageSpec(channels=16, blocks=3, stride=1, overrides={
            1: BlockOverride(shortcut="projection"),  # a 1x1 conv where shapes already match
            2: BlockOverride(shortcut="none")}),
        StageSpec(channels=32, blocks=3, stride=2, overrides={
            2: BlockOverride(stride=2, shortcut="projection")}),
        StageSpec(channels=64, blocks=2, stride=2, kind="bottleneck", groups=4,
                  width_per_group=8, overrides={1: BlockOverride(shortcut="none")}),
    ]
    return d
