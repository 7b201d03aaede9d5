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
from resnet_studio.core.design.files import (
    JsonError,
    atomic_write_bytes,
    design_from_dict,
    design_to_dict,
    parse_json,
)
from resnet_studio.core.design.problems import DesignError
from resnet_studio.core.training.config import TrainConfig, TrainingError

if TYPE_CHECKING:
    from resnet_studio.core.training.events import BatchMetrics, EpochMetrics, FitInfo, FitResult

RUN_FILE = "run.json"
METRICS_FILE = "metrics.jsonl"
CHECKPOINT_FILE = "checkpoint.pt"
DROPPED_FILE = "metrics.dropped.jsonl"  # log lines past the checkpoint a resume replaced
MAX_RUN_FILE_BYTES = 16 * 2**20
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
        if path.stat().st_size > MAX_RUN_FILE_BYTES:
            raise TrainingError("run_unreadable", path=str(run_dir),
                                reason=f"run.json is larger than {MAX_RUN_FILE_BYTES // 2**20} MB")
        info = parse_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrainingError("run_unreadable", path=str(run_dir), reason="it has no run.json") from None
    except (OSError, UnicodeDecodeError, JsonError) as e:
        raise TrainingError("run_unreadable", path=str(run_dir), reason=f"run.json: {e}") from None
    wrong = _info_problem(info)
    if wrong:
        raise TrainingError("run_unreadable", path=str(run_dir), reason=f"run.json: {wrong}")
    return info


# run.json field -> the types a reader may rely on (absent fields are fine)
_INFO_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,), "name": (str,), "created": (str,), "updated": (str,), "status": (str,),
    "message": (str,), "dataset": (str,), "device": (str,), "design": (dict,),
    "config": (dict,), "class_names": (list,), "epochs_done": (int,), "steps_done": (int,),
    "final": (dict,), "checkpoint": (str, type(None)),
}


def _info_problem(info: Any) -> str | None:
    """What is wrong with a parsed run.json, or None: every field the runs list, the
    plots and resuming read has its type, numbers are plain numbers."""
    if not isinstance(info, dict):
        return "it is not an object"
    for key, types in _INFO_TYPES.items():
        value = info.get(key)
        if key in info and (not isinstance(value, types) or isinstance(value, bool)):
            return f"'{key}' has the wrong type"
    for key in ("epochs_done", "steps_done"):
        if key in info and not 0 <= info[key] <= 10**15:
            return f"'{key}' is out of range"
    if not all(isinstance(n, str) for n in info.get("class_names", [])):
        return "'class_names' is not a list of names"
    if not all(_is_number(v) or v is None for v in info.get("final", {}).values()):
        return "'final' holds something other than numbers"
    return None


def _is_number(v: Any) -> bool:
    return (isinstance(v, float) or isinstance(v, int) and not isinstance(v, bool)
            and abs(v) <= 10**15)


class RunLogger:
    """Engine listener (same hooks as engine.Callback) writing a run folder."""

    def __init__(self, run_dir: str | os.PathLike, design: Design, config: TrainConfig):
        self.dir = Path(run_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.design, self.config = design, config
        self._file = None
        self.info: dict[str, Any] = {}

    def on_fit_start(self, info: FitInfo) -> None:
        check_run_dir(self.dir, self.design,
                      resuming=bool(info.get("resumed") or info.get("start_step")))
        remove_stray_temp_files(self.dir)
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
        keep, dropped = [], []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            at = _step_of(line)
            (keep if at is not None and at <= step else dropped).append(line + "\n")
        if dropped:  # set aside, never lost: the resumed run writes these steps again
            with open(self.dir / DROPPED_FILE, "a", encoding="utf-8") as f:
                f.writelines(dropped)
        atomic_write_bytes(path, "".join(keep).encode("utf-8"))

    def _write(self, record: dict[str, Any]) -> None:
        """Append one record and hand it to the OS at once: the engine reports a step
        before it saves the checkpoint after it, so a kill -9 never leaves the
        checkpoint ahead of the log (one small write a batch)."""
        if self._file is None:
            return
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()

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


def check_run_dir(run_dir: str | os.PathLike, design: Design, resuming: bool) -> None:
    """Refuse a folder that holds another run (TrainingError "run_dir_in_use"): a new
    run needs a folder without a run in it; a resumed one its own run's folder (the
    same design). Checked before anything is written, so the other run stays intact."""
    d = Path(run_dir)
    if d.exists() and not d.is_dir():
        raise TrainingError("run_unreadable", path=str(d), reason="it is a file, not a folder")
    held = [n for n in (RUN_FILE, METRICS_FILE, CHECKPOINT_FILE) if (d / n).exists()]
    if not held:
        return
    if resuming:  # its own folder; one without run.json cannot say whose it is
        if not (d / RUN_FILE).exists():
            return
        info = read_info(d)
        if _same_design(info.get("design"), design):
            return
    else:
        try:
            info = read_info(d)
        except TrainingError:
            info = {}
    raise TrainingError("run_dir_in_use", path=str(d), name=str(info.get("name") or held[0]))


def _same_design(recorded: Any, design: Design) -> bool:
    """Is the design run.json recorded this one? Compared in today's form, so a field
    added since the run began does not make a run a stranger to itself."""
    try:
        return design_to_dict(design_from_dict(recorded)) == design_to_dict(design)
    except DesignError:
        return False


def remove_stray_temp_files(run_dir: str | os.PathLike) -> list[str]:
    """Delete the temp files a crash (kill -9, power loss) left while writing the run's
    files; the real files are never touched. Returns the names removed."""
    removed = []
    for f in Path(run_dir).glob(".*.tmp"):
        if any(f.name.startswith(f".{n}.") for n in (RUN_FILE, METRICS_FILE, CHECKPOINT_FILE)):
            try:
                f.unlink()
                removed.append(f.name)
            except OSError:
                pass
    return removed


def _step_of(line: str) -> int | None:
    record = _record(line)
    return record["step"] if record is not None else None


def _record(line: str) -> dict[str, Any] | None:
    """A metrics.jsonl line as a record, or None for a line cut short by a crash or
    damaged: a record has a type and a whole-number step, and its numbers are numbers."""
    try:
        record = parse_json(line)
    except JsonError:
        return None
    if not isinstance(record, dict) or record.get("type") not in ("batch", "epoch"):
        return None
    step = record.get("step")
    if isinstance(step, bool) or not isinstance(step, int) or not 0 <= step <= 10**15:
        return None
    if not all(_is_number(record[k]) or record[k] is None for k in _NUMERIC if k in record):
        return None
    return record


_NUMERIC = ("epoch", "batch", "batches", "loss", "accuracy", "lr", "elapsed", "examples_per_s",
            "train_loss", "train_accuracy", "test_loss", "test_accuracy", "seconds")


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
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            record = _record(line)
            if record is not None:  # else a line cut short by a crash, or damaged
                run["batches" if record["type"] == "batch" else "epochs"].append(record)
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
