"""Structural edits of a design's stages, as plain functions on a (copied) design.

The editor passes these to ``DesignDocument.edit`` so each one is a single undo step.
"""

from __future__ import annotations

import copy

from resnet_studio.core.design.design import BlockOverride, Design, StageSpec


def add_stage(design: Design) -> None:
    """Append a stage that continues the pattern: twice the channels, stride 2."""
    if design.stages:
        last = design.stages[-1]
        design.stages.append(StageSpec(
            channels=min(last.channels * 2, 16384), blocks=2, stride=2, kind=last.kind,
            shortcut="auto", groups=last.groups, width_per_group=last.width_per_group))
    else:
        design.stages.append(StageSpec(channels=design.stem.channels, blocks=2, stride=1))


def duplicate_stage(design: Design, index: int) -> None:
    """Insert a copy of stage ``index`` right after it."""
    design.stages.insert(index + 1, copy.deepcopy(design.stages[index]))


def remove_stage(design: Design, index: int) -> None:
    del design.stages[index]


def move_stage(design: Design, index: int, delta: int) -> None:
    """Swap stage ``index`` with its neighbour ``delta`` (-1 up, +1 down) when there is one."""
    other = index + delta
    if 0 <= other < len(design.stages):
        stages = design.stages
        stages[index], stages[other] = stages[other], stages[index]


def set_block_override(design: Design, stage: int, block: int, **values) -> None:
    """Set a block's stride and/or shortcut override (None: follow the stage's rule)."""
    st = design.stages[stage]
    o = st.overrides.get(block, BlockOverride())
    for name, value in values.items():
        setattr(o, name, value)
    if o.stride is None and o.shortcut is None:
        st.overrides.pop(block, None)
    else:
        st.overrides[block] = o


def set_blocks(design: Design, stage: int, blocks: int) -> None:
    """Change a stage's block count, dropping overrides of blocks that no longer exist."""
    st = design.stages[stage]
    st.blocks = blocks
    for b in [b for b in st.overrides if b >= blocks]:
        del st.overrides[b]
