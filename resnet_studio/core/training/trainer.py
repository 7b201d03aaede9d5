"""The training engine: one loop that the training panel, the command line and scripts
all drive, reporting through callbacks with plain, typed data.

    trainer = Trainer(design, TrainConfig(resize=None, epochs=8), callbacks=[MyListener()])
    result = trainer.fit()          # never raises for training faults: see result

The hooks and their payloads (:class:`FitInfo`, :class:`BatchMetrics`,
:class:`EpochMetrics`, :class:`FitResult`) are in :mod:`.events`. ``on_exception(error)``
gets a :class:`TrainingError` just before ``on_fit_end`` reports "failed".

After ``fit``: ``trainer.model`` (the trained torch module, on its device),
``trainer.data`` (the DataBundle: uint8 images of both splits, class names),
``trainer.pipeline`` (uint8 batch -> the model's input), ``trainer.run_dir``,
``trainer.history`` (:class:`History`).

To drive steps yourself (the estimate does): ``prepare()``, then ``epoch_order(e)``
and ``step(indices)`` for each batch, and ``evaluate()``.
"""

from __future__ import annotations

import copy
import math
import threading
import time
import traceback
import warnings
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch
from torch import nn

from resnet_studio.core.design.design import Design
from resnet_studio.core.training import distributed as distrib
from resnet_studio.core.training import precision
from resnet_studio.core.training.checkpoint import Checkpoint, load_checkpoint
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.data import DataBundle, InputPipeline, epoch_batches
from resnet_studio.core.training.devices import (
    available_devices,
    device_label,
    is_disk_full,
    is_oom,
    pick_device,
)
from resnet_studio.core.training.evaluation import MAX_PREDICTIONS, evaluate
from resnet_studio.core.training.events import (
    BatchMetrics,
    Callback,
    EpochMetrics,
    FitInfo,
    FitResult,
    History,
    empty_history,
)
from resnet_studio.core.training.notes import Note
from resnet_studio.core.training.preparation import Preparation
from resnet_studio.core.training.recipe import grad_norms, init_weights
from resnet_studio.core.training.runs import RUN_FILE
from resnet_studio.core.training.state import EpochSums, Progress, StepRecord

__all__ = ["MAX_PREDICTIONS", "Callback", "Trainer", "TrainingError", "available_devices",
           "device_label", "estimate_epoch_seconds", "init_weights", "pick_device"]


class _NonFinite(Exception):
    def __init__(self, value: float, step: int, epoch: int, lr: float):
        self.value, self.step, self.epoch, self.lr = value, step, epoch, lr


