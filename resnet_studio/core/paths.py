"""Where the studio finds its shipped resources and keeps the user's files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """The shipped resources: ``resources/`` beside the package (a source checkout or
    an editable install), else a copy inside the package."""
    for candidate in (_PACKAGE.parent / "resources", _PACKAGE / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "ResNet Studio's resources folder is missing; reinstall with 'pip install -e .' "
        "from a source checkout.")


def resource(*parts: str) -> Path:
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
