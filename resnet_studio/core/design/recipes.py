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
    """The 1x1 conv of a projection shortcut (W_s x of He et al.), named as torchvision."""
    return ConvStep("downsample.0", "downsample.1", plan.out_channels, 1, plan.stride)


def channels_fit(kind: str, channels: int) -> bool:
    """Do a stage's output channels divide by the kind's expansion?"""
    return channels % KINDS[kind].expansion == 0


def channels_suggestion(kind: str, channels: int) -> int:
    """The nearest channel count at or above ``channels`` that fits the expansion."""
    e = KINDS[kind].expansion
    return max(e, (channels + e - 1) // e * e)
