#!/usr/bin/env bash
# The GPU path in one command, on a CUDA machine with ResNet Studio installed:
#
#     benchmarks/gpu_check.sh            # PYTHON=/path/to/python to choose the interpreter
#
# 1. the engine's CUDA tests (tests/test_engine_cuda.py, marker "cuda"): auto precision,
#    bf16, fp16 with its gradient scaler, channels_last, recovery from out of memory,
#    torchrun with NCCL on one process;
# 2. train_bench's GPU part: d2l-resnet18 at 96x96, batch 256, in float32 and with the
#    default precision ("auto"), images/s (target >= 25,000 on an H100);
# then one table. Each step has a time limit; the whole stays under 8 minutes. Without
# CUDA it runs too, and says that everything was skipped.
set -u
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/gpu-check.XXXXXX")
export RESNET_STUDIO_HOME="$OUT/home"   # runs and datasets of the check stay in $OUT
start=$(date +%s)

echo "== 1/2 CUDA tests (limit 300 s)"
timeout 300 "$PY" -m pytest -q -p no:cacheprovider -m cuda tests/test_engine_cuda.py \
    -rA --junitxml="$OUT/tests.xml" -s > "$OUT/tests.log" 2>&1
tests_rc=$?
tail -n 15 "$OUT/tests.log"

echo "== 2/2 train_bench GPU part (limit 150 s)"
timeout 150 "$PY" benchmarks/train_bench.py --device auto --parts 3 --rounds 2 --epochs 4 \
    --gpu-modes fp32,auto --json "$OUT/bench.json" > "$OUT/bench.log" 2>&1
bench_rc=$?
cat "$OUT/bench.log"

"$PY" - "$OUT" "$tests_rc" "$bench_rc" "$(( $(date +%s) - start ))" <<'PY'
"""One table: each CUDA test's outcome, the GPU throughput, the time taken."""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

out, tests_rc, bench_rc, seconds = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
rows = []
try:
    for case in ET.parse(out / "tests.xml").getroot().iter("testcase"):
        kind = next((c.tag for c in case if c.tag in ("failure", "error", "skipped")), "passed")
        why = next((c.get("message", "") for c in case if c.tag != "system-out"), "")
        rows.append((case.get("name", "?"), kind, f"{float(case.get('time', 0)):.1f} s",
                     why.splitlines()[0][:60] if why else ""))
except (OSError, ET.ParseError):
    rows.append(("CUDA tests", f"no report (exit {tests_rc})", "", "see tests.log"))
try:
    bench = json.loads((out / "bench.json").read_text())
    for mode in ("fp32", "auto"):
        rate = bench.get(f"part3_{mode}")
        rows.append((f"d2l-resnet18 96x96 b256 {mode}",
                     "skipped" if rate is None else f"{rate:,.0f} img/s", "",
                     "target >= 25,000 on an H100" if mode == "auto" else ""))
    rows.append(("device", bench.get("device", "?"), "", bench.get("torch", "")))
except (OSError, ValueError):
    rows.append(("train_bench GPU part", f"no result (exit {bench_rc})", "", "see bench.log"))
rows.append(("whole check", f"{seconds} s", "", "limit 480 s"))
widths = [max(len(r[i]) for r in rows) for i in range(4)]
for r in rows:
    print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
print(f"(logs in {out})")
PY
