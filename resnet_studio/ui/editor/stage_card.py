"""One stage in the block editor: its fields, its blocks' overrides and its problems."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from resnet_studio.core.design.design import (
    BLOCK_KINDS,
    SHORTCUT_RULES,
    SHORTCUTS,
    BlockPlan,
    StageSpec,
)
from resnet_studio.core.design.problems import Problem
from resnet_studio.ui.common.fields import SMALL_MAX, ChoiceCombo, FieldSpin
from resnet_studio.ui.common.format import chw_text
from resnet_studio.ui.common.i18n import fill, problem_text
from resnet_studio.ui.common.icons import icon, icon_button
from resnet_studio.ui.common.style import repolish
from resnet_studio.ui.editor import stage_ops

if TYPE_CHECKING:
    from resnet_studio.ui.document.document import DesignDocument


def problems_html(problems: list[Problem], fix_label: str) -> str:
    """Problems as rich text: each message in bold, then its fix."""
    parts = []
    for p in problems:
        message, fix = problem_text(p)
        parts.append(f"<b>{escape(message)}</b>" + (f"<br>{fix_label} {escape(fix)}" if fix else ""))
    return "<br><br>".join(parts)


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a style-sheet property ('selected', 'invalid') and restyle when it changes."""
    if bool(widget.property(name)) != value:
        widget.setProperty(name, value)
        repolish(widget)


