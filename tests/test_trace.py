"""The shape trace equals a real forward pass, and agrees with torchinfo."""

import pytest
import torch
import torchinfo
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import resnet_studio as rs
from resnet_studio.core.design.builder import ResNet, ZeroPadShortcut
from resnet_studio.core.design.design import (
    BlockOverride,
    Design,
    HeadSpec,
    InputSpec,
    StageSpec,
    StemSpec,
)


def test_d2l_trace_matches_d2ls():
    t = rs.trace(rs.preset("d2l-resnet18"), (1, 1, 224, 224))
    assert t.ok
    assert t.stem_output == (1, 64, 56, 56)
    assert t.stage_outputs == [(1, 64, 56, 56), (1, 128, 28, 28), (1, 256, 14, 14), (1, 512, 7, 7)]
    assert t.output_shape == (1, 10)
    assert t.totals.params == 11_178_378
    assert t.totals.macs == 1_737_382_026


@pytest.mark.parametrize("name", ["d2l-resnet18", "resnet50", "resnext50_32x4d", "cifar-resnet20-plain",
                                  "cifar-resnet20", "resnet26d", "seresnet50", "resnetv2_50"])
def test_macs_and_params_agree_with_torchinfo(name):
    d = rs.preset(name)
    shape = d.input_shape(2)
    s = torchinfo.summary(rs.build(d), shape, verbose=0)
    t = rs.trace(d, shape)
    assert t.totals.macs == s.total_mult_adds
    assert t.totals.params == s.total_params


def test_formula_and_receptive_field():
    t = rs.trace(rs.preset("d2l-resnet18"))
    by_path = {lr.path: lr for lr in t.layers}
    assert by_path["stem.conv"].formula == "floor((224 + 2*3 - 7)/2) + 1 = 112"
    assert by_path["stage2.block1.conv1"].formula == "floor((56 + 2*1 - 3)/2) + 1 = 28"
    assert by_path["stage2.block1.shortcut.conv"].formula == "floor((56 + 2*0 - 1)/2) + 1 = 28"
    assert by_path["stem.conv"].rf == 7 and by_path["stem.conv"].jump == 2
    assert by_path["stem.pool"].rf == 11 and by_path["stem.pool"].jump == 4
    assert by_path["stage1.block1.conv1"].rf == 19
    assert by_path["stage4.block2.relu"].jump == 32


def test_totals_scale_with_batch():
    t = rs.trace(rs.preset("resnet18"))
    tot4 = t.totals.for_batch(4)
    t4 = rs.trace(rs.preset("resnet18"), (4, 3, 224, 224)).totals
    assert tot4.macs == t4.macs and tot4.activation_bytes == t4.activation_bytes
    assert tot4.weight_bytes == t4.weight_bytes == t4.params * 4


def test_invalid_design_is_traced_up_to_the_failing_layer():
    d = rs.preset("d2l-resnet18")
    d.stages[2].shortcut = "identity"
    t = rs.trace(d)
    assert not t.ok
    last = t.layers[-1]
    assert last.error is t.error
    assert last.path == "stage3.block1.add" and last.stage == 2 and last.block == 0
    assert "128" in t.error.message and "256" in t.error.message
    assert t.stage_outputs == [(1, 64, 56, 56), (1, 128, 28, 28)]


def test_input_too_small_marks_the_layer_where_the_map_vanishes():
    t = rs.trace(rs.preset("cifar-resnet20"), (1, 3, 1, 1))
    assert t.ok  # 3x3 pad 1 keeps a 1x1 map alive; stride 2 of 1 is still 1
    d = rs.preset("resnet18")
    d.stem.padding = 0
    t = rs.trace(d, (1, 3, 5, 5))
    assert not t.ok and t.error.code == "spatial_too_small"
    assert t.layers[-1].path == "stem.conv"


def test_wrong_input_channels_is_marked_at_the_stem():
    t = rs.trace(rs.preset("d2l-resnet18"), (1, 3, 224, 224))
    assert not t.ok and t.layers[-1].path == "stem.conv"


# ---- the trace equals a real forward pass, over random valid designs ----

