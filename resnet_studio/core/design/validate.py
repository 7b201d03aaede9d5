"""Check a design and report every problem at once, each with its place and fix."""

from __future__ import annotations

from resnet_studio.core.design.design import (
    AUTO_SHORTCUTS,
    BLOCK_KINDS,
    BLOCK_ORDERS,
    HEAD_STYLES,
    MAX_ACTIVATION_GB,
    MAX_BLOCKS,
    MAX_CLASSES,
    MAX_KERNEL,
    MAX_PARAMS,
    MAX_SIZE,
    SHORTCUT_RULES,
    SHORTCUTS,
    STEM_STYLES,
    Design,
    StemSpec,
    plan_block,
)
from resnet_studio.core.design.problems import DesignError, Problem, where
from resnet_studio.core.design.recipes import KINDS, channels_fit, channels_suggestion
from resnet_studio.core.design.trace import trace
from resnet_studio.core.design.trace_types import Trace


def _check_int(problems: list[Problem], value, name: str, minimum: int, maximum: int,
               stage: int | None = None, block: int | None = None, part: str | None = None):
    place = where(stage, block, part)
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(Problem("field_type", {"field": name, "expected": "a whole number",
                                               "value": repr(value), "where": place},
                                stage, block))
    elif value < minimum:
        problems.append(Problem("value_not_positive", {
            "field": name, "value": value, "minimum": minimum, "where": place}, stage, block))
    elif value > maximum:
        problems.append(Problem("value_too_large", {
            "field": name, "value": value, "maximum": maximum, "where": place}, stage, block))


def _check_choice(problems, value, name, choices, stage=None, block=None, part=None):
    if value not in choices:
        problems.append(Problem("bad_choice", {
            "field": name, "value": value, "choices": ", ".join(choices),
            "where": where(stage, block, part)}, stage, block))


