"""The training panel, driven for real: a tiny design on a slice of the embedded sample.

Every run here trains a network of a few thousand parameters on 256 images, so each
takes a second or two on a 2-core CPU. Modal dialogs are patched so nothing blocks.
"""

import json
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from test_ui_support import legends_rebuilt

from resnet_studio.core.design.design import Design, HeadSpec, InputSpec, StageSpec, StemSpec
from resnet_studio.core.design.trace import trace
from resnet_studio.core.training.config import TrainConfig
from resnet_studio.core.training.runs import list_runs
from resnet_studio.core.training.trainer import Trainer
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.training import panel as tp
from resnet_studio.ui.training.controller import RunState
from resnet_studio.ui.training.panel import TrainingPanel

RUN_TIMEOUT_MS = 60_000


def tiny_design(name: str = "tiny") -> Design:
    return Design(name, InputSpec(1, 28, 28), StemSpec(channels=8).with_kind("cifar"),
                  [StageSpec(8, 1, 1), StageSpec(16, 1, 2)], HeadSpec(10))


def tiny_config(**changes) -> TrainConfig:
    base = dict(dataset="fashion-mnist-sample", resize=None, epochs=2, batch_size=64,
                train_limit=256, test_limit=100)
    base.update(changes)
    return TrainConfig(**base)


@pytest.fixture
def panel(qtbot):
    p = TrainingPanel()
    qtbot.addWidget(p)
    p.set_design(tiny_design())
    p.settings.set_config(tiny_config())
    p.resize(1200, 800)
    yield p
    assert p.shutdown(timeout_s=5)


def run_to_end(qtbot, panel) -> dict:
    with qtbot.waitSignal(panel.run_finished, timeout=RUN_TIMEOUT_MS) as blocker:
        panel.start()
    return blocker.args[0]


def wait_for_batches(qtbot, panel, n: int = 1) -> None:
    qtbot.waitUntil(lambda: panel.latest.get("step", 0) >= n, timeout=RUN_TIMEOUT_MS)


def test_finished_run_has_curves_confusion_gallery_and_feature_maps(qtbot, panel, tmp_path):
    result = run_to_end(qtbot, panel)
    assert result["status"] == "finished", result
    run_id = panel.live_run
    steps = result["steps_done"]
    assert steps == 2 * 4  # 256 images / 64 a batch, 2 epochs

    loss = panel.plots.loss.series
    assert len(loss[(run_id, "batch_loss")].data) == steps
    assert np.allclose(loss[(run_id, "batch_loss")].data.x[:2], [1 / 4, 2 / 4])  # fractional
    assert list(loss[(run_id, "epoch_loss")].data.x) == [1.0, 2.0]
    assert len(panel.plots.accuracy.series[(run_id, "test_acc")].data) == 2
    grads = [k for k in panel.plots.grad.series if k[1].startswith("grad_")]
    assert {k[1] for k in grads} == {"grad_stem", "grad_stage1", "grad_stage2", "grad_head"}

    assert panel.confusion.matrix.size == 0  # a hidden tab is drawn when it is shown
    panel.tabs.setCurrentWidget(panel.confusion)
    m = panel.confusion.matrix
    assert m.shape == (10, 10) and m.sum() == 100
    assert panel.confusion.class_names[0] == "T-shirt/top"
    acc = result["final"]["test_accuracy"]
    assert np.trace(m) / 100 == pytest.approx(acc)

    panel.tabs.setCurrentWidget(panel.predictions)
    assert panel.gallery.count() > 0
    first = panel.gallery.item(0).data(256)
    qtbot.waitUntil(lambda: bool(panel.features.shapes), timeout=10_000)
    expected = trace(tiny_design(), (1, 1, 28, 28))
    assert panel.features.shapes[1:] == [tuple(s) for s in expected.stage_outputs]
    assert panel.features.shown_index() == first  # the most confident mistake

    panel.show_features(5)  # computed by the idle worker, drawn by the panel
    qtbot.waitUntil(lambda: panel.features.shown_index() == 5, timeout=10_000)

    runs = list_runs()
    assert len(runs) == 1 and runs[0]["status"] == "finished"
    assert panel.runs.item_of(runs[0]["path"]).text(1) == "finished"

    csv_path = tmp_path / "loss.csv"
    panel.plots.loss.export_csv(csv_path)
    rows = csv_path.read_text().splitlines()
    assert rows[0] == "run,series,epoch,value" and len(rows) > steps
    panel.plots.loss.export_png(tmp_path / "loss.png")
    assert (tmp_path / "loss.png").stat().st_size > 1000


