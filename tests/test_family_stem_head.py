"""Designs without a stem or a head (the d2l chapter's tiny Residual nets), and the
deep stem (ResNet-C/D): files, validation, trace, builder and exported code agree."""

import json

import pytest
import timm
import torch

import resnet_studio as rs
from resnet_studio.core.design.design import Design, HeadSpec, InputSpec, StageSpec, StemSpec
from resnet_studio.core.design.files import design_from_dict, design_to_dict, dumps, loads
from resnet_studio.core.export.codegen import python_source


def tiny(second_stride: int = 2) -> Design:
    """Residual(3, 3) then Residual(3, 6, use_1x1conv=True, strides=2), no stem, no head."""
    return Design(name="tiny", input=InputSpec(3, 6, 6), stem=StemSpec(style="none"),
                  stages=[StageSpec(channels=3, blocks=1, stride=1),
                          StageSpec(channels=6, blocks=1, stride=second_stride)],
                  head=HeadSpec(style="none"), conv_bias=True, projection_bn=False)


def test_tiny_residual_design_gives_d2ls_shapes():
    d = tiny()
    assert rs.validate(d) == []
    t = rs.trace(d, (4, 3, 6, 6))
    assert t.ok and t.stem_output == (4, 3, 6, 6)
    assert t.stage_outputs == [(4, 3, 6, 6), (4, 6, 3, 3)]
    assert t.output_shape == (4, 6, 3, 3)
    assert not any(lr.path.startswith(("stem.", "head.")) for lr in t.layers)
    model = rs.build(d).eval()
    assert tuple(model(torch.rand(4, 3, 6, 6)).shape) == (4, 6, 3, 3)
    assert not any(n.startswith(("conv1", "bn1", "fc")) for n, _ in model.named_parameters())
    assert t.totals.params == sum(p.numel() for p in model.parameters())
    plans = [plan for _, _, plan in d.blocks()]
    assert (plans[0].in_channels, plans[0].shortcut) == (3, "identity")
    assert (plans[1].in_channels, plans[1].shortcut) == (3, "projection")


def test_files_keep_the_styles_and_old_files_load_as_before():
    d = tiny()
    assert loads(dumps(d)) == d
    old = design_to_dict(rs.preset("d2l-resnet18"))
    del old["stem"]["style"], old["head"]["style"]
    back = design_from_dict(json.loads(json.dumps(old)))
    assert back == rs.preset("d2l-resnet18")
    assert back.stem.style == "conv" and back.head.style == "linear"


def test_unknown_style_is_a_problem_with_place_and_fix():
    d = tiny()
    d.stem.style = "fancy"
    d.head.style = "softmax"
    problems = rs.validate(d)
    codes = [(p.code, p.params["field"]) for p in problems]
    assert ("bad_choice", "stem style") in codes and ("bad_choice", "head style") in codes
    stem = next(p for p in problems if p.params["field"] == "stem style")
    assert "conv, deep, none" in stem.fix and stem.params["where"] == "stem"
    with pytest.raises(rs.DesignError):
        rs.build(d)


def test_without_a_stem_the_stem_numbers_are_not_checked():
    d = tiny()
    d.stem.kernel = 0  # unused without a stem: no problem
    assert rs.validate(d) == []
    d.stem.style = "conv"
    assert any(p.params.get("field") == "stem kernel" for p in rs.validate(d))


def test_no_head_means_no_classes_check_and_channels_flow_from_the_input():
    d = tiny()
    d.head.classes = 0
    assert rs.validate(d) == []
    d.input.channels = 5  # first block: 5 -> 3 channels, so auto needs a projection
    plan = next(d.blocks())[2]
    assert plan.in_channels == 5 and plan.shortcut == "projection"
    assert rs.trace(d).ok


def test_deep_stem_is_timms_and_traced():
    d = rs.preset("resnet50")
    d.stem.style = "deep"
    t = rs.trace(d)
    assert t.ok and t.stem_output == (1, 64, 56, 56)
    stem = [lr for lr in t.layers if lr.path.startswith("stem.") and lr.kind == "Conv2d"]
    assert [lr.out_shape[1] for lr in stem] == [32, 32, 64]
    assert [lr.stride for lr in stem] == [2, 1, 1]
    assert stem[-1].rf == 11  # 3 + 2*2 + 2*2
    ours = rs.build(d)
    theirs = timm.create_model("resnet50d", pretrained=False)
    stem_keys = {k: v.shape for k, v in ours.state_dict().items() if k.startswith(("conv1", "bn1"))}
    assert stem_keys == {k: v.shape for k, v in theirs.state_dict().items()
                         if k.startswith(("conv1", "bn1"))}
    assert t.totals.params == sum(p.numel() for p in ours.parameters())


def test_deep_stem_needs_two_channels():
    d = rs.preset("resnet18")
    d.stem.style = "deep"
    d.stem.channels = 1
    problems = rs.validate(d)
    assert problems and problems[0].params["field"] == "stem channels"


@pytest.mark.parametrize("make", [tiny, lambda: _deep("resnet18"), lambda: _deep("cifar-resnet20")])
def test_exported_code_equals_the_builder(make):
    d = make()
    namespace: dict = {}
    exec(compile(python_source(d), "exported.py", "exec"), namespace)
    theirs = namespace["build_model"]().eval()
    ours = rs.build(d).eval()
    theirs.load_state_dict(ours.state_dict(), strict=True)
    x = torch.rand(d.input_shape(2))
    assert torch.allclose(ours(x), theirs(x), atol=1e-5)


def _deep(name: str) -> Design:
    d = rs.preset(name)
    d.stem.style = "deep"
    return d
