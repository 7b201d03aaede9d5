"""The panel's right side: tabs for the curves, the confusion matrix, and the
prediction gallery with feature maps.

Drawing a confusion matrix or a gallery costs tens of milliseconds, so results for a
hidden tab wait until it is shown (only the latest of each is kept).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.ui.training.insight_views import (
    ConfusionView,
    FeatureMapsView,
    PredictionGallery,
)
from resnet_studio.ui.training.plots import TrainingPlots


class InsightTabs(QTabWidget):
    """Curves, confusion matrix, predictions & feature maps, drawn when shown."""

    analyse_wanted = Signal(str)  # a stored run whose predictions the shown tab needs
    image_chosen = Signal(int)  # a held-out image whose feature maps are wanted

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plots = TrainingPlots()
        self.confusion = ConfusionView()
        self.gallery = PredictionGallery()
        self.gallery.image_chosen.connect(self.image_chosen)
        self.features = FeatureMapsView()
        self.gallery_title = QLabel()
        self.gallery_title.setWordWrap(True)
        gallery_box = QWidget()
        box = QVBoxLayout(gallery_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.gallery_title)
        box.addWidget(self.gallery, 1)
        self.predictions = QSplitter(Qt.Orientation.Horizontal)
        self.predictions.addWidget(gallery_box)
        self.predictions.addWidget(self.features)
        self.predictions.setChildrenCollapsible(False)
        self.predictions.setSizes([420, 520])
        self.plots_scroll = QScrollArea()  # one column of plots scrolls when narrow
        self.plots_scroll.setWidgetResizable(True)
        self.plots_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plots_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plots_scroll.setWidget(self.plots)
        self.plots_scroll.viewport().installEventFilter(self)
        self.plots.installEventFilter(self)
        self.addTab(self.plots_scroll, "")
        self.addTab(self.confusion, "")
        self.addTab(self.predictions, "")
        self.currentChanged.connect(self.show_pending)
        self._unshown: dict[str, Any] = {}
        self.class_names: list[str] = []
        self.gallery_run: str | None = None  # the run whose predictions are shown
        self.analysis_allowed = True  # False while a run trains (the worker is busy)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        """Keep the plots' scroll area in step with them. Their columns follow its width,
        decided before it sizes them (reflowed only in their own resize, they were sized
        for the old column count: 1-column heights in 2 columns, or cut legends the other
        way). And when a legend or note changes height, the height the plots want at
        their width changes: the scroll area only asks again when told."""
        if watched is self.plots_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.plots.reflow(self.plots.columns_for(event.size().width()))
        elif watched is self.plots and event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self.plots_scroll, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Curves"))
        self.setTabText(1, self.tr("Confusion matrix"))
        self.setTabText(2, self.tr("Predictions && feature maps"))
        self.gallery_title.setText(self.tr("Held-out images, mistakes first (most confident "
                                           "first). Red: wrong, green: right. Click one for its "
                                           "feature maps."))

    # -- results in ------------------------------------------------------------
    def put_confusion(self, confusion, class_names: list[str], epoch: int | None) -> None:
        self._unshown["confusion"] = (confusion, list(class_names), epoch)
        self.show_pending()

    def put_gallery(self, run: str | None, gallery: dict, class_names: list[str]) -> None:
        """A run's held-out predictions (after an epoch, or from a stored run)."""
        self.class_names = list(class_names)
        self._unshown["gallery"] = (gallery or {}, list(class_names))
        self._unshown.pop("analyse", None)
        self.gallery_run = run
        self.show_pending()

    def put_features(self, features: dict) -> None:
        self._unshown["features"] = features
        self.show_pending()

    def want_analysis(self, run: str) -> None:
        """A stored run's predictions are to be computed once that tab is shown."""
        if run != self.gallery_run:
            self._unshown["analyse"] = run

    def show_pending(self, *_args) -> None:
        """Draw what waits for the tab now shown."""
        tab = self.currentWidget()
        if tab is self.confusion and "confusion" in self._unshown:
            self.confusion.set_confusion(*self._unshown.pop("confusion"))
        if tab is not self.predictions:
            return
        if "analyse" in self._unshown and self.analysis_allowed:
            run = self._unshown.pop("analyse")
            self.gallery_run = run
            self.analyse_wanted.emit(run)
        if "gallery" in self._unshown:
            self.gallery.set_predictions(*self._unshown.pop("gallery"))
        if "features" in self._unshown:
            features = self._unshown.pop("features")
            self.features.set_features(features, self.class_names)
            self.gallery.mark(int(features["index"]))