def test_pause_resume_stop(qtbot, panel):
    panel.settings.epochs.setValue(30)
    panel.start()
    wait_for_batches(qtbot, panel, 2)
    panel.pause()
    assert panel.state is RunState.PAUSED and panel.pause_button.text() == "Resume"
    assert panel.worker.trainer.paused
    at_pause = panel.latest["step"]
    qtbot.wait(1500)  # unpaused, a batch of this tiny run takes milliseconds
    held = panel.latest["step"]
    # counted: only the batch in flight when pausing (and a row not yet sent) may follow
    assert held <= at_pause + 2, "training went on while paused"
    panel.resume()
    assert panel.state is RunState.RUNNING
    wait_for_batches(qtbot, panel, held + 2)
    with qtbot.waitSignal(panel.run_finished, timeout=RUN_TIMEOUT_MS) as blocker:
        panel.stop()
        assert panel.state is RunState.STOPPING and not panel.stop_button.isEnabled()
    result = blocker.args[0]
    assert result["status"] == "stopped"
    assert panel.state is RunState.IDLE and panel.start_button.isEnabled()
    info = json.loads((Path(panel.live_run) / "run.json").read_text())
    assert info["status"] == "stopped"
    assert (Path(panel.live_run) / "checkpoint.pt").is_file()
    panel.runs.select(panel.live_run)
    assert panel.continue_button.isEnabled()

    # continue the stopped run from its checkpoint: it goes on in the same folder
    with qtbot.waitSignal(panel.worker.fit_started, timeout=RUN_TIMEOUT_MS) as started:
        panel.continue_selected_run()
    assert started.args[0]["resumed"] and started.args[0]["start_step"] == result["steps_done"]
    with qtbot.waitSignal(panel.run_finished, timeout=RUN_TIMEOUT_MS):
        panel.stop()


def test_close_during_training_asks_and_stops_at_the_next_batch(qtbot, panel, monkeypatch):
    panel.settings.epochs.setValue(50)
    panel.start()
    wait_for_batches(qtbot, panel, 1)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: asked.append(a) or False)
    assert panel.confirm_close() is False and asked
    assert panel.state is RunState.RUNNING  # asking never stops the run
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    assert panel.confirm_close() is True
    assert panel.state is RunState.RUNNING  # the window stops it once all is answered
    run_dir = Path(panel.live_run)
    seen = panel.latest["step"]
    assert panel.shutdown(timeout_s=2.0)
    info = json.loads((run_dir / "run.json").read_text())
    assert info["status"] == "stopped"
    lines = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    batches = [r for r in lines if r["type"] == "batch"]
    # counted, not timed: at most the batch in flight (and one reported meanwhile) ran on
    assert seen <= len(batches) <= seen + 2


def _slow_convs(model, calls: list) -> int:
    """Each conv sleeps 0.3 s forward and 0.3 s backward; returns the slow calls a
    whole batch makes."""
    def slow(*_a):
        calls.append(time.monotonic())
        time.sleep(0.3)

    def slow_backward(_module, _inputs, output):
        if output.requires_grad:
            output.register_hook(lambda _grad: slow())

    convs = [m for m in model.modules() if isinstance(m, torch.nn.Conv2d)]
    for conv in convs:
        conv.register_forward_hook(lambda *a: slow())
        conv.register_forward_hook(slow_backward)
    return 2 * len(convs)


def test_close_during_a_slow_batch_interrupts_it(qtbot, panel):
    """A batch slower than the close budget is cut short (the engine's Ctrl-C path):
    counted in layers, not in seconds."""
    panel.settings.epochs.setValue(50)
    panel.start()
    wait_for_batches(qtbot, panel, 1)
    calls: list[float] = []
    per_batch = _slow_convs(panel.worker.trainer.model, calls)
    qtbot.waitUntil(lambda: len(calls) >= 1, timeout=RUN_TIMEOUT_MS)
    before = len(calls)
    assert panel.shutdown(timeout_s=2.0)
    # the 1 s graceful share lets about 3 slow layers run, then the next layer stops it
    assert len(calls) - before < per_batch - 1, "the slow batch ran to its end"
    assert panel.last_result["status"] == "stopped"


