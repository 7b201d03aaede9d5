"""The explain panel's lessons as rich text: H(x) = F(x) + x with this block's shapes,
why the shortcut needs a 1x1 conv (or why identity works), and each layer's
output-size formula with its numbers.

Texts are translated as plain arguments (never inside an f-string), so the
translation tools find them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from resnet_studio.core.design.design import BlockPlan
from resnet_studio.core.design.problems import Problem
from resnet_studio.core.design.trace import Layer, Trace
from resnet_studio.ui.common.format import bytes_text, chw_text, shape_text
from resnet_studio.ui.common.i18n import fill, problem_text
from resnet_studio.ui.common.style import (
    ACCENT,
    ERROR,
    ERROR_BORDER,
    ERROR_SOFT,
    MUTED,
    OK,
    PROJECTION,
    SURFACE,
    SURFACE_BORDER,
    TEXT,
)
from resnet_studio.ui.document.document import DesignDocument, Selection

OUTPUT_SIZE_FORMULA = "⌊(H + 2p − k) / s⌋ + 1"
FORMULA_FONT = ("DejaVu Serif", 15)  # .formula below: the panel is never narrower than it
CALC_FONT = ("DejaVu Sans Mono", 10)  # .calc, the formula with a layer's numbers
BOX_PADDING = 10  # box()'s cellpadding

CSS = f"""
body {{ color: {TEXT}; }}
h2 {{ font-size: 14pt; margin: 0 0 4px 0; }}
h3 {{ font-size: 11pt; margin: 14px 0 4px 0; color: {ACCENT}; }}
h3.bad {{ color: {ERROR}; }}
p {{ margin: 4px 0; }}
.muted {{ color: {MUTED}; }}
.tag {{ color: {MUTED}; font-size: 9pt; font-weight: normal; }}
.formula {{ font-size: {FORMULA_FONT[1]}pt; font-family: '{FORMULA_FONT[0]}', serif; }}
.calc {{ font-family: '{CALC_FONT[0]}', monospace; font-size: {CALC_FONT[1]}pt; }}
.shape {{ font-family: 'DejaVu Sans Mono', monospace; }}
.proj {{ color: {PROJECTION}; font-weight: bold; }}
.ok {{ color: {OK}; font-weight: bold; }}
.err {{ color: {ERROR}; font-weight: bold; }}
td {{ padding: 3px 8px 3px 0; }}
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("Explain", text)


def h3(text: str, cls: str = "") -> str:
    return f"<h3 class='{cls}'>{text}</h3>" if cls else f"<h3>{text}</h3>"


def para(text: str, cls: str = "") -> str:
    return f"<p class='{cls}'>{text}</p>" if cls else f"<p>{text}</p>"


def span(text: str, cls: str) -> str:
    return f"<span class='{cls}'>{text}</span>"


def box(content: str, background: str = SURFACE, border: str = SURFACE_BORDER) -> str:
    """A padded, tinted box (QTextDocument draws table cells with backgrounds)."""
    return (f"<table width='100%' cellpadding='{BOX_PADDING}' cellspacing='0' style='margin: 6px 0;"
            f" border: 1px solid {border};'><tr><td style='background: {background};'>"
            f"{content}</td></tr></table>")


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def problems_box(problems: list[Problem]) -> str:
    if not problems:
        return ""
    fix_label = _t("Fix:")
    parts = []
    for p in problems:
        message, fix = problem_text(p)
        text = span(escape(message), "err")
        if fix:
            text += f"<br><b>{fix_label}</b> {escape(fix)}"
        parts.append(text)
    return box("<br><br>".join(parts), ERROR_SOFT, ERROR_BORDER)


def rows_table(rows: list[tuple[str, str, str]]) -> str:
    """Name, then the shape (never broken across lines) over a muted description."""
    cells = []
    for name, description, shape in rows:
        text = f"<span class='shape'>{shape.replace(' ', '&nbsp;')}</span>"
        if description:
            text += f"<br><span class='muted'>{description}</span>"
        cells.append(f"<tr><td><b>{name}</b></td><td>{text}</td></tr>")
    return f"<table cellspacing='0'>{''.join(cells)}</table>"


