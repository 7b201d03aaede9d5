"""The studio's core: designs, the builder, the shape trace, training and files.

Torch only: nothing here imports Qt, so it works from a notebook or a script. Names are
loaded on first access (PEP 562), so ``import resnet_studio`` and the design and trace
modules do not pay for importing torch; ``build``, ``Trainer`` and the training names
import it when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resnet_studio.core.lazy import lazy_exports

# public name -> the module that defines it
_WHERE = {
    "build": "resnet_studio.core.design.builder",
    **dict.fromkeys(("BlockOverride", "BlockPlan", "Design", "HeadSpec", "InputSpec",
                     "StageSpec", "StemSpec", "plan_block"), "resnet_studio.core.design.design"),
    **dict.fromkeys(("design_from_dict", "design_to_dict", "load_design", "save_design"),
                    "resnet_studio.core.design.files"),
    **dict.fromkeys(("PRESETS", "TORCHVISION_PRESETS", "preset", "preset_names"),
                    "resnet_studio.core.design.presets"),
    **dict.fromkeys(("DesignError", "Problem"), "resnet_studio.core.design.problems"),
    **dict.fromkeys(("Layer", "Trace", "formula", "min_input_size", "out_size", "trace"),
                    "resnet_studio.core.design.trace"),
    "validate": "resnet_studio.core.design.validate",
    **dict.fromkeys(("TrainConfig", "TrainingError"), "resnet_studio.core.training.config"),
    **dict.fromkeys(("Callback", "Trainer"), "resnet_studio.core.training.trainer"),
}

__all__ = [
    "BlockOverride", "BlockPlan", "Design", "DesignError", "HeadSpec", "InputSpec", "Layer",
    "PRESETS", "Problem", "StageSpec", "StemSpec", "TORCHVISION_PRESETS", "Trace", "build",
    "design_from_dict", "design_to_dict", "formula", "load_design", "min_input_size",
    "out_size", "plan_block", "preset", "preset_names", "save_design", "trace", "validate",
    "Callback", "TrainConfig", "Trainer", "TrainingError",
]


__getattr__, __dir__ = lazy_exports(globals(), _WHERE, __all__)


if TYPE_CHECKING:  # for type checkers and IDEs: the same names, imported eagerly
    from resnet_studio.core.design.builder import build  # noqa: F401
    from resnet_studio.core.design.design import (  # noqa: F401
        BlockOverride,
        BlockPlan,
        Design,
        HeadSpec,
        InputSpec,
        StageSpec,
        StemSpec,
        plan_block,
    )
    from resnet_studio.core.design.files import (  # noqa: F401
        design_from_dict,
        design_to_dict,
        load_design,
        save_design,
    )
    from resnet_studio.core.design.presets import (  # noqa: F401
        PRESETS,
        TORCHVISION_PRESETS,
        preset,
        preset_names,
    )
    from resnet_studio.core.design.problems import DesignError, Problem  # noqa: F401
    from resnet_studio.core.design.trace import (  # noqa: F401
        Layer,
        Trace,
        formula,
        min_input_size,
        out_size,
        trace,
    )
    from resnet_studio.core.design.validate import validate  # noqa: F401
    from resnet_studio.core.training.config import TrainConfig, TrainingError  # noqa: F401
    from resnet_studio.core.training.trainer import Callback, Trainer  # noqa: F401
