"""Reliability figures for BENCHMARKS.md: hostile designs and checkpoints, counted.

    PYTHONPATH=. python benchmarks/reliability_bench.py [--designs 500]

Prints, per group, cases tried and handled (only the project's error, or a clean
load), and for the hostile designs the slowest refusal and the peak memory it took.
kill -9 figures come from scripts/kill9_loop.py.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import tempfile
import time
import tracemalloc

import torch

import resnet_studio as rs
from resnet_studio.core import DesignError, design_to_dict, trace, validate
from resnet_studio.core.design.files import loads
from resnet_studio.core.export.errors import ExportError
from resnet_studio.core.export.source import load_source
from resnet_studio.core.export.tables import trace_text
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainingError

JUNK = [None, True, -1, 0, 10**13, 10**30, 1e308, float("nan"), "x", "\ud800", "n" * 300,
        [], {}, [[[]]], {"a": 1}]


def _hostile_texts() -> dict[str, str]:
    base = design_to_dict(rs.preset("resnet18"))
    stage = base["stages"][0]
    deep = json.dumps(dict(base, name="P")).replace('"P"', "[" * 100_000 + "]" * 100_000)
    return {
        "1000 stages x 1000 blocks": json.dumps(dict(base, stages=[dict(stage, blocks=1000)] * 1000)),
        "50 stages x 1000 blocks": json.dumps(dict(base, stages=[dict(stage, blocks=1000)] * 50)),
        "10^12 blocks": json.dumps(dict(base, stages=[dict(stage, blocks=10**12)])),
        "100,000-deep name": deep,
        "5,000-digit channels": json.dumps(base).replace('"channels": 64', '"channels": ' + "9" * 5000, 1),
        "width per group 10^400": json.dumps(dict(base, stages=[dict(stage, kind="bottleneck",
                                                              width_per_group=10**400)])),
    }


def _pipeline(text: str) -> bool:
    """True when only the project's error (or nothing) came out."""
    try:
        d = loads(text, "bench.json")
        validate(d)
        t = trace(d)
        trace_text(t, d.name)
    except DesignError:
        return True
    except Exception:  # noqa: BLE001 - counted as not handled
        return False
    return True


def hostile_designs() -> None:
    worst_s, worst_mb = 0.0, 0.0
    for name, text in _hostile_texts().items():
        tracemalloc.start()
        t = time.perf_counter()
        ok = _pipeline(text)
        s = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        worst_s, worst_mb = max(worst_s, s), max(worst_mb, peak)
        print(f"  {name:28s} handled={ok}  {s * 1000:7.1f} ms  peak {peak:6.1f} MB")
    print(f"hostile designs: slowest {worst_s * 1000:.0f} ms, peak memory {worst_mb:.1f} MB")


def fuzzed_designs(n: int, rng: random.Random) -> None:
    bases = [design_to_dict(rs.preset(p)) for p in ("d2l-resnet18", "resnet50", "cifar-resnet20")]
    handled = 0
    started = time.perf_counter()
    for _ in range(n):
        doc = json.loads(json.dumps(rng.choice(bases)))
        if rng.random() < 0.3:
            doc["stages"] = doc["stages"] * rng.randint(0, 300)
        for _ in range(rng.randint(1, 3)):
            target = rng.choice([doc, doc.get("stem"), doc.get("input"), doc.get("head"),
                                 *(doc["stages"][:2] if isinstance(doc.get("stages"), list) else [])])
            if isinstance(target, dict) and target:
                target[rng.choice(list(target))] = rng.choice(JUNK)
        text = json.dumps(doc)
        if rng.random() < 0.3:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(["[" * 5000, "9" * 5000, "}", "\x00"]) + text[at:]
        handled += _pipeline(text)
    print(f"fuzzed designs: {handled}/{n} handled ({time.perf_counter() - started:.1f} s)")


def checkpoints(rng: random.Random) -> None:
    tried = handled = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "c.pt")
        cases = [bytes([b]) + rng.randbytes(64) for b in range(256)]
        cases += [b"PK\x03\x04" + rng.randbytes(200) for _ in range(64)]
        cases += [b"text file\n" * 5, b"", b"\x80\x02}q\x00."]
        model = rs.build(rs.preset("cifar-resnet20"))
        good = {"format": "resnet-studio/checkpoint", "version": 1,
                "design": design_to_dict(rs.preset("cifar-resnet20")),
                "config": {}, "model": model.state_dict(),
                "optimizer": torch.optim.SGD(model.parameters(), lr=0.1).state_dict()}
        for key in ("design", "config", "model", "optimizer", "history", "rng", "progress", "data",
                    "version"):
            for value in JUNK + [torch.zeros(3)]:
                buffer = io.BytesIO()
                torch.save(dict(good, **{key: value}), buffer)
                cases.append(buffer.getvalue())
        for data in cases:
            with open(path, "wb") as f:
                f.write(data)
            for loader in (load_checkpoint, load_source):
                tried += 1
                try:
                    loader(path)
                    handled += 1
                except (TrainingError, ExportError, DesignError):
                    handled += 1
                except Exception:  # noqa: BLE001 - counted as not handled
                    pass
    print(f"checkpoint files: {handled}/{tried} loads handled ({len(cases)} files x 2 loaders)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--designs", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(0)
    hostile_designs()
    fuzzed_designs(args.designs, rng)
    checkpoints(rng)


if __name__ == "__main__":
    main()