def page(title: str, tag: str, body: str) -> str:
    return (f"<html><head><style>{CSS}</style></head><body>"
            f"<h2>{title} <span class='tag'>{tag}</span></h2>{body}</body></html>")


def explain(doc: DesignDocument) -> str:
    """The page for the document's current selection."""
    sel = doc.selection or Selection()
    t = doc.trace
    layer = next((lr for lr in t.layers if lr.path == sel.layer), None) if sel.layer else None
    if layer is not None and layer.kind not in ("Stage", "Bottleneck"):
        return explain_layer(layer)
    if sel.block_key is not None:
        return explain_block(doc, *sel.block_key)
    if sel.stage is not None:
        return explain_stage(doc, sel.stage)
    pages = {"stem": explain_stem, "head": explain_head, "input": explain_input}
    if sel.part in pages:
        return pages[sel.part](doc)
    return welcome()


def welcome() -> str:
    body = (para(_t("A residual block does not learn the mapping H(x) it needs directly. "
                    "It learns the change F(x) and adds its input back:"))
            + box("<p align='center' class='formula'>H(x) = F(x) + x</p>")
            + para(_t("If the best block is close to doing nothing, F(x) only has to be "
                      "close to zero, which is easy to learn. And on the way back the "
                      "gradient flows through the + x unchanged, so the layers near the "
                      "input keep learning."))
            + para(_t("Select a block, a layer, the stem or the head in the editor, the "
                      "drawing or the trace to see its shapes and formulas here."), "muted"))
    return page(_t("The residual idea"), "", body)


def _block_input(t: Trace, stage: int, block: int) -> tuple[int, ...] | None:
    keys = sorted(k for k in t.block_outputs if k < (stage, block))
    return t.block_outputs[keys[-1]] if keys else t.stem_output


def _reasons(plan: BlockPlan, x_shape, f_shape) -> list[str]:
    """What makes x and F(x) differ: channels and/or stride, with the numbers."""
    reasons = []
    if plan.in_channels != plan.out_channels:
        reasons.append(fill(_t("the channels change: %1 → %2"), plan.in_channels,
                            plan.out_channels))
    if plan.stride != 1:
        before = f"{x_shape[2]}×{x_shape[3]}" if x_shape else "?"
        after = f"{f_shape[2]}×{f_shape[3]}" if f_shape else "?"
        reasons.append(fill(_t("stride %1 shrinks the size: %2 → %3"), plan.stride, before, after))
    return reasons


def why_shortcut(plan: BlockPlan, x_shape, f_shape, rule: str, projection_bn: bool) -> str:
    """Why this shortcut: the shapes that differ, or why identity is enough."""
    reasons = _reasons(plan, x_shape, f_shape)
    shortcut = "projection" if plan.shortcut == "avg-down" else plan.shortcut
    if shortcut == "zero-pad" and reasons:
        return (h3(_t("Why zero-padding on the shortcut?"))
                + para(_t("F(x) and x are added element by element, so they must have the "
                          "same shape. Here they do not:"))
                + bullets(reasons)
                + para(_t("Option A subsamples x and pads it with zero channels: the shapes "
                          "match without a single parameter.")))
    if shortcut == "zero-pad":
        shortcut = "identity"
    if shortcut == "projection" and reasons:
        bn = _t(", followed by BatchNorm") if projection_bn else ""
        if plan.shortcut == "avg-down" and plan.stride > 1:  # ResNet-D: the pool strides
            conv = span(fill(_t("2×2 average pool with stride %2, then a 1×1 conv with %1 "
                                "filters"), plan.out_channels, plan.stride), "proj")
        else:
            conv = span(fill(_t("1×1 conv with %1 filters and stride %2"), plan.out_channels,
                             plan.stride), "proj")
        return (h3(_t("Why a 1×1 conv on the shortcut?"))
                + para(_t("F(x) and x are added element by element, so they must have the "
                          "same shape. Here they do not:"))
                + bullets(reasons)
                + para(fill(_t("So x goes through a %1%2: it gives x the shape of F(x) "
                               "without mixing neighbouring pixels."), conv, bn)))
    if shortcut == "projection":
        return (h3(_t("A 1×1 conv where identity would do"))
                + para(_t("The shapes already match, so an identity shortcut would work. The "
                          "rule “projection” adds a 1×1 conv anyway: more parameters, and the "
                          "gradient loses its clean path through the + x.")))
    if shortcut == "identity" and reasons:
        return (h3(_t("Identity cannot work here"), "bad")
                + para(_t("x and F(x) have different shapes, so they cannot be added:"))
                + bullets(reasons)
                + para(_t("Use a 1×1 projection on this shortcut (the rule “auto” picks one "
                          "by itself).")))
    if shortcut == "identity":
        unchanged = span(_t("unchanged"), "ok")
        text = fill(_t("x and F(x) are both %1: same channels and stride 1. So x is added "
                       "%2, with no parameters, and the gradient flows straight back through "
                       "the + x."), chw_text(x_shape), unchanged)
        if rule == "auto":
            text += " " + _t("The rule “auto” chose identity for that reason.")
        return h3(_t("Why identity works")) + para(text)
    return (h3(_t("No shortcut"))
            + para(_t("This block is plain: H(x) = F(x). Without the + x the gradient must "
                      "pass through every conv on the way back; in a deep plain network it "
                      "fades near the input and training stalls. Compare a preset with its "
                      "“-plain” twin.")))


