"""The question before a long run on the CPU: its words come from the run's actual
settings and the measured estimate, and the fast choice says what it changes and
how long it would take (scaled from the estimate by the work it saves)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from resnet_studio.core.design.design import Design
from resnet_studio.core.training.config import TrainConfig
from resnet_studio.core.training.data import SAMPLE, resolve_dataset
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.i18n import fill
from resnet_studio.ui.training.estimate import NATIVE_SIZE, duration_text, run_macs
from resnet_studio.ui.training.text import dataset_label

ASK_ABOVE_S = 3 * 60  # on a CPU, ask before a run longer than this
FAST_TARGET_S = 2 * 60  # the fast choice cuts epochs until it fits in about this


def _t(text: str) -> str:
    return QCoreApplication.translate("LongRun", text)


@dataclass
class FastChoice:
    """A quicker run: its config, its estimated length and what it changes."""

    config: TrainConfig
    seconds: float
    changes: list[tuple[str, Any, Any]]  # (what, new, old): "dataset", "size", "epochs"


def image_size(design: Design, config: TrainConfig) -> int:
    """The side of the images the run trains on."""
    return config.resize or NATIVE_SIZE.get(resolve_dataset(config)) or design.input.height


def fast_choice(design: Design, config: TrainConfig, seconds: float) -> FastChoice | None:
    """The embedded sample at its own 28x28 size, and fewer epochs if that is still
    long; None when nothing would be faster. ``seconds`` is the run's estimate."""
    fast = replace(config, dataset=SAMPLE, resize=None)
    try:
        scale = run_macs(design, fast) / max(run_macs(design, config), 1.0)
    except Exception:  # noqa: BLE001 - a design the trace cannot follow
        return None
    per_epoch = seconds * scale / max(config.epochs, 1)
    epochs = config.epochs
    while epochs > 1 and per_epoch * epochs > FAST_TARGET_S:
        epochs = max(1, epochs // 2)
    fast = replace(fast, epochs=epochs)
    changes: list[tuple[str, Any, Any]] = []
    if resolve_dataset(config) != SAMPLE:
        changes.append(("dataset", SAMPLE, resolve_dataset(config)))
    size, old_size = image_size(design, fast), image_size(design, config)
    if size != old_size:
        changes.append(("size", size, old_size))
    if epochs != config.epochs:
        changes.append(("epochs", epochs, config.epochs))
    if not changes:
        return None
    return FastChoice(fast, per_epoch * epochs, changes)


def change_text(change: tuple[str, Any, Any]) -> str:
    what, new, old = change
    if what == "dataset":
        return fill(_t("the embedded Fashion-MNIST sample (2,500 images) instead of %1"),
                    dataset_label(old, ""))
    if what == "size":
        return fill(_t("%1×%1 images instead of %2×%2"), new, old)
    return fill(_t("%1 epochs instead of %2"), new, old)


def question_texts(design: Design, config: TrainConfig, est: dict[str, Any],
                   fast: FastChoice | None) -> tuple[str, str]:
    """The question and its details, from the settings and the estimate."""
    size = image_size(design, config)
    text = fill(_t("This run would take about %1 on the CPU (%2 per epoch): %3 epochs of "
                   "%4 at %5×%5."), duration_text(est["seconds_total"]),
                duration_text(est["seconds_per_epoch"]), config.epochs,
                dataset_label(resolve_dataset(config), ""), size)
    if fast is None:
        more = _t("There is no quicker choice with this design; a GPU would help.")
    else:
        more = fill(_t("The fast choice takes about %1: %2."), duration_text(fast.seconds),
                    "; ".join(change_text(c) for c in fast.changes))
    return text, more


def ask_long_run(parent: QWidget | None, design: Design, config: TrainConfig,
                 est: dict[str, Any], fast: FastChoice | None) -> str:
    """"fast", "anyway" or "cancel"."""
    text, more = question_texts(design, config, est, fast)
    choices = []
    if fast is not None:
        choices.append(("fast", fill(_t("Use the fast choice (about %1)"),
                                     duration_text(fast.seconds))))
    choices.append(("anyway", _t("Train anyway")))
    return dialogs.ask_choice(parent, _t("A long run on the CPU"), text, more, choices,
                              "fast" if fast is not None else "anyway")
