"""The studio's core: designs, the builder, the shape trace, training and files.

Torch only: nothing here imports Qt, so it works from a notebook or a script.
"""

from .builder import build
from .config import TrainConfig, TrainingError
from .design import (
    BlockOverride,
    BlockPlan,
    Design,
    HeadSpec,
    InputSpec,
    StageSpec,
    StemSpec,
    plan_block,
)
from .engine import Callback, Trainer
from .files import design_from_dict, design_to_dict, load_design, save_design
from .presets import PRESETS, TORCHVISION_PRESETS, preset, preset_names
from .problems import DesignError, Problem
from .trace import Layer, Trace, formula, min_input_size, out_size, trace
from .validate import validate

__all__ = [
    "BlockOverride", "BlockPlan", "Design", "DesignError", "HeadSpec", "InputSpec", "Layer",
    "PRESETS", "Problem", "StageSpec", "StemSpec", "TORCHVISION_PRESETS", "Trace", "build",
    "design_from_dict", "design_to_dict", "formula", "load_design", "min_input_size",
    "out_size", "plan_block", "preset", "preset_names", "save_design", "trace", "validate",
    "Callback", "TrainConfig", "Trainer", "TrainingError",
]
