"""The block editor: input, stem, stages (as cards), head and options of the design.

Every change is one undoable edit on the document; the editor redraws itself from
the document (after an undo, a preset, a file) without emitting edits of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.design.design import HEAD_STYLES, STEM_KINDS, STEM_STYLES, Design
from resnet_studio.ui.common.fields import ChoiceCombo, FieldCheck, FieldSpin, FieldText
from resnet_studio.ui.common.i18n import fill
from resnet_studio.ui.common.icons import icon
from resnet_studio.ui.common.style import ACCENT
from resnet_studio.ui.document.document import DesignDocument, Selection, problem_part
from resnet_studio.ui.editor import family_options, stage_ops
from resnet_studio.ui.editor.stage_card import StageCard, problems_html, set_flag

STEM_CHOICES = (*STEM_KINDS, "custom")
SPARE_CARDS = 2  # hidden stage cards kept built ahead for the next added stages
SPARE_CARD_IDLE_MS = 400  # ...built once the editor has been idle this long


@dataclass
class Binding:
    """A widget showing one design field: how to read it and how to change it."""

    widget: Any
    get: Callable[[Design], Any]
    put: Callable[[Design, Any], None]
    key: str
    label: Callable[[], str]  # the field's (translated) name for the undo text


class Section(QFrame):
    """A titled white card holding a grid of fields and a place for its problems."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("section")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.RichText)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addWidget(self.problem)

    def show_problems(self, problems: list, fix_label: str) -> None:
        set_flag(self, "invalid", bool(problems))
        self.problem.setVisible(bool(problems))
        if problems:
            self.problem.setText(problems_html(problems, fix_label))