def _sum_texts(plan: BlockPlan, projection_bn: bool) -> tuple[str, str, str]:
    """(formula, how H(x) is formed, what the shortcut does) for a block."""
    then = "" if plan.order == "pre" else _t(", then ReLU")
    if plan.shortcut in ("projection", "avg-down"):
        short = fill(_t("1×1 conv, stride %1"), plan.stride)
        if plan.shortcut == "avg-down":
            short = (fill(_t("2×2 average pool, stride %1, then 1×1 conv"), plan.stride)
                     if plan.stride > 1 else _t("1×1 conv"))
        if projection_bn:
            short += " + BN"
        return "H(x) = F(x) + W<sub>s</sub>x", "F(x) + W<sub>s</sub>x" + then, short
    if plan.shortcut == "zero-pad" and plan.changes_shape:
        return ("H(x) = F(x) + pad(x)", "F(x) + pad(x)" + then,
                fill(_t("one pixel in %1 each way, %2 zero channels appended (option A)"), plan.stride,
                     plan.out_channels - plan.in_channels))
    if plan.shortcut in ("identity", "zero-pad"):
        return "H(x) = F(x) + x", "F(x) + x" + then, _t("identity: x itself")
    return "H(x) = F(x)", "F(x)" + then, _t("none")


def _family_notes(plan: BlockPlan) -> str:
    """Pre-activation, option A, avg-down, SE and drop-path, where the block has them."""
    notes = []
    if plan.order == "pre":
        notes.append(_t("Pre-activation (He et al. 2016b): each conv is preceded by BN and "
                        "ReLU, and nothing follows the addition, so x reaches the next block "
                        "unchanged through every identity shortcut."))
    if plan.shortcut == "zero-pad" and plan.changes_shape:
        notes.append(_t("Option A (He et al. 2016, CIFAR): the shortcut keeps every "
                        "stride-th pixel and appends zero channels. It has no parameters; "
                        "the new channels carry only F(x)."))
    if plan.shortcut == "avg-down" and plan.stride > 1:
        notes.append(_t("ResNet-D: a strided 1×1 conv would read only one pixel in four; the "
                        "2×2 average pool first lets every pixel reach the shortcut."))
    if plan.se_channels:
        notes.append(fill(_t("Squeeze-and-excitation: the mean of each channel goes through "
                             "%1 hidden units and a sigmoid; the result scales the channels "
                             "of F(x) before the addition."), plan.se_channels))
    if plan.drop_path > 0:
        notes.append(fill(_t("Stochastic depth: while training, F(x) is dropped for a sample "
                             "with probability %1 (rising with depth); at test time it is "
                             "always kept."), f"{plan.drop_path:.3f}"))
    return "".join(para(n) for n in notes)


