"""The training engine: one loop that the training panel, the command line and scripts
all drive, reporting through callbacks with plain Python data.

    trainer = Trainer(design, TrainConfig(resize=None, epochs=8), callbacks=[MyListener()])
    result = trainer.fit()          # never raises for training faults: see result

Callbacks (subclass :class:`Callback`, override what you need; throttling is the
listener's job, the loop calls every hook each time):

``on_fit_start(info)``: ``run_dir`` (str or None), ``run_id``, ``design`` (name),
  ``device`` ("cuda:0", "mps", "cpu"), ``device_label``, ``dataset`` (resolved name),
  ``dataset_label``, ``test_name`` ("held-out" for the embedded sample and folders,
  "test" for official test sets), ``train_size``, ``test_size``, ``class_names``,
  ``input_shape`` ([C, H, W] the model sees), ``batch_size`` (global), ``world_size``,
  ``steps_per_epoch``, ``epochs``, ``total_steps``, ``start_epoch``, ``start_step``
  (0 unless resumed), ``resumed``, ``amp``, ``channels_last``, ``notes`` (announced
  conversions, as sentences), ``history`` (a resumed run's past: see ``history`` below).

``on_train_batch_end(metrics)``: ``epoch`` (fractional, d2l Animator style: 0.1 ...
  1.0 ...), ``step`` (steps done, 1-based), ``batch`` / ``batches`` (within the epoch),
  ``loss``, ``accuracy`` (of the batch), ``examples_per_s`` (over the epoch so far),
  ``lr`` (used by this step), ``elapsed`` (seconds of training, pauses excluded).

``on_epoch_end(metrics)``: ``epoch`` (epochs done, int), ``step``, ``train_loss``,
  ``train_accuracy``, ``test_loss``, ``test_accuracy`` (held-out/test; None if that
  split is empty), ``per_class_accuracy`` (list, None for a class with no examples),
  ``confusion`` (list of lists, rows = true class, columns = predicted),
  ``class_names``, ``grad_norms`` ({"stem": x, "stage1": x, ..., "head": x}: L2 norm of
  each part's gradient, mean over the epoch's steps), ``seconds`` (the epoch's training
  and evaluation), ``examples_per_s`` (training), ``lr`` (after the epoch),
  ``predictions`` ({"index", "pred", "target", "confidence"}: lists over the first
  10,000 held-out/test examples; ``index`` into ``trainer.data.test``).

``on_checkpoint(path)``: a checkpoint was written (rank 0).

``on_fit_end(result)``: ``status`` ("finished" | "stopped" | "failed"), ``message``,
  ``fix``, ``error`` (code or None), ``epochs_done``, ``steps_done``, ``final`` (the
  last epoch's metrics without predictions, or {}), ``run_dir``, ``checkpoint`` (path
  or None), ``seconds``; ``traceback`` (text) only for an unexpected failure.

``on_exception(error)``: a :class:`TrainingError` (code, params, message, fix) just
  before ``on_fit_end`` reports "failed".

``history`` (in checkpoints and ``Trainer.history``): ``epochs`` (list of epoch metrics
without predictions and confusion), ``batches`` ({"step", "epoch", "loss", "accuracy",
"lr"}: parallel lists), ``last_confusion``.

After ``fit``: ``trainer.model`` (the trained torch module, on its device),
``trainer.data`` (the DataBundle: uint8 images of both splits, class names),
``trainer.pipeline`` (uint8 batch -> the model's input), ``trainer.run_dir``.
"""

from __future__ import annotations

import copy
import errno
import math
import threading
import time
import traceback
import warnings
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

import torch
from torch import nn

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import Design
from resnet_studio.core.design.validate import validate
from resnet_studio.core.training import distributed as distrib
from resnet_studio.core.training.checkpoint import (
    Checkpoint,
    load_checkpoint,
    rng_state,
    save_checkpoint,
    set_rng_state,
)
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.data import (
    DataBundle,
    InputPipeline,
    channel_plan,
    epoch_batches,
    load_data,
)
from resnet_studio.core.training.notes import Note
from resnet_studio.core.training.runs import CHECKPOINT_FILE, RUN_FILE, RunLogger, new_run_dir

