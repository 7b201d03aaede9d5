"""Datasets for training, and the fast input path.

The embedded sample and MNIST-style files already on disk are read directly (idx.py,
no torchvision import); CIFAR-10, image folders and downloads come through
torchvision's classes. Every dataset is kept whole as uint8 tensors ``[N, C, H, W]``. Each batch is
picked by index, then converted, augmented, resized and normalised on the training
device (:class:`InputPipeline`), instead of per image through PIL as d2l does.
"""

from __future__ import annotations

import gzip
import os
import shutil
import struct
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import torch
import torch.nn.functional as F
from torch.utils.data import DistributedSampler

from resnet_studio.core import paths
from resnet_studio.core.design.design import Design
from resnet_studio.core.training import idx
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.notes import Note

SAMPLE = "fashion-mnist-sample"
FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                   "Sneaker", "Bag", "Ankle boot"]
LABELS = {
    SAMPLE: "Fashion-MNIST sample (embedded)",
    "fashion-mnist": "Fashion-MNIST",
    "mnist": "MNIST",
    "cifar10": "CIFAR-10",
    "folder": "Image folder",
}
MNIST_FILES = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
               "t10k-labels-idx1-ubyte"]
FOLDER_LIMIT_GB = 4.0  # an image folder is decoded into memory up to this size
HELD_OUT_NAMES = ("val", "valid", "validation", "test", "held-out", "heldout")
GRAY_WEIGHTS = (0.299, 0.587, 0.114)  # ITU-R 601 luma, as PIL's convert("L")


@dataclass
class Split:
    """One split of a dataset: uint8 images ``[N, C, H, W]`` and int64 labels ``[N]``."""

    images: torch.Tensor
    targets: torch.Tensor

    def __len__(self) -> int:
        return int(self.targets.shape[0])

    def head(self, limit: int | None) -> Split:
        if limit is None or limit >= len(self):
            return self
        return Split(self.images[:limit], self.targets[:limit])


@dataclass
class DataBundle:
    """A loaded dataset: train and held-out/test splits, class names, where it lives."""

    name: str  # "fashion-mnist-sample", "fashion-mnist", "mnist", "cifar10", "folder"
    label: str  # for people: "Fashion-MNIST", "Image folder /data/pets"
    folder: str  # where its files are
    train: Split
    test: Split
    class_names: list[str]
    test_name: str = "test"  # "held-out" where the split is not an official test set
    notes: list[str] = field(default_factory=list)

    @property
    def channels(self) -> int:
        return int(self.train.images.shape[1])

    @property
    def size(self) -> tuple[int, int]:
        return int(self.train.images.shape[2]), int(self.train.images.shape[3])


def resolve_dataset(config: TrainConfig) -> str:
    """The dataset "auto" stands for: full Fashion-MNIST when on disk, else the sample."""
    if config.dataset != "auto":
        return config.dataset
    root = Path(config.data_dir) if config.data_dir else paths.datasets_dir()
    raw = root / "FashionMNIST" / "raw"
    return "fashion-mnist" if all(idx.find(raw, f) for f in MNIST_FILES) else SAMPLE


def load_data(config: TrainConfig, design: Design | None = None) -> DataBundle:
    """Load the config's dataset (downloading it if allowed and missing), cut to the
    config's limits. ``design`` picks the decode size and channels of image folders."""
    name = resolve_dataset(config)
    if name == SAMPLE:
        bundle = _load_sample(config)
    elif name in ("fashion-mnist", "mnist"):
        bundle = _load_mnist(name, config)
    elif name == "cifar10":
        bundle = _load_cifar(config)
    else:
        bundle = _load_folder(config, design)
    bundle.train = bundle.train.head(config.train_limit)
    bundle.test = bundle.test.head(config.test_limit)
    return bundle


def class_names(dataset: str) -> list[str]:
    """Class names of a torchvision dataset (an image folder's come from its folders)."""
    if dataset in (SAMPLE, "fashion-mnist", "auto"):
        return list(FASHION_CLASSES)
    if dataset == "mnist":
        return [str(i) for i in range(10)]
    if dataset == "cifar10":
        return ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
                "truck"]
    raise ValueError(f"class names of '{dataset}' come from its folder; use load_data")


# --- the embedded sample and the MNIST family ---------------------------------------

def sample_root() -> Path:
    """A folder torchvision's FashionMNIST reads the embedded sample from (d2l's own
    pipeline in the benchmarks uses it; the studio reads the .gz files in place).

    The sample ships as ``.gz`` files; torchvision reads the uncompressed ones, so they
    are unpacked once into the user's datasets folder (not the full set's place)."""
    source = paths.resource(SAMPLE, "FashionMNIST", "raw")
    root = paths.datasets_dir() / SAMPLE
    raw = root / "FashionMNIST" / "raw"
    try:
        raw.mkdir(parents=True, exist_ok=True)
        for name in MNIST_FILES:
            gz, target = source / f"{name}.gz", raw / name
            if not target.is_file() or target.stat().st_size != _gz_size(gz):
                _gunzip(gz, target)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        where = getattr(e, "filename", None)
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        raise TrainingError("dataset_corrupt", dataset=LABELS[SAMPLE], folder=str(source),
                            reason=f"{reason} ({where})" if where else reason) from None
    return root


