"""The explain panel: the lesson for whatever is selected, in rich text."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.explain.html import explain


class ExplainPanel(QTextBrowser):
    """Shows H(x) = F(x) + x with the selected block's shapes, why its shortcut is an
    identity or a 1x1 projection, and a selected layer's output-size formula."""

    def __init__(self, document: DesignDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = document  # (QTextBrowser.document() is the page's QTextDocument)
        self.setObjectName("explain")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(14)
        self._html = ""
        document.traceReady.connect(self.refresh)
        document.selectionChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Re-render for the current selection and trace (skipped when unchanged)."""
        if self.doc.trace is None:
            return
        html = explain(self.doc)
        if html != self._html:
            self._html = html
            self.setHtml(html)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self._html = ""
            self.refresh()
        super().changeEvent(event)
