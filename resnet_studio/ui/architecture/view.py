"""The architecture drawing: input, stem, stages of residual blocks, head, left to right.

Box height tells a feature map's resolution, box width its channels; each block shows
its main path F(x) and, beside it, the shortcut into the add node (dashed grey for
identity, orange with a 1x1 conv box for a projection). Zoom, pan, fit; PNG/SVG export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.design.files import atomic_write_bytes
from resnet_studio.ui.architecture.items import (
    ARC,
    BlockItem,
    BlockSpec,
    FrameItem,
    FrameSpec,
    PartItem,
    PartSpec,
    box_height,
    box_width,
    in_box,
    lines_width,
)
from resnet_studio.ui.common.format import chw_text
from resnet_studio.ui.common.i18n import fill, problem_text
from resnet_studio.ui.common.icons import icon_button
from resnet_studio.ui.common.style import BASIC, BOTTLENECK, IDENTITY, MUTED, PROJECTION
from resnet_studio.ui.document.document import DesignDocument, Selection, problem_part

FRAME_PAD = 8
STAGE_GAP = 10
MIN_FIT_SCALE = 0.7
MAX_FIT_SCALE = 1.2


def _t(text: str) -> str:
    return QCoreApplication.translate("Architecture", text)


def _stem_lines(s) -> tuple[str, ...]:
    """The stem box's lines: its conv(s) and pool, or 'no stem'."""
    if s.style == "none":
        return (_t("no stem"),)
    if s.style == "deep":
        lines = [fill(_t("deep: 3×3 /%1"), s.stride), "3×3 · 3×3"]
    else:
        lines = [fill(_t("conv %1×%1 /%2"), s.kernel, s.stride)]
    if s.pool:
        lines.append(fill(_t("max-pool %1×%1 /%2"), s.pool_kernel, s.pool_stride))
    return tuple(lines)


def _block_lines(plan, conv_stride: str) -> tuple[str, ...]:
    """A block box's lines: its convs, after 'pre-act · SE' where the block has them."""
    groups = f" g{plan.groups}" if plan.groups > 1 else ""
    convs = (("3×3" + conv_stride, "3×3") if plan.kind == "basic"
             else ("1×1", "3×3" + conv_stride + groups, "1×1"))
    extras = [word for word, on in ((_t("pre-act"), plan.order == "pre"),
                                    ("SE", plan.se_channels > 0)) if on]
    return (" · ".join(extras), *convs) if extras else convs


def _shortcut_text(plan, conv_stride: str) -> str:
    """The label on a block's shortcut: '1×1 /2', 'avg /2 · 1×1', 'pad /2 +64', ..."""
    if plan.shortcut == "projection":
        return "1×1" + conv_stride
    if plan.shortcut == "avg-down":
        return (f"avg{conv_stride} · 1×1" if plan.stride > 1 else "1×1")
    if plan.shortcut == "zero-pad" and plan.changes_shape:
        extra = plan.out_channels - plan.in_channels
        return _t("pad") + conv_stride + (f" +{extra}" if extra > 0 else "")
    return _t("no shortcut") if plan.shortcut == "none" else _t("identity: x")


def _tips(problems) -> str:
    lines = []
    for p in problems:
        message, fix = problem_text(p)
        fix_label = _t("Fix:")
        lines.append(message + (f"\n{fix_label} {fix}" if fix else ""))
    return "\n\n".join(lines)


def _block_spec(doc: DesignDocument, sel: Selection, si: int, bi: int, plan, fold,
                shape, height: int) -> BlockSpec:
    """The box of block ``bi`` of stage ``si``, or of the fold (first, last) it starts."""
    problems = doc.problems_at(si, bi)
    state = "invalid" if problems else "ok" if shape is not None else "unreached"
    conv_stride = f" /{plan.stride}" if plan.stride != 1 else ""
    short = _shortcut_text(plan, conv_stride)
    last = fold[1] if fold else -1
    if fold is None:
        convs = _block_lines(plan, conv_stride)
        kind = _t("basic block") if plan.kind == "basic" else _t("bottleneck block")
        tip = fill(_t("Stage %1, block %2 (%3): %4 → %5, shortcut: %6"), si + 1, bi + 1,
                   kind, plan.in_channels, plan.out_channels, short)
        width = box_width(plan.out_channels)
    else:
        count = last - bi + 1
        convs = (fill(_t("× %1 blocks"), count), fill(_t("like block %1"), bi))
        tip = fill(_t("Stage %1, blocks %2–%3: %4 blocks the same as block %5, drawn "
                      "as one box (click to select block %2)"), si + 1, bi + 1,
                   last + 1, count, bi)
        width = lines_width(convs, plan.out_channels)
    if problems:
        tip += "\n\n" + _tips(problems)
    selected = sel.stage == si and in_box(bi, last, sel.block)
    return BlockSpec(si, bi, plan.kind, plan.shortcut, convs, short,
                     chw_text(shape) if shape else "?", width, box_height(height), state, tip,
                     selected, last)


