"""How fast does the training engine train? Three comparisons, each side by side in one run.

    .venv/bin/python benchmarks/train_bench.py [--device auto|cpu|cuda] [--parts 1,2,3,4]

1. Engine overhead: the engine's training examples/s against a bare hand-written
   PyTorch loop (same model, batch 256, SGD, data already on the device). Target >= 0.95.
2. Input path: images/s of the engine's data path (uint8 tensors, resized and
   normalised per batch on the device) against d2l's pipeline (transforms.Resize(96) +
   ToTensor in a DataLoader with 4 workers) on the embedded sample. Target >= 5x.
3. GPU only: d2l-resnet18 at 96x96, batch 256: the engine's images/s in float32, and
   with mixed precision (bf16, fp16) + channels_last, and "auto" (the default). Target
   >= 25,000 images/s on an H100.
4. The default path against d2l's recipe: what `resnet-studio train d2l-resnet18` runs
   (96x96, batch 256, SGD 0.05, precision "auto") on the embedded sample, against d2l's
   train_ch6 loop (a DataLoader with Resize(96) + ToTensor and 4 workers, float32, the
   same network and initialisation), one d2l step inside each engine step so both see
   the same load. Target >= 1.6x.

Throughput is timed over training batches only (the first epoch is a warm-up; each
epoch's first batch is the clock's start), so evaluation and checkpoints between
epochs are not counted, on either side.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import warnings
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from resnet_studio.core import build, preset  # noqa: E402
from resnet_studio.core.training.config import TrainConfig  # noqa: E402
from resnet_studio.core.training.data import InputPipeline, epoch_batches, load_data, sample_root  # noqa: E402
from resnet_studio.core.training.trainer import (  # noqa: E402
    Callback,
    Trainer,
    device_label,
    init_weights,
    pick_device,
)

BATCH = 256
TRAIN_IMAGES = 9 * BATCH  # 2,304 of the sample's 2,500: every batch full


class BatchClock(Callback):
    """Times each epoch from its first batch's end to its last batch's end."""

    def __init__(self):
        self.marks: dict[int, list[float]] = {}

    def on_train_batch_end(self, m: dict) -> None:
        epoch = (m["step"] - 1) // m["batches"]
        self.marks.setdefault(epoch, []).append(time.perf_counter())

    def examples_per_s(self, batch: int) -> float:
        spans = [(len(t) - 1, t[-1] - t[0]) for e, t in sorted(self.marks.items()) if e > 0]
        return sum(n for n, _ in spans) * batch / sum(s for _, s in spans)


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def engine_rate(config: TrainConfig, epochs: int) -> float:
    clock = BatchClock()
    result = Trainer(preset("d2l-resnet18"), replace(config, epochs=epochs), [clock]).fit()
    if result["status"] != "finished":
        raise SystemExit(f"engine run failed: {result['message']} {result['fix']}")
    return clock.examples_per_s(config.batch_size)


class BareLoop:
    """The loop one writes by hand: the same model and batches, normalised float data
    already on the device, no metrics, no callbacks, no per-batch host sync."""

    def __init__(self, config: TrainConfig):
        self.config = config
        self.device = device = pick_device(config.device)
        data = load_data(config)
        size = (config.resize, config.resize) if config.resize else None
        pipe = InputPipeline(data.train, size=size, device=device,
                             channels_last=config.channels_last)
        self.x = torch.cat([pipe(data.train.images[i:i + 512])
                            for i in range(0, len(data.train), 512)])
        self.y = data.train.targets.to(device)
        torch.manual_seed(0)
        model = build(preset("d2l-resnet18")).to(device)
        init_weights(model, "xavier")
        if config.channels_last:
            model = model.to(memory_format=torch.channels_last)
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=config.lr)
        self.loss_fn = torch.nn.CrossEntropyLoss()
        amp = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(config.amp)
        self.amp = amp if device.type == "cuda" else None
        self.scaler = torch.amp.GradScaler("cuda") if self.amp == torch.float16 else None
        if device.type == "cuda":
            torch.backends.cudnn.benchmark = True
        self.batches = torch.randperm(len(self.y), device=device).split(config.batch_size)

    def step(self, i: int) -> None:
        idx = self.batches[i % len(self.batches)]
        x, y = self.x[idx], self.y[idx]
        with torch.autocast("cuda", dtype=self.amp) if self.amp else nullcontext():
            loss = self.loss_fn(self.model(x), y)
        self.opt.zero_grad(set_to_none=True)
        if self.scaler:
            self.scaler.scale(loss).backward()
            self.scaler.step(self.opt)
            self.scaler.update()
        else:
            loss.backward()
            self.opt.step()

    def rate(self, epochs: int) -> float:
        """Examples/s over the epochs after the first, each timed from its first batch."""
        steps = len(self.batches)
        seen, seconds = 0, 0.0
        for epoch in range(epochs):
            for b in range(steps):
                self.step(b)
                if b == 0:
                    sync(self.device)
                    start = time.perf_counter()
            sync(self.device)
            if epoch > 0:
                seconds += time.perf_counter() - start
                seen += (steps - 1) * self.config.batch_size
        return seen / seconds


class Interleaved(Callback):
    """On a shared CPU, other programs come and go: so the bare loop's steps run between
    the engine's (one bare step inside each batch callback), and both see the same load.
    An engine step is timed from the end of the previous bare step to the callback."""

    def __init__(self, bare: BareLoop, warmup: int):
        self.bare, self.warmup = bare, warmup
        self.engine_s: list[float] = []
        self.bare_s: list[float] = []
        self._last: float | None = None

    def on_train_batch_end(self, m: dict) -> None:
        now = time.perf_counter()
        if self._last is not None and m["batch"] > 1 and m["step"] > self.warmup:
            self.engine_s.append(now - self._last)
        start = time.perf_counter()
        self.bare.step(m["step"])
        if m["step"] > self.warmup:
            self.bare_s.append(time.perf_counter() - start)
        self._last = time.perf_counter()

    def on_epoch_end(self, m: dict) -> None:
        self._last = None  # evaluation and the checkpoint are not part of a step


def part1(config: TrainConfig, epochs: int, rounds: int) -> dict:
    """Engine against bare loop: interleaved step by step on a CPU; on a GPU (where the
    engine reports a batch late to keep the GPU busy) alternate whole runs."""
    if pick_device(config.device).type == "cpu":
        probe = Interleaved(BareLoop(config), warmup=2)
        result = Trainer(preset("d2l-resnet18"), replace(config, epochs=epochs), [probe]).fit()
        if result["status"] != "finished":
            raise SystemExit(f"engine run failed: {result['message']} {result['fix']}")
        b = config.batch_size
        engine = [b / statistics.median(probe.engine_s), b * len(probe.engine_s) / sum(probe.engine_s)]
        bare = [b / statistics.median(probe.bare_s), b * len(probe.bare_s) / sum(probe.bare_s)]
        return {"engine": engine, "bare": bare, "ratio": engine[0] / bare[0],
                "ratio_mean": engine[1] / bare[1], "steps": len(probe.engine_s),
                "how": "interleaved step by step; medians (and means) of step times"}
    engine_runs, bare_runs = [], []
    for _ in range(rounds):  # alternate, so a busy moment hurts both sides alike
        engine_runs.append(engine_rate(config, epochs))
        bare_runs.append(BareLoop(config).rate(epochs))
    engine = [max(engine_runs), statistics.mean(engine_runs)]
    bare = [max(bare_runs), statistics.mean(bare_runs)]
    return {"engine": engine, "bare": bare, "ratio": engine[0] / bare[0],
            "ratio_mean": engine[1] / bare[1], "runs": [engine_runs, bare_runs],
            "how": f"{rounds} alternated runs each; best (and mean) examples/s"}


def d2l_epoch(device: torch.device, workers: int) -> float:
    """Images/s of one epoch of d2l's pipeline (a fresh DataLoader each epoch, as d2l)."""
    from torch.utils.data import DataLoader
    from torchvision import transforms
    from torchvision.datasets import FashionMNIST

    ds = FashionMNIST(str(sample_root()), train=True, download=False,
                      transform=transforms.Compose([transforms.Resize(96), transforms.ToTensor()]))
    start, n = time.perf_counter(), 0
    for x, y in DataLoader(ds, BATCH, shuffle=True, num_workers=workers):
        x, y = x.to(device), y.to(device)
        n += len(y)
    sync(device)
    return n / (time.perf_counter() - start)


