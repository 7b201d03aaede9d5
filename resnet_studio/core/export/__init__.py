"""Export and interoperability: Python code, TorchScript, ONNX, state_dicts,
torchvision weights, and the trace and metrics as text and CSV.

    from resnet_studio.core.export import export, load_source
    src = load_source("runs/2024-01-01-d2l/checkpoint.pt")
    export(src.design, "onnx", "d2l.onnx", src.state_dict)
"""

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

__all__ = [
    "FORMATS", "TEMPLATES", "ExportError", "ExportResult", "KeyReport", "Source", "check_fits",
    "compare", "default_filename", "example_input", "export", "load_source",
    "load_torchvision_weights", "load_weights", "load_weights_file", "match_torchvision",
    "metrics_csv", "model_for", "python_source", "read_metrics", "read_state_dict",
    "trace_csv", "trace_text", "write_output", "write_text",
]
