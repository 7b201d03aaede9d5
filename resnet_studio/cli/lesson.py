"""``resnet-studio lesson``: list the lessons, or run one's measurement headless."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from resnet_studio.core.lessons import LESSONS, Control, LessonStopped, run_lesson


def add_parser(sub) -> None:
    """Register ``resnet-studio lesson``."""
    p = sub.add_parser("lesson", help="run a lesson of the ResNet chapter headless",
                       description="The Lessons panel's measurements without a window: "
                       "shapes, gradient norms, training error, receptive fields.")
    p.add_argument("name", nargs="?", help="the lesson to run (see --list)")
    p.add_argument("--list", action="store_true", help="list the lessons and exit")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def run(args: argparse.Namespace) -> int:
    """List the lessons or run one; 2 for an unknown name, 130 when stopped."""
    if args.list or not args.name:
        for info in LESSONS.values():
            print(f"{info.name:16} {info.title} (about {info.seconds:g} s on 2 CPU cores)")
        return 0
    if args.name not in LESSONS:
        print(f"error: there is no lesson '{args.name}'.\n  fix: use one of: "
              f"{', '.join(LESSONS)} (resnet-studio lesson --list).", file=sys.stderr)
        return 2
    progress = None if args.json else _progress
    try:
        result = run_lesson(args.name, Control(progress))
    except (KeyboardInterrupt, LessonStopped):
        print("\nstopped.", file=sys.stderr)
        return 130
    if progress is not None:
        print(file=sys.stderr)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(TEXT[args.name](result))
    return 0


def _progress(fraction: float, text: str) -> None:
    print(f"\r{fraction:4.0%} {text[:60]:60}", end="", file=sys.stderr, flush=True)


def _shape(shape) -> str:
    return "(" + ", ".join(str(v) for v in shape) + ")"


def _blocks(r: dict[str, Any]) -> str:
    return "\n".join(f"{b['block']}: {_shape(b['input'])} -> {_shape(b['output'])} "
                     f"({b['parameters']} parameters)" for b in r["blocks"])


def _table(r: dict[str, Any]) -> str:
    lines = [f"{r['design']} at {_shape(r['input'])}: output size floor((H + 2p - k)/s) + 1",
             f"{'part':14} {'output':20} {'forward pass':20} {'RF':>5}  formula"]
    for row in r["rows"]:
        lines.append(f"{row['part']:14} {_shape(row['output']):20} "
                     f"{_shape(row['measured'] or []):20} {row['receptive_field']:5}  "
                     f"{row['formula']}")
    lines.append("every shape matches the forward pass" if r["all_match"]
                 else "MISMATCH between trace and forward pass")
    return "\n".join(lines)


def _shortcut(r: dict[str, Any]) -> str:
    lines = [f"problem: {p['message']}\n  fix: {p['fix']}" for p in r["problems"]]
    lines.append(f"the builder refuses it: {r['builder_error']}")
    lines.append(f"after the fix: shortcut '{r['fixed_shortcut']}', "
                 f"{len(r['fixed_problems'])} problem(s)")
    return "\n".join(lines)


def _identity(r: dict[str, Any]) -> str:
    lines = [f"input {_shape(r['input_shape'])}, values {r['input_min']:g}..{r['input_max']:g}",
             f"{'block':10} {'last BN':9} {'max |H(x)-x| train':>20} {'eval':>10}"]
    for row in r["rows"]:
        lines.append(f"{'residual' if row['shortcut'] else 'plain':10} "
                     f"{'zero' if row['zero_last_bn'] else 'default':9} "
                     f"{row['max_abs_diff_train']:20.6g} {row['max_abs_diff_eval']:10.6g}")
    return "\n".join(lines)


def _gradients(r: dict[str, Any]) -> str:
    lines = [f"one forward/backward pass, batch {r['batch']} of the sample, Xavier init"]
    for label, runs in (("with BatchNorm", r["runs"]),
                        ("without BatchNorm", r.get("without_batchnorm", []))):
        if runs:
            lines.append(f"{label}: {'design':22} {'first':>10} {'last':>10} "
                         f"{'min':>10} {'max':>10} {'max/min':>10}")
        for run in runs:
            g = run["grad_norms"]
            lines.append(f"{'':{len(label) + 2}}{run['design']:22} {g[0]:10.3g} {g[-1]:10.3g} "
                         f"{min(g):10.3g} {max(g):10.3g} {max(g) / min(g):10.3g}")
    return "\n".join(lines)


def _degradation(r: dict[str, Any]) -> str:
    rc = r["recipe"]
    lines = [f"{r['images']} images at {rc['size']}x{rc['size']}, batch {rc['batch']}, "
             f"{rc['epochs']} epochs, SGD lr {rc['lr']} momentum {rc['momentum']}",
             "training error per epoch:"]
    for run in r["runs"]:
        errors = " ".join(f"{p['train_error']:.3f}" for p in run["points"])
        stopped = " (stopped at its time budget)" if run["stopped_early"] else ""
        lines.append(f"  {run['design']:22} {errors}{stopped}")
    lines.append(f"{r['seconds']:.0f} s; deeper net worse: {r['shows_degradation']}")
    return "\n".join(lines)


def _receptive(r: dict[str, Any]) -> str:
    lines = [f"{r['design']} at {r['size']}x{r['size']}: centre output's receptive field",
             f"{'layer':16} {'RF':>5} {'stride':>6}  square (clipped)   gradient box"]
    for p in r["layers"]:
        lines.append(f"{p['layer']:16} {p['rf']:5} {p['jump']:6}  "
                     f"{str(p['square']['clipped']):18} {p['measured']}")
    return "\n".join(lines)


TEXT = {"residual-block": _blocks, "shape-table": _table, "shortcut": _shortcut,
        "identity": _identity, "gradient-flow": _gradients, "degradation": _degradation,
        "receptive-field": _receptive}
