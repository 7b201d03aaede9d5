"""The training panel's widgets and their layout: settings with Start / Pause / Stop,
progress and runs on the left (scrolling), the insight tabs on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.training.trainer import available_devices
from resnet_studio.ui.training.insight_tabs import InsightTabs
from resnet_studio.ui.training.progress import ProgressView
from resnet_studio.ui.training.runs_list import RunsList
from resnet_studio.ui.training.settings_form import TrainingSettings

SIDE_MIN_WIDTH = 270  # settings, progress and runs; the tabs get the rest

if TYPE_CHECKING:
    from resnet_studio.ui.training.panel import TrainingPanel


def section(title: QLabel, *parts: QWidget) -> QFrame:
    """A white card (the style sheet's "section") headed by ``title``."""
    frame = QFrame()
    frame.setObjectName("section")
    title.setObjectName("sectionTitle")
    box = QVBoxLayout(frame)
    box.addWidget(title)
    for part in parts:
        box.addWidget(part)
    return frame


def build_panel(self: TrainingPanel, tabs: InsightTabs | None = None) -> None:
    """Create the panel's widgets and lay them out (pure layout; the panel wires them)."""
    self.settings = TrainingSettings(available_devices())
    self.settings.changed.connect(self._on_settings_changed)
    self.start_button = QPushButton()
    self.start_button.setObjectName("primary")
    self.pause_button = QPushButton()
    self.stop_button = QPushButton()
    self.start_button.clicked.connect(self.start)
    self.pause_button.clicked.connect(self.toggle_pause)
    self.stop_button.clicked.connect(self.stop)
    self.progress = ProgressView()

    self.runs = RunsList()
    self.runs.overlay_changed.connect(self._on_overlay_changed)
    self.runs.run_selected.connect(self._on_run_selected)
    self.runs.renamed.connect(lambda path, name: self.plots.set_run_label(path, name))
    self.runs.deleted.connect(lambda path: self.plots.remove_run(path))
    self.runs.problem.connect(lambda text: self.show_message(text, error=True))
    self.ckpt_button = QPushButton()
    self.ckpt_menu = QMenu(self)
    self.open_ckpt_action = self.ckpt_menu.addAction("")
    self.save_ckpt_action = self.ckpt_menu.addAction("")
    self.open_ckpt_action.triggered.connect(lambda: self.open_checkpoint())
    self.save_ckpt_action.triggered.connect(lambda: self.save_checkpoint())
    self.ckpt_button.setMenu(self.ckpt_menu)
    self.use_run_button = QPushButton()
    self.continue_button = QPushButton()
    self.use_run_button.clicked.connect(self.use_selected_run)
    self.continue_button.clicked.connect(self.continue_selected_run)

    self.settings_title = QLabel()
    settings_box = section(self.settings_title, self.settings)
    controls = QHBoxLayout()
    for b in (self.start_button, self.pause_button, self.stop_button):
        b.setMinimumWidth(56)  # short words: no style minimum of 75 px each
        controls.addWidget(b)
    settings_box.layout().addLayout(controls)
    self.progress_title = QLabel()
    progress_box = section(self.progress_title, self.progress)
    progress_box.layout().setSpacing(3)
    self.runs_title = QLabel()
    runs_box = section(self.runs_title, self.runs)
    runs_box.layout().setStretch(1, 1)
    row = QGridLayout()  # two buttons a row: the side stays narrow enough for 1280 px
    row.addWidget(self.continue_button, 0, 0)
    row.addWidget(self.ckpt_button, 0, 1)
    row.addWidget(self.use_run_button, 1, 0, 1, 2)
    runs_box.layout().addLayout(row)
    self.runs.setMinimumHeight(140)

    side = QWidget()
    side.setObjectName("editorBody")
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(6, 6, 6, 6)
    side_layout.addWidget(settings_box)
    side_layout.addWidget(progress_box)
    side_layout.addWidget(runs_box, 1)
    self.side_scroll = QScrollArea()
    self.side_scroll.setObjectName("editorScroll")
    self.side_scroll.setWidgetResizable(True)
    self.side_scroll.setWidget(side)
    self.side_scroll.setMinimumWidth(SIDE_MIN_WIDTH)
    self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    self.tabs = tabs if tabs is not None else InsightTabs()
    self.tabs.analyse_wanted.connect(self._analyse_run)
    self.tabs.image_chosen.connect(self.show_features)
    self.plots, self.confusion = self.tabs.plots, self.tabs.confusion
    self.gallery, self.features = self.tabs.gallery, self.tabs.features
    self.predictions = self.tabs.predictions
    self.side_toggle = QToolButton()
    self.side_toggle.setCheckable(True)
    self.side_toggle.setAutoRaise(True)
    self.side_toggle.toggled.connect(self._toggle_side)
    self.tabs.setCornerWidget(self.side_toggle, Qt.Corner.TopRightCorner)

    self.splitter = QSplitter(Qt.Orientation.Horizontal)
    self.splitter.addWidget(self.side_scroll)
    self.splitter.addWidget(self.tabs)
    self.splitter.setChildrenCollapsible(False)
    self.splitter.setStretchFactor(1, 1)
    self.splitter.setSizes([360, 900])
    layout = QVBoxLayout(self)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(self.splitter)
