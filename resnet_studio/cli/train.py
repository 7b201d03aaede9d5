"""``resnet-studio train``: train a design without a window, with a progress bar.

The same command runs under ``torchrun --nproc_per_node=N -m resnet_studio train ...``
for DistributedDataParallel training. Ctrl-C stops after the current batch and saves
a checkpoint; ``--resume`` continues it.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING

from resnet_studio.cli.common import design_arg, report
from resnet_studio.core import DesignError
from resnet_studio.core.training.config import (
    DATASETS,
    INITS,
    OPTIMIZERS,
    SCHEDULES,
    TrainConfig,
    TrainingError,
)
from resnet_studio.core.training.runs import check_run_dir
from resnet_studio.core.training.trainer import Callback, Trainer

if TYPE_CHECKING:
    from resnet_studio.core.training.events import BatchMetrics, EpochMetrics, FitInfo, FitResult

EXIT_STOPPED = 130  # the shell's code for "interrupted by Ctrl-C"
BAR_WIDTH = 24
# Under torchrun every process reports shared faults alike; rank 0 prints those alone.
RANK_LOCAL_ERRORS = ("out_of_memory", "run_failed", "distributed_failed")
USAGE_ERRORS = ("design_invalid", "input_too_small", "bad_config",  # exit 2, like bad arguments
                "run_dir_in_use")
# --precision's choices -> the config's amp values (fp32 is "off": no mixed precision)
PRECISIONS = {"auto": "auto", "fp32": "off", "bf16": "bf16", "fp16": "fp16"}
# config field -> (flag, argparse keyword arguments); defaults come from TrainConfig.
OPTIONS = {
    "dataset": ("--dataset", dict(choices=DATASETS, help="auto: full Fashion-MNIST if on disk, "
                                  "else the embedded sample")),
    "data_dir": ("--data-dir", dict(type=lambda t: _folder_arg(t), help="dataset folder "
                                    "(default: the studio's datasets folder); for --dataset "
                                    "folder, one sub-folder per class")),
    "resize": ("--resize", dict(type=lambda t: t if t == "native" else int(t),
                                help="resize images to this square side, or 'native'")),
    "batch_size": ("--batch-size", dict(type=int, help="global batch size")),
    "epochs": ("--epochs", dict(type=int)),
    "optimizer": ("--optimizer", dict(choices=OPTIMIZERS)),
    "lr": ("--lr", dict(type=float, help="learning rate")),
    "momentum": ("--momentum", dict(type=float)),
    "nesterov": ("--nesterov", dict(action="store_true", default=None)),
    "weight_decay": ("--weight-decay", dict(type=float)),
    "schedule": ("--schedule", dict(choices=SCHEDULES)),
    "init": ("--init", dict(choices=INITS, help="weight initialisation")),
    "label_smoothing": ("--label-smoothing", dict(type=float)),
    "seed": ("--seed", dict(type=int)),
    "device": ("--device", dict(help="auto, cpu, cuda, cuda:1, mps")),
    "amp": ("--precision", dict(choices=tuple(PRECISIONS), help="auto: bf16 + channels_last where measured faster, else "
                                "float32; or force fp32, bf16, fp16 (with a gradient scaler)")),
    "channels_last": ("--channels-last", dict(action="store_true", default=None)),
    "compile": ("--compile", dict(action="store_true", default=None,
                                  help="torch.compile the model (slow to start; opt-in)")),
    "augment": ("--augment", dict(action="store_true", default=None,
                                  help="random crop and horizontal flip")),
    "download": ("--no-download", dict(action="store_false", default=None,
                                       help="never download a missing dataset")),
    "train_limit": ("--train-limit", dict(type=int, help="use only the first N training images")),
    "test_limit": ("--test-limit", dict(type=int, help="use only the first N held-out images")),
    "checkpoint_minutes": ("--checkpoint-minutes", dict(type=float, help="also save a "
                                                        "checkpoint this often inside an epoch")),
}


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name the system refuses: the loader says why
        return False


def _folder_arg(text: str) -> str:
    """--data-dir as an absolute path; a file there is refused (it is not missing)."""
    path = os.path.abspath(os.path.expanduser(text))
    if os.path.exists(path) and not os.path.isdir(path):
        raise argparse.ArgumentTypeError(
            f"{path} is a file, not a folder; give the folder that holds the dataset "
            "(or leave --data-dir out for the studio's datasets folder)")
    return path


def add_parser(sub) -> None:
    defaults = TrainConfig()
    p = sub.add_parser("train", help="train a design or preset without a window",
                       description="Train a design headless, with a progress bar. Each run is "
                       "kept in a run folder (run.json, metrics.jsonl, checkpoint.pt). Ctrl-C "
                       "stops after the current batch and saves a checkpoint. Under "
                       "'torchrun --nproc_per_node=N -m resnet_studio train ...' it trains "
                       "with DistributedDataParallel.")
    p.add_argument("design", nargs="?", help="a design .json file or a preset name "
                   "(not needed with --resume)")
    for name, (flag, kwargs) in OPTIONS.items():
        kwargs = dict(kwargs)
        if kwargs.get("action") is None:
            kwargs["help"] = f"{kwargs.get('help', '')} (default: {getattr(defaults, name)})".strip()
        p.add_argument(flag, dest=name, **{"default": None, **kwargs})
    p.add_argument("--run-dir", help="folder for this run (default: a new one in the runs folder)")
    p.add_argument("--resume", metavar="CHECKPOINT", help="continue a checkpoint.pt (or its run "
                   "folder); only --epochs may change")
    p.add_argument("--quiet", action="store_true", help="no progress bar, only epoch lines")


def run(args: argparse.Namespace) -> int:
    given = {f.name: getattr(args, f.name) for f in fields(TrainConfig)
             if getattr(args, f.name, None) is not None}
    if given.get("resize") == "native":
        given["resize"] = None
    if "amp" in given:
        given["amp"] = PRECISIONS[given["amp"]]
    rank = int(os.environ.get("RANK", "0"))
    bar = ProgressBar(quiet=args.quiet)
    try:
        if args.resume:
            changed = sorted(set(given) - {"epochs"})
            if changed or args.design:
                print("error: --resume continues the checkpoint's design and settings; "
                      f"drop {', '.join(['DESIGN'] * bool(args.design) + changed)} "
                      "(only --epochs may change).", file=sys.stderr)
                return 2
            path = Path(args.resume)
            trainer = Trainer.resume_from(path / "checkpoint.pt" if _is_dir(path) else path,
                                          [bar], args.run_dir, epochs=given.get("epochs"))
        else:
            if not args.design:
                print("error: name a design file or preset to train (or --resume a checkpoint).",
                      file=sys.stderr)
                return 2
            design = design_arg(args.design)
            config = TrainConfig.from_dict({**TrainConfig().to_dict(), **given})
            trainer = Trainer(design, config, [bar], args.run_dir)
        if args.run_dir:  # before the data is opened: a folder holding another run
            check_run_dir(args.run_dir, trainer.design, resuming=bool(args.resume))
    except DesignError as e:
        return report(e)
    except TrainingError as e:
        _print_error(e.message, e.fix)
        return 2 if e.code in USAGE_ERRORS else 1
    with _stop_on_ctrl_c(trainer):
        result = trainer.fit()
    if result["status"] == "failed":
        if rank == 0 or result["error"] in RANK_LOCAL_ERRORS:
            _print_error((f"[rank {rank}] " if rank else "") + result["message"], result["fix"])
        return 2 if result["error"] in USAGE_ERRORS else 1
    return 0 if result["status"] == "finished" else EXIT_STOPPED


def _print_error(message: str, fix: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    if fix:
        print(f"  fix: {fix}", file=sys.stderr)


class _stop_on_ctrl_c:
    """First Ctrl-C: stop after the current batch (a checkpoint is saved). Second: quit now."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        self.previous = None
        self.hits = 0

    def _handler(self, signum, frame) -> None:
        self.hits += 1
        if self.hits > 1:
            raise KeyboardInterrupt
        print("\nStopping after this batch; the checkpoint will be saved "
              "(Ctrl-C again to quit at once).", file=sys.stderr, flush=True)
        self.trainer.stop()

    def __enter__(self):
        try:
            self.previous = signal.signal(signal.SIGINT, self._handler)
        except ValueError:  # not the main thread: Ctrl-C stays a KeyboardInterrupt
            self.previous = None
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _clock(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class ProgressBar(Callback):
    """The terminal listener: a throttled progress bar (ETA, examples/s) on stderr and
    one line per epoch on stdout."""

    def __init__(self, quiet: bool = False, interval: float = 0.25, stream=None):
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = interval if self.tty else 10.0  # a log file gets a line per 10 s
        self._drawn = 0.0
        self._line = False

    def on_fit_start(self, info: FitInfo) -> None:
        self.info = info
        self.started = time.perf_counter()
        self.first_step = info["start_step"]
        c, h, w = info["input_shape"]
        print(f"Training {info['design']} on {info['dataset_label']}: {info['train_size']:,} "
              f"train / {info['test_size']:,} {info['test_name']} images at {c}x{h}x{w}, batch "
              f"{info['batch_size']}, {_plural(info['epochs'], 'epoch')}, on {info['device_label']}"
              + (f" x {info['world_size']} processes" if info["world_size"] > 1 else ""), flush=True)
        if info["resumed"]:
            print(f"Resuming at epoch {info['start_epoch'] + 1}, step {info['start_step']}.")
        for note in info["notes"]:
            print(f"note: {note}")
        if info["run_dir"]:
            print(f"Run folder: {info['run_dir']}", flush=True)

    def on_train_batch_end(self, m: BatchMetrics) -> None:
        now = time.perf_counter()
        last = m["batch"] == m["batches"]
        if self.quiet or (now - self._drawn < self.interval and not last):
            return
        self._drawn = now
        info = self.info
        done = m["step"] - self.first_step
        left = info["total_steps"] - m["step"]
        eta = (now - self.started) / max(done, 1) * left
        fill = int(BAR_WIDTH * m["batch"] / m["batches"])
        text = (f"epoch {int(m['epoch'] - 1e-9) + 1}/{info['epochs']} "
                f"[{'#' * fill}{'-' * (BAR_WIDTH - fill)}] {m['batch']}/{m['batches']}  "
                f"loss {m['loss']:.3f}  acc {100 * m['accuracy']:.1f}%  "
                f"{m['examples_per_s']:,.0f} ex/s  ETA {_clock(eta)}")
        if self.tty:
            self.stream.write("\r" + text + "\x1b[K")
            self._line = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def _end_line(self) -> None:
        if self._line:
            self.stream.write("\n")
            self.stream.flush()
            self._line = False

    def on_epoch_end(self, m: EpochMetrics) -> None:
        self._end_line()
        test = self.info["test_name"]
        held = ("" if m["test_accuracy"] is None else
                f"  {test} loss {m['test_loss']:.4f} acc {100 * m['test_accuracy']:.2f}%")
        print(f"epoch {m['epoch']}/{self.info['epochs']}  train loss {m['train_loss']:.4f} "
              f"acc {100 * m['train_accuracy']:.2f}%{held}  {m['examples_per_s']:,.0f} ex/s  "
              f"{m['seconds']:.1f} s", flush=True)

    def on_fit_end(self, result: FitResult) -> None:
        self._end_line()
        if result["status"] == "failed":
            return  # run() prints the error on stderr
        print(result["message"])
        if result["checkpoint"]:
            print(f"Checkpoint: {result['checkpoint']}")
            if result["status"] == "stopped":
                print(f"Continue with: resnet-studio train --resume {result['checkpoint']}")
        sys.stdout.flush()
