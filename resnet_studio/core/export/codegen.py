"""A design as a standalone Python file that depends only on torch.

The file reads like the d2l.ai ResNet chapter: a ``Residual`` class with d2l's
``use_1x1conv`` and ``strides``, a ``Bottleneck`` class when the design uses one, a
``ResNet`` class and a ``build_model()`` function. Its module names are the studio
builder's (torchvision's), so a studio checkpoint's state_dict loads with strict=True.
"""

from __future__ import annotations

from itertools import groupby

from resnet_studio.core.design.design import BlockPlan, Design
from resnet_studio.core.design.trace import trace
from resnet_studio.core.design.validate import raise_if_invalid
from resnet_studio.core.export.codegen_blocks import block_call, block_source, uses_family_options
from resnet_studio.core.export.output import file_stem

HEADER = '''"""{title}

A ResNet exported from ResNet Studio: input {input}, {classes} classes, {params:,} parameters.
It depends only on torch. Module names follow torchvision (conv1, bn1, layer1.0.conv1,
downsample.0, fc), so weights from the studio load with strict=True:

    net = build_model()
    net.load_state_dict(torch.load("{state_file}", weights_only=True))

(the state_dict comes from `resnet-studio export CHECKPOINT --format state-dict`).
Run this file to print each layer's output shape, as in d2l.ai's ResNet chapter.
"""

import torch
from torch import nn
from torch.nn import functional as F

# d2l keeps each conv's bias; torchvision drops it, as BatchNorm follows each conv.
BIAS = {bias}
INPUT_SHAPE = {input_shape}  # channels, height, width
'''

PROJECTION = '''

def projection(in_channels: int, num_channels: int, strides: int) -> nn.Sequential:
    """The 1x1 conv shortcut W_s x of He et al.: it gives x the channels and size of F(x)."""
    return nn.Sequential({bn_comment}
        nn.Conv2d(in_channels, num_channels, kernel_size=1, stride=strides, bias=BIAS),{bn}
    )
'''

PROJECTION_BN = "\n        nn.BatchNorm2d(num_channels),"
PROJECTION_NO_BN = ("\n        # d2l puts no BatchNorm after this conv; the Sequential keeps the name"
                    "\n        # downsample.0 that torchvision and the studio use.")

RESIDUAL = '''

class Residual(nn.Module):
    """The residual block of d2l.ai: two 3x3 convs, H(x) = ReLU(F(x) + x).

    use_1x1conv puts a 1x1 conv on the shortcut so that x matches F(x) when the
    channels or the size change; strides is the stride of the first 3x3 conv.{plain_doc}
    """

    def __init__(self, in_channels: int, num_channels: int, use_1x1conv: bool = False,
                 strides: int = 1{plain_arg}):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, num_channels, kernel_size=3, padding=1,
                               stride=strides, bias=BIAS)
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1, bias=BIAS)
        self.bn2 = nn.BatchNorm2d(num_channels)
        self.downsample = projection(in_channels, num_channels, strides) if use_1x1conv else None{plain_attr}

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.downsample is not None:
            X = self.downsample(X)
{add}        return F.relu(Y)
'''

BOTTLENECK = '''

class Bottleneck(nn.Module):
    """1x1 conv down to `width`, 3x3 conv (strides, groups), 1x1 conv up: H(x) = ReLU(F(x) + x).

    The stride sits on the 3x3 conv, as in torchvision; use_1x1conv and strides mean
    what they mean for Residual.{plain_doc}
    """

    def __init__(self, in_channels: int, width: int, num_channels: int,
                 use_1x1conv: bool = False, strides: int = 1,
                 groups: int = 1{plain_arg}):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, width, kernel_size=1, bias=BIAS)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, kernel_size=3, padding=1, stride=strides,
                               groups=groups, bias=BIAS)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, num_channels, kernel_size=1, bias=BIAS)
        self.bn3 = nn.BatchNorm2d(num_channels)
        self.downsample = projection(in_channels, num_channels, strides) if use_1x1conv else None{plain_attr}

    def forward(self, X: torch.Tensor) -> torch.Tensor:
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = F.relu(self.bn2(self.conv2(Y)))
        Y = self.bn3(self.conv3(Y))
        if self.downsample is not None:
            X = self.downsample(X)
{add}        return F.relu(Y)
'''

