"""Datasets through torchvision, their fault messages, and the tensor input path."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import replace
from urllib.error import URLError

import pytest
import torch

from resnet_studio.core import paths
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.data import (
    FASHION_CLASSES,
    MNIST_FILES,
    InputPipeline,
    Split,
    channel_plan,
    epoch_batches,
    load_data,
    random_crop_flip,
    resolve_dataset,
    sample_root,
)

# md5 of the uncompressed sample files (shared/datasets/fashion-mnist-sample/README.md)
SAMPLE_MD5 = {
    "train-images-idx3-ubyte": "d2b1c013032432d4d36fbe5b9fc127b5",
    "train-labels-idx1-ubyte": "0f583757022c6770313bd826b9f74eff",
    "t10k-images-idx3-ubyte": "f693e03fae651b270c73e966b8548621",
    "t10k-labels-idx1-ubyte": "824079d7f7453f664161390ffbc0c2ca",
}


def test_the_embedded_sample_loads_offline_without_torchvision():
    """Read from the shipped .gz files in place (nothing unpacked), and without importing
    torchvision (over a second of import that stalled the window)."""
    code = ("import sys; from resnet_studio.core.training.config import TrainConfig; "
            "from resnet_studio.core.training.data import load_data; "
            "b = load_data(TrainConfig(dataset='fashion-mnist-sample')); "
            "print(len(b.train), len(b.test), 'torchvision' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out == ["2500", "970", "False"]
    bundle = load_data(TrainConfig(dataset="fashion-mnist-sample"))
    assert (len(bundle.train), len(bundle.test)) == (2500, 970)
    assert bundle.train.images.shape == (2500, 1, 28, 28)
    assert bundle.train.images.dtype == torch.uint8 and bundle.train.targets.dtype == torch.int64
    assert bundle.class_names == FASHION_CLASSES and bundle.test_name == "held-out"
    assert torch.bincount(bundle.train.targets).min() >= 200  # balanced classes
    assert not (paths.datasets_dir() / "fashion-mnist-sample").exists()  # nothing written


def test_the_sample_reads_the_same_through_torchvision():
    """The reader and torchvision's FashionMNIST (d2l's pipeline in the benchmarks)
    agree image for image; sample_root unpacks for torchvision into the user's folder."""
    from torchvision.datasets import FashionMNIST

    bundle = load_data(TrainConfig(dataset="fashion-mnist-sample"))
    raw = sample_root() / "FashionMNIST" / "raw"
    assert raw.parent.parent.parent == paths.datasets_dir()  # unpacked for the user, not shipped
    for name, md5 in SAMPLE_MD5.items():
        assert hashlib.md5((raw / name).read_bytes()).hexdigest() == md5
    for train, split in ((True, bundle.train), (False, bundle.test)):
        ds = FashionMNIST(str(sample_root()), train=train, download=False)
        assert torch.equal(ds.data.unsqueeze(1), split.images)
        assert torch.equal(ds.targets, split.targets)


@pytest.mark.parametrize("damage, words", [
    (b"\x00\x00\x08\x03" + b"\x00" * 40, "needs 0"),
    (b"\x01\x02", "bad magic number"),
    (b"\x00\x00\x0d\x03" + b"\x00" * 12, "element type"),
    (b"\x00\x00\x08\x03\x00\x00", "cut or damaged IDX header"),
])
def test_damaged_idx_files_say_what_is_wrong(damage, words):
    raw = paths.datasets_dir() / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in MNIST_FILES:
        shutil.copy(sample_root() / "FashionMNIST" / "raw" / name, raw / name)
    (raw / "t10k-images-idx3-ubyte").write_bytes(damage)
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="mnist", download=False))
    assert info.value.code == "dataset_corrupt" and words in info.value.message
    assert str(raw) in info.value.message


def test_images_and_labels_of_different_counts_are_corrupt():
    raw = paths.datasets_dir() / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    for name in MNIST_FILES:
        shutil.copy(sample_root() / "FashionMNIST" / "raw" / name, raw / name)
    shutil.copy(raw / "t10k-labels-idx1-ubyte", raw / "train-labels-idx1-ubyte")
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="fashion-mnist"))
    assert "2,500 images but 970 labels" in info.value.message