def engine_epochs(device: torch.device, first: int, count: int = 10) -> float:
    """Images/s of the engine's input path over ``count`` epochs (one takes only tens of
    milliseconds): uint8 sample on the device, batches picked by index, resized to
    96x96 and normalised there."""
    data = load_data(TrainConfig(dataset="fashion-mnist-sample"))
    x_all = data.train.images.to(device)
    pipe = InputPipeline(data.train, size=(96, 96), device=device)
    sync(device)
    start, n = time.perf_counter(), 0
    for epoch in range(first, first + count):
        for idx in epoch_batches(len(x_all), BATCH, seed=0, epoch=epoch):
            pipe(x_all[idx.to(device)], train=False)
            n += len(idx)
    sync(device)
    return n / (time.perf_counter() - start)


def part2(device: torch.device, epochs: int, workers: int) -> dict:
    """Both pipelines, alternated; d2l's loader with its 4 workers and with one per
    core, the faster counting. Best measurement of each (medians also kept)."""
    engine, d2l = [], {w: [] for w in sorted({workers, os.cpu_count() or 1})}
    for epoch in range(epochs):
        engine.append(engine_epochs(device, 10 * epoch))
        for w in d2l:
            d2l[w].append(d2l_epoch(device, w))
    best = max(d2l, key=lambda w: max(d2l[w]))
    return {"engine": max(engine), "d2l": max(d2l[best]), "ratio": max(engine) / max(d2l[best]),
            "ratio_median": statistics.median(engine) / statistics.median(d2l[best]),
            "workers": best, "epochs": {"engine": engine, **{f"d2l_{w}": v for w, v in d2l.items()}}}