PLAIN_DOC = ("\n    use_shortcut=False leaves the shortcut out (F(x) alone): the plain network"
             "\n    that He et al. compare against.")
PLAIN_ARG = ", use_shortcut: bool = True"
PLAIN_ATTR = "\n        self.use_shortcut = use_shortcut"
ADD = "        Y += X\n"
PLAIN_ADD = "        if self.use_shortcut:\n            Y += X\n"

RESNET = '''

class ResNet(nn.Module):
    """{stem_doc},
    the stages layer1..layer{n}, {head_doc}."""

    def __init__(self, stages: list[list[nn.Module]], num_classes: int = {classes}):
        super().__init__()
{stem_init}{layers}{head_init}

    def forward(self, X: torch.Tensor) -> torch.Tensor:
{stem_call}{calls}
{head_call}


def build_model(num_classes: int = {classes}) -> ResNet:
    """{title}"""
    stages = [
{stages}
    ]
    return ResNet(stages, num_classes)


if __name__ == "__main__":
    net = build_model().eval()
    X = torch.randn(1, *INPUT_SHAPE)
    print("input", tuple(X.shape))
    with torch.no_grad():
        for name, layer in net.named_children():
            if name == "fc":
                X = torch.flatten(X, 1)
            X = layer(X)
            print(f"{{name:<8}} {{layer.__class__.__name__:<18}} output shape: {{tuple(X.shape)}}")
'''


def python_source(design: Design) -> str:
    """The standalone Python source of ``design`` (raises DesignError if it is invalid)."""
    raise_if_invalid(design)
    d = design
    plans = list(d.blocks())
    kinds = {plan.kind for _, _, plan in plans}
    plain = any(plan.shortcut == "none" for _, _, plan in plans)
    t = trace(d)
    title = f"{_safe(d.name)}: a ResNet for {_shape(d.input_shape(1)[1:])} inputs."
    parts = [HEADER.format(
        title=title, input=_shape(d.input_shape(1)[1:]), classes=d.head.classes,
        params=t.totals.params, state_file=f"{file_stem(d.name)}.state_dict.pt",
        bias=d.conv_bias, input_shape=tuple(d.input_shape(1)[1:]),
    )]
    if uses_family_options(d):
        parts.append(block_source(d))
        parts.append(_resnet(d, plans, t, title, block_call))
        return "".join(parts)
    parts.append(PROJECTION.format(bn=PROJECTION_BN if d.projection_bn else "",
                                   bn_comment="" if d.projection_bn else PROJECTION_NO_BN))
    optional = {
        "plain_doc": PLAIN_DOC if plain else "", "plain_arg": PLAIN_ARG if plain else "",
        "plain_attr": PLAIN_ATTR if plain else "", "add": PLAIN_ADD if plain else ADD,
    }
    if "basic" in kinds:
        parts.append(RESIDUAL.format(**optional))
    if "bottleneck" in kinds:
        parts.append(BOTTLENECK.format(**optional))
    parts.append(_resnet(d, plans, t, title))
    return "".join(parts)


def _resnet(d: Design, plans: list[tuple[int, int, BlockPlan]], t, title: str,
            call=None) -> str:
    n = len(d.stages)
    stem_init, stem_call, stem_doc = _stem_source(d)
    if d.head.style == "none":
        head_init, head_doc = "", "no head (the output is the last block's feature map)"
        head_call = "        return X"
    else:
        head_init = ("\n        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))"
                     f"\n        self.fc = nn.Linear({d.last_channels()}, num_classes)")
        head_doc = "global average pool, linear head"
        head_call = "        X = torch.flatten(self.avgpool(X), 1)\n        return self.fc(X)"
        if d.block_order == "pre":  # pre-activation: one more BN-ReLU after the last block
            head_init = (f"\n        self.final_bn = nn.BatchNorm2d({d.last_channels()})"
                         + head_init)
            head_doc = "BN-ReLU, " + head_doc
            head_call = "        X = F.relu(self.final_bn(X))\n" + head_call
    layers = "\n".join(f"        self.layer{i} = nn.Sequential(*stages[{i - 1}])"
                       for i in range(1, n + 1))
    calls = "\n".join(f"        X = self.layer{i}(X)" for i in range(1, n + 1))
    stages = []
    for si, st in enumerate(d.stages):
        calls_in_stage = [(call or _block_call)(plan) for s_i, _, plan in plans if s_i == si]
        out = t.stage_outputs[si] if si < len(t.stage_outputs) else None
        size = f", output {out[2]}x{out[3]}" if out else ""
        stages.append(f"        # stage {si + 1}: {st.channels} channels{size}\n"
                      f"        {_stage_list(calls_in_stage)},")
    return RESNET.format(
        stem_doc=stem_doc, n=n, classes=d.head.classes, stem_init=stem_init, layers=layers,
        head_init=head_init, head_doc=head_doc, stem_call=stem_call, calls=calls,
        head_call=head_call, title=title, stages="\n".join(stages),
    )


