"""The lessons' words, translatable: title, what it is about, what the button does,
what to notice (with measured numbers filled in) and what to try next."""

from __future__ import annotations

from dataclasses import dataclass

from resnet_studio.ui.common.i18n import fill, tr


@dataclass(frozen=True)
class LessonText:
    title: str
    intro: str
    button: str
    notice: str  # may hold %1, %2, ... for measured values
    next: str


def lesson_text(name: str) -> LessonText:
    """The current language's text of one lesson."""
    return _TEXTS[name]()


def _residual_block() -> LessonText:
    return LessonText(
        tr("Lessons", "1. The residual block"),
        tr("Lessons", "A residual block computes H(x) = ReLU(F(x) + x): two 3x3 convs make F(x), "
              "the shortcut carries x around them. The sum needs F(x) and x of the same "
              "shape. d2l builds Residual(3, 3) and Residual(3, 6, use_1x1conv=True, "
              "strides=2) and feeds them a (4, 3, 6, 6) batch."),
        tr("Lessons", "Open the two blocks in the editor"),
        tr("Lessons", "Measured: Residual(3, 3) turns %1 into %2: same shape, so x is added as it "
              "is. Residual(3, 6, use_1x1conv=True, strides=2) turns %1 into %3: half the "
              "size, twice the channels, so the shortcut needs its own 1x1 conv with "
              "stride 2. The editor now holds both blocks (no stem, no head) and the "
              "shape trace shows the same shapes at batch 4."),
        tr("Lessons", "In the editor, give the second stage 12 channels or stride 1 and watch the "
              "trace; set its shortcut to identity and read the error (lesson 3)."),
    )


def _shape_table() -> LessonText:
    return LessonText(
        tr("Lessons", "2. ResNet-18's shapes"),
        tr("Lessons", "d2l's ResNet-18 takes a (1, 1, 224, 224) image. Every conv and pool "
              "gives an output of size floor((H + 2p - k)/s) + 1 for input size H, "
              "padding p, kernel k and stride s."),
        tr("Lessons", "Load ResNet-18 and compute the table"),
        tr("Lessons", "The stem halves the size twice (224 -> 112 -> 56); each later stage halves "
              "it once more while doubling the channels, down to %1 before the global "
              "average pool. Every shape of the trace agrees with a real forward pass: "
              "%2."),
        tr("Lessons", "Change the input to 96x96 (d2l's recipe) in the editor and read the trace: "
              "where does the map become 3x3?"),
    )


def _shortcut() -> LessonText:
    return LessonText(
        tr("Lessons", "3. When the shortcut needs a 1x1 conv"),
        tr("Lessons", "Where a block changes the channels or the size, x cannot be added to F(x) "
              "as it is: the shortcut needs a 1x1 conv (with the block's stride) to match "
              "them. The button loads ResNet-18 with stage 2's first shortcut forced to "
              "identity."),
        tr("Lessons", "Make stage 2's first shortcut identity"),
        tr("Lessons", "The studio refuses the design and says why:\n%1\nFix: %2"),
        tr("Lessons", "Press 'Apply the fix' (Edit > Undo takes it back). Then try the same on "
              "stage 1: why is an identity fine there?"),
    )


def _identity() -> LessonText:
    return LessonText(
        tr("Lessons", "4. Identity is easy to learn"),
        tr("Lessons", "If the best a block can do is nothing, a residual block only has to make "
              "F(x) = 0. With its last BatchNorm's scale set to zero (as torchvision's "
              "zero_init_residual does), F(x) is exactly 0 and H(x) = ReLU(x) = x for a "
              "non-negative input. A plain block has no x to give back."),
        tr("Lessons", "Measure max |H(x) - x|"),
        tr("Lessons", "Residual block, last BN zeroed: max |H(x) - x| = %1, exactly. The plain "
              "block with the same zeroing outputs ReLU(0) = 0, so its distance is the "
              "input's largest value, %2; with default weights %3."),
        tr("Lessons", "Open lesson 5: because the shortcut passes x through untouched, it also "
              "passes the gradient back untouched."),
    )


