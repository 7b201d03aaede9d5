"""Weights in from d2l's own ``net`` and from timm: core, CLI and the window's import."""

from __future__ import annotations

import pytest
import timm
import torch
from PySide6.QtWidgets import QFileDialog, QMainWindow
from torch import nn
from torch.nn import functional as F

import resnet_studio as rs
from resnet_studio.cli import main
from resnet_studio.core.export import ExportError, load_source
from resnet_studio.core.export.weights import load_torchvision_weights
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.export.actions import add_export_actions


class Residual(nn.Module):
    """d2l.ai's Residual block, as the chapter defines it."""

    def __init__(self, input_channels, num_channels, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.Conv2d(input_channels, num_channels, kernel_size=3, padding=1,
                               stride=strides)
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)
        self.conv3 = (nn.Conv2d(input_channels, num_channels, kernel_size=1, stride=strides)
                      if use_1x1conv else None)
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.bn2 = nn.BatchNorm2d(num_channels)

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        Y += X
        return F.relu(Y)


def resnet_block(input_channels, num_channels, num_residuals, first_block=False):
    blk = []
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.append(Residual(input_channels, num_channels, use_1x1conv=True, strides=2))
        else:
            blk.append(Residual(num_channels, num_channels))
    return blk


def d2l_net() -> nn.Sequential:
    """The chapter's ``net``: b1..b5, global average pool, flatten, linear."""
    b1 = nn.Sequential(nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
                       nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    b2 = nn.Sequential(*resnet_block(64, 64, 2, first_block=True))
    b3 = nn.Sequential(*resnet_block(64, 128, 2))
    b4 = nn.Sequential(*resnet_block(128, 256, 2))
    b5 = nn.Sequential(*resnet_block(256, 512, 2))
    net = nn.Sequential(b1, b2, b3, b4, b5, nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(),
                        nn.Linear(512, 10))
    gen = torch.Generator().manual_seed(1)
    for m in net.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.copy_(torch.rand(m.num_features, generator=gen) - 0.5)
            m.running_var.copy_(torch.rand(m.num_features, generator=gen) + 0.5)
    return net.eval()


@pytest.fixture(scope="module")
def d2l_file(tmp_path_factory):
    torch.manual_seed(0)
    net = d2l_net()
    path = tmp_path_factory.mktemp("d2l") / "net.pth"
    torch.save(net.state_dict(), path)
    assert "0.0.weight" in net.state_dict() and "2.0.conv3.weight" in net.state_dict()
    return path, net


def test_d2l_net_loads_into_d2l_resnet18_with_the_same_outputs(d2l_file):
    path, net = d2l_file
    x = torch.randn(2, 1, 96, 96)
    for design in (rs.preset("d2l-resnet18"), None):  # named, and found by itself
        found, model = load_torchvision_weights(path, design)
        assert found.name == "d2l-resnet18"
        with torch.no_grad():
            assert torch.allclose(model(x), net(x), atol=1e-5)


def test_d2l_net_through_the_cli(d2l_file, tmp_path, capsys):
    path, net = d2l_file
    out = tmp_path / "studio.pt"
    assert main(["export", str(path), "--design", "d2l-resnet18", "--format", "state-dict",
                 "-o", str(out)]) == 0
    assert "weights from the file" in capsys.readouterr().out
    model = rs.build(rs.preset("d2l-resnet18")).eval()
    model.load_state_dict(torch.load(out, weights_only=True), strict=True)
    x = torch.randn(1, 1, 96, 96)
    with torch.no_grad():
        assert torch.allclose(model(x), net(x), atol=1e-5)


def test_d2l_net_through_the_windows_import(d2l_file, qtbot, monkeypatch, tmp_path):
    path, net = d2l_file
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File").addMenu("Export")
    document = DesignDocument(rs.preset("d2l-resnet18"), parent=window)
    actions = add_export_actions(menu, document, window)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, m, fix="": errors.append(m))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "w.pt"), ""))
    try:
        with qtbot.waitSignal(actions.finished, timeout=60_000):
            actions.actions["import"].trigger()  # read in the worker thread
        assert errors == [] and document.design.name == "d2l-resnet18"
        with qtbot.waitSignal(actions.finished, timeout=60_000):
            actions.actions["state-dict"].trigger()
    finally:
        actions.shutdown()
    saved = torch.load(tmp_path / "w.pt", weights_only=True)
    assert torch.equal(saved["layer2.0.downsample.0.weight"], net.state_dict()["2.0.conv3.weight"])
    assert torch.equal(saved["fc.weight"], net.state_dict()["7.weight"])


@pytest.mark.parametrize("name", ["resnet26d", "resnetv2_50"])
def test_timm_files_find_their_preset(name, tmp_path):
    theirs = timm.create_model(name, pretrained=False, num_classes=5).eval()
    path = tmp_path / f"{name}.pth"
    torch.save(theirs.state_dict(), path)
    source = load_source(path)
    assert source.design.name == name and source.design.head.classes == 5
    model = rs.build(source.design).eval()
    model.load_state_dict(source.state_dict, strict=True)
    x = torch.randn(1, 3, 64, 64)
    with torch.no_grad():
        assert torch.allclose(model(x), theirs(x), atol=1e-4)


def test_a_damaged_d2l_file_still_lists_what_is_wrong(d2l_file, tmp_path):
    path, net = d2l_file
    state = dict(net.state_dict())
    del state["4.1.bn2.weight"]
    broken = tmp_path / "broken.pth"
    torch.save(state, broken)
    with pytest.raises(ExportError) as e:
        load_torchvision_weights(broken, rs.preset("d2l-resnet18"))
    assert "missing" in e.value.message and "unexpected" in e.value.message
