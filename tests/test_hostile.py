"""Hostile and broken input (issue 11): bounded cost, one clear error, nothing lost."""

import json
import math
import time
import tracemalloc
from pathlib import Path

import pytest
import torch

import resnet_studio as rs
from resnet_studio.cli import main
from resnet_studio.core import DesignError, design_to_dict, trace, validate
from resnet_studio.core.design.files import design_from_dict, load_design, loads
from resnet_studio.core.design.limits import MAX_STAGES, MAX_TOTAL_BLOCKS, cost_problems
from resnet_studio.core.training.config import TrainingError
from resnet_studio.core.training.runs import (
    RunLogger,
    check_run_dir,
    list_runs,
    load_run,
    read_info,
    remove_stray_temp_files,
)


def _doc(base="resnet18", **changes):
    data = design_to_dict(rs.preset(base))
    data.update(changes)
    return data


def _write(path: Path, data) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _refused_fast(text: str, *words: str) -> DesignError:
    tracemalloc.start()
    t = time.perf_counter()
    with pytest.raises(DesignError) as e:
        loads(text, "hostile.json")
    seconds = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert seconds < 0.5 and peak < 20e6, (seconds, peak)
    for word in words:
        assert word in str(e.value)
    return e.value


# -- 1. cost bounded by limits, in every path ------------------------------------------

def test_a_thousand_stages_of_a_thousand_blocks_is_refused_at_once_with_limit_and_value():
    stage = _doc()["stages"][0]
    doc = _doc(stages=[dict(stage, blocks=1000)] * 1000)
    _refused_fast(json.dumps(doc), "stages is 1000", f"limit of {MAX_STAGES}")
    doc = _doc(stages=[dict(stage, blocks=1000)] * 50)
    _refused_fast(json.dumps(doc), "blocks in all stages is 50000", f"limit of {MAX_TOTAL_BLOCKS}")
    doc = _doc()
    doc["stages"][0]["blocks"] = 10**12
    _refused_fast(json.dumps(doc), "1000000000000", "limit of 1000")


def test_real_deep_designs_stay_allowed():
    cifar = _doc("cifar-resnet20")
    for st in cifar["stages"]:
        st["blocks"] = 200  # He et al.'s 1,202-layer CIFAR net: 6 * 200 + 2 layers
    d = design_from_dict(cifar)
    t = trace(d)
    assert t.ok and validate(d) == []
    assert sum(lr.kind in ("Conv2d", "Linear") and lr.branch != "shortcut"
               for lr in t.layers) == 1202
    assert trace(design_from_dict(_doc("resnet152"))).ok


def test_the_trace_refuses_a_costly_design_before_looping():
    d = rs.preset("cifar-resnet20")
    d.stages = [rs.StageSpec(channels=16, blocks=1000) for _ in range(1000)]
    t0 = time.perf_counter()
    t = trace(d)
    assert time.perf_counter() - t0 < 0.1
    assert not t.ok and t.error.code == "value_too_large" and not t.layers
    d.stages = d.stages[:2]
    assert "blocks in all stages" in trace(d).error.message
    d = rs.preset("resnet50")
    d.stages[0].width_per_group = 10**400  # an OverflowError before the limit check
    t = trace(d)
    assert not t.ok and "digits" in t.error.message
    assert validate(d) and cost_problems(d)


