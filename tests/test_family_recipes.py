"""One recipe per block kind: the builder, the trace and validation read the same one."""

import pytest
import torch

import resnet_studio as rs
from resnet_studio.core.design.design import BLOCK_KINDS, StageSpec, plan_block
from resnet_studio.core.design.recipes import KINDS, main_path, projection_step
from resnet_studio.core.design.trace import min_input_size


def test_every_block_kind_has_a_recipe():
    assert set(KINDS) == set(BLOCK_KINDS)


@pytest.mark.parametrize("kind,channels", [("basic", 24), ("bottleneck", 64)])
def test_builder_and_trace_follow_the_recipe(kind, channels):
    d = rs.preset("resnet18")
    d.stages = [StageSpec(channels=16, blocks=1, kind=kind if kind == "basic" else "basic"),
                StageSpec(channels=channels, blocks=1, stride=2, kind=kind)]
    d.stem.channels = 16
    plan = plan_block(d.stages[1], 0, 16)
    steps = main_path(plan)
    block = rs.build(d).layer2[0]
    for step in steps:
        conv = getattr(block, step.name)
        assert isinstance(conv, torch.nn.Conv2d)
        assert (conv.out_channels, conv.kernel_size[0], conv.stride[0], conv.groups) == (
            step.out_channels, step.kernel, step.stride, step.groups)
        assert getattr(block, step.bn).num_features == step.out_channels
    traced = [lr.module.rsplit(".", 1)[1] for lr in rs.trace(d).block_layers(1, 0)
              if lr.kind == "Conv2d" and lr.branch == "main"]
    assert traced == [s.name for s in steps]
    assert projection_step(plan).name == "downsample.0"
    assert block.downsample[0].stride == (2, 2)


def test_expansion_comes_from_the_kind():
    d = rs.preset("resnet50")
    d.stages[0].channels = 258
    problem = rs.validate(d)[0]
    assert problem.code == "bottleneck_channels"
    assert problem.params["expansion"] == KINDS["bottleneck"].expansion
    assert problem.params["suggestion"] == 260


def test_smallest_input_walks_every_conv_of_the_recipe():
    d = rs.preset("resnet50")
    n = min_input_size(d)
    assert rs.trace(d, (1, 3, n, n)).ok
    assert not rs.trace(d, (1, 3, n - 1, n - 1)).ok