def _gz_size(gz: Path) -> int:
    """The uncompressed size a gzip file records in its last 4 bytes (files < 4 GB)."""
    with open(gz, "rb") as f:
        f.seek(-4, os.SEEK_END)
        return struct.unpack("<I", f.read(4))[0]


def _gunzip(gz: Path, target: Path) -> None:
    """Unpack to a temp file of its own, then rename: processes unpacking at the same
    time (torchrun) each finish a whole file, and a reader never sees half of one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with gzip.open(gz, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _load_sample(config: TrainConfig) -> DataBundle:
    """The shipped .gz files, read in place: nothing is unpacked or written."""
    raw = paths.resource(SAMPLE, "FashionMNIST", "raw")
    train, test = _read_mnist(raw, LABELS[SAMPLE])
    return DataBundle(SAMPLE, LABELS[SAMPLE], str(raw), train, test, list(FASHION_CLASSES),
                      test_name="held-out")


def _read_mnist(raw: Path, label: str) -> tuple[Split, Split]:
    """Both splits of an MNIST-style folder, or dataset_corrupt naming the folder."""
    try:
        return tuple(Split(*idx.read_split(raw, prefix)) for prefix in ("train", "t10k"))
    except (OSError, EOFError, gzip.BadGzipFile, idx.IdxError) as e:
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        raise TrainingError("dataset_corrupt", dataset=label, folder=str(raw),
                            reason=reason) from None


def _load_mnist(name: str, config: TrainConfig) -> DataBundle:
    root = Path(config.data_dir) if config.data_dir else paths.datasets_dir()
    folder = "FashionMNIST" if name == "fashion-mnist" else "MNIST"
    raw = root / folder / "raw"
    names = list(FASHION_CLASSES) if name == "fashion-mnist" else [str(i) for i in range(10)]
    if all(idx.find(raw, f) for f in MNIST_FILES):  # on disk: no torchvision needed
        train, test = _read_mnist(raw, LABELS[name])
        return DataBundle(name, LABELS[name], str(raw), train, test, names)
    from torchvision.datasets import MNIST, FashionMNIST  # to download what is missing

    cls = FashionMNIST if name == "fashion-mnist" else MNIST
    train, test = (_open(cls, LABELS[name], root, raw, train=t, download=config.download,
                         files=", ".join(MNIST_FILES)) for t in (True, False))
    return DataBundle(name, LABELS[name], str(raw), _mnist_split(train), _mnist_split(test),
                      names)


def _mnist_split(ds) -> Split:
    return Split(ds.data.unsqueeze(1).contiguous(), ds.targets.to(torch.int64))


def _load_cifar(config: TrainConfig) -> DataBundle:
    from torchvision.datasets import CIFAR10

    root = Path(config.data_dir) if config.data_dir else paths.datasets_dir()
    folder = root / CIFAR10.base_folder
    train, test = (_open(CIFAR10, LABELS["cifar10"], root, folder, train=t,
                         download=config.download,
                         files="the python version (cifar-10-python.tar.gz, unpacked)")
                   for t in (True, False))

    def split(ds) -> Split:
        images = torch.from_numpy(ds.data).permute(0, 3, 1, 2).contiguous()
        return Split(images, torch.tensor(ds.targets, dtype=torch.int64))

    return DataBundle("cifar10", LABELS["cifar10"], str(folder), split(train), split(test),
                      list(train.classes))


def _open(cls, label: str, root: Path, folder: Path, *, train: bool, download: bool,
          files: str = ", ".join(MNIST_FILES)):
    """Open a torchvision dataset, turning its errors into ones that name the folder."""
    try:
        return cls(str(root), train=train, download=False)
    except RuntimeError as e:
        if "not found" not in str(e).lower():
            raise TrainingError("dataset_corrupt", dataset=label, folder=str(folder),
                                reason=_first_line(e)) from None
    except Exception as e:  # a damaged file: torchvision asserts, reshapes, unpickles
        raise TrainingError("dataset_corrupt", dataset=label, folder=str(folder),
                            reason=_first_line(e)) from None
    if not download:
        raise TrainingError("dataset_missing", dataset=label, folder=str(folder),
                            reason=" (or is damaged), and downloading is off", files=files)
    try:
        root.mkdir(parents=True, exist_ok=True)
        return cls(str(root), train=train, download=True)
    except Exception as e:  # offline: URLError, socket errors, torchvision's RuntimeError
        raise TrainingError("dataset_missing", dataset=label, folder=str(folder),
                            reason=f", and downloading it failed ({_first_line(e)})",
                            files=files) from None


def _first_line(e: BaseException) -> str:
    """The error's text on one line (torchvision's download errors span several)."""
    text = " ".join(line.strip() for line in str(e).splitlines() if line.strip())
    return (text or type(e).__name__)[:300]


# --- image folders ----------------------------------------------------------------------

def _load_folder(config: TrainConfig, design: Design | None) -> DataBundle:
    from torchvision.datasets import ImageFolder

    root = Path(config.data_dir or "")
    if not root.is_dir():
        raise TrainingError("folder_missing", folder=str(root))
    channels = design.input.channels if design is not None else 3
    if channels not in (1, 3):
        raise TrainingError("channel_mismatch", dataset=f"The images of {root}", data_channels=3,
                            design_channels=channels)
    if config.resize:
        size = (config.resize, config.resize)
    else:
        size = (design.input.height, design.input.width) if design is not None else (224, 224)
    subs = {p.name.lower(): p for p in root.iterdir() if p.is_dir()}
    held = next((subs[n] for n in HELD_OUT_NAMES if n in subs), None)
    try:
        if "train" in subs and held is not None:
            train_ds, test_ds = ImageFolder(str(subs["train"])), ImageFolder(str(held))
            if test_ds.classes != train_ds.classes:
                raise FileNotFoundError(f"{held.name}/ has classes {test_ds.classes}, "
                                        f"train/ has {train_ds.classes}")
            train_items, test_items = train_ds.samples, test_ds.samples
        else:
            train_ds = ImageFolder(str(root))
            train_items, test_items = _split_held_out(train_ds.samples)
    except (FileNotFoundError, OSError) as e:
        raise TrainingError("folder_empty", folder=str(root), reason=_first_line(e)) from None
    if config.train_limit is not None:
        train_items = train_items[:config.train_limit]
    if config.test_limit is not None:
        test_items = test_items[:config.test_limit]
    gb = (len(train_items) + len(test_items)) * channels * size[0] * size[1] / 1e9
    if gb > FOLDER_LIMIT_GB:
        raise TrainingError("folder_too_large", folder=str(root), size=size[0], gb=f"{gb:.1f}",
                            limit_gb=f"{FOLDER_LIMIT_GB:g}")
    mode = "L" if channels == 1 else "RGB"
    notes = [Note("folder_grayscale")] if mode == "L" else []
    if held is None:
        notes.append(Note("folder_held_out", names="/".join(HELD_OUT_NAMES),
                          count=len(test_items)))
    return DataBundle("folder", f"{LABELS['folder']} {root}", str(root),
                      _decode(train_items, mode, size, root), _decode(test_items, mode, size, root),
                      list(train_ds.classes), test_name="held-out", notes=notes)


def _split_held_out(items: list[tuple[str, int]]) -> tuple[list, list]:
    """Every tenth image (of each class, in file order) is held out."""
    seen: dict[int, int] = {}
    train, test = [], []
    for item in items:
        k = seen.get(item[1], 0)
        seen[item[1]] = k + 1
        (test if k % 10 == 9 else train).append(item)
    return train, test


def _decode(items: list[tuple[str, int]], mode: str, size: tuple[int, int], root: Path) -> Split:
    """Decode image files once into a uint8 tensor, resized to ``size`` (H, W)."""
    import numpy as np
    from PIL import Image

    def one(path: str) -> np.ndarray:
        try:
            with Image.open(path) as im:
                im = im.convert(mode).resize((size[1], size[0]), Image.BILINEAR)
                return np.array(im, dtype=np.uint8)
        except (OSError, ValueError, Image.DecompressionBombError) as e:
            raise TrainingError("dataset_corrupt", dataset=f"Image {path}", folder=str(root),
                                reason=_first_line(e)) from None

    c = 1 if mode == "L" else 3
    images = torch.empty((len(items), c, size[0], size[1]), dtype=torch.uint8)
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
        for i, arr in enumerate(pool.map(one, (p for p, _ in items))):
            images[i] = torch.from_numpy(arr.reshape(size[0], size[1], c)).permute(2, 0, 1)
    targets = torch.tensor([t for _, t in items], dtype=torch.int64)
    return Split(images, targets)


# --- the input path -----------------------------------------------------------------------

def channel_plan(bundle: DataBundle, design: Design) -> tuple[str, str | None]:
    """How images meet the design's input channels: ("same" | "repeat" | "gray", note)."""
    have, want = bundle.channels, design.input.channels
    if have == want:
        return "same", None
    if have == 1 and want == 3:
        return "repeat", Note("channels_repeated", dataset=bundle.label)
    if have == 3 and want == 1:
        return "gray", Note("channels_gray", dataset=bundle.label)
    raise TrainingError("channel_mismatch", dataset=bundle.label, data_channels=have,
                        design_channels=want)