class D2lLoop:
    """d2l's train_ch6 at 96x96: its DataLoader (Resize(96) + ToTensor, shuffled, 4
    workers), float32, SGD 0.05, and per batch the metrics it keeps (loss and accuracy
    read back to the host). The network is the same d2l ResNet-18, Xavier-initialised."""

    def __init__(self, device: torch.device, workers: int):
        from torch.utils.data import DataLoader
        from torchvision import transforms
        from torchvision.datasets import FashionMNIST

        ds = FashionMNIST(str(sample_root()), train=True, download=False,
                          transform=transforms.Compose([transforms.Resize(96),
                                                        transforms.ToTensor()]))
        self.loader = DataLoader(ds, BATCH, shuffle=True, num_workers=workers)
        self.batches = iter(self.loader)
        self.device = device
        torch.manual_seed(0)
        self.net = build(preset("d2l-resnet18")).to(device)
        init_weights(self.net, "xavier")
        self.opt = torch.optim.SGD(self.net.parameters(), lr=0.05)
        self.loss = torch.nn.CrossEntropyLoss()

    def step(self) -> None:
        try:
            x, y = next(self.batches)
        except StopIteration:  # a new epoch: d2l iterates its loader again
            self.batches = iter(self.loader)
            x, y = next(self.batches)
        self.net.train()
        self.opt.zero_grad()
        x, y = x.to(self.device), y.to(self.device)
        y_hat = self.net(x)
        loss = self.loss(y_hat, y)
        loss.backward()
        self.opt.step()
        with torch.no_grad():  # d2l's Accumulator: float(l * n), accuracy, n
            _ = (float(loss * x.shape[0]), float((y_hat.argmax(1) == y).sum()), x.shape[0])


