"""Test setup: Qt offscreen, and every test gets its own studio home folder."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _studio_home(tmp_path, monkeypatch):
    home = tmp_path / "studio-home"
    monkeypatch.setenv("RESNET_STUDIO_HOME", str(home))
    return home


@pytest.fixture
def tiny_design():
    """A one-stage basic net with 8 channels for 28x28 grayscale: trains in milliseconds."""
    from resnet_studio.core import Design, HeadSpec, InputSpec, StageSpec, StemSpec

    return Design(name="tiny", input=InputSpec(1, 28, 28),
                  stem=StemSpec(channels=8).with_kind("cifar"),
                  stages=[StageSpec(channels=8, blocks=1)], head=HeadSpec(10))


@pytest.fixture
def tiny_config():
    """The embedded sample at 28x28, cut to 128 train / 64 held-out images: 4 steps an epoch."""
    from resnet_studio.core.training.config import TrainConfig

    return TrainConfig(resize=None, batch_size=32, epochs=2, train_limit=128, test_limit=64,
                       device="cpu")
