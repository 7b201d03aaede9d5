"""The shape trace's results: one Layer per layer, the Totals, and the whole Trace."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from resnet_studio.core.design.problems import Problem

BYTES_PER_VALUE = 4  # float32


@dataclass(slots=True)
class Layer:
    """One layer of the trace."""

    path: str  # studio name: "stem.conv", "stage2.block1.conv1", "head.fc"
    module: str  # name in the built model: "conv1", "layer2.0.conv1", "" for the add
    kind: str  # Conv2d, BatchNorm2d, ReLU, MaxPool2d, Add, AdaptiveAvgPool2d, Flatten, Linear
    stage: int | None  # 0-based; None for stem and head
    block: int | None  # 0-based within the stage
    branch: str  # "main", "shortcut", or "" outside blocks
    in_shape: tuple[int, ...]
    out_shape: tuple[int, ...]
    params: int = 0
    macs: int = 0
    kernel: int = 0
    stride: int = 1
    padding: int = 0
    groups: int = 1
    rf: int = 1  # receptive field (pixels of the input, one side)
    jump: int = 1  # cumulative stride: input pixels between neighbouring outputs
    formula: str = ""  # height derivation for convs and pools
    error: Problem | None = None

    @property
    def group(self) -> str:
        if self.stage is None:
            return "stem" if self.path.startswith("stem") else "head"
        return f"stage{self.stage + 1}.block{self.block + 1}"

    @property
    def activation_bytes(self) -> int:
        n = 1
        for d in self.out_shape:
            n *= d
        return n * BYTES_PER_VALUE

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "module": self.module, "kind": self.kind,
            "stage": self.stage, "block": self.block, "branch": self.branch,
            "in_shape": list(self.in_shape), "out_shape": list(self.out_shape),
            "params": self.params, "macs": self.macs, "kernel": self.kernel,
            "stride": self.stride, "padding": self.padding, "groups": self.groups,
            "receptive_field": self.rf, "cumulative_stride": self.jump,
            "activation_bytes": self.activation_bytes, "formula": self.formula,
            "error": self.error.to_dict() if self.error else None,
        }


@dataclass
class Totals:
    params: int
    trainable: int
    macs: int
    activation_bytes: int  # forward activations of every layer's output, this batch
    weight_bytes: int
    batch: int

    def for_batch(self, batch: int) -> Totals:
        """Totals for another batch size (MACs and activations scale with it)."""
        f = batch / self.batch
        return Totals(self.params, self.trainable, int(self.macs * f),
                      int(self.activation_bytes * f), self.weight_bytes, batch)

    def to_dict(self) -> dict[str, int]:
        return {"params": self.params, "trainable_params": self.trainable, "macs": self.macs,
                "activation_bytes": self.activation_bytes, "weight_bytes": self.weight_bytes,
                "batch": self.batch}


@dataclass
class Trace:
    """The result: layers in forward order, stage outputs, totals, and the first error."""

    input_shape: tuple[int, ...]
    layers: list[Layer] = field(default_factory=list)
    stem_output: tuple[int, ...] | None = None
    stage_outputs: list[tuple[int, ...]] = field(default_factory=list)
    block_outputs: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)
    output_shape: tuple[int, ...] | None = None
    error: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @cached_property
    def totals(self) -> Totals:
        """Summed once, when first asked (after the trace is complete)."""
        params = macs = values = 0  # one pass: a 1,202-layer net has 4,200 rows
        for lr in self.layers:
            params += lr.params
            macs += lr.macs
            if lr.error is None:
                n = 1
                for d in lr.out_shape:
                    n *= d
                values += n
        return Totals(
            params=params, trainable=params, macs=macs,
            activation_bytes=values * BYTES_PER_VALUE,
            weight_bytes=params * BYTES_PER_VALUE, batch=self.input_shape[0],
        )

    def block_layers(self, stage: int, block: int) -> list[Layer]:
        return [lr for lr in self.layers if lr.stage == stage and lr.block == block]

    def to_dict(self) -> dict[str, Any]:
        return {
            "input_shape": list(self.input_shape),
            "ok": self.ok,
            "error": self.error.to_dict() if self.error else None,
            "totals": self.totals.to_dict(),
            "stem_output": list(self.stem_output) if self.stem_output else None,
            "stage_outputs": [list(s) for s in self.stage_outputs],
            "output_shape": list(self.output_shape) if self.output_shape else None,
            "layers": [lr.to_dict() for lr in self.layers],
        }