def test_close_while_loading_data_interrupts_it(qtbot, panel, monkeypatch):
    """Outside a batch (a download, an estimate) the worker is interrupted at its next
    Python instruction; a QThread is never left running (Qt would abort)."""
    from resnet_studio.ui.training import worker as training_worker

    loops = []

    def endless_download(*_args, **_kwargs):
        while True:
            loops.append(1)
            time.sleep(0.02)

    monkeypatch.setattr(training_worker, "estimate_epoch_seconds", endless_download)
    qtbot.waitUntil(lambda: panel.worker.ident is not None, timeout=30_000)
    panel.measure(tiny_design(), tiny_config())
    qtbot.waitUntil(lambda: bool(loops), timeout=RUN_TIMEOUT_MS)
    assert panel.shutdown(timeout_s=1.0)
    ended = len(loops)
    time.sleep(0.1)
    assert len(loops) == ended  # the loop was ended, not left running


def test_stop_before_the_first_batch_is_kept(qtbot, panel):
    """Stop while the data loads: the run stops as soon as it starts (it used to be lost)."""
    with qtbot.waitSignal(panel.run_finished, timeout=RUN_TIMEOUT_MS) as blocker:
        panel.start()
        assert panel.state is RunState.STARTING and not panel.pause_button.isEnabled()
        panel.stop()
        assert panel.state is RunState.STOPPING
    assert blocker.args[0]["status"] == "stopped" and blocker.args[0]["steps_done"] <= 1


def test_past_runs_reload_rename_delete(qtbot, monkeypatch):
    for name in ("resnet-a", "resnet-b"):
        Trainer(tiny_design(name), tiny_config(epochs=1)).fit()
    p = TrainingPanel()
    qtbot.addWidget(p)
    try:
        paths = p.runs.paths()
        assert len(paths) == 2
        names = {json.loads((Path(x) / "run.json").read_text())["name"]: x for x in paths}
        paths = [names["resnet-a"], names["resnet-b"]]
        p.runs.set_checked(paths[0], True)
        p.runs.set_checked(paths[1], True)
        qtbot.waitUntil(lambda: set(p.plots.run_ids()) == set(paths))  # read off the GUI thread
        assert len(p.plots.loss.series[(paths[0], "batch_loss")].data) == 4
        legends_rebuilt(qtbot, p.plots)
        assert {"resnet-a", "resnet-b"} <= set(p.plots.loss.legend.entries)  # runs named

        p.runs.item_of(paths[0]).setText(0, "with shortcuts")
        assert json.loads((Path(paths[0]) / "run.json").read_text())["name"] == "with shortcuts"
        assert p.plots.loss.run_labels[paths[0]] == "with shortcuts"
        p.runs.item_of(paths[1]).setText(0, "   ")  # an empty name is refused
        assert p.runs.item_of(paths[1]).text(0) == "resnet-b"
        assert "name" in p.message_text()

        p.runs.refresh()
        assert p.runs.item_of(paths[0]).text(0) == "with shortcuts"
        p.tabs.setCurrentWidget(p.confusion)
        p.runs.select(paths[1])
        qtbot.waitUntil(lambda: p.confusion.matrix.sum() == 100)  # its last confusion matrix

        # after a restart, a stored run's held-out predictions come from its checkpoint
        with qtbot.waitSignal(p.worker.analysed, timeout=RUN_TIMEOUT_MS) as analysed:
            p.tabs.setCurrentWidget(p.predictions)
        assert analysed.args[0]["run"] == paths[1] and analysed.args[0]["images"] == 100
        qtbot.waitUntil(lambda: p.gallery.count() > 0 and bool(p.features.shapes),
                        timeout=RUN_TIMEOUT_MS)
        assert p.features.shapes[-1] == (1, 16, 14, 14)

        monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
        p.runs.delete_selected()
        assert not Path(paths[1]).exists()
        assert p.runs.paths() == [paths[0]] and p.plots.run_ids() == [paths[0]]
    finally:
        assert p.shutdown()


