"""The lessons' measurements show what each lesson says, from values measured now."""

import json
import re
import time

import pytest

from resnet_studio.core.lessons import (
    LESSONS,
    Control,
    LessonStopped,
    common,
    degradation,
    gradients,
    identity,
    receptive,
    shapes,
)


def test_residual_blocks_keep_or_change_the_shape():
    r = shapes.residual_block()
    same, down = r["blocks"]
    assert same["input"] == [4, 3, 6, 6] and same["output"] == [4, 3, 6, 6]
    assert down["input"] == [4, 3, 6, 6] and down["output"] == [4, 6, 3, 3]


def test_shape_table_formula_numbers_and_forward_pass_agree():
    r = shapes.shape_table()
    assert r["input"] == [1, 1, 224, 224] and r["all_match"]
    stages = [row["output"] for row in r["rows"] if row["part"].startswith("stage")]
    assert [s[1:] for s in stages] == [[64, 56, 56], [128, 28, 28], [256, 14, 14], [512, 7, 7]]
    checked = 0
    for row in r["rows"]:
        m = re.fullmatch(r"floor\(\((\d+) \+ 2\*(\d+) - (\d+)\)/(\d+)\) \+ 1 = (\d+)",
                         row["formula"])
        if m:
            h, p, k, s, out = map(int, m.groups())
            assert (h + 2 * p - k) // s + 1 == out == row["output"][2]
            checked += 1
    assert checked == 5  # stem conv, pool, stages 2-4
    rfs = [row["receptive_field"] for row in r["rows"]]
    assert rfs == sorted(rfs)


def test_identity_shortcut_error_and_its_fix():
    r = shapes.shortcut_fix()
    assert [(p["code"], p["stage"], p["block"]) for p in r["problems"]] == [
        ("identity_shape_mismatch", 1, 0)]
    assert "projection" in r["problems"][0]["fix"]
    assert "64 -> 128" in r["builder_error"]
    assert r["fixed_problems"] == [] and r["fixed_shortcut"] == "projection"


def test_zero_init_residual_block_is_exactly_the_identity():
    r = identity.run()
    assert r["input_min"] >= 0
    rows = {(x["shortcut"], x["zero_last_bn"]): x for x in r["rows"]}
    res = rows[(True, True)]
    assert res["max_abs_diff_train"] == 0.0 and res["max_abs_diff_eval"] == 0.0
    plain = rows[(False, True)]  # ReLU(0) = 0: as far from x as x's largest value
    assert plain["max_abs_diff_train"] == pytest.approx(r["input_max"])
    assert rows[(True, False)]["max_abs_diff_train"] > 0.01
    assert rows[(False, False)]["max_abs_diff_train"] > 0.01


def test_sample_images_are_the_embedded_fashion_mnist():
    x, y = common.sample_images(10)
    assert x.shape == (10, 1, 28, 28) and x.dtype.is_floating_point is False
    assert y.tolist() == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5]
    assert common.sample_images(10**6)[0].shape[0] == 2500


def test_cifar_design_depths():
    for depth in (20, 56, 110):
        d = common.cifar_design(depth)
        assert 6 * sum(s.blocks for s in d.stages) // 3 + 2 == depth or \
            2 * sum(s.blocks for s in d.stages) + 2 == depth
        assert d.input.height == 28 and d.input.channels == 1
    assert all(s.shortcut == "none" for s in common.cifar_design(56, False).stages)
    with pytest.raises(ValueError, match="6n\\+2"):
        common.cifar_design(21)


def test_gradient_spread_plain_56_at_least_ten_times_residual():
    images, labels = common.sample_images(gradients.BATCH)
    res = gradients.grad_norms(56, True, images, labels)
    plain = gradients.grad_norms(56, False, images, labels)
    assert len(res["grad_norms"]) == 56  # 55 convs + linear (option-A shortcuts: no weights)
    assert len(plain["grad_norms"]) == 56
    assert gradients.spread(plain["grad_norms"]) >= 10 * gradients.spread(res["grad_norms"])
    # largest near the data: the plain net's first layer gets more than its last
    assert plain["grad_norms"][0] > 100 * plain["grad_norms"][-1]


@pytest.mark.slow
def test_without_batchnorm_the_plain_net_gradients_vanish():
    images, labels = common.sample_images(gradients.BATCH)
    plain = gradients.grad_norms(56, False, images, labels, batchnorm=False)
    res = gradients.grad_norms(56, True, images, labels, batchnorm=False)
    assert max(plain["grad_norms"]) < 1e-6 * min(res["grad_norms"])


def test_degradation_tiny_run_and_its_time_budget(monkeypatch):
    monkeypatch.setattr(degradation, "NETS", ((20, False), (20, True)))
    recipe = degradation.Recipe(images=64, size=8, batch=32, epochs=1)
    r = degradation.run(recipe=recipe)
    assert [(x["depth"], x["shortcuts"]) for x in r["runs"]] == [(20, False), (20, True)]
    for run in r["runs"]:
        assert len(run["points"]) == 1 and 0 <= run["final_train_error"] <= 1
        assert not run["stopped_early"]
    x, y = common.sample_images(64)
    over = degradation.train_one(20, False, common.normalise(x), y, recipe, Control(),
                                 deadline=time.monotonic() - 1, done=0, share=1)
    assert over["stopped_early"] and over["points"][0]["epoch"] == 0.5  # one step of two


def test_degradation_verdict_compares_final_training_errors():
    runs = [{"depth": d, "shortcuts": s, "final_train_error": e}
            for d, s, e in ((20, False, 0.2), (56, False, 0.4), (20, True, 0.2), (56, True, 0.1))]
    assert degradation.shows(runs) == {"plain_deeper_worse": True,
                                       "residual_deeper_worse": False}


def test_receptive_field_square_matches_the_gradient():
    r = receptive.run(size=64)
    assert r["layers"] and all(p["measured"] == p["square"]["clipped"] for p in r["layers"])
    rfs = [p["rf"] for p in r["layers"]]
    assert rfs[0] == 7 and rfs == sorted(rfs) and rfs[-1] == 435


def test_stop_ends_a_lesson():
    control = Control()
    control.stop()
    with pytest.raises(LessonStopped):
        identity.run(control)


def test_cli_lists_and_runs_lessons(capsys):
    from resnet_studio.cli import main

    assert main(["lesson", "--list"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in LESSONS)
    assert main(["lesson", "residual-block", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["blocks"][1]["output"] == [4, 6, 3, 3]
    assert main(["lesson", "no-such"]) == 2
    assert "lesson --list" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_gradient_flow_json(capsys):
    from resnet_studio.cli import main

    assert main(["lesson", "gradient-flow", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    runs = {(r["depth"], r["shortcuts"]): r for r in out["runs"]}
    assert set(runs) == {(d, s) for d in (20, 56, 110) for s in (True, False)}
    for (depth, _s), run in runs.items():
        assert run["design"].startswith(f"cifar-resnet{depth}")
        assert len(run["grad_norms"]) >= depth and all(g > 0 for g in run["grad_norms"])


def test_residual_blocks_as_a_design_without_stem_and_head():
    import torch

    from resnet_studio.core import build, trace, validate

    design = shapes.block_design()
    assert validate(design) == []
    t = trace(design, (4, 3, 6, 6))
    assert t.ok and t.block_outputs[(0, 0)] == (4, 3, 6, 6)
    assert t.block_outputs[(1, 0)] == (4, 6, 3, 3) and t.output_shape == (4, 6, 3, 3)
    with torch.no_grad():
        assert build(design)(torch.rand(4, 3, 6, 6)).shape == (4, 6, 3, 3)
