"""Does the studio window keep up with edits? 100 random edits of the resnet50 design,
made through the real widgets (spin boxes, combos, buttons, undo/redo) of an offscreen
main window, inside the running event loop. The edits keep the design near its own
size (each stage's block count within a quarter of its own, channels halved, kept or
doubled, the stage count within one of its own) and mostly buildable; the report says
how big and how often valid the designs were.

    .venv/bin/python benchmarks/ui_bench.py [--edits 100] [--seed 0] [--preset resnet50]
    .venv/bin/python benchmarks/ui_bench.py --preset cifar-resnet20 --blocks 200 --target 100 --stall 100
        (3 stages x 200 basic blocks: the 1,202-layer CIFAR net)

Reported, side by side in one run:
- edit-to-trace-shown latency: from the widget change until the trace tree has taken
  the new trace and the event loop is free again (the first heartbeat tick after it:
  every repaint and re-layout the edit caused is done) (p50, p99, max);
- the longest event-loop stall: a 1 ms heartbeat timer records the longest gap
  between two of its ticks while the edits run;
- the core's trace + validate time for the same designs, and the ratio.

Targets (issue 15): latency p99 <= 50 ms (``--target``; 100 ms for the 1,202-layer net)
and no stall over 50 ms. The edits start once the window is up, torch and the
training tab have loaded behind it (and what a first run imports), and the window has
been idle for a second (as a person looks at the window before editing).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import random
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RESNET_STUDIO_HOME", tempfile.mkdtemp(prefix="ui-bench-"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from resnet_studio.core.design.presets import preset  # noqa: E402
from resnet_studio.core.design.trace import trace  # noqa: E402
from resnet_studio.core.design.validate import validate  # noqa: E402
from resnet_studio.ui.app import open_studio  # noqa: E402
from resnet_studio.ui.main_window import MainWindow  # noqa: E402

IDLE_MS = 20  # pause between edits, as a (very fast) user would leave
# Edits keep a design buildable most of the time, as a person's do: a broken design's
# trace stops at the failing layer, so a run of mostly broken designs would measure a
# small network and flatter the figures. A stage's channels are its own halved, kept or
# doubled (2,048 channels in 200 blocks is over the size limit; 100 channels, no
# bottleneck width, left half of resnet152's designs broken). An identity shortcut rule
# breaks a stage that changes the shape until the next shortcut edit of that stage (a
# third of the designs were broken with it); zero-pad breaks where channels shrink.
SHORTCUT_PICKS = [0, 2, 4]  # the stage's rule: auto, projection, avg-down


def weighted_layers(traced) -> int:
    """Layers as the ResNet papers count them: convs and the fc on the main path (the
    CIFAR net with 3 x 200 basic blocks has 1 + 1,200 + 1 = 1,202)."""
    return sum(1 for layer in traced.layers
               if layer.kind in ("Conv2d", "Linear") and layer.branch != "shortcut")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


class Editor:
    """Random edits through the window's widgets; each returns its name."""

    def __init__(self, window: MainWindow, rng: random.Random, sizes: list[int],
                 channels: list[int]):
        self.w, self.rng = window, rng
        self.sizes = sizes  # each stage's block count at the start
        self.channels = channels  # and its channels

    def set_channels(self) -> None:
        index = self.rng.randrange(len(self.w.editor.cards))
        own = self.channels[min(index, len(self.channels) - 1)]
        value = self.rng.choice([max(own // 2, 4), own, own * 2])
        self.w.editor.cards[index].channels.setValue(value)

    def card(self):
        return self.rng.choice(self.w.editor.cards)

    def set_blocks(self) -> None:
        """A new block count near the stage's own at the start, so a big design stays big
        (resnet152's 36-block stage keeps 26-36 blocks; a new stage takes the last one's)."""
        index = self.rng.randrange(len(self.w.editor.cards))
        size = self.sizes[min(index, len(self.sizes) - 1)]
        low = max(1, size - max(2, size // 4))
        self.w.editor.cards[index].blocks.setValue(self.rng.randint(low, max(size, 2)))

    def pick(self) -> tuple[str, object]:
        """A random edit: (name, the action that makes it through a widget)."""
        r, w = self.rng, self.w
        stages = len(w.document.design.stages)
        choices = [
            ("channels", self.set_channels),
            ("blocks", self.set_blocks),
            ("stride", lambda: self.card().stride.setValue(r.choice([1, 2]))),
            ("block kind", lambda: self.card().kind.setCurrentIndex(r.randint(0, 1))),
            ("shortcut", lambda: self.card().shortcut.setCurrentIndex(r.choice(SHORTCUT_PICKS))),
            ("input size", lambda: w.trace_pane.height_.setValue(r.choice([64, 96, 128, 160, 224, 256]))),
            ("batch", lambda: w.trace_pane.batch.setValue(r.choice([1, 8, 32, 128, 256]))),
            ("stem kind", lambda: w.editor.stem_kind.setCurrentIndex(r.randint(0, 1))),
            ("undo", w.undo_action.trigger),
            ("redo", w.redo_action.trigger),
            ("move stage", lambda: self.card().buttons["down"].click()),
        ]
        start = len(self.sizes)  # the stage count stays within one of the design's own
        if stages <= start:
            choices += [("add stage", w.editor.add_button.click),
                        ("duplicate stage", lambda: self.card().buttons["duplicate"].click())]
        if stages >= start:
            choices.append(("remove stage", lambda: self.card().buttons["remove"].click()))
        return r.choice(choices)


def print_details(latencies: list[float], names: list[str], slow_profiles: list,
                  profile_ms: float) -> None:
    """Latency by kind of edit, and the profile of the slow edits (``--profile``)."""
    for kind in sorted(set(names)):
        values = [v for v, n in zip(latencies, names) if n == kind]
        print(f"  {kind:<16} n={len(values):<3} median {statistics.median(values):6.1f} ms  "
              f"max {max(values):6.1f} ms")
    if slow_profiles:
        print(f"profile of the {len(slow_profiles)} edits over {profile_ms:g} ms: "
              + ", ".join(f"{n} {v:.0f} ms" for v, n, _ in slow_profiles))
        stats = pstats.Stats(slow_profiles[0][2])
        for _, _, prof in slow_profiles[1:]:
            stats.add(prof)
        stats.sort_stats("cumulative").print_stats(40)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--preset", default="resnet50")
    ap.add_argument("--blocks", type=int, default=0, help="set every stage to this many blocks")
    ap.add_argument("--target", type=float, default=50.0, help="p99 latency target (ms)")
    ap.add_argument("--stall", type=float, default=50.0,
                    help="longest-stall target (ms; issue 15 sets none for the 1,202-layer net, "
                    "whose run uses --stall 100)")
    ap.add_argument("--profile", type=float, default=0.0, metavar="MS",
                    help="profile the edits slower than MS ms (cProfile; slows every edit, "
                    "so the figures of such a run are not the targets' figures)")
    args = ap.parse_args()

    window = open_studio([args.preset])  # the same start-up as `resnet-studio resnet50`
    app = QApplication.instance()
    window.resize(1480, 920)
    loader = window.panel_loader  # torch, the training tab and what a first run imports
    while window.training_panel is None or (loader is not None and not loader.warm):
        app.processEvents()  # ... load behind the window
        time.sleep(0.01)
    doc = window.document
    if args.blocks:
        design = preset(args.preset)
        for stage in design.stages:
            stage.blocks = args.blocks
        doc.load(design)
        doc.flush()
    idle_until = time.perf_counter() + 1.0  # a person looks before editing: 1 s idle
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.01)
    editor = Editor(window, random.Random(args.seed), [s.blocks for s in doc.design.stages],
                    [s.channels for s in doc.design.stages])
    latencies: list[float] = []
    core_ms: list[float] = []
    sizes: list[int] = []  # the design's layer count after each edit
    valid: list[bool] = []  # was the design buildable after each edit
    names: list[str] = []
    gaps: list[tuple[float, str]] = []
    slow_profiles: list[tuple[float, str, cProfile.Profile]] = []
    state = {"t0": 0.0, "waiting": False, "shown": False, "last_tick": time.perf_counter(),
             "current": "", "skipped": 0}

    heartbeat = QTimer()
    heartbeat.setInterval(1)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(((now - state["last_tick"]) * 1000, state["current"]))
        state["last_tick"] = now
        if state["shown"]:  # the first tick after the trace is shown: the loop is free again
            state["shown"] = False
            finished(now)

    heartbeat.timeout.connect(tick)

    def next_edit() -> None:
        if len(latencies) >= args.edits:
            heartbeat.stop()
            app.exit(0)  # (quit() would ask the windows to close first)
            return
        generation, batch = doc.generation, doc.batch
        state["current"], action = editor.pick()
        if args.profile:
            state["profiler"] = cProfile.Profile()
            state["profiler"].enable()
        state["t0"] = time.perf_counter()
        action()
        if doc.generation == generation and doc.batch == batch:
            state["skipped"] += 1  # the edit changed nothing (same value): try another
            QTimer.singleShot(0, next_edit)
            return
        state["waiting"] = True

    def shown(generation: int) -> None:
        if state["waiting"] and generation == doc.generation:
            state["waiting"] = False
            state["shown"] = True  # finished at the next heartbeat, after the repaints

    def finished(now: float) -> None:
        latencies.append((now - state["t0"]) * 1000)
        if args.profile:
            state["profiler"].disable()
            if latencies[-1] > args.profile:
                slow_profiles.append((latencies[-1], state["current"], state["profiler"]))
        names.append(state["current"])
        design, shape = doc.design, doc.input_shape()
        t0 = time.perf_counter()
        traced = trace(design, shape)
        validate(design)
        core_ms.append((time.perf_counter() - t0) * 1000)
        sizes.append(weighted_layers(traced))
        valid.append(traced.ok and not doc.problems)
        state["current"] = "idle"
        state["last_tick"] = time.perf_counter()  # (the core timing is not the window's)
        QTimer.singleShot(IDLE_MS, next_edit)

    window.trace_pane.traceShown.connect(shown)
    QTimer.singleShot(0, heartbeat.start)
    QTimer.singleShot(50, next_edit)
    app.exec()

    p50, p99, worst = percentile(latencies, 50), percentile(latencies, 99), max(latencies)
    stall, stall_at = max(gaps[1:], default=(0.0, ""))
    core = statistics.median(core_ms)
    slowest = max(zip(latencies, names))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{sys.version.split()[0]}, Qt platform {app.platformName()}")
    layers = weighted_layers(trace(doc.design, doc.input_shape()))
    print(f"{args.edits} random edits of {args.preset}"
          f"{f' x {args.blocks} blocks a stage' if args.blocks else ''} (weighted layers during the edits: "
          f"{min(sizes)}-{max(sizes)}, median {int(statistics.median(sizes))}; {layers} at the "
          f"end; {sum(valid)} of {len(valid)} designs valid; seed {args.seed}; {state['skipped']} "
          f"no-op picks skipped), window {window.width()}x{window.height()}")
    print(f"edit-to-trace-shown latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {worst:.1f} ms "
          f"(slowest: {slowest[1]})")
    print(f"longest event-loop stall: {stall:.1f} ms (during: {stall_at})")
    print(f"core trace + validate of the same designs: median {core:.2f} ms; "
          f"UI latency p50 / core = {p50 / core:.0f}x")
    print_details(latencies, names, slow_profiles, args.profile)
    ok = p99 <= args.target and stall <= args.stall
    goal = f"p99 <= {args.target:g} ms, no stall > {args.stall:g} ms"
    print(f"targets met ({goal})" if ok else f"targets MISSED ({goal})")
    window.document.undo_stack.setClean()
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
