"""Everything before a run's first step, and its checkpoints: processes (torchrun),
device, data, model, optimizer, input path, a resumed run's state. The part of
:class:`~resnet_studio.core.training.trainer.Trainer` that ``prepare()`` runs."""

from __future__ import annotations

import math
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from torch import nn

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.files import design_to_dict
from resnet_studio.core.design.validate import validate
from resnet_studio.core.training import distributed as distrib
from resnet_studio.core.training import precision
from resnet_studio.core.training.checkpoint import (
    Checkpoint,
    rng_state,
    save_checkpoint,
    set_rng_state,
)
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.data import InputPipeline, channel_plan, epoch_batches, load_data
from resnet_studio.core.training.devices import pick_device, place
from resnet_studio.core.training.events import empty_history
from resnet_studio.core.training.notes import Note
from resnet_studio.core.training.recipe import init_weights, make_optimizer, make_scheduler, parts
from resnet_studio.core.training.runs import CHECKPOINT_FILE, RunLogger, new_run_dir
from resnet_studio.core.training.state import EpochSums, Progress

if TYPE_CHECKING:
    from resnet_studio.core.training.trainer import Trainer


class Preparation:
    """Mixin of Trainer: ``prepare()`` and the checkpoint writing and restoring."""

    def prepare(self: Trainer, distributed: bool = True) -> None:
        """Everything before the first step: processes, device, data, model, state.
        ``fit()`` calls it; call it yourself to drive ``step()`` (as the estimate does)."""
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
        if c.compile:  # opt-in: compiling costs seconds to minutes before the first step
            self._net = torch.compile(self._net)
        if self.device.type == "cuda":
            torch.backends.cudnn.benchmark = True
        self._train_x, self._train_y = place(self.data.train.images, self.data.train.targets,
                                             self.device)
        self._test_x, self._test_y = place(self.data.test.images, self.data.test.targets,
                                           self.device)
        if not self._env.is_main:
            self._listeners = []  # rank 0 alone reports, logs and saves
        elif self.record:
            if self.run_dir is None:
                self.run_dir = new_run_dir(self.design.name)
            self._listeners.insert(0, RunLogger(self.run_dir, self.design, c))

    def _start_processes(self: Trainer, distributed: bool) -> None:
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

    def _open_data(self: Trainer) -> tuple[int, int]:
        """Load the dataset, check it against the design; return the training image size."""
        c, d = self.config, self.design
        if self.design.head.style == "none":
            raise TrainingError("no_head")
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

    def _build(self: Trainer, size: tuple[int, int]) -> None:
        """Model (seeded, initialised), loss, optimizer, schedule, input path."""
        c, env = self.config, self._env
        torch.manual_seed(c.seed)
        model = build(self.design, check=False).to(self.device)
        init_weights(model, c.init)
        saved = self._checkpoint.data if self._checkpoint is not None else {}
        stats = (saved["mean"], saved["std"]) if saved.get("mean") else None
        self.pipeline = InputPipeline(self.data.train, size=size, channel_mode=self._channel_mode,
                                      augment=c.augment, device=self.device, stats=stats)
        self._choose_precision(model, size, saved.get("precision"))
        if self.channels_last:
            model = model.to(memory_format=torch.channels_last)
        self.pipeline.channels_last = self.channels_last
        self.model = self._net = model
        self.criterion = nn.CrossEntropyLoss(label_smoothing=c.label_smoothing)
        self.optimizer = make_optimizer(model, c)
        self.batches_per_epoch = len(epoch_batches(len(self.data.train), self.local_batch,
                                                   seed=c.seed, epoch=0, rank=env.rank,
                                                   world_size=env.world_size))
        self.scheduler = make_scheduler(self.optimizer, c, self.batches_per_epoch)
        self.scaler = precision.grad_scaler(self.amp, self.device)
        self._parts, self._part_params = parts(model)
        self._progress = Progress()

    def _choose_precision(self: Trainer, model: nn.Module, size: tuple[int, int],
                          kept: dict[str, Any] | None) -> None:
        """The run's number format and layout: forced, kept from a resumed run's start,
        or measured ("auto"); announced as a note. Under torchrun all processes agree."""
        c = self.config
        if c.amp != "auto":
            choice = precision.forced(c.amp, c.channels_last, self.device)
        elif isinstance(kept, dict) and kept.get("amp") in ("off", "bf16", "fp16"):
            choice = precision.Choice(kept["amp"], bool(kept.get("channels_last")), auto=True,
                                      reason="kept")
        else:
            images = self.data.train.images[:precision.PROBE_BATCH]
            key = (str(self.device), repr(design_to_dict(self.design)), tuple(size))
            with torch.random.fork_rng(devices=[]):  # measuring leaves the run's stream alone
                choice = precision.choose(model, lambda: self.pipeline(images), self.device,
                                          key, c.channels_last)
            if self._env.active:  # bf16 only if every process measured it faster
                votes = distrib.all_reduce_sum(
                    torch.tensor(float(choice.amp == "bf16"), device=self.device), self._env)
                if choice.amp == "bf16" and votes.item() < self._env.world_size:
                    choice = precision.Choice("off", c.channels_last, True, choice.speedup,
                                              "not_faster")
        self.amp, self.channels_last, self.precision = choice.amp, choice.channels_last, choice
        self.notes.append(precision.note(choice, c.amp, self.device))

    def _check_design(self: Trainer, size: tuple[int, int]) -> None:
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

    def _restore(self: Trainer, ckpt: Checkpoint) -> None:
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
        history = empty_history()
        history.update(ckpt.history or {})
        self.history = history
        self._progress = Progress.from_dict(ckpt.progress)
        self._step = self._progress.step
        self._saved = ckpt.path

    # -- checkpoints --

    def _save(self: Trainer, epoch: int, batch: int) -> None:
        """Write the checkpoint (rank 0, when recording) at a step boundary: ``batch``
        batches of ``epoch`` are done (it may be all of them, before the evaluation)."""
        sums = None
        if batch:
            sums = self._sums_now()
        self._progress = Progress(epoch, batch, self._step, sums)
        if not (self.record and self._env.is_main and self.run_dir is not None):
            return
        path = self.run_dir / CHECKPOINT_FILE
        save_checkpoint(path, design=self.design, config=self.config,
                        model=self.model.state_dict(), optimizer=self.optimizer.state_dict(),
                        scheduler=self.scheduler.state_dict() if self.scheduler else None,
                        scaler=self.scaler.state_dict() if self.scaler else None,
                        history=self.history, rng=rng_state(), progress=self._progress.to_dict(),
                        data={"class_names": list(self.data.class_names),
                              "mean": self.pipeline.mean, "std": self.pipeline.std,
                              "input_shape": list(self.input_shape),
                              "precision": {"amp": self.amp,
                                            "channels_last": self.channels_last},
                              "dataset": self.data.name, "test_name": self.data.test_name})
        self._saved = str(path)
        self._emit("on_checkpoint", str(path))

    def _kept(self: Trainer) -> dict[str, Any]:
        """The params saying which checkpoint survives a failure (phrase "kept")."""
        if self._saved:
            return {"kept": "saved", "checkpoint": self._saved}
        return {"kept": "none"}

    def _disk_full_error(self: Trainer, e: OSError) -> TrainingError:
        """No space for the checkpoint or the log: where to free how much."""
        folder = self.run_dir or (Path(e.filename).parent if e.filename else Path.cwd())
        tensors = list(self.model.state_dict().values()) if self.model is not None else []
        if getattr(self, "optimizer", None) is not None:
            for state in self.optimizer.state_dict()["state"].values():
                tensors += [v for v in state.values() if isinstance(v, torch.Tensor)]
        size = sum(t.numel() * t.element_size() for t in tensors)
        return TrainingError("disk_full", step=self._step, folder=str(folder),
                             mb=math.ceil(size / 2**20) + 1, **self._kept())

    def _oom_error(self: Trainer) -> TrainingError:
        batch = self.config.batch_size
        kind = self.device.type if self.device.type in ("cuda", "mps", "cpu") else "other"
        return TrainingError("out_of_memory", memory_of=kind, batch_size=batch,
                             suggestion=max(1, batch // 2), **self._kept())

    def _sums_now(self: Trainer) -> EpochSums:
        """The epoch's sums with the clock's current stretch added (for a checkpoint)."""
        return replace(self._sums, norms=list(self._sums.norms),
                       seconds=self._sums.seconds + time.perf_counter() - self._clock)
