"""Start the studio: ``resnet-studio [DESIGN.json | PRESET]`` or ``python main.py``."""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from resnet_studio.core.design.presets import preset, preset_names
from resnet_studio.ui.common.i18n import install_language
from resnet_studio.ui.common.settings import APPLICATION, ORGANIZATION
from resnet_studio.ui.common.style import apply_style
from resnet_studio.ui.main_window import MainWindow


def studio_app(qt_args: list[str] | None = None) -> QApplication:
    """The QApplication with the studio's names, look and language (created once)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "resnet-studio", *(qt_args or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ResNet Studio")
    apply_style(app)
    install_language()
    return app


def install_panels(window: MainWindow) -> None:
    """Plug the other panels into a window: training (a tab beside the shape trace) and
    the File > Export entries of the export module."""
    from resnet_studio.ui.export.actions import add_export_actions
    from resnet_studio.ui.training.panel import TrainingPanel

    panel = TrainingPanel(window.document)
    window.add_training_panel(panel)
    window.export_actions = add_export_actions(window.export_menu, window.document, window,
                                               get_weights=panel.weights_path)


def open_studio(argv: list[str] | None = None) -> MainWindow:
    """Build and show the main window with the d2l ResNet-18 design, or the design file
    or preset given as argument; offer to recover a crashed session's work."""
    parser = argparse.ArgumentParser(prog="resnet-studio", description="Open ResNet Studio.")
    parser.add_argument("design", nargs="?",
                        help="a design file (.json) or a preset name, e.g. resnet50")
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    studio_app(qt_args)
    window = MainWindow()
    install_panels(window)
    if args.design in preset_names():
        window.document.load(preset(args.design))
    elif args.design:
        _open_given(window, args.design)
    window.show()
    QTimer.singleShot(0, window.files.offer_recovery)
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
    """``resnet-studio [DESIGN.json | PRESET]``: open the window and run until it closes."""
    open_studio(argv)
    return QApplication.instance().exec()
