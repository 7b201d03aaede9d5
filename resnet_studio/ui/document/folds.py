"""Which blocks the trace table and the drawing fold: long runs of identical blocks.

A 3 x 200-block CIFAR net has 600 blocks; a row or a box for each makes every edit
redraw hundreds of them, and they say nothing the first one does not. Both views fold
the same runs, worked out once per trace (DesignDocument.folds).
"""

from __future__ import annotations

from resnet_studio.core.design.problems import Problem
from resnet_studio.core.design.trace_types import Trace

# A run of identical blocks (same plan, same input and output shapes) longer than this
# after its first block is folded into one row: resnet152's 36-block stage, a 3 x 200
# block CIFAR net. Shorter runs (resnet50, cifar-resnet56) keep a row per block.
FOLD_AFTER = 8


def fold_ranges(trace: Trace, plans: dict, problems: list[Problem]) -> dict[tuple[int, int], tuple[int, int]]:
    """(stage, block) -> (first, last) block of the fold it belongs to (0-based)."""
    bad = {(p.stage, p.block) for p in problems if p.stage is not None}
    bad |= {(lr.stage, lr.block) for lr in trace.layers if lr.error is not None}
    signature = {}
    prev = trace.stem_output
    for key in sorted(plans):
        out = trace.block_outputs.get(key)
        signature[key] = None if key in bad or (key[0], None) in bad or out is None \
            else (plans[key], prev, out)
        prev = out
    folds: dict[tuple[int, int], tuple[int, int]] = {}
    keys = sorted(plans)
    i = 0
    while i < len(keys):
        j = i
        while (j + 1 < len(keys) and keys[j + 1][0] == keys[i][0]
               and signature[keys[i]] is not None and signature[keys[j + 1]] == signature[keys[i]]):
            j += 1
        if j - i > FOLD_AFTER:  # keep the first block of the run as its example
            first, last = keys[i + 1][1], keys[j][1]
            for k in keys[i + 1:j + 1]:
                folds[k] = (first, last)
        i = j + 1
    return folds
