"""Exported Python code: reads like d2l, runs alone, and takes the studio's weights
with strict=True giving the same outputs, for every kind of design."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from test_export_support import overrides_design, random_state, small

import resnet_studio as rs
from resnet_studio.core.export import export, python_source


def one_block_each(design: rs.Design) -> rs.Design:
    """The preset's stages with one block each: every block kind, a quarter of the cost."""
    for stage in design.stages:
        stage.blocks = 1
    return design


def _exec(source: str) -> dict:
    namespace: dict = {"__name__": "exported"}
    exec(compile(source, "<exported>", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("name", rs.preset_names())
def test_every_preset_has_the_studio_state_dict_layout(name):
    design = rs.preset(name)
    build_model = _exec(python_source(design))["build_model"]
    with torch.device("meta"):
        ours, theirs = rs.build(design), build_model()
    assert {k: v.shape for k, v in theirs.state_dict().items()} == \
        {k: v.shape for k, v in ours.state_dict().items()}


CASES = {
    "d2l-resnet18": lambda: small(rs.preset("d2l-resnet18"), 64),  # bias, no BN on the 1x1
    "d2l-resnet18-plain": lambda: small(rs.preset("d2l-resnet18-plain"), 64),  # no shortcut
    "resnet18": lambda: small(rs.preset("resnet18"), 64),  # torchvision basic
    "resnet50": lambda: one_block_each(small(rs.preset("resnet50"), 64)),  # bottleneck
    "resnext50_32x4d": lambda: one_block_each(small(rs.preset("resnext50_32x4d"), 64)),  # groups
    "cifar-resnet20": lambda: rs.preset("cifar-resnet20"),  # no max-pool
    "overrides": overrides_design,  # per-block stride and shortcut overrides
}


@pytest.mark.parametrize("case", CASES)
def test_checkpoint_weights_load_strictly_and_give_the_same_outputs(case):
    design = CASES[case]()
    state = random_state(design)
    studio = rs.build(design)
    studio.load_state_dict(state)
    exported = _exec(python_source(design))["build_model"]()
    exported.load_state_dict(state, strict=True)
    x = torch.randn(3, *design.input_shape(1)[1:])
    with torch.no_grad():
        want = studio.eval()(x)
        got = exported.eval()(x)
    assert torch.allclose(got, want, atol=1e-5, rtol=1e-4)
    # training mode too (BatchNorm on batch statistics): the same graph, not just eval
    studio.train()
    exported.train()
    assert torch.allclose(exported(x), studio(x), atol=1e-4, rtol=1e-4)


def test_d2l_code_reads_like_the_chapter():
    source = python_source(rs.preset("d2l-resnet18"))
    assert "class Residual(nn.Module):" in source
    assert "use_1x1conv: bool = False" in source and "strides: int = 1" in source
    assert "Residual(64, 128, use_1x1conv=True, strides=2)" in source
    assert "[Residual(64, 64) for _ in range(2)]" in source
    assert "class Bottleneck" not in source and "use_shortcut" not in source
    assert "BIAS = True" in source and "nn.BatchNorm2d(num_channels)," not in source
    assert "import" in source and "resnet_studio" not in source.split('"""', 2)[2]
    assert "def build_model(num_classes: int = 10) -> ResNet:" in source


def test_bottleneck_and_plain_code_only_when_used():
    r50 = python_source(rs.preset("resnet50"))
    assert "class Bottleneck(nn.Module):" in r50 and "class Residual" not in r50
    assert "BIAS = False" in r50 and "nn.BatchNorm2d(num_channels)," in r50
    assert "*[Bottleneck(1024, 256, 1024) for _ in range(5)]" in r50
    plain = python_source(rs.preset("cifar-resnet20-plain"))
    assert "use_shortcut=False" in plain and "if self.use_shortcut:" in plain
    assert "maxpool" not in plain


def test_code_of_an_invalid_design_is_refused():
    design = rs.preset("d2l-resnet18")
    design.stages[1].shortcut = "identity"
    with pytest.raises(rs.DesignError, match="projection"):
        python_source(design)


def test_exported_file_runs_alone_and_is_lint_clean(tmp_path):
    design = rs.preset("cifar-resnet20")
    result = export(design, "py", tmp_path / "net.py")
    assert "match the studio" in result.check
    run = subprocess.run([sys.executable, str(result.path)], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "layer3   Sequential         output shape: (1, 64, 8, 8)" in run.stdout
    assert "fc       Linear             output shape: (1, 10)" in run.stdout
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff:
        (tmp_path / "d2l.py").write_text(python_source(overrides_design()))
        lint = subprocess.run([ruff, "check", "--isolated", "--line-length", "100", "--select",
                               "E,F,W,B,UP", str(tmp_path)], capture_output=True, text=True)
        assert lint.returncode == 0, lint.stdout


def test_python_export_with_weights_checks_outputs(tmp_path):
    design = overrides_design()
    result = export(design, "py", tmp_path / "o.py", random_state(design))
    assert "strict=True" in result.check and result.max_diff is not None
    assert result.max_diff < 1e-5
