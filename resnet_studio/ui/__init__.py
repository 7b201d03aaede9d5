"""The Qt user interface (PySide6 + pyqtgraph). It calls the core; never the reverse."""

# Before any widget: guard against PySide6 6.12 dropping references to None on Python < 3.12.
from resnet_studio.ui.common import qt_compat  # noqa: F401
