"""Build a plain, readable ``torch.nn.Module`` from a design.

Module names follow torchvision (conv1, bn1, layer1.0.conv1, downsample, fc), so the
torchvision-style presets load torchvision state_dicts with ``strict=True``.
"""

from __future__ import annotations

import torch
from torch import nn

from resnet_studio.core.design.design import BlockPlan, Design
from resnet_studio.core.design.recipes import main_path, projection_step


def check_shortcut(plan: BlockPlan) -> None:
    """An identity shortcut cannot follow a change of channels or stride."""
    if plan.shortcut == "identity" and plan.changes_shape:
        raise ValueError(f"an identity shortcut cannot follow {plan.in_channels} -> "
                         f"{plan.out_channels} channels at stride {plan.stride}")


def projection(plan: BlockPlan, bias: bool, with_bn: bool) -> nn.Sequential:
    """The 1x1 conv shortcut that matches channels and stride: W_s x in He et al."""
    step = projection_step(plan)
    layers: list[nn.Module] = [nn.Conv2d(plan.in_channels, step.out_channels, step.kernel,
                                         stride=step.stride, bias=bias)]
    if with_bn:
        layers.append(nn.BatchNorm2d(step.out_channels))
    return nn.Sequential(*layers)


def residual_add(out: torch.Tensor, identity: torch.Tensor) -> torch.Tensor:
    """F(x) + x, refusing torch's broadcasting: a (C,1,1) F(x) must not silently add
    to a (C,2,2) x where the trace says the shapes differ."""
    if out.shape != identity.shape:
        raise RuntimeError(f"the shortcut's shape {tuple(identity.shape)} differs from "
                           f"F(x)'s {tuple(out.shape)}")
    return out + identity


class ResidualBlock(nn.Module):
    """A block built from its kind's recipe (core.design.recipes): each conv of F(x)
    with its BatchNorm and, between them, a ReLU. H(x) = ReLU(F(x) + shortcut(x))."""

    def __init__(self, plan: BlockPlan, bias: bool = False, projection_bn: bool = True):
        super().__init__()
        check_shortcut(plan)
        self.shortcut = plan.shortcut
        self.steps = tuple((step.name, step.bn) for step in main_path(plan))
        cin = plan.in_channels
        for step in main_path(plan):
            self.add_module(step.name, nn.Conv2d(cin, step.out_channels, step.kernel,
                                                 stride=step.stride, padding=step.padding,
                                                 groups=step.groups, bias=bias))
            self.add_module(step.bn, nn.BatchNorm2d(step.out_channels))
            cin = step.out_channels
        self.relu = nn.ReLU(inplace=True)
        self.downsample = (projection(plan, bias, projection_bn)
                           if plan.shortcut == "projection" else None)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = x
        modules = self._modules
        for i, (conv, bn) in enumerate(self.steps):
            out = modules[bn](modules[conv](out))
            if i < len(self.steps) - 1:
                out = self.relu(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        if self.shortcut != "none":
            out = residual_add(out, identity)
        return self.relu(out)


class BasicBlock(ResidualBlock):
    """Two 3x3 convs (d2l's Residual)."""


class Bottleneck(ResidualBlock):
    """1x1 reduce, 3x3 (stride, groups), 1x1 expand. Stride on the 3x3 as torchvision."""


BLOCKS = {"basic": BasicBlock, "bottleneck": Bottleneck}


def deep_stem(in_channels: int, stem, bias: bool) -> nn.Sequential:
    """timm's stem_type='deep' (ResNet-C/D): three 3x3 convs; named conv1.0 .. conv1.6
    as in timm, so its state_dicts load."""
    w = stem.deep_width
    return nn.Sequential(
        nn.Conv2d(in_channels, w, 3, stride=stem.stride, padding=1, bias=bias),
        nn.BatchNorm2d(w), nn.ReLU(inplace=True),
        nn.Conv2d(w, w, 3, padding=1, bias=bias), nn.BatchNorm2d(w), nn.ReLU(inplace=True),
        nn.Conv2d(w, stem.channels, 3, padding=1, bias=bias),
    )


class ResNet(nn.Module):
    """Stem, stages (layer1..layerN), global average pool, linear head. A design
    without a stem or head has no such modules; the forward skips them."""

    def __init__(self, design: Design):
        super().__init__()
        d = design
        s = d.stem
        self.has_stem = s.style != "none"
        self.has_head = d.head.style != "none"
        if self.has_stem:
            if s.style == "deep":
                self.conv1: nn.Module = deep_stem(d.input.channels, s, d.conv_bias)
            else:
                self.conv1 = nn.Conv2d(d.input.channels, s.channels, s.kernel, stride=s.stride,
                                       padding=s.padding, bias=d.conv_bias)
            self.bn1 = nn.BatchNorm2d(s.channels)
            self.relu = nn.ReLU(inplace=True)
            self.maxpool = (nn.MaxPool2d(s.pool_kernel, s.pool_stride, s.pool_padding)
                            if s.pool else nn.Identity())
        stages: list[list[nn.Module]] = [[] for _ in d.stages]
        for si, _bi, plan in d.blocks():
            stages[si].append(BLOCKS[plan.kind](plan, d.conv_bias, d.projection_bn))
        self.stage_names = []
        for si, blocks in enumerate(stages):
            name = f"layer{si + 1}"
            self.add_module(name, nn.Sequential(*blocks))
            self.stage_names.append(name)
        if self.has_head:
            self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
            self.fc = nn.Linear(d.last_channels(), d.head.classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.has_stem:
            x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        for name in self.stage_names:
            x = getattr(self, name)(x)
        if not self.has_head:
            return x
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)


def build(design: Design, *, check: bool = True) -> ResNet:
    """The torch model for a design. Refuses (DesignError) a design that cannot work,
    including one too large to allocate, before any memory is taken."""
    if check:
        from resnet_studio.core.design.validate import raise_if_invalid

        raise_if_invalid(design)
    return ResNet(design)
