"""What a trained network does with one image, and which predictions to look at first.

Torch and numpy only (no Qt): the training panel's feature-map view and prediction
gallery call these, and so can a notebook. Feature maps are the activations at the
stem's and each stage's output, the trace's shapes made visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.nn import functional


@dataclass
class Activation:
    """The output of one part of the network for one image: its name, the tensor's
    shape (batch 1 included, as the trace writes it) and the maps as (C, H, W)."""

    name: str  # "stem", "stage1", ...
    shape: tuple[int, ...]
    maps: np.ndarray  # float32, (C, H, W)


def watch_points(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """(name, module) whose outputs are the stem's and each stage's: the built
    model's max-pool (an Identity when the stem has no pool) and layer1..N."""
    points: list[tuple[str, nn.Module]] = []
    pool = getattr(model, "maxpool", None)
    if pool is not None:
        points.append(("stem", pool))
    names = getattr(model, "stage_names", None)
    if names is None:
        names = [n for n, _ in model.named_children() if n.startswith("layer")]
    for i, name in enumerate(names):
        points.append((f"stage{i + 1}", getattr(model, name)))
    return points


def prepare_image(image: np.ndarray | torch.Tensor, channels: int,
                  size: tuple[int, int] | None = None) -> torch.Tensor:
    """A uint8 image (H, W), (H, W, C) or (C, H, W) as a (1, C, H, W) float tensor in
    [0, 1], resized (bilinear) to ``size`` and with its channels matched to the
    design (grey repeated to 3, colour averaged to 1), as the network expects it."""
    t = torch.as_tensor(np.asarray(image))
    if t.ndim == 2:
        t = t.unsqueeze(0)
    elif t.ndim == 3 and t.shape[-1] in (1, 3, 4) and t.shape[0] not in (1, 3, 4):
        t = t.permute(2, 0, 1)
    if t.ndim != 3:
        raise ValueError(f"an image must have 2 or 3 dimensions, not shape {tuple(t.shape)}")
    t = t[:3].float()
    if t.max() > 1.0:
        t = t / 255.0
    if t.shape[0] != channels:
        t = t.mean(0, keepdim=True) if channels == 1 else t[:1].expand(channels, -1, -1)
    t = t.unsqueeze(0).contiguous()
    if size is not None and tuple(t.shape[-2:]) != tuple(size):
        t = functional.interpolate(t, size=tuple(size), mode="bilinear", align_corners=False)
    return t


@torch.no_grad()
def stage_activations(model: nn.Module, x: torch.Tensor) -> tuple[list[Activation], np.ndarray]:
    """Run one image (1, C, H, W) through the model in eval mode and keep the stem's
    and each stage's output; returns (activations, class probabilities). The model's
    train/eval mode is restored afterwards, so a training loop can call this between
    batches."""
    captured: list[tuple[str, torch.Tensor]] = []
    hooks = []
    for name, module in watch_points(model):
        hooks.append(module.register_forward_hook(
            lambda _m, _i, out, name=name: captured.append((name, out.detach()))))
    was_training = model.training
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    try:
        model.eval()
        logits = model(x.to(device))
    finally:
        for h in hooks:
            h.remove()
        model.train(was_training)
    probs = torch.softmax(logits.float(), dim=1)[0].cpu().numpy()
    acts = [Activation(name, tuple(out.shape), out[0].float().cpu().numpy())
            for name, out in captured]
    return acts, probs


def tile_maps(maps: np.ndarray, max_maps: int = 64, pad: int = 1) -> tuple[np.ndarray, int]:
    """The first ``max_maps`` channels of (C, H, W) laid out as a near-square grid,
    each map scaled to [0, 1] on its own, separated by NaN lines (drawn as gaps).
    Returns (grid image, number of maps shown)."""
    c, h, w = maps.shape
    n = max(1, min(c, max_maps))
    cols = int(np.ceil(np.sqrt(n)))
    rows = int(np.ceil(n / cols))
    grid = np.full((rows * (h + pad) - pad, cols * (w + pad) - pad), np.nan, np.float32)
    chosen = maps[:n].astype(np.float32)
    lo = chosen.reshape(n, -1).min(1)[:, None, None]
    hi = chosen.reshape(n, -1).max(1)[:, None, None]
    scaled = (chosen - lo) / np.where(hi - lo > 0, hi - lo, 1.0)
    for i in range(n):
        r, col = divmod(i, cols)
        grid[r * (h + pad): r * (h + pad) + h, col * (w + pad): col * (w + pad) + w] = scaled[i]
    return grid, n


