"""A ResNet design: plain data the user edits (input, stem, stages, head).

A design is a small tree of dataclasses. Everything else (the torch model, the shape
trace, the drawing, exported code) is derived from it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

BLOCK_KINDS = ("basic", "bottleneck")
SHORTCUT_RULES = ("auto", "identity", "projection", "none")
SHORTCUTS = ("identity", "projection", "none")
BOTTLENECK_EXPANSION = 4
STEM_STYLES = ("conv", "deep", "none")  # one conv; three 3x3 convs (ResNet-C/D); no stem
HEAD_STYLES = ("linear", "none")  # avg-pool + linear; none: the output is the last block's

# Limits that keep the trace instant and the builder from allocating absurd networks.
MAX_SIZE = 16384  # input height/width, channels
MAX_KERNEL = 64  # kernel, stride and padding of a conv or pool
MAX_BLOCKS = 1000  # blocks in one stage
MAX_CLASSES = 1_000_000
MAX_PARAMS = 1_000_000_000  # 4 GB of float32 weights: refuse rather than allocate
MAX_ACTIVATION_GB = 16.0  # one forward pass at the design's input, batch 1

# Stem presets: (kernel, stride, padding, pool, pool_kernel, pool_stride, pool_padding)
STEM_KINDS = {
    "imagenet": (7, 2, 3, True, 3, 2, 1),  # d2l and torchvision: 7x7/2 conv + 3x3/2 max-pool
    "cifar": (3, 1, 1, False, 3, 2, 1),  # He et al. 2016 CIFAR nets: 3x3/1 conv, no pool
}


@dataclass
class InputSpec:
    """The image the network takes: channels, height, width (batch is separate)."""

    channels: int = 1
    height: int = 224
    width: int = 224


@dataclass
class StemSpec:
    """conv(kernel, stride, padding) + BN + ReLU, then an optional max-pool.

    ``style`` "deep" replaces the conv by three 3x3 convs (timm's stem_type='deep':
    widths channels/2, channels/2, channels; the first has the stem's stride);
    "none" leaves the stem out, so the first stage sees the input itself."""

    channels: int = 64
    kernel: int = 7
    stride: int = 2
    padding: int = 3
    pool: bool = True
    pool_kernel: int = 3
    pool_stride: int = 2
    pool_padding: int = 1
    style: str = "conv"

    @property
    def deep_width(self) -> int:
        """Channels of the deep stem's first two 3x3 convs (timm: stem_width)."""
        return self.channels // 2

    @property
    def kind(self) -> str:
        """'imagenet', 'cifar' or 'custom', read off the numbers."""
        numbers = (
            self.kernel, self.stride, self.padding, self.pool,
            self.pool_kernel, self.pool_stride, self.pool_padding,
        )
        for name, values in STEM_KINDS.items():
            if name == "cifar" and numbers[:4] == values[:4]:
                return name
            if numbers == values:
                return name
        return "custom"

    def with_kind(self, kind: str) -> StemSpec:
        """A copy with the kernel/stride/pool numbers of a named stem kind."""
        k, s, p, pool, pk, ps, pp = STEM_KINDS[kind]
        return replace(self, kernel=k, stride=s, padding=p, pool=pool,
                       pool_kernel=pk, pool_stride=ps, pool_padding=pp)


@dataclass
class BlockOverride:
    """Per-block settings that differ from the stage's rule; None keeps the stage's."""

    stride: int | None = None
    shortcut: str | None = None  # "identity", "projection" or "none"


@dataclass
class StageSpec:
    """A run of residual blocks with the same output channels.

    ``channels`` is the stage's output channels (for a bottleneck, after expansion:
    ResNet-50's first stage has 256). ``stride`` applies to the stage's first block.
    """

    channels: int = 64
    blocks: int = 2
    stride: int = 1
    kind: str = "basic"
    shortcut: str = "auto"
    groups: int = 1  # bottleneck only: ResNeXt cardinality
    width_per_group: int = 64  # bottleneck only: 128 gives Wide ResNet-50-2
    overrides: dict[int, BlockOverride] = field(default_factory=dict)

    def block_stride(self, index: int) -> int:
        o = self.overrides.get(index)
        if o is not None and o.stride is not None:
            return o.stride
        return self.stride if index == 0 else 1

    def bottleneck_width(self) -> int:
        """Channels of the 3x3 conv inside a bottleneck (torchvision's formula)."""
        planes = self.channels // BOTTLENECK_EXPANSION
        return int(planes * (self.width_per_group / 64.0)) * self.groups


@dataclass
class HeadSpec:
    """Global average pool, flatten, linear to ``classes``; ``style`` "none" ends the
    network at its last block (output (N, C, H, W), as in the d2l chapter's tiny nets)."""

    classes: int = 10
    style: str = "linear"


@dataclass
class Design:
    """The whole network. ``conv_bias`` and ``projection_bn`` are where d2l and
    torchvision differ: d2l's convs have biases and its 1x1 shortcut has no BN."""

    name: str = "untitled"
    input: InputSpec = field(default_factory=InputSpec)
    stem: StemSpec = field(default_factory=StemSpec)
    stages: list[StageSpec] = field(default_factory=list)
    head: HeadSpec = field(default_factory=HeadSpec)
    conv_bias: bool = False
    projection_bn: bool = True

    def copy(self) -> Design:
        return copy.deepcopy(self)

    def input_shape(self, batch: int = 1) -> tuple[int, int, int, int]:
        return (batch, self.input.channels, self.input.height, self.input.width)

    def stem_out_channels(self) -> int:
        """Channels the first stage receives: the stem's, or the input's without a stem."""
        return self.input.channels if self.stem.style == "none" else self.stem.channels

    def last_channels(self) -> int:
        """Channels of the last block's output (what the head sees)."""
        return self.stages[-1].channels if self.stages else self.stem_out_channels()

    def blocks(self):
        """Yield (stage_index, block_index, BlockPlan) for every block, in order."""
        in_ch = self.stem_out_channels()
        for si, st in enumerate(self.stages):
            for bi in range(max(st.blocks, 0)):
                plan = plan_block(st, bi, in_ch)
                yield si, bi, plan
                in_ch = st.channels


@dataclass(frozen=True)
class BlockPlan:
    """What one block is, once the stage rule and overrides are resolved."""

    kind: str
    in_channels: int
    out_channels: int
    stride: int
    shortcut: str  # resolved: "identity", "projection" or "none"
    width: int  # inner width (basic: out_channels)
    groups: int
    auto_projection: bool  # True where "auto" chose a projection

    @property
    def changes_shape(self) -> bool:
        return self.in_channels != self.out_channels or self.stride != 1


def plan_block(stage: StageSpec, index: int, in_channels: int) -> BlockPlan:
    """Resolve one block of a stage: stride, shortcut kind, widths."""
    stride = stage.block_stride(index)
    out = stage.channels
    changes = in_channels != out or stride != 1
    rule = stage.shortcut
    o = stage.overrides.get(index)
    if o is not None and o.shortcut is not None:
        rule = o.shortcut
    if rule == "auto":
        shortcut = "projection" if changes else "identity"
    else:
        shortcut = rule
    if stage.kind == "bottleneck":
        width, groups = stage.bottleneck_width(), stage.groups
    else:
        width, groups = out, 1
    return BlockPlan(
        kind=stage.kind, in_channels=in_channels, out_channels=out, stride=stride,
        shortcut=shortcut, width=width, groups=groups,
        auto_projection=(rule == "auto" and changes),
    )
