"""Each lesson's result as a widget and its "what to notice" text, filled with the
measured numbers."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resnet_studio.ui.common.i18n import fill, tr
from resnet_studio.ui.lessons.views import CurvePlot, ReceptiveView, table


def _shape(shape) -> str:
    return "(" + ", ".join(str(v) for v in shape) + ")" if shape else "—"


def _num(value: float) -> str:
    """3 significant digits; whole numbers with thousands separators from 1,000 on."""
    return f"{value:,.0f}" if value >= 1000 else f"{value:.3g}"


def render(name: str, r: dict[str, Any], notice: str, no_bn: bool = False
           ) -> tuple[QWidget | None, str]:
    """(the widget that draws the result, the notice with its numbers)."""
    return _RENDER[name](r, notice, no_bn)


def _blocks(r, notice, _no_bn):
    rows = [[b["block"], _shape(b["input"]), _shape(b["output"]), str(b["parameters"])]
            for b in r["blocks"]]
    t = table([tr("Lessons", "block"), tr("Lessons", "input"), tr("Lessons", "output"), tr("Lessons", "parameters")], rows)
    b1, b2 = r["blocks"]
    return t, fill(notice, _shape(b1["input"]), _shape(b1["output"]), _shape(b2["output"]))


def _table(r, notice, _no_bn):
    rows = [[row["part"], _shape(row["output"]), _shape(row["measured"]),
             str(row["receptive_field"]), row["formula"]] for row in r["rows"]]
    t = table([tr("Lessons", "part"), tr("Lessons", "trace"), tr("Lessons", "forward pass"), tr("Lessons", "RF"),
               tr("Lessons", "output size")], rows)
    last = next(row for row in reversed(r["rows"]) if row["part"].startswith("stage"))
    size = f"{last['output'][2]}x{last['output'][3]}"
    agree = tr("Lessons", "all agree") if r["all_match"] else tr("Lessons", "they DIFFER")
    return t, fill(notice, size, agree)


def _identity(r, notice, _no_bn):
    rows = []
    for row in r["rows"]:
        rows.append([tr("Lessons", "residual") if row["shortcut"] else tr("Lessons", "plain"),
                     tr("Lessons", "zero") if row["zero_last_bn"] else tr("Lessons", "default"),
                     f"{row['max_abs_diff_train']:.6g}", f"{row['max_abs_diff_eval']:.6g}"])
    t = table([tr("Lessons", "block"), tr("Lessons", "last BN scale"), tr("Lessons", "max |H(x) - x|, training"),
               tr("Lessons", "evaluation")], rows)
    get = {(row["shortcut"], row["zero_last_bn"]): row for row in r["rows"]}
    return t, fill(notice, f"{get[(True, True)]['max_abs_diff_train']:g}",
                   _num(get[(False, True)]["max_abs_diff_train"]),
                   _num(get[(False, False)]["max_abs_diff_train"]))


def _gradients(r, notice, no_bn):
    runs = r.get("without_batchnorm", []) if no_bn else r["runs"]
    plot = CurvePlot(tr("Lessons", "layer, input (0) to output (1)"),
                     tr("Lessons", "gradient norm (log scale)"), log_y=True)
    for i, run in enumerate(runs):
        g = run["grad_norms"]
        xs = [k / max(len(g) - 1, 1) for k in range(len(g))]
        label = fill(tr("Lessons", "%1 (%2 layers)"), tr("Lessons", "residual") if run["shortcuts"]
                     else tr("Lessons", "plain"), run["depth"])
        plot.add(label, xs, g, i // 2, dashed=not run["shortcuts"])
    spread = {(x["depth"], x["shortcuts"]): max(x["grad_norms"]) / min(x["grad_norms"])
              for x in r["runs"]}
    top = {x["depth"]: max(x["grad_norms"]) for x in r.get("without_batchnorm", [])
           if not x["shortcuts"]}
    text = fill(notice, _num(spread.get((56, False), 0)), _num(spread.get((56, True), 0)),
                _num(spread.get((110, False), 0)), _num(spread.get((110, True), 0)),
                _num(top.get(56, 0)), _num(top.get(110, 0)))
    return plot, text


def _degradation(r, notice, _no_bn):
    plot = CurvePlot(tr("Lessons", "epoch"), tr("Lessons", "training error"))
    final = {}
    for run in r["runs"]:
        xs = [p["epoch"] for p in run["points"]]
        ys = [p["train_error"] for p in run["points"]]
        kind = tr("Lessons", "residual") if run["shortcuts"] else tr("Lessons", "plain")
        plot.add(fill(tr("Lessons", "%1 (%2 layers)"), kind, run["depth"]), xs, ys,
                 0 if run["depth"] == 20 else 1, dashed=not run["shortcuts"])
        final[(run["depth"], run["shortcuts"])] = run["final_train_error"]
    verdict = _verdict(final)
    if any(run["stopped_early"] for run in r["runs"]):
        verdict += " " + tr("Lessons", "Some nets stopped at their time budget (the CPU was busy).")
    pct = {k: f"{v:.1%}" for k, v in final.items()}
    return plot, fill(notice, pct.get((20, False), "—"), pct.get((56, False), "—"),
                      pct.get((20, True), "—"), pct.get((56, True), "—"), verdict)


def _verdict(final: dict[tuple[int, bool], float]) -> str:
    """What the four final training errors show, in words."""
    if len(final) < 4:
        return ""
    plain = final[(56, False)] - final[(20, False)]
    res = final[(56, True)] - final[(20, True)]
    if plain > 0.05 and plain > 2 * max(res, 0):
        text = fill(tr("Lessons", "The deeper plain net ends with %1 percentage points of "
                                  "training error more than the shallow one, the deeper "
                                  "residual net with %2: the degradation of the paper, in "
                                  "miniature."),
                    f"{plain * 100:+.0f}", f"{res * 100:+.0f}")
        if res > 0:
            text += " " + tr("Lessons", "In runs this short ResNet-56 has not yet caught up "
                                        "with ResNet-20; trained long enough it does.")
        return text
    if plain > 0:
        return tr("Lessons", "Both deeper nets train worse here, by similar amounts: the runs "
                             "are too short to tell degradation from slower training.")
    return tr("Lessons", "On this small sample the deeper plain net does not train worse: the "
                         "sample is too small to show the effect.")


def _receptive(r, notice, _no_bn):
    layers = r["layers"]
    agree = sum(1 for p in layers if p["measured"] == p["square"]["clipped"])
    holder = QWidget()
    caption = QLabel()
    caption.setWordWrap(True)
    view = ReceptiveView(r["image"], layers, r["size"])

    def update(index: int) -> None:
        p = layers[index]
        caption.setText(fill(notice, p["layer"], p["rf"], p["jump"], agree, len(layers)))

    view.layerChanged.connect(update)
    update(view.slider.value())
    lay = QVBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(view, 1)
    lay.addWidget(caption)
    return holder, ""


_RENDER = {"residual-block": _blocks, "shape-table": _table, "identity": _identity,
           "gradient-flow": _gradients, "degradation": _degradation,
           "receptive-field": _receptive}
