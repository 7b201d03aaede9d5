"""Export a design (and its weights) as Python code, TorchScript, ONNX or a state_dict.

Every format is serialised in memory, loaded back and checked against the torch
model before anything is written; the file is then written all-or-nothing. The
model is exported in eval mode (BatchNorm uses its running statistics).
"""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import Design
from resnet_studio.core.export.codegen import python_source
from resnet_studio.core.export.errors import ExportError, short_reason
from resnet_studio.core.export.output import file_stem, write_output
from resnet_studio.core.export.weights import load_weights

# format -> default file suffix
FORMATS: dict[str, str] = {
    "py": ".py",
    "torchscript": ".torchscript.pt",
    "onnx": ".onnx",
    "state-dict": ".state_dict.pt",
}
DEFAULT_OPSET = 17
TOLERANCE = 1e-4  # max |difference| of logits between torch and the exported model


@dataclass
class ExportResult:
    """What was written and how it was checked."""

    path: Path
    format: str
    size: int
    check: str  # one line for the user, e.g. "onnxruntime output matches torch (max |diff| 2e-07)"
    max_diff: float | None = None


def default_filename(design: Design, fmt: str) -> str:
    """'d2l-resnet18.onnx' and the like: the design's name plus the format's suffix."""
    return file_stem(design.name) + FORMATS[fmt]


def model_for(design: Design, state_dict: Mapping[str, torch.Tensor] | None = None) -> nn.Module:
    """The studio's model for ``design`` in eval mode, with ``state_dict`` loaded (strict)."""
    model = build(design)
    if state_dict is not None:
        load_weights(model, state_dict, design)
    return model.eval()


def example_input(design: Design, batch: int = 2,
                  shape: tuple[int, ...] | None = None) -> torch.Tensor:
    """A fixed random input (the same every call) of ``shape`` (C, H, W; default: the
    design's input)."""
    g = torch.Generator().manual_seed(0)
    return torch.randn((batch, *(shape or design.input_shape(1)[1:])), generator=g)


def _other_input(x: torch.Tensor) -> torch.Tensor:
    """Another batch size and image size, to check that the export is not tied to ``x``."""
    n, c, h, w = x.shape
    g = torch.Generator().manual_seed(1)
    return torch.randn((n + 1, c, h + 32, w + 32), generator=g)


def export(design: Design, fmt: str, path: str | os.PathLike,
           state_dict: Mapping[str, torch.Tensor] | None = None,
           opset: int = DEFAULT_OPSET, input_shape: tuple[int, ...] | None = None
           ) -> ExportResult:
    """Export ``design`` (with ``state_dict`` if given, else a fresh init) to ``path``.

    ``input_shape`` (C, H, W) is the size the checks run at (a checkpoint's training
    size); TorchScript and ONNX also accept other batch and image sizes."""
    if fmt not in FORMATS:
        raise ExportError("unknown_format", value=fmt, choices=", ".join(FORMATS))
    if fmt == "py":
        data, check, diff = python_bytes(design, state_dict)
    else:
        model = model_for(design, state_dict)
        x = example_input(design, shape=input_shape)
        if fmt == "torchscript":
            data, diff = torchscript_bytes(model, x)
            check = f"reloaded TorchScript matches torch (max |diff| {diff:.1e})"
        elif fmt == "onnx":
            data, diff = onnx_bytes(model, x, opset)
            check = (f"onnxruntime output matches torch (max |diff| {diff:.1e})" if diff is not None
                     else "onnxruntime is not installed, so the graph's outputs were not checked")
        else:
            data = state_dict_bytes(model)
            check, diff = "reloaded state_dict loads into the model (strict=True)", None
    target = write_output(path, data)
    return ExportResult(target, fmt, len(data), check, diff)


def python_bytes(design: Design, state_dict: Mapping[str, torch.Tensor] | None = None
                 ) -> tuple[bytes, str, float | None]:
    """The Python source, checked: it runs, and its model's state_dict names and shapes
    match the studio's (with weights given, also the outputs)."""
    source = python_source(design)
    namespace: dict = {"__name__": "resnet_studio_export"}
    exec(compile(source, f"<{file_stem(design.name)}.py>", "exec"), namespace)
    if state_dict is None:
        with torch.device("meta"):
            ours, theirs = build(design), namespace["build_model"]()
        _same_layout(ours.state_dict(), theirs.state_dict())
        return source.encode("utf-8"), "its state_dict names and shapes match the studio's model", None
    reference = model_for(design, state_dict)
    exported = namespace["build_model"]()
    exported.load_state_dict(reference.state_dict(), strict=True)
    x = example_input(design)
    diff = _max_diff(reference, exported.eval(), x, "Python")
    return (source.encode("utf-8"),
            f"the checkpoint loads with strict=True and outputs match (max |diff| {diff:.1e})", diff)


