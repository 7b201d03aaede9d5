"""Evaluation: a model's predictions over a split, in batches, and the held-out/test
metrics the engine reports at each epoch's end (the insight views reuse the same path)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import torch
from torch import nn

MAX_PREDICTIONS = 10_000


def _logits(model: nn.Module, pipeline: Callable[[torch.Tensor], torch.Tensor],
            images: torch.Tensor, batch: int, classes: int | None,
            autocast: Callable[[], AbstractContextManager] = nullcontext,
            ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """(indices, float logits among the first ``classes`` outputs) batch by batch, the
    model in eval mode meanwhile (its mode restored after)."""
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            for idx in torch.arange(images.shape[0]).split(batch):
                with autocast():
                    logits = model(pipeline(images[idx.to(images.device)]))
                yield idx, logits.float()[:, :classes]
    finally:
        model.train(was_training)


@torch.no_grad()
def predict(model: nn.Module, pipeline: Callable[[torch.Tensor], torch.Tensor],
            images: torch.Tensor, classes: int | None = None, batch: int = 256) -> dict[str, list]:
    """Predicted class and its probability for uint8 images [N, C, H, W], among the
    first ``classes`` outputs; the engine's ``predictions`` layout without targets."""
    preds, confs = [], []
    for _idx, logits in _logits(model, pipeline, images, batch, classes):
        conf, pred = torch.softmax(logits, dim=1).max(1)
        preds += pred.tolist()
        confs += conf.tolist()
    return {"index": list(range(len(preds))), "pred": preds, "confidence": confs}


@torch.no_grad()
def evaluate(model: nn.Module, pipeline: Callable[[torch.Tensor], torch.Tensor],
             images: torch.Tensor, targets: torch.Tensor, classes: int, batch: int,
             criterion: nn.Module, device: torch.device,
             autocast: Callable[[], AbstractContextManager] = nullcontext) -> dict[str, Any]:
    """Loss, accuracy, per-class accuracy, confusion matrix and the first 10,000
    predictions of a split ({} for an empty split)."""
    n, k = int(targets.shape[0]), classes
    if n == 0:
        return {}
    confusion = torch.zeros(k * k, dtype=torch.int64, device=device)
    loss_sum = torch.zeros((), device=device)
    preds, confs, kept = [], [], 0
    for idx, logits in _logits(model, pipeline, images, batch, k, autocast):
        y = targets[idx.to(targets.device)].to(device, non_blocking=True)
        loss_sum += criterion(logits, y) * y.shape[0]
        conf, pred = logits.softmax(1).max(1)
        confusion += torch.bincount(y * k + pred, minlength=k * k)
        if kept < MAX_PREDICTIONS:
            preds.append(pred)
            confs.append(conf)
            kept += len(pred)
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
            "target": targets[:keep].tolist(),
            "confidence": torch.cat(confs)[:keep].tolist(),
        },
    }
