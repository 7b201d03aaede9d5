"""Weights from outside: read a state_dict file, compare it with a design, and find the
preset it belongs to.

torchvision's and timm's ResNets use the same module names as the studio's builder, so
``torch.save(torchvision.models.resnet50(weights=...).state_dict(), "r50.pth")`` loads
into the "resnet50" preset with strict=True; d2l's ``net`` and timm's ResNetV2 are
renamed on the way in (core.export.foreign). A file that does not fit is reported key
by key: missing, unexpected and mis-shaped.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import torch
from torch import nn

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import Design
from resnet_studio.core.design.presets import TIMM_PRESETS, TORCHVISION_PRESETS, preset
from resnet_studio.core.export.errors import ExportError, short_reason
from resnet_studio.core.export.foreign import CONVERTERS

# Presets a weights file is matched against when no design is given.
KNOWN_PRESETS = (*TORCHVISION_PRESETS, *TIMM_PRESETS, "d2l-resnet18")

WRAPPER_KEYS = ("state_dict", "model_state", "model", "model_state_dict")
PREFIXES = ("module.", "_orig_mod.")  # DistributedDataParallel, torch.compile
SHOWN = 6  # keys listed per kind in a message


@dataclass
class KeyReport:
    """How a state_dict differs from a model's: what is missing, extra, or mis-shaped."""

    missing: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    mismatched: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unexpected or self.mismatched)

    @property
    def count(self) -> int:
        return len(self.missing) + len(self.unexpected) + len(self.mismatched)

    def summary(self) -> str:
        """'2 missing, 0 unexpected and 1 mis-shaped keys'."""
        return (f"{len(self.missing)} missing, {len(self.unexpected)} unexpected and "
                f"{len(self.mismatched)} mis-shaped keys")

    def details(self) -> str:
        """The keys themselves, a few of each kind, one kind per line."""
        lines = []
        if self.missing:
            lines.append("  missing (the design has them, the file does not): "
                         + _listing(_by_module(self.missing)))
        if self.unexpected:
            lines.append("  unexpected (in the file, not in the design): "
                         + _listing(_by_module(self.unexpected)))
        if self.mismatched:
            shown = [f"{k} (file {list(got)}, design {list(want)})"
                     for k, want, got in self.mismatched]
            lines.append("  mis-shaped: " + _listing(shown))
        return "\n".join(lines)


def compare(expected: Mapping[str, tuple[int, ...]], got: Mapping[str, torch.Tensor]) -> KeyReport:
    """Compare a model's parameter shapes with a state_dict's tensors."""
    report = KeyReport()
    for key, shape in expected.items():
        if key not in got:
            report.missing.append(key)
        elif tuple(got[key].shape) != tuple(shape):
            report.mismatched.append((key, tuple(shape), tuple(got[key].shape)))
    report.unexpected = [k for k in got if k not in expected]
    return report


def layout(design: Design) -> dict[str, tuple[int, ...]]:
    """The state_dict names and shapes of the design's model (built on the meta device,
    so even ResNet-152 takes no memory)."""
    with torch.device("meta"):
        model = build(design)
    return {k: tuple(v.shape) for k, v in model.state_dict().items()}


def read_state_dict(path: str | os.PathLike) -> dict[str, torch.Tensor]:
    """A state_dict from a .pt/.pth file (weights_only: no code runs), unwrapped from
    {'state_dict': ...} and stripped of DDP/compile prefixes."""
    p = str(path)
    if not os.path.isfile(p):
        reason = "it is a folder" if os.path.isdir(p) else "no such file"
        raise ExportError("read_failed", path=p, reason=reason)
    try:
        obj = torch.load(p, map_location="cpu", weights_only=True)
    except Exception as e:  # unpickling, zip and permission errors: explain, no traceback
        raise ExportError("not_a_checkpoint", path=p, reason=short_reason(e)) from None
    state = as_state_dict(obj)
    if state is None:
        raise ExportError("not_a_checkpoint", path=p,
                          reason=f"it holds a {type(obj).__name__}, not tensors by name")
    return state


def as_state_dict(obj) -> dict[str, torch.Tensor] | None:
    """``obj`` as a state_dict of tensors, or None when it is not one."""
    if isinstance(obj, Mapping):
        for key in WRAPPER_KEYS:
            inner = obj.get(key)
            if isinstance(inner, Mapping) and inner and _all_tensors(inner):
                obj = inner
                break
    if not isinstance(obj, Mapping) or not obj or not _all_tensors(obj):
        return None
    return {_strip(k): v for k, v in obj.items()}


