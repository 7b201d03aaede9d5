"""Key names of other ResNet code, mapped to the studio's (torchvision's) names.

* d2l.ai's chapter builds ``net = nn.Sequential(b1, b2, b3, b4, b5, pool, flatten,
  linear)``: keys ``0.0.weight`` (the stem conv), ``1.0.conv1.weight``, ``2.0.conv3``
  (its 1x1 shortcut), ``7.weight`` (the linear head). d2l's later class version puts
  them under ``net.`` with ``b2``..``b5`` and ``last.2``; both are understood.
* timm's ResNetV2 (pre-activation) names ``stem.conv``, ``stages.0.blocks.0.norm1``,
  ``downsample.conv``, ``norm`` and a 1x1-conv head ``head.fc``.

timm's ResNet, ResNet-D and SE-ResNet need no mapping: the builder uses their names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import torch

Converter = Callable[[Mapping[str, torch.Tensor]], "dict[str, torch.Tensor] | None"]

_D2L_BLOCK = re.compile(r"^(\d+)\.(conv[123]|bn[12])\.(.+)$")


def from_d2l(state: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor] | None:
    """d2l's nn.Sequential keys as the studio's, or None when ``state`` is not d2l's."""
    out: dict[str, torch.Tensor] = {}
    for key, value in state.items():
        k = key[4:] if key.startswith("net.") else key
        top, _, rest = k.partition(".")
        if top == "last":
            top = "linear"
        elif top.startswith("b") and top[1:].isdigit():
            top = str(int(top[1:]) - 1)
        new = _d2l_key(top, rest, value)
        if new is None:
            return None
        out[new] = value
    return out


def _d2l_key(top: str, rest: str, value: torch.Tensor) -> str | None:
    if top == "0":  # b1: conv, BN, ReLU, max-pool
        index, _, field = rest.partition(".")
        return {"0": f"conv1.{field}", "1": f"bn1.{field}"}.get(index)
    if top == "linear" or (top.isdigit() and int(top) >= 5 and value.dim() <= 2):
        field = rest.rpartition(".")[2]
        return f"fc.{field}" if field in ("weight", "bias") else None
    m = _D2L_BLOCK.match(rest)
    if not top.isdigit() or m is None:
        return None
    block, layer, field = m.groups()
    layer = "downsample.0" if layer == "conv3" else layer
    return f"layer{top}.{block}.{layer}.{field}"


_V2_BLOCK = re.compile(r"^stages\.(\d+)\.blocks\.(\d+)\.(norm[123]|conv[123]|downsample\.conv)\.(.+)$")


def from_timm_v2(state: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor] | None:
    """timm ResNetV2 keys as the studio's (pre-activation design), or None."""
    out: dict[str, torch.Tensor] = {}
    for key, value in state.items():
        m = _V2_BLOCK.match(key)
        if m:
            stage, block, layer, field = m.groups()
            layer = ("downsample.0" if layer == "downsample.conv"
                     else layer.replace("norm", "bn"))
            out[f"layer{int(stage) + 1}.{block}.{layer}.{field}"] = value
        elif key.startswith("stem.conv."):
            out["conv1." + key[len("stem.conv."):]] = value
        elif key.startswith("norm."):
            out["final_bn." + key[len("norm."):]] = value
        elif key in ("head.fc.weight", "head.fc.bias"):
            out[key[len("head."):]] = value.flatten(1) if value.dim() == 4 else value
        else:
            return None
    return out


def to_timm_v2(state: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The studio's pre-activation keys as timm ResNetV2's (the inverse of from_timm_v2)."""
    out: dict[str, torch.Tensor] = {}
    block = re.compile(r"^layer(\d+)\.(\d+)\.(bn[123]|conv[123]|downsample\.0)\.(.+)$")
    for key, value in state.items():
        m = block.match(key)
        if m:
            stage, index, layer, field = m.groups()
            layer = "downsample.conv" if layer == "downsample.0" else layer.replace("bn", "norm")
            out[f"stages.{int(stage) - 1}.blocks.{index}.{layer}.{field}"] = value
        elif key.startswith("conv1."):
            out["stem.conv." + key[len("conv1."):]] = value
        elif key.startswith("final_bn."):
            out["norm." + key[len("final_bn."):]] = value
        elif key == "fc.weight":
            out["head.fc.weight"] = value[:, :, None, None]
        elif key == "fc.bias":
            out["head.fc.bias"] = value
        else:
            out[key] = value
    return out


CONVERTERS: dict[str, Converter] = {"d2l": from_d2l, "timm-resnetv2": from_timm_v2}
