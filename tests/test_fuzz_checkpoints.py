"""Fuzz: checkpoint files (random bytes, text, wrong field types) through every loader.

The loaders are ``load_checkpoint`` (the panel's checkpoint open uses it as is),
``Trainer.resume_from`` (train --resume), the export's ``load_source`` and the
feature-map loader ``load_trained``. Each may only say, with the project's error,
what is wrong; a file that loads must be usable by all of them.
"""

import io
from datetime import timedelta

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resnet_studio.core.design.builder import build
from resnet_studio.core.export.errors import ExportError
from resnet_studio.core.export.source import load_source
from resnet_studio.core.training.checkpoint import FORMAT, FORMAT_VERSION, load_checkpoint
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.insight import load_trained
from resnet_studio.core.training.trainer import Trainer

FUZZ = settings(max_examples=40, deadline=timedelta(seconds=5),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PREFIXES = [b"", b"PK\x03\x04", b"\x80\x02", b"\x80\x02}q\x00(X", b"{\"format\": ", b"hello\n"]
SCALARS = (st.none() | st.booleans() | st.integers(-5, 5) | st.integers(10**15, 10**30)
           | st.floats() | st.text(max_size=6) | st.just(torch.zeros(2)) | st.just(torch.ones(3, 3)))
JUNK = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=5)
FIELDS = [("design",), ("config",), ("model",), ("optimizer",), ("scheduler",), ("history",),
          ("rng",), ("progress",), ("data",), ("version",), ("progress", "epoch"),
          ("progress", "sums"), ("data", "mean"), ("data", "input_shape"),
          ("data", "class_names"), ("history", "epochs"), ("history", "batches"),
          ("optimizer", "param_groups"), ("rng", "torch"), ("config", "lr"),
          ("design", "stages"), ("model", "fc.weight")]


@pytest.fixture(scope="module")
def payload():
    """A real checkpoint's contents (a one-stage net, SGD with momentum)."""
    from resnet_studio.core import Design, HeadSpec, InputSpec, StageSpec, StemSpec
    from resnet_studio.core.design.files import design_to_dict
    from resnet_studio.core.training.checkpoint import rng_state
    from resnet_studio.core.training.config import TrainConfig

    design = Design(name="tiny", input=InputSpec(1, 28, 28),
                    stem=StemSpec(channels=8).with_kind("cifar"),
                    stages=[StageSpec(channels=8, blocks=1)], head=HeadSpec(10))
    model = build(design)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.zeros(2, 1, 28, 28)).sum().backward()
    opt.step()
    config = TrainConfig(resize=None, batch_size=32, epochs=2, train_limit=128,
                         test_limit=64, device="cpu", dataset="fashion-mnist-sample")
    return {"format": FORMAT, "version": FORMAT_VERSION, "design": design_to_dict(design),
            "config": config.to_dict(), "model": model.state_dict(),
            "optimizer": opt.state_dict(), "scheduler": None, "scaler": None,
            "history": {"epochs": [], "batches": {"step": [1], "loss": [2.0]},
                        "last_confusion": None},
            "rng": rng_state(), "progress": {"epoch": 1, "batch": 0, "step": 4, "sums": None},
            "data": {"class_names": [str(i) for i in range(10)], "mean": [0.3], "std": [0.3],
                     "input_shape": [1, 28, 28], "dataset": "fashion-mnist-sample",
                     "test_name": "test"}}


def _every_loader(path) -> int:
    """Run each loader; return how many accepted the file (all or none may)."""
    accepted = 0
    for load in (load_checkpoint, lambda p: Trainer.resume_from(p, record=False), load_source):
        try:
            load(str(path))
            accepted += 1
        except (TrainingError, ExportError) as e:
            assert e.message and "Traceback" not in e.message
    return accepted


@FUZZ
@given(st.sampled_from(PREFIXES), st.binary(max_size=300))
def test_random_bytes_and_text_are_not_checkpoints(tmp_path_factory, prefix, tail):
    path = tmp_path_factory.mktemp("fuzz") / "checkpoint.pt"
    path.write_bytes(prefix + tail)
    assert _every_loader(path) == 0


def _mutated(payload: dict, field: tuple, value) -> bytes:
    data = {k: (dict(v) if isinstance(v, dict) else v) for k, v in payload.items()}
    node = data
    for key in field[:-1]:
        node = node[key]
    node[field[-1]] = value
    buffer = io.BytesIO()
    torch.save(data, buffer)
    return buffer.getvalue()


@FUZZ
@given(st.sampled_from(FIELDS), JUNK)
def test_wrong_field_types_are_named_by_every_loader(tmp_path_factory, payload, field, value):
    path = tmp_path_factory.mktemp("fuzz") / "checkpoint.pt"
    path.write_bytes(_mutated(payload, field, value))
    accepted = _every_loader(path)
    assert accepted in (0, 3)
    if accepted == 0:
        with pytest.raises(TrainingError) as e:
            load_checkpoint(path)
        assert e.value.code in ("checkpoint_foreign", "checkpoint_version", "checkpoint_corrupt")


def test_a_sound_checkpoint_passes_every_loader_and_the_feature_map_loader(tmp_path, payload):
    path = tmp_path / "checkpoint.pt"
    path.write_bytes(_mutated(payload, ("progress", "epoch"), 1))
    assert _every_loader(path) == 3
    assert load_trained(str(path), test_limit=16).model is not None
    bad = tmp_path / "bad.pt"
    bad.write_bytes(_mutated(payload, ("data", "input_shape"), "28x28"))
    with pytest.raises(TrainingError, match="not a ResNet Studio checkpoint.*input_shape"):
        load_trained(str(bad))
