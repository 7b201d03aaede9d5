"""Start the studio: ``resnet-studio [DESIGN.json | PRESET]`` or ``python main.py``."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel

from resnet_studio.core.design.presets import preset, preset_names
from resnet_studio.ui.common.i18n import fill, install_language
from resnet_studio.ui.common.settings import APPLICATION, ORGANIZATION
from resnet_studio.ui.common.style import apply_style
from resnet_studio.ui.common.system_check import display_problem
from resnet_studio.ui.common.torch_preload import preload_torch_libraries
from resnet_studio.ui.main_window import MainWindow

# How long a Python thread may keep the interpreter lock while another waits for it
# (Python's default: 5 ms). Painting a plot calls back into Python for every item, and
# while the training worker runs Python each callback could wait up to this long. In a
# four-run script the longest stall at a run's start went from 76-99 ms to 64-80 ms, and
# ui_train_bench.py still shows the panel training at 0.96-1.05x the headless speed.
SWITCH_INTERVAL_S = 0.001


def studio_app(qt_args: list[str] | None = None) -> QApplication:
    """The QApplication with the studio's names, look and language (created once)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "resnet-studio", *(qt_args or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ResNet Studio")
    apply_style(app)
    install_language()
    return app


# What the training panel and File > Export need; importing them imports torch (~1-5 s).
PANEL_MODULES = ("resnet_studio.ui.training.panel", "resnet_studio.ui.export.actions")
# What a first run imports on its own: torch.optim's optimizers import torch._dynamo
# (~900 modules, sympy among them, ~1.2 s) when they are made. Imported by the training
# worker, that held the interpreter lock in long pieces and stalled the window for up to
# 190 ms; imported here, behind the window and with no garbage collection, it does not.
WARM_MODULES = ("torch._dynamo",)


def install_panels(window: MainWindow, panel=None) -> None:
    """Plug the other panels into a window: training (a tab beside the shape trace; the
    given one or a new one) and the File > Export entries of the export module."""
    from resnet_studio.ui.export.actions import add_export_actions
    from resnet_studio.ui.training.panel import TrainingPanel

    if panel is None:
        panel = TrainingPanel(window.document)
    window.add_training_panel(panel)
    window.export_actions = add_export_actions(window.export_menu, window.document, window,
                                               get_weights=panel.weights_path)