def build_specs(doc: DesignDocument, selection: Selection | None) -> list[tuple[object, float]]:
    """Every item of the drawing as (spec, x), laid out left to right."""
    d, t = doc.design, doc.trace
    sel = selection or Selection()
    general = {part: [p for p in doc.general_problems() if problem_part(p) == part]
               for part in ("input", "stem", "head")}
    out: list[tuple[object, float]] = []
    x = 0.0

    def part(name: str, title: str, lines: tuple[str, ...], shape, reached: bool) -> None:
        nonlocal x
        state = "invalid" if general[name] else "ok" if reached else "unreached"
        tip = _tips(general[name]) or title
        spec = PartSpec(name, title, lines, chw_text(shape) if reached else "?", state, tip,
                        sel.part == name)
        out.append((spec, x))
        x += spec.width + 6

    n, c, h, w = doc.input_shape()
    part("input", _t("Input"), (fill(_t("C = %1"), c), f"{h}×{w}"), (n, c, h, w), True)
    part("stem", _t("Stem"), _stem_lines(d.stem), t.stem_output, t.stem_output is not None)

    plans = doc.plans
    folds = doc.folds  # long runs of identical blocks: one box each, as in the trace table
    heights = []
    last_h = t.stem_output[2] if t.stem_output else d.input.height
    block_rows: list[list[BlockSpec]] = []
    for si, st in enumerate(d.stages):
        row = []
        for bi in range(max(st.blocks, 0)):
            fold = folds.get((si, bi))
            if fold is not None and bi != fold[0]:
                continue  # inside a fold: its box stands for it
            plan = plans[(si, bi)]
            shape = t.block_outputs.get((si, fold[1] if fold else bi))
            last_h = shape[2] if shape is not None else max(last_h // max(plan.stride, 1), 1)
            heights.append(box_height(last_h))
            row.append(_block_spec(doc, sel, si, bi, plan, fold, shape, last_h))
        block_rows.append(row)
    tallest = max(heights, default=60)
    top, bottom = -tallest / 2 - ARC - 48, tallest / 2 + 34
    for si, row in enumerate(block_rows):
        st = d.stages[si]
        x0 = x
        x += FRAME_PAD
        for spec in row:
            out.append((spec, x))
            x += spec.width
        x += FRAME_PAD
        problems = doc.problems_at(si)
        title = fill(_t("Stage %1 · %2 ch"), si + 1, st.channels)
        if st.stride != 1:
            title += f" · /{st.stride}"
        out.append((FrameSpec(si, title, x - x0, top, bottom,
                              "invalid" if problems else "ok",
                              sel.stage == si and sel.block is None,
                              _tips(problems) or title), x0))
        x += STAGE_GAP
    reached = t.output_shape is not None
    head_lines = ((_t("no head"), _t("output: last block")) if d.head.style == "none" else
                  (_t("avg-pool, flatten"), fill(_t("fc → %1"), d.head.classes)))
    part("head", _t("Head"), head_lines, t.output_shape, reached)
    return out


class ArchScene(QGraphicsScene):
    """The drawing; reuses its items and repaints only those whose spec changed."""

    clicked = Signal(object)  # Selection

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.NoIndex)  # few items, often moved: no BSP tree
        self.items_by_type: dict[type, list] = {PartItem: [], BlockItem: [], FrameItem: []}
        self.spine = QGraphicsLineItem()
        self.spine.setPen(QPen(QColor(IDENTITY), 1.5))
        self.spine.setZValue(-0.5)
        self.addItem(self.spine)

    def item_clicked(self, selection: Selection) -> None:
        self.clicked.emit(selection)

    def show_specs(self, specs: list[tuple[object, float]]) -> None:
        kinds = {PartSpec: PartItem, BlockSpec: BlockItem, FrameSpec: FrameItem}
        used = {k: 0 for k in self.items_by_type}
        for spec, x in specs:
            cls = kinds[type(spec)]
            pool = self.items_by_type[cls]
            i = used[cls]
            used[cls] += 1
            if i < len(pool):
                item = pool[i]
                item.set_spec(spec)
            else:
                item = cls(spec)
                item.setZValue(-1 if cls is FrameItem else 0)
                pool.append(item)
                self.addItem(item)
            if item.x() != x:
                item.setPos(x, 0)
        for cls, pool in self.items_by_type.items():
            while len(pool) > used[cls]:
                self.removeItem(pool.pop())
        if specs:
            end = specs[-1][1] + 20
            if self.spine.line().x2() != end:
                self.spine.setLine(20, 0, end, 0)
        rect = self.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if rect != self.sceneRect():
            self.setSceneRect(rect)  # (only on change: it rescales and repaints the view)

    def ordered_selections(self) -> list[Selection]:
        """Input, stem, each block, head: the order arrow keys walk through."""
        items = self.items_by_type[PartItem] + self.items_by_type[BlockItem]
        return [i.spec.selection() for i in sorted(items, key=lambda i: i.x())]

    def item_for(self, selection: Selection | None):
        if selection is None:
            return None
        for item in self.items_by_type[BlockItem]:
            if item.spec.covers(selection.stage, selection.block):
                return item  # the block's own box, or its fold's
        for item in self.items_by_type[FrameItem]:
            if selection.stage == item.spec.stage:
                return item
        for item in self.items_by_type[PartItem]:
            if selection.part == item.spec.part:
                return item
        return None