class InputPipeline:
    """uint8 batches -> normalised float batches on the device: channel conversion,
    optional augmentation (random crop with zero padding, horizontal flip), resize by
    interpolation, then per-channel normalisation with the training split's statistics."""

    def __init__(self, train: Split, *, size: tuple[int, int] | None, channel_mode: str = "same",
                 augment: bool = False, channels_last: bool = False,
                 device: torch.device | str = "cpu",
                 stats: tuple[list[float], list[float]] | None = None):
        self.native = (int(train.images.shape[2]), int(train.images.shape[3]))
        self.size = tuple(size) if size else self.native
        self.channel_mode = channel_mode
        self.augment = augment
        self.channels_last = channels_last
        self.device = torch.device(device)
        self.mean, self.std = stats or self.statistics(train.images)
        # (v/255 - mean)/std as one multiply-add on 0..255 values
        self._scale = torch.tensor([1.0 / (255 * s) for s in self.std],
                                   device=self.device).view(1, -1, 1, 1)
        self._shift = torch.tensor([-m / s for m, s in zip(self.mean, self.std)],
                                   device=self.device).view(1, -1, 1, 1)

    def statistics(self, images: torch.Tensor, limit: int = 10000) -> tuple[list[float], list[float]]:
        """Per-channel mean and std (of values in 0..1) after channel conversion."""
        x = self._channels(images[:limit].float().div_(255))
        std = x.std(dim=(0, 2, 3)).clamp_min(1e-3)
        return x.mean(dim=(0, 2, 3)).tolist(), std.tolist()

    def _channels(self, x: torch.Tensor) -> torch.Tensor:
        if self.channel_mode == "repeat":
            return x.expand(-1, 3, -1, -1)
        if self.channel_mode == "gray":
            w = torch.tensor(GRAY_WEIGHTS, device=x.device, dtype=x.dtype).view(1, 3, 1, 1)
            return (x * w).sum(dim=1, keepdim=True)
        return x

    def __call__(self, images: torch.Tensor, train: bool = False) -> torch.Tensor:
        """A uint8 batch [N, C, H, W] (any device) -> the model's float input."""
        x = images.to(self.device, non_blocking=True).float()  # 0..255
        if train and self.augment:
            x = random_crop_flip(x)
        # normalise before resizing: bilinear weights sum to 1, so the result is the same,
        # and the multiply-add runs on the small image
        x = torch.addcmul(self._shift, self._channels(x), self._scale)
        if self.size != self.native:
            down = self.size[0] < self.native[0] or self.size[1] < self.native[1]
            x = F.interpolate(x, size=self.size, mode="bilinear", align_corners=False,
                              antialias=down)
        if self.channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        return x


