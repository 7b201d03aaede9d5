"""The training loop's state, typed: where a run stands and the running sums of the
epoch in progress (both go into checkpoints as plain dicts), and one step's numbers
waiting to be reported."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import torch


@dataclass
class EpochSums:
    """Running sums of the epoch in progress (a resumed epoch continues them)."""

    loss: float = 0.0
    correct: float = 0.0
    seen: float = 0.0
    norms: list[float] = field(default_factory=list)  # per part, summed over steps
    norm_steps: int = 0
    seconds: float = 0.0  # training time before the current stretch of the clock

    @classmethod
    def start(cls, parts: int) -> EpochSums:
        return cls(norms=[0.0] * parts)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EpochSums:
        return cls(float(data.get("loss", 0.0)), float(data.get("correct", 0.0)),
                   float(data.get("seen", 0.0)), [float(v) for v in data.get("norms", [])],
                   int(data.get("norm_steps", 0)), float(data.get("seconds", 0.0)))


@dataclass
class Progress:
    """Where a run stands: ``batch`` batches of ``epoch`` done, ``step`` steps in all,
    and the epoch's sums when it stopped inside one."""

    epoch: int = 0
    batch: int = 0
    step: int = 0
    sums: EpochSums | None = None

    def to_dict(self) -> dict[str, Any]:
        """The checkpoint's "progress" field."""
        return {"epoch": self.epoch, "batch": self.batch, "step": self.step,
                "sums": asdict(self.sums) if self.sums is not None else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Progress:
        sums = data.get("sums")
        return cls(int(data.get("epoch", 0)), int(data.get("batch", 0)),
                   int(data.get("step", 0)),
                   EpochSums.from_dict(sums) if isinstance(sums, dict) else None)


@dataclass
class StepRecord:
    """A step run but not yet reported: its statistics stay on the device until then
    (on a GPU the host reads a step one step late, so it never waits)."""

    stats: torch.Tensor  # [loss sum, correct(, stop flag)], summed over processes
    n: int  # examples in the step, over all processes
    norms: torch.Tensor  # per part
    lr: float
    step: int
    epoch: int
    batch: int  # 1-based within the epoch
    batches: int