class ArchitectureView(QGraphicsView):
    """Zoom with the wheel, pan by dragging, arrow keys walk the blocks."""

    zoomed = Signal()
    walk = Signal(int)  # -1 / +1: arrow keys move the selection along the network

    def __init__(self, scene: ArchScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("white"))
        self.setFrameShape(QFrame.NoFrame)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # fit keeps the height in view
        self.auto_fit = True

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 6:
            self.scale(factor, factor)
        self.auto_fit = False
        self.zoomed.emit()

    def fit(self) -> None:
        """Fit the drawing's height and as much of its width as stays readable."""
        self.auto_fit = True
        rect = self.scene().itemsBoundingRect().adjusted(-16, -16, 16, 16)
        if rect.isEmpty():
            return
        vp = self.viewport().size()
        s = min(vp.width() / rect.width(), vp.height() / rect.height(), MAX_FIT_SCALE)
        s = max(s, min(MIN_FIT_SCALE, vp.height() / rect.height()))
        self.setTransform(QTransform.fromScale(s, s))
        if rect.width() * s <= vp.width():
            self.centerOn(rect.center())
        else:
            self.centerOn(rect.left() + vp.width() / (2 * s), rect.center().y())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ShiftModifier:
            super().wheelEvent(event)
            return
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def keyPressEvent(self, event) -> None:
        step = {Qt.Key_Left: -1, Qt.Key_Right: 1}.get(event.key())
        if step is None:
            super().keyPressEvent(event)
        else:
            self.walk.emit(step)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()


