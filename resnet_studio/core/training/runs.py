"""Run folders: every training run is kept, one folder per run under ``paths.runs_dir()``.

A run folder holds ``run.json`` (id, name, created, status, design, config, final
metrics), ``metrics.jsonl`` (one JSON object per batch and per epoch, each with a
"type", for plots and export) and ``checkpoint.pt``. :class:`RunLogger` writes them
as a listener on the engine, like any other callback.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resnet_studio.core import paths
from resnet_studio.core.design.design import Design
from resnet_studio.core.design.files import atomic_write_bytes, design_to_dict
from resnet_studio.core.training.config import TrainConfig, TrainingError

if TYPE_CHECKING:
    from resnet_studio.core.training.events import BatchMetrics, EpochMetrics, FitInfo, FitResult

RUN_FILE = "run.json"
METRICS_FILE = "metrics.jsonl"
CHECKPOINT_FILE = "checkpoint.pt"
FLUSH_SECONDS = 2.0
FINAL_KEYS = ("epoch", "step", "train_loss", "train_accuracy", "test_loss", "test_accuracy",
              "seconds")


def new_run_dir(name: str, root: str | os.PathLike | None = None) -> Path:
    """Create an empty, uniquely named run folder: ``<date>-<time>-<name>``."""
    base = Path(root) if root else paths.runs_dir()
    base.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")[:40] or "run"
    stem = f"{time.strftime('%Y%m%d-%H%M%S')}-{slug}"
    for n in range(1, 1000):
        path = base / (stem if n == 1 else f"{stem}-{n}")
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise FileExistsError(f"too many runs named {stem} in {base}")


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def _write_json(path: Path, data: dict[str, Any]) -> None:
    atomic_write_bytes(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def read_info(run_dir: str | os.PathLike) -> dict[str, Any]:
    """A run's ``run.json``; TrainingError if the folder is not a readable run."""
    path = Path(run_dir) / RUN_FILE
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrainingError("run_unreadable", path=str(run_dir), reason="it has no run.json") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise TrainingError("run_unreadable", path=str(run_dir), reason=f"run.json: {e}") from None
    if not isinstance(info, dict):
        raise TrainingError("run_unreadable", path=str(run_dir), reason="run.json is not an object")
    return info


class RunLogger:
    """Engine listener (same hooks as engine.Callback) writing a run folder."""

    def __init__(self, run_dir: str | os.PathLike, design: Design, config: TrainConfig):
        self.dir = Path(run_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.design, self.config = design, config
        self._file = None
        self._flushed = 0.0
        self.info: dict[str, Any] = {}

    def on_fit_start(self, info: FitInfo) -> None:
        old = read_info(self.dir) if (self.dir / RUN_FILE).exists() else {}
        self.info = {
            "id": self.dir.name,
            "name": old.get("name", self.design.name),
            "created": old.get("created", _now()),
            "updated": _now(),
            "status": "running",
            "message": "",
            "design": design_to_dict(self.design),
            "config": self.config.to_dict(),
            "dataset": info.get("dataset_label", ""),
            "device": info.get("device_label", ""),
            "class_names": info.get("class_names", []),
            "epochs_done": info.get("start_epoch", 0),
            "steps_done": info.get("start_step", 0),
            "final": old.get("final", {}),
            "checkpoint": old.get("checkpoint"),
        }
        _write_json(self.dir / RUN_FILE, self.info)
        self._keep_lines_up_to(info.get("start_step", 0))
        self._file = open(self.dir / METRICS_FILE, "a", encoding="utf-8")

    def _keep_lines_up_to(self, step: int) -> None:
        """On resume, drop log lines after the checkpoint, so the log matches the run."""
        path = self.dir / METRICS_FILE
        if not path.exists():
            return
        keep = [line for line in path.read_text(encoding="utf-8").splitlines()
                if _step_of(line) is not None and _step_of(line) <= step]
        atomic_write_bytes(path, "".join(line + "\n" for line in keep).encode("utf-8"))

    def _write(self, record: dict[str, Any]) -> None:
        if self._file is None:
            return
        self._file.write(json.dumps(record) + "\n")
        now = time.monotonic()
        if now - self._flushed > FLUSH_SECONDS:
            self._file.flush()
            self._flushed = now

    def on_train_batch_end(self, metrics: BatchMetrics) -> None:
        self._write({"type": "batch", **metrics})

    def on_epoch_end(self, metrics: EpochMetrics) -> None:
        self._write({"type": "epoch", **{k: v for k, v in metrics.items() if k != "predictions"}})
        if self._file is not None:
            self._file.flush()
        self.info.update(updated=_now(), epochs_done=metrics["epoch"], steps_done=metrics["step"],
                         final={k: metrics[k] for k in FINAL_KEYS if k in metrics})
        self._save_info()

    def on_checkpoint(self, path: str) -> None:
        self.info.update(updated=_now(), checkpoint=Path(path).name)
        self._save_info()

    def _save_info(self) -> None:
        """Write run.json, keeping a name given meanwhile (a run renamed while it runs)."""
        try:
            self.info["name"] = read_info(self.dir).get("name", self.info["name"])
        except TrainingError:
            pass
        _write_json(self.dir / RUN_FILE, self.info)

    def on_fit_end(self, result: FitResult) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if not self.info:  # setup failed before the run started
            return
        self.info.update(updated=_now(), status=result["status"], message=result["message"],
                         steps_done=result.get("steps_done", self.info["steps_done"]))
        self._save_info()

    def on_exception(self, error: Exception) -> None:
        pass


def _step_of(line: str) -> int | None:
    try:
        return int(json.loads(line)["step"])
    except (ValueError, KeyError, TypeError):
        return None


def list_runs(root: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """Every readable run under the runs folder, newest first; each is its run.json
    plus "path". Folders without a readable run.json are skipped."""
    base = Path(root) if root else paths.runs_dir()
    if not base.is_dir():
        return []
    runs = []
    for d in base.iterdir():
        if d.is_dir() and (d / RUN_FILE).is_file():
            try:
                runs.append({**read_info(d), "path": str(d)})
            except TrainingError:
                continue
    runs.sort(key=lambda r: (str(r.get("created", "")), r["path"]), reverse=True)
    return runs


def load_run(run_dir: str | os.PathLike) -> dict[str, Any]:
    """A run with its curves: run.json plus "batches" and "epochs" (lists of the
    metrics.jsonl records) and "checkpoint" (its path, or None)."""
    d = Path(run_dir)
    run = {**read_info(d), "path": str(d), "batches": [], "epochs": []}
    log = d / METRICS_FILE
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a crash
            kind = record.get("type") if isinstance(record, dict) else None
            if kind in ("batch", "epoch"):
                run["batches" if kind == "batch" else "epochs"].append(record)
    ckpt = d / CHECKPOINT_FILE
    run["checkpoint"] = str(ckpt) if ckpt.is_file() else None
    return run


def rename_run(run_dir: str | os.PathLike, name: str) -> dict[str, Any]:
    """Give a run a new display name (the folder keeps its id)."""
    info = read_info(run_dir)
    info["name"] = name
    info["updated"] = _now()
    _write_json(Path(run_dir) / RUN_FILE, info)
    return info


def delete_run(run_dir: str | os.PathLike) -> None:
    """Delete a run folder; refuses a folder that is not a run (no run.json)."""
    read_info(run_dir)
    shutil.rmtree(run_dir)