def test_auto_is_the_sample_until_the_full_set_is_on_disk():
    assert resolve_dataset(TrainConfig()) == "fashion-mnist-sample"
    full = paths.datasets_dir() / "FashionMNIST" / "raw"
    full.mkdir(parents=True)
    for name in MNIST_FILES:  # stand-in: the sample's files where the full set goes
        shutil.copy(sample_root() / "FashionMNIST" / "raw" / name, full / name)
    assert resolve_dataset(TrainConfig()) == "fashion-mnist"
    bundle = load_data(TrainConfig(train_limit=100))
    assert bundle.name == "fashion-mnist" and bundle.test_name == "test"
    assert len(bundle.train) == 100 and bundle.folder == str(full)


@pytest.fixture
def offline(monkeypatch):
    """Downloads fail as they do without a network."""
    import torchvision.datasets.cifar as cifar
    import torchvision.datasets.mnist as mnist

    def no_network(url, *args, **kwargs):
        raise URLError("[Errno -3] Temporary failure in name resolution")

    monkeypatch.setattr(mnist, "download_and_extract_archive", no_network)
    monkeypatch.setattr(cifar, "download_and_extract_archive", no_network)


@pytest.mark.parametrize("dataset, folder", [("fashion-mnist", "FashionMNIST/raw"),
                                             ("mnist", "MNIST/raw"),
                                             ("cifar10", "cifar-10-batches-py")])
def test_a_missing_dataset_offline_names_the_folder_and_how_to_fill_it(offline, dataset, folder):
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset=dataset))
    e = info.value
    where = str(paths.datasets_dir() / folder)
    assert e.code == "dataset_missing"
    assert where in e.message and "downloading it failed" in e.message
    assert "Temporary failure in name resolution" in e.message
    assert where in e.fix and "fashion-mnist-sample" in e.fix


def test_with_download_off_a_missing_dataset_says_so(offline, tmp_path):
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="mnist", download=False, data_dir=str(tmp_path)))
    assert info.value.code == "dataset_missing"
    assert "downloading is off" in info.value.message
    assert str(tmp_path / "MNIST" / "raw") in info.value.message


def test_a_damaged_dataset_file_is_reported_as_corrupt():
    raw = paths.datasets_dir() / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    for name in MNIST_FILES:
        shutil.copy(sample_root() / "FashionMNIST" / "raw" / name, raw / name)
    (raw / "train-images-idx3-ubyte").write_bytes(b"\x00\x00\x08\x03" + b"\x00" * 40)
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="fashion-mnist"))
    assert info.value.code == "dataset_corrupt" and str(raw) in info.value.message
    assert "download them again" in info.value.fix


def _image_folder(root, classes=("cat", "dog"), per_class=10, size=(12, 10)):
    from PIL import Image

    for k, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            colour = (40 + 150 * k, 20 * i % 255, 90)
            Image.new("RGB", size, colour).save(root / name / f"{i:03d}.png")


def test_an_image_folder_is_decoded_once_with_every_tenth_image_held_out(tmp_path, tiny_design):
    _image_folder(tmp_path / "pets")
    config = TrainConfig(dataset="folder", data_dir=str(tmp_path / "pets"), resize=None)
    bundle = load_data(config, tiny_design)
    assert bundle.class_names == ["cat", "dog"]
    assert (len(bundle.train), len(bundle.test)) == (18, 2)
    assert bundle.train.images.shape == (18, 1, 28, 28)  # the design's size and channels
    assert any("grayscale" in n for n in bundle.notes)
    assert bundle.test.targets.tolist() == [0, 1]
    tiny_design.input.channels = 3
    rgb = load_data(replace(config, resize=16), tiny_design)
    assert rgb.train.images.shape == (18, 3, 16, 16) and not rgb.notes[:-1]


def test_an_image_folder_with_train_and_val_uses_both(tmp_path):
    _image_folder(tmp_path / "d" / "train", per_class=3)
    _image_folder(tmp_path / "d" / "val", per_class=2)
    bundle = load_data(TrainConfig(dataset="folder", data_dir=str(tmp_path / "d"), resize=8))
    assert (len(bundle.train), len(bundle.test)) == (6, 4)
    assert bundle.test_name == "held-out" and bundle.notes == []