def random_crop_flip(x: torch.Tensor) -> torch.Tensor:
    """Per-image random crop after zero padding by 1/8 of the side, and a random
    horizontal flip: torchvision's RandomCrop(padding) + RandomHorizontalFlip, on tensors."""
    n, c, h, w = x.shape
    ph, pw = max(1, h // 8), max(1, w // 8)
    padded = F.pad(x, (pw, pw, ph, ph))
    oy = torch.randint(0, 2 * ph + 1, (n,), device=x.device)
    ox = torch.randint(0, 2 * pw + 1, (n,), device=x.device)
    flip = torch.rand(n, device=x.device) < 0.5
    cols = torch.arange(w, device=x.device)
    cols = torch.where(flip[:, None], cols.flip(0), cols) + ox[:, None]  # [n, w]
    rows = torch.arange(h, device=x.device) + oy[:, None]  # [n, h]
    batch = torch.arange(n, device=x.device)[:, None, None]
    out = padded.permute(0, 2, 3, 1)[batch, rows[:, :, None], cols[:, None, :]]  # [n, h, w, c]
    return out.permute(0, 3, 1, 2).contiguous()


def epoch_batches(n: int, batch_size: int, *, seed: int, epoch: int, rank: int = 0,
                  world_size: int = 1) -> list[torch.Tensor]:
    """This process's batches of example indices for an epoch: a DistributedSampler
    shuffle (the same for a given seed and epoch, so a resumed run sees the same
    order), cut into batches. A last batch of one image is dropped (BatchNorm needs two)."""
    sampler = DistributedSampler(range(n), num_replicas=world_size, rank=rank, shuffle=True,
                                 seed=seed, drop_last=False)
    sampler.set_epoch(epoch)
    order = torch.tensor(list(sampler), dtype=torch.int64)
    batches = list(order.split(batch_size))
    if len(batches) > 1 and len(batches[-1]) < 2:
        batches.pop()
    return batches