__all__ = ["Callback", "Trainer", "TrainingError", "available_devices", "estimate_epoch_seconds"]

MAX_PREDICTIONS = 10_000
MAX_DEVICE_DATA_FRACTION = 0.25  # keep a dataset on the GPU if it takes <= 1/4 of free memory


class Callback:
    """A listener on the engine. Every hook gets plain Python data (see the module
    docstring for the keys). The default hooks do nothing."""

    def on_fit_start(self, info: dict) -> None:
        pass

    def on_train_batch_end(self, metrics: dict) -> None:
        pass

    def on_epoch_end(self, metrics: dict) -> None:
        pass

    def on_checkpoint(self, path: str) -> None:
        pass

    def on_fit_end(self, result: dict) -> None:
        pass

    def on_exception(self, error: TrainingError) -> None:
        pass


# --- devices ---------------------------------------------------------------------------------

def _mps_available() -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps and mps.is_available())


def available_devices() -> list[tuple[str, str]]:
    """Devices this machine can train on: (id, label), best first, CPU last."""
    out = []
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            p = torch.cuda.get_device_properties(i)
            out.append((f"cuda:{i}", f"CUDA {i}: {p.name} ({p.total_memory / 2**30:.0f} GB)"))
    if _mps_available():
        out.append(("mps", "Apple GPU (MPS)"))
    threads = torch.get_num_threads()
    out.append(("cpu", f"CPU ({threads} thread{'' if threads == 1 else 's'})"))
    return out


def pick_device(spec: str) -> torch.device:
    """The device a config names ("auto": CUDA, then MPS, then CPU)."""
    choices = ", ".join(["auto"] + [d for d, _ in available_devices()])
    if spec == "auto":
        return torch.device(available_devices()[0][0])
    try:
        device = torch.device(spec)
    except (RuntimeError, ValueError):
        raise TrainingError("device_unavailable", device=spec, cause="not_a_device",
                            choices=choices) from None
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise TrainingError("device_unavailable", device=spec, cause="no_cuda", choices=choices)
        index = device.index or 0
        if index >= torch.cuda.device_count():
            raise TrainingError("device_unavailable", device=spec, cause="cuda_count",
                                count=torch.cuda.device_count(), choices=choices)
        return torch.device("cuda", index)
    if device.type == "mps" and not _mps_available():
        raise TrainingError("device_unavailable", device=spec, cause="no_mps", choices=choices)
    if device.type not in ("cpu", "cuda", "mps"):
        raise TrainingError("device_unavailable", device=spec, cause="unsupported",
                            choices=choices)
    return device


def device_label(device: torch.device) -> str:
    return dict(available_devices()).get(str(device), str(device))


# --- model parts ------------------------------------------------------------------------------

def init_weights(model: nn.Module, kind: str) -> None:
    """d2l's Xavier (uniform, conv and linear weights), Kaiming (torchvision's: normal,
    fan-out, for convs) or PyTorch's default initialisation."""
    if kind == "default":
        return
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            if kind == "xavier":
                nn.init.xavier_uniform_(m.weight)
            elif isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")


def part_of(name: str) -> str:
    """Which part of the net a parameter belongs to: stem, stage<k> or head."""
    top = name.split(".", 1)[0]
    if top.startswith("layer"):
        return "stage" + top[5:]
    return "head" if top == "fc" else "stem"


def make_optimizer(model: nn.Module, c: TrainConfig) -> torch.optim.Optimizer:
    params = model.parameters()
    if c.optimizer == "sgd":
        return torch.optim.SGD(params, lr=c.lr, momentum=c.momentum, nesterov=c.nesterov,
                               weight_decay=c.weight_decay)
    cls = torch.optim.Adam if c.optimizer == "adam" else torch.optim.AdamW
    return cls(params, lr=c.lr, weight_decay=c.weight_decay)