def fit_keys(expected: Mapping[str, tuple[int, ...]], state: Mapping[str, torch.Tensor]
             ) -> tuple[Mapping[str, torch.Tensor], KeyReport]:
    """``state`` as it fits ``expected``: as it is, or renamed from d2l's or timm's
    ResNetV2 keys; with the report of the plain comparison when nothing fits."""
    report = compare(expected, state)
    if report.ok:
        return state, report
    for convert in CONVERTERS.values():
        renamed = convert(state)
        if renamed is not None and compare(expected, renamed).ok:
            return renamed, compare(expected, renamed)
    return state, report


def check_fits(state: Mapping[str, torch.Tensor], design: Design,
               path: str = "the weights") -> Mapping[str, torch.Tensor]:
    """Raise a key-by-key report unless ``state`` loads into the design's model; return
    it with the studio's key names."""
    state, report = fit_keys(layout(design), state)
    _raise_unless_fits(report, state, design, path)
    return state


def load_weights(model: nn.Module, state: Mapping[str, torch.Tensor], design: Design,
                 path: str = "the weights") -> None:
    """``model.load_state_dict(state, strict=True)``, with a key-by-key report on failure."""
    expected = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    state, report = fit_keys(expected, state)
    _raise_unless_fits(report, state, design, path)
    model.load_state_dict(state, strict=True)


def _raise_unless_fits(report: KeyReport, state, design: Design, path: str) -> None:
    if not report.ok:
        raise ExportError("weights_mismatch", path=path, design=design.name,
                          summary=report.summary(), details=report.details(),
                          hint=_hint(state))


def match_torchvision(state: Mapping[str, torch.Tensor], path: str = "the weights") -> Design:
    """The torchvision, timm or d2l preset that ``state`` fits, with its input channels
    and classes read off the weights (a fine-tuned 10-class ResNet-18 still matches)."""
    best: tuple[KeyReport, Design] | None = None
    candidates = [state, *(c(state) for c in CONVERTERS.values())]
    for name in KNOWN_PRESETS:
        for renamed in candidates:
            if renamed is None:
                continue
            design = _adapted(preset(name), renamed)
            report = compare(layout(design), renamed)
            if report.ok:
                return design
        design = _adapted(preset(name), state)
        report = compare(layout(design), state)
        if best is None or report.count < best[0].count:
            best = (report, design)
    report, design = best
    raise ExportError("no_matching_preset", path=path, design=design.name,
                      summary=report.summary(), details=report.details())


def load_torchvision_weights(path: str | os.PathLike, design: Design | None = None
                             ) -> tuple[Design, nn.Module]:
    """Load a torchvision ResNet state_dict file into ``design`` (or the matching preset).

    Returns the design and its model (eval mode) with the weights loaded."""
    state = read_state_dict(path)
    if design is None:
        design = match_torchvision(state, str(path))
    model = build(design)
    load_weights(model, state, design, str(path))
    return design, model.eval()


def _adapted(design: Design, state: Mapping[str, torch.Tensor]) -> Design:
    conv = state.get("conv1.weight")
    if conv is not None and conv.dim() == 4:
        design.input.channels = int(conv.shape[1])
    fc = state.get("fc.weight")
    if fc is not None and fc.dim() == 2:
        design.head.classes = int(fc.shape[0])
    return design


def _hint(state: Mapping[str, torch.Tensor]) -> str:
    """', probably resnet50' when a torchvision preset fits the file."""
    try:
        return f", probably {match_torchvision(state).name}"
    except ExportError:
        return ""


def _all_tensors(mapping: Mapping) -> bool:
    return all(isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in mapping.items())


def _strip(key: str) -> str:
    for prefix in PREFIXES:
        while key.startswith(prefix):
            key = key[len(prefix):]
    return key


def _by_module(keys: list[str]) -> list[str]:
    """Keys with the same module collapsed: 'layer1.2.bn1.*' for its weight, bias, stats."""
    modules: dict[str, list[str]] = {}
    for key in keys:
        modules.setdefault(key.rpartition(".")[0], []).append(key)
    return [group[0] if len(group) == 1 else f"{module}.*" for module, group in modules.items()]


def _listing(items: list[str]) -> str:
    more = len(items) - SHOWN
    text = ", ".join(items[:SHOWN])
    return text + (f" ... and {more} more" if more > 0 else "")
