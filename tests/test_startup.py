"""Start-up without torch: the window (with the design and its trace), the top-level API
and ``resnet-studio summary`` do not import torch; the training panel arrives once torch
has loaded in the background. Each check runs in a fresh interpreter (sys.modules)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, tmp_path: Path, timeout: int = 240) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               RESNET_STUDIO_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stdout[-2000:] + done.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT "):])


def test_the_window_shows_its_design_and_trace_before_torch_then_gets_the_panels(tmp_path):
    result = _run("""
        import json, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from resnet_studio.ui import app as studio
        start = studio.PanelLoader.start
        studio.PanelLoader.start = lambda self: None  # held back until the window is checked
        window = studio.open_studio(["resnet50"])
        app = QApplication.instance()
        seen = {}

        def shown():
            window.document.flush()
            seen.update(visible=window.isVisible(), torch=("torch" in sys.modules),
                        trace_ok=bool(window.document.trace and window.document.trace.ok),
                        rows=window.trace_pane.view.model().rowCount(),
                        tabs=[window.bottom_tabs.tabText(i)
                              for i in range(window.bottom_tabs.count())])
            start(window.panel_loader)  # now torch may load

        def wait():
            if window.training_panel is None or not window.panel_loader.warm:
                QTimer.singleShot(50, wait)
                return
            import gc
            seen.update(panel_torch=("torch" in sys.modules), gc_on=gc.isenabled(),
                        warmed=("torch._dynamo" in sys.modules),
                        export_entries=len(window.export_menu.actions()),
                        tabs_after=[window.bottom_tabs.tabText(i)
                                    for i in range(window.bottom_tabs.count())])
            window.document.undo_stack.setClean()
            window.close()  # stops the training panel's thread
            app.exit(0)

        QTimer.singleShot(0, shown)
        QTimer.singleShot(0, wait)
        app.exec()
        print("RESULT " + json.dumps(seen))
    """, tmp_path)
    assert result["visible"] and result["trace_ok"] and result["rows"] > 0
    assert result["torch"] is False, "opening the window imported torch"
    assert result["tabs"] == ["Shape trace", "Training"]  # the tab waits for torch
    assert result["panel_torch"] is True
    assert result["gc_on"], "collection stays off after the panels are installed"
    assert result["warmed"], "a first run's own imports were not made ahead"
    assert result["tabs_after"] == ["Shape trace", "Training"]
    assert result["export_entries"] > 3  # File > Export got the export module's entries


def test_closing_the_window_while_the_panels_are_built_stops_the_build(tmp_path):
    """The panels are built in event-loop steps after torch loads; a window closed (and
    deleted) between two steps must stop them, not raise from a deleted document."""
    result = _run("""
        import json, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from resnet_studio.ui import app as studio
        errors = []
        sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
        install = studio.PanelLoader._install
        steps = []

        def install_then_close(self, error):
            install(self, error)  # the first step runs here, the others are queued
            steps.append(len(self._steps))
            self.window.document.undo_stack.setClean()
            self.window.close()
            self.window.deleteLater()
            QTimer.singleShot(1500, app.quit)

        studio.PanelLoader._install = install_then_close
        window = studio.open_studio(["resnet50"])
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # (as while another window is open)
        app.exec()
        print("RESULT " + json.dumps({"errors": errors, "steps_left": steps}))
    """, tmp_path)
    assert result["steps_left"] and result["steps_left"][0] > 0  # closed mid-build
    assert result["errors"] == []


def test_preloading_torch_maps_the_same_libraries_as_a_plain_import(tmp_path):
    """The lock-free preload (ui/common/torch_preload.py) may only change when torch's
    libraries load, never which files: the mapped libraries after ``import torch`` are
    the same with and without it, and torch works."""
    code = """
        import json, sys
        import PySide6.QtCore  # both runs map Qt's libraries too
        if sys.argv[1] == "preload":
            from resnet_studio.ui.common.torch_preload import preload_torch_libraries
            loaded = preload_torch_libraries()
        else:
            loaded = []
        import torch
        works = float((torch.ones(3) @ torch.ones(3)).item()) == 3.0
        with open("/proc/self/maps") as f:
            libs = sorted({ln.split()[-1] for ln in f if ".so" in ln.split()[-1]})
        print("RESULT " + json.dumps({"libs": libs, "loaded": loaded, "works": works}))
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    runs = {}
    for mode in ("preload", "plain"):
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), mode], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=240)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
        assert done.returncode == 0 and lines, done.stderr[-3000:]
        runs[mode] = json.loads(lines[-1][len("RESULT "):])
    assert runs["preload"]["works"] and runs["plain"]["works"]
    if not sys.platform.startswith("linux"):
        assert runs["preload"]["loaded"] == []
        return
    assert runs["preload"]["libs"] == runs["plain"]["libs"]
    loaded = [Path(p).name for p in runs["preload"]["loaded"]]
    assert loaded[0] == "libtorch_global_deps.so" and loaded[-1] == "libtorch_python.so", loaded