def gallery_order(pred: list[int] | np.ndarray, target: list[int] | np.ndarray,
                  confidence: list[float] | np.ndarray) -> np.ndarray:
    """Indices of held-out predictions in the order worth looking at: mistakes first,
    the most confident mistakes first; then the correct ones, least confident first
    (the borderline cases)."""
    pred = np.asarray(pred)
    target = np.asarray(target)
    conf = np.asarray(confidence, dtype=np.float64)
    wrong = pred != target
    # lexsort: last key is primary. Mistakes (key 0) before correct ones (key 1);
    # within mistakes by descending confidence, within correct by ascending.
    secondary = np.where(wrong, -conf, conf)
    return np.lexsort((np.arange(len(pred)), secondary, (~wrong).astype(np.int8)))


def per_class_accuracy(confusion: list[list[int]] | np.ndarray) -> np.ndarray:
    """Per-class accuracy (recall) from a confusion matrix whose rows are the true
    classes; NaN for a class with no examples."""
    m = np.asarray(confusion, dtype=np.float64)
    if m.ndim != 2 or m.shape[0] == 0:
        return np.zeros(0)
    totals = m.sum(1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(m) / totals, np.nan)


@dataclass
class TrainedModel:
    """A checkpoint made ready to look at: the model (eval mode, CPU), its held-out
    data and the input pipeline it was trained with (same size, channels, statistics).
    Has the ``model``, ``data`` and ``pipeline`` a Trainer has after ``fit``."""

    model: nn.Module
    data: Any
    pipeline: Any
    design: Any
    epochs_done: int


def load_trained(checkpoint_path: str, test_limit: int = 2000) -> TrainedModel:
    """Load a checkpoint with the data of its run (the first ``test_limit`` held-out
    images, no download) to look at its predictions and feature maps. Raises the
    engine's TrainingError for a missing or damaged checkpoint or dataset."""
    from dataclasses import replace

    from resnet_studio.core.design.builder import build
    from resnet_studio.core.training.checkpoint import load_checkpoint
    from resnet_studio.core.training.data import InputPipeline, channel_plan, load_data

    ckpt = load_checkpoint(checkpoint_path)
    limit = min(ckpt.config.test_limit or test_limit, test_limit)
    config = replace(ckpt.config, test_limit=limit, download=False)
    data = load_data(config, ckpt.design)
    mode, _note = channel_plan(data, ckpt.design)
    shape = ckpt.data.get("input_shape")
    size = tuple(shape[1:]) if shape else (config.resize, config.resize) if config.resize else None
    stats = (ckpt.data["mean"], ckpt.data["std"]) if ckpt.data.get("mean") else None
    pipeline = InputPipeline(data.train, size=size, channel_mode=mode, stats=stats)
    model = build(ckpt.design, check=False)
    model.load_state_dict(ckpt.model)
    model.eval()
    return TrainedModel(model, data, pipeline, ckpt.design,
                        int(ckpt.progress.get("epoch", len(ckpt.history.get("epochs", [])))))


def predict(model: nn.Module, pipeline, images: torch.Tensor, classes: int | None = None,
            batch: int = 256) -> dict[str, list]:
    """Predicted class and its probability for uint8 images [N, C, H, W], in batches,
    among the first ``classes`` outputs (a head may have more outputs than the data has
    classes); the engine's ``predictions`` layout without the targets. The engine's
    evaluation path (:func:`resnet_studio.core.training.evaluation.predict`)."""
    from resnet_studio.core.training.evaluation import predict as evaluation_predict

    return evaluation_predict(model, pipeline, images, classes, batch)