def test_summary_and_trace_csv_refuse_costly_files(tmp_path, capsys):
    stage = _doc()["stages"][0]
    path = _write(tmp_path / "huge.json", _doc(stages=[dict(stage, blocks=1000)] * 50))
    assert main(["summary", str(path)]) == 2
    assert main(["export", str(path), "-f", "trace-csv", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("limit of 1000") == 2 and "Traceback" not in err
    assert not list(tmp_path.glob("*.csv"))


# -- 2. foreign exceptions become the project's error naming the field --------------------

def test_deep_nesting_huge_numbers_and_huge_widths_name_the_field(tmp_path, capsys):
    deep = json.dumps(_doc(name="PLACE")).replace('"PLACE"', "[" * 100_000 + "]" * 100_000)
    e = _refused_fast(deep, "nested more than", "'name[0]")
    assert e.problems[0].code == "file_not_json"
    digits = json.dumps(_doc()).replace('"channels": 64', '"channels": ' + "9" * 5000, 1)
    e = _refused_fast(digits, "'stem.channels'", "5000 digits")
    doc = _doc("resnet50")
    doc["stages"][0]["width_per_group"] = 10**400
    with pytest.raises(DesignError, match=r"stages\[0\]\.width_per_group"):
        design_from_dict(doc)
    for name, text in (("deep", deep), ("digits", digits)):
        path = _write(tmp_path / f"{name}.json", text)
        assert main(["summary", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error:") and "Traceback" not in err


def test_a_lone_surrogate_in_a_name_prints_and_exports(tmp_path, capsys, monkeypatch):
    path = _write(tmp_path / "s.json", _doc(name="bad\ud800name"))
    assert load_design(path).name == "bad\ud800name"  # the user's name stays as data
    assert main(["summary", str(path)]) == 0
    assert "bad" in capsys.readouterr().out
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(path), "-f", "trace-txt"]) == 0
    written = [p for p in tmp_path.glob("*.trace.txt")]
    assert written and "\\ud800" in written[0].read_text(encoding="utf-8")


# -- 3. a folder holding another run is refused -------------------------------------------

def _fake_run(folder: Path, design) -> dict[str, bytes]:
    folder.mkdir()
    (folder / "run.json").write_text(json.dumps({"id": folder.name, "name": "first run",
                                                 "design": design_to_dict(design)}))
    (folder / "metrics.jsonl").write_text(
        "".join(json.dumps({"type": "batch", "step": i, "loss": 1.0}) + "\n" for i in range(18)))
    (folder / "checkpoint.pt").write_bytes(b"PK\x03\x04 stands for the first run's weights")
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_train_into_a_folder_holding_another_run_is_refused_and_changes_nothing(
        tmp_path, tiny_design, capsys):
    run = tmp_path / "run"
    before = _fake_run(run, rs.preset("resnet18"))
    design = _write(tmp_path / "tiny.json", design_to_dict(tiny_design))
    assert main(["train", str(design), "--run-dir", str(run), "--epochs", "1"]) == 2
    err = capsys.readouterr().err
    assert "already holds another run (first run)" in err and f"--resume {run}" in err
    assert {p.name: p.read_bytes() for p in run.iterdir()} == before


def test_resuming_into_another_runs_folder_is_refused(tmp_path, tiny_design):
    run = tmp_path / "run"
    _fake_run(run, rs.preset("resnet18"))
    with pytest.raises(TrainingError) as e:
        check_run_dir(run, tiny_design, resuming=True)
    assert e.value.code == "run_dir_in_use"
    check_run_dir(run, rs.preset("resnet18"), resuming=True)  # its own run: fine
    check_run_dir(tmp_path / "new", tiny_design, resuming=False)
    with pytest.raises(TrainingError):
        check_run_dir(run, rs.preset("resnet18"), resuming=False)


# -- 4. bad files in the user folder are skipped -------------------------------------------

BAD_RUN_FILES = [
    '{"final": [1]}', '{"config": "oops"}', '{"name": ' + "[" * 50_000 + "]" * 50_000 + "}",
    '{"epochs_done": ' + "7" * 5000 + "}", '{"final": {"test_accuracy": "high"}}', "[1, 2]",
    '{"class_names": [1, 2]}', '{"checkpoint": 5}',
]


def test_bad_run_files_are_skipped_with_a_reason(tmp_path):
    root = tmp_path / "runs"
    for i, text in enumerate(BAD_RUN_FILES):
        (root / f"bad{i}").mkdir(parents=True)
        (root / f"bad{i}" / "run.json").write_text(text)
    good = root / "good"
    good.mkdir()
    (good / "run.json").write_text(json.dumps({"name": "good", "final": {"test_accuracy": 0.5}}))
    (good / "metrics.jsonl").write_text('{"type": "batch", "step": 1, "loss": 0.5}\n'
                                        '{"type": "batch", "step": "x"}\n[[[\n'
                                        '{"type": "epoch", "step": 1, "loss": "nan?"}\n')
    assert [r["name"] for r in list_runs(root)] == ["good"]
    for i in range(len(BAD_RUN_FILES)):
        with pytest.raises(TrainingError, match="run.json"):
            read_info(root / f"bad{i}")
        assert (root / f"bad{i}" / "run.json").exists()  # nothing deleted
    run = load_run(good)
    assert len(run["batches"]) == 1 and run["epochs"] == []


def test_the_studio_starts_despite_bad_user_files(tmp_path, qtbot, monkeypatch, _studio_home):
    from resnet_studio.ui.common import dialogs

    _studio_home.mkdir(parents=True, exist_ok=True)
    (_studio_home / "settings.ini").write_text(
        "[window]\ngeometry=garbage\nmainSplitter=1\n[General]\nrecentFiles=5\n")
    for i, text in enumerate(BAD_RUN_FILES):
        folder = _studio_home / "runs" / f"bad{i}"
        folder.mkdir(parents=True)
        (folder / "run.json").write_text(text)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: shown.append(a))
    from resnet_studio.ui.app import open_studio

    deep = _write(tmp_path / "deep.json", json.dumps(_doc(name="P")).replace(
        '"P"', "[" * 100_000 + "]" * 100_000))
    window = open_studio([str(deep)])
    qtbot.addWidget(window)
    assert window.isVisible() and window.document.design.name != "P"
    assert shown and "nested more than" in shown[0][2]
    window.files._fill_recent()
    window.close()


# -- 5. the log is never behind the checkpoint; stray temp files go -------------------------

def test_each_record_reaches_the_file_at_once(tmp_path, tiny_design, tiny_config):
    logger = RunLogger(tmp_path / "run", tiny_design, tiny_config)
    logger.on_fit_start({"resumed": False})
    logger.on_train_batch_end({"step": 1, "loss": 0.5})
    lines = (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()
    assert [json.loads(line)["step"] for line in lines] == [1]  # readable before any close
    logger.on_fit_end({"status": "stopped", "message": ""})


def test_a_resume_removes_stray_temp_files_and_sets_dropped_lines_aside(
        tmp_path, tiny_design, tiny_config):
    run = tmp_path / "run"
    _fake_run(run, tiny_design)
    stray = run / ".checkpoint.pt.abc123.tmp"
    stray.write_bytes(b"x" * 1000)
    (run / "notes.tmp").write_text("the user's")
    logger = RunLogger(run, tiny_design, tiny_config)
    logger.on_fit_start({"resumed": True, "start_step": 10})
    logger.on_fit_end({"status": "stopped", "message": ""})
    assert not stray.exists() and (run / "notes.tmp").exists()
    kept = [json.loads(x)["step"] for x in (run / "metrics.jsonl").read_text().splitlines()]
    dropped = (run / "metrics.dropped.jsonl").read_text().splitlines()
    assert kept == list(range(11)) and len(dropped) == 7
    assert remove_stray_temp_files(run) == []


# -- 7. names -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["n" * 300, "a\x00b", "lone\udc80surrogate", "../../etc/x"])
def test_hostile_names_get_safe_file_names_and_code(tmp_path, name, monkeypatch, capsys):
    path = _write(tmp_path / "d.json", _doc("cifar-resnet20", name=name))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    for fmt in ("py", "trace-txt"):
        assert main(["export", str(path), "-f", fmt]) == 0, capsys.readouterr().err
    files = list(out.iterdir())
    assert len(files) == 2 and all(len(f.name.encode()) < 200 for f in files)
    source = next(f for f in files if f.suffix == ".py").read_text(encoding="utf-8")
    compile(source, "exported.py", "exec")
    assert "\x00" not in source
    assert load_design(path).name == name


# -- 8. autosave recovery sets bad files aside, offers the good one ------------------------

def test_bad_autosaves_are_set_aside_and_a_good_one_is_offered(tmp_path):
    from resnet_studio.ui.document.autosave import FORMAT, find_orphans

    good_design = design_to_dict(rs.preset("resnet18"))
    deep = {"stages": "PLACE"}
    texts = {
        "nan": json.dumps({"format": FORMAT, "saved_at": math.nan, "design": good_design}),
        "e300": json.dumps({"format": FORMAT, "saved_at": 1e300, "design": good_design}),
        "digits": json.dumps({"format": FORMAT, "saved_at": 0, "design": good_design}).replace(
            '"saved_at": 0', '"saved_at": ' + "9" * 400),
        "deep": json.dumps({"format": FORMAT, "saved_at": 5, "design": deep}).replace(
            '"PLACE"', "[" * 100_000 + "]" * 100_000),
        "good": json.dumps({"format": FORMAT, "saved_at": time.time(), "design": good_design}),
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.json").write_text(text)
    (tmp_path / "nan.bad").write_text("an earlier bad autosave")
    found = find_orphans(tmp_path)
    assert [r.file.name for r in found] == ["good.json"] and found[0].when
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["deep.bad", "digits.bad", "e300.bad", "good.json", "nan.2.bad", "nan.bad"]
    assert (tmp_path / "nan.bad").read_text() == "an earlier bad autosave"


# -- 9. messages --------------------------------------------------------------------------

def test_a_file_as_data_dir_is_called_a_file(tmp_path, capsys):
    f = tmp_path / "data.bin"
    f.write_bytes(b"x")
    with pytest.raises(SystemExit) as e:
        main(["train", "d2l-resnet18", "--data-dir", str(f)])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err and "missing" not in err


def test_a_checkpoint_with_wrong_types_names_what_is_wrong(tmp_path, tiny_design, tiny_config):
    from resnet_studio.core.design.builder import build
    from resnet_studio.core.training.checkpoint import load_checkpoint, save_checkpoint

    model = build(tiny_design)
    path = tmp_path / "c.pt"
    save_checkpoint(path, design=tiny_design, config=tiny_config, model=model.state_dict(),
                    optimizer=torch.optim.SGD(model.parameters(), lr=0.1).state_dict(),
                    progress={"epoch": "one"})
    with pytest.raises(TrainingError) as e:
        load_checkpoint(path)
    assert "not a ResNet Studio checkpoint" in e.value.message
    assert "progress 'epoch'" in e.value.message


def test_names_the_system_refuses_are_reported_not_raised(capsys):
    long = "x" * 5000
    for argv in (["summary", long], ["summary", long + ".json"], [long],
                 ["export", long, "-f", "py"], ["train", "--resume", long]):
        assert main(argv) in (1, 2)
        err = capsys.readouterr().err
        assert err.startswith("error:") and "Traceback" not in err
