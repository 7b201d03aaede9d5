"""Render the training panel mid-training to docs/screenshots/ (the README shows it).

    .venv/bin/python scripts/screenshot_training.py [--out docs/screenshots] [--epochs 5]

Trains d2l's ResNet-18 on the embedded Fashion-MNIST sample at 28x28 in the panel,
with its plain twin (no shortcuts, trained first, headless) overlaid on the plots,
and grabs the panel while the last epoch runs: curves, confusion matrix, predictions
and feature maps. Offscreen, in English, in a throw-away studio folder; a few
minutes on a 2-core CPU.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["RESNET_STUDIO_HOME"] = tempfile.mkdtemp(prefix="screenshot-training-")
os.environ["RESNET_STUDIO_LANG"] = "en"

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from resnet_studio.core.design.presets import preset  # noqa: E402
from resnet_studio.core.training.config import TrainConfig  # noqa: E402
from resnet_studio.core.training.runs import rename_run  # noqa: E402
from resnet_studio.core.training.trainer import Trainer  # noqa: E402
from resnet_studio.ui.app import studio_app  # noqa: E402
from resnet_studio.ui.training.panel import TrainingPanel  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1480, 900)


def wait_for(condition, timeout_s: float = 900) -> None:
    """Run the event loop until ``condition()`` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise SystemExit("timed out waiting for the run")


def shoot(panel: TrainingPanel, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not panel.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--size", default="1480x900", help="panel size, e.g. 1280x800 (a check)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    studio_app()
    config = TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=args.epochs)

    print("training the plain twin (no shortcuts), headless…")
    plain = Trainer(preset("d2l-resnet18-plain"), config).fit()
    rename_run(plain["run_dir"], "plain twin (no shortcuts)")

    panel = TrainingPanel()
    panel.set_design(preset("d2l-resnet18"))
    panel.settings.set_config(config)
    panel.resize(*(int(v) for v in args.size.split("x")))
    panel.show()
    panel.runs.refresh()
    panel.runs.set_checked(plain["run_dir"], True)

    epochs_done: list[int] = []
    features: list[dict] = []
    panel.worker.epoch_ended.connect(lambda m: epochs_done.append(m["epoch"]))
    panel.worker.features_ready.connect(features.append)
    print("training d2l-resnet18 in the panel…")
    panel.start()
    last = args.epochs - 1  # grab while the last epoch runs
    wait_for(lambda: len(epochs_done) >= last and features
             and panel.latest.get("epoch", 0) > last + 0.35)
    shoot(panel, out / "training.png")
    panel.tabs.setCurrentWidget(panel.confusion)
    shoot(panel, out / "training-confusion.png")
    panel.tabs.setCurrentWidget(panel.predictions)
    shoot(panel, out / "training-predictions.png")
    panel.stop()
    wait_for(lambda: not panel.is_active(), 120)
    panel.shutdown()
    panel.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
