"""Kill -9 a headless training run again and again; check that nothing is lost.

Each round starts (or resumes) ``resnet-studio train`` on a tiny design with a
checkpoint every few batches, kills it with SIGKILL at a random moment, and then
checks the run folder: the metrics log holds every batch up to the checkpoint's step
(records lost: goal 0) and, after the next resume, no stray ``.checkpoint.pt.*.tmp``
is left. A last resume runs to the end; the log must then hold every step once.

    python scripts/kill9_loop.py --rounds 25

Prints one line per round and a summary; exits 1 if any record was lost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
TINY_DESIGN = {
    "format": "resnet-studio/design", "version": 1, "name": "kill9-tiny",
    "input": {"channels": 1, "height": 28, "width": 28},
    "stem": {"channels": 8, "kernel": 3, "stride": 1, "padding": 1, "pool": False},
    "stages": [{"channels": 8, "blocks": 1}, {"channels": 16, "blocks": 1, "stride": 2}],
    "head": {"classes": 10},
}
TRAIN_ARGS = ["--dataset", "fashion-mnist-sample", "--resize", "native", "--batch-size", "16",
              "--train-limit", "320", "--test-limit", "32", "--device", "cpu",
              "--checkpoint-minutes", "0.0005", "--quiet", "--no-download"]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, RESNET_STUDIO_HOME=str(home), PYTHONPATH=str(ROOT),
               OMP_NUM_THREADS="1", PYTHONUNBUFFERED="1")
    env.pop("RANK", None)
    return env


def _command(run_dir: Path, design: Path, epochs: int) -> list[str]:
    base = [sys.executable, "-m", "resnet_studio", "train"]
    if (run_dir / "checkpoint.pt").is_file():
        return base + ["--resume", str(run_dir), "--epochs", str(epochs), "--quiet"]
    return base + [str(design), "--run-dir", str(run_dir), "--epochs", str(epochs), *TRAIN_ARGS]


def logged_steps(run_dir: Path) -> list[int]:
    """The batch steps in metrics.jsonl, in file order (lines cut short are skipped)."""
    steps = []
    path = run_dir / "metrics.jsonl"
    if not path.exists():
        return steps
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("type") == "batch":
            steps.append(int(record["step"]))
    return steps


def checkpoint_step(run_dir: Path) -> int:
    path = run_dir / "checkpoint.pt"
    if not path.is_file():
        return 0
    raw = torch.load(path, map_location="cpu", weights_only=True)
    return int(raw["progress"].get("step", 0))


def _wait_for_first_checkpoint(proc: subprocess.Popen, run_dir: Path, limit_s: float) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and proc.poll() is None:
        if (run_dir / "checkpoint.pt").is_file():
            return
        time.sleep(0.05)


def one_round(run_dir: Path, design: Path, epochs: int, home: Path, rng: random.Random,
              max_delay_s: float) -> dict:
    """Start or resume, let it train a random while, kill -9, and count what is lost."""
    had_checkpoint = (run_dir / "checkpoint.pt").is_file()
    proc = subprocess.Popen(_command(run_dir, design, epochs), env=_env(home),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    if not had_checkpoint:
        _wait_for_first_checkpoint(proc, run_dir, 120)
    else:  # resuming: wait until it writes again (the first new log line)
        before = len(logged_steps(run_dir))
        deadline = time.monotonic() + 120
        while (time.monotonic() < deadline and proc.poll() is None
               and len(logged_steps(run_dir)) <= before):
            time.sleep(0.05)
    time.sleep(rng.uniform(0, max_delay_s))
    finished = proc.poll() is not None
    if not finished:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate()
    strays = sorted(p.name for p in run_dir.glob(".checkpoint.pt.*.tmp"))
    step = checkpoint_step(run_dir)
    steps = logged_steps(run_dir)
    covered = set(s for s in steps if s <= step)
    lost = step - len(covered)
    return {"killed": not finished, "checkpoint_step": step, "logged": len(steps),
            "lost": lost, "strays": strays, "rc": proc.returncode,
            "error": err.decode("utf-8", "replace")[-300:] if finished and proc.returncode else ""}


def run_loop(rounds: int, epochs: int = 200, seed: int = 0, max_delay_s: float = 1.5,
             workdir: Path | None = None, finish: bool = True) -> dict:
    """``rounds`` kill -9 rounds on one run folder, then (``finish``) a last resume of
    one more epoch to the end. Returns the totals; ``lost`` is the records lost."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        tmp = Path(tmp)
        design = tmp / "tiny.json"
        design.write_text(json.dumps(TINY_DESIGN), encoding="utf-8")
        run_dir, home = tmp / "run", tmp / "home"
        totals = {"rounds": 0, "killed": 0, "lost": 0, "strays_left": 0, "errors": []}
        for i in range(rounds):
            r = one_round(run_dir, design, epochs, home, rng, max_delay_s)
            totals["rounds"] += 1
            totals["killed"] += r["killed"]
            totals["lost"] += max(r["lost"], 0)
            if r["error"]:
                totals["errors"].append(r["error"])
            print(f"round {i + 1}: killed={r['killed']} checkpoint step {r['checkpoint_step']}, "
                  f"{r['logged']} batch lines, lost {r['lost']}, temp files {len(r['strays'])}",
                  flush=True)
        if finish:
            done = checkpoint_step(run_dir) // 20 + 1  # 20 batches an epoch
            proc = subprocess.run(_command(run_dir, design, done), env=_env(home),
                                  capture_output=True, cwd=ROOT, timeout=600)
            steps = logged_steps(run_dir)
            totals["final_rc"] = proc.returncode
            totals["final_steps"] = len(steps)
            totals["final_expected"] = done * 20
            totals["final_unique"] = len(set(steps)) == len(steps)
        totals["strays_left"] = len(list(run_dir.glob(".*.tmp")))
        return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-delay", type=float, default=1.5,
                        help="longest wait after the first checkpoint before the kill (s)")
    args = parser.parse_args()
    started = time.monotonic()
    totals = run_loop(args.rounds, seed=args.seed, max_delay_s=args.max_delay)
    print(json.dumps({k: v for k, v in totals.items() if k != "errors"}))
    for e in totals["errors"]:
        print("error:", e, file=sys.stderr)
    print(f"{time.monotonic() - started:.0f} s")
    ok = (totals["lost"] == 0 and totals["strays_left"] == 0 and totals.get("final_rc", 0) == 0
          and totals.get("final_steps") == totals.get("final_expected")
          and totals.get("final_unique", True))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