def test_engine_faults_show_in_the_panel(qtbot, panel, tmp_path, monkeypatch):
    panel.settings.set_config(tiny_config(dataset="folder", data_dir=str(tmp_path / "none")))
    result = run_to_end(qtbot, panel)
    assert result["status"] == "failed"
    assert "does not exist" in panel.message_text() and panel.state is RunState.IDLE

    wrong = tiny_design()
    wrong.input.channels = 2
    panel.set_design(wrong)
    panel.settings.set_config(tiny_config())
    result = run_to_end(qtbot, panel)
    assert result["error"] == "channel_mismatch"
    assert "channel" in panel.message_text()

    panel.set_design(tiny_design())
    # beyond the form's range (it allows at most 10), as a script could ask
    monkeypatch.setattr(panel.settings, "config", lambda: tiny_config(lr=1e30, epochs=1))
    result = run_to_end(qtbot, panel)
    assert result["error"] == "non_finite_loss"
    assert "loss became" in panel.message_text()


def test_design_edits_during_a_run_apply_to_the_next(qtbot):
    doc = DesignDocument(tiny_design())
    p = TrainingPanel(doc)
    qtbot.addWidget(p)
    try:
        p.settings.set_config(tiny_config(epochs=30))
        p.start()
        wait_for_batches(qtbot, p, 1)
        assert not p.progress.note.isVisibleTo(p)
        doc.edit("more channels", lambda d: setattr(d.stages[1], "channels", 32))
        assert p.progress.note.isVisibleTo(p)
        assert p.worker.trainer.design.stages[1].channels == 16  # the run keeps its snapshot
        with qtbot.waitSignal(p.run_finished, timeout=RUN_TIMEOUT_MS):
            p.stop()
        assert not p.progress.note.isVisibleTo(p)

        # the stopped run's checkpoint brings its design back as one undoable edit
        ckpt = Path(p.live_run) / "checkpoint.pt"
        p.open_checkpoint(str(ckpt))  # read by the loader thread
        qtbot.waitUntil(lambda: doc.design.stages[1].channels == 16)
        doc.undo_stack.undo()
        assert doc.design.stages[1].channels == 32
        bad = Path(p.live_run) / "bad.pt"
        bad.write_bytes(b"not a checkpoint")
        p.open_checkpoint(str(bad))
        qtbot.waitUntil(lambda: "damaged" in p.message_text())
        with qtbot.waitSignal(p.checkpoint_copied) as copied:
            p.save_checkpoint(str(Path(p.live_run).parent / "copy.pt"))
        saved = copied.args[0]
        assert Path(saved).stat().st_size == ckpt.stat().st_size
        p.open_checkpoint(saved)  # from outside the runs folder: its curves come along
        key = str(Path(saved).resolve())
        qtbot.waitUntil(lambda: p.plots.has_run(key))
        assert len(p.plots.loss.series[(key, "batch_loss")].data) >= 1
    finally:
        assert p.shutdown()


def _fake_estimate(monkeypatch, seconds_per_batch: float) -> None:
    from resnet_studio.ui.training import worker as training_worker

    monkeypatch.setattr(tp, "needs_estimate", lambda design, config: True)
    monkeypatch.setattr(training_worker, "estimate_epoch_seconds", lambda design, config, **k: {
        "device": "cpu", "device_label": "CPU", "seconds_per_batch": seconds_per_batch,
        "steps_per_epoch": 40, "seconds_per_epoch": 40 * seconds_per_batch})


def test_long_cpu_run_offers_the_fast_choice(qtbot, panel, monkeypatch):
    _fake_estimate(monkeypatch, 30.0)  # 32 images in 30 s: hours for the run
    panel.settings.set_config(tiny_config(dataset="fashion-mnist-sample", resize=96, epochs=10))
    asked = []
    monkeypatch.setattr(panel, "ask_long_run",
                        lambda design, config, est, fast: asked.append(fast) or "cancel")
    with qtbot.waitSignal(panel.state_changed, timeout=RUN_TIMEOUT_MS,
                          check_params_cb=lambda s: s is RunState.IDLE):
        panel.start()
    assert asked and panel.state is RunState.IDLE
    assert "10 epochs" in panel.progress.estimate_text()
    fast = asked[0]
    assert fast is not None and fast.config.resize is None and fast.seconds > 0
    assert ("size", 28, 96) in fast.changes

    monkeypatch.setattr(panel, "ask_long_run", lambda design, config, est, fast: "fast")
    with qtbot.waitSignal(panel.worker.fit_started, timeout=RUN_TIMEOUT_MS) as started:
        panel.start()
    assert started.args[0]["dataset"] == "fashion-mnist-sample"
    assert started.args[0]["input_shape"] == [1, 28, 28]
    assert panel.settings.config().resize is None  # the form shows what was trained
    with qtbot.waitSignal(panel.run_finished, timeout=RUN_TIMEOUT_MS):
        panel.stop()


