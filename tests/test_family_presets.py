"""The ResNet family's presets: timm's (state_dicts both ways, same outputs, same
parameter counts) and He et al.'s CIFAR nets (option A, the paper's Table 6)."""

import pytest
import timm
import torch
from torch import nn

import resnet_studio as rs
from resnet_studio.core.design.presets import TIMM_PRESETS
from resnet_studio.core.export.foreign import from_timm_v2, to_timm_v2


def _randomise_bn(model: nn.Module) -> nn.Module:
    """Random BN statistics and scales, so that a wrong wiring shows in the outputs."""
    gen = torch.Generator().manual_seed(0)
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.copy_(torch.rand(m.num_features, generator=gen) - 0.5)
            m.running_var.copy_(torch.rand(m.num_features, generator=gen) + 0.5)
            m.weight.data.copy_(torch.rand(m.num_features, generator=gen) + 0.5)
    return model.eval()


@pytest.mark.parametrize("name", TIMM_PRESETS)
def test_timm_presets_are_timms_networks(name):
    torch.manual_seed(0)
    theirs = _randomise_bn(timm.create_model(name, pretrained=False))
    ours = rs.build(rs.preset(name)).eval()
    plain_keys = name != "resnetv2_50"  # timm's ResNetV2 names its modules differently
    to_ours = theirs.state_dict() if plain_keys else from_timm_v2(theirs.state_dict())
    ours.load_state_dict(to_ours, strict=True)
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.allclose(ours(x), theirs(x), atol=1e-4, rtol=1e-4)
    # and back: our weights load into timm's model with strict=True
    _randomise_bn(ours)
    back = ours.state_dict() if plain_keys else to_timm_v2(ours.state_dict())
    fresh = timm.create_model(name, pretrained=False).eval()
    fresh.load_state_dict(back, strict=True)
    with torch.no_grad():
        assert torch.allclose(ours(x), fresh(x), atol=1e-4, rtol=1e-4)
    assert rs.trace(rs.preset(name)).totals.params == sum(p.numel() for p in theirs.parameters())


@pytest.mark.parametrize("depth,millions", [(20, 0.27), (32, 0.46), (44, 0.66), (56, 0.85),
                                            (110, 1.7), (1202, 19.4)])
def test_cifar_nets_have_the_papers_parameter_counts(depth, millions):
    d = rs.preset(f"cifar-resnet{depth}")
    t = rs.trace(d)
    assert t.ok and round(t.totals.params / 1e6, 2 if depth < 110 else 1) == millions
    assert all(plan.shortcut in ("identity", "zero-pad") for _, _, plan in d.blocks())
    if depth <= 56:
        assert t.totals.params == sum(p.numel() for p in rs.build(d).parameters())


def test_option_b_is_one_switch_away_and_adds_the_projections():
    a = rs.preset("cifar-resnet20")
    b = a.copy()
    b.auto_shortcut = "projection"
    pa, pb = rs.trace(a).totals.params, rs.trace(b).totals.params
    # two 1x1 projections with BN: 16*32 + 2*32 and 32*64 + 2*64
    assert pb - pa == 16 * 32 + 64 + 32 * 64 + 128
    model = rs.build(a).eval()
    assert not any("downsample" in n for n, _ in model.named_parameters())
    x = torch.randn(2, 3, 32, 32)
    assert model(x).shape == (2, 10)


def test_option_a_pads_zeros_and_subsamples():
    d = rs.preset("cifar-resnet20")
    d.stages = d.stages[:2]
    d.stages[1].blocks = 1
    block = rs.build(d).layer2[0].eval()
    x = torch.randn(1, 16, 8, 8)
    shortcut = block.downsample(x)
    assert shortcut.shape == (1, 32, 4, 4)
    assert torch.equal(shortcut[:, :16], x[:, :, ::2, ::2])
    assert torch.count_nonzero(shortcut[:, 16:]) == 0


def test_zero_pad_cannot_reduce_channels():
    d = rs.preset("cifar-resnet20")
    d.stages[2].channels = 8
    problems = rs.validate(d)
    assert problems[0].code == "zero_pad_fewer_channels"
    assert problems[0].stage == 2 and problems[0].block == 0
    assert "32" in problems[0].message and "projection" in problems[0].fix


def test_plain_twins_stay_plain():
    for name in ("cifar-resnet20-plain", "cifar-resnet56-plain"):
        assert all(p.shortcut == "none" for _, _, p in rs.preset(name).blocks())


def test_drop_path_rises_linearly_and_only_while_training():
    d = rs.preset("resnet26d")
    d.drop_path = 0.1
    rates = [plan.drop_path for _, _, plan in d.blocks()]
    assert rates[0] == 0 and rates[-1] == pytest.approx(0.1)
    assert rates == pytest.approx([0.1 * i / 7 for i in range(8)])
    model = rs.build(d).eval()
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.equal(model(x), model(x))  # eval: nothing dropped


def test_zero_init_makes_each_block_start_as_its_shortcut():
    for name in ("resnet26d", "resnetv2_50"):
        d = rs.preset(name)
        d.zero_init_last = True
        model = rs.build(d).eval()
        block = model.layer1[1]  # an identity block: F(x) = 0, so H(x) = x (post: ReLU(x))
        x = torch.rand(1, 256, 8, 8)
        with torch.no_grad():
            assert torch.allclose(block(x), x)


def test_zero_init_survives_the_trainers_initialisation():
    from resnet_studio.core.training.recipe import init_weights, part_of

    d = rs.preset("resnetv2_50")
    d.zero_init_last = True
    model = rs.build(d)
    init_weights(model, "kaiming")
    assert torch.count_nonzero(model.layer1[0].conv3.weight) == 0
    assert part_of("final_bn.weight") == "head"