@st.composite
def designs(draw):
    kind = draw(st.sampled_from(["basic", "bottleneck"]))
    stem_kernel = draw(st.integers(1, 7))
    stem = StemSpec(
        channels=draw(st.sampled_from([4, 8, 12])),
        kernel=stem_kernel, stride=draw(st.integers(1, 3)),
        padding=draw(st.integers(0, 3)), pool=draw(st.booleans()),
        pool_kernel=3, pool_stride=draw(st.integers(1, 2)), pool_padding=draw(st.integers(0, 1)),
        style=draw(st.sampled_from(["conv", "deep", "none"])),
    )
    stages = []
    for _ in range(draw(st.integers(1, 3))):
        groups = draw(st.sampled_from([1, 2])) if kind == "bottleneck" else 1
        stage = StageSpec(
            channels=draw(st.sampled_from([8, 16, 24])), blocks=draw(st.integers(1, 3)),
            stride=draw(st.integers(1, 3)), kind=kind,
            shortcut=draw(st.sampled_from(["auto", "projection", "none", "identity", "zero-pad",
                                           "avg-down"])),
            groups=groups, width_per_group=draw(st.sampled_from([32, 64])),
        )
        if draw(st.booleans()):
            b = draw(st.integers(0, stage.blocks - 1))
            stage.overrides[b] = BlockOverride(
                stride=draw(st.one_of(st.none(), st.integers(1, 2))),
                shortcut=draw(st.one_of(st.none(), st.sampled_from(
                    ["projection", "none", "zero-pad", "avg-down"]))))
        stages.append(stage)
    return Design(
        name="random", input=InputSpec(draw(st.integers(1, 3)), draw(st.integers(5, 48)),
                                       draw(st.integers(5, 48))),
        stem=stem, stages=stages,
        head=HeadSpec(draw(st.integers(1, 12)), style=draw(st.sampled_from(["linear", "none"]))),
        conv_bias=draw(st.booleans()), projection_bn=draw(st.booleans()),
        block_order=draw(st.sampled_from(["post", "pre"])),
        auto_shortcut=draw(st.sampled_from(["projection", "zero-pad", "avg-down"])),
        se_ratio=draw(st.sampled_from([0, 0, 4, 16])),
        drop_path=draw(st.sampled_from([0.0, 0.2])), zero_init_last=draw(st.booleans()),
    )


def _forward_shapes(model, x):
    shapes = {}
    hooks = []
    for name, module in model.named_modules():
        if isinstance(module, (torch.nn.Conv2d, torch.nn.BatchNorm2d, torch.nn.MaxPool2d,
                               torch.nn.Linear, torch.nn.AdaptiveAvgPool2d, torch.nn.AvgPool2d,
                               ZeroPadShortcut)):
            hooks.append(module.register_forward_hook(
                lambda m, i, o, name=name: shapes.__setitem__(name, tuple(o.shape))))
    model.eval()
    with torch.no_grad():
        out = model(x)
    for h in hooks:
        h.remove()
    return shapes, tuple(out.shape)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(designs(), st.integers(1, 3))
def test_trace_equals_a_real_forward_pass(design, batch):
    assume(rs.validate(design) == [])
    shape = design.input_shape(batch)
    t = rs.trace(design, shape)
    assert t.ok
    model = rs.build(design)
    shapes, out = _forward_shapes(model, torch.zeros(shape))
    traced = {lr.module: lr.out_shape for lr in t.layers if lr.module in shapes}
    assert traced == shapes
    assert t.output_shape == out
    params = {n: p.numel() for n, p in model.named_parameters()}
    assert t.totals.params == sum(params.values())
    for lr in t.layers:
        if lr.kind in ("Conv2d", "BatchNorm2d", "Linear"):
            own = sum(v for n, v in params.items() if n.rsplit(".", 1)[0] == lr.module)
            assert lr.params == own, lr.path


@settings(max_examples=40, deadline=None)
@given(designs())
def test_invalid_designs_never_crash_the_trace_and_fail_like_torch(design):
    """Where the trace says a design cannot run, torch agrees (and vice versa)."""
    problems = rs.validate(design)
    t = rs.trace(design)
    if problems:
        assert not t.ok or any(p.code in ("design_too_large", "activations_too_large") for p in problems)
        try:
            model = ResNet(design).eval()
            with torch.no_grad():
                model(torch.zeros(design.input_shape(1)))
        except (RuntimeError, ValueError):
            return
        raise AssertionError(f"trace failed ({t.error}) but torch ran")
    assert t.ok


