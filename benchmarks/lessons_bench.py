"""How long does each lesson's measurement take, against the cost the Lessons panel
and ``resnet-studio lesson --list`` announce? Printed side by side in one run.

    .venv/bin/python benchmarks/lessons_bench.py [--threads N] [--skip degradation]

The degradation lesson trains four nets (minutes); ``--skip degradation`` leaves it
out. Its cost is bounded anyway: each net stops at a quarter of its budget.
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import torch

from resnet_studio.core.lessons import LESSONS, run_lesson


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=None, help="torch threads")
    parser.add_argument("--skip", nargs="*", default=[], help="lessons to leave out")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    print(f"{'lesson':16} {'announced s':>12} {'measured s':>11} {'measured/announced':>19}")
    for name, info in LESSONS.items():
        if name in args.skip:
            continue
        t0 = time.perf_counter()
        run_lesson(name)
        took = time.perf_counter() - t0
        print(f"{name:16} {info.seconds:12.0f} {took:11.1f} {took / info.seconds:19.2f}",
              flush=True)


if __name__ == "__main__":
    main()
