"""The shape trace: every layer's output shape, parameters, MACs and receptive field.

Computed from the design with the output-size formula, not by running the network,
so it takes milliseconds even for ResNet-152 and works for designs that cannot be
built. Tests check it against a real forward pass and against torchinfo.

Mult-adds follow torchinfo's convention (MACs, not FLOPs): a conv counts its weight
and bias parameters times the output's N*H*W; BatchNorm and Linear count their
parameters times N.
"""

from __future__ import annotations

from resnet_studio.core.design.design import (
    BLOCK_KINDS,
    MAX_BLOCKS,
    MAX_CLASSES,
    MAX_KERNEL,
    MAX_SIZE,
    Design,
)
from resnet_studio.core.design.limits import cost_problems
from resnet_studio.core.design.problems import Problem, where
from resnet_studio.core.design.recipes import (
    KINDS,
    channels_fit,
    channels_suggestion,
    main_ops,
    main_path,
    projection_step,
)
from resnet_studio.core.design.trace_types import BYTES_PER_VALUE as BYTES_PER_VALUE
from resnet_studio.core.design.trace_types import Layer as Layer
from resnet_studio.core.design.trace_types import Totals as Totals
from resnet_studio.core.design.trace_types import Trace as Trace


def out_size(size: int, kernel: int, stride: int, padding: int) -> int:
    """floor((H + 2p - k)/s) + 1, the output size of a conv or pool."""
    return (size + 2 * padding - kernel) // stride + 1


def ceil_pool_size(size: int, kernel: int, stride: int) -> int:
    """A pool's output size in ceil mode without padding (torch's rule: the last
    window must start inside the input)."""
    out = (size - kernel + stride - 1) // stride + 1
    if out > 0 and (out - 1) * stride >= size:
        out -= 1
    return out


