"""The training settings form: dataset, data folder, hyper-parameters, device.

Defaults are d2l's (the ResNet chapter's recipe): Fashion-MNIST at 96x96, batch 256,
SGD with learning rate 0.05, 10 epochs, Xavier init. The form reads and writes a
:class:`TrainConfig`; it never starts anything itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.training.config import TrainConfig
from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.i18n import device_text

DATASET_IDS = ("auto", "fashion-mnist-sample", "fashion-mnist", "mnist", "cifar10", "folder")
OPTIMIZER_IDS = ("sgd", "adam", "adamw")
SCHEDULE_IDS = ("none", "step", "cosine", "onecycle")
INIT_IDS = ("xavier", "kaiming", "default")
AMP_IDS = ("auto", "off", "bf16", "fp16")


def _combo(ids: tuple[str, ...] = ()) -> QComboBox:
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    for i in ids:
        box.addItem(i, i)
    return box


def _select(box: QComboBox, value: str) -> None:
    i = box.findData(value)
    if i >= 0:
        box.setCurrentIndex(i)


class TrainingSettings(QWidget):
    """Every training setting, with d2l's defaults; ``config()`` reads them."""

    changed = Signal()

    def __init__(self, devices: list[tuple[str, str]] | None = None, parent=None):
        super().__init__(parent)
        self.dataset = _combo(DATASET_IDS)
        self.data_dir = QLineEdit()
        self.browse = QToolButton()
        self.browse.setText("…")
        self.browse.clicked.connect(self._browse)
        self.resize_on = QCheckBox()
        self.resize = QSpinBox()
        self.resize.setRange(8, 1024)
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 10_000)
        self.batch = QSpinBox()
        self.batch.setRange(1, 65_536)
        self.optimizer = _combo(OPTIMIZER_IDS)
        self.lr = QDoubleSpinBox()
        self.lr.setDecimals(5)
        self.lr.setRange(1e-5, 10.0)
        self.lr.setSingleStep(0.01)
        self.device = _combo()
        self.set_devices(devices or [("auto", "auto")])

        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.toggled.connect(self._show_more)
        self.momentum = QDoubleSpinBox()
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setSingleStep(0.05)
        self.momentum.setDecimals(3)
        self.nesterov = QCheckBox()
        self.weight_decay = QDoubleSpinBox()
        self.weight_decay.setDecimals(6)
        self.weight_decay.setRange(0.0, 1.0)
        self.weight_decay.setSingleStep(1e-4)
        self.schedule = _combo(SCHEDULE_IDS)
        self.init = _combo(INIT_IDS)
        self.label_smoothing = QDoubleSpinBox()
        self.label_smoothing.setRange(0.0, 0.9)
        self.label_smoothing.setSingleStep(0.05)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.amp = _combo(AMP_IDS)
        self.channels_last = QCheckBox()
        self.augment = QCheckBox()
        self.train_limit = QSpinBox()
        self.train_limit.setRange(0, 10_000_000)
        self.train_limit.setSpecialValueText("all")
        self.test_limit = QSpinBox()
        self.test_limit.setRange(0, 10_000_000)
        self.test_limit.setSpecialValueText("all")

        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.browse)
        resize_row = QHBoxLayout()
        resize_row.setContentsMargins(0, 0, 0, 0)
        resize_row.addWidget(self.resize_on)
        resize_row.addWidget(self.resize, 1)

        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(4)
        self.labels: dict[str, QLabel] = {}
        for key, field in (("dataset", self.dataset), ("data_dir", folder_row),
                           ("resize", resize_row), ("epochs", self.epochs),
                           ("batch", self.batch), ("optimizer", self.optimizer),
                           ("lr", self.lr), ("device", self.device)):
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], field)
        self.more_form = QFormLayout()
        self.more_form.setContentsMargins(0, 0, 0, 0)
        self.more_form.setVerticalSpacing(4)
        for key, field in (("momentum", self.momentum), ("nesterov", self.nesterov),
                           ("weight_decay", self.weight_decay), ("schedule", self.schedule),
                           ("init", self.init), ("label_smoothing", self.label_smoothing),
                           ("seed", self.seed), ("amp", self.amp),
                           ("channels_last", self.channels_last), ("augment", self.augment),
                           ("train_limit", self.train_limit), ("test_limit", self.test_limit)):
            self.labels[key] = QLabel()
            self.more_form.addRow(self.labels[key], field)
        self.more_box = QWidget()
        self.more_box.setLayout(self.more_form)
        self.more_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.more)
        layout.addWidget(self.more_box)

        self.set_config(TrainConfig())
        for w in (self.dataset, self.optimizer, self.device, self.schedule, self.init, self.amp):
            w.currentIndexChanged.connect(self._on_changed)
        for w in (self.resize, self.epochs, self.batch, self.seed, self.train_limit,
                  self.test_limit):
            w.valueChanged.connect(self._on_changed)
        for w in (self.lr, self.momentum, self.weight_decay, self.label_smoothing):
            w.valueChanged.connect(self._on_changed)
        for w in (self.resize_on, self.nesterov, self.channels_last, self.augment):
            w.toggled.connect(self._on_changed)
        self.data_dir.textChanged.connect(self._on_changed)
        self.retranslate()

    # -- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        for i, (_, label) in enumerate(getattr(self, "_devices", [])):
            self.device.setItemText(i, device_text(label))
        names = {
            "auto": self.tr("Automatic (Fashion-MNIST if downloaded, else the sample)"),
            "fashion-mnist-sample": self.tr("Embedded sample (Fashion-MNIST, 2,500 images)"),
            "fashion-mnist": self.tr("Fashion-MNIST"),
            "mnist": self.tr("MNIST"),
            "cifar10": self.tr("CIFAR-10"),
            "folder": self.tr("Image folder (one sub-folder per class)"),
        }
        for i, key in enumerate(DATASET_IDS):
            self.dataset.setItemText(i, names[key])
        for box, texts in (
            (self.optimizer, {"sgd": self.tr("SGD"), "adam": self.tr("Adam"),
                              "adamw": self.tr("AdamW")}),
            (self.schedule, {"none": self.tr("constant"), "step": self.tr("step (×0.1)"),
                             "cosine": self.tr("cosine"), "onecycle": self.tr("one-cycle")}),
            (self.init, {"xavier": self.tr("Xavier (d2l)"), "kaiming": self.tr("Kaiming"),
                         "default": self.tr("PyTorch default")}),
            (self.amp, {"auto": self.tr("automatic (the faster, measured)"),
                        "off": self.tr("off (float32)"), "bf16": self.tr("bf16"),
                        "fp16": self.tr("fp16 (gradient scaler)")}),
        ):
            for i in range(box.count()):
                box.setItemText(i, texts[box.itemData(i)])
        labels = {
            "dataset": self.tr("Dataset"), "data_dir": self.tr("Data folder"),
            "resize": self.tr("Resize to"), "epochs": self.tr("Epochs"),
            "batch": self.tr("Batch size"), "optimizer": self.tr("Optimizer"),
            "lr": self.tr("Learning rate"), "device": self.tr("Device"),
            "momentum": self.tr("Momentum"), "nesterov": self.tr("Nesterov"),
            "weight_decay": self.tr("Weight decay"), "schedule": self.tr("Schedule"),
            "init": self.tr("Weight init"), "label_smoothing": self.tr("Label smoothing"),
            "seed": self.tr("Seed"), "amp": self.tr("Precision"),
            "channels_last": self.tr("Channels last"), "augment": self.tr("Augment"),
            "train_limit": self.tr("Training images"), "test_limit": self.tr("Held-out images"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        self.data_dir.setPlaceholderText(self.tr("the studio's datasets folder"))
        self.data_dir.setToolTip(self.tr(
            "Where the dataset is read from (and downloaded to). For an image folder: "
            "one sub-folder of images per class."))
        self.browse.setToolTip(self.tr("Choose a folder"))
        self.resize_on.setToolTip(self.tr(
            "Resize every image to a square of this side (d2l uses 96 for Fashion-MNIST). "
            "Off keeps the dataset's own size (28 for Fashion-MNIST): much faster on a CPU."))
        self.lr.setToolTip(self.tr("d2l uses 0.05 with SGD; Adam usually wants about 0.001."))
        self.batch.setToolTip(self.tr("Images per step. Smaller uses less memory."))
        self.device.setToolTip(self.tr("Where the network trains: a CUDA GPU, Apple's MPS or the CPU."))
        self.augment.setToolTip(self.tr("Random crop and horizontal flip of the training images."))
        self.train_limit.setSpecialValueText(self.tr("all"))
        self.train_limit.setToolTip(self.tr("Train on only the first N images (a quick try)."))
        self.test_limit.setSpecialValueText(self.tr("all"))
        self.test_limit.setToolTip(self.tr("Evaluate on only the first N held-out images."))
        self.more.setText(self.tr("More settings ▾") if not self.more.isChecked()
                          else self.tr("Fewer settings ▴"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values --------------------------------------------------------------
    def set_devices(self, devices: list[tuple[str, str]]) -> None:
        """Fill the device picker: (id, label) such as ("cuda:0", "CUDA 0: NVIDIA H100")."""
        current = self.device.currentData()
        self.device.blockSignals(True)
        self.device.clear()
        self._devices = list(devices)  # the core's English labels; shown via device_text
        for device_id, label in devices:
            self.device.addItem(device_text(label), device_id)
        self.device.blockSignals(False)
        if current is not None:
            _select(self.device, current)

    def config(self) -> TrainConfig:
        """The settings as a TrainConfig (not yet checked: the engine checks it)."""
        return TrainConfig(
            dataset=self.dataset.currentData(),
            data_dir=self.data_dir.text().strip() or None,
            resize=self.resize.value() if self.resize_on.isChecked() else None,
            batch_size=self.batch.value(),
            epochs=self.epochs.value(),
            optimizer=self.optimizer.currentData(),
            lr=float(self.lr.value()),
            momentum=float(self.momentum.value()),
            nesterov=self.nesterov.isChecked(),
            weight_decay=float(self.weight_decay.value()),
            schedule=self.schedule.currentData(),
            init=self.init.currentData(),
            label_smoothing=float(self.label_smoothing.value()),
            seed=self.seed.value(),
            device=self.device.currentData() or "auto",
            amp=self.amp.currentData(),
            channels_last=self.channels_last.isChecked(),
            augment=self.augment.isChecked(),
            train_limit=self.train_limit.value() or None,
            test_limit=self.test_limit.value() or None,
        )

    def set_config(self, c: TrainConfig) -> None:
        """Show a config's values (the defaults, or a loaded run's)."""
        _select(self.dataset, c.dataset)
        self.data_dir.setText(c.data_dir or "")
        self.resize_on.setChecked(c.resize is not None)
        self.resize.setValue(c.resize or 96)
        self.resize.setEnabled(c.resize is not None)
        self.epochs.setValue(c.epochs)
        self.batch.setValue(c.batch_size)
        _select(self.optimizer, c.optimizer)
        self.lr.setValue(c.lr)
        _select(self.device, c.device)
        self.momentum.setValue(c.momentum)
        self.nesterov.setChecked(c.nesterov)
        self.weight_decay.setValue(c.weight_decay)
        _select(self.schedule, c.schedule)
        _select(self.init, c.init)
        self.label_smoothing.setValue(c.label_smoothing)
        self.seed.setValue(c.seed)
        _select(self.amp, c.amp)
        self.channels_last.setChecked(c.channels_last)
        self.augment.setChecked(c.augment)
        self.train_limit.setValue(c.train_limit or 0)
        self.test_limit.setValue(c.test_limit or 0)

    def use_fast_choice(self) -> None:
        """The quick CPU run: the embedded sample kept at its 28x28 size."""
        _select(self.dataset, "fashion-mnist-sample")
        self.resize_on.setChecked(False)

    def _on_changed(self, *_args) -> None:
        self.resize.setEnabled(self.resize_on.isChecked())
        is_folder = self.dataset.currentData() == "folder"
        self.labels["data_dir"].setText(self.tr("Image folder") if is_folder
                                        else self.tr("Data folder"))
        self.changed.emit()

    def _show_more(self, on: bool) -> None:
        self.more_box.setVisible(on)
        self.retranslate()

    def _browse(self) -> None:
        path = dialogs.existing_dir(self, self.tr("Choose the data folder"),
                                    self.data_dir.text())
        if path:
            self.data_dir.setText(path)
