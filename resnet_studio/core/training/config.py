"""The training configuration, and the errors training reports.

Every training module (data, engine, checkpoint, runs) imports this one: the config
is what they share, and a :class:`TrainingError` is how any of them says what went
wrong and how to fix it, as plain data a window or a terminal can show.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar

from resnet_studio.core.design.problems import Problem
from resnet_studio.core.messages import CodedError

DATASETS = ("auto", "fashion-mnist-sample", "fashion-mnist", "mnist", "cifar10", "folder")
OPTIMIZERS = ("sgd", "adam", "adamw")
SCHEDULES = ("none", "step", "cosine", "onecycle")
INITS = ("xavier", "kaiming", "default")
AMP_MODES = ("auto", "off", "bf16", "fp16")  # "off": float32
MAX_SEED = 2**63 - 1  # torch.manual_seed takes a signed 64-bit number


@dataclass
class TrainConfig:
    """How to train a design. The defaults are d2l's ResNet chapter: Fashion-MNIST
    resized to 96x96, batch 256, SGD with learning rate 0.05, 10 epochs, Xavier init."""

    dataset: str = "auto"  # auto: full Fashion-MNIST when on disk, else the embedded sample
    data_dir: str | None = None  # where the dataset lives (None: the studio's datasets folder)
    resize: int | None = 96  # square side the images are resized to; None keeps their size
    batch_size: int = 256  # the global batch: split across processes under torchrun
    epochs: int = 10
    optimizer: str = "sgd"
    lr: float = 0.05
    momentum: float = 0.0
    nesterov: bool = False
    weight_decay: float = 0.0
    schedule: str = "none"  # step: x0.1 every third of the run; cosine, onecycle: per step
    init: str = "xavier"
    label_smoothing: float = 0.0
    seed: int = 0
    device: str = "auto"  # auto: CUDA, then MPS, then CPU; or "cuda:1", "mps", "cpu"
    amp: str = "auto"  # auto: bf16 (+ channels_last) where measured faster; "off" (float32),
    # "bf16" or "fp16" force one (fp16 with a gradient scaler)
    channels_last: bool = False  # force the channels-last layout (auto may choose it too)
    compile: bool = False  # torch.compile the model (opt-in: compiling takes a while)
    augment: bool = False  # random crop (zero padding of 1/8 of the side) and horizontal flip
    download: bool = True  # fetch a missing torchvision dataset into the datasets folder
    train_limit: int | None = None  # use only the first N training images
    test_limit: int | None = None  # use only the first N held-out/test images
    checkpoint_minutes: float = 10.0  # also save a checkpoint this often inside an epoch

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> TrainConfig:
        """Read a config dict (from a checkpoint, run.json or a script). Unknown or
        wrongly typed fields raise TrainingError naming the field."""
        if not isinstance(data, dict):
            raise TrainingError("bad_config", field="config", value=_short(data), why="not_dict")
        known = {f.name: f for f in fields(cls)}
        kwargs = {}
        for key, value in data.items():
            if key not in known:
                raise TrainingError("bad_config", field=key, value=_short(value), why="unknown",
                                    known=", ".join(known))
            kwargs[key] = _typed(key, value, str(known[key].type))
        config = cls(**kwargs)
        config.check()
        return config

    def check(self) -> None:
        """Raise TrainingError for the first setting that cannot work."""
        _choice("dataset", self.dataset, DATASETS)
        _choice("optimizer", self.optimizer, OPTIMIZERS)
        _choice("schedule", self.schedule, SCHEDULES)
        _choice("init", self.init, INITS)
        _choice("amp", self.amp, AMP_MODES)
        for name in ("batch_size", "epochs"):
            _at_least(name, getattr(self, name), 1)
        for name in ("resize", "train_limit", "test_limit"):
            if getattr(self, name) is not None:
                _at_least(name, getattr(self, name), 1)
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) \
                or not 0 <= self.seed <= MAX_SEED:
            raise TrainingError("bad_config", field="seed", value=_short(self.seed), why="seed",
                                maximum=MAX_SEED)
        for name in ("lr", "momentum", "weight_decay", "checkpoint_minutes", "label_smoothing"):
            value = getattr(self, name)
            if not math.isfinite(value):  # NaN passes every comparison: name it
                raise TrainingError("bad_config", field=name, value=_short(value),
                                    why="not_finite", hint="finite_" + name)
        if not self.lr > 0:
            raise TrainingError("bad_config", field="lr", value=self.lr, why="lr")
        for name in ("momentum", "weight_decay", "checkpoint_minutes"):
            if getattr(self, name) < 0:
                raise TrainingError("bad_config", field=name, value=getattr(self, name),
                                    why="negative")
        if not 0 <= self.label_smoothing < 1:
            raise TrainingError("bad_config", field="label_smoothing",
                                value=self.label_smoothing, why="label_smoothing")
        if self.nesterov and (self.optimizer != "sgd" or self.momentum <= 0):
            raise TrainingError("bad_config", field="nesterov", value=True, why="nesterov")
        if self.dataset == "folder" and not self.data_dir:
            raise TrainingError("bad_config", field="data_dir", value=None, why="folder")


def _typed(key: str, value: Any, type_name: str) -> Any:
    if value is None and "None" in type_name:
        return None
    ok = {
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, (int, float)) and not isinstance(value, bool),
        "str": isinstance(value, str),
    }
    for name in ("bool", "int", "float", "str"):
        if type_name.startswith(name):
            if not ok[name]:
                raise TrainingError("bad_config", field=key, value=_short(value),
                                    why="kind_" + name, hint="kind")
            return float(value) if name == "float" else value
    return value


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise TrainingError("bad_config", field=name, value=_short(value), why="choice",
                            choices=", ".join(choices))


def _at_least(name: str, value: Any, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise TrainingError("bad_config", field=name, value=_short(value), why="minimum",
                            minimum=minimum)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# code -> (message template, fix template); placeholders come from the error's params.
# A translated UI renders these by code, as ui/common/i18n.py does for design problems.
TEMPLATES: dict[str, tuple[str, str]] = {
    "bad_config": (
        "Training setting '{field}' = {value} cannot be used: {why}.",
        "{hint}",
    ),
    "design_invalid": (
        "The design cannot be trained: {problem}",
        "{problem_fix}",
    ),
    "input_too_small": (
        "The design cannot take {size}x{size} images: {problem}",
        "{problem_fix} Or change the resize setting (now {resize}).",
    ),
    "device_unavailable": (
        "Device '{device}' is not available here: {cause}.",
        "Choose one of: {choices}.",
    ),
    "dataset_missing": (
        "{dataset} is not in {folder}{reason}.",
        "Connect to the internet and train once with download on (the files go to "
        "{folder}), or copy {files} into {folder} yourself. The embedded sample "
        "('fashion-mnist-sample') works offline.",
    ),
    "dataset_corrupt": (
        "{dataset} in {folder} cannot be read: {reason}.",
        "Delete the files in {folder} and download them again (or copy intact ones there).",
    ),
    "folder_missing": (
        "The image folder {folder} does not exist.",
        "Choose a folder that holds one sub-folder of images per class, e.g. "
        "{folder}/cat/001.png and {folder}/dog/001.png.",
    ),
    "folder_empty": (
        "The image folder {folder} has no class sub-folders with images ({reason}).",
        "Put the images in one sub-folder per class, e.g. {folder}/cat/001.png and "
        "{folder}/dog/001.png (.png, .jpg, .bmp, .webp ...).",
    ),
    "folder_too_large": (
        "The images of {folder} at {size}x{size} need {gb} GB of memory, above the "
        "limit of {limit_gb} GB.",
        "Use a smaller resize or fewer images (train_limit).",
    ),
    "channel_mismatch": (
        "{dataset} images have {data_channels} channel(s) but the design takes "
        "{design_channels}.",
        "Set the design's input channels to {data_channels}.",
    ),
    "no_head": (
        "The design has no head: it outputs a feature map, not class scores, so it "
        "cannot be trained as a classifier.",
        "Set the head's style to linear.",
    ),
    "classes_mismatch": (
        "{dataset} has {data_classes} classes but the design's head has only "
        "{design_classes} outputs.",
        "Set the head's classes to {data_classes}.",
    ),
    "non_finite_loss": (
        "The loss became {value} at step {step} (epoch {epoch}); training stopped there.",
        "{kept} Lower the learning rate (now {lr:g}), use a warm-up schedule (one-cycle), "
        "or check the data.",
    ),
    "out_of_memory": (
        "The {memory_of} ran out at batch size {batch_size}.",
        "Use a smaller batch (try {suggestion}), a smaller resize, or mixed precision "
        "(bf16). {kept}",
    ),
    "checkpoint_missing": (
        "{path}: no such checkpoint.",
        "Check the path; a run's checkpoint is checkpoint.pt in its run folder.",
    ),
    "checkpoint_corrupt": (
        "{path}: the checkpoint is damaged or not a PyTorch file ({reason}).",
        "Use another checkpoint; the run folder keeps only the last good one.",
    ),
    "checkpoint_foreign": (
        "{path}: this is not a ResNet Studio checkpoint ({reason}).",
        "Open a checkpoint.pt written by ResNet Studio (in a run folder).",
    ),
    "checkpoint_mismatch": (
        "{path}: the checkpoint's saved state does not fit its design ({reason}).",
        "Use another checkpoint; the run folder keeps only the last good one.",
    ),
    "checkpoint_unsafe": (
        "{path}: the file holds Python objects, not only tensors, so it was not loaded "
        "(loading it could run code).",
        "Open a checkpoint written by ResNet Studio.",
    ),
    "checkpoint_version": (
        "{path}: checkpoint format version {version} is newer than this studio reads "
        "({supported}).",
        "Update ResNet Studio.",
    ),
    "distributed_failed": (
        "Could not start distributed training (rank {rank} of {world_size}): {reason}.",
        "Check the torchrun command; on CPU the gloo backend is used, on GPUs NCCL.",
    ),
    "batch_too_small": (
        "Batch size {batch_size} cannot be split across {world_size} processes.",
        "Use a batch size of at least {world_size} (a multiple of it is best).",
    ),
    "run_dir_in_use": (
        "{path} already holds another run ({name}); training there would overwrite it.",
        "Continue that run with: resnet-studio train --resume {path}; or choose a new "
        "folder (without --run-dir, each run gets its own).",
    ),
    "run_unreadable": (
        "{path} is not a readable run folder: {reason}.",
        "Choose a run folder inside the runs folder (each holds a run.json).",
    ),
    "disk_full": (
        "The disk is full: the checkpoint of step {step} could not be written to {folder}.",
        "Free space in {folder}, about {mb:,} MB needed, then resume the run. {kept}",
    ),
    "run_failed": (
        "Training failed at step {step}: {reason}.",
        "The run folder and its last checkpoint are kept. If this repeats, report it "
        "with the run folder's run.json.",
    ),
}


# param -> {phrase code: template}: the wording a TrainingError's code picks, so
# reasons and advice stay translatable ("why": the reason, "hint": its fix).
PHRASES: dict[str, dict[str, str]] = {
    "why": {
        "not_dict": "it is not a dict of settings",
        "unknown": "there is no such setting",
        "kind_bool": "it should be true or false",
        "kind_int": "it should be a whole number",
        "kind_float": "it should be a number",
        "kind_str": "it should be a string",
        "choice": "it is not one of {choices}",
        "minimum": "it must be a whole number of at least {minimum}",
        "seed": "a seed must be a whole number from 0 to {maximum:,} (2**63 - 1)",
        "not_finite": "it is not a finite number",
        "lr": "the learning rate must be above 0",
        "negative": "it cannot be negative",
        "label_smoothing": "it must be at least 0 and below 1",
        "nesterov": "Nesterov momentum needs SGD with momentum above 0",
        "folder": "the 'folder' dataset needs a folder",
        "schedule_epochs": "the '{schedule}' schedule was laid out for {planned} epochs",
    },
    "cause": {
        "not_a_device": "not a device name",
        "no_cuda": "no CUDA GPU (or no CUDA build of PyTorch)",
        "cuda_count": "there are {count} CUDA device(s)",
        "no_mps": "MPS needs an Apple GPU",
        "unsupported": "not supported",
    },
    "hint": {
        "not_dict": "Pass a dict.",
        "unknown": "Known settings: {known}.",
        "kind": "Fix '{field}'.",
        "choice": "Choose one of {choices}.",
        "minimum": "Set {field} to {minimum} or more.",
        "seed": "Use a seed from 0 to {maximum:,}; 0 is the default.",
        "finite_lr": "Set the learning rate to a number above 0: d2l uses 0.05 with SGD; "
                     "Adam usually wants about 0.001.",
        "finite_momentum": "Set momentum to a number from 0 to below 1: 0 (d2l's) or 0.9 "
                           "are usual.",
        "finite_weight_decay": "Set weight decay to 0 (d2l's) or a small number such as "
                               "0.0005.",
        "finite_checkpoint_minutes": "Set checkpoint_minutes to a number of minutes, or 0 "
                                     "for checkpoints at epoch ends only.",
        "finite_label_smoothing": "0.1 is the usual choice; 0 turns it off.",
        "lr": "d2l uses 0.05 with SGD; Adam usually wants about 0.001.",
        "negative": "Set {field} to 0 or more.",
        "label_smoothing": "0.1 is the usual choice; 0 turns it off.",
        "nesterov": "Set momentum (0.9 is usual) or turn Nesterov off.",
        "folder": "Set data_dir to a folder with one sub-folder of images per class.",
        "schedule_epochs": "Resume without changing epochs, or start a new run.",
    },
    "kept": {
        "saved": "The last good checkpoint is kept: {checkpoint}.",
        "none": "No checkpoint had been written yet.",
    },
    "resize": {"native": "native size"},
    "memory_of": {"cuda": "GPU's memory", "mps": "Apple GPU's memory",
                  "cpu": "computer's memory", "other": "device's memory"},
}


class TrainingError(CodedError):
    """Something that stops training, with a stable ``code``, its ``params``, and an
    English ``message`` and ``fix`` rendered from :data:`TEMPLATES`."""

    TEMPLATES: ClassVar[dict[str, tuple[str, str]]] = TEMPLATES
    PHRASES: ClassVar[dict[str, dict[str, str]]] = PHRASES
    CONTEXT: ClassVar[str] = "TrainingError"

    def __init__(self, code: str, **params: Any):
        if "hint" not in params and params.get("why") in PHRASES["hint"]:
            params["hint"] = params["why"]  # most reasons have a fix of the same code
        super().__init__(code, **params)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingError:
        """The error :meth:`to_dict` described (as a worker thread sends it)."""
        params = dict(data.get("params") or {})
        for name, value in params.items():  # a design problem inside, as Problem.to_dict
            if isinstance(value, dict) and {"code", "params", "stage"} <= value.keys():
                params[name] = Problem(str(value["code"]), dict(value["params"] or {}),
                                       value.get("stage"), value.get("block"), value.get("layer"))
        return cls(str(data.get("code", "run_failed")), **params)