def test_validate_reuses_a_given_trace_and_finds_the_same_problems(monkeypatch):
    """The window traces every edit; validate() takes that trace (at the design's own
    input, batch 1) instead of tracing again, and finds exactly what it finds alone."""
    import resnet_studio.core.design.validate as validate_module
    from resnet_studio.core.design.presets import preset, preset_names
    from resnet_studio.core.design.trace import trace as real_trace
    from resnet_studio.core.design.validate import validate

    designs = [preset(n) for n in preset_names()]
    small = preset("resnet50")
    small.input.height = small.input.width = 8  # too small: a trace error
    huge = preset("d2l-resnet18")
    huge.stages[0].channels = 60_000  # too many parameters
    designs += [small, huge]
    calls = []
    monkeypatch.setattr(validate_module, "trace", lambda *a: calls.append(a) or real_trace(*a))
    for d in designs:
        alone = validate(d)
        calls.clear()
        given = validate(d, real_trace(d))
        assert not calls, d.name  # the given trace was used
        assert [(p.code, p.stage, p.block) for p in given] == \
            [(p.code, p.stage, p.block) for p in alone], d.name
    calls.clear()
    validate(small, real_trace(small, small.input_shape(4)))  # another batch: traced again
    assert len(calls) == 1


def _walked(design, shape, monkeypatch) -> dict:
    """The trace with every block planned and walked layer by layer (no repeated-block
    copies, no shared plans)."""
    from resnet_studio.core.design.trace import _Walker

    with monkeypatch.context() as m:
        m.setattr(_Walker, "_repeats", lambda self, before, end: False)
        m.setattr(Design, "repeats_previous", lambda self, stage, block: False)
        t = rs.trace(design, shape)
    return _trace_facts(t)


def _trace_facts(t) -> dict:
    return {**t.to_dict(), "block_outputs": dict(t.block_outputs),
            "stage_outputs": list(t.stage_outputs), "rf": [lr.rf for lr in t.layers],
            "jump": [lr.jump for lr in t.layers]}


@settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(designs(), st.integers(1, 3), st.integers(2, 6))
def test_copied_repeated_blocks_equal_walking_every_layer(monkeypatch, design, batch, blocks):
    """A block that repeats the one before (same plan, same input shape) is traced as a
    copy of that block's layers; the result is the same as walking each layer, valid or
    not (names, modules, receptive fields, formulas, errors)."""
    for stage in design.stages:
        stage.blocks = blocks
    shape = design.input_shape(batch)
    copied = rs.trace(design, shape)
    assert _trace_facts(copied) == _walked(design, shape, monkeypatch)
    with monkeypatch.context() as m:  # the shared plans are the plans
        shared = list(design.blocks())
        m.setattr(Design, "repeats_previous", lambda self, stage, block: False)
        assert shared == list(design.blocks())


def test_copied_blocks_on_the_presets_and_a_deep_cifar_net(monkeypatch):
    from resnet_studio.core.design.presets import preset, preset_names

    designs = [preset(n) for n in preset_names()]
    deep = preset("cifar-resnet20")
    for stage in deep.stages:
        stage.blocks = 200  # the 1,202-layer net
    designs.append(deep)
    for design in designs:
        shape = design.input_shape(2)
        assert _trace_facts(rs.trace(design, shape)) == _walked(design, shape, monkeypatch), \
            design.name
    t = rs.trace(deep)
    assert sum(1 for lr in t.layers if lr.kind in ("Conv2d", "Linear")
               and lr.branch != "shortcut") == 1202
    modules = {lr.path: lr.module for lr in t.layers}
    assert modules["stage3.block200.conv2"] == "layer3.199.conv2"
    assert modules["stage3.block200.add"] == ""


@settings(max_examples=80, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(designs(), st.integers(1, 5))
def test_validate_checking_first_and_overridden_blocks_equals_checking_all(
        monkeypatch, design, blocks):
    """validate() checks the shortcuts of a stage's first block and its overridden
    ones only; checking every block finds exactly the same problems."""
    import resnet_studio.core.design.validate as validate_module

    for stage in design.stages:
        stage.blocks = max(stage.blocks, blocks)
    found = [p.to_dict() for p in rs.validate(design)]
    with monkeypatch.context() as m:
        m.setattr(validate_module, "_blocks_to_check", lambda stage: range(stage.blocks))
        every = [p.to_dict() for p in rs.validate(design)]
    assert found == every


def test_validate_finds_a_shortcut_problem_of_an_overridden_later_block():
    from resnet_studio.core.design.presets import preset

    design = preset("d2l-resnet18")
    stage = design.stages[1]
    stage.blocks = 5
    stage.overrides[3] = BlockOverride(stride=2, shortcut="identity")  # x cannot be added
    problems = rs.validate(design)
    assert [(p.code, p.stage, p.block) for p in problems] == [("identity_shape_mismatch", 1, 3)]
    # found by the shortcut check, before any trace: it says why (stride 2 halves x)
    assert problems[0].params["reason"] == "halves" and problems[0].layer is None
