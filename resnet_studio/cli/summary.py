"""``resnet-studio summary``: the shape trace as a table or JSON."""

from __future__ import annotations

import argparse
import json

from resnet_studio.core import DesignError, trace
from resnet_studio.core.trace import Trace

from .common import design_arg, parse_shape, report


def add_parser(sub) -> None:
    p = sub.add_parser("summary", help="print the shape trace of a design or preset",
                       description="Trace a tensor through a design: every layer's output "
                       "shape, parameters, mult-adds (MACs) and receptive field.")
    p.add_argument("design", help="a design .json file or a preset name")
    p.add_argument("--input", default=None, help="input shape N,C,H,W (default: the design's, "
                   "batch 1)")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def run(args: argparse.Namespace) -> int:
    try:
        design = design_arg(args.design)
    except DesignError as e:
        return report(e)
    shape = parse_shape(args.input) if args.input else None
    t = trace(design, shape)
    if args.json:
        out = t.to_dict()
        out["design"] = design.name
        print(json.dumps(out, indent=2))
    else:
        print(format_table(t, design.name))
    if not t.ok:
        return report(DesignError([t.error]))
    return 0


def _shape(s) -> str:
    return "[" + ", ".join(str(v) for v in s) + "]"


def format_table(t: Trace, name: str = "") -> str:
    """A torchinfo-like text table, grouped by stem, stage and block."""
    header = f"{'Layer':<34}{'Kind':<19}{'Output shape':<22}{'Params':>13}{'MACs':>17}{'RF':>6}{'Stride':>7}"
    rule = "=" * len(header)
    lines = [f"Design: {name}   input {_shape(t.input_shape)}", rule, header, rule]
    group = None
    for lr in t.layers:
        if lr.group != group:
            group = lr.group
            lines.append(f"{group}")
        mark = "  !! " if lr.error else "    "
        lines.append(f"{mark}{lr.path.split('.', 2)[-1] if lr.stage is not None else lr.path:<30}"
                     f"{lr.kind:<19}{_shape(lr.out_shape):<22}{lr.params:>13,}{lr.macs:>17,}"
                     f"{lr.rf:>6}{lr.jump:>7}")
        if lr.error:
            lines.append(f"      ^ {lr.error.message}")
            lines.append(f"        fix: {lr.error.fix}")
    tot = t.totals
    lines += [
        rule,
        f"Total params: {tot.params:,}",
        f"Trainable params: {tot.trainable:,}",
        f"Total mult-adds (MACs): {tot.macs:,} ({tot.macs / 1e9:.2f} G)",
        f"Forward activations (batch {tot.batch}): {tot.activation_bytes / 2**20:.2f} MB",
        f"Weights: {tot.weight_bytes / 2**20:.2f} MB",
        f"Output: {_shape(t.output_shape) if t.output_shape else 'not reached'}",
        rule,
    ]
    return "\n".join(lines)
