"""The training recipe's parts: weight initialisation, optimizer, learning-rate
schedule, and the network parts whose gradient norms the engine reports."""

from __future__ import annotations

import torch
from torch import nn

from resnet_studio.core.training.config import TrainConfig


def init_weights(model: nn.Module, kind: str) -> None:
    """d2l's Xavier (uniform, conv and linear weights), Kaiming (torchvision's: normal,
    fan-out, for convs) or PyTorch's default initialisation."""
    if kind == "default":
        return
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            if kind == "xavier":
                nn.init.xavier_uniform_(m.weight)
            elif isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
    zero_init = getattr(model, "zero_init_last", None)
    if callable(zero_init):  # the design's zero-init of each block's last BN (or conv) again
        zero_init()


def part_of(name: str) -> str:
    """Which part of the net a parameter belongs to: stem, stage<k> or head."""
    top = name.split(".", 1)[0]
    if top.startswith("layer"):
        return "stage" + top[5:]
    return "head" if top in ("fc", "final_bn") else "stem"


def _part_order(part: str) -> tuple[int, int]:
    if part == "stem":
        return (0, 0)
    if part == "head":
        return (2, 0)
    return (1, int(part[5:]))


def parts(model: nn.Module) -> tuple[list[str], list[list[nn.Parameter]]]:
    """The model's parts in order (stem, stage1.., head) and each one's parameters."""
    names = sorted({part_of(n) for n, _ in model.named_parameters()}, key=_part_order)
    params = [[p for n, p in model.named_parameters() if part_of(n) == part] for part in names]
    return names, params


def grad_norms(part_params: list[list[nn.Parameter]], device: torch.device) -> torch.Tensor:
    """The L2 norm of each part's gradient, on the device (no host sync)."""
    out = []
    for params in part_params:
        grads = [p.grad for p in params if p.grad is not None]
        if not grads:
            out.append(torch.zeros((), device=device))
            continue
        norms = torch._foreach_norm(grads)
        out.append(torch.linalg.vector_norm(torch.stack(norms).float()))
    return torch.stack(out)


def make_optimizer(model: nn.Module, c: TrainConfig) -> torch.optim.Optimizer:
    params = model.parameters()
    if c.optimizer == "sgd":
        return torch.optim.SGD(params, lr=c.lr, momentum=c.momentum, nesterov=c.nesterov,
                               weight_decay=c.weight_decay)
    cls = torch.optim.Adam if c.optimizer == "adam" else torch.optim.AdamW
    return cls(params, lr=c.lr, weight_decay=c.weight_decay)


def make_scheduler(opt: torch.optim.Optimizer, c: TrainConfig, steps_per_epoch: int):
    """A per-step schedule: step (x0.1 after each third of the run), cosine to 0, or one-cycle."""
    total = max(1, steps_per_epoch * c.epochs)
    if c.schedule == "step":
        every = steps_per_epoch * max(1, c.epochs // 3)
        return torch.optim.lr_scheduler.StepLR(opt, step_size=every, gamma=0.1)
    if c.schedule == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total)
    if c.schedule == "onecycle":
        cycle = c.optimizer != "sgd" or c.momentum > 0
        return torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=c.lr, total_steps=total,
                                                   cycle_momentum=cycle)
    return None
