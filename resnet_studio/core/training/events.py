"""What the training engine reports: the typed payloads of its callbacks.

Every payload is a plain ``dict`` at run time (a worker thread can pass it on, a log
can write it as JSON); the TypedDicts below name and type its keys for readers and
type checkers. Throttling is the listener's job: the loop calls every hook each time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from resnet_studio.core.training.config import TrainingError
    from resnet_studio.core.training.notes import Note


class BatchHistory(TypedDict):
    """Every reported step of a run, as parallel lists."""

    step: list[int]
    epoch: list[float]
    loss: list[float]
    accuracy: list[float]
    lr: list[float]


class History(TypedDict):
    """A run's past (in checkpoints, ``Trainer.history`` and a resumed run's FitInfo):
    epoch metrics without predictions and confusion, the batches, the last confusion."""

    epochs: list[dict[str, Any]]
    batches: BatchHistory
    last_confusion: list[list[int]] | None


class FitInfo(TypedDict):
    """``on_fit_start``: what is about to be trained, where and how."""

    run_dir: str | None
    run_id: str | None
    design: str  # the design's name
    device: str  # "cuda:0", "mps", "cpu"
    device_label: str
    dataset: str  # the resolved dataset name
    dataset_label: str
    test_name: str  # "held-out" (embedded sample, folders) or "test" (official test sets)
    train_size: int
    test_size: int
    class_names: list[str]
    input_shape: list[int]  # [C, H, W] the model sees
    batch_size: int  # global
    world_size: int
    steps_per_epoch: int
    epochs: int
    total_steps: int
    start_epoch: int  # 0 unless resumed
    start_step: int
    resumed: bool
    amp: str  # the precision used: "off", "bf16", "fp16"
    channels_last: bool
    notes: list[Note]  # announced conversions and choices (coded, read as English text)
    history: History  # a resumed run's past


class BatchMetrics(TypedDict):
    """``on_train_batch_end``: one training step."""

    epoch: float  # fractional, d2l Animator style: 0.1 ... 1.0 ...
    step: int  # steps done, 1-based
    batch: int  # within the epoch, 1-based
    batches: int
    loss: float
    accuracy: float  # of the batch
    examples_per_s: float  # over the epoch so far
    lr: float  # used by this step
    elapsed: float  # seconds of training, pauses excluded


class Predictions(TypedDict):
    """Lists over the first 10,000 held-out/test examples; ``index`` into the split."""

    index: list[int]
    pred: list[int]
    target: list[int]
    confidence: list[float]


class EpochMetrics(TypedDict):
    """``on_epoch_end``: the epoch's training and held-out/test results."""

    epoch: int  # epochs done
    step: int
    train_loss: float
    train_accuracy: float
    test_loss: float | None  # None if the split is empty
    test_accuracy: float | None
    per_class_accuracy: list[float | None] | None  # None for a class with no examples
    confusion: list[list[int]] | None  # rows = true class, columns = predicted
    class_names: list[str]
    grad_norms: dict[str, float]  # {"stem": x, "stage1": x, ..., "head": x}: mean L2 norm
    seconds: float  # the epoch's training and evaluation
    examples_per_s: float  # training
    lr: float  # after the epoch
    predictions: Predictions | dict[str, list]  # {} without a held-out/test split


class FitResult(TypedDict, total=False):
    """``on_fit_end`` and ``fit()``'s return value."""

    status: str  # "finished" | "stopped" | "failed"
    message: str
    fix: str
    error: str | None  # the TrainingError's code
    epochs_done: int
    steps_done: int
    final: dict[str, Any]  # the last epoch's metrics without predictions, or {}
    run_dir: str | None
    checkpoint: str | None
    seconds: float
    traceback: str  # only for an unexpected failure


class Callback:
    """A listener on the engine; override the hooks you need (the defaults do nothing)."""

    def on_fit_start(self, info: FitInfo) -> None:
        pass

    def on_train_batch_end(self, metrics: BatchMetrics) -> None:
        pass

    def on_epoch_end(self, metrics: EpochMetrics) -> None:
        pass

    def on_checkpoint(self, path: str) -> None:
        pass

    def on_fit_end(self, result: FitResult) -> None:
        pass

    def on_exception(self, error: TrainingError) -> None:
        pass


def empty_history() -> History:
    return {"epochs": [], "batches": {"step": [], "epoch": [], "loss": [], "accuracy": [],
                                      "lr": []}, "last_confusion": None}