def test_estimate_measures_a_few_batches(qtbot, panel):
    with qtbot.waitSignal(panel.worker.estimated, timeout=RUN_TIMEOUT_MS) as blocker:
        panel.measure(tiny_design(), tiny_config())
    est = blocker.args[0]
    assert est["seconds_per_epoch"] > 0 and est["seconds_total"] == pytest.approx(
        2 * est["seconds_per_epoch"])
    assert est["device"] == "cpu"


@pytest.mark.skipif(not hasattr(os, "getpriority") or not sys.platform.startswith("linux"),
                    reason="per-thread nice is Linux's")
def test_worker_thread_runs_at_lower_priority(monkeypatch):
    from resnet_studio.ui.training.worker import TrainingWorker

    monkeypatch.setenv("RESNET_STUDIO_WORKER_NICE", "7")
    seen = {}

    def body():
        tid = threading.get_native_id()
        before = os.getpriority(os.PRIO_PROCESS, tid)
        TrainingWorker().lower_priority()
        seen["nice"] = (before, os.getpriority(os.PRIO_PROCESS, tid))

    t = threading.Thread(target=body)
    t.start()
    t.join()
    before, after = seen["nice"]
    assert after == max(before, 7)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before  # only it


def test_file_export_reads_the_trained_weights_from_the_checkpoint(qtbot, panel):
    from resnet_studio.core.training.checkpoint import load_checkpoint
    from resnet_studio.ui.export.reading import read_weights

    assert panel.weights_path() is None  # nothing trained yet
    assert run_to_end(qtbot, panel)["status"] == "finished"
    path = panel.weights_path()
    assert path == f"{panel.live_run}/checkpoint.pt"
    weights, saved = read_weights(path), load_checkpoint(path).model
    assert weights.keys() == saved.keys()
    assert all(torch.equal(weights[k], saved[k]) for k in saved)


# -- the panel's parts, without training --------------------------------------------

def test_controller_allows_only_the_moves_of_a_run(qtbot):
    from resnet_studio.ui.training.controller import RunController

    c = RunController()
    seen = []
    c.changed.connect(seen.append)
    assert c.can_start() and not c.can_stop()
    assert not c.move(RunState.RUNNING)  # a run starts first
    assert c.move(RunState.STARTING) and c.is_training() and c.can_stop()
    assert not c.can_pause()  # nothing to pause before the first batch
    assert c.move(RunState.RUNNING) and c.can_pause()
    assert c.move(RunState.PAUSED) and c.move(RunState.STOPPING)
    assert not c.move(RunState.RUNNING)  # a stopping run does not come back
    assert c.move(RunState.IDLE) and not c.is_active()
    assert seen == [RunState.STARTING, RunState.RUNNING, RunState.PAUSED, RunState.STOPPING,
                    RunState.IDLE]


def test_default_run_names_tell_runs_apart():
    from resnet_studio.ui.training.runs_list import default_run_name

    taken = {"d2l-resnet18 · lr 0.05 · 1"}
    assert default_run_name("d2l-resnet18", 0.05, taken) == "d2l-resnet18 · lr 0.05 · 2"
    assert default_run_name("d2l-resnet18", 0.1, taken) == "d2l-resnet18 · lr 0.1 · 1"
    assert default_run_name("plain-18", 0.05, taken) == "plain-18 · lr 0.05 · 1"


