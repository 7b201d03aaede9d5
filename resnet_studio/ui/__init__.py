"""The Qt user interface (PySide6 + pyqtgraph). It calls the core; never the reverse."""
