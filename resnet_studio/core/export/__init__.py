"""Export and interoperability: Python code, TorchScript, ONNX, state_dicts,
torchvision weights, and the trace and metrics as text and CSV.

    from resnet_studio.core.export import export, load_source
    src = load_source("runs/2024-01-01-d2l/checkpoint.pt")
    export(src.design, "onnx", "d2l.onnx", src.state_dict)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resnet_studio.core.lazy import lazy_exports

_MODULES = {
    "codegen": ("python_source",),
    "errors": ("TEMPLATES", "ExportError"),
    "formats": ("FORMATS", "ExportResult", "default_filename", "example_input", "export",
                "model_for"),
    "output": ("write_output", "write_text"),
    "source": ("Source", "load_source", "load_weights_file"),
    "tables": ("metrics_csv", "read_metrics", "trace_csv", "trace_text"),
    "weights": ("KeyReport", "check_fits", "compare", "load_torchvision_weights",
                "load_weights", "match_torchvision", "read_state_dict"),
}
# public name -> its module; loaded on first access, so the tables (``resnet-studio
# summary``) do not import torch.
_WHERE = {name: f"{__name__}.{module}" for module, names in _MODULES.items() for name in names}

__all__ = [
    "FORMATS", "TEMPLATES", "ExportError", "ExportResult", "KeyReport", "Source", "check_fits",
    "compare", "default_filename", "example_input", "export", "load_source",
    "load_torchvision_weights", "load_weights", "load_weights_file", "match_torchvision",
    "metrics_csv", "model_for", "python_source", "read_metrics", "read_state_dict",
    "trace_csv", "trace_text", "write_output", "write_text",
]


__getattr__, __dir__ = lazy_exports(globals(), _WHERE, __all__)


if TYPE_CHECKING:
    from resnet_studio.core.export.codegen import python_source
    from resnet_studio.core.export.errors import TEMPLATES, ExportError
    from resnet_studio.core.export.formats import (
        FORMATS,
        ExportResult,
        default_filename,
        example_input,
        export,
        model_for,
    )
    from resnet_studio.core.export.output import write_output, write_text
    from resnet_studio.core.export.source import Source, load_source, load_weights_file
    from resnet_studio.core.export.tables import metrics_csv, read_metrics, trace_csv, trace_text
    from resnet_studio.core.export.weights import (
        KeyReport,
        check_fits,
        compare,
        load_torchvision_weights,
        load_weights,
        match_torchvision,
        read_state_dict,
    )