class BlockRow(QFrame):
    """One block of an expanded stage: what it resolves to, and its overrides."""

    def __init__(self, card: StageCard, block: int):
        super().__init__(card)
        self.card = card
        self.block = block
        self.setObjectName("blockRow")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.stride = FieldSpin((0, SMALL_MAX))
        self.shortcut = ChoiceCombo([None, *SHORTCUTS])
        self.stride_label = QLabel()
        self.stride_label.setObjectName("fieldLabel")
        self.shortcut_label = QLabel()
        self.shortcut_label.setObjectName("fieldLabel")
        self.stride.setMinimumWidth(110)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.summary, 0, 1, 1, 2)
        grid.addWidget(self.stride_label, 1, 0)
        grid.addWidget(self.stride, 1, 1)
        grid.addWidget(self.shortcut_label, 2, 0)
        grid.addWidget(self.shortcut, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.stride.valueChanged.connect(self._stride_changed)
        self.shortcut.currentIndexChanged.connect(self._shortcut_changed)
        self.stride.hint.connect(card.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(fill(self.tr("Block %1"), self.block + 1))
        self.stride_label.setText(self.tr("Stride"))
        self.shortcut_label.setText(self.tr("Shortcut"))
        self.stride.name = self.tr("Block stride")
        self.stride.setToolTip(self.tr(
            "This block's stride. 'stage' follows the stage: the first block uses the "
            "stage's stride, the others 1. Stride 2 halves the height and width."))
        self.shortcut.setToolTip(self.tr(
            "This block's shortcut. 'stage rule' follows the stage's setting; identity "
            "adds x unchanged, a 1x1 projection reshapes x, none drops the shortcut."))
        if self.card.stage is not None:
            self.refresh(self.card.stage)  # its choices name the stage's rule

    def refresh(self, stage: StageSpec) -> None:
        o = stage.overrides.get(self.block)
        rule_stride = stage.stride if self.block == 0 else 1
        self.stride.setSpecialValueText(fill(self.tr("stage (%1)"), rule_stride))
        self.stride.set_quietly(o.stride if o is not None and o.stride is not None else 0)
        self.shortcut.set_texts([fill(self.tr("stage rule (%1)"), self.card.rule_text(stage.shortcut)),
                                 *(self.card.rule_text(r) for r in SHORTCUTS)])
        self.shortcut.set_quietly(o.shortcut if o is not None else None)

    def show_plan(self, plan: BlockPlan | None, shapes: tuple, problems: list[Problem]) -> None:
        """Show the resolved block (x shape -> output shape, shortcut) and mark problems."""
        if plan is None:
            self.summary.setText("")
        else:
            shortcut = (self.tr("no shortcut") if plan.shortcut == "none"
                        else self.card.rule_text(plan.shortcut))
            stride = f" /{plan.stride}" if plan.stride != 1 else ""
            self.summary.setText(f"{chw_text(shapes[0])} → {chw_text(shapes[1])}{stride} · {shortcut}")
        set_flag(self, "invalid", bool(problems))
        self.setToolTip(problems_html(problems, self.tr("Fix:")) if problems else "")

    def _stride_changed(self, value: int) -> None:
        c, b = self.card, self.block
        c.edit(fill(self.tr("Stage %1, block %2: stride %3"), c.index + 1, b + 1,
                    value or self.tr("stage")),
               lambda d: stage_ops.set_block_override(d, c.index, b, stride=value or None),
               f"stage{c.index}.block{b}.stride")

    def _shortcut_changed(self, _i: int) -> None:
        c, b, value = self.card, self.block, self.shortcut.value()
        c.edit(fill(self.tr("Stage %1, block %2: shortcut %3"), c.index + 1, b + 1,
                    self.shortcut.currentText()),
               lambda d: stage_ops.set_block_override(d, c.index, b, shortcut=value))

    def mousePressEvent(self, event) -> None:
        self.card.document.select_block(self.card.index, self.block)
        super().mousePressEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class StageCard(QFrame):
    """A stage as a card: channels, blocks, first-block stride, kind, shortcut rule,
    bottleneck groups, tool buttons, and an expandable list of its blocks."""

    moveRequested = Signal(int, int)  # stage index, -1 (up) or +1 (down)
    duplicateRequested = Signal(int)
    removeRequested = Signal(int)
    selectRequested = Signal(int)
    traceWanted = Signal()  # the block list opened: its rows need the latest shapes
    hint = Signal(str)  # a clamped value, for the status bar

    def __init__(self, parent: QWidget, document: DesignDocument, index: int):
        super().__init__(parent)
        self.document = document
        self.index = index
        self.setObjectName("stageCard")
        self.rows: list[BlockRow] = []
        self._stage: StageSpec | None = None

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.shape = QLabel()
        self.shape.setObjectName("summary")
        self.buttons = {}
        header = QHBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addSpacing(6)
        header.addWidget(self.shape, 1)
        for name, slot in (("up", self._move_up), ("down", self._move_down),
                           ("duplicate", self._duplicate), ("remove", self._remove)):
            self.buttons[name] = icon_button(name, slot)
            header.addWidget(self.buttons[name])

        self.channels = FieldSpin("channels")
        self.blocks = FieldSpin("blocks")
        self.stride = FieldSpin("stride")
        self.kind = ChoiceCombo(BLOCK_KINDS)
        self.shortcut = ChoiceCombo(SHORTCUT_RULES)
        self.groups = FieldSpin("groups")
        self.width_per_group = FieldSpin("channels")
        self.labels = {k: QLabel() for k in ("channels", "blocks", "stride", "kind", "shortcut",
                                             "groups", "width_per_group")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        placement = (("channels", 0, 0), ("blocks", 0, 2), ("stride", 1, 0), ("kind", 1, 2),
                     ("shortcut", 2, 0), ("groups", 3, 0), ("width_per_group", 3, 2))
        for name, row, col in placement:
            label = self.labels[name]
            label.setObjectName("fieldLabel")
            grid.addWidget(label, row, col)
            span = 3 if name == "shortcut" else 1
            grid.addWidget(getattr(self, name), row, col + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for name in ("channels", "stride", "groups", "width_per_group"):
            spin = getattr(self, name)
            spin.valueChanged.connect(lambda v, n=name: self._set_field(n, v))
            spin.hint.connect(self.hint)
        self.blocks.valueChanged.connect(self._set_blocks)
        self.blocks.hint.connect(self.hint)
        self.kind.currentIndexChanged.connect(lambda _i: self._set_field("kind", self.kind.value()))
        self.shortcut.currentIndexChanged.connect(
            lambda _i: self._set_field("shortcut", self.shortcut.value()))

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.RichText)
        self.problem.hide()
        self.expander = QToolButton()
        self.expander.setCheckable(True)
        self.expander.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.expander.setAutoRaise(True)
        self.expander.toggled.connect(self._expand)
        self.block_box = QWidget()
        self.block_list = QVBoxLayout(self.block_box)
        self.block_list.setContentsMargins(0, 0, 0, 0)
        self.block_list.setSpacing(4)
        self.block_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.expander, 0, Qt.AlignLeft)
        layout.addWidget(self.block_box)
        self.retranslate()

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(fill(self.tr("Stage %1"), self.index + 1))
        texts = {"channels": self.tr("Channels"), "blocks": self.tr("Blocks"),
                 "stride": self.tr("Stride"), "kind": self.tr("Block"),
                 "shortcut": self.tr("Shortcut"), "groups": self.tr("Groups"),
                 "width_per_group": self.tr("Width/group")}
        self._names = {"channels": self.tr("channels"), "blocks": self.tr("blocks"),
                       "stride": self.tr("stride"), "kind": self.tr("block kind"),
                       "shortcut": self.tr("shortcut"), "groups": self.tr("groups"),
                       "width_per_group": self.tr("width per group")}
        for name, text in texts.items():
            self.labels[name].setText(text)
            widget = getattr(self, name)
            if isinstance(widget, FieldSpin):
                widget.name = fill(self.tr("Stage %1 %2"), self.index + 1, self._names[name])
        tips = {
            "channels": self.tr(
                "Output channels of every block in this stage. For bottleneck blocks this is "
                "after the 4x expansion (ResNet-50's first stage has 256)."),
            "blocks": self.tr("How many residual blocks this stage stacks."),
            "stride": self.tr(
                "Stride of the stage's first block: 2 halves the height and width "
                "(56x56 -> 28x28); the other blocks use stride 1."),
            "kind": self.tr(
                "basic: two 3x3 convs (ResNet-18/34). bottleneck: 1x1 reduce, 3x3, 1x1 expand "
                "by 4 (ResNet-50 and deeper): fewer MACs per channel."),
            "shortcut": self.tr(
                "How x reaches the sum H(x) = F(x) + x. auto: identity where the shape stays, "
                "a 1x1 conv projection where the channels or the stride change. identity: x "
                "unchanged (the shapes must match). projection: always a 1x1 conv. none: no "
                "shortcut, a plain network."),
            "groups": self.tr(
                "Groups of the bottleneck's 3x3 conv (ResNeXt's cardinality); 1 is an ordinary conv."),
            "width_per_group": self.tr(
                "Channels per group of the bottleneck's 3x3 conv, on a base of 64: 128 makes "
                "Wide ResNet-50-2, 4 with 32 groups makes ResNeXt-50 32x4d."),
        }
        for name, tip in tips.items():
            getattr(self, name).setToolTip(tip)
            self.labels[name].setToolTip(tip)
        self.kind.set_texts([self.tr("basic"), self.tr("bottleneck")])
        self.shortcut.set_texts(
            [self.rule_text(r) for r in SHORTCUT_RULES],
            [self.tr("Identity where the shape stays; where it changes, the design's auto "
                     "shortcut (Options: 1x1 projection, option A or avg-down)."),
             self.tr("Always add x unchanged: needs equal shapes."),
             self.tr("Always reshape x with a 1x1 conv (with stride)."),
             self.tr("Option A of He et al.: take every stride-th pixel and append zero "
                     "channels. No parameters; cannot reduce channels."),
             self.tr("ResNet-D: a 2x2 average pool with the stride, then a 1x1 conv, so no "
                     "pixel is skipped."),
             self.tr("No shortcut: H(x) = F(x), a plain network.")])
        for name, tip in (("up", self.tr("Move this stage up")),
                          ("down", self.tr("Move this stage down")),
                          ("duplicate", self.tr("Duplicate this stage")),
                          ("remove", self.tr("Remove this stage"))):
            self.buttons[name].setToolTip(tip)
        self._expander_text()
        for row in self.rows:
            row.retranslate()

    def rule_text(self, rule: str | None) -> str:
        return {"auto": self.tr("auto"), "identity": self.tr("identity"),
                "projection": self.tr("1x1 projection"), "zero-pad": self.tr("option A: zero-pad"),
                "avg-down": self.tr("avg-down (ResNet-D)"), "none": self.tr("none")}.get(rule, "")

    def _expander_text(self) -> None:
        n = self._stage.blocks if self._stage else 0
        self.expander.setText(fill(self.tr("%1 blocks: stride and shortcut of each"), n))
        self.expander.setIcon(icon("collapse" if self.expander.isChecked() else "expand"))

    # -- showing the design ------------------------------------------------------
    def refresh(self, stage: StageSpec) -> None:
        """Show ``stage``'s values (no edits are emitted)."""
        self._stage = stage
        self.channels.set_quietly(stage.channels)
        self.blocks.set_quietly(stage.blocks)
        self.stride.set_quietly(stage.stride)
        self.kind.set_quietly(stage.kind)
        self.shortcut.set_quietly(stage.shortcut)
        self.groups.set_quietly(stage.groups)
        self.width_per_group.set_quietly(stage.width_per_group)
        bottleneck = stage.kind == "bottleneck"
        for name in ("groups", "width_per_group"):
            getattr(self, name).setVisible(bottleneck)
            self.labels[name].setVisible(bottleneck)
        n = len(self.design_stages())
        self.buttons["up"].setEnabled(self.index > 0)
        self.buttons["down"].setEnabled(self.index < n - 1)
        self._expander_text()
        if self.expander.isChecked():
            self._sync_rows()

    def design_stages(self) -> list[StageSpec]:
        return self.document.design.stages

    def show_trace(self, plans: dict, shapes: dict) -> None:
        """Show the stage's output shape, its problems, and each block's resolved plan."""
        trace = self.document.trace
        i = self.index
        out = trace.stage_outputs[i] if i < len(trace.stage_outputs) else None
        self.shape.setText("→ " + chw_text(out) if out else "")
        problems = self.document.problems_at(i)
        set_flag(self, "invalid", bool(problems))
        self.problem.setVisible(bool(problems))
        if problems:
            self.problem.setText(problems_html(problems, self.tr("Fix:")))
        for row in self.rows:
            key = (i, row.block)
            row.show_plan(plans.get(key), shapes.get(key, (None, None)),
                          self.document.problems_at(i, row.block))

    def set_selected(self, selected: bool, block: int | None) -> None:
        set_flag(self, "selected", selected)
        for row in self.rows:
            set_flag(row, "selected", selected and block == row.block)

    # -- blocks ------------------------------------------------------------------
    def _expand(self, on: bool) -> None:
        self.block_box.setVisible(on)
        self._expander_text()
        if on:
            self._sync_rows()
            self.traceWanted.emit()

    def expand_to(self, block: int) -> BlockRow | None:
        """Open the block list (if closed) and return the row of ``block``."""
        if not self.expander.isChecked():
            self.expander.setChecked(True)
        return self.rows[block] if block < len(self.rows) else None

    def _sync_rows(self) -> None:
        stage = self._stage
        while len(self.rows) < stage.blocks:
            row = BlockRow(self, len(self.rows))
            self.rows.append(row)
            self.block_list.addWidget(row)
        while len(self.rows) > stage.blocks:
            row = self.rows.pop()
            row.setParent(None)
            row.deleteLater()
        for row in self.rows:
            row.refresh(stage)

    # -- edits ------------------------------------------------------------------
    def edit(self, text: str, change, key: str | None = None) -> None:
        self.document.edit(text, change, key)

    def _set_field(self, name: str, value) -> None:
        i = self.index
        self.edit(fill(self.tr("Stage %1: %2 = %3"), i + 1, self._names[name], value),
                  lambda d: setattr(d.stages[i], name, value), f"stage{i}.{name}")

    def _set_blocks(self, value: int) -> None:
        i = self.index
        self.edit(fill(self.tr("Stage %1: %2 blocks"), i + 1, value),
                  lambda d: stage_ops.set_blocks(d, i, value), f"stage{i}.blocks")

    @property
    def stage(self) -> StageSpec | None:
        """The stage this card shows (None before the first refresh)."""
        return self._stage

    def _move_up(self) -> None:
        self.moveRequested.emit(self.index, -1)

    def _move_down(self) -> None:
        self.moveRequested.emit(self.index, 1)

    def _duplicate(self) -> None:
        self.duplicateRequested.emit(self.index)

    def _remove(self) -> None:
        self.removeRequested.emit(self.index)

    def mousePressEvent(self, event) -> None:
        self.selectRequested.emit(self.index)
        super().mousePressEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