class ArchitecturePane(QWidget):
    """The drawing with its header: legend, zoom buttons and export."""

    def __init__(self, document: DesignDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self._revealed: Selection | None = None  # the selection last scrolled into view
        self.scene = ArchScene(self)
        self.view = ArchitectureView(self.scene)
        self.scene.clicked.connect(document.select)
        self.view.walk.connect(self.walk)
        header = QFrame()
        header.setObjectName("paneHeader")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(10, 4, 6, 4)
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # may be cut
        hl.addWidget(self.title)
        hl.addSpacing(12)
        hl.addWidget(self.legend, 1)
        self.buttons = {}
        for name, slot in (("zoom-out", lambda: self.view.zoom(1 / 1.25)),
                           ("zoom-in", lambda: self.view.zoom(1.25)),
                           ("fit", self.view.fit)):
            self.buttons[name] = icon_button(name, slot)
            hl.addWidget(self.buttons[name])
        self.export_button = icon_button("image")
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        hl.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)
        document.traceReady.connect(self.redraw)
        document.selectionReady.connect(self.redraw)
        self.retranslate()
        self.redraw()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Architecture"))
        words = (self.tr("basic"), self.tr("bottleneck"), self.tr("identity shortcut"),
                 self.tr("1x1 projection"), self.tr("height: resolution, width: channels"))
        marks = ((BASIC, "■"), (BOTTLENECK, "■"), (IDENTITY, "┄"), (PROJECTION, "━"))
        legend = " &nbsp; ".join(f"<span style='color:{c}'>{m}</span> {w}"
                                 for (c, m), w in zip(marks, words))
        self.legend.setText(f"{legend} &nbsp; <span style='color:{MUTED}'>{words[-1]}</span>")
        for name, tip in (("zoom-out", self.tr("Zoom out (wheel)")),
                          ("zoom-in", self.tr("Zoom in (wheel)")),
                          ("fit", self.tr("Fit the drawing to the view"))):
            self.buttons[name].setToolTip(tip)
        self.export_button.setToolTip(self.tr("Export the drawing as PNG or SVG"))
        self.redraw()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def redraw(self, *_args) -> None:
        if self.document.trace is None:
            return
        before = self.scene.sceneRect()
        self.scene.show_specs(build_specs(self.document, self.document.selection))
        if self.view.auto_fit and self.scene.sceneRect() != before:
            self.view.fit()
        if self.document.selection != self._revealed:
            self._reveal(self.document.selection)

    def _reveal(self, selection: Selection | None) -> None:
        """Scroll a newly selected part or block into view."""
        self._revealed = selection
        item = self.scene.item_for(selection)
        if item is not None and not self.view.auto_fit:
            self.view.ensureVisible(item, 40, 20)
        elif item is not None:
            visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
            if not visible.contains(item.sceneBoundingRect().center()):
                self.view.centerOn(item)

    def walk(self, step: int) -> None:
        """Select the previous (-1) or next (+1) part or block."""
        order = self.scene.ordered_selections()
        sel = self.document.selection
        item = self.scene.item_for(sel) if sel and sel.block_key else None
        current = item.spec.selection() if item is not None else (  # a folded block: its fold
            Selection(layer=sel.part) if sel and sel.part else None)
        i = order.index(current) if current in order else (-1 if step > 0 else len(order))
        self.document.select(order[max(0, min(len(order) - 1, i + step))])

    # -- export -------------------------------------------------------------------
    def render_bytes(self, fmt: str) -> bytes:
        """The drawing (without the selection halo) as PNG or SVG bytes."""
        self.scene.show_specs(build_specs(self.document, None))
        # items paint from a pixmap cache on screen; an export draws them afresh (an SVG
        # gets vector shapes and text, a 2x PNG sharp ones)
        cached = [(item, item.cacheMode()) for item in self.scene.items()]
        for item, _ in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            rect = self.scene.itemsBoundingRect().adjusted(-24, -24, 24, 24)
            w, h = int(rect.width()), int(rect.height())
            buf = QBuffer()  # its own byte array (QBuffer(QByteArray()) would dangle)
            buf.open(QIODevice.WriteOnly)
            if fmt == "svg":
                gen = QSvgGenerator()
                gen.setOutputDevice(buf)
                gen.setSize(QSize(w, h))
                gen.setViewBox(QRect(0, 0, w, h))
                gen.setTitle(self.document.design.name)
                gen.setDescription(self.tr("ResNet Studio architecture drawing"))
                painter = QPainter(gen)
                painter.fillRect(QRectF(0, 0, w, h), QColor("white"))
                self.scene.render(painter, QRectF(0, 0, w, h), rect)
                painter.end()
            else:
                image = QImage(w * 2, h * 2, QImage.Format_ARGB32)
                image.fill(QColor("white"))
                painter = QPainter(image)
                painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
                self.scene.render(painter, QRectF(0, 0, w * 2, h * 2), rect)
                painter.end()
                image.save(buf, "PNG")
            return bytes(buf.data())
        finally:
            for item, mode in cached:
                item.setCacheMode(mode)
            self.redraw()

    def export(self, path: str | Path) -> None:
        """Write the drawing to ``path`` (.svg or .png), all or nothing."""
        fmt = "svg" if str(path).lower().endswith(".svg") else "png"
        atomic_write_bytes(path, self.render_bytes(fmt))
