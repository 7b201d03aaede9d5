"""Test setup: Qt offscreen, and every test gets its own studio home folder."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _studio_home(tmp_path, monkeypatch):
    home = tmp_path / "studio-home"
    monkeypatch.setenv("RESNET_STUDIO_HOME", str(home))
    return home