def make_scheduler(opt: torch.optim.Optimizer, c: TrainConfig, steps_per_epoch: int):
    """A per-step schedule: step (x0.1 after each third of the run), cosine to 0, or one-cycle."""
    total = max(1, steps_per_epoch * c.epochs)
    if c.schedule == "step":
        every = steps_per_epoch * max(1, c.epochs // 3)
        return torch.optim.lr_scheduler.StepLR(opt, step_size=every, gamma=0.1)
    if c.schedule == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total)
    if c.schedule == "onecycle":
        cycle = c.optimizer != "sgd" or c.momentum > 0
        return torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=c.lr, total_steps=total,
                                                   cycle_momentum=cycle)
    return None


def _is_oom(e: BaseException) -> bool:
    oom = getattr(torch, "OutOfMemoryError", torch.cuda.OutOfMemoryError)
    return isinstance(e, oom) or (isinstance(e, RuntimeError) and "out of memory" in str(e).lower())


def _is_disk_full(e: BaseException) -> bool:
    return isinstance(e, OSError) and e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


class _NonFinite(Exception):
    def __init__(self, value: float, step: int, epoch: int, lr: float):
        self.value, self.step, self.epoch, self.lr = value, step, epoch, lr


# --- the trainer ------------------------------------------------------------------------------