def _gradients() -> LessonText:
    return LessonText(
        tr("Lessons", "5. Gradient flow at initialisation"),
        tr("Lessons", "One forward and backward pass on 64 images of the sample, for He et al.'s "
              "CIFAR nets at depths 20, 56 and 110, residual and plain, seeded, Xavier "
              "init. The plot shows each conv and linear layer's gradient norm, input on "
              "the left, output on the right, on a log scale."),
        tr("Lessons", "Measure gradient norms"),
        tr("Lessons", "With BatchNorm the plain nets' gradients do not vanish: they are wildly "
              "uneven, largest near the data. At depth 56 the plain net's norms span "
              "%1x (max/min), the residual net's %2x; at depth 110, %3x against %4x. "
              "Without BatchNorm the plain nets' gradients do vanish: at depth 56 the "
              "largest is %5, at 110 %6 (the signal dies going forward, so the loss "
              "stays at ln 10 = 2.30)."),
        tr("Lessons", "Tick 'without BatchNorm'. Then train cifar-resnet56 and its plain twin "
              "from the Training tab and compare the gradient-norm plots there."),
    )


def _degradation() -> LessonText:
    from resnet_studio.core.lessons.degradation import Recipe

    r = Recipe()
    return LessonText(
        tr("Lessons", "6. Degradation: deeper plain nets train worse"),
        fill(tr("Lessons", "He et al. (2016, Figure 1): a 56-layer plain net has a higher "
                           "training error than a 20-layer one; that is not overfitting, it "
                           "is harder to optimise. Residual nets do not degrade. Here: "
                           "plain-20 against plain-56 and ResNet-20 against ResNet-56, "
                           "trained on %1 images of the sample at %2x%2, batch %3, %4 "
                           "epochs, SGD (lr %5, momentum %6). At most %7 minutes: each net "
                           "stops at a quarter of that budget."),
             r.images, r.size, r.batch, r.epochs, r.lr, r.momentum, f"{r.budget_s / 60:g}"),
        tr("Lessons", "Train the four nets"),
        tr("Lessons", "Final training error: plain-20 %1, plain-56 %2, ResNet-20 %3, "
                      "ResNet-56 %4. %5"),
        tr("Lessons", "The sample is small and the runs short; for the paper's picture, train "
                      "cifar-resnet20-plain and cifar-resnet56-plain (and their residual "
                      "twins) on full Fashion-MNIST or CIFAR-10: Training tab, dataset; or "
                      "resnet-studio train cifar-resnet56-plain --dataset cifar10 --resize 32 "
                      "--epochs 30; then overlay the runs."),
    )


def _receptive() -> LessonText:
    return LessonText(
        tr("Lessons", "7. The receptive field grows"),
        tr("Lessons", "Each output pixel of a layer sees a square of the input: its receptive "
              "field. A 3x3 conv adds 2 x (the stride so far) pixels to it, so it grows "
              "slowly in the stem and fast after each stride-2 layer. d2l's ResNet-18 at "
              "96x96, drawn on a sample image."),
        tr("Lessons", "Compute receptive fields"),
        tr("Lessons", "%1: %2x%2 pixels around the centre output (stride so far %3). The square "
              "comes from the trace; the dashed box is measured: the input pixels whose "
              "gradient of that output is not zero. They agree for %4 of %5 layers."),
        tr("Lessons", "Move the slider: from stage 2 on, one output sees the whole 96x96 image. "
              "Try 224x224 in the editor and read the receptive field column of the trace."),
    )


_TEXTS = {"residual-block": _residual_block, "shape-table": _shape_table,
          "shortcut": _shortcut, "identity": _identity, "gradient-flow": _gradients,
          "degradation": _degradation, "receptive-field": _receptive}