def test_api_and_summary_do_not_import_torch_until_a_model_is_built(tmp_path):
    result = _run("""
        import contextlib, io, json, sys
        import resnet_studio as rs
        from resnet_studio.cli import main
        d = rs.preset("resnet50")
        t = rs.trace(d, (1, 3, 224, 224))
        problems = rs.validate(d)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["summary", "resnet50"])
        before = "torch" in sys.modules
        model = rs.build(d)
        print("RESULT " + json.dumps({
            "torch_before_build": before, "summary_exit": code,
            "summary_has_params": "25,557,032" in out.getvalue(),
            "params": t.totals.params, "problems": len(problems),
            "built_params": sum(p.numel() for p in model.parameters()),
            "torch_after_build": "torch" in sys.modules, "all": sorted(rs.__all__) == sorted(
                n for n in rs.__all__ if getattr(rs, n, None) is not None)}))
    """, tmp_path)
    assert result["torch_before_build"] is False
    assert result["summary_exit"] == 0 and result["summary_has_params"]
    assert result["problems"] == 0
    assert result["built_params"] == result["params"] == 25_557_032
    assert result["torch_after_build"] and result["all"]


# -- the system check before the window (Linux, xcb) -----------------------------------

def test_missing_xcb_libraries_are_named_with_the_install_commands():
    from resnet_studio.ui.common.system_check import display_problem

    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    message = display_problem([], env={"DISPLAY": ":0"}, system="linux",
                              load=lambda name: name not in absent)
    assert "libxcb-icccm.so.4" in message and "libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm" in message
    assert display_problem([], env={"DISPLAY": ":0"}, system="linux",
                           load=lambda name: True) == ""


def test_no_display_says_so_and_names_the_headless_commands():
    from resnet_studio.ui.common.system_check import display_problem

    message = display_problem([], env={}, system="linux", load=lambda name: True)
    assert "no display" in message and "resnet-studio summary" in message
    assert "resnet-studio train" in message and "xvfb-run" in message
    # offscreen (tests, screenshots), another OS, or Wayland only: nothing to check
    assert display_problem([], env={"QT_QPA_PLATFORM": "offscreen"}, system="linux",
                           load=lambda name: False) == ""
    assert display_problem(["-platform", "offscreen"], env={}, system="linux") == ""
    assert display_problem([], env={}, system="win32", load=lambda name: False) == ""
    assert display_problem([], env={"WAYLAND_DISPLAY": "wayland-0"}, system="linux",
                           load=lambda name: False) == ""


def test_the_studio_command_exits_2_before_creating_the_application(monkeypatch, capsys):
    from PySide6.QtWidgets import QApplication

    from resnet_studio.ui import app
    from resnet_studio.ui.common import system_check

    monkeypatch.setattr(system_check.sys, "platform", "linux")
    monkeypatch.setattr(system_check, "loadable", lambda name: name != "libxcb-cursor.so.0")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(app, "open_studio", lambda *_a: pytest.fail("the window was opened"))
    had_app = QApplication.instance() is not None
    assert app.run_studio([]) == 2
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "apt-get install libxcb-cursor0" in err
    assert (QApplication.instance() is not None) == had_app
