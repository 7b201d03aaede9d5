"""Designs, presets, the builder and validation."""

import pytest
import torch
import torchvision

import resnet_studio as rs
from resnet_studio.core.design.builder import BasicBlock
from resnet_studio.core.design.design import BlockOverride, StageSpec, plan_block
from resnet_studio.core.design.problems import DesignError


def n_params(model):
    return sum(p.numel() for p in model.parameters())


def test_d2l_resnet18_is_d2ls_network():
    d = rs.preset("d2l-resnet18")
    model = rs.build(d)
    assert n_params(model) == 11_178_378
    x = torch.zeros(1, 1, 224, 224)
    model.eval()
    x = model.maxpool(model.relu(model.bn1(model.conv1(x))))
    assert tuple(x.shape) == (1, 64, 56, 56)
    shapes = []
    for name in model.stage_names:
        x = getattr(model, name)(x)
        shapes.append(tuple(x.shape))
    assert shapes == [(1, 64, 56, 56), (1, 128, 28, 28), (1, 256, 14, 14), (1, 512, 7, 7)]
    assert tuple(model(torch.zeros(1, 1, 224, 224)).shape) == (1, 10)
    # d2l: biased convs, 1x1 shortcut without BN, only where a stage halves the size
    assert model.conv1.bias is not None
    assert model.layer1[0].downsample is None
    assert isinstance(model.layer2[0].downsample[0], torch.nn.Conv2d)
    assert len(model.layer2[0].downsample) == 1
    assert model.layer2[1].downsample is None


def _basic(cin, cout, stride, shortcut):
    stage = StageSpec(channels=cout, blocks=1, stride=stride, shortcut=shortcut)
    return BasicBlock(plan_block(stage, 0, cin), bias=True, projection_bn=False)


def test_d2l_block_examples():
    x = torch.rand(4, 3, 6, 6)
    assert tuple(_basic(3, 3, 1, "identity")(x).shape) == (4, 3, 6, 6)
    assert tuple(_basic(3, 6, 2, "projection")(x).shape) == (4, 6, 3, 3)


def test_auto_shortcut_puts_projection_exactly_where_shape_changes():
    d = rs.preset("resnet50")
    for si, bi, plan in d.blocks():
        changes = plan.in_channels != plan.out_channels or plan.stride != 1
        assert (plan.shortcut == "projection") == changes, (si, bi)


@pytest.mark.parametrize("name", rs.TORCHVISION_PRESETS)
def test_torchvision_presets_are_torchvision_networks(name):
    ours = rs.build(rs.preset(name)).eval()
    theirs = getattr(torchvision.models, name)().eval()
    theirs.load_state_dict(ours.state_dict(), strict=True)
    x = torch.randn(1, 3, 64, 64)
    with torch.no_grad():
        assert torch.allclose(ours(x), theirs(x), atol=1e-5)


def test_every_preset_builds_and_validates():
    assert len(rs.preset_names()) >= 13
    for name in rs.preset_names():
        d = rs.preset(name)
        assert rs.validate(d) == [], name


def test_plain_twins_have_no_shortcuts():
    for name in ("d2l-resnet18-plain", "cifar-resnet20-plain", "cifar-resnet56-plain"):
        model = rs.build(rs.preset(name))
        assert not any("downsample" in n for n, _ in model.named_modules()), name
        assert all(plan.shortcut == "none" for _, _, plan in rs.preset(name).blocks())


def test_cifar_nets_have_the_papers_depth():
    for depth in (20, 56):
        d = rs.preset(f"cifar-resnet{depth}")
        convs = sum(st.blocks * 2 for st in d.stages)
        assert convs + 2 == depth  # 6n weighted layers in stages + stem conv + fc


def test_unknown_preset_names_the_choices():
    with pytest.raises(DesignError) as e:
        rs.preset("resnet9000")
    assert "d2l-resnet18" in str(e.value)


def test_per_block_overrides():
    d = rs.preset("d2l-resnet18")
    d.stages[0].overrides[1] = BlockOverride(stride=2, shortcut="projection")
    plans = [p for s, _, p in d.blocks() if s == 0]
    assert plans[1].stride == 2 and plans[1].shortcut == "projection"
    t = rs.trace(d)
    assert t.ok and t.stage_outputs[0] == (1, 64, 28, 28)


def codes(problems):
    return [(p.code, p.stage, p.block) for p in problems]


def test_validation_reports_every_problem_with_place_and_fix():
    d = rs.preset("d2l-resnet18")
    d.stages[1].shortcut = "identity"  # 64 -> 128, stride 2: impossible
    d.stages[2].channels = 0
    d.head.classes = -1
    problems = rs.validate(d)
    found = codes(problems)
    assert ("identity_shape_mismatch", 1, 0) in found
    assert ("value_not_positive", 2, None) in found
    assert any(c == "value_not_positive" and "classes" in p.message for (c, _, _), p in zip(found, problems))
    ident = next(p for p in problems if p.code == "identity_shape_mismatch")
    assert "stage 2, block 1" in ident.message
    assert "1x1" in ident.fix
    with pytest.raises(DesignError):
        rs.build(d)


def test_spatial_too_small_names_the_layer_and_the_smallest_input():
    d = rs.preset("d2l-resnet18")
    d.input.height = d.input.width = 1
    d.stem.padding = 0
    problems = rs.validate(d)
    assert problems and problems[0].code == "spatial_too_small"
    assert problems[0].params["layer"] == "stem.conv"
    smallest = problems[0].params["min_input"]
    assert smallest == rs.min_input_size(d)
    d.input.height = d.input.width = smallest
    assert rs.validate(d) == []
    d.input.height = d.input.width = smallest - 1
    assert rs.validate(d) != []


def test_bottleneck_channels_must_fit_the_expansion():
    d = rs.preset("resnet50")
    d.stages[0].channels = 250
    p = rs.validate(d)
    assert codes(p) == [("bottleneck_channels", 0, None)]
    assert "252" in p[0].fix


def test_absurd_design_is_refused_with_an_estimate_before_allocating():
    d = rs.preset("resnet18")
    for st in d.stages:
        st.channels = 16384
        st.blocks = 4
    problems = rs.validate(d)
    assert [p.code for p in problems] == ["design_too_large"]
    assert "parameters" in problems[0].message
    with pytest.raises(DesignError):
        rs.build(d)


def test_bad_values_are_reported_not_raised():
    d = rs.preset("cifar-resnet20")
    d.stages[0].kind = "triple"
    d.stages[1].blocks = "two"
    d.stem.pool = True
    d.stem.pool_padding = 5
    found = {c for c, _, _ in codes(rs.validate(d))}
    assert {"bad_choice", "field_type", "value_too_large"} <= found
    t = rs.trace(d)  # traces as far as it goes, never raises
    assert not t.ok