class PanelLoader(QObject):
    """Imports torch and the panels that need it on a background thread while the window
    is already up (the design and its trace need no torch), then installs the panels on
    the GUI thread. Until then a "Training" tab says that PyTorch is loading."""

    loaded = Signal(str)  # "" when the imports worked, else the error
    warmed = Signal()  # WARM_MODULES imported (or given up on) after the panels' modules

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.placeholder = QLabel()
        self.placeholder.setObjectName("training_placeholder")
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setText(self.tr("Loading PyTorch for training and export…"))
        window.bottom_tabs.addTab(self.placeholder, self.tr("Training"))
        self.loaded.connect(self._install, Qt.QueuedConnection)
        self.warmed.connect(self._on_warmed, Qt.QueuedConnection)
        self.installed = self.warm = False
        # the build steps' timer dies with the loader (and the window): a window closed
        # while torch loads stops the steps, where a bare singleShot would run on
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._next_step)
        self._built = threading.Event()
        self.thread = threading.Thread(target=self._import, name="load-torch", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _import(self) -> None:
        """Background thread: import the panel modules (and so torch); report back."""
        error = ""
        preload_torch_libraries()
        # A full collection walks torch's ~200k new objects with the lock held (~100 ms
        # each, a few times during the import): none until _install freezes them.
        gc.disable()
        try:
            for name in PANEL_MODULES:
                importlib.import_module(name)
        except Exception as e:  # a broken torch install: say so in the tab, keep the editor
            error = f"{type(e).__name__}: {e}"
        try:
            self.loaded.emit(error)
        except RuntimeError:  # the window closed meanwhile
            gc.enable()
            return
        # after the panels are built: a build step sharing the lock with the imports takes
        # twice as long (a 40 ms step became an 80-140 ms stall)
        if not error and self._built.wait(timeout=120):
            for name in WARM_MODULES:
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - the first run imports it again and says why
                    break
        try:
            self.warmed.emit()
        except RuntimeError:
            gc.enable()

    def _install(self, error: str) -> None:
        """GUI thread, torch loaded: build the panels in steps, one per event-loop turn
        (the plot views first, ~15 ms each), so that the window keeps answering."""
        if error:
            gc.enable()
            self.placeholder.setText(fill(self.tr(
                "Training and export are unavailable: PyTorch could not be loaded (%1). "
                "Reinstall it (pip install --force-reinstall torch torchvision) and restart "
                "the studio; designing and the shape trace work without it."), error))
            return
        from resnet_studio.ui.training.plot_view import (
            PANEL_PLOT_VIEWS,
            make_spare_plot_view,
        )

        self._steps = [make_spare_plot_view] * PANEL_PLOT_VIEWS + [
            self._build_tabs, self._build, self._finish]
        self._next_step()

    def _next_step(self) -> None:
        step = self._steps.pop(0)
        try:
            step()
        except Exception:
            gc.enable()
            self._built.set()  # the loading thread stops waiting for the panels
            raise
        if self._steps:
            self._step_timer.start()

    def _build_tabs(self) -> None:
        from resnet_studio.ui.training.insight_tabs import InsightTabs

        self._tabs = InsightTabs()

    def _build(self) -> None:
        from resnet_studio.ui.training.panel import TrainingPanel

        self._panel = TrainingPanel(self.window.document, tabs=self._tabs)

    def _finish(self) -> None:
        tabs = self.window.bottom_tabs
        was_current = tabs.currentWidget() is self.placeholder
        tabs.removeTab(tabs.indexOf(self.placeholder))
        self.placeholder.deleteLater()
        try:
            install_panels(self.window, self._panel)
            if was_current:
                self.window.show_training_panel()
        finally:
            self.installed = True
            self._built.set()
            self._collect_again()

    def _on_warmed(self) -> None:
        self.warm = True
        self._collect_again()

    def _collect_again(self) -> None:
        """Once the panels are in and the warm-up imports done: torch's module objects live
        as long as the app (see open_studio), so freeze them, then collect as usual."""
        if self.installed and self.warm:
            gc.freeze()
            gc.enable()


def load_panels(window: MainWindow) -> PanelLoader | None:
    """Install the torch-backed panels now when torch is already imported, else in the
    background (returns the loader, whose ``loaded`` signal fires when done)."""
    if "torch" in sys.modules:  # only the panels' own modules left to import: quick
        install_panels(window)
        return None
    loader = PanelLoader(window)
    # start once the event loop has painted the window (two passes): torch's import
    # competes for the CPU and the interpreter lock with the first layout and paint
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, loader.start))
    return loader


def open_studio(argv: list[str] | None = None) -> MainWindow:
    """Build and show the main window with the d2l ResNet-18 design, or the design file
    or preset given as argument; offer to recover a crashed session's work."""
    parser = argparse.ArgumentParser(prog="resnet-studio", description="Open ResNet Studio.")
    parser.add_argument("design", nargs="?",
                        help="a design file (.json) or a preset name, e.g. resnet50")
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    studio_app(qt_args)
    window = MainWindow()
    if args.design in preset_names():
        window.document.load(preset(args.design))
    elif args.design:
        _open_given(window, args.design)
    window.show()
    QTimer.singleShot(0, window.files.offer_recovery)
    window.panel_loader = load_panels(window)  # torch loads behind the shown window
    # torch and Qt leave ~200k objects that a full garbage collection walks (~140 ms on
    # a slow CPU, a visible stall mid-edit); they live as long as the app, so exclude them.
    gc.collect()
    gc.freeze()
    return window


def _open_given(window: MainWindow, path: str) -> None:
    """Open the design named on the command line. On failure a message says why and the
    default design stays: the studio always starts (an exception escaping here would
    end the process with the export thread still running, which Qt turns into an abort)."""
    try:
        window.files.open_path(path)
    except Exception as e:  # noqa: BLE001 - anything the loader did not foresee
        from resnet_studio.ui.common import dialogs

        dialogs.show_error(window, window.tr("Cannot open the design"),
                           f"{path}: {type(e).__name__}: {str(e)[:300]}",
                           window.tr("Open another design; this one stays as it is on disk."))


def run_studio(argv: list[str] | None = None) -> int:
    """``resnet-studio [DESIGN.json | PRESET]``: open the window and run until it closes.
    Exit 2 with the fix when there is no display or Qt's X11 libraries are missing."""
    problem = display_problem(list(sys.argv[1:] if argv is None else argv))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    open_studio(argv)
    return QApplication.instance().exec()
