"""Exported source for the ResNet family's block options: pre-activation, option-A
(zero-pad) and avg-down shortcuts, squeeze-and-excitation and drop-path.

Designs that use none of them get d2l's ``Residual``/``Bottleneck`` classes
(core.export.codegen); the others get one ``Block`` class that lists its convs, with
the same module names as the studio's builder, so state_dicts load with strict=True.
"""

from __future__ import annotations

from resnet_studio.core.design.design import BlockPlan, Design
from resnet_studio.core.design.recipes import main_path

BLOCK = '''

class ZeroPad(nn.Module):
    """He et al.'s option A shortcut: every stride-th pixel, then zero channels appended."""

    def __init__(self, strides: int, extra_channels: int):
        super().__init__()
        self.strides, self.extra = strides, extra_channels

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        X = X[:, :, ::self.strides, ::self.strides]
        return F.pad(X, (0, 0, 0, 0, 0, self.extra))


class SqueezeExcite(nn.Module):
    """Squeeze-and-excitation: scale each channel by a gate computed from the whole map."""

    def __init__(self, channels: int, reduced: int):
        super().__init__()
        self.fc1 = nn.Conv2d(channels, reduced, 1)
        self.fc2 = nn.Conv2d(reduced, channels, 1)

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        s = X.mean((2, 3), keepdim=True)
        return X * torch.sigmoid(self.fc2(F.relu(self.fc1(s))))


class DropPath(nn.Module):
    """Stochastic depth: while training, drop a sample's residual branch with probability p."""

    def __init__(self, p: float):
        super().__init__()
        self.p = p

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p <= 0:
            return X
        keep = 1.0 - self.p
        mask = X.new_empty((X.shape[0],) + (1,) * (X.ndim - 1)).bernoulli_(keep)
        return X * mask / keep


class Block(nn.Module):
    """A residual block: convs are (in, out, kernel, stride, padding, groups) in order.

    preact=False: conv-BN-ReLU ..., the last BN without ReLU, H(x) = ReLU(F(x) + s(x)).
    preact=True: BN-ReLU-conv for each conv (He et al. 2016b), H(x) = F(x) + s(x); a
    conv shortcut then takes BN-ReLU(x). shortcut: identity, projection (1x1 conv),
    avg-down (2x2 average pool, then 1x1 conv), zero-pad (option A) or none.
    """

    def __init__(self, convs, shortcut: str = "identity", strides: int = 1,
                 preact: bool = False, se_channels: int = 0, drop_path: float = 0.0):
        super().__init__()
        self.n, self.preact, self.shortcut = len(convs), preact, shortcut
        for i, (cin, cout, k, s, p, g) in enumerate(convs, start=1):
            setattr(self, f"conv{{i}}", nn.Conv2d(cin, cout, k, stride=s, padding=p,
                                                groups=g, bias=BIAS))
            setattr(self, f"bn{{i}}", nn.BatchNorm2d(cin if preact else cout))
        cin, cout = convs[0][0], convs[-1][1]
        self.se = SqueezeExcite(cout, se_channels) if se_channels else None
        self.drop_path = DropPath(drop_path) if drop_path > 0 and shortcut != "none" else None
        self.downsample = None
        if shortcut in ("projection", "avg-down"):
            layers = []
            if shortcut == "avg-down":
                layers.append(nn.AvgPool2d(2, strides, ceil_mode=True, count_include_pad=False)
                              if strides > 1 else nn.Identity())
            layers.append(nn.Conv2d(cin, cout, 1, stride=1 if shortcut == "avg-down" else strides,
                                    bias=BIAS))
            if PROJECTION_BN:
                layers.append(nn.BatchNorm2d(cout))
            self.downsample = nn.Sequential(*layers)
        elif shortcut == "zero-pad" and (cin != cout or strides != 1):
            self.downsample = ZeroPad(strides, cout - cin)

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        Y, S = X, X
        for i in range(1, self.n + 1):
            conv, bn = getattr(self, f"conv{{i}}"), getattr(self, f"bn{{i}}")
            if self.preact:
                Y = F.relu(bn(Y))
                if i == 1 and self.shortcut in ("projection", "avg-down"):
                    S = Y
                Y = conv(Y)
            else:
                Y = bn(conv(Y))
                if i < self.n:
                    Y = F.relu(Y)
        if self.se is not None:
            Y = self.se(Y)
        if self.shortcut == "none":
            return Y if self.preact else F.relu(Y)
        if self.drop_path is not None:
            Y = self.drop_path(Y)
        if self.downsample is not None:
            S = self.downsample(S)
        Y = Y + S
        return Y if self.preact else F.relu(Y)
'''


def uses_family_options(design: Design) -> bool:
    """Does the design need the generic Block (any option beyond d2l's Residual)?"""
    return (design.block_order == "pre" or design.se_ratio > 0 or design.drop_path > 0
            or any(plan.shortcut in ("zero-pad", "avg-down") for _, _, plan in design.blocks()))


def block_source(design: Design) -> str:
    """The helper classes and ``Block`` (with the design's projection BN setting)."""
    return (f"\n\nPROJECTION_BN = {design.projection_bn}  # BatchNorm after a shortcut's 1x1 conv"
            + BLOCK.format())


def block_call(plan: BlockPlan) -> str:
    """The constructor call of one block, e.g. 'Block([(64, 64, 3, 1, 1, 1), ...])'."""
    convs = []
    cin = plan.in_channels
    for step in main_path(plan):
        convs.append(f"({cin}, {step.out_channels}, {step.kernel}, {step.stride}, "
                     f"{step.padding}, {step.groups})")
        cin = step.out_channels
    args = ["[" + ", ".join(convs) + "]"]
    if plan.shortcut != "identity":
        args.append(f'shortcut="{plan.shortcut}"')
    if plan.stride != 1:
        args.append(f"strides={plan.stride}")
    if plan.order == "pre":
        args.append("preact=True")
    if plan.se_channels:
        args.append(f"se_channels={plan.se_channels}")
    if plan.drop_path > 0:
        args.append(f"drop_path={plan.drop_path:.6g}")
    return _wrapped("Block(", args)


def _wrapped(opening: str, args: list[str], width: int = 84) -> str:
    """``opening`` + args + ")", broken after a comma where a line would pass ``width``
    (the call sits indented in a stage list; exported files stay within 100 columns)."""
    lines, line = [], opening
    for i, arg in enumerate(args):
        piece = arg + (", " if i < len(args) - 1 else ")")
        if len(line) + len(piece.rstrip()) > width and line.strip() != opening:
            lines.append(line.rstrip())
            line = " " * 15 + piece
        else:
            line += piece
    lines.append(line.rstrip())
    return "\n".join(lines)
