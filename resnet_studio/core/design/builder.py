"""Build a plain, readable ``torch.nn.Module`` from a design.

Module names follow torchvision (conv1, bn1, layer1.0.conv1, downsample, fc) and, for
the deep stem, avg-down and SE, timm (conv1.0, downsample.1, se.fc1), so the
torchvision and timm presets load their state_dicts with ``strict=True``.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

from resnet_studio.core.design.design import BlockPlan, Design
from resnet_studio.core.design.recipes import (
    main_ops,
    main_path,
    projection_step,
    shortcut_from_preact,
)


def check_shortcut(plan: BlockPlan) -> None:
    """An identity shortcut cannot follow a change of channels or stride; zero-padding
    cannot take channels away."""
    if plan.shortcut == "identity" and plan.changes_shape:
        raise ValueError(f"an identity shortcut cannot follow {plan.in_channels} -> "
                         f"{plan.out_channels} channels at stride {plan.stride}")
    if plan.shortcut == "zero-pad" and plan.out_channels < plan.in_channels:
        raise ValueError(f"a zero-pad shortcut cannot reduce {plan.in_channels} -> "
                         f"{plan.out_channels} channels")


def projection(plan: BlockPlan, bias: bool, with_bn: bool) -> nn.Sequential:
    """The 1x1 conv shortcut that matches channels and stride: W_s x in He et al.;
    for avg-down (ResNet-D) a 2x2 average pool (ceil mode, as timm) comes first."""
    step = projection_step(plan)
    layers: list[nn.Module] = []
    if plan.shortcut == "avg-down":
        layers.append(nn.AvgPool2d(2, plan.stride, ceil_mode=True, count_include_pad=False)
                      if plan.stride > 1 else nn.Identity())
    layers.append(nn.Conv2d(plan.in_channels, step.out_channels, step.kernel,
                            stride=step.stride, bias=bias))
    if with_bn:
        layers.append(nn.BatchNorm2d(step.out_channels))
    return nn.Sequential(*layers)


class ZeroPadShortcut(nn.Module):
    """He et al.'s option A: take every stride-th pixel, append zero channels. No weights."""

    def __init__(self, stride: int, extra_channels: int):
        super().__init__()
        self.stride, self.extra = stride, extra_channels

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.stride > 1:
            x = x[:, :, ::self.stride, ::self.stride]
        if self.extra:
            x = F.pad(x, (0, 0, 0, 0, 0, self.extra))
        return x


class SqueezeExcite(nn.Module):
    """Squeeze-and-excitation (Hu et al.; timm's SEModule): global mean, 1x1 conv down,
    ReLU, 1x1 conv up, sigmoid; the result scales each channel."""

    def __init__(self, channels: int, reduced: int):
        super().__init__()
        self.fc1 = nn.Conv2d(channels, reduced, 1)
        self.act = nn.ReLU(inplace=True)
        self.fc2 = nn.Conv2d(reduced, channels, 1)
        self.gate = nn.Sigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = x.mean((2, 3), keepdim=True)
        return x * self.gate(self.fc2(self.act(self.fc1(s))))


class DropPath(nn.Module):
    """Stochastic depth: while training, drop the whole residual branch of a sample
    with probability p (and scale the kept ones by 1/(1-p)), as timm."""

    def __init__(self, p: float):
        super().__init__()
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p <= 0:
            return x
        keep = 1.0 - self.p
        mask = x.new_empty((x.shape[0],) + (1,) * (x.ndim - 1)).bernoulli_(keep)
        return x * mask / keep

    def extra_repr(self) -> str:
        return f"p={self.p:.3f}"


def residual_add(out: torch.Tensor, identity: torch.Tensor) -> torch.Tensor:
    """F(x) + x, refusing torch's broadcasting: a (C,1,1) F(x) must not silently add
    to a (C,2,2) x where the trace says the shapes differ."""
    if out.shape != identity.shape:
        raise RuntimeError(f"the shortcut's shape {tuple(identity.shape)} differs from "
                           f"F(x)'s {tuple(out.shape)}")
    return out + identity


def make_shortcut(plan: BlockPlan, bias: bool, projection_bn: bool) -> nn.Module | None:
    """The shortcut's module (None: identity or no shortcut)."""
    if plan.shortcut in ("projection", "avg-down"):
        return projection(plan, bias, projection_bn)
    if plan.shortcut == "zero-pad" and plan.changes_shape:
        return ZeroPadShortcut(plan.stride, plan.out_channels - plan.in_channels)
    return None


