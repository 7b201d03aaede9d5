"""Lesson 5, gradient flow at initialisation: per-layer gradient norms after one
forward and backward pass on a batch of the sample, residual against plain nets."""

from __future__ import annotations

import math
from typing import Any

import torch
from torch import nn

from resnet_studio.core.design.builder import build
from resnet_studio.core.lessons.common import SEED, Control, cifar_design, normalise, sample_images
from resnet_studio.core.training.recipe import init_weights

DEPTHS = (20, 56, 110)
BATCH = 64


def weight_layers(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """Every conv and linear layer, in the order the builder creates them (input to
    output; a block's 1x1 shortcut conv comes after its second conv)."""
    return [(name, m) for name, m in model.named_modules()
            if isinstance(m, (nn.Conv2d, nn.Linear))]


def strip_batchnorm(model: nn.Module) -> nn.Module:
    """Replace every BatchNorm with an identity: the "without BatchNorm" variant."""
    for name, child in model.named_children():
        if isinstance(child, nn.BatchNorm2d):
            setattr(model, name, nn.Identity())
        else:
            strip_batchnorm(child)
    return model


def grad_norms(depth: int, shortcuts: bool, images: torch.Tensor, labels: torch.Tensor,
               batchnorm: bool = True) -> dict[str, Any]:
    """One forward/backward pass of a freshly built (seeded, Xavier) CIFAR net; the
    L2 norm of each conv/linear weight's gradient, input to output."""
    design = cifar_design(depth, shortcuts)
    torch.manual_seed(SEED)
    model = build(design)
    init_weights(model, "xavier")
    if not batchnorm:
        strip_batchnorm(model)
    model.train()
    loss = nn.functional.cross_entropy(model(normalise(images)), labels)
    loss.backward()
    layers = weight_layers(model)
    norms = [float(m.weight.grad.norm()) for _, m in layers]
    return {"design": design.name, "depth": depth, "shortcuts": shortcuts,
            "batchnorm": batchnorm, "layers": [name for name, _ in layers],
            "grad_norms": norms, "loss": loss.item()}


def spread(norms: list[float]) -> float:
    """max/min of the gradient norms: 1 is perfectly even; inf if one is zero."""
    low = min(norms)
    return max(norms) / low if low > 0 else math.inf


def run(control: Control | None = None, depths: tuple[int, ...] = DEPTHS,
        batchnorm: bool = True, batch: int = BATCH) -> dict[str, Any]:
    """Residual and plain nets at each depth; ``batchnorm=False`` strips BN."""
    control = control or Control()
    images, labels = sample_images(batch)
    runs = []
    jobs = [(d, s) for d in depths for s in (True, False)]
    for i, (depth, shortcuts) in enumerate(jobs):
        control.progress(i / len(jobs), f"depth {depth}, {'residual' if shortcuts else 'plain'}")
        r = grad_norms(depth, shortcuts, images, labels, batchnorm)
        r["spread"] = spread(r["grad_norms"])
        runs.append(r)
    control.progress(1.0, "done")
    return {"batch": int(images.shape[0]), "batchnorm": batchnorm, "seed": SEED, "runs": runs}
