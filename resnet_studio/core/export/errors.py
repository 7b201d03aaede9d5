"""Export problems: a stable code plus parameters, rendered in English here.

Like the core's design problems, the UI can translate from ``code`` and ``params``
(see ``TEMPLATES``) instead of showing ``message``.
"""

from __future__ import annotations

from typing import ClassVar

from resnet_studio.core.messages import CodedError

# code -> (message template, fix template)
TEMPLATES: dict[str, tuple[str, str]] = {
    "folder_missing": (
        "{path}: the folder {folder} does not exist.",
        "Create the folder first, or choose another place to save.",
    ),
    "write_failed": (
        "{path}: cannot write the file ({reason}).",
        "Choose a folder you can write to, or free some disk space.",
    ),
    "read_failed": (
        "{path}: cannot be read ({reason}).",
        "Check the path and the file's permissions.",
    ),
    "not_a_checkpoint": (
        "{path}: not a ResNet Studio checkpoint or a PyTorch state_dict ({reason}).",
        "Choose a checkpoint.pt from a run folder, or a .pth file saved with "
        "torch.save(model.state_dict(), path).",
    ),
    "weights_mismatch": (
        "{path}: the weights do not fit the design '{design}': {summary}.\n{details}",
        "Choose the design (preset) the weights were saved from{hint}.",
    ),
    "no_matching_preset": (
        "{path}: no torchvision ResNet preset fits these weights; the closest, "
        "'{design}', has {summary}.\n{details}",
        "Use a state_dict saved from torchvision.models.resnet18/34/50/101/152, "
        "resnext50_32x4d or wide_resnet50_2, or name the design it belongs to.",
    ),
    "unknown_format": (
        "Unknown export format '{value}'.",
        "Choose one of: {choices}.",
    ),
    "onnx_missing": (
        "ONNX export needs the 'onnx' package, which is not installed.",
        'Install the ONNX extra: pip install "resnet-studio[onnx]".',
    ),
    "onnx_failed": (
        "The ONNX export failed: {reason}",
        "Try another opset (--opset), or export TorchScript or the state_dict instead.",
    ),
    "outputs_differ": (
        "The exported {format} model's outputs differ from torch's by up to {diff:.3g} "
        "(allowed {tolerance:.3g}); nothing was written.",
        "Export the state_dict or the Python code instead, and report this design.",
    ),
    "torchscript_failed": (
        "The TorchScript export failed: {reason}",
        "Export the state_dict or the Python code instead.",
    ),
    "metrics_missing": (
        "{path}: no metrics.jsonl here, so there are no metrics to export.",
        "Choose a run folder that has trained for at least one step.",
    ),
    "metrics_unreadable": (
        "{path}: line {line} is not a JSON object ({reason}).",
        "The run's metrics log is damaged; export an earlier run or train again.",
    ),
    "tensorboard_missing": (
        "TensorBoard logging needs the 'tensorboard' package, which is not installed.",
        'Install it: pip install "resnet-studio[tensorboard]", then run '
        "tensorboard --logdir {logdir}.",
    ),
    "unexpected": (
        "The export stopped on an unexpected error: {reason}",
        "Try another format or file name; if it happens again, report it with this message.",
    ),
    "engine_missing": (
        "This needs the training engine ({module}), which is not available: {reason}",
        "Reinstall ResNet Studio.",
    ),
}


class ExportError(CodedError):
    """An export or import that cannot be done, with what is wrong and how to fix it."""

    TEMPLATES: ClassVar[dict[str, tuple[str, str]]] = TEMPLATES
    CONTEXT: ClassVar[str] = "ExportError"


def short_reason(e: BaseException, limit: int = 300) -> str:
    """The first line of an exception's text, cut to ``limit`` characters."""
    lines = str(e).strip().splitlines()
    line = lines[0] if lines else type(e).__name__
    return line if len(line) <= limit else line[:limit - 3] + "..."
