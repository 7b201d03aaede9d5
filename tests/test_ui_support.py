"""Fixtures shared by the studio-window tests (tests/test_ui_*.py).

Every modal dialog goes through resnet_studio.ui.common.dialogs; ``fake_dialogs`` answers
them from a script and records what was shown. As a safety net, a real QMessageBox,
QFileDialog or QDialog that opens anyway fails the test instead of blocking it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from resnet_studio.ui.common import dialogs
from resnet_studio.ui.main_window import MainWindow


class ScriptedDialogs:
    """The answers the user would give, and a record of every dialog."""

    def __init__(self):
        self.errors: list[tuple[str, str, str]] = []  # (title, message, fix)
        self.infos: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.save_answer = "discard"  # ask_save_changes: "save", "discard" or "cancel"
        self.recover = True
        self.open_path = ""
        self.save_path = ""

    def error_text(self) -> str:
        return "\n".join(" | ".join(e) for e in self.errors)


def _refuse(*_args, **_kwargs):
    raise AssertionError("a real modal dialog was opened in a test (use fake_dialogs)")


@pytest.fixture
def fake_dialogs(monkeypatch) -> ScriptedDialogs:
    d = ScriptedDialogs()

    def ask_save(_parent, name):
        d.asked.append(f"save {name}")
        return d.save_answer

    def ask_recover(_parent, name, _when, _path):
        d.asked.append(f"recover {name}")
        return d.recover

    monkeypatch.setattr(dialogs, "show_error",
                        lambda _p, title, message, fix="": d.errors.append((title, message, fix)))
    monkeypatch.setattr(dialogs, "ask_save_changes", ask_save)
    monkeypatch.setattr(dialogs, "ask_recover", ask_recover)
    monkeypatch.setattr(dialogs, "show_info",
                        lambda _p, title, message: d.infos.append((title, message)))
    monkeypatch.setattr(dialogs, "open_path", lambda *_a: d.open_path)
    monkeypatch.setattr(dialogs, "save_path", lambda *_a: d.save_path)
    for target, name in ((QMessageBox, "exec"), (QDialog, "exec"),
                         (QFileDialog, "getOpenFileName"), (QFileDialog, "getSaveFileName")):
        monkeypatch.setattr(target, name, _refuse)
    return d


def open_window(qtbot, design=None) -> MainWindow:
    """A shown main window whose first trace is on screen."""
    window = MainWindow(design)
    qtbot.addWidget(window)
    window.show()
    window.document.flush()
    return window


def close_window(window: MainWindow) -> None:
    """Close without the unsaved-changes question (the test is over)."""
    window.document.mark_saved(window.document.path)
    window.close()


@pytest.fixture
def window(qtbot, fake_dialogs):
    w = open_window(qtbot)
    yield w
    close_window(w)


def legends_rebuilt(qtbot, plots) -> None:
    """Wait for the training plots' legends: each plot rebuilds its own once per burst of
    new curves, staggered (0-120 ms) so that no two resize their plots in one pass."""
    qtbot.waitUntil(lambda: not any(p.legend_pending for p in plots.plots()), timeout=2000)