def torchscript_bytes(model: nn.Module, x: torch.Tensor) -> tuple[bytes, float]:
    """Trace ``model`` to TorchScript; reload it and compare outputs, also at another batch
    and image size (the traced graph must not be tied to the example)."""
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            scripted = torch.jit.trace(model, x, check_trace=False)  # checked below
            buffer = io.BytesIO()
            torch.jit.save(scripted, buffer)
            loaded = torch.jit.load(io.BytesIO(buffer.getvalue()))
    except Exception as e:  # torch raises many kinds; the user needs the reason, not a trace
        raise ExportError("torchscript_failed", reason=short_reason(e)) from e
    diff = max(_max_diff(model, loaded, x, "TorchScript"),
               _max_diff(model, loaded, _other_input(x), "TorchScript"))
    return buffer.getvalue(), diff


def onnx_bytes(model: nn.Module, x: torch.Tensor, opset: int = DEFAULT_OPSET
               ) -> tuple[bytes, float | None]:
    """Export ``model`` to ONNX (batch, height and width dynamic). With onnxruntime
    installed, run the graph and compare its outputs with torch's at two sizes; returns
    (bytes, max |diff| or None)."""
    try:
        import onnx
    except ImportError:
        raise ExportError("onnx_missing") from None
    buffer = io.BytesIO()
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            # The TorchScript-based exporter needs only torch and onnx; the newer one
            # (dynamo=True) would also need onnxscript.
            torch.onnx.export(model, (x,), buffer, dynamo=False, opset_version=opset,
                              input_names=["input"], output_names=["logits"],
                              dynamic_axes={"input": {0: "batch", 2: "height", 3: "width"},
                                            "logits": {0: "batch"}})
        data = buffer.getvalue()
        onnx.checker.check_model(onnx.load_from_string(data))
    except Exception as e:  # exporter and checker errors: report the reason, write nothing
        raise ExportError("onnx_failed", reason=short_reason(e)) from e
    try:
        import onnxruntime
    except ImportError:
        return data, None
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # errors only; its warnings are not the user's business
    diff = 0.0
    try:
        session = onnxruntime.InferenceSession(data, options, providers=["CPUExecutionProvider"])
        for batch in (x, _other_input(x)):
            got = torch.from_numpy(session.run(None, {"input": batch.numpy()})[0])
            with torch.no_grad():
                diff = max(diff, _check(model(batch), got, "ONNX"))
    except ExportError:
        raise
    except Exception as e:  # onnxruntime's own error types: the graph is not usable
        raise ExportError("onnx_failed", reason="onnxruntime cannot run the exported "
                          f"graph: {short_reason(e)}") from e
    return data, diff


def state_dict_bytes(model: nn.Module) -> bytes:
    """The model's state_dict, saved with torch.save and checked to reload (weights_only)."""
    state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
    buffer = io.BytesIO()
    torch.save(state, buffer)
    data = buffer.getvalue()
    back = torch.load(io.BytesIO(data), weights_only=True)
    model.load_state_dict(back, strict=True)
    return data


def _same_layout(ours: Mapping[str, torch.Tensor], theirs: Mapping[str, torch.Tensor]) -> None:
    a = {k: tuple(v.shape) for k, v in ours.items()}
    b = {k: tuple(v.shape) for k, v in theirs.items()}
    if a != b:  # a bug in the code generator, never the user's fault
        raise AssertionError(f"exported code's state_dict differs from the studio's: "
                             f"{sorted(set(a.items()) ^ set(b.items()))[:5]}")


def _max_diff(reference: nn.Module, other, x: torch.Tensor, fmt: str) -> float:
    with torch.no_grad():
        return _check(reference(x), other(x), fmt)


def _check(want: torch.Tensor, got: torch.Tensor, fmt: str) -> float:
    scale = max(1.0, float(want.abs().max()))
    diff = float((want - got).abs().max()) if want.shape == got.shape else float("inf")
    if not diff <= TOLERANCE * scale:
        raise ExportError("outputs_differ", format=fmt, diff=diff, tolerance=TOLERANCE * scale)
    return diff
