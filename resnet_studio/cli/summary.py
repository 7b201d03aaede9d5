"""``resnet-studio summary``: the shape trace as a table or JSON."""

from __future__ import annotations

import argparse
import json

from resnet_studio.cli.common import design_arg, parse_shape, report
from resnet_studio.core import DesignError, trace, validate
from resnet_studio.core.export.tables import trace_text as format_table


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
    # What the trace alone does not refuse: fields it never reached, absurd sizes.
    problems = [p for p in validate(design) if shape is None or p.code != "spatial_too_small"]
    if problems:
        return report(DesignError(problems))
    return 0

