"""The training configuration, and the errors training reports.

Every training module (data, engine, checkpoint, runs) imports this one: the config
is what they share, and a :class:`TrainingError` is how any of them says what went
wrong and how to fix it, as plain data a window or a terminal can show.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from resnet_studio.core.design.problems import render

DATASETS = ("auto", "fashion-mnist-sample", "fashion-mnist", "mnist", "cifar10", "folder")
OPTIMIZERS = ("sgd", "adam", "adamw")
SCHEDULES = ("none", "step", "cosine", "onecycle")
INITS = ("xavier", "kaiming", "default")
AMP_MODES = ("off", "bf16", "fp16")


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
    amp: str = "off"  # mixed precision on CUDA: "bf16" or "fp16"
    channels_last: bool = False
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
            raise TrainingError("bad_config", field="config", value=_short(data),
                                reason="it is not a dict of settings", hint="Pass a dict.")
        known = {f.name: f for f in fields(cls)}
        kwargs = {}
        for key, value in data.items():
            if key not in known:
                raise TrainingError("bad_config", field=key, value=_short(value),
                                    reason="there is no such setting",
                                    hint="Known settings: " + ", ".join(known) + ".")
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
        if not self.lr > 0:
            raise TrainingError("bad_config", field="lr", value=self.lr,
                                reason="the learning rate must be above 0",
                                hint="d2l uses 0.05 with SGD; Adam usually wants about 0.001.")
        for name in ("momentum", "weight_decay", "checkpoint_minutes"):
            if getattr(self, name) < 0:
                raise TrainingError("bad_config", field=name, value=getattr(self, name),
                                    reason="it cannot be negative", hint=f"Set {name} to 0 or more.")
        if not 0 <= self.label_smoothing < 1:
            raise TrainingError("bad_config", field="label_smoothing", value=self.label_smoothing,
                                reason="it must be at least 0 and below 1",
                                hint="0.1 is the usual choice; 0 turns it off.")
        if self.nesterov and (self.optimizer != "sgd" or self.momentum <= 0):
            raise TrainingError("bad_config", field="nesterov", value=True,
                                reason="Nesterov momentum needs SGD with momentum above 0",
                                hint="Set momentum (0.9 is usual) or turn Nesterov off.")
        if self.dataset == "folder" and not self.data_dir:
            raise TrainingError("bad_config", field="data_dir", value=None,
                                reason="the 'folder' dataset needs a folder",
                                hint="Set data_dir to a folder with one sub-folder of "
                                "images per class.")


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
                                    reason=f"it should be {_KIND[name]}", hint=f"Fix '{key}'.")
            return float(value) if name == "float" else value
    return value


_KIND = {"bool": "true or false", "int": "a whole number", "float": "a number",
         "str": "a string"}


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise TrainingError("bad_config", field=name, value=_short(value),
                            reason="it is not one of " + ", ".join(choices),
                            hint="Choose one of " + ", ".join(choices) + ".")


def _at_least(name: str, value: Any, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise TrainingError("bad_config", field=name, value=_short(value),
                            reason=f"it must be a whole number of at least {minimum}",
                            hint=f"Set {name} to {minimum} or more.")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# code -> (message template, fix template); placeholders come from the error's params.
# A translated UI renders these by code, as ui/common/i18n.py does for design problems.
TEMPLATES: dict[str, tuple[str, str]] = {
    "bad_config": (
        "Training setting '{field}' = {value} cannot be used: {reason}.",
        "{hint}",
    ),
    "design_invalid": (
        "The design cannot be trained: {problem}",
        "{fix}",
    ),
    "input_too_small": (
        "The design cannot take {size}x{size} images: {problem}",
        "{fix} Or change the resize setting (now {resize}).",
    ),
    "device_unavailable": (
        "Device '{device}' is not available here: {reason}.",
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
    "classes_mismatch": (
        "{dataset} has {data_classes} classes but the design's head has only "
        "{design_classes} outputs.",
        "Set the head's classes to {data_classes}.",
    ),
    "non_finite_loss": (
        "The loss became {value} at step {step} (epoch {epoch}); training stopped there.",
        "{kept} Lower the learning rate (now {lr}), use a warm-up schedule (one-cycle), "
        "or check the data.",
    ),
    "out_of_memory": (
        "The {device} ran out of memory at batch size {batch_size}.",
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
    "run_unreadable": (
        "{path} is not a readable run folder: {reason}.",
        "Choose a run folder inside the runs folder (each holds a run.json).",
    ),
    "run_failed": (
        "Training failed at step {step}: {reason}.",
        "The run folder and its last checkpoint are kept. If this repeats, report it "
        "with the run folder's run.json.",
    ),
}


class TrainingError(Exception):
    """Something that stops training, with a stable ``code``, its ``params``, and an
    English ``message`` and ``fix`` rendered from :data:`TEMPLATES`."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        message_t, fix_t = TEMPLATES.get(code, ("{code}", ""))
        self.message = _render(message_t, code, params)
        self.fix = _render(fix_t, code, params).strip()
        super().__init__(f"{self.message} {self.fix}".strip())

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "fix": self.fix,
                "params": {k: v if isinstance(v, (int, float, str, bool)) or v is None
                           else str(v) for k, v in self.params.items()}}


def _render(template: str, code: str, params: dict[str, Any]) -> str:
    return render(template, {"code": code, **params})
