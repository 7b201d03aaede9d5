"""The shape trace: every layer's output shape, parameters, MACs and receptive field.

Computed from the design with the output-size formula, not by running the network,
so it takes milliseconds even for ResNet-152 and works for designs that cannot be
built. Tests check it against a real forward pass and against torchinfo.

Mult-adds follow torchinfo's convention (MACs, not FLOPs): a conv counts its weight
and bias parameters times the output's N*H*W; BatchNorm and Linear count their
parameters times N.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from resnet_studio.core.design.design import (
    BLOCK_KINDS,
    MAX_BLOCKS,
    MAX_CLASSES,
    MAX_KERNEL,
    MAX_SIZE,
    Design,
    plan_block,
)
from resnet_studio.core.design.limits import cost_problems
from resnet_studio.core.design.problems import Problem, where
from resnet_studio.core.design.recipes import (
    KINDS,
    channels_fit,
    channels_suggestion,
    main_path,
    projection_step,
)

BYTES_PER_VALUE = 4  # float32


def out_size(size: int, kernel: int, stride: int, padding: int) -> int:
    """floor((H + 2p - k)/s) + 1, the output size of a conv or pool."""
    return (size + 2 * padding - kernel) // stride + 1


def formula(size: int, kernel: int, stride: int, padding: int) -> str:
    """The derivation with numbers, e.g. 'floor((56 + 2*1 - 3)/2) + 1 = 28'."""
    return f"floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 = {out_size(size, kernel, stride, padding)}"


@dataclass(slots=True)
class Layer:
    """One layer of the trace."""

    path: str  # studio name: "stem.conv", "stage2.block1.conv1", "head.fc"
    module: str  # name in the built model: "conv1", "layer2.0.conv1", "" for the add
    kind: str  # Conv2d, BatchNorm2d, ReLU, MaxPool2d, Add, AdaptiveAvgPool2d, Flatten, Linear
    stage: int | None  # 0-based; None for stem and head
    block: int | None  # 0-based within the stage
    branch: str  # "main", "shortcut", or "" outside blocks
    in_shape: tuple[int, ...]
    out_shape: tuple[int, ...]
    params: int = 0
    macs: int = 0
    kernel: int = 0
    stride: int = 1
    padding: int = 0
    groups: int = 1
    rf: int = 1  # receptive field (pixels of the input, one side)
    jump: int = 1  # cumulative stride: input pixels between neighbouring outputs
    formula: str = ""  # height derivation for convs and pools
    error: Problem | None = None

    @property
    def group(self) -> str:
        if self.stage is None:
            return "stem" if self.path.startswith("stem") else "head"
        return f"stage{self.stage + 1}.block{self.block + 1}"

    @property
    def activation_bytes(self) -> int:
        n = 1
        for d in self.out_shape:
            n *= d
        return n * BYTES_PER_VALUE

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "module": self.module, "kind": self.kind,
            "stage": self.stage, "block": self.block, "branch": self.branch,
            "in_shape": list(self.in_shape), "out_shape": list(self.out_shape),
            "params": self.params, "macs": self.macs, "kernel": self.kernel,
            "stride": self.stride, "padding": self.padding, "groups": self.groups,
            "receptive_field": self.rf, "cumulative_stride": self.jump,
            "activation_bytes": self.activation_bytes, "formula": self.formula,
            "error": self.error.to_dict() if self.error else None,
        }


@dataclass
class Totals:
    params: int
    trainable: int
    macs: int
    activation_bytes: int  # forward activations of every layer's output, this batch
    weight_bytes: int
    batch: int

    def for_batch(self, batch: int) -> Totals:
        """Totals for another batch size (MACs and activations scale with it)."""
        f = batch / self.batch
        return Totals(self.params, self.trainable, int(self.macs * f),
                      int(self.activation_bytes * f), self.weight_bytes, batch)

    def to_dict(self) -> dict[str, int]:
        return {"params": self.params, "trainable_params": self.trainable, "macs": self.macs,
                "activation_bytes": self.activation_bytes, "weight_bytes": self.weight_bytes,
                "batch": self.batch}


@dataclass
class Trace:
    """The result: layers in forward order, stage outputs, totals, and the first error."""

    input_shape: tuple[int, ...]
    layers: list[Layer] = field(default_factory=list)
    stem_output: tuple[int, ...] | None = None
    stage_outputs: list[tuple[int, ...]] = field(default_factory=list)
    block_outputs: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)
    output_shape: tuple[int, ...] | None = None
    error: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def totals(self) -> Totals:
        params = sum(lr.params for lr in self.layers)
        return Totals(
            params=params, trainable=params, macs=sum(lr.macs for lr in self.layers),
            activation_bytes=sum(lr.activation_bytes for lr in self.layers if lr.error is None),
            weight_bytes=params * BYTES_PER_VALUE, batch=self.input_shape[0],
        )

    def block_layers(self, stage: int, block: int) -> list[Layer]:
        return [lr for lr in self.layers if lr.stage == stage and lr.block == block]

    def to_dict(self) -> dict[str, Any]:
        return {
            "input_shape": list(self.input_shape),
            "ok": self.ok,
            "error": self.error.to_dict() if self.error else None,
            "totals": self.totals.to_dict(),
            "stem_output": list(self.stem_output) if self.stem_output else None,
            "stage_outputs": [list(s) for s in self.stage_outputs],
            "output_shape": list(self.output_shape) if self.output_shape else None,
            "layers": [lr.to_dict() for lr in self.layers],
        }


class _Stop(Exception):
    pass


class _Walker:
    """Walks a design layer by layer, keeping shape, receptive field and jump."""

    def __init__(self, design: Design, input_shape: tuple[int, ...]):
        self.d = design
        self.t = Trace(tuple(input_shape))
        self.shape = tuple(input_shape)
        self.rf = 1
        self.jump = 1
        self.n = input_shape[0]

    def fail(self, layer: Layer, problem: Problem) -> None:
        layer.error = problem
        self.t.layers.append(layer)
        self.t.error = problem
        raise _Stop

    def conv(self, path, module, stage, block, branch, cout, k, s, p, groups=1, bias=False,
             shape=None, rf=None, jump=None, pool=False):
        shape = self.shape if shape is None else shape
        rf = self.rf if rf is None else rf
        jump = self.jump if jump is None else jump
        n, cin, h, w = shape
        kind = "MaxPool2d" if pool else "Conv2d"
        layer = Layer(path, module, kind, stage, block, branch, shape, shape,
                      kernel=k, stride=s, padding=p, groups=groups, rf=rf, jump=jump)
        bad = _first_bad(("out channels", cout, 1, MAX_SIZE), ("kernel", k, 1, MAX_KERNEL),
                         ("stride", s, 1, MAX_KERNEL), ("padding", p, 0, MAX_KERNEL),
                         ("groups", groups, 1, MAX_SIZE))
        if bad:
            self.fail(layer, _limit_problem(*bad, where(stage, block, path), stage, block, path))
        if pool and p > k // 2:
            self.fail(layer, Problem("value_too_large", {
                "field": "pool padding", "value": p, "maximum": k // 2,
                "where": where(stage, block, path)}, stage, block, path))
        ho, wo = out_size(h, k, s, p), out_size(w, k, s, p)
        layer.formula = formula(h, k, s, p)
        layer.out_shape = (n, cout, ho, wo)
        layer.rf = rf + (k - 1) * jump
        layer.jump = jump * s
        if ho < 1 or wo < 1:
            small = h if out_size(h, k, s, p) < 1 else w
            self.fail(layer, Problem("spatial_too_small", {
                "height": ho, "width": wo, "layer": path, "size": small, "padding": p,
                "kernel": k, "stride": s, "min_input": min_input_size(self.d)},
                stage, block, path))
        if not pool:
            if cin % groups or cout % groups:
                self.fail(layer, Problem("groups_mismatch", {
                    "width": cin, "groups": groups}, stage, block, path))
            params = cout * (cin // groups) * k * k + (cout if bias else 0)
            layer.params = params
            layer.macs = params * n * ho * wo
        self.t.layers.append(layer)
        return layer

    def simple(self, path, module, kind, stage, block, branch, shape, params=0, out=None):
        layer = Layer(path, module, kind, stage, block, branch, shape,
                      shape if out is None else out, params=params,
                      macs=params * self.n, rf=self.rf, jump=self.jump)
        self.t.layers.append(layer)
        return layer

    def bn(self, path, module, stage, block, branch, shape, rf=None, jump=None):
        layer = self.simple(path, module, "BatchNorm2d", stage, block, branch, shape,
                            params=2 * shape[1])
        if rf is not None:
            layer.rf, layer.jump = rf, jump
        return layer

    def advance(self, layer: Layer) -> None:
        self.shape, self.rf, self.jump = layer.out_shape, layer.rf, layer.jump

    def run(self) -> Trace:
        try:
            self._stem()
            for si in range(len(self.d.stages)):
                self._stage(si)
            self._head()
        except _Stop:
            pass
        return self.t

    def _stem(self):
        d, s = self.d, self.d.stem
        shape = self.shape
        if len(shape) != 4:
            layer = Layer("stem.conv", "conv1", "Conv2d", None, None, "", shape, shape)
            self.fail(layer, Problem("field_type", {
                "field": "input shape", "expected": "(N, C, H, W)", "value": shape,
                "where": "input"}, layer="input"))
        bad = _first_bad(*((f"input {n}", v, 1, MAX_SIZE) for n, v in zip("NCHW", shape)))
        if bad:
            layer = Layer("stem.conv", "conv1", "Conv2d", None, None, "", shape, shape)
            self.fail(layer, _limit_problem(*bad, "input", layer="input"))
        if shape[1] != d.input.channels:
            layer = Layer("stem.conv", "conv1", "Conv2d", None, None, "", shape, shape)
            self.fail(layer, Problem("field_type", {
                "field": "input channels", "expected": f"{d.input.channels} (the design's input)",
                "value": shape[1], "where": "input"}, layer="stem.conv"))
        if s.style == "none":
            self.t.stem_output = self.shape
            return
        if s.style == "deep":
            w = s.deep_width
            for i, (cout, stride) in enumerate(((w, s.stride), (w, 1), (s.channels, 1))):
                self.advance(self.conv(f"stem.conv{i + 1}", f"conv1.{3 * i}", None, None, "",
                                       cout, 3, stride, 1, bias=d.conv_bias))
                if i < 2:
                    self.simple(f"stem.bn{i + 1}", f"conv1.{3 * i + 1}", "BatchNorm2d", None,
                                None, "", self.shape, params=2 * cout)
                    self.simple(f"stem.relu{i + 1}", f"conv1.{3 * i + 2}", "ReLU", None, None,
                                "", self.shape)
        else:
            self.advance(self.conv("stem.conv", "conv1", None, None, "", s.channels, s.kernel,
                                   s.stride, s.padding, bias=d.conv_bias))
        self.simple("stem.bn", "bn1", "BatchNorm2d", None, None, "", self.shape,
                    params=2 * s.channels)
        self.simple("stem.relu", "relu", "ReLU", None, None, "", self.shape)
        if s.pool:
            self.advance(self.conv("stem.pool", "maxpool", None, None, "", s.channels,
                                   s.pool_kernel, s.pool_stride, s.pool_padding, pool=True))
        self.t.stem_output = self.shape

    def _stage(self, si: int):
        st = self.d.stages[si]
        if st.kind not in BLOCK_KINDS:
            layer = Layer(f"stage{si + 1}", f"layer{si + 1}", "Stage", si, 0, "",
                          self.shape, self.shape)
            self.fail(layer, Problem("bad_choice", {
                "field": "block kind", "value": st.kind, "choices": ", ".join(BLOCK_KINDS)},
                si))
        bad = _first_bad(("blocks", st.blocks, 1, MAX_BLOCKS))
        if bad:
            layer = Layer(f"stage{si + 1}", f"layer{si + 1}", "Stage", si, 0, "",
                          self.shape, self.shape)
            self.fail(layer, _limit_problem(*bad, where(si), si))
        for bi in range(st.blocks):
            self._block(si, bi, plan_block(st, bi, self.shape[1]))
        self.t.stage_outputs.append(self.shape)

    def _block(self, si, bi, plan):
        bias = self.d.conv_bias
        p = f"stage{si + 1}.block{bi + 1}"
        m = f"layer{si + 1}.{bi}"
        x_shape, x_rf, x_jump = self.shape, self.rf, self.jump
        if not channels_fit(plan.kind, plan.out_channels) or plan.width < 1:
            layer = Layer(p, m, "Bottleneck", si, bi, "main", x_shape, x_shape)
            c = plan.out_channels
            self.fail(layer, Problem("bottleneck_channels", {
                "channels": c, "expansion": KINDS[plan.kind].expansion,
                "suggestion": channels_suggestion(plan.kind, c)}, si, bi, p))
        steps = main_path(plan)
        for i, step in enumerate(steps, start=1):
            self.advance(self.conv(f"{p}.{step.name}", f"{m}.{step.name}", si, bi, "main",
                                   step.out_channels, step.kernel, step.stride, step.padding,
                                   groups=step.groups, bias=bias))
            self.bn(f"{p}.{step.bn}", f"{m}.{step.bn}", si, bi, "main", self.shape)
            if i < len(steps):
                self.simple(f"{p}.relu{i}", f"{m}.relu", "ReLU", si, bi, "main", self.shape)
        f_shape = self.shape
        s_shape, s_rf, s_jump = x_shape, x_rf, x_jump
        if plan.shortcut == "projection":
            step = projection_step(plan)
            proj = self.conv(f"{p}.shortcut.conv", f"{m}.{step.name}", si, bi, "shortcut",
                             step.out_channels, step.kernel, step.stride, step.padding,
                             bias=bias, shape=x_shape, rf=x_rf, jump=x_jump)
            s_shape, s_rf, s_jump = proj.out_shape, proj.rf, proj.jump
            if self.d.projection_bn:
                self.bn(f"{p}.shortcut.bn", f"{m}.{step.bn}", si, bi, "shortcut", s_shape,
                        rf=s_rf, jump=s_jump)
        if plan.shortcut != "none":
            add = Layer(f"{p}.add", "", "Add", si, bi, "", f_shape, f_shape,
                        rf=max(self.rf, s_rf), jump=self.jump)
            # The rule, not the sizes: an identity with stride 2 is wrong even where a
            # 1x1 map happens to stay 1x1 (the builder refuses it likewise).
            if s_shape != f_shape or (plan.shortcut == "identity" and plan.changes_shape):
                channels = s_shape[1] != f_shape[1]
                size = s_shape[2:] != f_shape[2:] or plan.stride != 1
                reason = "channels_size" if channels and size else "size" if size else "channels"
                self.fail(add, Problem("identity_shape_mismatch", {
                    "in_channels": s_shape[1], "out_channels": f_shape[1], "stride": plan.stride,
                    "in_height": s_shape[2], "in_width": s_shape[3], "out_height": f_shape[2],
                    "out_width": f_shape[3], "reason": reason}, si, bi, f"{p}.add"))
            self.t.layers.append(add)
            self.rf = add.rf
        self.simple(f"{p}.relu", f"{m}.relu", "ReLU", si, bi, "", self.shape)
        self.t.block_outputs[(si, bi)] = self.shape

    def _head(self):
        if self.d.head.style == "none":
            self.t.output_shape = self.shape
            return
        n, c, h, w = self.shape
        pool = self.simple("head.avgpool", "avgpool", "AdaptiveAvgPool2d", None, None, "",
                           self.shape, out=(n, c, 1, 1))
        pool.rf = self.rf + (max(h, w) - 1) * self.jump
        pool.formula = f"global average over {h}x{w}"
        self.rf = pool.rf
        self.simple("head.flatten", "", "Flatten", None, None, "", (n, c, 1, 1), out=(n, c))
        classes = self.d.head.classes
        fc = Layer("head.fc", "fc", "Linear", None, None, "", (n, c), (n, c),
                   rf=self.rf, jump=self.jump)
        bad = _first_bad(("classes", classes, 1, MAX_CLASSES))
        if bad:
            self.fail(fc, _limit_problem(*bad, "head"))
        fc.out_shape = (n, classes)
        fc.params = c * classes + classes
        fc.macs = fc.params * n
        self.t.layers.append(fc)
        self.t.output_shape = fc.out_shape


def _first_bad(*checks):
    """The first (name, value, minimum, maximum) whose value is not a whole number in range."""
    for name, value, minimum, maximum in checks:
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
            return name, value, minimum, maximum
    return None


def _limit_problem(name, value, minimum, maximum, place, stage=None, block=None, layer=None):
    if isinstance(value, int) and not isinstance(value, bool) and value > maximum:
        return Problem("value_too_large", {"field": name, "value": value, "maximum": maximum,
                                           "where": place}, stage, block, layer)
    return Problem("value_not_positive", {"field": name, "value": value, "minimum": minimum,
                                          "where": place}, stage, block, layer)


def trace(design: Design, input_shape: tuple[int, ...] | None = None) -> Trace:
    """Trace a tensor of ``input_shape`` (default: the design's input, batch 1) through
    the design. Never raises for a bad design: the failing layer carries ``error``."""
    shape = tuple(input_shape) if input_shape is not None else design.input_shape(1)
    costly = cost_problems(design)  # before any loop: the limits bound the trace's work
    if costly:
        return Trace(shape, error=costly[0])
    return _Walker(design, shape).run()


def spatial_ok(design: Design, size: int) -> bool:
    """Does a size x size input stay >= 1 pixel through every conv and pool?"""
    s = design.stem

    def step(h, k, st, p):
        return (h + 2 * p - k) // st + 1 if st >= 1 else 0

    h = size
    if s.style == "deep":
        h = step(h, 3, s.stride, 1)
    elif s.style != "none":
        h = step(h, s.kernel, s.stride, s.padding)
    if h < 1:
        return False
    if s.pool and s.style != "none":
        h = step(h, s.pool_kernel, s.pool_stride, s.pool_padding)
        if h < 1:
            return False
    for _si, _bi, plan in design.blocks():
        for conv in main_path(plan):
            h = step(h, conv.kernel, conv.stride, conv.padding)
            if h < 1:
                return False
    return True


def min_input_size(design: Design, limit: int = 1 << 16) -> int | str:
    """The smallest square input that every layer accepts (binary search: output
    sizes only grow with the input)."""
    if not spatial_ok(design, limit):
        return f"more than {limit}"
    lo, hi = 1, limit
    while lo < hi:
        mid = (lo + hi) // 2
        if spatial_ok(design, mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