def _main_path_text(plan: BlockPlan) -> str:
    strided = f" /{plan.stride}" if plan.stride != 1 else ""
    if plan.order == "pre":
        if plan.kind == "basic":
            return fill(_t("BN → ReLU → conv 3×3%1 → BN → ReLU → conv 3×3"), strided)
        return fill(_t("BN → ReLU → conv 1×1 → BN → ReLU → conv 3×3%1 (%2 wide) → BN → ReLU "
                       "→ conv 1×1"), strided, plan.width)
    if plan.kind == "basic":
        return fill(_t("conv 3×3%1 → BN → ReLU → conv 3×3 → BN"), strided)
    return fill(_t("conv 1×1 → BN → ReLU → conv 3×3%1 (%2 wide) → BN → ReLU → conv 1×1 → BN"),
                strided, plan.width)


def explain_block(doc: DesignDocument, stage: int, block: int) -> str:
    d, t = doc.design, doc.trace
    plan = doc.plans.get((stage, block))
    if plan is None:
        return welcome()
    x = _block_input(t, stage, block)
    layers = t.block_layers(stage, block)
    main = [lr for lr in layers if lr.branch == "main"]
    short = [lr for lr in layers if lr.branch == "shortcut"]
    out = t.block_outputs.get((stage, block))
    f_shape = main[-1].out_shape if out is not None and main else None
    formula, sum_text, short_text = _sum_texts(plan, d.projection_bn)
    short_shape = (short[-1].out_shape if short and short[-1].error is None
                   else x if plan.shortcut in ("identity", "zero-pad") else None)
    rows = [("x", _t("block input"), shape_text(x)),
            ("F(x)", _main_path_text(plan), shape_text(f_shape)),
            (_t("shortcut"), short_text, shape_text(short_shape) if short_shape else ""),
            ("H(x)", sum_text, shape_text(out))]
    body = problems_box(doc.problems_at(stage, block))
    body += box(f"<p align='center' class='formula'>{formula}</p>" + rows_table(rows))
    st = d.stages[stage]
    o = st.overrides.get(block)
    rule = o.shortcut if o is not None and o.shortcut is not None else st.shortcut
    body += why_shortcut(plan, x, f_shape, rule, d.projection_bn)
    strided = next((lr for lr in main if lr.stride != 1 and lr.formula), None)
    if strided is not None:
        body += (h3(_t("Output size"))
                 + para(fill(_t("The %1 has stride %2:"), escape(strided.path.split(".")[-1]),
                             strided.stride))
                 + box(span(escape(strided.formula), "calc")))
    body += _family_notes(plan)
    main_params = sum(lr.params for lr in main)
    short_params = sum(lr.params for lr in short)
    body += (h3(_t("Parameters"))
             + para(fill(_t("Main path %1, shortcut %2, block total %3."), f"{main_params:,}",
                         f"{short_params:,}", f"{main_params + short_params:,}")))
    kind = _t("basic block") if plan.kind == "basic" else _t("bottleneck block")
    return page(fill(_t("Stage %1 · Block %2"), stage + 1, block + 1), kind, body)


