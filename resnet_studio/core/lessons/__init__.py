"""The lessons of d2l's ResNet chapter as measurements: what the Lessons panel draws
and ``resnet-studio lesson NAME`` prints. Torch only.

Each lesson's ``run(control)`` returns plain, JSON-ready data measured on the
studio's own builds; nothing is stored or typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from resnet_studio.core.lessons.common import Control, LessonStopped


@dataclass(frozen=True)
class LessonInfo:
    """A lesson's name, title and the bound on its cost (seconds on 2 CPU cores)."""

    name: str
    title: str
    seconds: float
    run: Callable[[Control], dict[str, Any]]


def _residual_block(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.shapes import residual_block

    return residual_block()


def _shape_table(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.shapes import shape_table

    return shape_table()


def _shortcut(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.shapes import shortcut_fix

    return shortcut_fix(control)


def _identity(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.identity import run

    return run(control)


def _gradients(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.gradients import run

    result = run(control)
    result["without_batchnorm"] = run(control, batchnorm=False)["runs"]
    return result


def _degradation(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.degradation import run

    return run(control)


def _receptive(control: Control) -> dict[str, Any]:
    from resnet_studio.core.lessons.receptive import run

    return run(control)


LESSONS: dict[str, LessonInfo] = {info.name: info for info in (
    LessonInfo("residual-block", "The residual block keeps or changes the shape", 2,
               _residual_block),
    LessonInfo("shape-table", "ResNet-18's shapes at 224x224, stage by stage", 5, _shape_table),
    LessonInfo("shortcut", "When the shortcut needs a 1x1 conv", 2, _shortcut),
    LessonInfo("identity", "Identity is easy to learn", 3, _identity),
    LessonInfo("gradient-flow", "Gradient flow at initialisation", 60, _gradients),
    LessonInfo("degradation", "Degradation: deeper plain nets train worse", 300, _degradation),
    LessonInfo("receptive-field", "The receptive field grows", 10, _receptive),
)}


def run_lesson(name: str, control: Control | None = None) -> dict[str, Any]:
    """Run one lesson's measurement; KeyError names an unknown lesson."""
    return LESSONS[name].run(control or Control())


__all__ = ["LESSONS", "Control", "LessonInfo", "LessonStopped", "run_lesson"]
