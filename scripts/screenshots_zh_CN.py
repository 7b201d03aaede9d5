"""Screenshots of the Chinese interface: docs/screenshots/*_zh_CN.png.

    .venv/bin/python scripts/screenshots_zh_CN.py [--epochs 3] [--out docs/screenshots]

The main window shows the d2l ResNet-18 with stage 2, block 1 selected (the explain
panel says why its shortcut needs a 1x1 conv); the training panel shows a real short
run of that network on the embedded Fashion-MNIST sample at 28x28 (the panel's fast
choice; a few minutes on a CPU). Needs a CJK font (Debian/Ubuntu: fonts-noto-cjk). Runs offscreen; the run
folders go to a temporary studio home, not yours.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RESNET_STUDIO_LANG"] = args.lang
    os.environ["RESNET_STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-shots-")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFontDatabase

    import resnet_studio as rs
    from resnet_studio.ui.app import install_panels, studio_app
    from resnet_studio.ui.main_window import MainWindow
    from resnet_studio.ui.training.panel import TrainingPanel

    app = studio_app([])
    if args.lang.startswith("zh") and not QFontDatabase.families(
            QFontDatabase.WritingSystem.SimplifiedChinese):
        print("no CJK font: install fonts-noto-cjk first", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "zh_CN" if args.lang.startswith("zh") else "en"

    window = MainWindow(rs.preset("d2l-resnet18"), autosave=False)
    install_panels(window)  # the Training tab beside the shape trace, as the studio has it
    window.resize(1500, 950)
    window.show()
    window.document.select_block(1, 0)
    _settle(app)
    path = args.out / f"main_window_{suffix}.png"
    window.grab().save(str(path))
    print("wrote", path)
    window.close()

    panel = TrainingPanel()
    panel.resize(1400, 900)
    panel.set_design(rs.preset("d2l-resnet18"))
    panel.settings.use_fast_choice()  # the embedded sample at 28x28, d2l's batch and lr
    panel.settings.epochs.setValue(args.epochs)
    panel.ask_long_run = lambda est: "anyway"  # no modal question in a script
    panel.show()
    loop = QEventLoop()
    panel.run_finished.connect(lambda *_: loop.quit())
    QTimer.singleShot(30 * 60 * 1000, loop.quit)
    panel.start()
    loop.exec()
    _settle(app, 40)
    path = args.out / f"training_{suffix}.png"
    panel.grab().save(str(path))
    print("wrote", path)
    panel.shutdown(timeout_s=5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