class EditorPane(QScrollArea):
    """The left pane: every field of the design, editable, with undo."""

    hint = Signal(str)  # a short message for the status bar (e.g. a clamped value)

    def __init__(self, document: DesignDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setObjectName("editorScroll")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("editorBody")
        self.setWidget(body)
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(10, 10, 10, 10)
        self.layout_.setSpacing(10)
        self.bindings: list[Binding] = []
        self.labels: dict[str, QLabel] = {}
        self.cards: list[StageCard] = []
        self.spare_cards: list[StageCard] = []
        self._spare_timer = QTimer(self)  # builds spare cards while nothing else happens
        self._spare_timer.setSingleShot(True)
        self._spare_timer.setInterval(SPARE_CARD_IDLE_MS)
        self._spare_timer.timeout.connect(self._build_spare_card)

        self.general = QLabel()
        self.general.setObjectName("problem")
        self.general.setWordWrap(True)
        self.general.hide()
        self.layout_.addWidget(self.general)
        self._build_design_section()
        self._build_input_section()
        self._build_stem_section()
        self._build_stage_list()
        self._build_head_section()
        self._build_options_section()
        self.layout_.addStretch(1)

        document.changed.connect(self.refresh)
        document.traceReady.connect(self.show_trace)
        document.selectionChanged.connect(self.show_selection)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.retranslate()
        self.refresh()
        self.show_trace()
        self._fit_width()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Never narrower than the fields need (the pane has no horizontal scroll bar)."""
        need = self.widget().minimumSizeHint().width()
        self.setMinimumWidth(need + self.verticalScrollBar().sizeHint().width() + 4)

    # -- building ----------------------------------------------------------------
    def _field(self, section: Section, name: str, widget, row: int, col: int, span: int = 1):
        label = QLabel()
        label.setObjectName("fieldLabel")
        label.setBuddy(widget)
        self.labels[name] = label
        section.grid.addWidget(label, row, col)
        section.grid.addWidget(widget, row, col + 1, 1, span)
        if isinstance(widget, FieldSpin):
            widget.hint.connect(self.hint)
        return widget

    def _bind(self, widget, key: str, get, put, label: Callable[[], str]) -> None:
        binding = Binding(widget, get, put, key, label)
        self.bindings.append(binding)
        if isinstance(widget, FieldSpin):
            widget.valueChanged.connect(lambda v: self._commit(binding, v))
        elif isinstance(widget, FieldCheck):
            widget.toggled.connect(lambda v: self._commit(binding, v))
        elif isinstance(widget, ChoiceCombo):
            widget.currentIndexChanged.connect(lambda _i: self._commit(binding, widget.value()))
        elif isinstance(widget, FieldText):
            widget.editingFinished.connect(lambda: self._commit(binding, widget.text().strip()))

    def _commit(self, binding: Binding, value) -> None:
        text = fill(self.tr("Set %1 to %2"), binding.label(), value)
        self.document.edit(text, lambda d: binding.put(d, value), binding.key)

    def _section(self) -> Section:
        section = Section(self.widget())
        self.layout_.addWidget(section)
        return section

    def _build_design_section(self) -> None:
        self.design_section = s = self._section()
        self.name = self._field(s, "name", FieldText(), 0, 0, 3)
        self._bind(self.name, "name", lambda d: d.name,
                   lambda d, v: setattr(d, "name", v or d.name), lambda: self.tr("name"))

    def _build_input_section(self) -> None:
        self.input_section = s = self._section()
        self.in_channels = self._field(s, "in_channels", FieldSpin("channels"), 0, 0)
        self.in_height = self._field(s, "in_height", FieldSpin("size"), 1, 0)
        self.in_width = self._field(s, "in_width", FieldSpin("size"), 1, 2)
        for w, attr in ((self.in_channels, "channels"), (self.in_height, "height"),
                        (self.in_width, "width")):
            self._bind(w, f"input.{attr}", lambda d, a=attr: getattr(d.input, a),
                       lambda d, v, a=attr: setattr(d.input, a, v), lambda w=w: w.name)

    def _build_stem_section(self) -> None:
        self.stem_section = s = self._section()
        self.stem_style = self._field(s, "stem_style", ChoiceCombo(STEM_STYLES), 0, 0, 3)
        self._bind(self.stem_style, "stem.style", lambda d: d.stem.style,
                   lambda d, v: setattr(d.stem, "style", v), lambda: self.tr("stem style"))
        self.stem_kind = self._field(s, "stem_kind", ChoiceCombo(STEM_CHOICES), 1, 0, 3)
        self.stem_kind.currentIndexChanged.connect(self._stem_kind_changed)
        spins = (("channels", "channels", 2, 0), ("kernel", "kernel", 3, 0),
                 ("stride", "stride", 3, 2), ("padding", "padding", 4, 0))
        for attr, limits, row, col in spins:
            spin = self._field(s, f"stem_{attr}", FieldSpin(limits), row, col)
            setattr(self, f"stem_{attr}", spin)
            self._bind(spin, f"stem.{attr}", lambda d, a=attr: getattr(d.stem, a),
                       lambda d, v, a=attr: setattr(d.stem, a, v), lambda w=spin: w.name)
        self.stem_pool = FieldCheck()
        s.grid.addWidget(self.stem_pool, 5, 0, 1, 4)
        self._bind(self.stem_pool, "stem.pool", lambda d: d.stem.pool,
                   lambda d, v: setattr(d.stem, "pool", v), lambda: self.tr("max-pool"))
        pools = (("pool_kernel", "kernel", 6, 0), ("pool_stride", "stride", 6, 2),
                 ("pool_padding", (0, 32), 7, 0))
        for attr, limits, row, col in pools:
            spin = self._field(s, f"stem_{attr}", FieldSpin(limits), row, col)
            setattr(self, f"stem_{attr}", spin)
            self._bind(spin, f"stem.{attr}", lambda d, a=attr: getattr(d.stem, a),
                       lambda d, v, a=attr: setattr(d.stem, a, v), lambda w=spin: w.name)

    def _build_stage_list(self) -> None:
        header = QHBoxLayout()
        self.stages_title = QLabel()
        self.stages_title.setObjectName("sectionTitle")
        header.addWidget(self.stages_title)
        header.addStretch(1)
        self.layout_.addLayout(header)
        self.stage_list = QVBoxLayout()
        self.stage_list.setSpacing(10)
        self.layout_.addLayout(self.stage_list)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addStage")
        self.add_button.setIcon(icon("add", ACCENT))
        self.add_button.clicked.connect(self.add_stage)
        self.layout_.addWidget(self.add_button)

    def _build_head_section(self) -> None:
        self.head_section = s = self._section()
        self.head_style = self._field(s, "head_style", ChoiceCombo(HEAD_STYLES), 0, 0, 3)
        self._bind(self.head_style, "head.style", lambda d: d.head.style,
                   lambda d, v: setattr(d.head, "style", v), lambda: self.tr("head style"))
        self.classes = self._field(s, "classes", FieldSpin("classes"), 1, 0)
        self._bind(self.classes, "head.classes", lambda d: d.head.classes,
                   lambda d, v: setattr(d.head, "classes", v), lambda: self.classes.name)

    def _build_options_section(self) -> None:
        self.options_section = s = self._section()
        self.conv_bias = FieldCheck()
        self.projection_bn = FieldCheck()
        s.grid.addWidget(self.conv_bias, 0, 0, 1, 4)
        s.grid.addWidget(self.projection_bn, 1, 0, 1, 4)
        self._bind(self.conv_bias, "conv_bias", lambda d: d.conv_bias,
                   lambda d, v: setattr(d, "conv_bias", v), lambda: self.tr("conv bias"))
        self._bind(self.projection_bn, "projection_bn", lambda d: d.projection_bn,
                   lambda d, v: setattr(d, "projection_bn", v),
                   lambda: self.tr("BatchNorm on the projection"))
        family_options.build(self, s)

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.design_section.title.setText(self.tr("Design"))
        self.input_section.title.setText(self.tr("Input image"))
        self.stem_section.title.setText(self.tr("Stem"))
        self.head_section.title.setText(self.tr("Head"))
        self.options_section.title.setText(self.tr("Options"))
        self.stages_title.setText(self.tr("Stages"))
        self.add_button.setText(self.tr("Add stage"))
        self.add_button.setToolTip(self.tr(
            "Append a stage with twice the channels of the last one and stride 2."))
        texts = {
            "name": (self.tr("Name"), self.tr("The design's name, saved in its file.")),
            "in_channels": (self.tr("Channels"), self.tr(
                "Channels of the input image: 1 for grey-scale (Fashion-MNIST), 3 for colour.")),
            "in_height": (self.tr("Height"), self.tr(
                "Input height in pixels. d2l trains Fashion-MNIST resized to 96; torchvision "
                "uses 224.")),
            "in_width": (self.tr("Width"), self.tr("Input width in pixels.")),
            "stem_style": (self.tr("Style"), self.tr(
                "conv: one conv, BN, ReLU (and the max-pool). deep: three 3x3 convs with "
                "widths channels/2, channels/2, channels, the first with the stride "
                "(ResNet-C/D, timm's deep stem). none: no stem; the first stage takes the "
                "input image itself.")),
            "stem_kind": (self.tr("Kind"), self.tr(
                "imagenet: 7x7 conv with stride 2, then a 3x3 max-pool with stride 2 (the size "
                "shrinks by 4). cifar: a 3x3 conv with stride 1 and no pool, for small images. "
                "custom: your own numbers below.")),
            "stem_channels": (self.tr("Channels"), self.tr(
                "Output channels of the stem's conv (64 in ResNet-18).")),
            "stem_kernel": (self.tr("Kernel"), self.tr(
                "Size k of the stem conv's square window.")),
            "stem_stride": (self.tr("Stride"), self.tr(
                "Step s of the window: 2 halves the height and width. Output size: "
                "floor((H + 2p - k)/s) + 1.")),
            "stem_padding": (self.tr("Padding"), self.tr(
                "Zeros p added on each side of the input before the conv.")),
            "stem_pool_kernel": (self.tr("Pool kernel"), self.tr("Window of the max-pool.")),
            "stem_pool_stride": (self.tr("Pool stride"), self.tr(
                "Step of the max-pool: 2 halves the size.")),
            "stem_pool_padding": (self.tr("Pool padding"), self.tr(
                "Padding of the max-pool: at most half its kernel.")),
            "head_style": (self.tr("Style"), self.tr(
                "linear: global average pool, flatten and a linear layer to the classes. "
                "none: the network ends at its last block and outputs (N, C, H, W), like "
                "the d2l chapter's single Residual blocks.")),
            **family_options.texts(),
            "classes": (self.tr("Classes"), self.tr(
                "Outputs of the final linear layer, one per class (10 for Fashion-MNIST).")),
        }
        for name, (text, tip) in texts.items():
            self.labels[name].setText(text)
            self.labels[name].setToolTip(tip)
            widget = self.labels[name].buddy()
            widget.setToolTip(tip)
            if isinstance(widget, FieldSpin):
                widget.name = {"in_channels": self.tr("input channels"),
                               "in_height": self.tr("input height"),
                               "in_width": self.tr("input width"),
                               "classes": self.tr("classes"),
                               "se_ratio": self.tr("SE ratio"),
                               "drop_path": self.tr("drop-path")}.get(name) or fill(
                                   self.tr("stem %1"), text.lower())
        self.stem_pool.setText(self.tr("Max-pool after the conv"))
        self.stem_pool.setToolTip(self.tr(
            "A max-pool after the stem's conv, BN and ReLU (ImageNet ResNets: 3x3, stride 2)."))
        self.stem_style.set_texts([self.tr("conv: one conv"), self.tr("deep: three 3x3 convs"),
                                   self.tr("none: no stem")])
        self.head_style.set_texts([self.tr("linear: avg-pool + fc"),
                                   self.tr("none: end at the last block")])
        self.stem_kind.set_texts([self.tr("imagenet: 7x7/2 + max-pool"),
                                  self.tr("cifar: 3x3/1, no pool"), self.tr("custom")])
        self.conv_bias.setText(self.tr("Bias in the convs"))
        self.conv_bias.setToolTip(self.tr(
            "Give every conv a bias term, as d2l does. torchvision leaves it out because a "
            "BatchNorm follows each conv."))
        self.projection_bn.setText(self.tr("BatchNorm after the 1x1 projection"))
        family_options.retranslate(self)
        self.projection_bn.setToolTip(self.tr(
            "Normalise the shortcut's 1x1 conv output (torchvision does, d2l does not)."))
        self.show_trace()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self._fit_width()
        super().changeEvent(event)

    # -- showing the document -------------------------------------------------------
    def refresh(self) -> None:
        """Show the document's design in every field (emits no edits)."""
        d = self.document.design
        for b in self.bindings:
            b.widget.set_quietly(b.get(d))
        kind = d.stem.kind
        self.stem_kind.set_enabled_item("custom", kind == "custom")
        self.stem_kind.set_quietly(kind)
        self._enable_by_style(d)
        while len(self.cards) < len(d.stages):
            if self.spare_cards:  # a hidden card (removed earlier, or built ahead): same index
                card = self.spare_cards.pop()
            else:
                card = self._new_card(len(self.cards))
            self.cards.append(card)
            card.show()
        while len(self.cards) > len(d.stages):
            card = self.cards.pop()
            card.expander.setChecked(False)
            card.hide()  # kept for the next added stage: building a card costs ~10-25 ms
            self.spare_cards.append(card)
        for card, stage in zip(self.cards, d.stages):
            card.refresh(stage)
        if len(self.spare_cards) < SPARE_CARDS:
            self._spare_timer.start()

    def _new_card(self, index: int) -> StageCard:
        card = StageCard(self, self.document, index)
        card.moveRequested.connect(self.move_stage)
        card.duplicateRequested.connect(self.duplicate_stage)
        card.removeRequested.connect(self.remove_stage)
        card.selectRequested.connect(self.select_stage)
        card.traceWanted.connect(self.show_trace)
        card.hint.connect(self.hint)
        self.stage_list.addWidget(card)
        return card

    def _build_spare_card(self) -> None:
        """When the editor is idle, build one hidden card ahead, so that adding or
        duplicating a stage shows a card at once instead of building one (the slowest
        part of such an edit). Cards are laid out in index order: the new one takes the
        highest index and waits at the bottom of the spare stack."""
        if len(self.spare_cards) >= SPARE_CARDS:
            return
        card = self._new_card(len(self.cards) + len(self.spare_cards))
        card.hide()
        self.spare_cards.insert(0, card)
        if len(self.spare_cards) < SPARE_CARDS:
            self._spare_timer.start()

    def _enable_by_style(self, d: Design) -> None:
        """Grey out the fields a stem or head style does not use."""
        style = d.stem.style
        has_stem = style != "none"
        self.stem_kind.setEnabled(style == "conv")
        self.stem_channels.setEnabled(has_stem)
        self.stem_stride.setEnabled(has_stem)
        self.stem_kernel.setEnabled(style == "conv")
        self.stem_padding.setEnabled(style == "conv")
        self.stem_pool.setEnabled(has_stem)
        for name in ("pool_kernel", "pool_stride", "pool_padding"):
            getattr(self, f"stem_{name}").setEnabled(has_stem and d.stem.pool)
        self.classes.setEnabled(d.head.style != "none")

    def show_trace(self, *_args) -> None:
        """Mark problems and show shapes from the document's latest trace."""
        doc = self.document
        if doc.trace is None or not hasattr(self, "cards"):
            return
        fix = self.tr("Fix:")
        parts = {"input": [], "stem": [], "head": [], None: []}
        for p in doc.general_problems():
            parts[problem_part(p)].append(p)
        self.input_section.show_problems(parts["input"], fix)
        self.stem_section.show_problems(parts["stem"], fix)
        self.head_section.show_problems(parts["head"], fix)
        self.general.setVisible(bool(parts[None]))
        if parts[None]:
            self.general.setText(problems_html(parts[None], fix))
        plans, shapes = {}, {}
        t = doc.trace
        prev = t.stem_output
        for (si, bi), plan in doc.plans.items():
            plans[(si, bi)] = plan
            out = t.block_outputs.get((si, bi))
            shapes[(si, bi)] = (prev, out)
            prev = out
        for card in self.cards:
            card.show_trace(plans, shapes)

    def show_selection(self, sel: Selection | None) -> None:
        """Highlight the selected stage/block; bring it into view when chosen elsewhere."""
        stage = sel.stage if sel is not None else None
        block = sel.block if sel is not None else None
        chosen_here = stage is not None and stage < len(self.cards) and self._has_focus_inside(
            self.cards[stage])
        target = None
        if stage is not None and stage < len(self.cards) and not chosen_here:
            card = self.cards[stage]
            target = (card.expand_to(block) if block is not None else None) or card
        for card in self.cards:
            card.set_selected(card.index == stage, block)
        if target is not None:
            self.ensureWidgetVisible(target, 0, 30)

    # -- selection from focus ----------------------------------------------------
    def _has_focus_inside(self, widget: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is widget or widget.isAncestorOf(focus))

    def _focus_changed(self, _old, now) -> None:
        if now is None or not self.isAncestorOf(now):
            return
        for part, section in (("input", self.input_section), ("stem", self.stem_section),
                              ("head", self.head_section)):
            if section.isAncestorOf(now):
                self.document.select(Selection(layer=part))
                return
        for card in self.cards:
            if card.isAncestorOf(now):
                for row in card.rows:
                    if row.isAncestorOf(now):
                        self.document.select_block(card.index, row.block)
                        return
                self.select_stage(card.index)
                return

    def select_stage(self, index: int) -> None:
        """Select a stage, keeping a block selection inside it."""
        sel = self.document.selection
        if sel is None or sel.stage != index:
            self.document.select(Selection(index))

    # -- stage operations (also used by the Edit menu) ---------------------------
    def _stem_kind_changed(self, _i: int) -> None:
        kind = self.stem_kind.value()
        if kind in STEM_KINDS:
            self.document.edit(fill(self.tr("Stem: %1"), kind),
                               lambda d: setattr(d, "stem", d.stem.with_kind(kind)))

    def add_stage(self) -> None:
        if self.document.edit(self.tr("Add stage"), stage_ops.add_stage):
            self.document.select(Selection(len(self.document.design.stages) - 1))

    def duplicate_stage(self, index: int) -> None:
        if self.document.edit(fill(self.tr("Duplicate stage %1"), index + 1),
                              lambda d: stage_ops.duplicate_stage(d, index)):
            self.document.select(Selection(index + 1))

    def remove_stage(self, index: int) -> None:
        self.document.edit(fill(self.tr("Remove stage %1"), index + 1),
                           lambda d: stage_ops.remove_stage(d, index))

    def move_stage(self, index: int, delta: int) -> None:
        if self.document.edit(fill(self.tr("Move stage %1"), index + 1),
                              lambda d: stage_ops.move_stage(d, index, delta)):
            self.document.select(Selection(index + delta))
