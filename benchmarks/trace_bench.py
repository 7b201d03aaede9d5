"""How fast is the shape trace? Compared, in the same run, with the usual way:
build the network on the CPU and run torchinfo.summary on it.

    .venv/bin/python benchmarks/trace_bench.py [--repeats 15]

Targets (issue 2): resnet50 trace median <= 20 ms; trace >= 10x faster than
build + torchinfo for every preset.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time

import torch
import torchinfo

import resnet_studio as rs

PRESETS = ("d2l-resnet18", "resnet50", "resnet152")


def median_ms(fn, repeats: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=15)
    ap.add_argument("--torchinfo-repeats", type=int, default=5)
    args = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {torch.get_num_threads()} "
          f"torch threads, torch {torch.__version__}, torchinfo {torchinfo.__version__}")
    print(f"{'preset':<14}{'trace (ms)':>12}{'build+torchinfo (ms)':>22}{'ratio':>9}  target")
    ok = True
    for name in PRESETS:
        design = rs.preset(name)
        shape = design.input_shape(1)
        t_trace = median_ms(lambda d=design, s=shape: rs.trace(d, s), args.repeats)

        def torchinfo_path(d=design, s=shape):
            torchinfo.summary(rs.build(d), s, verbose=0)

        t_info = median_ms(torchinfo_path, args.torchinfo_repeats)
        ratio = t_info / t_trace
        good = ratio >= 10 and (name != "resnet50" or t_trace <= 20)
        ok &= good
        print(f"{name:<14}{t_trace:>12.2f}{t_info:>22.1f}{ratio:>8.0f}x  "
              f"{'ok' if good else 'MISSED'}")
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