class Trainer:
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
        self.history: dict[str, Any] = {"epochs": [], "batches": _empty_batches(),
                                        "last_confusion": None}
        self.notes: list[str] = []
        self._checkpoint: Checkpoint | None = None
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._env = distrib.DistEnv()
        self._listeners: list[Any] = []
        self._saved: str | None = None
        self._clean = True  # False while a step is half done (Ctrl-C then saves nothing)
        self._pending: list[dict] = []  # steps run but not yet reported (one, on CUDA)
        self._position = (0, 0)  # (epoch, batches of it reported)
        self._global_stop = False
        self._step = 0  # steps done, over the whole run

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

    def fit(self) -> dict[str, Any]:
        """Train; return the result dict (see the module docstring). Training faults
        (bad data, NaN loss, out of memory, ...) come back as status "failed"."""
        started = time.perf_counter()
        status, error, tb = "finished", None, None
        self._listeners = list(self.callbacks)  # setup faults are reported too
        try:
            self._setup()
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
            if _is_oom(e):
                error = self._oom_error()
            elif _is_disk_full(e):
                error = self._disk_full_error(e)
            else:
                tb = traceback.format_exc()
                error = TrainingError("run_failed", step=self._step,
                                      reason=f"{type(e).__name__}: {str(e)[:300]}")
        finally:
            distrib.stop(self._env)
        self._pending.clear()
        if error is not None:
            status = "failed"
            if error.code == "out_of_memory" and torch.cuda.is_available():
                torch.cuda.empty_cache()  # now that the failed step's tensors are gone
            self._emit_last("on_exception", error)
        result = {
            "status": status,
            "message": error.message if error else _status_text(status, self),
            "fix": error.fix if error else "",
            "error": error.code if error else None,
            "epochs_done": len(self.history["epochs"]),
            "steps_done": self._step,
            "final": dict(self.history["epochs"][-1]) if self.history["epochs"] else {},
            "run_dir": str(self.run_dir) if self.run_dir else None,
            "checkpoint": self._saved,
            "seconds": time.perf_counter() - started,
        }
        if tb:
            result["traceback"] = tb
        self._emit_last("on_fit_end", result)
        return result

    # -- setup --

    def _setup(self, distributed: bool = True) -> None:
        """Everything before the first step: processes, device, data, model, state."""
        c = self.config
        c.check()
        self._start_processes(distributed)
        size = self._open_data()
        self._build(size)
        if self._checkpoint is not None:
            self._restore(self._checkpoint)
        if self._env.active:  # the same weights everywhere, its own augmentation per process
            torch.manual_seed(c.seed + 1000 * self._step + self._env.rank + 1)
            from torch.nn.parallel import DistributedDataParallel as DDP

            ids = [self.device.index] if self.device.type == "cuda" else None
            self._net = DDP(self.model, device_ids=ids)
        if self.device.type == "cuda":
            torch.backends.cudnn.benchmark = True
        self._train_x, self._train_y = self._place(self.data.train)
        self._test_x, self._test_y = self._place(self.data.test)
        if not self._env.is_main:
            self._listeners = []  # rank 0 alone reports, logs and saves
        elif self.record:
            if self.run_dir is None:
                self.run_dir = new_run_dir(self.design.name)
            self._listeners.insert(0, RunLogger(self.run_dir, self.design, c))

    def _start_processes(self, distributed: bool) -> None:
        """Pick the device; under torchrun join the process group and split the batch."""
        c = self.config
        env = distrib.from_env() if distributed else distrib.DistEnv()
        device = pick_device(c.device)
        if env.active and device.type == "cuda":
            device = torch.device("cuda", env.local_rank)
        self._env = env = distrib.start(env, device)
        self.device = device
        if c.batch_size < env.world_size:
            raise TrainingError("batch_too_small", batch_size=c.batch_size,
                                world_size=env.world_size)
        self.local_batch = c.batch_size // env.world_size
        if c.batch_size % env.world_size:
            self.notes.append(Note("batch_split", batch_size=c.batch_size,
                                   world_size=env.world_size, local_batch=self.local_batch))
        self.amp = c.amp if device.type == "cuda" else "off"
        if c.amp != "off" and self.amp == "off":
            self.notes.append(Note("amp_cuda_only"))

    def _open_data(self) -> tuple[int, int]:
        """Load the dataset, check it against the design; return the training image size."""
        c, d = self.config, self.design
        with distrib.main_first(self._env):  # rank 0 downloads or unpacks; then the others
            self.data = data = load_data(c, d)
        self.notes += data.notes
        self._channel_mode, note = channel_plan(data, d)
        if note:
            self.notes.append(note)
        if d.head.classes < len(data.class_names):
            raise TrainingError("classes_mismatch", dataset=data.label,
                                data_classes=len(data.class_names), design_classes=d.head.classes)
        if d.head.classes > len(data.class_names):
            self.notes.append(Note("head_larger", outputs=d.head.classes, dataset=data.label,
                                   classes=len(data.class_names)))
        size = (c.resize, c.resize) if c.resize else data.size
        self.input_shape = [d.input.channels, size[0], size[1]]
        self._check_design(size)
        return size

    def _build(self, size: tuple[int, int]) -> None:
        """Model (seeded, initialised), loss, optimizer, schedule, input path."""
        c, env = self.config, self._env
        torch.manual_seed(c.seed)
        model = build(self.design, check=False).to(self.device)
        init_weights(model, c.init)
        if c.channels_last:
            model = model.to(memory_format=torch.channels_last)
        self.model = self._net = model
        self.criterion = nn.CrossEntropyLoss(label_smoothing=c.label_smoothing)
        self.optimizer = make_optimizer(model, c)
        self.batches_per_epoch = len(epoch_batches(len(self.data.train), self.local_batch,
                                                   seed=c.seed, epoch=0, rank=env.rank,
                                                   world_size=env.world_size))
        self.scheduler = make_scheduler(self.optimizer, c, self.batches_per_epoch)
        self.scaler = torch.amp.GradScaler("cuda") if self.amp == "fp16" else None
        saved = self._checkpoint.data if self._checkpoint is not None else {}
        stats = (saved["mean"], saved["std"]) if saved.get("mean") else None
        self.pipeline = InputPipeline(self.data.train, size=size, channel_mode=self._channel_mode,
                                      augment=c.augment, channels_last=c.channels_last,
                                      device=self.device, stats=stats)
        self._parts = sorted({part_of(n) for n, _ in model.named_parameters()}, key=_part_order)
        self._part_params = [[p for n, p in model.named_parameters() if part_of(n) == part]
                             for part in self._parts]
        self._progress = {"epoch": 0, "batch": 0, "step": 0, "sums": None}

    def _check_design(self, size: tuple[int, int]) -> None:
        """Validate the design at the size it will be trained on (not its drawn input)."""
        at_size = self.design.copy()
        at_size.input.height, at_size.input.width = size
        problems = validate(at_size)
        if not problems:
            return
        p = problems[0]
        if p.code == "spatial_too_small":
            raise TrainingError("input_too_small", size=size[0], problem=p,
                                resize=self.config.resize or "native")
        raise TrainingError("design_invalid", problem=p)

    def _place(self, split) -> tuple[torch.Tensor, torch.Tensor]:
        """Keep a split on the training device when it fits; else pinned CPU memory."""
        device, images, targets = self.device, split.images, split.targets
        if device.type == "cpu":
            return images, targets
        if device.type == "cuda":
            free, _ = torch.cuda.mem_get_info(device)
            if images.numel() > MAX_DEVICE_DATA_FRACTION * free:
                return images.pin_memory(), targets.pin_memory()
        return images.to(device), targets.to(device)

    def _restore(self, ckpt: Checkpoint) -> None:
        try:
            self.model.load_state_dict(ckpt.model)
            self.optimizer.load_state_dict(ckpt.optimizer)
            if self.scheduler is not None and ckpt.scheduler:
                self.scheduler.load_state_dict(ckpt.scheduler)
            if self.scaler is not None and ckpt.scaler:
                self.scaler.load_state_dict(ckpt.scaler)
        except (RuntimeError, ValueError, KeyError) as e:
            raise TrainingError("checkpoint_mismatch", path=ckpt.path,
                                reason=str(e)[:200]) from None
        set_rng_state(ckpt.rng)
        self.history = ckpt.history or self.history
        self.history.setdefault("batches", _empty_batches())
        self.history.setdefault("epochs", [])
        self._progress = dict(ckpt.progress)
        self._step = int(ckpt.progress.get("step", 0))
        self._saved = ckpt.path

    def _fit_info(self) -> dict[str, Any]:
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
            "start_epoch": int(p["epoch"]),
            "start_step": int(p["step"]),
            "resumed": self._checkpoint is not None,
            "amp": self.amp,
            "channels_last": c.channels_last,
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

    def _train(self) -> str:
        c, env = self.config, self._env
        lag = 1 if self.device.type == "cuda" else 0  # report a batch late: no GPU stall
        last_save = time.monotonic()
        start_batch = int(self._progress.get("batch", 0))
        for epoch in range(int(self._progress.get("epoch", 0)), c.epochs):
            batches = epoch_batches(len(self.data.train), self.local_batch, seed=c.seed,
                                    epoch=epoch, rank=env.rank, world_size=env.world_size)
            sums = self._progress.get("sums") if start_batch else None
            self._sums = dict(sums) if sums else {
                "loss": 0.0, "correct": 0.0, "seen": 0.0, "norms": [0.0] * len(self._parts),
                "norm_steps": 0, "seconds": 0.0}
            self._clock = time.perf_counter()
            self._position = (epoch, start_batch)
            self._net.train()
            for b in range(start_batch, len(batches)):
                if self._stop_requested():
                    break
                self._wait_while_paused()
                self._clean = False
                self._pending.append(self._train_step(batches[b], epoch, b, len(batches)))
                self._clean = True
                while len(self._pending) > lag:
                    self._report(self._pending.pop(0))
                if (self.record and c.checkpoint_minutes
                        and time.monotonic() - last_save > 60 * c.checkpoint_minutes):
                    self._drain()
                    self._save(*self._position)
                    last_save = time.monotonic()
            self._drain()
            if self._stop_requested():
                self._save(*self._position)
                return "stopped"
            start_batch = 0
            self._end_epoch(epoch)
            self._save(epoch + 1, 0)
            last_save = time.monotonic()
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

    def _autocast(self):
        if self.amp == "off":
            return nullcontext()
        dtype = torch.bfloat16 if self.amp == "bf16" else torch.float16
        return torch.autocast(device_type="cuda", dtype=dtype)

    def _train_step(self, idx: torch.Tensor, epoch: int, b: int, nb: int) -> dict:
        x_all, y_all = self._train_x, self._train_y
        idx_d = idx.to(x_all.device, non_blocking=True)
        x = self.pipeline(x_all[idx_d], train=True)
        y = y_all[idx_d].to(self.device, non_blocking=True)
        lr = self.optimizer.param_groups[0]["lr"]
        with self._autocast():
            logits = self._net(x)
            loss = self.criterion(logits, y)
        self.optimizer.zero_grad(set_to_none=True)
        if self.scaler is not None:
            self.scaler.scale(loss).backward()
            self.scaler.unscale_(self.optimizer)
        else:
            loss.backward()
        norms = self._grad_norms()
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
        return {"stats": stats, "n": n * self._env.world_size, "norms": norms, "lr": lr,
                "step": self._step, "epoch": epoch, "batch": b + 1, "batches": nb}

    def _grad_norms(self) -> torch.Tensor:
        out = []
        for params in self._part_params:
            grads = [p.grad for p in params if p.grad is not None]
            if not grads:
                out.append(torch.zeros((), device=self.device))
                continue
            norms = torch._foreach_norm(grads)
            out.append(torch.linalg.vector_norm(torch.stack(norms).float()))
        return torch.stack(out)

    def _report(self, rec: dict) -> None:
        """Bring a step's numbers to the host, check the loss, tell the listeners."""
        loss_sum, correct, *stop = rec["stats"].tolist()
        n = rec["n"]
        if not math.isfinite(loss_sum):
            raise _NonFinite(loss_sum / n, rec["step"], rec["epoch"] + 1, rec["lr"])
        self._global_stop = bool(stop and stop[0] > 0)
        s = self._sums
        s["loss"] += loss_sum
        s["correct"] += correct
        s["seen"] += n
        norms = rec["norms"].tolist()
        if all(math.isfinite(v) for v in norms):  # fp16 steps the grad scaler skips are inf
            s["norms"] = [a + b for a, b in zip(s["norms"], norms)]
            s["norm_steps"] += 1
        self._position = (rec["epoch"], rec["batch"])
        elapsed = s["seconds"] + time.perf_counter() - self._clock
        metrics = {
            "epoch": rec["epoch"] + rec["batch"] / rec["batches"],
            "step": rec["step"],
            "batch": rec["batch"],
            "batches": rec["batches"],
            "loss": loss_sum / n,
            "accuracy": correct / n,
            "examples_per_s": s["seen"] / max(elapsed, 1e-9),
            "lr": rec["lr"],
            "elapsed": elapsed,
        }
        h = self.history["batches"]
        for key in ("step", "epoch", "loss", "accuracy", "lr"):
            h[key].append(metrics[key])
        self._emit("on_train_batch_end", metrics)

    def _drain(self) -> None:
        while self._pending:
            self._report(self._pending.pop(0))

    def _end_epoch(self, epoch: int) -> None:
        s = self._sums
        train_seconds = s["seconds"] + time.perf_counter() - self._clock
        evaluation = self._evaluate() if self._env.is_main else {}
        steps = max(s["norm_steps"], 1)
        metrics = {
            "epoch": epoch + 1,
            "step": self._step,
            "train_loss": s["loss"] / max(s["seen"], 1),
            "train_accuracy": s["correct"] / max(s["seen"], 1),
            **{k: evaluation.get(k) for k in ("test_loss", "test_accuracy", "per_class_accuracy",
                                               "confusion")},
            "class_names": list(self.data.class_names),
            "grad_norms": {part: v / steps for part, v in zip(self._parts, s["norms"])},
            "seconds": time.perf_counter() - self._clock + s["seconds"],
            "examples_per_s": s["seen"] / max(train_seconds, 1e-9),
            "lr": self.optimizer.param_groups[0]["lr"],
            "predictions": evaluation.get("predictions", {}),
        }
        kept = {k: v for k, v in metrics.items() if k not in ("predictions", "confusion")}
        self.history["epochs"].append(kept)
        self.history["last_confusion"] = metrics["confusion"]
        self._position = (epoch + 1, 0)
        self._emit("on_epoch_end", metrics)

    @torch.no_grad()
    def _evaluate(self) -> dict[str, Any]:
        """Loss, accuracy, per-class accuracy, confusion matrix and predictions on the
        held-out/test split (rank 0 alone: other processes do not wait for it)."""
        model, k = self.model, len(self.data.class_names)
        n = int(self._test_y.shape[0])
        if n == 0:
            return {}
        was_training = model.training
        model.eval()
        confusion = torch.zeros(k * k, dtype=torch.int64, device=self.device)
        loss_sum = torch.zeros((), device=self.device)
        preds, confs = [], []
        for idx in torch.arange(n).split(self.local_batch):
            idx_d = idx.to(self._test_x.device)
            x = self.pipeline(self._test_x[idx_d])
            y = self._test_y[idx_d].to(self.device, non_blocking=True)
            with self._autocast():
                logits = model(x)
            logits = logits.float()[:, :k]
            loss_sum += self.criterion(logits, y) * y.shape[0]
            conf, pred = logits.softmax(1).max(1)
            confusion += torch.bincount(y * k + pred, minlength=k * k)
            if sum(len(p) for p in preds) < MAX_PREDICTIONS:
                preds.append(pred)
                confs.append(conf)
        model.train(was_training)
        matrix = confusion.view(k, k).cpu()
        totals = matrix.sum(1)
        keep = min(n, MAX_PREDICTIONS)
        return {
            "test_loss": loss_sum.item() / n,
            "test_accuracy": matrix.diag().sum().item() / n,
            "per_class_accuracy": [d / t if t else None for d, t in
                                   zip(matrix.diag().tolist(), totals.tolist())],
            "confusion": matrix.tolist(),
            "predictions": {
                "index": list(range(keep)),
                "pred": torch.cat(preds)[:keep].tolist(),
                "target": self._test_y[:keep].tolist(),
                "confidence": torch.cat(confs)[:keep].tolist(),
            },
        }

    # -- checkpoints --

    def _save(self, epoch: int, batch: int) -> None:
        """Write the checkpoint (rank 0, when recording) at a step boundary: ``batch``
        batches of ``epoch`` are done (it may be all of them, before the evaluation)."""
        sums = None
        if batch:
            sums = dict(self._sums, seconds=self._sums["seconds"] + time.perf_counter()
                        - self._clock)
        self._progress = {"epoch": epoch, "batch": batch, "step": self._step, "sums": sums}
        if not (self.record and self._env.is_main and self.run_dir is not None):
            return
        path = self.run_dir / CHECKPOINT_FILE
        save_checkpoint(path, design=self.design, config=self.config,
                        model=self.model.state_dict(), optimizer=self.optimizer.state_dict(),
                        scheduler=self.scheduler.state_dict() if self.scheduler else None,
                        scaler=self.scaler.state_dict() if self.scaler else None,
                        history=self.history, rng=rng_state(), progress=self._progress,
                        data={"class_names": list(self.data.class_names),
                              "mean": self.pipeline.mean, "std": self.pipeline.std,
                              "input_shape": list(self.input_shape),
                              "dataset": self.data.name, "test_name": self.data.test_name})
        self._saved = str(path)
        self._emit("on_checkpoint", str(path))

    def _save_if_clean(self) -> None:
        """After Ctrl-C: save only at a step boundary (a half-done step is not kept)."""
        if not self._clean or not hasattr(self, "_sums"):
            return
        try:
            self._drain()
            self._save(*self._position)
        except (_NonFinite, OSError, RuntimeError):
            pass  # the previous checkpoint stays

    def _kept(self) -> dict[str, Any]:
        """The params saying which checkpoint survives a failure (phrase "kept")."""
        if self._saved:
            return {"kept": "saved", "checkpoint": self._saved}
        return {"kept": "none"}

    def _disk_full_error(self, e: OSError) -> TrainingError:
        """No space for the checkpoint or the log: where to free how much."""
        folder = self.run_dir or (Path(e.filename).parent if e.filename else Path.cwd())
        tensors = list(self.model.state_dict().values()) if self.model is not None else []
        if getattr(self, "optimizer", None) is not None:
            for state in self.optimizer.state_dict()["state"].values():
                tensors += [v for v in state.values() if isinstance(v, torch.Tensor)]
        size = sum(t.numel() * t.element_size() for t in tensors)
        return TrainingError("disk_full", step=self._step, folder=str(folder),
                             mb=math.ceil(size / 2**20) + 1, **self._kept())

    def _oom_error(self) -> TrainingError:
        batch = self.config.batch_size
        kind = self.device.type if self.device.type in ("cuda", "mps", "cpu") else "other"
        return TrainingError("out_of_memory", memory_of=kind, batch_size=batch,
                             suggestion=max(1, batch // 2), **self._kept())


def _part_order(part: str) -> tuple[int, int]:
    if part == "stem":
        return (0, 0)
    if part == "head":
        return (2, 0)
    return (1, int(part[5:]))


def _empty_batches() -> dict[str, list]:
    return {"step": [], "epoch": [], "loss": [], "accuracy": [], "lr": []}


def _status_text(status: str, trainer: Trainer) -> str:
    epochs = len(trainer.history["epochs"])
    if status == "finished":
        return f"Finished {epochs} epoch{'' if epochs == 1 else 's'}."
    where = f"step {trainer._step}"
    return f"Stopped at {where}; the checkpoint keeps the run, resume to continue."


def estimate_epoch_seconds(design: Design, config: TrainConfig, batches: int = 3) -> dict[str, Any]:
    """Measure a few training batches and one evaluation batch (after a warm-up) to
    predict seconds per batch, per epoch and for the whole run. Writes no files.
    Raises TrainingError for anything that would stop the run itself."""
    state = rng_state()  # a throwaway model: leave the caller's random stream as it was
    t = Trainer(design, config, record=False)
    try:
        t._setup(distributed=False)
        order = epoch_batches(len(t.data.train), t.local_batch, seed=config.seed, epoch=0)
        sync = torch.cuda.synchronize if t.device.type == "cuda" else (lambda: None)
        t._net.train()
        t._train_step(order[0], 0, 0, len(order))  # warm-up
        sync()
        start = time.perf_counter()
        timed = max(1, min(batches, len(order)))
        for i in range(timed):
            t._train_step(order[i % len(order)], 0, i, len(order))
        sync()
        per_batch = (time.perf_counter() - start) / timed
        start = time.perf_counter()
        with torch.no_grad(), t._autocast():
            t.model.eval()
            t.model(t.pipeline(t._test_x[: t.local_batch]))
        sync()
        eval_batch = time.perf_counter() - start
    except Exception as e:
        if _is_oom(e):
            raise t._oom_error() from None
        raise
    finally:
        set_rng_state(state)
    eval_batches = math.ceil(len(t.data.test) / t.local_batch) if len(t.data.test) else 0
    per_epoch = per_batch * len(order) + eval_batch * eval_batches
    return {
        "seconds_per_batch": per_batch,
        "steps_per_epoch": len(order),
        "seconds_per_epoch": per_epoch,
        "seconds_total": per_epoch * config.epochs,
        "examples_per_s": t.local_batch / per_batch,
        "device": str(t.device),
        "device_label": device_label(t.device),
    }
