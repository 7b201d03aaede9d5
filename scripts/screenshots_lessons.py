"""Screenshots of the Lessons panel for the README, in English and Chinese.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python scripts/screenshots_lessons.py \
        [--lang en|zh_CN] [--degradation RESULT.json] [--out docs/screenshots]

Each lesson is run for real through the panel (its worker thread). The degradation
lesson takes minutes, so it can be given a result saved earlier by
``resnet-studio lesson degradation --json > RESULT.json``; without one it is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wait(app, panel, limit_s: float = 900) -> None:
    end = time.monotonic() + limit_s
    while panel.running is not None and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.05)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--degradation", help="a saved 'lesson degradation --json' result")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--only", nargs="*", help="lesson names (default: all)")
    args = parser.parse_args()
    os.environ["RESNET_STUDIO_LANG"] = args.lang
    os.environ.setdefault("RESNET_STUDIO_HOME", "/tmp/lessons-shots-home")
    from PySide6.QtCore import Qt

    from resnet_studio.core.lessons import LESSONS
    from resnet_studio.ui.app import studio_app
    from resnet_studio.ui.main_window import MainWindow

    app = studio_app()
    window = MainWindow(autosave=False)
    window.resize(1600, 980)
    window.lessons_dock.show()
    window.resizeDocks([window.lessons_dock], [620], Qt.Orientation.Horizontal)
    window.show()
    panel = window.lessons
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"_{args.lang}"
    for name in args.only or list(LESSONS):
        panel.select(name)
        if name == "degradation":
            if not args.degradation:
                continue
            panel.results[name] = json.loads(Path(args.degradation).read_text())
            panel._show_result()
        else:
            panel.start()
            wait(app, panel)
            if name == "shortcut":
                app.processEvents()
        app.processEvents()
        time.sleep(0.2)
        app.processEvents()
        window.grab().save(str(out / f"lessons-{name}{suffix}.png"))
        panel.grab().save(str(out / f"lessons-{name}{suffix}-panel.png"))
        print("wrote", name, flush=True)
    panel.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