class ResidualBlock(nn.Module):
    """A block built from its kind's recipe (core.design.recipes): the convs of F(x)
    with BatchNorms and ReLUs in post- or pre-activation order, then SE and drop-path.
    Post: H(x) = ReLU(F(x) + shortcut(x)); pre: H(x) = F(x) + shortcut(x)."""

    def __init__(self, plan: BlockPlan, bias: bool = False, projection_bn: bool = True):
        super().__init__()
        check_shortcut(plan)
        self.shortcut = plan.shortcut
        self.preact = plan.order == "pre"
        self.from_preact = shortcut_from_preact(plan)
        ops = main_ops(plan)
        self.ops = tuple(op.name for op in ops)
        cin = plan.in_channels
        for op in ops:
            if op.kind == "conv":
                s = op.step
                self.add_module(op.name, nn.Conv2d(cin, s.out_channels, s.kernel,
                                                   stride=s.stride, padding=s.padding,
                                                   groups=s.groups, bias=bias))
            elif op.kind == "bn":
                self.add_module(op.name, nn.BatchNorm2d(op.channels))
            elif op.kind == "se":
                self.se = SqueezeExcite(op.channels, plan.se_channels)
            elif op.kind == "drop_path":
                self.drop_path = DropPath(plan.drop_path)
            cin = op.channels
        self.relu = nn.ReLU(inplace=True)
        self.downsample = make_shortcut(plan, bias, projection_bn)
        last = main_path(plan)[-1]
        self.last_norm = last.name if self.preact else last.bn

    def zero_init_last(self) -> None:
        """Start the branch at zero (the block begins as its shortcut): the last BN's
        weight (pre-activation: the last conv's, as timm's resnetv2)."""
        nn.init.zeros_(getattr(self, self.last_norm).weight)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = shortcut_in = x
        modules = self._modules
        for i, name in enumerate(self.ops):
            out = modules[name](out)
            if i == 1 and self.from_preact:
                shortcut_in = out  # BN-ReLU(x) of a pre-activation block
        if self.shortcut == "none":
            return out if self.preact else self.relu(out)
        identity = self.downsample(shortcut_in) if self.downsample is not None else shortcut_in
        out = residual_add(out, identity)
        return out if self.preact else self.relu(out)


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
    without a stem or head has no such modules; the forward skips them. Pre-activation
    designs have no BN-ReLU after the stem's conv and one (final_bn) before the head."""

    def __init__(self, design: Design):
        super().__init__()
        d = design
        s = d.stem
        self.has_stem = s.style != "none"
        self.has_head = d.head.style != "none"
        self.preact = d.block_order == "pre"
        if self.has_stem:
            if s.style == "deep":
                self.conv1: nn.Module = deep_stem(d.input.channels, s, d.conv_bias)
            else:
                self.conv1 = nn.Conv2d(d.input.channels, s.channels, s.kernel, stride=s.stride,
                                       padding=s.padding, bias=d.conv_bias)
            if not self.preact:
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
            if self.preact:
                self.final_bn = nn.BatchNorm2d(d.last_channels())
                self.final_relu = nn.ReLU(inplace=True)
            self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
            self.fc = nn.Linear(d.last_channels(), d.head.classes)
        self.zero_init = d.zero_init_last
        self.zero_init_last()

    def zero_init_last(self) -> None:
        """Zero each block's last BN (pre: last conv) where the design asks for it;
        the trainer calls this again after its own initialisation."""
        if self.zero_init:
            for m in self.modules():
                if isinstance(m, ResidualBlock):
                    m.zero_init_last()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.has_stem:
            x = self.conv1(x)
            if not self.preact:
                x = self.relu(self.bn1(x))
            x = self.maxpool(x)
        for name in self.stage_names:
            x = getattr(self, name)(x)
        if not self.has_head:
            return x
        if self.preact:
            x = self.final_relu(self.final_bn(x))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)


def build(design: Design, *, check: bool = True) -> ResNet:
    """The torch model for a design. Refuses (DesignError) a design that cannot work,
    including one too large to allocate, before any memory is taken."""
    if check:
        from resnet_studio.core.design.validate import raise_if_invalid

        raise_if_invalid(design)
    return ResNet(design)