def _check_stem(p: list[Problem], s: StemSpec) -> None:
    """The stem's numbers, as far as its style uses them."""
    _check_choice(p, s.style, "stem style", STEM_STYLES, part="stem")
    if s.style not in STEM_STYLES or s.style == "none":
        return
    _check_int(p, s.channels, "stem channels", 2 if s.style == "deep" else 1, MAX_SIZE,
               part="stem")
    if s.style == "conv":
        _check_int(p, s.kernel, "stem kernel", 1, MAX_KERNEL, part="stem")
    _check_int(p, s.stride, "stem stride", 1, MAX_KERNEL, part="stem")
    if s.style == "conv":
        _check_int(p, s.padding, "stem padding", 0, MAX_KERNEL, part="stem")
    if s.pool:
        _check_int(p, s.pool_kernel, "pool kernel", 1, MAX_KERNEL, part="stem")
        _check_int(p, s.pool_stride, "pool stride", 1, MAX_KERNEL, part="stem")
        if isinstance(s.pool_kernel, int) and s.pool_kernel >= 1:
            _check_int(p, s.pool_padding, "pool padding", 0, s.pool_kernel // 2, part="stem")


def _check_options(p: list[Problem], d: Design) -> None:
    """The design-wide block options: order, auto shortcut, SE, drop-path, zero-init."""
    _check_choice(p, d.block_order, "block order", BLOCK_ORDERS)
    _check_choice(p, d.auto_shortcut, "auto shortcut", AUTO_SHORTCUTS)
    _check_int(p, d.se_ratio, "SE reduction ratio", 0, MAX_SIZE)
    rate = d.drop_path
    if isinstance(rate, bool) or not isinstance(rate, (int, float)):
        p.append(Problem("field_type", {"field": "drop-path rate", "expected": "a number",
                                        "value": repr(rate), "where": "design"}))
    elif not 0 <= rate < 1:
        p.append(Problem("value_too_large" if rate >= 1 else "value_not_positive", {
            "field": "drop-path rate", "value": rate, "maximum": 0.99, "minimum": 0,
            "where": "design"}))
    if not isinstance(d.zero_init_last, bool):
        p.append(Problem("field_type", {"field": "zero-init last BN", "expected": "true or false",
                                        "value": repr(d.zero_init_last), "where": "design"}))


def validate(design: Design, traced: Trace | None = None) -> list[Problem]:
    """Every problem in the design (empty list: the design works). ``traced``: the
    design's trace at ``design.input_shape(1)`` when the caller has already made it
    (the window traces every edit; tracing again here doubled the core's time)."""
    p: list[Problem] = []
    d = design
    _check_int(p, d.input.channels, "input channels", 1, MAX_SIZE, part="input")
    _check_int(p, d.input.height, "input height", 1, MAX_SIZE, part="input")
    _check_int(p, d.input.width, "input width", 1, MAX_SIZE, part="input")
    _check_stem(p, d.stem)
    _check_choice(p, d.head.style, "head style", HEAD_STYLES, part="head")
    if d.head.style != "none":
        _check_int(p, d.head.classes, "classes", 1, MAX_CLASSES, part="head")
    _check_options(p, d)
    if not d.stages:
        p.append(Problem("no_stages"))
    prev = d.stem_out_channels()
    for si, st in enumerate(d.stages):
        n = len(p)
        _check_int(p, st.channels, "channels", 1, MAX_SIZE, si)
        _check_int(p, st.blocks, "blocks", 1, MAX_BLOCKS, si)
        _check_int(p, st.stride, "stride", 1, MAX_KERNEL, si)
        _check_int(p, st.groups, "groups", 1, MAX_SIZE, si)
        _check_int(p, st.width_per_group, "width per group", 1, MAX_SIZE, si)
        _check_choice(p, st.kind, "block kind", BLOCK_KINDS, si)
        _check_choice(p, st.shortcut, "shortcut", SHORTCUT_RULES, si)
        for bi, o in sorted(st.overrides.items()):
            if o.stride is not None:
                _check_int(p, o.stride, "stride", 1, MAX_KERNEL, si, bi)
            if o.shortcut is not None:
                _check_choice(p, o.shortcut, "shortcut", SHORTCUTS, si, bi)
        if len(p) > n:
            prev = st.channels
            continue
        if not channels_fit(st.kind, st.channels):
            p.append(Problem("bottleneck_channels", {
                "channels": st.channels, "expansion": KINDS[st.kind].expansion,
                "suggestion": channels_suggestion(st.kind, st.channels)}, si))
            prev = st.channels
            continue
        if st.kind == "bottleneck":
            if st.bottleneck_width() < 1:
                p.append(Problem("value_not_positive", {
                    "field": "bottleneck width (channels/4 * width per group/64 * groups)",
                    "value": st.bottleneck_width(), "minimum": 1, "where": where(si)}, si))
        # Only a stage's first block and its overridden ones can go wrong here: any other
        # block keeps the stage's channels at stride 1 (a 600-block design plans 3 blocks,
        # not 600; tests hold it to planning every block).
        for bi in _blocks_to_check(st):
            plan = plan_block(st, bi, prev if bi == 0 else st.channels, d.auto_shortcut)
            if plan.shortcut == "zero-pad" and plan.out_channels < plan.in_channels:
                p.append(Problem("zero_pad_fewer_channels", {
                    "in_channels": plan.in_channels, "out_channels": plan.out_channels}, si, bi))
            if plan.shortcut == "identity" and plan.changes_shape:
                reason = "halves" if plan.stride == 2 else "shrinks"
                if plan.in_channels != plan.out_channels:
                    reason = "channels_" + reason if plan.stride != 1 else "channels"
                p.append(Problem("identity_shape_mismatch", {
                    "in_channels": plan.in_channels, "out_channels": plan.out_channels,
                    "stride": plan.stride, "reason": reason}, si, bi))
        prev = st.channels
    if p:
        return p
    t = traced if traced is not None and traced.input_shape == d.input_shape(1) else trace(d)
    if t.error is not None:
        p.append(t.error)
        return p
    totals = t.totals
    if totals.params > MAX_PARAMS:
        p.append(Problem("design_too_large", {
            "params": totals.params, "weight_gb": totals.weight_bytes / 1e9,
            "limit": MAX_PARAMS}))
    if totals.activation_bytes / 1e9 > MAX_ACTIVATION_GB:
        p.append(Problem("activations_too_large", {
            "input": "x".join(str(v) for v in d.input_shape(1)),
            "activation_gb": totals.activation_bytes / 1e9,
            "limit_gb": MAX_ACTIVATION_GB}))
    return p


def _blocks_to_check(stage) -> list[int]:
    """The blocks whose shortcut can fail: the first (it may change the shape) and the
    overridden ones (their stride or shortcut is their own)."""
    overrides = stage.overrides
    if not overrides:
        return [0]
    # (by index, as planning every block did: a key that is no block index is ignored)
    return [0] + [i for i in range(1, stage.blocks) if i in overrides]


def raise_if_invalid(design: Design) -> None:
    problems = validate(design)
    if problems:
        raise DesignError(problems)
