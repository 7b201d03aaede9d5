"""One layer recipe per block kind: the convs of a block's main path and shortcut.

The builder, the shape trace and validation all read these recipes, so a block kind
is described once: which convs, with which channels, kernel, stride, padding and
groups, and how a stage's channels must divide for the kind's expansion.
"""

from __future__ import annotations

from dataclasses import dataclass

from resnet_studio.core.design.design import BOTTLENECK_EXPANSION, BlockPlan


@dataclass(frozen=True)
class ConvStep:
    """One conv of a block, followed by its BatchNorm (``bn``) and, unless last, a ReLU."""

    name: str  # module name in the block: "conv1"
    bn: str  # its BatchNorm: "bn1"
    out_channels: int
    kernel: int
    stride: int = 1
    padding: int = 0
    groups: int = 1


@dataclass(frozen=True)
class BlockKind:
    """What a block kind is: its expansion (stage channels / inner width) and recipe."""

    name: str
    expansion: int
    doc: str


KINDS = {
    "basic": BlockKind("basic", 1, "two 3x3 convs"),
    "bottleneck": BlockKind("bottleneck", BOTTLENECK_EXPANSION,
                            "1x1 reduce, 3x3 (stride, groups), 1x1 expand"),
}


def main_path(plan: BlockPlan) -> list[ConvStep]:
    """The convs of F(x), in order. The stride sits on the 3x3 conv (torchvision)."""
    if plan.kind == "bottleneck":
        w = plan.width
        return [ConvStep("conv1", "bn1", w, 1),
                ConvStep("conv2", "bn2", w, 3, plan.stride, 1, plan.groups),
                ConvStep("conv3", "bn3", plan.out_channels, 1)]
    return [ConvStep("conv1", "bn1", plan.out_channels, 3, plan.stride, 1),
            ConvStep("conv2", "bn2", plan.out_channels, 3, 1, 1)]


def projection_step(plan: BlockPlan) -> ConvStep:
    """The 1x1 conv of a projection shortcut (W_s x of He et al.), named as torchvision;
    avg-down (ResNet-D) puts a 2x2 average pool first (downsample.0) and a stride-1 conv."""
    if plan.shortcut == "avg-down":
        return ConvStep("downsample.1", "downsample.2", plan.out_channels, 1, 1)
    return ConvStep("downsample.0", "downsample.1", plan.out_channels, 1, plan.stride)


@dataclass(frozen=True)
class Op:
    """One layer of a block in forward order: conv, bn, relu, se or drop_path."""

    kind: str
    name: str  # module name in the block ("conv1", "bn1", "relu", "se", "drop_path")
    channels: int  # channels it outputs
    step: ConvStep | None = None


def main_ops(plan: BlockPlan) -> list[Op]:
    """F(x) layer by layer. Post-activation (He et al. 2016): conv, BN, ReLU, ..., the
    last conv's BN without ReLU. Pre-activation (2016b, timm's resnetv2): BN, ReLU,
    conv for each conv (bn<k> normalises conv<k>'s input). Then SE and drop-path."""
    ops: list[Op] = []
    steps = main_path(plan)
    cin = plan.in_channels
    for i, step in enumerate(steps):
        if plan.order == "pre":
            ops += [Op("bn", step.bn, cin), Op("relu", "relu", cin),
                    Op("conv", step.name, step.out_channels, step)]
        else:
            ops += [Op("conv", step.name, step.out_channels, step),
                    Op("bn", step.bn, step.out_channels)]
            if i < len(steps) - 1:
                ops.append(Op("relu", "relu", step.out_channels))
        cin = step.out_channels
    if plan.se_channels:
        ops.append(Op("se", "se", plan.out_channels))
    if plan.drop_path > 0 and plan.shortcut != "none":
        ops.append(Op("drop_path", "drop_path", plan.out_channels))
    return ops


def shortcut_from_preact(plan: BlockPlan) -> bool:
    """Pre-activation blocks feed a conv shortcut with BN-ReLU(x), as timm's resnetv2;
    identity and zero-pad shortcuts carry x itself."""
    return plan.order == "pre" and plan.shortcut in ("projection", "avg-down")


def channels_fit(kind: str, channels: int) -> bool:
    """Do a stage's output channels divide by the kind's expansion?"""
    return channels % KINDS[kind].expansion == 0


def channels_suggestion(kind: str, channels: int) -> int:
    """The nearest channel count at or above ``channels`` that fits the expansion."""
    e = KINDS[kind].expansion
    return max(e, (channels + e - 1) // e * e)
