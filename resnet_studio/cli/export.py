"""``resnet-studio export``: a design or checkpoint as Python code, TorchScript, ONNX or a
state_dict; the trace as text or CSV; a run's metrics as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from resnet_studio.cli.common import design_arg, parse_shape, report
from resnet_studio.core import DesignError, trace
from resnet_studio.core.export import (
    FORMATS,
    ExportError,
    default_filename,
    export,
    load_source,
    metrics_csv,
    read_metrics,
    trace_csv,
    trace_text,
    write_text,
)
from resnet_studio.core.export.formats import DEFAULT_OPSET
from resnet_studio.core.export.output import file_stem
from resnet_studio.core.training.config import TrainingError

TABLES = {"trace-txt": ".trace.txt", "trace-csv": ".trace.csv", "metrics-csv": ".metrics.csv"}


def add_parser(sub) -> None:
    p = sub.add_parser(
        "export", help="export a design or checkpoint (Python, TorchScript, ONNX, state_dict)",
        description="Export a design (preset name or .json: fresh weights) or a checkpoint "
        "(checkpoint.pt, a run folder, or a torchvision state_dict .pth: its weights). Each "
        "export is loaded back and checked against torch before it is written.")
    p.add_argument("source", help="a preset name, a design .json, a checkpoint.pt, a run "
                   "folder, or a state_dict .pth file")
    p.add_argument("--format", "-f", required=True, choices=[*FORMATS, *TABLES],
                   help="py: standalone torch code; torchscript; onnx (needs the [onnx] extra); "
                   "state-dict; trace-txt / trace-csv: the shape trace; metrics-csv: a run's "
                   "metrics")
    p.add_argument("-o", "--output", default=None,
                   help="file to write (or a folder for the default name); default: the "
                   "design's name plus the format's suffix, in the current folder")
    p.add_argument("--design", default=None,
                   help="the design (preset or .json) a state_dict file belongs to; default: "
                   "the torchvision preset that fits it")
    p.add_argument("--opset", type=int, default=DEFAULT_OPSET,
                   help=f"ONNX opset version (default {DEFAULT_OPSET})")
    p.add_argument("--input", default=None,
                   help="trace formats: input shape N,C,H,W (default: the design's, batch 1)")
    p.add_argument("--kind", default="epoch", choices=["epoch", "batch", "all"],
                   help="metrics-csv: which records (default: epoch)")


def run(args: argparse.Namespace) -> int:
    try:
        if args.format == "metrics-csv":
            return _metrics(args)
        design = design_arg(args.design) if args.design else None
        source = load_source(args.source, design)
        if args.format in TABLES:
            return _trace(args, source.design)
        out = _output(args.output, default_filename(source.design, args.format))
        result = export(source.design, args.format, out, source.state_dict, opset=args.opset,
                        input_shape=source.input_shape)
    except DesignError as e:
        return report(e)
    except (ExportError, TrainingError) as e:
        return _fail(e)
    weights = ("fresh (untrained) weights" if not source.trained
               else f"weights from the {'checkpoint' if source.kind == 'checkpoint' else 'file'}")
    print(f"wrote {result.path} ({_size(result.size)}, {result.format}, {weights})")
    print(f"checked: {result.check}")
    note = source.input_note()
    if note:
        print(f"note: {note}")
    return 0


def _trace(args: argparse.Namespace, design) -> int:
    t = trace(design, parse_shape(args.input) if args.input else None)
    text = trace_text(t, design.name) + "\n" if args.format == "trace-txt" else trace_csv(t)
    path = write_text(_output(args.output, file_stem(design.name) + TABLES[args.format]), text)
    print(f"wrote {path} ({len(t.layers)} layers)")
    if not t.ok:
        return report(DesignError([t.error]))
    return 0


def _metrics(args: argparse.Namespace) -> int:
    records = read_metrics(args.source)
    rows = metrics_csv(records, None if args.kind == "all" else args.kind)
    name = Path(args.source).resolve()
    name = name.parent if name.is_file() else name
    path = write_text(_output(args.output, file_stem(name.name) + TABLES["metrics-csv"]), rows)
    print(f"wrote {path} ({max(rows.count(chr(10)) - 1, 0)} rows)")
    return 0


def _output(output: str | None, default: str) -> Path:
    if output is None:
        return Path.cwd() / default
    path = Path(output).expanduser()
    return path / default if path.is_dir() else path


def _fail(e: ExportError | TrainingError) -> int:
    print(f"error: {e.message}", file=sys.stderr)
    if e.fix:
        print(f"  fix: {e.fix}", file=sys.stderr)
    return 2


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 2**10:.1f} KB"
