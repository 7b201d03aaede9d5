"""The studio's core: designs, the builder, the shape trace, training and files.

Torch only: nothing here imports Qt, so it works from a notebook or a script.
"""

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import (
    BlockOverride,
    BlockPlan,
    Design,
    HeadSpec,
    InputSpec,
    StageSpec,
    StemSpec,
    plan_block,
)
from resnet_studio.core.design.files import (
    design_from_dict,
    design_to_dict,
    load_design,
    save_design,
)
from resnet_studio.core.design.presets import PRESETS, TORCHVISION_PRESETS, preset, preset_names
from resnet_studio.core.design.problems import DesignError, Problem
from resnet_studio.core.design.trace import Layer, Trace, formula, min_input_size, out_size, trace
from resnet_studio.core.design.validate import validate
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.trainer import Callback, Trainer

__all__ = [
    "BlockOverride", "BlockPlan", "Design", "DesignError", "HeadSpec", "InputSpec", "Layer",
    "PRESETS", "Problem", "StageSpec", "StemSpec", "TORCHVISION_PRESETS", "Trace", "build",
    "design_from_dict", "design_to_dict", "formula", "load_design", "min_input_size",
    "out_size", "plan_block", "preset", "preset_names", "save_design", "trace", "validate",
    "Callback", "TrainConfig", "Trainer", "TrainingError",
]
