"""A ResNet design: plain data the user edits (input, stem, stages, head).

A design is a small tree of dataclasses. Everything else (the torch model, the shape
trace, the drawing, exported code) is derived from it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

BLOCK_KINDS = ("basic", "bottleneck")
# identity; projection: 1x1 conv (He et al.'s option B); zero-pad: stride-s subsampling
# and zero channels, no parameters (option A, the paper's CIFAR nets); avg-down: 2x2
# average pool then 1x1 conv (ResNet-D, timm's avg_down); none: a plain block.
SHORTCUTS = ("identity", "projection", "zero-pad", "avg-down", "none")
SHORTCUT_RULES = ("auto", *SHORTCUTS)
AUTO_SHORTCUTS = ("projection", "zero-pad", "avg-down")  # what "auto" puts where shapes change
BLOCK_ORDERS = ("post", "pre")  # conv-BN-ReLU (He et al. 2016) or BN-ReLU-conv (2016b)
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
    block_order: str = "post"  # "pre": BN-ReLU-conv blocks, a BN-ReLU before the head
    auto_shortcut: str = "projection"  # the shortcut "auto" picks where the shape changes
    se_ratio: int = 0  # squeeze-and-excitation reduction ratio in every block; 0: none
    drop_path: float = 0.0  # stochastic depth: the last block's rate, rising from 0
    zero_init_last: bool = False  # each block's last BN (pre: last conv) starts at zero

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

    def block_count(self) -> int:
        """Blocks in all stages (stochastic depth rises over this many)."""
        return sum(max(st.blocks, 0) for st in self.stages
                   if isinstance(st.blocks, int) and not isinstance(st.blocks, bool))

    def plan(self, stage: int, block: int, in_channels: int, index: int,
             total: int | None = None) -> BlockPlan:
        """Block ``block`` of stage ``stage`` (the ``index``-th of the network's ``total``
        blocks), with the design-wide options (order, auto shortcut, SE, drop-path)
        resolved."""
        total = self.block_count() if total is None else total
        return plan_block(self.stages[stage], block, in_channels, self.auto_shortcut,
                          order=self.block_order, se_ratio=self.se_ratio,
                          drop_path=drop_path_rate(self.drop_path, index, total))

    def blocks(self):
        """Yield (stage_index, block_index, BlockPlan) for every block, in order."""
        in_ch = self.stem_out_channels()
        total = self.block_count()  # once, not per block: big designs have hundreds
        n = 0
        for si, st in enumerate(self.stages):
            plan = None
            for bi in range(max(st.blocks, 0)):
                if plan is None or not self.repeats_previous(si, bi):
                    plan = self.plan(si, bi, in_ch, n, total)
                yield si, bi, plan
                in_ch = st.channels
                n += 1

    def repeats_previous(self, stage: int, block: int) -> bool:
        """Is this block planned exactly as the one before it, given the same input
        channels? Yes from a stage's third block on, where neither it nor the one before
        is overridden and no drop-path rate rises along the blocks. (Plans are frozen:
        the long runs of deep designs share one.)"""
        overrides = self.stages[stage].overrides
        return block >= 2 and not self.drop_path and block not in overrides \
            and block - 1 not in overrides


@dataclass(frozen=True)
class BlockPlan:
    """What one block is, once the stage rule and overrides are resolved."""

    kind: str
    in_channels: int
    out_channels: int
    stride: int
    shortcut: str  # resolved: one of SHORTCUTS
    width: int  # inner width (basic: out_channels)
    groups: int
    auto_projection: bool  # True where "auto" chose a shortcut that changes the shape
    order: str = "post"
    se_channels: int = 0  # squeeze-and-excitation's reduced channels; 0: no SE
    drop_path: float = 0.0

    @property
    def changes_shape(self) -> bool:
        return self.in_channels != self.out_channels or self.stride != 1


def plan_block(stage: StageSpec, index: int, in_channels: int,
               auto: str = "projection", *, order: str = "post", se_ratio: int = 0,
               drop_path: float = 0.0) -> BlockPlan:
    """Resolve one block of a stage: stride, shortcut kind, widths (``auto``: the
    shortcut the "auto" rule puts where the shape changes), with the design-wide
    order, SE ratio and this block's drop-path rate."""
    stride = stage.block_stride(index)
    out = stage.channels
    changes = in_channels != out or stride != 1
    rule = stage.shortcut
    o = stage.overrides.get(index)
    if o is not None and o.shortcut is not None:
        rule = o.shortcut
    if rule == "auto":
        shortcut = (auto if auto in AUTO_SHORTCUTS else "projection") if changes else "identity"
    else:
        shortcut = rule
    if stage.kind == "bottleneck":
        width, groups = stage.bottleneck_width(), stage.groups
    else:
        width, groups = out, 1
    return BlockPlan(
        kind=stage.kind, in_channels=in_channels, out_channels=out, stride=stride,
        shortcut=shortcut, width=width, groups=groups,
        auto_projection=(rule == "auto" and changes), order=order,
        se_channels=_se_width(out, se_ratio), drop_path=drop_path,
    )


def make_divisible(value: float, divisor: int = 8) -> int:
    """timm's rounding of a channel count to a multiple of ``divisor`` (at least one)."""
    return max(divisor, int(value + divisor / 2) // divisor * divisor)


def se_channels(plan: BlockPlan, ratio: int) -> int:
    """The reduced width of a block's squeeze-and-excitation: its output channels over
    ``ratio``, rounded to a multiple of 8 as timm does (0: no SE)."""
    return _se_width(plan.out_channels, ratio)


def _se_width(out_channels: int, ratio: int) -> int:
    if isinstance(ratio, bool) or not isinstance(ratio, int) or ratio <= 0:
        return 0
    return make_divisible(out_channels / ratio)


def drop_path_rate(last: float, index: int, total: int) -> float:
    """Stochastic depth rising linearly with depth, as timm: 0 for the first block,
    ``last`` for the last."""
    if not isinstance(last, (int, float)) or isinstance(last, bool) or last <= 0 or total < 2:
        return 0.0
    return float(last) * index / (total - 1)
