"""Checkpoints: a full round trip, atomic writes, and clear errors for bad files."""

from __future__ import annotations

import os

import pytest
import torch

from resnet_studio.core import build, design_to_dict
from resnet_studio.core.design import files
from resnet_studio.core.training.checkpoint import (
    FORMAT,
    load_checkpoint,
    rng_state,
    save_checkpoint,
    set_rng_state,
)
from resnet_studio.core.training.config import TrainConfig, TrainingError


def _save(path, design, **extra):
    model = build(design)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.zeros(2, 1, 28, 28)).sum().backward()
    opt.step()
    save_checkpoint(path, design=design, config=TrainConfig(epochs=3), model=model.state_dict(),
                    optimizer=opt.state_dict(), history={"epochs": [{"epoch": 1}]},
                    progress={"epoch": 1, "batch": 0, "step": 4}, **extra)
    return model, opt


def test_a_checkpoint_round_trips_everything(tmp_path, tiny_design):
    torch.manual_seed(3)
    path = tmp_path / "checkpoint.pt"
    model, opt = _save(path, tiny_design, data={"class_names": ["a", "b"]})
    expected_next = torch.rand(3)
    ckpt = load_checkpoint(path)
    assert design_to_dict(ckpt.design) == design_to_dict(tiny_design)
    assert ckpt.config == TrainConfig(epochs=3)
    assert all(torch.equal(ckpt.model[k], v) for k, v in model.state_dict().items())
    fresh = torch.optim.SGD(build(tiny_design).parameters(), lr=0.1, momentum=0.9)
    fresh.load_state_dict(ckpt.optimizer)  # momentum buffers came back
    assert ckpt.progress["step"] == 4 and ckpt.history["epochs"] == [{"epoch": 1}]
    assert ckpt.data["class_names"] == ["a", "b"]
    set_rng_state(ckpt.rng)  # the random stream continues where it was saved
    assert torch.equal(torch.rand(3), expected_next)
    raw = torch.load(path, weights_only=True)  # opening it never runs code
    assert raw["format"] == FORMAT


def test_a_failed_write_leaves_the_previous_checkpoint_intact(tmp_path, tiny_design, monkeypatch):
    path = tmp_path / "checkpoint.pt"
    _save(path, tiny_design)
    before = path.read_bytes()

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(OSError):
        _save(path, tiny_design)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["checkpoint.pt"]  # no temp file left behind
    monkeypatch.undo()
    assert load_checkpoint(path).progress["step"] == 4


class Gadget:
    """Not a tensor: torch.save pickles it, weights_only loading refuses it."""


@pytest.mark.parametrize("content, code, words", [
    (None, "checkpoint_missing", "no such checkpoint"),
    (b"definitely not a checkpoint", "checkpoint_corrupt", "damaged"),
    ("truncated", "checkpoint_corrupt", "damaged"),
    ("state_dict", "checkpoint_foreign", "bare model state_dict"),
    ("object", "checkpoint_unsafe", "could run code"),
    ("future", "checkpoint_version", "newer"),
])
def test_bad_checkpoint_files_get_a_clear_message(tmp_path, tiny_design, content, code, words):
    path = tmp_path / "checkpoint.pt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "truncated":
        _save(path, tiny_design)
        path.write_bytes(path.read_bytes()[:3000])
    elif content == "state_dict":
        torch.save(build(tiny_design).state_dict(), path)
    elif content == "object":
        torch.save({"format": FORMAT, "gadget": Gadget()}, path)
    elif content == "future":
        torch.save({"format": FORMAT, "version": 99}, path)
    with pytest.raises(TrainingError) as info:
        load_checkpoint(path)
    assert info.value.code == code
    assert words in info.value.message and str(path) in info.value.message
    assert info.value.fix


def test_rng_state_holds_only_tensors_and_restores_the_stream(tmp_path):
    state = rng_state()
    assert all(isinstance(v, torch.Tensor) for k, v in state.items() if k != "cuda")
    assert all(isinstance(t, torch.Tensor) for t in state.get("cuda", []))
    # Only tensors: the state survives a weights_only round trip through a file...
    torch.save(state, tmp_path / "rng.pt")
    loaded = torch.load(tmp_path / "rng.pt", weights_only=True)
    expected = torch.rand(5)
    torch.rand(7)  # move the stream on
    # ...and restoring it replays the same random numbers.
    set_rng_state(loaded)
    assert torch.equal(torch.rand(5), expected)
