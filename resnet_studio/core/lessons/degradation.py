"""Lesson 6, degradation (He et al. 2016, Figure 1): deeper plain nets train worse;
the residual twins do not. Plain-20/56 and ResNet-20/56 trained on the sample under
one fixed recipe, training error recorded as they go."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from resnet_studio.core.lessons.common import SEED, Control, cifar_design, normalise, sample_images

if TYPE_CHECKING:  # torch loads when the lesson runs: the window shows Recipe's numbers
    import torch

NETS = ((20, False), (56, False), (20, True), (56, True))


@dataclass(frozen=True)
class Recipe:
    """How each net is trained. The defaults fit in about 5 minutes on 2 CPU cores."""

    images: int = 512  # the first N training images of the sample (it has 2,500)
    size: int = 16  # images resized to size x size: 3x fewer pixels than 28x28
    batch: int = 32
    epochs: int = 6
    lr: float = 0.05
    momentum: float = 0.9
    budget_s: float = 300.0  # for all four nets: each stops at its share


def train_one(depth: int, shortcuts: bool, x: torch.Tensor, y: torch.Tensor, recipe: Recipe,
              control: Control, deadline: float, done: float, share: float) -> dict[str, Any]:
    """Train one net from a seeded Xavier init; training error per logged point."""
    import torch
    from torch import nn

    from resnet_studio.core.design.builder import build
    from resnet_studio.core.training.recipe import init_weights

    design = cifar_design(depth, shortcuts)
    design.input.height = design.input.width = int(x.shape[-1])
    torch.manual_seed(SEED)
    model = build(design)
    init_weights(model, "xavier")
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=recipe.lr, momentum=recipe.momentum)
    n = x.shape[0]
    steps_per_epoch = max(1, n // recipe.batch)
    total = steps_per_epoch * recipe.epochs
    points: list[dict[str, float]] = []
    wrong = seen = 0
    stopped_early = False
    gen = torch.Generator().manual_seed(SEED)
    for epoch in range(recipe.epochs):
        order = torch.randperm(n, generator=gen)
        for b in range(steps_per_epoch):
            step = epoch * steps_per_epoch + b + 1
            control.progress(done + share * step / total,
                             f"{design.name}: step {step} of {total}")
            idx = order[b * recipe.batch:(b + 1) * recipe.batch]
            out = model(x[idx])
            loss = nn.functional.cross_entropy(out, y[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            wrong += int((out.argmax(1) != y[idx]).sum())
            seen += len(idx)
            if time.monotonic() > deadline:
                stopped_early = True
                break
        points.append({"epoch": epoch + (b + 1) / steps_per_epoch,
                       "train_error": wrong / max(seen, 1)})
        wrong = seen = 0
        if stopped_early:
            break
    return {"design": design.name, "depth": depth, "shortcuts": shortcuts,
            "points": points, "final_train_error": points[-1]["train_error"],
            "stopped_early": stopped_early}


def run(control: Control | None = None, recipe: Recipe | None = None) -> dict[str, Any]:
    """The four nets, one after the other, each within its share of the budget."""
    import torch

    control = control or Control()
    recipe = recipe or Recipe()
    images, labels = sample_images(recipe.images)
    x = normalise(torch.nn.functional.interpolate(
        images.float(), size=(recipe.size, recipe.size), mode="bilinear", antialias=True,
        align_corners=False))
    runs = []
    started = time.monotonic()
    for i, (depth, shortcuts) in enumerate(NETS):
        share = 1 / len(NETS)
        deadline = time.monotonic() + recipe.budget_s * share
        runs.append(train_one(depth, shortcuts, x, labels, recipe, control, deadline,
                              i * share, share))
    control.progress(1.0, "done")
    return {"recipe": asdict(recipe), "images": int(images.shape[0]), "runs": runs,
            "seconds": time.monotonic() - started, "shows_degradation": shows(runs)}


def shows(runs: list[dict[str, Any]]) -> dict[str, bool]:
    """Did the deeper net end with a higher training error than the shallower one?"""
    final = {(r["depth"], r["shortcuts"]): r["final_train_error"] for r in runs}
    out = {}
    for shortcuts, key in ((False, "plain_deeper_worse"), (True, "residual_deeper_worse")):
        if (20, shortcuts) in final and (56, shortcuts) in final:
            out[key] = final[(56, shortcuts)] > final[(20, shortcuts)]
    return out
