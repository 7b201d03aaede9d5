"""Lessons 1-3: the residual block's shapes, ResNet-18's shape table, and when the
shortcut needs a 1x1 conv. Every shape is measured by a forward pass of the
studio's own modules, beside what the analytic trace says."""

from __future__ import annotations

from typing import Any

import torch

from resnet_studio.core.design.builder import BasicBlock, build
from resnet_studio.core.design.design import (
    BlockOverride,
    Design,
    HeadSpec,
    InputSpec,
    StageSpec,
    StemSpec,
    plan_block,
)
from resnet_studio.core.design.presets import preset
from resnet_studio.core.design.trace import formula, trace
from resnet_studio.core.design.validate import validate
from resnet_studio.core.lessons.common import SEED, Control

BLOCK_INPUT = (4, 3, 6, 6)


def d2l_residual(in_channels: int, out_channels: int, use_1x1conv: bool = False,
                 strides: int = 1) -> BasicBlock:
    """d2l's ``Residual(input_channels, num_channels, use_1x1conv, strides)`` as the
    studio builds it: biased convs, a 1x1 shortcut without BN."""
    stage = StageSpec(channels=out_channels, blocks=1, stride=strides,
                      shortcut="projection" if use_1x1conv else "identity")
    return BasicBlock(plan_block(stage, 0, in_channels), bias=True, projection_bn=False)


def block_design() -> Design:
    """The two blocks as a tiny design for the editor and the trace: a (3, 6, 6)
    input, no stem and no head, Residual(3, 3) then Residual(3, 6, 1x1 conv, stride 2)."""
    stem = StemSpec(channels=3, style="none")
    head = HeadSpec(classes=10, style="none")
    return Design(name="d2l-residual-blocks", input=InputSpec(3, 6, 6), stem=stem,
                  stages=[StageSpec(channels=3, blocks=1, stride=1, shortcut="identity"),
                          StageSpec(channels=6, blocks=1, stride=2, shortcut="projection")],
                  head=head, conv_bias=True, projection_bn=False)


def residual_block() -> dict[str, Any]:
    """Lesson 1: the two blocks of d2l's section, run on a (4, 3, 6, 6) batch."""
    torch.manual_seed(SEED)
    x = torch.rand(*BLOCK_INPUT)
    rows = []
    for args, label in (((3, 3), "Residual(3, 3)"),
                        ((3, 6, True, 2), "Residual(3, 6, use_1x1conv=True, strides=2)")):
        block = d2l_residual(*args)
        with torch.no_grad():
            y = block(x)
        rows.append({"block": label, "input": list(x.shape), "output": list(y.shape),
                     "parameters": sum(p.numel() for p in block.parameters())})
    return {"blocks": rows}


def shape_table(name: str = "d2l-resnet18", size: int = 224) -> dict[str, Any]:
    """Lesson 2: a (1, 1, size, size) tensor through ResNet-18, part by part: the
    trace's shape with the formula and its numbers, and the shape a forward pass gives."""
    design = preset(name)
    shape = (1, design.input.channels, size, size)
    t = trace(design, shape)
    model = build(design).eval()
    measured: dict[str, list[int]] = {}

    def keep(module_name: str):
        return lambda _m, _i, out: measured.__setitem__(module_name, list(out.shape))

    for module_name, module in model.named_modules():
        if module_name in ("conv1", "maxpool", "avgpool", "fc") or (
                module_name.startswith("layer") and "." not in module_name):
            module.register_forward_hook(keep(module_name))
    with torch.no_grad():
        model(torch.zeros(shape))
    rows = []
    for layer in t.layers:
        if layer.kind in ("Conv2d", "MaxPool2d") and layer.stage is None:
            rows.append(_row(layer.path, layer.module, layer, measured))
    for si, out in enumerate(t.stage_outputs):
        first = next(lr for lr in t.layers if lr.stage == si and lr.kind == "Conv2d")
        rows.append({"part": f"stage{si + 1}", "module": f"layer{si + 1}",
                     "output": list(out), "measured": measured.get(f"layer{si + 1}"),
                     "formula": formula(first.in_shape[2], first.kernel, first.stride,
                                        first.padding) if first.stride != 1 else
                     f"stride 1: {out[2]} stays {out[2]}",
                     "receptive_field": max(lr.rf for lr in t.layers if lr.stage == si)})
    for path, module in (("head.avgpool", "avgpool"), ("head.fc", "fc")):
        layer = next(lr for lr in t.layers if lr.path == path)
        rows.append(_row(path, module, layer, measured))
    return {"design": name, "input": list(shape), "rows": rows,
            "all_match": all(r["output"] == r["measured"] for r in rows)}


def _row(part, module, layer, measured) -> dict[str, Any]:
    return {"part": part, "module": module, "output": list(layer.out_shape),
            "measured": measured.get(module), "formula": layer.formula,
            "receptive_field": layer.rf}


def broken_design(name: str = "d2l-resnet18", stage: int = 1) -> Design:
    """Lesson 3: the design with the first block of ``stage`` forced to an identity
    shortcut, where channels and size change."""
    design = preset(name)
    design.stages[stage].overrides[0] = BlockOverride(shortcut="identity")
    return design


def fix_shortcut(design: Design, stage: int, block: int = 0) -> None:
    """The fix the problem names: let "auto" choose the 1x1 projection again."""
    override = design.stages[stage].overrides.get(block)
    if override is not None:
        override.shortcut = None
        if override.stride is None:
            del design.stages[stage].overrides[block]


def shortcut_fix(control: Control | None = None, stage: int = 1) -> dict[str, Any]:
    """Lesson 3 headless: the problem the identity shortcut causes, what torch says
    when the check is skipped, and the design after the fix."""
    broken = broken_design(stage=stage)
    problems = [p for p in validate(broken) if p.code == "identity_shape_mismatch"]
    torch_error = None
    try:
        build(broken, check=False)
    except ValueError as e:
        torch_error = str(e)
    fixed = broken.copy()
    fix_shortcut(fixed, stage)
    return {"problems": [p.to_dict() for p in problems], "builder_error": torch_error,
            "fixed_problems": [p.to_dict() for p in validate(fixed)],
            "fixed_shortcut": plan_block(fixed.stages[stage], 0,
                                         fixed.stages[stage - 1].channels).shortcut}
