"""Render the studio window offscreen to docs/screenshots/*.png (the README shows them).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs without a display (Qt's offscreen platform), in English, with a throw-away
settings folder, so the pictures are the same on every machine that has the fonts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["RESNET_STUDIO_HOME"] = tempfile.mkdtemp(prefix="screenshots-")
os.environ["RESNET_STUDIO_LANG"] = "en"

from PySide6.QtWidgets import QApplication  # noqa: E402

from resnet_studio.core.design.presets import preset  # noqa: E402
from resnet_studio.ui.app import install_panels, studio_app  # noqa: E402
from resnet_studio.ui.document.document import Selection  # noqa: E402
from resnet_studio.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1480, 920)


def settle(window: MainWindow) -> None:
    window.document.flush()
    for _ in range(5):
        QApplication.processEvents()


def shoot(window: MainWindow, path: Path) -> None:
    settle(window)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def fresh_window(design_name: str) -> MainWindow:
    window = MainWindow(preset(design_name), autosave=False)
    install_panels(window)  # the training tab and File > Export, as the app has them
    window.resize(*SIZE)
    window.show()
    settle(window)
    return window


def close(window: MainWindow) -> None:
    window.document.mark_saved(window.document.path)
    window.close()  # (also stops the training panel's worker thread)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    studio_app()

    # 1. The d2l network, its second stage's first block selected: the 1x1 projection.
    w = fresh_window("d2l-resnet18")
    w.document.select(Selection(1, 0))
    shoot(w, out / "studio.png")

    # 2. An identity shortcut where the shape changes: marked in all three views.
    card = w.editor.cards[1]
    card.shortcut.setCurrentIndex(card.shortcut.findData("identity"))
    w.document.select(Selection(1, 0))
    shoot(w, out / "invalid-design.png")
    close(w)

    # 3. ResNet-50, a strided conv selected: the output-size formula with its numbers.
    w = fresh_window("resnet50")
    w.editor.cards[1].expander.setChecked(True)
    w.document.select(Selection(1, 0, "stage2.block1.conv2"))
    shoot(w, out / "layer-formula.png")

    # 4. The architecture drawing as exported (File > Export > Drawing as PNG).
    w.architecture.export(out / "architecture-resnet50.png")
    print(f"wrote {(out / 'architecture-resnet50.png')}")
    close(w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