def _stem_source(d: Design) -> tuple[str, str, str]:
    """(__init__ lines, forward line, docstring words) of the stem; empty without one."""
    s = d.stem
    if s.style == "none":
        return "", "", "No stem (the first block takes the input)"
    c = s.channels
    if s.style == "deep":
        w = s.deep_width
        conv = ("nn.Sequential(  # deep stem (ResNet-C/D, timm's stem_type='deep')\n"
                f"            nn.Conv2d({d.input.channels}, {w}, kernel_size=3, stride={s.stride}, "
                "padding=1, bias=BIAS),\n"
                f"            nn.BatchNorm2d({w}), nn.ReLU(),\n"
                f"            nn.Conv2d({w}, {w}, kernel_size=3, padding=1, bias=BIAS),\n"
                f"            nn.BatchNorm2d({w}), nn.ReLU(),\n"
                f"            nn.Conv2d({w}, {c}, kernel_size=3, padding=1, bias=BIAS))")
        doc = f"Deep stem (three 3x3 convs, the first /{s.stride}, BN, ReLU"
    else:
        conv = (f"nn.Conv2d({d.input.channels}, {c}, kernel_size={s.kernel}, "
                f"stride={s.stride}, padding={s.padding}, bias=BIAS)")
        doc = f"Stem ({s.kernel}x{s.kernel}/{s.stride} conv, BN, ReLU"
    if d.block_order == "pre":  # the first block's BN-ReLU follows the conv
        init, call = f"        self.conv1 = {conv}\n", "self.conv1(X)"
        doc = doc.replace(", BN, ReLU", "")
    else:
        init = (f"        self.conv1 = {conv}\n        self.bn1 = nn.BatchNorm2d({c})\n"
                "        self.relu = nn.ReLU()\n")
        call = "self.relu(self.bn1(self.conv1(X)))"
    if s.pool:
        init += (f"        self.maxpool = nn.MaxPool2d(kernel_size={s.pool_kernel}, "
                 f"stride={s.pool_stride}, padding={s.pool_padding})\n")
        call = f"self.maxpool({call})"
        doc += f", {s.pool_kernel}x{s.pool_kernel}/{s.pool_stride} max-pool)"
    else:
        doc += ", no pool)"
    return init, f"        X = {call}\n", doc


def _block_call(plan: BlockPlan) -> str:
    """The constructor call of one block, e.g. 'Residual(64, 128, use_1x1conv=True, strides=2)'."""
    if plan.kind == "bottleneck":
        args = [str(plan.in_channels), str(plan.width), str(plan.out_channels)]
        name = "Bottleneck"
    else:
        args = [str(plan.in_channels), str(plan.out_channels)]
        name = "Residual"
    if plan.shortcut == "projection":
        args.append("use_1x1conv=True")
    if plan.stride != 1:
        args.append(f"strides={plan.stride}")
    if plan.kind == "bottleneck" and plan.groups != 1:
        args.append(f"groups={plan.groups}")
    if plan.shortcut == "none":
        args.append("use_shortcut=False")
    return f"{name}({', '.join(args)})"


def _stage_list(calls: list[str]) -> str:
    """A stage's blocks, with runs of identical blocks as one comprehension."""
    runs = [(call, len(list(group))) for call, group in groupby(calls)]
    if len(runs) == 1 and runs[0][1] > 1:
        call, count = runs[0]
        return f"[{call} for _ in range({count})]"
    items = [call if count == 1 else f"*[{call} for _ in range({count})]"
             for call, count in runs]
    return "[" + ",\n         ".join(items) + "]"


def _shape(shape) -> str:
    return "x".join(str(v) for v in shape)


def _safe(text: str) -> str:
    """A design name made safe inside a docstring."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    return cleaned.replace("\\", "/").replace('"""', "'''") or "untitled"
