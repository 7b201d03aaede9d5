"""The explain panel: the lesson for whatever is selected, in rich text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTextBrowser, QWidget

from resnet_studio.ui.document.document import DesignDocument
from resnet_studio.ui.explain.html import (
    BOX_PADDING,
    FORMULA_FONT,
    OUTPUT_SIZE_FORMULA,
    explain,
)


class ExplainPanel(QTextBrowser):
    """Shows H(x) = F(x) + x with the selected block's shapes, why its shortcut is an
    identity or a 1x1 projection, and a selected layer's output-size formula."""

    def __init__(self, document: DesignDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = document  # (QTextBrowser.document() is the page's QTextDocument)
        self.setObjectName("explain")
        self.setOpenLinks(False)
        self.document().setDocumentMargin(self.MARGIN)
        self._html = ""
        document.traceReady.connect(self.refresh)
        document.selectionReady.connect(self.refresh)
        self.refresh()

    MARGIN = 14

    def formula_width(self) -> int:
        """The output-size formula's width in its font: the panel keeps room for it on
        one line (a narrow window squeezes the trace instead; the line with a layer's
        numbers may break before its "= ")."""
        font = QFont(FORMULA_FONT[0])
        font.setPointSizeF(FORMULA_FONT[1])
        return QFontMetrics(font).horizontalAdvance(OUTPUT_SIZE_FORMULA)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        chrome = 2 * (self.MARGIN + BOX_PADDING + 1) + 2 * self.frameWidth() \
            + self.verticalScrollBar().sizeHint().width() + 8
        return QSize(self.formula_width() + chrome, super().minimumSizeHint().height())

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
