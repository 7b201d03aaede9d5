"""Cost limits: what bounds the work and memory of a design before anything loops over it.

A design file of a kilobyte can ask for 10^12 blocks or a thousand stages; the trace,
the summary, the editor's drawing and the builder all loop over blocks. The loader and
the trace call :func:`cost_problems` first, so every path refuses such a design at
once with the limit and the value, instead of spinning or filling memory. Real designs
stay well inside: ResNet-152 has 50 blocks, He et al.'s 1,202-layer CIFAR net 600.
"""

from __future__ import annotations

from typing import Any

from resnet_studio.core.design.design import MAX_BLOCKS, MAX_SIZE
from resnet_studio.core.design.problems import Problem, where

MAX_STAGES = 64
MAX_TOTAL_BLOCKS = 1000
MAX_LAYERS = 10_000  # layers of the trace (a bottleneck block with a projection has 12)
MAX_NUMBER = 10**15  # no field of a design takes a larger whole number
LAYERS_PER_BLOCK = {"basic": 9, "bottleneck": 12}  # at most, with a projection shortcut
FIXED_LAYERS = 7  # stem conv, bn, relu, pool; head pool, flatten, fc


def show_number(value: int) -> str:
    """An integer for a message: its digits, or its length when it has too many to print
    (Python refuses to print integers of more than 4,300 digits)."""
    if -MAX_NUMBER <= value <= MAX_NUMBER:
        return str(value)
    return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _too_large(field: str, value: int, maximum: int, place: str,
               stage: int | None = None) -> Problem:
    return Problem("value_too_large", {"field": field, "value": show_number(value),
                                       "maximum": maximum, "where": place}, stage)


def cost_problems(design: Any) -> list[Problem]:
    """Counts and widths above the cost limits (empty: the design is cheap enough to
    trace, draw and check). Reads only numbers, never loops over blocks; values of the
    wrong type are left to the validator."""
    stages = getattr(design, "stages", None)
    if not isinstance(stages, list):
        return []
    if len(stages) > MAX_STAGES:
        return [_too_large("stages", len(stages), MAX_STAGES, "design")]
    problems: list[Problem] = []
    total = layers = 0
    for si, st in enumerate(stages):
        blocks = getattr(st, "blocks", None)
        for name, value, maximum in (("blocks", blocks, MAX_BLOCKS),
                                     ("channels", getattr(st, "channels", None), MAX_SIZE),
                                     ("groups", getattr(st, "groups", None), MAX_SIZE),
                                     ("width per group", getattr(st, "width_per_group", None),
                                      MAX_SIZE)):
            if _is_int(value) and value > maximum:
                problems.append(_too_large(name, value, maximum, where(si), si))
        if _is_int(blocks) and 0 < blocks <= MAX_BLOCKS:
            total += blocks
            layers += blocks * LAYERS_PER_BLOCK.get(getattr(st, "kind", ""), 12)
    if problems:
        return problems
    if total > MAX_TOTAL_BLOCKS:
        return [_too_large("blocks in all stages", total, MAX_TOTAL_BLOCKS, "design")]
    if layers + FIXED_LAYERS > MAX_LAYERS:
        return [_too_large("layers (at most)", layers + FIXED_LAYERS, MAX_LAYERS, "design")]
    return []