def test_long_run_question_comes_from_the_settings_and_the_estimate():
    from resnet_studio.core.design.presets import preset
    from resnet_studio.ui.training.long_run import ASK_ABOVE_S, fast_choice, question_texts

    design = preset("d2l-resnet18")
    defaults = TrainConfig(dataset="fashion-mnist-sample")  # d2l's recipe on the sample
    est = {"seconds_total": 6 * 60.0, "seconds_per_epoch": 36.0}
    assert est["seconds_total"] > ASK_ABOVE_S  # several minutes: the question is asked
    fast = fast_choice(design, defaults, est["seconds_total"])
    assert fast is not None and fast.config.resize is None
    assert ("size", 28, 96) in fast.changes and fast.seconds < est["seconds_total"] / 4
    text, more = question_texts(design, defaults, est, fast)
    assert "10 epochs" in text and "96×96" in text and "6 min" in text
    assert "28×28 images instead of 96×96" in more
    assert "(96×96 images, 10 epochs)" not in text + more  # the old fixed wording

    long = TrainConfig(dataset="fashion-mnist-sample", epochs=40)
    est = {"seconds_total": 24 * 60.0, "seconds_per_epoch": 36.0}
    fast = fast_choice(design, long, est["seconds_total"])
    text, more = question_texts(design, long, est, fast)
    assert "40 epochs" in text
    assert fast.config.epochs < 40 and ("epochs", fast.config.epochs, 40) in fast.changes
    assert f"{fast.config.epochs} epochs instead of 40" in more

    small = TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=1)
    assert fast_choice(design, small, 600.0) is None  # nothing quicker to offer


def test_feature_maps_are_served_only_when_asked(qtbot):
    """``_wanted`` (a request not yet served) exists from the start: serving before any
    request does nothing, a request is served once."""
    from resnet_studio.ui.training.worker import TrainingWorker

    worker = TrainingWorker()
    served = []
    worker.features_ready.connect(served.append)
    worker.serve_features()  # used to raise AttributeError: _wanted was never set
    assert served == []
    worker.request_features(3)  # no run to take it from yet: nothing, no error
    worker.serve_features()
    worker.serve_features()
    assert served == []


def test_run_logs_are_parsed_once_until_they_change(tmp_path):
    from resnet_studio.ui.training.loader import RunLogCache

    Trainer(tiny_design(), tiny_config(epochs=1), run_dir=tmp_path / "run").fit()
    cache = RunLogCache()
    first = cache.get(str(tmp_path / "run"))
    assert cache.get(str(tmp_path / "run")) is first and cache.reads == 1
    log = tmp_path / "run" / "metrics.jsonl"
    log.write_text(log.read_text() + json.dumps({"type": "epoch", "epoch": 9, "step": 99}) + "\n")
    again = cache.get(str(tmp_path / "run"))
    assert cache.reads == 2 and again["epochs"][-1]["epoch"] == 9


def test_new_runs_get_distinct_names(qtbot, panel):
    for _ in range(2):
        assert run_to_end(qtbot, panel)["status"] == "finished"
    lr = f"{tiny_config().lr:g}"
    names = sorted(r["name"] for r in list_runs())
    assert names == [f"tiny · lr {lr} · 1", f"tiny · lr {lr} · 2"]
    labels = set(panel.plots.loss.run_labels.values())
    assert set(names) <= labels  # the legends use them


def test_quit_asks_everything_first_then_stops(qtbot, monkeypatch):
    """Quit during a run with unsaved changes: both questions before anything stops;
    Cancel leaves the run and the window as they were; after confirming, the window
    goes at once and the run stops at the next batch."""
    from resnet_studio.ui.main_window import MainWindow

    window = MainWindow(autosave=False)
    qtbot.addWidget(window)
    panel = TrainingPanel()
    panel.set_design(tiny_design())
    panel.settings.set_config(tiny_config(epochs=50))
    window.add_training_panel(panel)
    window.show()
    window.document.edit("unsaved", lambda d: setattr(d.stages[0], "channels", 72))
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: asked.append("stop?") or True)
    monkeypatch.setattr(dialogs, "ask_save_changes",
                        lambda *a, **k: asked.append("save?") or "cancel")
    try:
        panel.start()
        wait_for_batches(qtbot, panel, 1)
        window.close()
        assert asked == ["stop?", "save?"] and window.isVisible()
        assert panel.state is RunState.RUNNING  # Cancel: the run goes on
        step = panel.latest["step"]
        wait_for_batches(qtbot, panel, step + 2)
        monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a, **k: "discard")
        t0 = time.monotonic()
        window.close()
        # generous for a shared 2-core machine: the stop itself is bounded by layers
        assert time.monotonic() - t0 < 2.0  # as the README says
        assert not window.isVisible() and not panel.worker_thread.is_running()
        assert panel.last_result["status"] == "stopped"
    finally:
        panel.shutdown()
