"""The training loop: callbacks, controls, faults, resume, options, and that it learns."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from resnet_studio.core import StageSpec, preset
from resnet_studio.core.training.checkpoint import load_checkpoint
from resnet_studio.core.training.config import TrainConfig, TrainingError
from resnet_studio.core.training.runs import read_info
from resnet_studio.core.training.trainer import (
    Callback,
    Trainer,
    available_devices,
    estimate_epoch_seconds,
    pick_device,
)


class Recorder(Callback):
    """Keeps everything the engine reports; ``hook`` runs on every batch."""

    def __init__(self, hook=None):
        self.hook = hook
        self.info, self.batches, self.epochs, self.result = None, [], [], None
        self.errors, self.checkpoints = [], []

    def on_fit_start(self, info):
        self.info = info

    def on_train_batch_end(self, metrics):
        self.batches.append(metrics)
        if self.hook:
            self.hook(metrics)

    def on_epoch_end(self, metrics):
        self.epochs.append(metrics)

    def on_checkpoint(self, path):
        self.checkpoints.append(path)

    def on_fit_end(self, result):
        self.result = result

    def on_exception(self, error):
        self.errors.append(error)

    @property
    def losses(self):
        return [b["loss"] for b in self.batches]


def test_fit_reports_plain_data_through_every_hook(tiny_design, tiny_config):
    rec = Recorder()
    trainer = Trainer(tiny_design, tiny_config, [rec])
    result = trainer.fit()
    assert result["status"] == "finished", result
    assert result == rec.result
    for payload in (rec.info, *rec.batches, *rec.epochs, result):
        json.dumps(payload)  # plain Python data only: no tensors, no numpy
    info = rec.info
    assert info["dataset"] == "fashion-mnist-sample" and info["test_name"] == "held-out"
    assert (info["train_size"], info["test_size"], info["steps_per_epoch"]) == (128, 64, 4)
    assert info["input_shape"] == [1, 28, 28] and info["total_steps"] == 8
    assert [b["epoch"] for b in rec.batches] == [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0]
    assert [b["step"] for b in rec.batches] == list(range(1, 9))
    assert all(b["examples_per_s"] > 0 and b["lr"] == 0.05 for b in rec.batches)
    e = rec.epochs[-1]
    assert e["epoch"] == 2 and e["step"] == 8
    assert set(e["grad_norms"]) == {"stem", "stage1", "head"}
    assert all(v > 0 for v in e["grad_norms"].values())
    assert len(e["confusion"]) == 10 and sum(map(sum, e["confusion"])) == 64
    assert e["test_accuracy"] == pytest.approx(sum(e["confusion"][i][i] for i in range(10)) / 64)
    assert len(e["per_class_accuracy"]) == 10 and len(e["class_names"]) == 10
    p = e["predictions"]
    assert len(p["pred"]) == len(p["target"]) == len(p["confidence"]) == len(p["index"]) == 64
    assert p["target"] == trainer.data.test.targets.tolist()
    assert all(0 < c <= 1 for c in p["confidence"])
    assert result["epochs_done"] == 2 and result["steps_done"] == 8
    assert Path(result["checkpoint"]).is_file() and rec.checkpoints[-1] == result["checkpoint"]
    assert isinstance(trainer.model, torch.nn.Module)


def test_pause_resume_and_stop_from_another_thread(tiny_design, tiny_config):
    config = replace(tiny_config, batch_size=8, epochs=1)  # 16 steps
    second = threading.Event()
    rec = Recorder(lambda m: second.set() if m["step"] == 2 else None)
    trainer = Trainer(tiny_design, config, [rec])
    runner = threading.Thread(target=trainer.fit)
    runner.start()
    assert second.wait(60)
    trainer.pause()
    assert trainer.paused
    at_pause = len(rec.batches)
    threading.Event().wait(0.5)
    assert len(rec.batches) <= at_pause + 1  # honoured within one batch, then idle
    held = len(rec.batches)
    threading.Event().wait(0.3)
    assert len(rec.batches) == held
    trainer.resume()
    trainer.stop()
    runner.join(60)
    assert rec.result["status"] == "stopped"
    assert len(rec.batches) <= held + 1
    ckpt = load_checkpoint(rec.result["checkpoint"])
    assert ckpt.progress["step"] == len(rec.batches) == rec.result["steps_done"]


def test_a_stop_during_the_last_batch_of_an_epoch_still_ends_that_epoch(tiny_design, tiny_config):
    """Stop pressed while epoch 1's last batch runs: the epoch is evaluated and listed
    (one epoch, a held-out figure), the run reads "stopped", and it resumes at epoch 2."""
    trainer = None

    def stop_at_the_last_batch(m):
        if m["batch"] == m["batches"] and m["epoch"] == 1:
            trainer.stop()

    rec = Recorder(stop_at_the_last_batch)
    trainer = Trainer(tiny_design, replace(tiny_config, epochs=3), [rec])
    result = trainer.fit()
    assert result["status"] == "stopped"
    assert result["epochs_done"] == 1 and len(rec.epochs) == 1 and result["steps_done"] == 4
    assert result["final"]["test_accuracy"] is not None
    assert rec.epochs[0]["test_accuracy"] == result["final"]["test_accuracy"]
    ckpt = load_checkpoint(result["checkpoint"])
    assert (ckpt.progress["epoch"], ckpt.progress["batch"]) == (1, 0)


def test_a_stop_mid_epoch_does_not_end_the_epoch(tiny_design, tiny_config):
    trainer = None
    rec = Recorder(lambda m: trainer.stop() if m["batch"] == 2 else None)
    trainer = Trainer(tiny_design, tiny_config, [rec])
    result = trainer.fit()
    assert result["status"] == "stopped" and result["epochs_done"] == 0 and rec.epochs == []
    assert result["steps_done"] == 2


def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_non_finite_loss_stops_names_the_step_and_keeps_the_last_good_checkpoint(
        tiny_design, tiny_config):
    saved = {}

    class Poison(Recorder):
        def on_checkpoint(self, path):
            saved["digest"] = _digest(path)
            with torch.no_grad():  # after epoch 1 is safely on disk, break the weights
                trainer.model.fc.weight.fill_(float("nan"))

    rec = Poison()
    trainer = Trainer(tiny_design, replace(tiny_config, epochs=3), [rec])
    result = trainer.fit()
    assert result["status"] == "failed" and result["error"] == "non_finite_loss"
    assert "step 5" in result["message"] and "epoch 2" in result["message"]
    assert "last good checkpoint is kept" in result["fix"]
    assert rec.errors and rec.errors[0].code == "non_finite_loss"
    assert _digest(result["checkpoint"]) == saved["digest"]
    ckpt = load_checkpoint(result["checkpoint"])
    assert ckpt.progress["step"] == 4
    assert all(torch.isfinite(v).all() for v in ckpt.model.values() if v.is_floating_point())
    assert read_info(result["run_dir"])["status"] == "failed"


def test_out_of_memory_is_caught_with_a_smaller_batch_hint(tiny_design, tiny_config):
    def explode(module, args):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    def arm(metrics):
        if metrics["step"] == 1:
            trainer.model.register_forward_pre_hook(explode)

    rec = Recorder(arm)
    trainer = Trainer(tiny_design, tiny_config, [rec])
    result = trainer.fit()
    assert result["status"] == "failed" and result["error"] == "out_of_memory"
    assert "batch size 32" in result["message"]
    assert "smaller batch (try 16)" in result["fix"]
    assert rec.errors[0].code == "out_of_memory"
    assert read_info(result["run_dir"])["status"] == "failed"


def test_an_unexpected_error_fails_the_run_not_the_host(tiny_design, tiny_config):
    def boom(metrics):
        raise ValueError("listener bug")

    result = Trainer(tiny_design, tiny_config, [Recorder(boom)]).fit()
    assert result["status"] == "failed" and result["error"] == "run_failed"
    assert "ValueError: listener bug" in result["message"]
    assert "Traceback" in result["traceback"]


def test_a_full_disk_says_where_to_free_how_much(tiny_design, tiny_config, monkeypatch):
    import errno

    from resnet_studio.core.training import checkpoint

    real = checkpoint.atomic_write_bytes
    calls = []

    def full(path, data):
        calls.append(path)
        if len(calls) > 1:  # the first epoch's checkpoint fits, the second does not
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(checkpoint, "atomic_write_bytes", full)
    rec = Recorder()
    result = Trainer(tiny_design, tiny_config, [rec]).fit()
    assert result["status"] == "failed" and result["error"] == "disk_full", result
    folder = result["run_dir"]
    params = rec.errors[0].params
    assert params["folder"] == folder and params["mb"] >= 1 and params["step"] == 8
    assert f"Free space in {folder}, about {params['mb']} MB needed" in result["fix"]
    assert "last good checkpoint is kept" in result["fix"] and "report" not in result["fix"]


@pytest.mark.parametrize("field, advice", [
    ("momentum", "Set momentum to a number from 0"),
    ("weight_decay", "Set weight decay to 0"),
    ("lr", "Set the learning rate to a number above 0"),
])
def test_a_nan_setting_gets_its_own_advice(field, advice):
    with pytest.raises(TrainingError) as info:
        TrainConfig(**{field: float("nan")}).check()
    e = info.value
    assert e.code == "bad_config" and e.params["field"] == field
    assert "not a finite number" in e.message and e.fix.startswith(advice)
    if field != "lr":
        assert "learning rate" not in e.fix


def test_a_huge_seed_is_named_with_its_range():
    with pytest.raises(TrainingError) as info:
        TrainConfig(seed=2**70).check()
    assert info.value.params["field"] == "seed"
    assert "from 0 to 9,223,372,036,854,775,807" in info.value.message
    TrainConfig(seed=2**63 - 1).check()  # the largest torch takes is allowed


def test_errors_and_notes_carry_codes_and_numbers_not_phrases(tiny_design, tiny_config):
    """What the engine reports is rebuilt from code + params alone: no English inside."""
    tiny_design.input.channels = 3
    tiny_design.head.classes = 12
    rec = Recorder()
    config = replace(tiny_config, epochs=1, train_limit=64, test_limit=32, amp="bf16")
    assert Trainer(tiny_design, config, [rec], record=False).fit()["status"] == "finished"
    codes = [n.code for n in rec.info["notes"]]
    assert {"channels_repeated", "head_larger", "precision_set"} <= set(codes)
    head = rec.info["notes"][codes.index("head_larger")]
    assert head.params == {"outputs": 12, "dataset": "Fashion-MNIST sample (embedded)",
                           "classes": 10}
    assert head == "The head has 12 outputs; Fashion-MNIST sample (embedded) uses 10 of them."
    tiny_design.stages.append(StageSpec(channels=16, blocks=1, stride=2, shortcut="identity"))
    result = Trainer(tiny_design, tiny_config, [rec], record=False).fit()
    error = rec.errors[-1]
    assert error.code == "design_invalid" and result["message"] == error.message
    problem = error.params["problem"]
    assert problem.params == {"in_channels": 8, "out_channels": 16, "stride": 2,
                              "reason": "channels_halves"}
    again = TrainingError.from_dict(json.loads(json.dumps(error.to_dict())))
    assert again.texts() == error.texts()
    assert "channels change 8 -> 16 and stride 2 halves the size" in again.message


@pytest.fixture
def measured(monkeypatch):
    """Pretend the device has fast bf16 and that measuring gives (float32 s, bf16 s)."""
    from resnet_studio.core.training import precision

    def set_speeds(fp32: float, bf16: float) -> None:
        precision.forget_choices()
        monkeypatch.setattr(precision, "fast_bf16", lambda device: True)
        monkeypatch.setattr(precision, "_measure", lambda *a: (fp32, bf16))

    yield set_speeds
    precision.forget_choices()


def test_auto_precision_takes_bf16_where_measured_faster(tiny_design, tiny_config, measured):
    measured(2.0, 1.0)
    rec = Recorder()
    result = Trainer(tiny_design, replace(tiny_config, epochs=1), [rec], record=False).fit()
    assert result["status"] == "finished"
    assert rec.info["amp"] == "bf16" and rec.info["channels_last"]
    assert "Precision: bf16 with channels_last (auto, 2.0x faster here)." in rec.info["notes"]
    measured(1.0, 0.95)  # 1.05x: not worth it
    Trainer(tiny_design, replace(tiny_config, epochs=1), [rec], record=False).fit()
    assert rec.info["amp"] == "off" and not rec.info["channels_last"]
    assert "Precision: float32 (auto: bf16 measured 1.05x here, not faster)." in rec.info["notes"]


def test_forced_precision_is_used_without_measuring(tiny_design, tiny_config, measured):
    measured(2.0, 1.0)
    for amp, layout in (("off", False), ("fp16", True)):
        rec = Recorder()
        config = replace(tiny_config, epochs=1, amp=amp, channels_last=layout)
        assert Trainer(tiny_design, config, [rec], record=False).fit()["status"] == "finished"
        assert rec.info["amp"] == amp and rec.info["channels_last"] == layout
        assert all(torch.isfinite(torch.tensor(b["loss"])) for b in rec.batches)
        assert rec.info["notes"][-1].code == "precision_set"


def test_a_resumed_run_keeps_the_precision_it_started_in(tiny_design, tiny_config, measured):
    measured(2.0, 1.0)
    first = Recorder(lambda m: trainer.stop() if m["step"] == 2 else None)
    trainer = Trainer(tiny_design, tiny_config, [first])
    stopped = trainer.fit()
    assert stopped["status"] == "stopped" and first.info["amp"] == "bf16"
    measured(1.0, 2.0)  # the machine now measures otherwise: the run still continues in bf16
    rest = Recorder()
    assert Trainer.resume_from(stopped["checkpoint"], [rest]).fit()["status"] == "finished"
    assert rest.info["amp"] == "bf16" and rest.info["channels_last"]
    assert "Precision: bf16 with channels_last (auto, kept from the run's start)." \
        in rest.info["notes"]


def test_estimate_and_run_agree_on_the_measured_precision(tiny_design, tiny_config, measured):
    from resnet_studio.core.training import precision

    measured(2.0, 1.0)
    calls = []
    monkey = precision._measure
    precision._measure = lambda *a: calls.append(1) or monkey(*a)
    try:
        estimate_epoch_seconds(tiny_design, tiny_config, batches=1)
        rec = Recorder()
        Trainer(tiny_design, replace(tiny_config, epochs=1), [rec], record=False).fit()
    finally:
        precision._measure = monkey
    assert len(calls) == 1 and rec.info["amp"] == "bf16"


def test_resumed_run_repeats_the_uninterrupted_losses_exactly(tiny_design, tiny_config):
    config = replace(tiny_config, augment=True, momentum=0.9, schedule="cosine",
                     weight_decay=1e-4, epochs=3)
    whole = Recorder()
    assert Trainer(tiny_design, config, [whole]).fit()["status"] == "finished"

    first = Recorder()
    first.hook = lambda m: trainer.stop() if m["step"] == 6 else None
    trainer = Trainer(tiny_design, config, [first])
    stopped = trainer.fit()
    assert stopped["status"] == "stopped" and stopped["steps_done"] == 6

    rest = Recorder()
    resumed = Trainer.resume_from(stopped["checkpoint"], [rest])
    assert resumed.run_dir == Path(stopped["run_dir"])
    assert resumed.fit()["status"] == "finished"
    assert rest.info["resumed"] and rest.info["start_step"] == 6
    assert first.losses + rest.losses == whole.losses
    assert [b["step"] for b in rest.batches] == [7, 8, 9, 10, 11, 12]
    for a, b in zip(whole.epochs[1:], rest.epochs):  # epoch 2 was cut in half
        for key in ("train_loss", "train_accuracy", "test_loss", "test_accuracy", "grad_norms"):
            assert a[key] == b[key], key
    log = [json.loads(line) for line in (Path(stopped["run_dir"]) / "metrics.jsonl")
           .read_text().splitlines()]
    assert [r["step"] for r in log if r["type"] == "batch"] == list(range(1, 13))
    assert [r["epoch"] for r in log if r["type"] == "epoch"] == [1, 2, 3]


def test_resume_can_extend_a_finished_run(tiny_design, tiny_config):
    done = Trainer(tiny_design, replace(tiny_config, epochs=1)).fit()
    rec = Recorder()
    result = Trainer.resume_from(done["checkpoint"], [rec], epochs=2).fit()
    assert result["status"] == "finished" and result["epochs_done"] == 2
    assert [e["epoch"] for e in rec.epochs] == [2]


@pytest.mark.parametrize("change, code", [
    ({"input_channels": 2}, "channel_mismatch"),
    ({"classes": 5}, "classes_mismatch"),
    ({"identity": True}, "design_invalid"),
    ({"resize": 0}, "bad_config"),
    ({"device": "cuda:7"}, "device_unavailable"),
])
def test_setup_faults_fail_with_a_clear_message(tiny_design, tiny_config, change, code):
    d, c = tiny_design, tiny_config
    if "input_channels" in change:
        d.input.channels = change["input_channels"]
    if "classes" in change:
        d.head.classes = change["classes"]
    if "identity" in change:
        d.stages.append(StageSpec(channels=16, blocks=1, stride=2, shortcut="identity"))
    if "resize" in change:
        c = replace(c, resize=0)
    if "device" in change:
        c = replace(c, device=change["device"])
    rec = Recorder()
    result = Trainer(d, c, [rec]).fit()
    assert result["status"] == "failed" and result["error"] == code, result
    assert result["message"] and result["fix"]
    assert rec.errors[0].code == code and rec.info is None


def test_an_input_too_small_for_the_design_names_the_size(tiny_design, tiny_config):
    tiny_design.stem.padding = 0  # a 3x3 conv without padding needs at least 3x3
    result = Trainer(tiny_design, replace(tiny_config, resize=2)).fit()
    assert result["error"] == "input_too_small"
    assert "2x2" in result["message"] and "resize" in result["fix"]


def test_a_three_channel_design_gets_an_announced_conversion(tiny_design, tiny_config):
    tiny_design.input.channels = 3
    rec = Recorder()
    config = replace(tiny_config, epochs=1, train_limit=64, test_limit=32)
    assert Trainer(tiny_design, config, [rec]).fit()["status"] == "finished"
    assert any("repeated 3 times" in note for note in rec.info["notes"])
    assert rec.info["input_shape"] == [3, 28, 28]


@pytest.mark.parametrize("options", [
    {"optimizer": "sgd", "momentum": 0.9, "nesterov": True, "schedule": "step", "init": "kaiming"},
    {"optimizer": "adam", "lr": 1e-3, "schedule": "onecycle", "init": "default",
     "label_smoothing": 0.1},
    {"optimizer": "adamw", "lr": 1e-3, "weight_decay": 0.05, "schedule": "cosine",
     "channels_last": True, "augment": True, "resize": 32, "amp": "bf16"},
])
def test_every_optimizer_schedule_and_init_trains(tiny_design, tiny_config, options):
    rec = Recorder()
    config = replace(tiny_config, epochs=1, train_limit=64, test_limit=32, **options)
    result = Trainer(tiny_design, config, [rec], record=False).fit()
    assert result["status"] == "finished", result
    assert all(torch.isfinite(torch.tensor(b["loss"])) for b in rec.batches)
    assert result["checkpoint"] is None
    if options["schedule"] != "step":
        assert len({b["lr"] for b in rec.batches}) > 1  # the schedule moved the rate
    if "amp" in options:  # forced bf16 runs on a CPU too (autocast), and is announced
        assert rec.info["amp"] == "bf16" and rec.info["channels_last"]
        assert "Precision: bf16 with channels_last (as set)." in rec.info["notes"]


def test_checkpoints_are_also_written_inside_long_epochs(tiny_design, tiny_config):
    rec = Recorder()
    config = replace(tiny_config, epochs=1, checkpoint_minutes=1e-9)  # "every step"
    result = Trainer(tiny_design, config, [rec]).fit()
    assert result["status"] == "finished"
    assert len(rec.checkpoints) == 4 + 1  # after each step, then at the epoch's end
    assert load_checkpoint(result["checkpoint"]).progress["epoch"] == 1


def test_estimate_epoch_seconds_measures_without_writing(tiny_design, tiny_config, _studio_home):
    est = estimate_epoch_seconds(tiny_design, tiny_config, batches=2)
    assert est["steps_per_epoch"] == 4 and est["device"] == "cpu"
    assert 0 < est["seconds_per_batch"] < est["seconds_per_epoch"] < est["seconds_total"]
    assert not (_studio_home / "runs").exists()


def test_devices_list_the_cpu_last_and_auto_picks_the_first():
    devices = available_devices()
    assert devices[-1][0] == "cpu" and "CPU" in devices[-1][1]
    assert str(pick_device("auto")) == devices[0][0]


@pytest.mark.slow
def test_d2l_resnet18_learns_fashion_mnist_sample_at_28x28():
    """The learning check: d2l's network and settings, images kept at 28x28, CPU."""
    rec = Recorder()
    config = TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=8, device="cpu")
    result = Trainer(preset("d2l-resnet18"), config, [rec], record=False).fit()
    assert result["status"] == "finished", result
    accuracy = rec.epochs[-1]["test_accuracy"]
    print(f"held-out accuracy after 8 epochs: {accuracy:.3f} in {result['seconds']:.0f} s")
    assert accuracy >= 0.70


@pytest.mark.slow
def test_bf16_learns_as_well_as_float32_at_28x28():
    """The learning check in float32 and in bf16 + channels_last (forced, as "auto"
    chooses where it is faster): bf16's held-out accuracy at most 2 points below."""
    accuracy = {}
    for amp, layout in (("off", False), ("bf16", True)):
        rec = Recorder()
        config = TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=8,
                             device="cpu", amp=amp, channels_last=layout)
        result = Trainer(preset("d2l-resnet18"), config, [rec], record=False).fit()
        assert result["status"] == "finished", result
        accuracy[amp] = rec.epochs[-1]["test_accuracy"]
        print(f"{amp}: held-out accuracy {accuracy[amp]:.3f} in {result['seconds']:.0f} s")
    assert accuracy["bf16"] >= accuracy["off"] - 0.02, accuracy