def formula(size: int, kernel: int, stride: int, padding: int) -> str:
    """The derivation with numbers, e.g. 'floor((56 + 2*1 - 3)/2) + 1 = 28'."""
    return f"floor(({size} + 2*{padding} - {kernel})/{stride}) + 1 = {out_size(size, kernel, stride, padding)}"


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
        self.n_blocks = 0  # blocks walked so far (stochastic depth rises with it)

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
        # (the common case first: plain ints in range; ``type(x) is int`` excludes bool)
        plain = (type(cout) is int and type(k) is int and type(s) is int and type(p) is int
                 and type(groups) is int and 1 <= cout <= MAX_SIZE and 1 <= k <= MAX_KERNEL
                 and 1 <= s <= MAX_KERNEL and 0 <= p <= MAX_KERNEL and 1 <= groups <= MAX_SIZE)
        bad = None if plain else _first_bad(
            ("out channels", cout, 1, MAX_SIZE), ("kernel", k, 1, MAX_KERNEL),
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
        if d.block_order != "pre":  # pre-activation: the first block's BN-ReLU follows
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
        total = self.d.block_count()
        last = None  # the previous block: (plan, input (shape, rf, jump), its first layer)
        for bi in range(st.blocks):
            if last is not None and self.d.repeats_previous(si, bi) \
                    and last[0].in_channels == self.shape[1]:
                plan = last[0]
            else:
                plan = self.d.plan(si, bi, self.shape[1], self.n_blocks, total)
            start = len(self.t.layers)
            here = (self.shape, self.rf, self.jump)
            if last is not None and plan == last[0] and self._repeats(last[1], start):
                self._repeat(si, bi, last[2], start, self.rf - last[1][1])
            else:
                self._block(si, bi, plan)
            last = (plan, here, start)
            self.n_blocks += 1
        self.t.stage_outputs.append(self.shape)

    def _repeats(self, before: tuple, end: int) -> bool:
        """Would the block about to be walked repeat the previous one (same plan)? Yes
        when that one kept its input's shape and cumulative stride (stride 1, as every
        block after a stage's first in most designs) and this one starts from the same
        shape: every layer is then the same but for its name, block and receptive field
        (which moves by the same amount)."""
        shape, _rf, jump = before
        return self.shape == shape and self.jump == jump and end > 0 \
            and self.t.layers[end - 1].error is None

    def _repeat(self, si: int, bi: int, first: int, end: int, rf_gain: int) -> None:
        """Block ``bi`` as a copy of the previous block's layers ``[first, end)``: the same
        shapes, parameters, MACs and formulas; names, block and receptive fields moved.
        (The quick path for the long runs of identical blocks of deep designs; a test
        holds it to the layer-by-layer walk.)"""
        old_p, new_p = f"stage{si + 1}.block{bi}", f"stage{si + 1}.block{bi + 1}"
        old_m, new_m = f"layer{si + 1}.{bi - 1}.", f"layer{si + 1}.{bi}."
        cut_p, cut_m = len(old_p), len(old_m)
        layers = self.t.layers
        for i in range(first, end):
            lr = layers[i]
            module = lr.module
            if module:
                module = new_m + module[cut_m:]
            layers.append(Layer(new_p + lr.path[cut_p:], module, lr.kind, si, bi, lr.branch,
                                lr.in_shape, lr.out_shape, lr.params, lr.macs, lr.kernel,
                                lr.stride, lr.padding, lr.groups, lr.rf + rf_gain, lr.jump,
                                lr.formula))
        self.rf += rf_gain
        self.t.block_outputs[(si, bi)] = self.shape

    def _block(self, si, bi, plan):
        p = f"stage{si + 1}.block{bi + 1}"
        m = f"layer{si + 1}.{bi}"
        x_shape, x_rf, x_jump = self.shape, self.rf, self.jump
        if not channels_fit(plan.kind, plan.out_channels) or plan.width < 1:
            layer = Layer(p, m, "Bottleneck", si, bi, "main", x_shape, x_shape)
            c = plan.out_channels
            self.fail(layer, Problem("bottleneck_channels", {
                "channels": c, "expansion": KINDS[plan.kind].expansion,
                "suggestion": channels_suggestion(plan.kind, c)}, si, bi, p))
        relus = 0
        for op in main_ops(plan):
            if op.kind == "conv":
                s = op.step
                self.advance(self.conv(f"{p}.{s.name}", f"{m}.{s.name}", si, bi, "main",
                                       s.out_channels, s.kernel, s.stride, s.padding,
                                       groups=s.groups, bias=self.d.conv_bias))
            elif op.kind == "bn":
                self.bn(f"{p}.{op.name}", f"{m}.{op.name}", si, bi, "main", self.shape)
            elif op.kind == "relu":
                relus += 1
                self.simple(f"{p}.relu{relus}", f"{m}.relu", "ReLU", si, bi, "main", self.shape)
            elif op.kind == "se":
                self._se(p, m, si, bi, plan.se_channels)
            else:
                self.simple(f"{p}.drop_path", f"{m}.drop_path", "DropPath", si, bi, "main",
                            self.shape).formula = f"p = {plan.drop_path:.3f} while training"
        f_shape = self.shape
        s_shape, s_rf, s_jump = self._shortcut(p, m, si, bi, plan, x_shape, x_rf, x_jump)
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
        if plan.order != "pre":
            self.simple(f"{p}.relu", f"{m}.relu", "ReLU", si, bi, "", self.shape)
        self.t.block_outputs[(si, bi)] = self.shape

    def _se(self, p, m, si, bi, reduced):
        """Squeeze-and-excitation: global mean, 1x1 conv down, ReLU, 1x1 conv up,
        sigmoid, channel-wise scale. Each output now sees the whole map."""
        n, c, h, w = self.shape
        rf = self.rf + (max(h, w) - 1) * self.jump
        pooled = (n, c, 1, 1)
        squeeze = self.simple(f"{p}.se.squeeze", "", "Mean", si, bi, "main", self.shape,
                              out=pooled)
        squeeze.rf, squeeze.formula = rf, f"mean over {h}x{w}"
        fc1 = self.conv(f"{p}.se.fc1", f"{m}.se.fc1", si, bi, "main", reduced, 1, 1, 0,
                        bias=True, shape=pooled, rf=rf)
        self.simple(f"{p}.se.relu", f"{m}.se.act", "ReLU", si, bi, "main", fc1.out_shape)
        fc2 = self.conv(f"{p}.se.fc2", f"{m}.se.fc2", si, bi, "main", c, 1, 1, 0, bias=True,
                        shape=fc1.out_shape, rf=rf)
        self.simple(f"{p}.se.gate", f"{m}.se.gate", "Sigmoid", si, bi, "main", fc2.out_shape)
        scale = self.simple(f"{p}.se.scale", "", "Mul", si, bi, "main", self.shape)
        scale.rf = self.rf = rf

    def _shortcut(self, p, m, si, bi, plan, shape, rf, jump):
        """The shortcut's layers; returns its output (shape, receptive field, jump)."""
        kind = plan.shortcut
        if kind == "zero-pad" and plan.changes_shape:
            n, c, h, w = shape
            s = plan.stride
            out = (n, plan.out_channels, -(-h // s), -(-w // s))
            pad = Layer(f"{p}.shortcut.pad", f"{m}.downsample", "ZeroPad", si, bi, "shortcut",
                        shape, out, stride=s, rf=rf, jump=jump * s,
                        formula=f"subsample by {s}, append {plan.out_channels - c} zero channels")
            if plan.out_channels < c:
                self.fail(pad, Problem("zero_pad_fewer_channels", {
                    "in_channels": c, "out_channels": plan.out_channels}, si, bi, pad.path))
            self.t.layers.append(pad)
            return out, rf, jump * s
        if kind not in ("projection", "avg-down"):
            return shape, rf, jump
        if kind == "avg-down" and plan.stride > 1:
            pool = self.avg_pool(f"{p}.shortcut.pool", f"{m}.downsample.0", si, bi, plan.stride,
                                 shape, rf, jump)
            shape, rf, jump = pool.out_shape, pool.rf, pool.jump
        step = projection_step(plan)
        proj = self.conv(f"{p}.shortcut.conv", f"{m}.{step.name}", si, bi, "shortcut",
                         step.out_channels, step.kernel, step.stride, step.padding,
                         bias=self.d.conv_bias, shape=shape, rf=rf, jump=jump)
        if self.d.projection_bn:
            self.bn(f"{p}.shortcut.bn", f"{m}.{step.bn}", si, bi, "shortcut", proj.out_shape,
                    rf=proj.rf, jump=proj.jump)
        return proj.out_shape, proj.rf, proj.jump

    def avg_pool(self, path, module, si, bi, stride, shape, rf, jump):
        """ResNet-D's 2x2 average pool (ceil mode, as timm) on the shortcut."""
        n, c, h, w = shape
        ho, wo = ceil_pool_size(h, 2, stride), ceil_pool_size(w, 2, stride)
        layer = Layer(path, module, "AvgPool2d", si, bi, "shortcut", shape, (n, c, ho, wo),
                      kernel=2, stride=stride, rf=rf + jump, jump=jump * stride,
                      formula=f"ceil(({h} - 2)/{stride}) + 1 = {ho}")
        self.t.layers.append(layer)
        return layer

    def _head(self):
        if self.d.head.style == "none":
            self.t.output_shape = self.shape
            return
        if self.d.block_order == "pre":  # the last block's sum is normalised once more
            self.bn("head.bn", "final_bn", None, None, "", self.shape)
            self.simple("head.relu", "final_relu", "ReLU", None, None, "", self.shape)
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
        if plan.shortcut == "avg-down" and plan.stride > 1 and ceil_pool_size(h, 2, plan.stride) < 1:
            return False
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
