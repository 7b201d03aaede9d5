"""Words the training views share, translated when shown (so a language switch
re-renders them): parts of the network, class names, datasets, engine errors."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from resnet_studio.core.messages import CodedMessage
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.data import LABELS
from resnet_studio.ui.common.i18n import fill, message_text

# Marked for the translation tools; translated at run time by class_label().
_CLASS_NAMES = (
    QT_TRANSLATE_NOOP("ClassName", "T-shirt/top"), QT_TRANSLATE_NOOP("ClassName", "Trouser"),
    QT_TRANSLATE_NOOP("ClassName", "Pullover"), QT_TRANSLATE_NOOP("ClassName", "Dress"),
    QT_TRANSLATE_NOOP("ClassName", "Coat"), QT_TRANSLATE_NOOP("ClassName", "Sandal"),
    QT_TRANSLATE_NOOP("ClassName", "Shirt"), QT_TRANSLATE_NOOP("ClassName", "Sneaker"),
    QT_TRANSLATE_NOOP("ClassName", "Bag"), QT_TRANSLATE_NOOP("ClassName", "Ankle boot"),
    QT_TRANSLATE_NOOP("ClassName", "airplane"), QT_TRANSLATE_NOOP("ClassName", "automobile"),
    QT_TRANSLATE_NOOP("ClassName", "bird"), QT_TRANSLATE_NOOP("ClassName", "cat"),
    QT_TRANSLATE_NOOP("ClassName", "deer"), QT_TRANSLATE_NOOP("ClassName", "dog"),
    QT_TRANSLATE_NOOP("ClassName", "frog"), QT_TRANSLATE_NOOP("ClassName", "horse"),
    QT_TRANSLATE_NOOP("ClassName", "ship"), QT_TRANSLATE_NOOP("ClassName", "truck"),
)


def class_label(name: str) -> str:
    """A dataset's class name as shown (Fashion-MNIST's and CIFAR-10's are translated;
    an image folder's own names are shown as they are)."""
    return QCoreApplication.translate("ClassName", name)


def part_label(part: str) -> str:
    """'stem' -> stem, 'stage2' -> stage 2, 'head' -> head, in the UI's language."""
    m = re.fullmatch(r"stage(\d+)", part)
    if m:
        return fill(QCoreApplication.translate("TrainingText", "stage %1"), m.group(1))
    if part == "stem":
        return QCoreApplication.translate("TrainingText", "stem")
    if part == "head":
        return QCoreApplication.translate("TrainingText", "head")
    return part


def dataset_label(dataset: str, fallback: str = "") -> str:
    """The resolved dataset's name for people ('fashion-mnist-sample' -> the sample)."""
    names = {
        "fashion-mnist-sample": QCoreApplication.translate("TrainingText",
                                                           "the embedded Fashion-MNIST sample"),
        "fashion-mnist": QCoreApplication.translate("TrainingText", "Fashion-MNIST"),
        "mnist": QCoreApplication.translate("TrainingText", "MNIST"),
        "cifar10": QCoreApplication.translate("TrainingText", "CIFAR-10"),
        "folder": QCoreApplication.translate("TrainingText", "an image folder"),
    }
    return names.get(dataset, fallback or dataset)


def dataset_of_label(label: str) -> str:
    """The dataset id of a run's recorded dataset label (run.json keeps the label)."""
    for key, text in LABELS.items():
        if label == text or label.startswith(text + " "):
            return key
    return ""


def split_label(test_name: str) -> str:
    if test_name == "test":
        return QCoreApplication.translate("TrainingText", "test")
    return QCoreApplication.translate("TrainingText", "held-out")


def error_text(err: dict[str, Any]) -> tuple[str, str]:
    """(message, fix) of a training error dict (TrainingError.to_dict), translated."""
    if err.get("code") in TrainingError.TEMPLATES:
        return message_text(TrainingError.from_dict(err))
    return err.get("message", ""), err.get("fix", "")


def notes_text(notes: list[Any]) -> list[str]:
    """The engine's notes of a run (coded, or plain text from an old log), translated."""
    return [message_text(n)[0] if isinstance(n, CodedMessage) else str(n) for n in notes]
