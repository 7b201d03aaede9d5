"""Where the studio finds its shipped resources and keeps the user's files."""

from __future__ import annotations

import os
import sys
from importlib import resources as _resources
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resources_dir() -> Path:
    """The shipped resources: ``resnet_studio/resources`` inside an installed wheel (read
    through importlib.resources), else ``resources/`` at the top of a source checkout."""
    shipped = _resources.files("resnet_studio").joinpath("resources")
    if isinstance(shipped, Path) and shipped.is_dir():
        return shipped
    if _CHECKOUT_RESOURCES.is_dir():
        return _CHECKOUT_RESOURCES
    raise FileNotFoundError(
        "ResNet Studio's resources folder is missing (the Fashion-MNIST sample and the "
        "translations); reinstall the studio with 'pip install .' from a source checkout "
        "or from its wheel.")


def resource(*parts: str) -> Path:
    """One shipped file or folder, e.g. ``resource("i18n", "zh_CN.json")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data (datasets, runs, autosave). RESNET_STUDIO_HOME overrides it."""
    env = os.environ.get("RESNET_STUDIO_HOME")
    if env:
        base = Path(env)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home())) / "ResNetStudio"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "ResNetStudio"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "resnet-studio"
    return base


def datasets_dir() -> Path:
    return user_data_dir() / "datasets"


def runs_dir() -> Path:
    return user_data_dir() / "runs"
