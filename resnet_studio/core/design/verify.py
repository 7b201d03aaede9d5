"""Check the analytic trace against torchinfo: build the model, run torchinfo.summary,
and say whether parameters and mult-adds agree, and where they differ.

Slow (it allocates and runs the model): call it from a worker thread or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import Design
from resnet_studio.core.design.trace import trace


@dataclass
class Difference:
    """One module whose parameters or mult-adds differ between trace and torchinfo."""

    module: str
    trace_params: int
    torchinfo_params: int
    trace_macs: int
    torchinfo_macs: int


@dataclass
class Verification:
    """Totals from both sides, and the modules that differ (empty when they agree)."""

    trace_params: int
    torchinfo_params: int
    trace_macs: int
    torchinfo_macs: int
    differences: list[Difference] = field(default_factory=list)

    @property
    def agree(self) -> bool:
        return (self.trace_params == self.torchinfo_params
                and self.trace_macs == self.torchinfo_macs and not self.differences)

    def to_dict(self) -> dict:
        return {"agree": self.agree, "trace_params": self.trace_params,
                "torchinfo_params": self.torchinfo_params, "trace_macs": self.trace_macs,
                "torchinfo_macs": self.torchinfo_macs,
                "differences": [vars(d) for d in self.differences]}


def verify(design: Design, input_shape: tuple[int, ...] | None = None) -> Verification:
    """Compare the trace of ``design`` with torchinfo's summary of the built model
    (raises DesignError for a design that cannot be built)."""
    import torchinfo  # imported here: only the check needs it

    shape = tuple(input_shape) if input_shape is not None else design.input_shape(1)
    t = trace(design, shape)
    model = build(design).eval()
    summary = torchinfo.summary(model, shape, verbose=0, depth=64)
    names = {module: name for name, module in model.named_modules()}
    measured: dict[str, tuple[int, int]] = {}
    for info in summary.summary_list:
        if info.is_leaf_layer and info.module in names:
            measured[names[info.module]] = (info.num_params, info.macs)
    traced: dict[str, tuple[int, int]] = {}
    for layer in t.layers:
        if layer.module and (layer.params or layer.macs):
            p, m = traced.get(layer.module, (0, 0))
            traced[layer.module] = (p + layer.params, m + layer.macs)
    differences = []
    for module in sorted(set(traced) | {k for k, v in measured.items() if v != (0, 0)}):
        tp, tm = traced.get(module, (0, 0))
        ip, im = measured.get(module, (0, 0))
        if (tp, tm) != (ip, im):
            differences.append(Difference(module, tp, ip, tm, im))
    totals = t.totals
    return Verification(totals.params, summary.total_params, totals.macs,
                        summary.total_mult_adds, differences)