class Trainer(Preparation):
    """Train a design under a config. ``fit()`` runs the loop in the calling thread;
    ``pause()``, ``resume()`` and ``stop()`` may be called from any thread and take
    effect before the next batch. ``run_dir=None`` creates a new run folder under
    the runs folder; ``record=False`` writes no files at all."""

    def __init__(self, design: Design, config: TrainConfig | None = None, callbacks=(),
                 run_dir: str | Path | None = None, *, record: bool = True):
        self.design = design.copy()
        self.config = copy.deepcopy(config) if config is not None else TrainConfig()
        self.callbacks = list(callbacks)
        self.run_dir: Path | None = Path(run_dir) if run_dir is not None else None
        self.record = record
        self.model: nn.Module | None = None
        self.data: DataBundle | None = None
        self.pipeline: InputPipeline | None = None
        self.history: History = empty_history()
        self.notes: list[Note] = []
        self._checkpoint: Checkpoint | None = None
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._env = distrib.DistEnv()
        self._listeners: list[Any] = []
        self._saved: str | None = None
        self._clean = True  # False while a step is half done (Ctrl-C then saves nothing)
        self._pending: list[StepRecord] = []  # steps run but not yet reported (one, on CUDA)
        self._position = (0, 0)  # (epoch, batches of it reported)
        self._global_stop = False
        self._step = 0  # steps done, over the whole run
        self._progress = Progress()
        self._sums: EpochSums | None = None
        self._clock = time.perf_counter()

    @classmethod
    def resume_from(cls, checkpoint_path: str | Path, callbacks=(),
                    run_dir: str | Path | None = None, *, epochs: int | None = None,
                    record: bool = True) -> Trainer:
        """A trainer that continues a checkpoint's run where it stopped. By default it
        logs into the checkpoint's run folder. ``epochs`` extends a run (not with the
        cosine or one-cycle schedules, whose shape depends on the length). Raises
        TrainingError for a missing, damaged or foreign checkpoint."""
        ckpt = load_checkpoint(checkpoint_path)
        config = ckpt.config
        if epochs is not None and epochs != config.epochs:
            if config.schedule in ("cosine", "onecycle"):
                raise TrainingError("bad_config", field="epochs", value=epochs,
                                    why="schedule_epochs", schedule=config.schedule,
                                    planned=config.epochs)
            config = replace(config, epochs=epochs)
            config.check()
        if config.dataset == "auto" and ckpt.data.get("dataset"):
            config = replace(config, dataset=ckpt.data["dataset"])  # what "auto" chose then
        if run_dir is None and (Path(checkpoint_path).parent / RUN_FILE).is_file():
            run_dir = Path(checkpoint_path).parent
        trainer = cls(ckpt.design, config, callbacks, run_dir, record=record)
        trainer._checkpoint = ckpt
        return trainer

    # -- control, from any thread --

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    # -- the run --

    def fit(self) -> FitResult:
        """Train; return the result (see :class:`FitResult`). Training faults (bad
        data, NaN loss, out of memory, a full disk ...) come back as status "failed"."""
        started = time.perf_counter()
        status, error, tb = "finished", None, None
        self._listeners = list(self.callbacks)  # setup faults are reported too
        try:
            self.prepare()
            self._emit("on_fit_start", self._fit_info())
            status = self._train()
        except TrainingError as e:
            error = e
        except _NonFinite as e:
            error = TrainingError("non_finite_loss", value=e.value, step=e.step, epoch=e.epoch,
                                  lr=e.lr, **self._kept())
        except KeyboardInterrupt:
            status = "stopped"
            self._save_if_clean()
        except Exception as e:
            error, tb = self._unexpected(e)
        finally:
            distrib.stop(self._env)
        self._pending.clear()
        if error is not None:
            status = "failed"
            if error.code == "out_of_memory" and torch.cuda.is_available():
                torch.cuda.empty_cache()  # now that the failed step's tensors are gone
            self._emit_last("on_exception", error)
        result = self._result(status, error, time.perf_counter() - started)
        if tb:
            result["traceback"] = tb
        self._emit_last("on_fit_end", result)
        return result

    def _unexpected(self, e: Exception) -> tuple[TrainingError, str | None]:
        """A fault outside the engine's own checks, as a TrainingError (and its traceback
        when it is not one the engine can explain: out of memory, a full disk)."""
        if is_oom(e):
            return self._oom_error(), None
        if is_disk_full(e):
            return self._disk_full_error(e), None
        return TrainingError("run_failed", step=self._step,
                             reason=f"{type(e).__name__}: {str(e)[:300]}"), traceback.format_exc()

    def _result(self, status: str, error: TrainingError | None, seconds: float) -> FitResult:
        epochs = self.history["epochs"]
        return {
            "status": status,
            "message": error.message if error else _status_text(status, len(epochs), self._step),
            "fix": error.fix if error else "",
            "error": error.code if error else None,
            "epochs_done": len(epochs),
            "steps_done": self._step,
            "final": dict(epochs[-1]) if epochs else {},
            "run_dir": str(self.run_dir) if self.run_dir else None,
            "checkpoint": self._saved,
            "seconds": seconds,
        }

    def _fit_info(self) -> FitInfo:
        data, c, p = self.data, self.config, self._progress
        return {
            "run_dir": str(self.run_dir) if self.run_dir else None,
            "run_id": self.run_dir.name if self.run_dir else None,
            "design": self.design.name,
            "device": str(self.device),
            "device_label": device_label(self.device),
            "dataset": data.name,
            "dataset_label": data.label,
            "test_name": data.test_name,
            "train_size": len(data.train),
            "test_size": len(data.test),
            "class_names": list(data.class_names),
            "input_shape": list(self.input_shape),
            "batch_size": self.local_batch * self._env.world_size,
            "world_size": self._env.world_size,
            "steps_per_epoch": self.batches_per_epoch,
            "epochs": c.epochs,
            "total_steps": self.batches_per_epoch * c.epochs,
            "start_epoch": p.epoch,
            "start_step": p.step,
            "resumed": self._checkpoint is not None,
            "amp": self.amp,
            "channels_last": self.channels_last,
            "notes": list(self.notes),
            "history": copy.deepcopy(self.history),
        }

    def _emit(self, hook: str, payload: Any) -> None:
        for listener in self._listeners:
            method = getattr(listener, hook, None)
            if method is not None:
                method(payload)

    def _emit_last(self, hook: str, payload: Any) -> None:
        """The closing hooks reach every listener even if one of them fails."""
        for listener in self._listeners:
            try:
                getattr(listener, hook, lambda _: None)(payload)
            except Exception as e:
                warnings.warn(f"{type(listener).__name__}.{hook} failed: {e!r}", stacklevel=2)

    # -- the loop --

    def epoch_order(self, epoch: int) -> list[torch.Tensor]:
        """This process's batches of ``epoch``: index tensors into the training split."""
        env = self._env
        return epoch_batches(len(self.data.train), self.local_batch, seed=self.config.seed,
                             epoch=epoch, rank=env.rank, world_size=env.world_size)

    def _train(self) -> str:
        c = self.config
        lag = 1 if self.device.type == "cuda" else 0  # report a batch late: no GPU stall
        last_save = time.monotonic()
        start_batch = self._progress.batch
        for epoch in range(self._progress.epoch, c.epochs):
            batches = self.epoch_order(epoch)
            sums = self._progress.sums if start_batch else None
            self._sums = replace(sums, norms=list(sums.norms)) if sums else \
                EpochSums.start(len(self._parts))
            self._clock = time.perf_counter()
            self._position = (epoch, start_batch)
            self._net.train()
            for b in range(start_batch, len(batches)):
                if self._stop_requested():
                    break
                self._wait_while_paused()
                self._clean = False
                self._pending.append(self.step(batches[b], epoch, b, len(batches)))
                self._clean = True
                while len(self._pending) > lag:
                    self._report(self._pending.pop(0))
                if (self.record and c.checkpoint_minutes
                        and time.monotonic() - last_save > 60 * c.checkpoint_minutes):
                    self._drain()
                    self._save(*self._position)
                    last_save = time.monotonic()
            self._drain()
            # a stop that came during the epoch's last batch still ends the epoch: it is
            # evaluated and listed like any other (else a run stopped there shows 0 epochs)
            complete = self._position == (epoch, len(batches))
            if self._stop_requested() and not complete:
                self._save(*self._position)
                return "stopped"
            start_batch = 0
            self._end_epoch(epoch)
            self._save(epoch + 1, 0)
            last_save = time.monotonic()
            if self._stop_requested():
                return "stopped"
        return "finished"

    def _stop_requested(self) -> bool:
        """Under torchrun every process must stop at the same step: the flag travels,
        summed, with each step's statistics, and all processes read the same step's."""
        if not self._env.active:
            return self._stop.is_set()
        return self._global_stop

    def _wait_while_paused(self) -> None:
        if self._running.is_set():
            return
        t = time.perf_counter()
        while not self._running.wait(0.05):
            pass
        self._clock += time.perf_counter() - t  # pauses do not count as training time

    def autocast(self) -> AbstractContextManager:
        """The forward pass's precision context (autocast, or none in float32)."""
        return precision.autocast(self.amp, self.device)

    def step(self, idx: torch.Tensor, epoch: int = 0, b: int = 0, nb: int = 1) -> StepRecord:
        """One training step on the batch ``idx`` (indices into the training split):
        forward, backward, optimizer and schedule. Its numbers stay on the device."""
        x_all, y_all = self._train_x, self._train_y
        idx_d = idx.to(x_all.device, non_blocking=True)
        x = self.pipeline(x_all[idx_d], train=True)
        y = y_all[idx_d].to(self.device, non_blocking=True)
        lr = self.optimizer.param_groups[0]["lr"]
        with self.autocast():
            logits = self._net(x)
            loss = self.criterion(logits, y)
        self.optimizer.zero_grad(set_to_none=True)
        if self.scaler is not None:
            self.scaler.scale(loss).backward()
            self.scaler.unscale_(self.optimizer)
        else:
            loss.backward()
        norms = grad_norms(self._part_params, self.device)
        if self.scaler is not None:
            self.scaler.step(self.optimizer)
            self.scaler.update()
        else:
            self.optimizer.step()
        if self.scheduler is not None:
            self.scheduler.step()
        self._step += 1
        n = y.shape[0]
        parts = [loss.detach().float() * n, (logits.detach().argmax(1) == y).sum().float()]
        if self._env.active:
            parts.append(torch.full((), float(self._stop.is_set()), device=self.device))
        stats = distrib.all_reduce_sum(torch.stack(parts), self._env)
        return StepRecord(stats, n * self._env.world_size, norms, lr, self._step, epoch, b + 1, nb)

    def _report(self, rec: StepRecord) -> None:
        """Bring a step's numbers to the host, check the loss, tell the listeners."""
        loss_sum, correct, *stop = rec.stats.tolist()
        n = rec.n
        if not math.isfinite(loss_sum):
            raise _NonFinite(loss_sum / n, rec.step, rec.epoch + 1, rec.lr)
        self._global_stop = bool(stop and stop[0] > 0)
        s = self._sums
        s.loss += loss_sum
        s.correct += correct
        s.seen += n
        norms = rec.norms.tolist()
        if all(math.isfinite(v) for v in norms):  # fp16 steps the grad scaler skips are inf
            s.norms = [a + b for a, b in zip(s.norms, norms)]
            s.norm_steps += 1
        self._position = (rec.epoch, rec.batch)
        elapsed = s.seconds + time.perf_counter() - self._clock
        metrics: BatchMetrics = {
            "epoch": rec.epoch + rec.batch / rec.batches,
            "step": rec.step,
            "batch": rec.batch,
            "batches": rec.batches,
            "loss": loss_sum / n,
            "accuracy": correct / n,
            "examples_per_s": s.seen / max(elapsed, 1e-9),
            "lr": rec.lr,
            "elapsed": elapsed,
        }
        h = self.history["batches"]
        for key in ("step", "epoch", "loss", "accuracy", "lr"):
            h[key].append(metrics[key])
        self._emit("on_train_batch_end", metrics)

    def _drain(self) -> None:
        while self._pending:
            self._report(self._pending.pop(0))

    @property
    def test_split(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The held-out/test images (uint8) and targets, where the trainer keeps them."""
        return self._test_x, self._test_y

    def evaluate(self) -> dict[str, Any]:
        """Loss, accuracy, per-class accuracy, confusion matrix and predictions on the
        held-out/test split ({} when it is empty)."""
        return evaluate(self.model, self.pipeline, self._test_x, self._test_y,
                        len(self.data.class_names), self.local_batch, self.criterion,
                        self.device, self.autocast)

    def _end_epoch(self, epoch: int) -> None:
        s = self._sums
        train_seconds = s.seconds + time.perf_counter() - self._clock
        evaluation = self.evaluate() if self._env.is_main else {}  # others do not wait
        steps = max(s.norm_steps, 1)
        metrics: EpochMetrics = {
            "epoch": epoch + 1,
            "step": self._step,
            "train_loss": s.loss / max(s.seen, 1),
            "train_accuracy": s.correct / max(s.seen, 1),
            "test_loss": evaluation.get("test_loss"),
            "test_accuracy": evaluation.get("test_accuracy"),
            "per_class_accuracy": evaluation.get("per_class_accuracy"),
            "confusion": evaluation.get("confusion"),
            "class_names": list(self.data.class_names),
            "grad_norms": {part: v / steps for part, v in zip(self._parts, s.norms)},
            "seconds": time.perf_counter() - self._clock + s.seconds,
            "examples_per_s": s.seen / max(train_seconds, 1e-9),
            "lr": self.optimizer.param_groups[0]["lr"],
            "predictions": evaluation.get("predictions", {}),
        }
        kept = {k: v for k, v in metrics.items() if k not in ("predictions", "confusion")}
        self.history["epochs"].append(kept)
        self.history["last_confusion"] = metrics["confusion"]
        self._position = (epoch + 1, 0)
        self._emit("on_epoch_end", metrics)

    def _save_if_clean(self) -> None:
        """After Ctrl-C: save only at a step boundary (a half-done step is not kept)."""
        if not self._clean or self._sums is None:
            return
        try:
            self._drain()
            self._save(*self._position)
        except (_NonFinite, OSError, RuntimeError):
            pass  # the previous checkpoint stays


def _status_text(status: str, epochs: int, step: int) -> str:
    if status == "finished":
        return f"Finished {epochs} epoch{'' if epochs == 1 else 's'}."
    return f"Stopped at step {step}; the checkpoint keeps the run, resume to continue."


def estimate_epoch_seconds(design: Design, config: TrainConfig, batches: int = 3) -> dict[str, Any]:
    """Measure a few steps to predict seconds per batch, per epoch and per run (see
    :func:`resnet_studio.core.training.estimate.estimate_epoch_seconds`)."""
    from resnet_studio.core.training.estimate import estimate_epoch_seconds as estimate

    return estimate(design, config, batches)
