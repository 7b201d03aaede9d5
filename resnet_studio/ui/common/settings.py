"""Per-user settings (window geometry, splitters, recent files) through QSettings."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from resnet_studio.core.paths import user_data_dir

ORGANIZATION = "ResNetStudio"
APPLICATION = "ResNet Studio"
MAX_RECENT = 8


def studio_settings() -> QSettings:
    """The studio's settings: one ini file in the user data folder, shared with the
    language choice, so RESNET_STUDIO_HOME moves (and tests isolate) all of it. The
    application's organisation and name (ORGANIZATION, APPLICATION) are set on the
    QApplication for Qt's own use."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.IniFormat)


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recentFiles", [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or [])][:MAX_RECENT]


def add_recent(settings: QSettings, path: str) -> list[str]:
    """Put ``path`` first in the recent files (no duplicates, at most MAX_RECENT)."""
    path = os.path.abspath(path)
    files = [path] + [p for p in recent_files(settings) if p != path]
    settings.setValue("recentFiles", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent(settings: QSettings, path: str) -> list[str]:
    files = [p for p in recent_files(settings) if p != path]
    settings.setValue("recentFiles", files)
    return files
