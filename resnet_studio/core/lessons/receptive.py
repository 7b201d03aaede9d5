"""Lesson 7, the receptive field grows: the square of input pixels one output of a
layer sees, from the trace (rf, cumulative stride, offset), checked by the gradient
of that output with respect to the image."""

from __future__ import annotations

from typing import Any

import torch

from resnet_studio.core.design.builder import build
from resnet_studio.core.design.design import Design
from resnet_studio.core.design.presets import preset
from resnet_studio.core.design.trace import trace
from resnet_studio.core.lessons.common import SEED, Control, normalise, sample_images

SIZE = 96  # d2l's recipe resizes Fashion-MNIST to 96x96


def lesson_design(size: int = SIZE) -> Design:
    """d2l's ResNet-18 at the size its recipe trains."""
    design = preset("d2l-resnet18")
    design.input.height = design.input.width = size
    return design


def points(design: Design) -> list[dict[str, Any]]:
    """The main path's outputs worth drawing: stem conv, pool, every block's output.
    Each with receptive field (rf), cumulative stride (jump) and the input coordinate
    of output pixel 0's centre (start)."""
    t = trace(design, design.input_shape(1))
    rf, jump, start = 1, 1, 0.0
    out = []
    for layer in t.layers:
        if layer.branch == "shortcut" or layer.error is not None:
            continue
        if layer.kind in ("Conv2d", "MaxPool2d"):
            start += ((layer.kernel - 1) / 2 - layer.padding) * jump
            rf, jump = layer.rf, layer.jump
            if layer.stage is None:
                out.append(_point(layer.path, layer.module, layer.out_shape, rf, jump, start))
        elif layer.kind == "ReLU" and layer.stage is not None and layer.branch == "":
            out.append(_point(layer.group, layer.module.rsplit(".", 1)[0], layer.out_shape,
                              rf, jump, start))
    return out


def _point(name, module, shape, rf, jump, start) -> dict[str, Any]:
    return {"layer": name, "module": module, "shape": list(shape), "rf": rf, "jump": jump,
            "start": start}


def square(point: dict[str, Any], row: int, col: int, size: int) -> dict[str, Any]:
    """The input square (clipped to the image) that output (row, col) sees."""
    half = (point["rf"] - 1) / 2
    cy, cx = point["start"] + row * point["jump"], point["start"] + col * point["jump"]
    top, left = cy - half, cx - half
    clip = [max(0, int(top)), max(0, int(left)),
            min(size - 1, int(top + point["rf"] - 1)), min(size - 1, int(left + point["rf"] - 1))]
    return {"centre": [cy, cx], "top": top, "left": left, "side": point["rf"], "clipped": clip}


def measured_boxes(design: Design, image: torch.Tensor,
                   wanted: list[tuple[str, int, int]]) -> list[list[int] | None]:
    """For each (module, row, col): the bounding box [top, left, bottom, right] of the
    input pixels on which that output depends (non-zero gradient). One forward pass."""
    torch.manual_seed(SEED)
    model = build(design).eval()
    modules = dict(model.named_modules())
    captured: dict[str, torch.Tensor] = {}
    handles = [modules[name].register_forward_hook(
        lambda _m, _i, out, name=name: captured.setdefault(name, out))
        for name in {w[0] for w in wanted}]
    x = image.clone().requires_grad_(True)
    try:
        model(x)
    finally:
        for h in handles:
            h.remove()
    boxes = []
    for name, row, col in wanted:
        (grad,) = torch.autograd.grad(captured[name][0, :, row, col].sum(), x,
                                      retain_graph=True)
        nz = (grad[0].abs().sum(0) > 0).nonzero()
        boxes.append(None if nz.numel() == 0 else [
            int(nz[:, 0].min()), int(nz[:, 1].min()), int(nz[:, 0].max()), int(nz[:, 1].max())])
    return boxes


def sample_image(size: int = SIZE, index: int = 0) -> torch.Tensor:
    """One sample image resized to size x size, normalised, shape (1, 1, size, size)."""
    images, _ = sample_images(index + 1)
    x = torch.nn.functional.interpolate(images[index:index + 1].float(), size=(size, size),
                                        mode="bilinear", align_corners=False)
    return normalise(x)


def run(control: Control | None = None, size: int = SIZE) -> dict[str, Any]:
    """Every point of the main path: its square around the centre output, and the
    box the gradient measures."""
    control = control or Control()
    design = lesson_design(size)
    image = sample_image(size)
    rows = []
    for p in points(design):
        r, c = p["shape"][2] // 2, p["shape"][3] // 2
        rows.append(dict(p, row=r, col=c, square=square(p, r, c, size)))
    control.progress(0.2, "forward and backward passes")
    boxes = measured_boxes(design, image, [(p["module"], p["row"], p["col"]) for p in rows])
    for p, box in zip(rows, boxes):
        p["measured"] = box
    control.progress(1.0, "done")
    return {"design": design.name, "size": size, "layers": rows}