def test_image_folder_faults_name_the_folder(tmp_path):
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="folder", data_dir=str(tmp_path / "nowhere")))
    assert info.value.code == "folder_missing" and "nowhere" in info.value.message
    (tmp_path / "empty" / "cat").mkdir(parents=True)
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="folder", data_dir=str(tmp_path / "empty")))
    assert info.value.code == "folder_empty" and "one sub-folder per class" in info.value.fix
    _image_folder(tmp_path / "bad", per_class=2)
    (tmp_path / "bad" / "cat" / "broken.png").write_bytes(b"not a png")
    with pytest.raises(TrainingError) as info:
        load_data(TrainConfig(dataset="folder", data_dir=str(tmp_path / "bad")))
    assert info.value.code == "dataset_corrupt" and "broken.png" in info.value.message
    with pytest.raises(TrainingError) as info:
        TrainConfig.from_dict({"dataset": "folder"})
    assert info.value.code == "bad_config" and "data_dir" in info.value.message


def _split(n=64, c=1, h=28, w=28) -> Split:
    g = torch.Generator().manual_seed(0)
    return Split(torch.randint(0, 256, (n, c, h, w), dtype=torch.uint8, generator=g),
                 torch.arange(n) % 10)


def test_the_input_path_normalises_and_resizes_on_the_device():
    train = _split()
    pipe = InputPipeline(train, size=(96, 96))
    x = pipe(train.images)
    assert x.shape == (64, 1, 96, 96) and x.dtype == torch.float32
    assert abs(x.mean().item()) < 0.05  # (interpolation smooths noise, so its std drops)
    native = InputPipeline(train, size=None)(train.images)
    expected = (train.images.float() / 255 - pipe.mean[0]) / pipe.std[0]
    assert torch.allclose(native, expected, atol=1e-5)
    last = InputPipeline(train, size=(32, 32), channels_last=True)(train.images)
    assert last.is_contiguous(memory_format=torch.channels_last)


def test_channel_conversions_are_planned_and_announced(tiny_design):
    gray = _split(c=1)
    pipe = InputPipeline(gray, size=None, channel_mode="repeat")
    x = pipe(gray.images)
    assert x.shape[1] == 3 and torch.equal(x[:, 0], x[:, 2])
    rgb = _split(c=3)
    assert InputPipeline(rgb, size=None, channel_mode="gray")(rgb.images).shape[1] == 1
    bundle = load_data(TrainConfig(dataset="fashion-mnist-sample", train_limit=8, test_limit=8))
    assert channel_plan(bundle, tiny_design) == ("same", None)
    tiny_design.input.channels = 3
    mode, note = channel_plan(bundle, tiny_design)
    assert mode == "repeat" and "repeated 3 times" in note
    tiny_design.input.channels = 4
    with pytest.raises(TrainingError) as info:
        channel_plan(bundle, tiny_design)
    assert info.value.code == "channel_mismatch" and "Set the design's input channels to 1" in info.value.fix


def test_random_crop_flip_shifts_and_mirrors_each_image():
    torch.manual_seed(0)
    x = torch.rand(16, 2, 8, 8)
    out = random_crop_flip(x)
    assert out.shape == x.shape
    padded = torch.nn.functional.pad(x, (1, 1, 1, 1))
    flips = 0
    for i in range(16):
        candidates = [(padded[i, :, oy:oy + 8, ox:ox + 8], flip)
                      for oy in range(3) for ox in range(3) for flip in (False, True)]
        matches = [f for crop, f in candidates if torch.equal(out[i], crop.flip(-1) if f else crop)]
        assert matches, f"image {i} is not a crop of its padded self"
        flips += matches[0]
    assert 0 < flips < 16


def test_epoch_batches_shuffle_by_epoch_and_split_across_processes():
    a = epoch_batches(100, 32, seed=0, epoch=0)
    assert [len(b) for b in a] == [32, 32, 32, 4]
    assert sorted(torch.cat(a).tolist()) == list(range(100))
    assert all(torch.equal(x, y) for x, y in zip(a, epoch_batches(100, 32, seed=0, epoch=0)))
    assert not torch.equal(a[0], epoch_batches(100, 32, seed=0, epoch=1)[0])
    r0 = torch.cat(epoch_batches(100, 16, seed=0, epoch=0, rank=0, world_size=2))
    r1 = torch.cat(epoch_batches(100, 16, seed=0, epoch=0, rank=1, world_size=2))
    assert len(r0) == len(r1) == 50 and set(r0.tolist()) | set(r1.tolist()) == set(range(100))
    assert [len(b) for b in epoch_batches(33, 16, seed=0, epoch=0)] == [16, 16]  # no batch of 1
