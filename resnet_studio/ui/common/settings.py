"""Per-user settings (window geometry, splitters, recent files) through QSettings."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

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
    """The recent design files; whatever else a hand-edited or damaged settings.ini
    holds there is ignored (it must never stop the studio from starting)."""
    value = settings.value("recentFiles", [])
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, (list, tuple)):
        return []
    return [v for v in value if isinstance(v, str) and v and "\0" not in v][:MAX_RECENT]


def byte_array(settings: QSettings, key: str) -> QByteArray | None:
    """A saved window geometry or splitter state, or None when the value is missing or
    is not bytes (a damaged settings.ini)."""
    value = settings.value(key)
    if isinstance(value, (bytes, bytearray)):
        value = QByteArray(bytes(value))
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


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
