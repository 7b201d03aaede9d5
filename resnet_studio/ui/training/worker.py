"""The training worker: a QObject living in its own QThread that drives the engine.

It never touches a widget. The engine reports every batch; the worker's listener
coalesces them and emits plain data (floats, lists, numpy arrays) a few times a
second. Pause, resume and stop go straight to the engine's thread-safe controls.
For closing the window there is also a hard stop that interrupts the current batch
(through the engine's Ctrl-C path, so the run is recorded as stopped, not failed).
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from PySide6.QtCore import QObject, Signal, Slot

from resnet_studio.core.design.design import Design
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.insight import (
    gallery_order,
    load_trained,
    predict,
    stage_activations,
    tile_maps,
)
from resnet_studio.core.training.runs import rename_run
from resnet_studio.core.training.trainer import Callback, Trainer, estimate_epoch_seconds

if TYPE_CHECKING:
    from resnet_studio.core.training.events import BatchMetrics, EpochMetrics, FitInfo, FitResult

EMIT_INTERVAL_S = 0.25  # at most ~4 progress signals a second
GALLERY_SIZE = 60
MAX_MAPS = 64  # channels shown per stage in the feature-map grids


def _worker_nice() -> int:
    """The worker thread's nice value: RESNET_STUDIO_WORKER_NICE (0 keeps the normal
    priority), default 10."""
    try:
        return max(0, min(19, int(os.environ.get("RESNET_STUDIO_WORKER_NICE", "10"))))
    except ValueError:
        return 10


class HardStop(KeyboardInterrupt):
    """Raised inside the model to end a batch at once; the engine treats it as Ctrl-C."""


def interruptible(method):
    """A worker slot during which closing may raise HardStop in the thread (see
    TrainingWorker.interrupt); the HardStop ends the slot quietly."""

    @functools.wraps(method)
    def run(self, *args):
        self._interruptible = True
        try:
            method(self, *args)
        except HardStop:
            pass  # the window is closing
        finally:
            self._interruptible = False

    return run


def _error_dict(e: BaseException) -> dict[str, Any]:
    if isinstance(e, TrainingError):
        return e.to_dict()
    text = f"{type(e).__name__}: {str(e)[:300]}"
    return TrainingError("run_failed", step=0, reason=text).to_dict()


class _Listener(Callback):
    """Engine callbacks, run in the worker thread: gather, coalesce, emit."""

    def __init__(self, worker: TrainingWorker, interval: float = EMIT_INTERVAL_S,
                 name: str | None = None):
        self.worker = worker
        self.name = name  # the new run's name (the panel's distinct default)
        self.interval = interval
        self.rows: list[tuple[float, float, float, float]] = []
        self.latest: dict[str, Any] = {}
        self.last_emit = 0.0
        self.emits = 0

    def on_fit_start(self, info: FitInfo) -> None:
        self.worker._on_fit_start()
        info = dict(info)
        if self.name and info.get("run_dir") and not info.get("resumed"):
            try:
                rename_run(info["run_dir"], self.name)  # in this thread: file I/O
                info["run_name"] = self.name
            except (TrainingError, OSError):
                pass  # the run keeps the design's name
        self.worker.fit_started.emit(info)

    def on_train_batch_end(self, metrics: BatchMetrics) -> None:
        self.rows.append((metrics["epoch"], metrics["loss"], metrics["accuracy"], metrics["lr"]))
        self.latest = metrics
        now = time.monotonic()
        if now - self.last_emit >= self.interval:
            self.flush()
        self.worker._serve_features()

    def flush(self) -> None:
        """Send the batches gathered since the last signal as arrays, with the latest numbers."""
        if not self.rows:
            return
        a = np.asarray(self.rows, dtype=np.float64)
        self.rows = []
        self.last_emit = time.monotonic()
        self.emits += 1
        self.worker.progress.emit({"epoch": a[:, 0], "loss": a[:, 1], "accuracy": a[:, 2],
                                   "lr": a[:, 3], "latest": dict(self.latest)})

    def on_epoch_end(self, metrics: EpochMetrics) -> None:
        self.flush()
        out = {k: v for k, v in metrics.items() if k != "predictions"}
        out["gallery"] = self.worker._gallery(metrics.get("predictions") or {})
        self.worker.epoch_ended.emit(out)
        first = out["gallery"]["indices"][:1]
        with self.worker._lock:
            if not self.worker._user_chose and first:
                self.worker._chosen = int(first[0])  # follow the most confident mistake
            self.worker._wanted = self.worker._chosen
        self.worker._serve_features()

    def on_checkpoint(self, path: str) -> None:
        self.worker.checkpoint_saved.emit(path)

    def on_fit_end(self, result: FitResult) -> None:
        self.flush()

    def on_exception(self, error: TrainingError) -> None:
        self.worker.failed.emit(error.to_dict())


class TrainingWorker(QObject):
    """Drives one Trainer at a time from its thread; every result leaves as a signal."""

    fit_started = Signal(object)  # the engine's fit info (dict)
    progress = Signal(object)  # {"epoch", "loss", "accuracy", "lr": arrays, "latest": dict}
    epoch_ended = Signal(object)  # epoch metrics + "gallery" (dict)
    features_ready = Signal(object)  # one image's stage activations (dict)
    checkpoint_saved = Signal(str)
    failed = Signal(object)  # TrainingError.to_dict()
    finished = Signal(object)  # the engine's result (dict)
    estimated = Signal(object)  # estimate_epoch_seconds' dict, plus "scaled_from"
    estimate_failed = Signal(object)  # error dict
    ready = Signal()  # the thread has started and imported what training needs
    analysed = Signal(object)  # a stored run's predictions: run, gallery, class_names

    def __init__(self, threads: int | None = None):
        super().__init__()
        self.threads = threads
        self.trainer: Trainer | None = None  # the current or last run (pause, stop)
        # what galleries and feature maps are read from: that run's Trainer, or an
        # analysed checkpoint (both have model, data and pipeline)
        self.source: Any = None
        self.listener: _Listener | None = None
        self._lock = threading.Lock()
        self._chosen: int | None = None  # the image whose feature maps are shown
        self._user_chose = False  # True once the user picked an image
        self._wanted: int | None = None  # a feature-map request not yet served
        self._hard_stop = threading.Event()
        self._hooks: list = []
        self.ident: int | None = None  # the worker thread's Python id, once started
        self._interruptible = False  # True inside a run, an estimate or an analysis

    # -- control, from any thread ----------------------------------------------------
    def pause(self) -> None:
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        if self.trainer is not None:
            self.trainer.resume()

    def stop(self) -> None:
        """Stop before the next batch; the engine saves a checkpoint there."""
        if self.trainer is not None:
            self.trainer.stop()

    def hard_stop(self) -> None:
        """End the current batch now (for closing the window): the half-done batch is
        dropped, the last checkpoint and the metrics log are kept."""
        self._hard_stop.set()
        self.stop()

    def interrupt(self) -> bool:
        """Last resort when closing: raise HardStop in the worker thread at its next
        Python instruction (ends a dataset download or an estimate; the engine takes it
        as Ctrl-C). Never during the start-up import, which it would leave half done.
        True when the exception was set."""
        if self.ident is None or not self._interruptible:
            return False
        done = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.ident),
                                                          ctypes.py_object(HardStop))
        return done == 1

    def request_features(self, index: int) -> None:
        """Ask for one held-out image's feature maps; served between batches while
        training, or by :meth:`serve_features` when idle."""
        with self._lock:
            self._chosen = self._wanted = int(index)
            self._user_chose = True

    # -- slots, run in the worker thread ----------------------------------------------
    @Slot()
    def prepare(self) -> None:
        """At thread start: note the thread and lower its priority. (Nothing heavy is
        imported here any more: the sample is read without torchvision, whose import
        held the interpreter lock for over a second and stalled the window.)"""
        self.ident = threading.get_ident()
        self.lower_priority()
        self.ready.emit()

    def lower_priority(self) -> None:
        """Run this thread (and the torch threads it starts) at a lower CPU priority, so
        on a machine with few cores the window gets the CPU whenever it needs it; the
        window needs little, so training loses almost nothing (Linux: per-thread nice)."""
        nice = _worker_nice()
        if not nice or not sys.platform.startswith("linux"):
            return  # elsewhere a thread id is not a target setpriority() accepts
        tid = threading.get_native_id()
        try:
            os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), nice))
        except OSError:
            pass

    @Slot(object, object, object, object)
    @interruptible
    def train(self, design: Design, config: TrainConfig, checkpoint: str | None = None,
              name: str | None = None) -> None:
        """Run one training run to its end (finished, stopped or failed); a new run is
        named ``name`` when given."""
        self._hard_stop.clear()
        with self._lock:
            self._chosen = self._wanted = None
            self._user_chose = False
        if self.threads:
            torch.set_num_threads(self.threads)
        self.listener = _Listener(self, name=name)
        try:
            if checkpoint:
                trainer = Trainer.resume_from(checkpoint, callbacks=[self.listener])
            else:
                trainer = Trainer(design, config, callbacks=[self.listener])
        except Exception as e:  # a damaged checkpoint: report, keep the app running
            err = _error_dict(e)
            self.failed.emit(err)
            self.finished.emit({"status": "failed", "message": err["message"],
                                "fix": err["fix"], "error": err["code"], "run_dir": None})
            return
        self.trainer = self.source = trainer
        try:
            result = trainer.fit()
        except BaseException as e:  # fit reports training faults itself; this is a last guard
            err = _error_dict(e)
            result = {"status": "failed", "message": err["message"], "fix": err["fix"],
                      "error": err["code"], "run_dir": str(trainer.run_dir or "")}
        finally:
            self._remove_hooks()
        self.listener.flush()
        self.finished.emit(result)

    @Slot(object, object)
    @interruptible
    def estimate(self, design: Design, config: TrainConfig) -> None:
        """Time a few batches at a small batch size and scale to the configured run."""
        if self.threads:
            torch.set_num_threads(self.threads)
        small = min(config.batch_size, 32)
        trial = TrainConfig.from_dict({**config.to_dict(), "batch_size": small})
        try:
            est = estimate_epoch_seconds(design, trial, batches=2)
        except Exception as e:
            self.estimate_failed.emit(_error_dict(e))
            return
        per_example = est["seconds_per_batch"] / small
        train_images = est["steps_per_epoch"] * small
        # evaluation is a forward pass only: about a third of a training step per image
        per_epoch = per_example * train_images + est["seconds_per_epoch"] - \
            est["seconds_per_batch"] * est["steps_per_epoch"]
        self.estimated.emit({**est, "seconds_per_epoch": per_epoch,
                             "seconds_total": per_epoch * config.epochs,
                             "examples_per_s": 1.0 / per_example, "scaled_from": small,
                             "epochs": config.epochs})

    @Slot(str, str)
    @interruptible
    def analyse(self, run: str, checkpoint_path: str) -> None:
        """Load a stored run's checkpoint and data and send its held-out predictions
        (a gallery, as after an epoch); its feature maps can then be asked for."""
        try:
            trained = load_trained(checkpoint_path)
            test = trained.data.test
            predictions = predict(trained.model, trained.pipeline, test.images,
                                  len(trained.data.class_names))
        except Exception as e:  # a damaged checkpoint, a dataset gone: say so
            self.failed.emit(_error_dict(e))
            return
        predictions["target"] = test.targets.tolist()
        with self._lock:
            self.source = trained
            self._chosen = self._wanted = None
            self._user_chose = False
        gallery = self._gallery(predictions)
        self.analysed.emit({"run": run, "gallery": gallery,
                            "class_names": list(trained.data.class_names),
                            "epochs": trained.epochs_done, "images": len(test)})
        with self._lock:
            self._wanted = self._chosen = gallery["indices"][0] if gallery["indices"] else None
        self._serve_features()

    @Slot()
    def serve_features(self) -> None:
        """Compute a pending feature-map request (when no run is going)."""
        self._serve_features()

    # -- helpers, in the worker thread ---------------------------------------------------
    def _on_fit_start(self) -> None:
        self._install_hooks()

    def _install_hooks(self) -> None:
        """Checks that raise HardStop once asked, so even a slow batch ends within one
        layer: before every layer's forward, and in the backward pass at each conv and
        linear layer (a gradient hook on its output: module backward hooks would clash
        with the in-place ReLUs)."""
        model = self.trainer.model if self.trainer is not None else None
        if model is None:
            return

        def check(*_args):
            if self._hard_stop.is_set():
                raise HardStop("the window is closing")

        def watch_backward(_module, _inputs, output):
            if isinstance(output, torch.Tensor) and output.requires_grad:
                output.register_hook(check)

        for module in model.modules():
            if next(module.children(), None) is None:  # a leaf: one layer
                self._hooks.append(module.register_forward_pre_hook(check))
            if isinstance(module, (torch.nn.Conv2d, torch.nn.Linear)):
                self._hooks.append(module.register_forward_hook(watch_backward))

    def _remove_hooks(self) -> None:
        for h in self._hooks:
            h.remove()
        self._hooks = []

    def _gallery(self, predictions: dict) -> dict[str, Any]:
        """The held-out images worth a look, in order, with their predictions."""
        t = self.source
        index = predictions.get("index") or []
        if t is None or t.data is None or not index:
            return {"indices": [], "images": [], "pred": [], "target": [], "confidence": []}
        order = gallery_order(predictions["pred"], predictions["target"],
                              predictions["confidence"])[:GALLERY_SIZE]
        pick = [int(index[i]) for i in order]
        images = t.data.test.images[pick].numpy()
        return {"indices": pick, "images": images,
                "pred": [int(predictions["pred"][i]) for i in order],
                "target": [int(predictions["target"][i]) for i in order],
                "confidence": [float(predictions["confidence"][i]) for i in order]}

    def _serve_features(self) -> None:
        with self._lock:
            index, self._wanted = self._wanted, None
        t = self.source
        if index is None or t is None or t.model is None or t.data is None:
            return
        if not 0 <= index < len(t.data.test) or self._hard_stop.is_set():
            return
        image = t.data.test.images[index:index + 1]
        acts, probs = stage_activations(t.model, t.pipeline(image))
        parts = []
        for a in acts:
            grid, shown = tile_maps(a.maps, MAX_MAPS)
            parts.append({"name": a.name, "shape": a.shape, "grid": grid, "shown": shown,
                          "channels": int(a.maps.shape[0])})
        self.features_ready.emit({"index": index, "image": image[0].numpy(),
                                  "target": int(t.data.test.targets[index]),
                                  "probs": probs.tolist(), "activations": parts})