def _layer_notes(layer: Layer) -> str:
    """What a layer does and where its parameters come from."""
    kind = layer.kind
    if kind == "Conv2d" and layer.in_shape:
        cin, cout, k, g = layer.in_shape[1], layer.out_shape[1], layer.kernel, max(layer.groups, 1)
        weights = cout * (cin // g) * k * k
        expr = f"{cout} × {cin // g} × {k} × {k}"
        if layer.params > weights:
            expr += f" + {layer.params - weights}"
        return (h3(_t("Parameters"))
                + para(fill(_t("C<sub>out</sub> × C<sub>in</sub>/groups × k × k (+ bias) = "
                               "%1 = <b>%2</b>"), expr, f"{layer.params:,}"))
                + para(fill(_t("Mult-adds: parameters × N × H<sub>out</sub> × W<sub>out</sub> "
                               "= <b>%1</b>"), f"{layer.macs:,}")))
    if kind == "BatchNorm2d":
        c = layer.out_shape[1]
        return para(fill(_t("Normalises each of the %1 channels over the batch, then scales "
                            "and shifts it: 2 × %1 = %2 parameters (γ and β)."), c, 2 * c))
    if kind == "ReLU":
        return para(_t("ReLU(x) = max(0, x), element by element: no parameters, the shape "
                       "stays."))
    if kind == "Add":
        return para(_t("The residual sum H(x) = F(x) + x: both inputs must have exactly this "
                       "shape."))
    if kind == "AdaptiveAvgPool2d" and len(layer.in_shape) == 4:
        size = f"{layer.in_shape[2]}×{layer.in_shape[3]}"
        return para(fill(_t("Averages each channel over the whole %1 map: one number per "
                            "channel, whatever the input size."), size))
    if kind == "Linear":
        cin, cout = layer.in_shape[1], layer.out_shape[1]
        return para(fill(_t("Maps %1 features to %2 class scores: %1 × %2 + %2 = %3 "
                            "parameters."), cin, cout, f"{layer.params:,}"))
    return ""


def explain_layer(layer: Layer) -> str:
    body = problems_box([layer.error] if layer.error else [])
    body += rows_table([(_t("in"), "", shape_text(layer.in_shape)),
                        (_t("out"), "", shape_text(layer.out_shape))])
    if layer.kind in ("Conv2d", "MaxPool2d") and layer.formula:
        legend = fill(_t("H = %1 (input height), k = %2 (kernel), p = %3 (padding), "
                         "s = %4 (stride)"), layer.in_shape[2], layer.kernel, layer.padding,
                      layer.stride)
        body += (h3(_t("Output size"))
                 + box(para(OUTPUT_SIZE_FORMULA, "formula")
                       + para(escape(layer.formula), "calc") + para(legend, "muted")))
        if layer.stride == 2:
            body += para(fill(_t("Stride 2 roughly halves the height and width; the formula "
                                 "gives the exact size: %1 → %2."),
                              layer.in_shape[2], layer.out_shape[2]))
    body += _layer_notes(layer)
    body += (h3(_t("Receptive field"))
             + para(fill(_t("Each output value sees a %1×%1 window of the input image; "
                            "neighbouring outputs are %2 input pixels apart."),
                         layer.rf, layer.jump)))
    n = layer.in_shape[0] if layer.in_shape else 1
    body += para(fill(_t("Activations: %1 for a batch of %2."),
                      bytes_text(layer.activation_bytes), n), "muted")
    return page(escape(layer.path), layer.kind, body)


def explain_stage(doc: DesignDocument, stage: int) -> str:
    d, t = doc.design, doc.trace
    if stage >= len(d.stages):
        return welcome()
    st = d.stages[stage]
    x = _block_input(t, stage, 0)
    out = t.stage_outputs[stage] if stage < len(t.stage_outputs) else None
    kind = _t("basic blocks") if st.kind == "basic" else _t("bottleneck blocks")
    body = problems_box(doc.problems_at(stage))
    body += para(fill(_t("%1 %2 with %3 output channels; the first block has stride %4."),
                      st.blocks, kind, st.channels, st.stride))
    body += rows_table([(_t("in"), "", shape_text(x)), (_t("out"), "", shape_text(out))])
    names = {"identity": _t("identity"), "projection": span(_t("1×1 projection"), "proj"),
             "zero-pad": _t("option A: zero-pad"),
             "avg-down": span(_t("avg-down (ResNet-D)"), "proj"), "none": _t("no shortcut")}
    block_word, blocks_word = _t("Block %1"), _t("Blocks %1–%2")
    runs: list[list] = []  # consecutive blocks alike in shape and shortcut share a row
    for (s, b), plan in doc.plans.items():
        if s != stage:
            continue
        what = (plan.in_channels, plan.out_channels, plan.stride, plan.shortcut)
        if runs and runs[-1][2] == what:
            runs[-1][1] = b
        else:
            runs.append([b, b, what])
    rows = [f"<tr><td><b>{fill(block_word, lo + 1) if lo == hi else fill(blocks_word, lo + 1, hi + 1)}"
            f"</b></td><td class='shape'>{c_in} → {c_out}, /{stride}</td>"
            f"<td>{names.get(shortcut, escape(shortcut))}</td></tr>"
            for lo, hi, (c_in, c_out, stride, shortcut) in runs]
    body += h3(_t("Blocks")) + f"<table cellspacing='0'>{''.join(rows[:40])}</table>"
    body += para(_t("Usually only the first block changes the shape, so only it needs a 1×1 "
                    "projection; the others add x unchanged. Select a block to see why."),
                 "muted")
    return page(fill(_t("Stage %1"), stage + 1), kind, body)


def explain_stem(doc: DesignDocument) -> str:
    d, t = doc.design, doc.trace
    body = problems_box([p for p in doc.general_problems()
                         if (p.layer or "").startswith("stem") or p.params.get("where") == "stem"])
    if d.stem.style == "none":
        body += para(_t("This design has no stem: the first residual block takes the input "
                        "image itself, as the d2l chapter's single Residual blocks do."))
        return page(_t("Stem"), _t("none"), body)
    body += para(_t("The stem turns the image into the first feature map, before any "
                    "residual block."))
    if d.stem.style == "deep":
        body += para(fill(_t("A deep stem (ResNet-C of the 'Bag of Tricks' paper, timm's "
                             "stem_type='deep'): three 3×3 convs of %1, %1 and %2 channels "
                             "replace the one large conv, with two more ReLUs between them."),
                          d.stem.deep_width, d.stem.channels))
    for lr in t.layers:
        if lr.path.startswith("stem.") and lr.formula:
            what = _t("conv %1×%1, stride %2, padding %3") if lr.kind == "Conv2d" else \
                _t("max-pool %1×%1, stride %2, padding %3")
            body += (h3(fill(what, lr.kernel, lr.stride, lr.padding))
                     + box(span(escape(lr.formula), "calc"))
                     + para(f"{shape_text(lr.in_shape)} → {shape_text(lr.out_shape)}", "muted"))
    notes = {"imagenet": _t("Two stride-2 steps: the image shrinks by 4 in each direction "
                            "before stage 1, which keeps the later convs cheap."),
             "cifar": _t("A 3×3 conv with stride 1 and no pool: small images (32×32) keep "
                         "their size into stage 1.")}
    if d.stem.style == "conv" and d.stem.kind in notes:
        body += para(notes[d.stem.kind])
    return page(_t("Stem"), fill(_t("output %1"), chw_text(t.stem_output)), body)


def explain_head(doc: DesignDocument) -> str:
    d, t = doc.design, doc.trace
    body = problems_box([p for p in doc.general_problems() if p.params.get("where") == "head"])
    last = t.stage_outputs[-1] if d.stages and len(t.stage_outputs) == len(d.stages) else None
    if d.head.style == "none":
        body += para(fill(_t("This design has no head: the network ends at its last block and "
                             "outputs the feature map %1, as the d2l chapter's single Residual "
                             "blocks do. It cannot be trained as a classifier."),
                          shape_text(t.output_shape)))
        return page(_t("Head"), _t("none"), body)
    if last is not None:
        body += para(fill(_t("Global average pooling turns each of the %1 channels of the %2 "
                             "map into one number; a linear layer maps the %1 numbers to %3 "
                             "class scores."), last[1], f"{last[2]}×{last[3]}", d.head.classes))
        flow = (f"{shape_text(last)} → avgpool → {shape_text((last[0], last[1], 1, 1))} → "
                f"flatten → fc → {shape_text(t.output_shape)}")
        body += box(span(flow, "calc"))
    body += para(_t("Because the pool averages whatever size arrives, the same network "
                    "accepts other input sizes."), "muted")
    return page(_t("Head"), fill(_t("%1 classes"), d.head.classes), body)


def explain_input(doc: DesignDocument) -> str:
    n, c, h, w = doc.input_shape()
    body = (para(fill(_t("A batch of %1 image(s) with %2 channel(s) of %3×%4 pixels: the shape "
                         "(N, C, H, W) = %5."), n, c, h, w, shape_text((n, c, h, w))))
            + para(_t("Fashion-MNIST images are 1×28×28; d2l resizes them to 96×96 to train "
                      "and traces 224×224 to print the shapes."))
            + para(_t("Change N, H and W above the trace and watch every shape follow."),
                   "muted"))
    return page(_t("Input"), shape_text((n, c, h, w)), body)
