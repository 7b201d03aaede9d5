"""How long a run will take: a quick guess from the trace (is it worth measuring?),
and the words for durations, ETAs and the long-run question."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.trace import trace
from resnet_studio.core.training.config import TrainConfig
from resnet_studio.core.training.data import SAMPLE, resolve_dataset

TRAIN_IMAGES = {SAMPLE: 2500, "fashion-mnist": 60000, "mnist": 60000, "cifar10": 50000}
NATIVE_SIZE = {SAMPLE: 28, "fashion-mnist": 28, "mnist": 28, "cifar10": 32}
MEASURE_ABOVE_MACS = 3e12  # below this (about a minute on a 2-core CPU) start at once
LONG_RUN_S = 15 * 60  # on a CPU, ask before a run longer than this


def run_macs(design: Design, config: TrainConfig) -> float:
    """Multiply-adds of the whole run, forward and backward (about 3x forward), from
    the trace at the size the images are trained at: a guess of the work, no torch."""
    name = resolve_dataset(config)
    size = config.resize or NATIVE_SIZE.get(name) or design.input.height
    at_size = design.copy()
    at_size.input = replace(design.input, height=size, width=size)
    t = trace(at_size, at_size.input_shape(1))
    images = TRAIN_IMAGES.get(name, 10000)
    if config.train_limit:
        images = min(images, config.train_limit)
    return 3.0 * t.totals.macs * images * config.epochs


def needs_estimate(design: Design, config: TrainConfig) -> bool:
    """Whether a run is big enough to be worth measuring before it starts."""
    try:
        return run_macs(design, config) > MEASURE_ABOVE_MACS
    except Exception:  # a design the trace cannot follow: let the engine report it
        return False


def duration_text(seconds: float | None) -> str:
    """1 h 05 min, 4 min 12 s, 38 s; "—" when unknown."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "—"
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    if h:
        return QCoreApplication.translate("Duration", "%1 h %2 min").replace(
            "%1", str(h)).replace("%2", f"{m:02d}")
    if m:
        return QCoreApplication.translate("Duration", "%1 min %2 s").replace(
            "%1", str(m)).replace("%2", f"{s:02d}")
    return QCoreApplication.translate("Duration", "%1 s").replace("%1", str(s))


def clock_text(seconds: float) -> str:
    """Elapsed time as a clock: 0:42, 12:05, 1:02:09."""
    s = int(max(seconds, 0))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def eta_seconds(active_s: float, fraction: float) -> float | None:
    """Time left at the pace so far: active time over the fraction done, minus what is done."""
    if fraction <= 0.0:
        return None
    return max(active_s * (1.0 - fraction) / fraction, 0.0)
