"""Importing torchvision ResNet weights: the matching preset is found, the weights load
with strict=True and give torchvision's outputs; a file that does not fit is reported
key by key."""

from __future__ import annotations

import pytest
import torch
import torchvision

import resnet_studio as rs
from resnet_studio.core.export import (
    ExportError,
    load_source,
    load_torchvision_weights,
    match_torchvision,
    read_state_dict,
)


@pytest.fixture(scope="module")
def resnet18_file(tmp_path_factory):
    torch.manual_seed(0)
    model = torchvision.models.resnet18().eval()  # random init: no downloads here
    path = tmp_path_factory.mktemp("weights") / "resnet18.pth"
    torch.save(model.state_dict(), path)
    return path, model


def test_torchvision_resnet18_loads_into_the_preset_with_the_same_outputs(resnet18_file):
    path, reference = resnet18_file
    design, model = load_torchvision_weights(path)
    assert design.name == "resnet18" and design.head.classes == 1000
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.equal(model(x), reference(x))


def test_a_fine_tuned_head_and_wrappers_still_match(tmp_path):
    model = torchvision.models.resnet50(num_classes=10)
    wrapped = {"state_dict": {f"module.{k}": v for k, v in model.state_dict().items()}}
    path = tmp_path / "r50-ddp.pth"
    torch.save(wrapped, path)
    source = load_source(path)
    assert source.kind == "weights" and source.design.name == "resnet50"
    assert source.design.head.classes == 10
    assert set(source.state_dict) == set(model.state_dict())


def test_weights_into_a_named_design(resnet18_file):
    path, _ = resnet18_file
    with pytest.raises(ExportError) as e:
        load_torchvision_weights(path, rs.preset("resnet34"))
    message = e.value.message
    assert "do not fit the design 'resnet34'" in message
    assert "missing" in message and "layer1.2.conv1.weight" in message
    assert "probably resnet18" in e.value.fix


def test_a_file_that_fits_nothing_lists_missing_unexpected_and_misshaped(tmp_path):
    state = torchvision.models.resnet18().state_dict()
    del state["layer4.1.bn2.weight"]
    state["head.extra"] = torch.zeros(3)
    state["layer1.0.conv1.weight"] = torch.zeros(64, 64, 5, 5)
    path = tmp_path / "odd.pth"
    torch.save(state, path)
    with pytest.raises(ExportError) as e:
        load_source(path)
    message = e.value.message
    assert "closest, 'resnet18'" in message
    assert "1 missing, 1 unexpected and 1 mis-shaped keys" in message
    assert "layer4.1.bn2.weight" in message and "head.extra" in message
    assert "layer1.0.conv1.weight (file [64, 64, 5, 5], design [64, 64, 3, 3])" in message


def test_a_state_dict_of_a_studio_design_needs_its_design(tmp_path):
    design = rs.preset("cifar-resnet20")
    path = tmp_path / "c20.pt"
    torch.save(rs.build(design).state_dict(), path)
    with pytest.raises(ExportError, match="no torchvision ResNet preset fits"):
        load_source(path)
    source = load_source(path, design)
    assert source.design is design and source.kind == "weights"


def test_read_state_dict_refuses_non_tensors(tmp_path):
    path = tmp_path / "x.pt"
    torch.save([1, 2, 3], path)
    with pytest.raises(ExportError, match="holds a list, not tensors by name"):
        read_state_dict(path)


def test_match_is_not_fooled_by_a_partial_file():
    state = torchvision.models.resnet18().state_dict()
    state = {k: v for k, v in state.items() if not k.startswith("layer4")}
    with pytest.raises(ExportError, match="missing"):
        match_torchvision(state)
