"""Named designs: the d2l network, torchvision's and timm's ResNets, He et al.'s CIFAR nets."""

from __future__ import annotations

from collections.abc import Callable

from resnet_studio.core.design.design import Design, HeadSpec, InputSpec, StageSpec, StemSpec
from resnet_studio.core.design.problems import DesignError, Problem


def _stages(kind: str, channels: list[int], blocks: list[int], strides: list[int],
            shortcut: str = "auto", **extra) -> list[StageSpec]:
    return [StageSpec(channels=c, blocks=n, stride=s, kind=kind, shortcut=shortcut, **extra)
            for c, n, s in zip(channels, blocks, strides)]


def _d2l(plain: bool = False) -> Design:
    """d2l.ai's ResNet-18 for Fashion-MNIST: biased convs, no BN on the 1x1 shortcut."""
    return Design(
        name="d2l-resnet18-plain" if plain else "d2l-resnet18",
        input=InputSpec(1, 224, 224),
        stem=StemSpec(channels=64).with_kind("imagenet"),
        stages=_stages("basic", [64, 128, 256, 512], [2, 2, 2, 2], [1, 2, 2, 2],
                       shortcut="none" if plain else "auto"),
        head=HeadSpec(10),
        conv_bias=True,
        projection_bn=False,
    )


def _torchvision(name: str, kind: str, blocks: list[int], **extra) -> Callable[[], Design]:
    base = [64, 128, 256, 512]
    mult = 4 if kind == "bottleneck" else 1

    def make() -> Design:
        return Design(
            name=name,
            input=InputSpec(3, 224, 224),
            stem=StemSpec(channels=64).with_kind("imagenet"),
            stages=_stages(kind, [c * mult for c in base], blocks, [1, 2, 2, 2], **extra),
            head=HeadSpec(1000),
            conv_bias=False,
            projection_bn=True,
        )

    return make


def _cifar(depth: int, plain: bool = False) -> Callable[[], Design]:
    """He et al. 2016, section 4.2: 6n+2 layers, 16-32-64 channels, 32x32 input.

    Where the shape changes the shortcut is the paper's option A (stride-2 subsampling
    and zero channels, no parameters); set ``auto_shortcut`` to "projection" for
    option B."""
    n = (depth - 2) // 6

    def make() -> Design:
        return Design(
            name=f"cifar-resnet{depth}" + ("-plain" if plain else ""),
            input=InputSpec(3, 32, 32),
            stem=StemSpec(channels=16).with_kind("cifar"),
            stages=_stages("basic", [16, 32, 64], [n, n, n], [1, 2, 2],
                           shortcut="none" if plain else "auto"),
            head=HeadSpec(10),
            conv_bias=False,
            projection_bn=True,
            auto_shortcut="zero-pad",
        )

    return make


def _timm(name: str, kind: str, blocks: list[int], **options) -> Callable[[], Design]:
    """timm's ResNet variants: ResNet-D (deep stem, avg-down), SE-ResNet, ResNetV2
    (pre-activation, no BN on the projection)."""
    deep = options.pop("deep_stem", False)

    def make() -> Design:
        d = _torchvision(name, kind, blocks)()
        if deep:
            d.stem.style = "deep"
        for key, value in options.items():
            setattr(d, key, value)
        return d

    return make


PRESETS: dict[str, Callable[[], Design]] = {
    "d2l-resnet18": _d2l,
    "d2l-resnet18-plain": lambda: _d2l(plain=True),
    "resnet18": _torchvision("resnet18", "basic", [2, 2, 2, 2]),
    "resnet34": _torchvision("resnet34", "basic", [3, 4, 6, 3]),
    "resnet50": _torchvision("resnet50", "bottleneck", [3, 4, 6, 3]),
    "resnet101": _torchvision("resnet101", "bottleneck", [3, 4, 23, 3]),
    "resnet152": _torchvision("resnet152", "bottleneck", [3, 8, 36, 3]),
    "resnext50_32x4d": _torchvision("resnext50_32x4d", "bottleneck", [3, 4, 6, 3],
                                    groups=32, width_per_group=4),
    "wide_resnet50_2": _torchvision("wide_resnet50_2", "bottleneck", [3, 4, 6, 3],
                                    width_per_group=128),
    "resnet26d": _timm("resnet26d", "bottleneck", [2, 2, 2, 2], deep_stem=True,
                       auto_shortcut="avg-down"),
    "resnet50d": _timm("resnet50d", "bottleneck", [3, 4, 6, 3], deep_stem=True,
                       auto_shortcut="avg-down"),
    "seresnet50": _timm("seresnet50", "bottleneck", [3, 4, 6, 3], se_ratio=16),
    "resnetv2_50": _timm("resnetv2_50", "bottleneck", [3, 4, 6, 3], block_order="pre",
                         projection_bn=False),
    "cifar-resnet20": _cifar(20),
    "cifar-resnet32": _cifar(32),
    "cifar-resnet44": _cifar(44),
    "cifar-resnet56": _cifar(56),
    "cifar-resnet110": _cifar(110),
    "cifar-resnet1202": _cifar(1202),
    "cifar-resnet20-plain": _cifar(20, plain=True),
    "cifar-resnet56-plain": _cifar(56, plain=True),
}

# Presets whose state_dict loads into torchvision.models.<name>() with strict=True.
TORCHVISION_PRESETS = ("resnet18", "resnet34", "resnet50", "resnet101", "resnet152",
                       "resnext50_32x4d", "wide_resnet50_2")
# Presets whose state_dict loads into timm.create_model(<name>) with strict=True
# (resnetv2_50 through core.export.weights' key mapping: timm names it differently).
TIMM_PRESETS = ("resnet26d", "resnet50d", "seresnet50", "resnetv2_50")


def preset_names() -> list[str]:
    return list(PRESETS)


def preset(name: str) -> Design:
    """A fresh copy of a named design, e.g. ``preset("d2l-resnet18")``."""
    try:
        return PRESETS[name]()
    except KeyError:
        raise DesignError([Problem("unknown_preset", {
            "name": name, "choices": ", ".join(PRESETS)})]) from None
