"""The shape-trace pane: editable input shape, the trace tree, problems and totals."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.ui.common import dialogs
from resnet_studio.ui.common.fields import ChoiceCombo, FieldSpin
from resnet_studio.ui.common.flow import FlowLayout
from resnet_studio.ui.common.format import bytes_text, count_text, plural, shape_text
from resnet_studio.ui.common.i18n import fill, problem_text
from resnet_studio.ui.common.style import ACCENT_SOFT, ERROR, MUTED, OK, TEXT, plain_tree
from resnet_studio.ui.document.document import DesignDocument, Selection
from resnet_studio.ui.trace.check import TorchinfoCheck
from resnet_studio.ui.trace.model import TraceModel

COLUMN_WIDTHS = (150, 124, 120, 66, 70, 36, 70)


def selection_key(sel: Selection | None, known: dict,
                  folds: dict | None = None) -> str | None:
    """The tree row (node key) that shows ``sel`` (a folded block: its fold row)."""
    if sel is None:
        return None
    if sel.layer is not None and sel.layer in known:
        return sel.layer
    if sel.block_key is not None:
        if folds and sel.block_key in folds:
            return folds[sel.block_key]
        return f"stage{sel.stage + 1}.block{sel.block + 1}"
    if sel.stage is not None:
        return f"stage{sel.stage + 1}"
    return sel.part


class TracePane(QWidget):
    """Every layer's output shape, parameters, MACs, receptive field and memory."""

    traceShown = Signal(int)  # the document generation now on screen

    def __init__(self, document: DesignDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.shown_generation = -1
        self._syncing = False
        self._collapsed: set[str] = set()  # stages are open unless closed by the user
        self._expanded: set[str] = set()  # other groups are closed unless opened

        header = QFrame()
        header.setObjectName("paneHeader")
        # one row when there is room (the input fields at the right), wrapped when narrow
        hl = FlowLayout(header, right_from=2, keep_with_next=(2,))  # the label with its fields
        hl.setContentsMargins(10, 6, 10, 6)
        self.count_unit = ChoiceCombo(["macs", "flops"])
        self.count_unit.currentIndexChanged.connect(self._unit_changed)
        self.count_unit.setSizeAdjustPolicy(ChoiceCombo.AdjustToContents)
        hl.addWidget(self.count_unit)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self._verify)
        hl.addWidget(self.verify_button)
        self._checker = TorchinfoCheck(self)
        self._checker.done.connect(self._verified)
        self.input_label = QLabel()
        self.input_label.setObjectName("fieldLabel")
        hl.addWidget(self.input_label)
        self.batch = FieldSpin("batch")
        self.channels = FieldSpin("channels")
        self.height_ = FieldSpin("size")
        self.width_ = FieldSpin("size")
        spins = QWidget()  # the four fields wrap as one
        sl = QHBoxLayout(spins)
        sl.setContentsMargins(0, 0, 0, 0)
        for spin in (self.batch, self.channels, self.height_, self.width_):
            spin.setMinimumWidth(60)
            sl.addWidget(spin)
        hl.addWidget(spins)
        self.batch.valueChanged.connect(document.set_batch)
        for spin, attr in ((self.channels, "channels"), (self.height_, "height"),
                           (self.width_, "width")):
            spin.valueChanged.connect(lambda v, a=attr, s=spin: self._edit_input(a, v, s))

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.RichText)
        self.banner.hide()

        self.model = TraceModel(self)
        self.view = self._make_view()

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextFormat(Qt.RichText)
        self.totals.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)

        document.changed.connect(self._show_input)
        document.traceReady.connect(self.show_trace)
        document.selectionReady.connect(self.show_selection)
        self.retranslate()
        self._show_input()
        self.show_trace()

    def _make_view(self) -> QTreeView:
        """The tree of rows: banded, one row selected, columns sized for this font."""
        view = QTreeView()
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SingleSelection)
        view.setAllColumnsShowFocus(True)
        plain_tree(view)
        palette = view.palette()
        palette.setColor(QPalette.Highlight, QColor(ACCENT_SOFT))
        palette.setColor(QPalette.HighlightedText, QColor(TEXT))
        view.setPalette(palette)
        view.header().setStretchLastSection(False)
        view.header().setSectionResizeMode(QHeaderView.Interactive)
        self.view = view  # (_column_widths reads its font and indentation)
        for i, w in enumerate(self._column_widths()):
            view.setColumnWidth(i, w)
        view.expanded.connect(lambda i: self._remember(i, True))
        view.collapsed.connect(lambda i: self._remember(i, False))
        view.selectionModel().currentChanged.connect(self._current_changed)
        return view

    def _column_widths(self) -> list[int]:
        """COLUMN_WIDTHS, widened where this font needs it: the deepest layer name
        ("shortcut.conv" three levels down); a group row's shape, five-digit receptive
        field and memory in bold."""
        bold = QFont(self.view.font())
        bold.setBold(True)
        fm, fm_bold = QFontMetrics(self.view.font()), QFontMetrics(bold)
        indent = self.view.indentation()
        needed = {0: 3 * indent + fm.horizontalAdvance("shortcut.conv") + 16,
                  2: fm_bold.horizontalAdvance("(1, 2048, 14, 14)") + 14,
                  5: fm_bold.horizontalAdvance("99999") + 14,
                  6: fm_bold.horizontalAdvance("999.9 MB") + 14}
        return [max(w, needed.get(i, 0)) for i, w in enumerate(COLUMN_WIDTHS)]

    def retranslate(self) -> None:
        self.input_label.setText(self.tr("Input (N, C, H, W)"))
        self.count_unit.set_texts([self.tr("MACs"), self.tr("FLOPs (2 × MACs)")])
        self.count_unit.setToolTip(self.tr(
            "Count multiply-adds (MACs, as torchinfo) or floating-point operations (FLOPs, "
            "2 per multiply-add, as many papers)."))
        self.verify_button.setText(self.tr("Verify with torchinfo"))
        self.verify_button.setToolTip(self.tr(
            "Build the model, run torchinfo.summary in the background and say whether its "
            "parameters and mult-adds agree with this trace."))
        tips = (self.tr("N: the batch size. MACs and activation memory grow with it."),
                self.tr("C: input channels (the design's input)."),
                self.tr("H: input height in pixels (the design's input)."),
                self.tr("W: input width in pixels (the design's input)."))
        names = (self.tr("batch size"), self.tr("input channels"), self.tr("input height"),
                 self.tr("input width"))
        for spin, tip, name in zip((self.batch, self.channels, self.height_, self.width_),
                                   tips, names):
            spin.setToolTip(tip)
            spin.name = name
        self.model.retranslate()
        self.view.setToolTip("")
        self.show_trace()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- input shape -------------------------------------------------------------
    def _show_input(self) -> None:
        d = self.document.design
        self.batch.set_quietly(self.document.batch)
        self.channels.set_quietly(d.input.channels)
        self.height_.set_quietly(d.input.height)
        self.width_.set_quietly(d.input.width)

    def _edit_input(self, attr: str, value: int, spin: FieldSpin) -> None:
        self.document.edit(fill(self.tr("Set %1 to %2"), spin.name, value),
                           lambda d: setattr(d.input, attr, value), f"input.{attr}")

    # -- trace ------------------------------------------------------------------
    def show_trace(self, *_args) -> None:
        doc = self.document
        if doc.trace is None:
            return
        rebuilt, added = self.model.set_trace(doc.trace, doc.design, doc.problems, doc.plans,
                                             doc.folds)
        self._open(added)
        error = doc.trace.error
        if error is not None and error.block is not None:  # show the failing layer
            self.view.expand(self.model.index_for_key(f"stage{error.stage + 1}.block{error.block + 1}"))
        current = self.model.node(self.view.currentIndex())
        if rebuilt or current is None or current.selection != doc.selection:
            self.show_selection(doc.selection)
        self._show_totals()
        self.shown_generation = doc.trace_generation
        self.traceShown.emit(doc.trace_generation)

    def _show_totals(self) -> None:
        doc = self.document
        t = doc.trace
        totals = t.totals
        problems = doc.problems
        items = [(self.tr("Params"), count_text(totals.params)),
                 (self.tr("FLOPs") if self.model.flops else self.tr("MACs"),
                  count_text(totals.macs * (2 if self.model.flops else 1))),
                 (self.tr("Activations"), bytes_text(totals.activation_bytes)),
                 (self.tr("Weights"), bytes_text(totals.weight_bytes)),
                 (self.tr("Output"), shape_text(t.output_shape))]

        def nowrap(text: str) -> str:  # the bar wraps between items, not inside a label
            # (no-break spaces; word joiners keep Chinese, which breaks anywhere, together)
            glued = "".join(c + ("\u2060" if ord(c) > 0x2e80 else "") for c in text)
            return escape(glued.rstrip("\u2060")).replace(" ", "&nbsp;")

        text = " &nbsp;·&nbsp; ".join(
            f"<span style='color:{MUTED}'>{nowrap(k)}</span>&nbsp;"
            f"<b style='white-space:nowrap'>{escape(v)}</b>"
            for k, v in items)
        if problems:
            status = plural(self.tr("✗ %n problem(s): shown up to the first error", "",
                                    len(problems)), len(problems))
            color = ERROR
        else:
            status, color = self.tr("✓ valid design"), OK
        verdict = f"<b style='color:{color}'>{nowrap(status)}</b>"
        self.totals.setText(f"{text} &nbsp;&nbsp; {verdict}")
        self.banner.setVisible(bool(problems))
        if problems:
            message, fix = problem_text(problems[0])
            more = fill(self.tr(" (and %1 more)"), len(problems) - 1) if len(problems) > 1 else ""
            fix_label = self.tr("Fix:")
            self.banner.setText(f"<b>{escape(message)}</b>{more}<br>{fix_label} {escape(fix)}")

    # -- MACs or FLOPs, and the torchinfo check -------------------------------------
    def _unit_changed(self, _index: int) -> None:
        self.model.flops = self.count_unit.value() == "flops"
        self.model.retranslate()
        self.show_trace()

    def _verify(self) -> None:
        doc = self.document
        if doc.problems:
            message, fix = problem_text(doc.problems[0])
            dialogs.show_error(self, self.tr("Verify with torchinfo"), message, fix)
            return
        self.verify_button.setEnabled(False)
        self._checker.start(doc.design.copy(), doc.input_shape())

    def _verified(self, check, error: str) -> None:
        self.verify_button.setEnabled(True)
        title = self.tr("Verify with torchinfo")
        if check is None:
            dialogs.show_error(self, title, error)
            return
        flops = self.model.flops
        per, unit = (2, self.tr("FLOPs")) if flops else (1, self.tr("MACs"))
        if check.agree:
            text = fill(self.tr("torchinfo agrees with the trace: %1 parameters, %2 %3."),
                        f"{check.torchinfo_params:,}", f"{check.torchinfo_macs * per:,}", unit)
        else:
            text = fill(self.tr("torchinfo differs from the trace: parameters %1 (trace %2), "
                                "%3 %4 (trace %5)."), f"{check.torchinfo_params:,}",
                        f"{check.trace_params:,}", unit, f"{check.torchinfo_macs * per:,}",
                        f"{check.trace_macs * per:,}")
            text += "\n" + "\n".join(
                f"{d.module}: {d.torchinfo_params:,} / {d.trace_params:,}, "
                f"{d.torchinfo_macs * per:,} / {d.trace_macs * per:,}"
                for d in check.differences[:10])
        dialogs.show_info(self, title, text)

    # -- expansion and selection -----------------------------------------------------
    def _remember(self, index: QModelIndex, open_: bool) -> None:
        key = self.model.node(index).key
        if key.startswith("stage") and "." not in key:
            (self._collapsed.discard if open_ else self._collapsed.add)(key)
        else:
            (self._expanded.add if open_ else self._expanded.discard)(key)

    def _open(self, keys: list[str]) -> None:
        """Expand new rows that should be open: stages (unless the user closed them)
        and groups the user had opened."""
        for key in keys:
            is_stage = key.startswith("stage") and "." not in key
            if is_stage and key not in self._collapsed or key in self._expanded:
                self.view.setExpanded(self.model.index_for_key(key), True)
            for child in self.model.tree.children.get(key, []):
                if child in self._expanded:
                    self._open([child])

    def show_selection(self, sel: Selection | None) -> None:
        key = selection_key(sel, self.model.rows, self.model.fold_keys)
        index = self.model.index_for_key(key) if key else QModelIndex()
        self._syncing = True
        try:
            if not index.isValid():
                self.view.selectionModel().clearSelection()
                return
            parent = index.parent()
            while parent.isValid():
                self.view.expand(parent)
                parent = parent.parent()
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        finally:
            self._syncing = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(current)
        if not self._syncing and node is not None:
            self.document.select(node.selection)