class Beside(Callback):
    """One d2l step inside each engine step's callback (the same load on both), each
    timed; the engine's step from the end of the previous d2l step to the callback."""

    def __init__(self, d2l: D2lLoop, warmup: int, steps: int):
        self.d2l, self.warmup, self.steps = d2l, warmup, steps
        self.engine_s: list[float] = []
        self.d2l_s: list[float] = []
        self.info: dict = {}
        self._last: float | None = None

    def on_fit_start(self, info: dict) -> None:
        self.info = info
        self._last = time.perf_counter()

    def on_train_batch_end(self, m: dict) -> None:
        now = time.perf_counter()
        if m["step"] > self.warmup and m["batch"] > 1:
            self.engine_s.append(now - self._last)
        start = time.perf_counter()
        self.d2l.step()
        sync(self.d2l.device)
        if m["step"] > self.warmup:
            self.d2l_s.append(time.perf_counter() - start)
        self._last = time.perf_counter()

    def on_epoch_end(self, m: dict) -> None:
        self._last = None  # evaluation and the checkpoint are not part of a step


def part4(device: torch.device, steps: int, workers: int, amp: str = "auto") -> dict:
    """The default training path against d2l's recipe, step by step side by side.
    ``amp="off"`` is the control: the engine in float32, which should read about 1x."""
    from resnet_studio.core.training import precision

    precision.forget_choices()
    warmup = 2
    epochs = -(-(steps + warmup + 1) // (TRAIN_IMAGES // BATCH))
    config = TrainConfig(dataset="fashion-mnist-sample", device=str(device), epochs=epochs,
                         train_limit=TRAIN_IMAGES, test_limit=BATCH, amp=amp)  # else d2l's defaults
    probe = Beside(D2lLoop(device, workers), warmup, steps)
    t = time.perf_counter()
    choice = {}
    real = precision._measure

    def timed(*a):
        start = time.perf_counter()
        out = real(*a)
        choice["s"] = time.perf_counter() - start
        return out

    precision._measure = timed
    try:
        result = Trainer(preset("d2l-resnet18"), config, [probe], record=False).fit()
    finally:
        precision._measure = real
    if result["status"] != "finished":
        raise SystemExit(f"engine run failed: {result['message']} {result['fix']}")
    e, d = probe.engine_s[:steps], probe.d2l_s[:steps]
    return {"engine": BATCH / statistics.median(e), "d2l": BATCH / statistics.median(d),
            "ratio": statistics.median(d) / statistics.median(e),
            "ratio_mean": sum(d) / sum(e), "steps": len(e), "notes": probe.info["notes"],
            "precision": probe.info["amp"] + ("+channels_last" if probe.info["channels_last"]
                                              else ""),
            "choice_s": choice.get("s", 0.0), "wall_s": time.perf_counter() - t}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="auto")
    ap.add_argument("--parts", default="1,2,3,4")
    ap.add_argument("--steps", type=int, default=9, help="part 4: timed steps per side")
    ap.add_argument("--gpu-modes", default="fp32,fp32+channels_last,bf16+channels_last,"
                    "fp16+channels_last,auto", help="part 3: which precisions to time")
    ap.add_argument("--rounds", type=int, default=3, help="engine and bare runs, alternated")
    ap.add_argument("--epochs", type=int, default=0, help="epochs per timed run, the first "
                    "a warm-up (default: 3 on CPU, 6 on a GPU)")
    ap.add_argument("--workers", type=int, default=4, help="DataLoader workers for d2l's "
                    "pipeline (d2l uses 4)")
    ap.add_argument("--part4-amp", default="auto", help="part 4: the engine's precision "
                    "(auto is the default path; off, float32, is the control)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()
    warnings.filterwarnings("ignore", message=".*worker processes in total.*")
    os.environ.setdefault("RESNET_STUDIO_HOME", tempfile.mkdtemp(prefix="train-bench-"))
    device = pick_device(args.device)
    parts = {int(p) for p in args.parts.split(",")}
    gpu = device.type == "cuda"
    epochs = args.epochs or (6 if gpu else 3)
    out: dict = {"device": device_label(device), "torch": torch.__version__,
                 "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                 f"{torch.get_num_threads()} torch threads"}
    print(f"device: {out['device']}; {out['machine']}; torch {torch.__version__}", flush=True)
    # on a CPU, d2l-resnet18 at 96x96 takes seconds a batch: keep the sample's 28x28 there
    base = TrainConfig(dataset="fashion-mnist-sample", resize=96 if gpu else None, batch_size=BATCH,
                       device=str(device), train_limit=TRAIN_IMAGES, test_limit=BATCH, amp="off")
    if 1 in parts:
        modes = [("fp32", base)]
        if gpu:
            modes.append(("bf16+channels_last", replace(base, amp="bf16", channels_last=True)))
        for name, config in modes:
            r = part1(config, epochs, args.rounds)
            out[f"part1_{name}"] = r
            size = config.resize or 28
            print(f"1. engine overhead, d2l-resnet18 {size}x{size} batch {BATCH} {name}: engine "
                  f"{r['engine'][0]:,.0f} ex/s, bare loop {r['bare'][0]:,.0f} ex/s, ratio "
                  f"{r['ratio']:.3f} (means: {r['ratio_mean']:.3f}; {r['how']}; "
                  f"target >= 0.95)", flush=True)
    if 2 in parts:
        r = part2(device, 5, args.workers)
        out["part2"] = r
        print(f"2. input path, sample -> 96x96 float batches of {BATCH}: engine "
              f"{r['engine']:,.0f} img/s, d2l Resize(96)+ToTensor DataLoader ({r['workers']} "
              f"workers) {r['d2l']:,.0f} img/s, ratio {r['ratio']:.1f}x (medians: "
              f"{r['ratio_median']:.1f}x; target >= 5x)",
              flush=True)
    if 3 in parts:
        if not gpu:
            print("3. GPU throughput: skipped, no CUDA device here")
        else:
            gpu_base = replace(base, resize=96)
            wanted = args.gpu_modes.split(",")
            for name, config in [
                ("fp32", gpu_base),
                ("fp32+channels_last", replace(gpu_base, channels_last=True)),
                ("bf16+channels_last", replace(gpu_base, amp="bf16", channels_last=True)),
                ("fp16+channels_last", replace(gpu_base, amp="fp16", channels_last=True)),
                ("auto", replace(gpu_base, amp="auto")),
            ]:
                if name not in wanted:
                    continue
                rate = max(engine_rate(config, epochs) for _ in range(args.rounds))
                out[f"part3_{name}"] = rate
                print(f"3. d2l-resnet18 96x96 batch {BATCH} {name}: {rate:,.0f} images/s "
                      f"(target >= 25,000 on an H100)", flush=True)
    if 4 in parts:
        r = part4(device, args.steps, args.workers, args.part4_amp)
        out["part4"] = r
        label = "default path" if args.part4_amp == "auto" else f"engine --amp {args.part4_amp}"
        print(f"4. {label} vs d2l's recipe, d2l-resnet18 96x96 batch {BATCH}: engine "
              f"({r['precision']}) {r['engine']:,.0f} ex/s, d2l train_ch6 (fp32, DataLoader "
              f"Resize(96)+ToTensor, {args.workers} workers) {r['d2l']:,.0f} ex/s, ratio "
              f"{r['ratio']:.2f}x (means: {r['ratio_mean']:.2f}x; {r['steps']} interleaved "
              f"steps; the precision choice took {r['choice_s']:.1f} s once; target >= 1.6x)",
              flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
