"""The shape trace as text (torchinfo's summary layout) and CSV; a run's metrics as CSV."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from resnet_studio.core.design.trace import Trace
from resnet_studio.core.export.errors import ExportError, short_reason
from resnet_studio.core.training.runs import METRICS_FILE

TRACE_COLUMNS = ("group", "path", "module", "kind", "branch", "in_shape", "out_shape", "params",
                 "macs", "kernel", "stride", "padding", "groups", "receptive_field",
                 "cumulative_stride", "formula", "error")
MAX_LIST = 64  # longer lists in a metrics record (predictions, confusion) stay out of the CSV


def _shape(s) -> str:
    return "[" + ", ".join(str(v) for v in s) + "]"


def trace_text(t: Trace, name: str = "", flops: bool = False) -> str:
    """A torchinfo-like text table, grouped by stem, stage and block; ``flops`` counts
    FLOPs (2 x MACs) instead of mult-adds, labelled so."""
    per = 2 if flops else 1
    unit = "FLOPs" if flops else "MACs"
    header = f"{'Layer':<34}{'Kind':<19}{'Output shape':<22}{'Params':>13}{unit:>17}{'RF':>6}{'Jump':>7}"
    rule = "=" * len(header)
    lines = [f"Design: {name}   input {_shape(t.input_shape)}", rule, header, rule]
    group = None
    for lr in t.layers:
        if lr.group != group:
            group = lr.group
            lines.append(f"{group}")
        mark = "  !! " if lr.error else "    "
        lines.append(f"{mark}{lr.path.split('.', 2)[-1] if lr.stage is not None else lr.path:<30}"
                     f"{lr.kind:<19}{_shape(lr.out_shape):<22}{lr.params:>13,}{lr.macs * per:>17,}"
                     f"{lr.rf:>6}{lr.jump:>7}")
        if lr.error:
            lines.append(f"      ^ {lr.error.message}")
            lines.append(f"        fix: {lr.error.fix}")
    tot = t.totals
    lines += [
        rule,
        f"Total params: {tot.params:,}",
        f"Trainable params: {tot.trainable:,}",
        (f"Total FLOPs (2 x MACs): {2 * tot.macs:,} ({2 * tot.macs / 1e9:.2f} G)" if flops
         else f"Total mult-adds (MACs): {tot.macs:,} ({tot.macs / 1e9:.2f} G)"),
        f"Forward activations (batch {tot.batch}): {tot.activation_bytes / 1e6:.2f} MB",
        f"Weights: {tot.weight_bytes / 1e6:.2f} MB",
        "RF: receptive field (input pixels per side); Jump: cumulative stride "
        "(input pixels between neighbouring outputs). 1 MB = 10^6 bytes.",
        f"Output: {_shape(t.output_shape) if t.output_shape else 'not reached'}",
        rule,
    ]
    return "\n".join(lines)


def trace_csv(t: Trace) -> str:
    """One row per layer: shapes as 1x64x56x56, the size formula, and any error."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TRACE_COLUMNS)
    for lr in t.layers:
        writer.writerow([
            lr.group, lr.path, lr.module, lr.kind, lr.branch,
            "x".join(map(str, lr.in_shape)), "x".join(map(str, lr.out_shape)), lr.params,
            lr.macs, lr.kernel, lr.stride, lr.padding, lr.groups, lr.rf, lr.jump, lr.formula,
            lr.error.message if lr.error else "",
        ])
    return out.getvalue()


def read_metrics(path: str | os.PathLike) -> list[dict[str, Any]]:
    """The records of a run's metrics.jsonl (``path`` is the file or the run folder).

    A cut-off last line (a run killed mid-write) is skipped; any other bad line is an error."""
    p = Path(path)
    if p.is_dir():
        p = p / METRICS_FILE
    if not p.is_file():
        raise ExportError("metrics_missing", path=str(path))
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ExportError("read_failed", path=str(p), reason=short_reason(e)) from None
    records = []
    for i, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"a {type(record).__name__}, not an object")
        except ValueError as e:
            if i == len(lines):
                break
            raise ExportError("metrics_unreadable", path=str(p), line=i,
                              reason=short_reason(e)) from None
        records.append(record)
    return records


def metrics_csv(records: Iterable[dict[str, Any]], kind: str | None = "epoch") -> str:
    """Records of one ``type`` ("epoch", "batch"; None: all) as CSV. Dicts of numbers
    become columns like grad_norms.stage1; a short per-class list becomes one column per
    class (named from class_names when given); long lists (predictions) are left out."""
    rows = [_flatten(r) for r in records if kind is None or r.get("type") == kind]
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _flatten(record: dict[str, Any]) -> dict[str, Any]:
    names = record.get("class_names")
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key == "class_names":
            continue
        if isinstance(value, dict):
            for k, v in value.items():
                if _scalar(v):
                    row[f"{key}.{k}"] = v
        elif isinstance(value, list):
            if len(value) <= MAX_LIST and all(_scalar(v) for v in value):
                labels = names if isinstance(names, list) and len(names) == len(value) else None
                for i, v in enumerate(value):
                    row[f"{key}.{labels[i] if labels else i}"] = v
        elif _scalar(value):
            row[key] = value
    return row


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, (int, float, str, bool))
