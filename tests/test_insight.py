"""Feature maps, gallery order and per-class accuracy (core, no Qt)."""

import numpy as np
import pytest
import torch

from resnet_studio.core import build, preset, trace
from resnet_studio.core.training.insight import (
    gallery_order,
    per_class_accuracy,
    prepare_image,
    stage_activations,
    tile_maps,
    watch_points,
)


def test_activation_shapes_equal_the_trace():
    design = preset("cifar-resnet20")
    model = build(design)
    model.train()
    x = prepare_image(np.random.randint(0, 255, (32, 32, 3), dtype=np.uint8), 3, (32, 32))
    acts, probs = stage_activations(model, x)
    t = trace(design, (1, 3, 32, 32))
    assert [a.name for a in acts] == ["stem", "stage1", "stage2", "stage3"]
    assert acts[0].shape == tuple(t.stem_output)
    assert [a.shape for a in acts[1:]] == [tuple(s) for s in t.stage_outputs]
    assert acts[3].maps.shape == (64, 8, 8)
    assert probs.shape == (10,) and abs(probs.sum() - 1) < 1e-5
    assert model.training, "the model's train mode must be restored"


def test_watch_points_follow_the_design():
    design = preset("d2l-resnet18")
    names = [n for n, _ in watch_points(build(design))]
    assert names == ["stem", "stage1", "stage2", "stage3", "stage4"]


def test_prepare_image_matches_channels_and_size():
    grey = np.full((28, 28), 255, np.uint8)
    x = prepare_image(grey, 3, (96, 96))
    assert x.shape == (1, 3, 96, 96) and float(x.max()) == pytest.approx(1.0)
    rgb = np.zeros((3, 32, 32), np.uint8)
    assert prepare_image(rgb, 1).shape == (1, 1, 32, 32)
    with pytest.raises(ValueError):
        prepare_image(np.zeros((1, 1, 2, 2)), 1)


def test_tile_maps_grid_and_scaling():
    maps = np.stack([np.full((4, 5), float(i)) for i in range(10)])
    maps[3, 0, 0] = 100.0
    grid, shown = tile_maps(maps, max_maps=9, pad=1)
    assert shown == 9
    assert grid.shape == (3 * 5 - 1, 3 * 6 - 1)
    assert np.isnan(grid[4, 0])  # a separator row
    assert np.nanmax(grid) == 1.0 and np.nanmin(grid) == 0.0
    one, n = tile_maps(np.zeros((1, 2, 2)))
    assert n == 1 and one.shape == (2, 2) and not np.isnan(one).any()


def test_gallery_order_mistakes_first_most_confident_first():
    pred = [0, 1, 2, 3, 4]
    target = [0, 2, 2, 1, 4]
    conf = [0.9, 0.6, 0.5, 0.95, 0.7]
    order = list(gallery_order(pred, target, conf))
    assert order[:2] == [3, 1]  # mistakes, 0.95 before 0.6
    assert order[2:] == [2, 4, 0]  # correct ones, least confident first


def test_per_class_accuracy_from_confusion():
    m = [[8, 2, 0], [1, 1, 0], [0, 0, 0]]
    acc = per_class_accuracy(m)
    assert acc[0] == pytest.approx(0.8) and acc[1] == pytest.approx(0.5)
    assert np.isnan(acc[2])
    assert per_class_accuracy(np.zeros((0, 0))).size == 0


def test_stage_activations_are_the_stage_outputs_and_keep_the_mode():
    design = preset("cifar-resnet20")
    model = build(design).train()
    x = torch.rand(1, 3, 32, 32)
    acts, probs = stage_activations(model, x)
    assert model.training  # a training loop may call it between batches
    assert all(a.maps.dtype == np.float32 for a in acts)
    # The stem's and each stage's output, with the shapes the trace computes...
    t = trace(design, (1, 3, 32, 32))
    ends = [t.block_outputs[(si, st.blocks - 1)] for si, st in enumerate(design.stages)]
    assert [a.shape for a in acts][-len(ends):] == ends
    # ...and the values of an eval-mode forward pass.
    model.eval()
    with torch.no_grad():
        expected = model.layer3(model.layer2(model.layer1(
            model.maxpool(model.relu(model.bn1(model.conv1(x)))))))
        logits = model(x)
    assert np.allclose(acts[-1].maps, expected[0].numpy(), atol=1e-5)
    assert np.allclose(probs, torch.softmax(logits, 1)[0].numpy(), atol=1e-6)


def test_load_trained_checkpoint_predicts_like_the_engine(tmp_path):
    from resnet_studio.core.design.design import Design, HeadSpec, InputSpec, StageSpec, StemSpec
    from resnet_studio.core.training.config import TrainConfig
    from resnet_studio.core.training.insight import load_trained, predict
    from resnet_studio.core.training.trainer import Callback, Trainer

    class Keep(Callback):
        def on_epoch_end(self, m):
            self.predictions = m["predictions"]

    design = Design("tiny", InputSpec(1, 28, 28), StemSpec(channels=8).with_kind("cifar"),
                    [StageSpec(8, 1, 1), StageSpec(16, 1, 2)], HeadSpec(12))  # 12 > 10
    keep = Keep()
    # float32: "auto" may pick bf16 where it measures faster (a machine-dependent choice),
    # and the loaded model predicts in float32.
    config = TrainConfig(dataset="fashion-mnist-sample", resize=None, epochs=1,
                         batch_size=64, train_limit=128, test_limit=60, amp="off")
    result = Trainer(design, config, [keep], run_dir=tmp_path / "run").fit()
    trained = load_trained(result["checkpoint"])
    assert trained.epochs_done == 1 and len(trained.data.test) == 60
    out = predict(trained.model, trained.pipeline, trained.data.test.images, 10, batch=16)
    assert out["pred"] == keep.predictions["pred"]
    assert np.allclose(out["confidence"], keep.predictions["confidence"], atol=1e-5)
