"""``resnet-studio summary``: the shape trace as a table or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from resnet_studio.cli.common import design_arg, parse_shape, report
from resnet_studio.core import DesignError, trace, validate
from resnet_studio.core.export.tables import trace_text as format_table

if TYPE_CHECKING:
    from resnet_studio.core.design.verify import Verification


def add_parser(sub) -> None:
    p = sub.add_parser("summary", help="print the shape trace of a design or preset",
                       description="Trace a tensor through a design: every layer's output "
                       "shape, parameters, mult-adds (MACs) and receptive field.")
    p.add_argument("design", help="a design .json file or a preset name")
    p.add_argument("--input", default=None, help="input shape N,C,H,W (default: the design's, "
                   "batch 1)")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    p.add_argument("--flops", action="store_true", help="count FLOPs (2 x MACs) instead of "
                   "mult-adds; the table and JSON say which")
    p.add_argument("--verify", action="store_true", help="also build the model and run "
                   "torchinfo.summary: do its parameters and mult-adds agree with the trace?")


def run(args: argparse.Namespace) -> int:
    try:
        design = design_arg(args.design)
    except DesignError as e:
        return report(e)
    shape = parse_shape(args.input) if args.input else None
    t = trace(design, shape)
    out = t.to_dict()
    if args.flops:
        out["totals"]["flops"] = 2 * out["totals"]["macs"]
    if not args.json:
        print(format_table(t, design.name, flops=args.flops))
    if not t.ok:
        if args.json:
            print(json.dumps({**out, "design": design.name}, indent=2))
        return report(DesignError([t.error]))
    # What the trace alone does not refuse: fields it never reached, absurd sizes.
    problems = [p for p in validate(design) if shape is None or p.code != "spatial_too_small"]
    if problems:
        if args.json:
            print(json.dumps({**out, "design": design.name}, indent=2))
        return report(DesignError(problems))
    status = 0
    if args.verify:
        from resnet_studio.core.design.verify import verify  # builds the model: torch

        check = verify(design, shape)
        out["verify"] = check.to_dict()
        status = 0 if check.agree else 1
        if not args.json:
            print(verify_text(check, args.flops))
    if args.json:
        print(json.dumps({**out, "design": design.name}, indent=2))
    return status


def verify_text(check: Verification, flops: bool = False) -> str:
    """'torchinfo agrees: ...' or the totals and the modules that differ."""
    per, unit = (2, "FLOPs") if flops else (1, "MACs")
    if check.agree:
        return (f"torchinfo agrees: {check.torchinfo_params:,} parameters, "
                f"{check.torchinfo_macs * per:,} {unit}.")
    lines = ["torchinfo DISAGREES with the trace:",
             f"  parameters: trace {check.trace_params:,}, torchinfo {check.torchinfo_params:,}",
             f"  {unit}: trace {check.trace_macs * per:,}, torchinfo {check.torchinfo_macs * per:,}"]
    for d in check.differences[:12]:
        lines.append(f"  {d.module}: params {d.trace_params:,} vs {d.torchinfo_params:,}, "
                     f"{unit} {d.trace_macs * per:,} vs {d.torchinfo_macs * per:,}")
    if len(check.differences) > 12:
        lines.append(f"  ... and {len(check.differences) - 12} more modules")
    return "\n".join(lines)

