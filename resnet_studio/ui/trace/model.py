"""The shape trace as a tree model: stem, stage > block > layer, head.

Rebuilt only when the trace's structure (its layer paths) changes; otherwise the new
numbers are written into the existing cells and only the rows that changed are
announced, so an edit of a channel count repaints a few cells instead of the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from resnet_studio.core.design.design import Design
from resnet_studio.core.design.problems import Problem
from resnet_studio.core.design.trace import Layer, Trace
from resnet_studio.ui.common.format import bytes_text, count_text, shape_text
from resnet_studio.ui.common.i18n import fill, problem_text
from resnet_studio.ui.common.style import ERROR, ERROR_SOFT, MUTED
from resnet_studio.ui.document.document import Selection
from resnet_studio.ui.document.folds import fold_ranges

COLUMNS = 7  # layer, type, output shape, params, MACs, receptive field, activations
KEY_ROLE = Qt.UserRole + 1
QUIET_KINDS = ("BatchNorm2d", "ReLU", "Flatten")
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


@dataclass(slots=True)
class Node:
    """One row: a group (input, stem, stage, block, head) or a layer."""

    key: str
    parent: int
    row: int
    texts: tuple[str, ...]
    selection: Selection
    layer: Layer | None = None
    tip: str = ""
    invalid: bool = False
    quiet: bool = False  # BN, ReLU, Flatten: drawn muted
    children: list[int] = field(default_factory=list)
    folded: list[Layer] = field(default_factory=list)  # a fold row's layers (no rows)


def _t(text: str) -> str:
    return QCoreApplication.translate("TraceModel", text)


def _layer_type(layer: Layer) -> str:
    if layer.kind in ("Conv2d", "MaxPool2d"):
        text = f"{layer.kind} {layer.kernel}×{layer.kernel}"
        if layer.stride != 1:
            text += f" /{layer.stride}"
        if layer.groups > 1:
            text += " " + fill(_t("g=%1"), layer.groups)
        return text
    if layer.kind == "Add":
        return _t("Add: F(x) + x")
    return layer.kind


def _problem_tip(p: Problem) -> str:
    message, fix = problem_text(p)
    return f"{message}\n{_t('Fix:')} {fix}" if fix else message


class _Sums:
    """A group's totals: parameters, MACs, the largest receptive field, activations
    (of the layers that could run), its last layer and its first failing layer."""

    __slots__ = ("params", "macs", "rf", "activation_bytes", "last", "error")

    def __init__(self):
        self.params = self.macs = self.activation_bytes = 0
        self.rf = 1
        self.last: Layer | None = None
        self.error: Problem | None = None

    def add_layer(self, layer: Layer) -> None:
        self.params += layer.params
        self.macs += layer.macs
        if layer.rf > self.rf:
            self.rf = layer.rf
        if layer.error is None:
            self.activation_bytes += layer.activation_bytes
        elif self.error is None:
            self.error = layer.error
        self.last = layer

    def add(self, other: _Sums) -> None:
        self.params += other.params
        self.macs += other.macs
        self.rf = max(self.rf, other.rf)
        self.activation_bytes += other.activation_bytes
        if self.error is None:
            self.error = other.error
        if other.last is not None:
            self.last = other.last


class _Builder:
    """Turns a trace into rows, grouping layers under stem, stage, block and head."""

    def __init__(self, trace: Trace, design: Design, problems: list[Problem], per: int = 1,
                 plans: dict | None = None, folds: dict | None = None):
        self.trace, self.design, self.problems = trace, design, problems
        self.per = per  # 2: show FLOPs (2 x MACs)
        self.plans = plans if plans is not None else {
            (s, b): plan for s, b, plan in design.blocks()}
        self.folds = folds if folds is not None else fold_ranges(trace, self.plans, problems)
        self.fold_keys: dict[tuple[int, int], str] = {}  # folded block -> its fold row
        self.nodes: list[Node] = []
        self.roots: list[int] = []
        self.groups: dict[str, int] = {}

    def add(self, key: str, parent: int, label: str, selection: Selection,
            layer: Layer | None = None) -> int:
        siblings = self.roots if parent < 0 else self.nodes[parent].children
        node = Node(key, parent, len(siblings), (label,), selection, layer)
        self.nodes.append(node)
        siblings.append(len(self.nodes) - 1)
        self.groups[key] = len(self.nodes) - 1
        return len(self.nodes) - 1

    def group(self, layer: Layer) -> int:
        if layer.stage is None:
            part = layer.path.split(".", 1)[0]
            if part not in self.groups:
                self.add(part, -1, _t("Stem") if part == "stem" else _t("Head"),
                         Selection(layer=part))
            return self.groups[part]
        s, b = layer.stage, layer.block
        skey, bkey = f"stage{s + 1}", f"stage{s + 1}.block{b + 1}"
        if skey not in self.groups:
            self.add(skey, -1, fill(_t("Stage %1"), s + 1), Selection(s))
        if bkey not in self.groups:
            self.add(bkey, self.groups[skey], fill(_t("Block %1"), b + 1), Selection(s, b))
        return self.groups[bkey]

    def build(self) -> list[Node]:
        t = self.trace
        n = self.add("input", -1, _t("Input"), Selection(layer="input"))
        self.nodes[n].texts = (_t("Input"), _t("image batch"), shape_text(t.input_shape),
                               "", "", "1", bytes_text(_numel(t.input_shape) * 4))
        folds, folded_into = self.folds, None  # (the fold row the last layer went to)
        for layer in t.layers:
            fold = folds.get((layer.stage, layer.block)) if layer.stage is not None else None
            if fold is not None:
                if folded_into is None or folded_into[0] != (layer.stage, layer.block):
                    folded_into = ((layer.stage, layer.block), self.fold(layer, fold))
                self.nodes[folded_into[1]].folded.append(layer)
                continue
            parent = self.group(layer)
            prefix = self.nodes[parent].key + "."
            name = layer.path[len(prefix):] if layer.path.startswith(prefix) else layer.path
            i = self.add(layer.path, parent, name, Selection.of_layer(layer), layer)
            node = self.nodes[i]
            node.quiet = layer.kind in QUIET_KINDS
            node.texts = (name, _layer_type(layer), shape_text(layer.out_shape),
                          count_text(layer.params) if layer.params else "",
                          count_text(layer.macs * self.per) if layer.macs else "", str(layer.rf),
                          bytes_text(layer.activation_bytes))
            if layer.formula:
                node.tip = layer.formula
            if layer.error is not None:
                node.invalid = True
                node.tip = _problem_tip(layer.error)
        sums: dict[int, _Sums] = {}
        for i in range(len(self.nodes) - 1, 0, -1):  # (children after their parents)
            node = self.nodes[i]
            if node.layer is None:
                sums[i] = self.summarise(node, sums)
        return self.nodes

    def fold(self, layer: Layer, fold: tuple[int, int]) -> int:
        """The fold row a folded block's layers go to (made at the fold's first layer)."""
        s, (first, last) = layer.stage, fold
        key = f"stage{s + 1}.blocks{first + 1}-{last + 1}"
        if key not in self.groups:
            skey = f"stage{s + 1}"
            if skey not in self.groups:
                self.add(skey, -1, fill(_t("Stage %1"), s + 1), Selection(s))
            self.add(key, self.groups[skey], fill(_t("Blocks %1–%2"), first + 1, last + 1),
                     Selection(s, first))
        self.fold_keys[(s, layer.block)] = key
        return self.groups[key]

    def sums(self, node: Node, done: dict[int, _Sums]) -> _Sums:
        """What a group row adds up: its folded layers, then its children in order (a
        child group's sums are in ``done``: each layer is counted once per build)."""
        total = _Sums()
        for layer in node.folded:
            total.add_layer(layer)
        for c in node.children:
            child = self.nodes[c]
            if child.layer is not None:
                total.add_layer(child.layer)
            else:
                total.add(done[c])
        return total

    def summarise(self, node: Node, done: dict[int, _Sums]) -> _Sums:
        """A group row: its last layer's output, summed params, MACs and activations."""
        total = self.sums(node, done)
        last = total.last
        sel = node.selection
        kind = ""
        if node.folded:
            lo, hi = (int(v) for v in node.key.rsplit("blocks", 1)[1].split("-"))
            kind = fill(_t("%1 × block %2"), hi - lo + 1, lo - 1)
        elif sel.block_key is not None:
            plan = self.plans.get(sel.block_key)
            if plan is not None:
                shortcut = {"identity": _t("identity"), "projection": _t("1x1 projection"),
                            "zero-pad": _t("option A: zero-pad"),
                            "avg-down": _t("avg-down (ResNet-D)"),
                            "none": _t("no shortcut")}.get(plan.shortcut, plan.shortcut)
                kind = (_t("basic") if plan.kind == "basic" else _t("bottleneck")) + \
                    " · " + shortcut
        elif sel.stage is not None:
            kind = fill(_t("%1 blocks"), self.design.stages[sel.stage].blocks) \
                if sel.stage < len(self.design.stages) else ""
        node.texts = (
            node.texts[0], kind,
            shape_text(last.out_shape) if last is not None and last.error is None else "?",
            count_text(total.params), count_text(total.macs * self.per), str(total.rf),
            bytes_text(total.activation_bytes),
        )
        problems = [p for p in self.problems
                    if p.stage is not None and p.stage == sel.stage
                    and (sel.block is None or p.block in (None, sel.block))]
        if total.error is not None or problems:
            node.invalid = True
            node.tip = "\n\n".join(_problem_tip(p) for p in problems) or node.tip
            if not node.tip:
                node.tip = _problem_tip(total.error)
        return total


def _numel(shape) -> int:
    n = 1
    for v in shape:
        n *= v
    return n


class _Mismatch(Exception):
    """The rows on screen do not line up with the old trace: rebuild everything."""


@dataclass
class _Tree:
    """A built trace by node key: the nodes and each node's child keys (None: roots)."""

    nodes: dict[str, Node] = field(default_factory=dict)
    children: dict[str | None, list[str]] = field(default_factory=dict)

    @staticmethod
    def of(nodes: list[Node], roots: list[int]) -> _Tree:
        tree = _Tree({n.key: n for n in nodes})
        tree.children[None] = [nodes[i].key for i in roots]
        for n in nodes:
            tree.children[n.key] = [nodes[i].key for i in n.children]
        return tree


class TraceModel(QStandardItemModel):
    """Tree model of a trace; ``set_trace`` changes only what the new trace changed.

    The cells live in C++ (QStandardItem), so painting the tree never calls Python.
    Rows are matched by key (``stage2.block1.conv1``): unchanged rows keep their items
    (and their expanded state), changed numbers are written in place, and only rows
    that appear or disappear are inserted or removed."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setColumnCount(COLUMNS)
        self.flops = False  # count FLOPs (2 x MACs) instead of mult-adds
        self.tree = _Tree(children={None: []})
        self.rows: dict[str, list[QStandardItem]] = {}  # node key -> one item per column
        self.fold_keys: dict[tuple[int, int], str] = {}  # folded block -> its fold row
        bold = QFont()
        bold.setBold(True)
        self.bold = bold
        self.error_text, self.muted_text = QBrush(QColor(ERROR)), QBrush(QColor(MUTED))
        self.error_background, self.no_brush = QBrush(QColor(ERROR_SOFT)), QBrush()
        for col in range(3, COLUMNS):
            self.setHeaderData(col, Qt.Horizontal, _RIGHT, Qt.TextAlignmentRole)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Layer"), self.tr("Type"), self.tr("Output shape"), self.tr("Params"),
            self.tr("FLOPs") if self.flops else self.tr("MACs"), self.tr("RF"), self.tr("Memory")])
        tips = (self.tr("Layer, block or stage (expand a row to see what is inside)"),
                self.tr("What the layer is: kernel, stride (/2), groups"),
                self.tr("Output shape (N, C, H, W) for the input shape above"),
                self.tr("Learnable parameters (weights and biases)"),
                (self.tr("Floating-point operations of one forward pass at this batch size: "
                         "2 per multiply-add") if self.flops else
                 self.tr("Multiply-adds of one forward pass at this batch size")),
                self.tr("Receptive field: how many input pixels (per side) one output sees"),
                self.tr("Memory of the output activations at this batch size (float32)"))
        for col, tip in enumerate(tips):
            self.setHeaderData(col, Qt.Horizontal, tip, Qt.ToolTipRole)

    @property
    def by_key(self) -> dict[str, Node]:
        return self.tree.nodes

    def set_trace(self, trace: Trace, design: Design, problems: list[Problem],
                  plans: dict | None = None, folds: dict | None = None) -> tuple[bool, list[str]]:
        """Show ``trace``. Returns (rebuilt from scratch, keys of the rows added).
        ``plans``, ``folds``: the design's block plans and folded runs when already
        worked out (the document's)."""
        builder = _Builder(trace, design, problems, 2 if self.flops else 1, plans, folds)
        new = _Tree.of(builder.build(), builder.roots)
        self.fold_keys = builder.fold_keys
        old = self.tree
        added: list[str] = []
        updates: list[tuple[str, Node, Node]] = []
        try:
            self._sync(None, old, new, added, updates)
        except _Mismatch:
            self._rebuild(new)
            return True, [k for k in new.nodes if new.nodes[k].parent < 0]
        self.tree = new
        self.blockSignals(True)  # one dataChanged per parent below, not one per cell
        try:
            for key, node, before in updates:
                self._update(self.rows[key], node, before)
        finally:
            self.blockSignals(False)
        ranges: dict[str | None, tuple[int, int]] = {}
        for key, node, _ in updates:
            parent = None if node.parent < 0 else self._parent_key(key)
            lo, hi = ranges.get(parent, (node.row, node.row))
            ranges[parent] = (min(lo, node.row), max(hi, node.row))
        for parent, (lo, hi) in ranges.items():
            pidx = self.rows[parent][0].index() if parent is not None else QModelIndex()
            self.dataChanged.emit(self.index(lo, 0, pidx), self.index(hi, COLUMNS - 1, pidx))
        return False, added

    def _parent_key(self, key: str) -> str | None:
        parent = self.rows[key][0].parent()
        return None if parent is None else parent.data(KEY_ROLE)

    def _sync(self, parent: str | None, old: _Tree, new: _Tree, added: list[str],
              updates: list) -> None:
        """Make the rows under ``parent`` match ``new``: remove, insert, note updates."""
        item = self.invisibleRootItem() if parent is None else self.rows[parent][0]
        old_kids, new_kids = old.children.get(parent, []), new.children.get(parent, [])
        keep = set(new_kids)
        for key in reversed(old_kids):
            if key not in keep:
                row = self.rows[key][0].row()
                self._forget(key, old)
                item.removeRow(row)
        for i, key in enumerate(new_kids):
            node = new.nodes[key]
            if key in self.rows:
                if self.rows[key][0].row() != i:
                    raise _Mismatch
                before = old.nodes[key]
                if (node.texts, node.invalid, node.tip) != (before.texts, before.invalid, before.tip):
                    updates.append((key, node, before))
                self._sync(key, old, new, added, updates)
            else:
                item.insertRow(i, self._make(key, new))
                added.append(key)

    def _forget(self, key: str, tree: _Tree) -> None:
        self.rows.pop(key, None)
        for child in tree.children.get(key, []):
            self._forget(child, tree)

    def _make(self, key: str, tree: _Tree) -> list[QStandardItem]:
        """The row of ``key`` with all its descendants (built before it is attached)."""
        node = tree.nodes[key]
        row = [QStandardItem(text) for text in node.texts]
        row[0].setData(key, KEY_ROLE)
        for item in row[3:]:
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        if node.parent < 0:
            for item in row:
                item.setFont(self.bold)
        self._style(row, node, fresh=True)
        self.rows[key] = row
        for child in tree.children.get(key, []):
            row[0].appendRow(self._make(child, tree))
        return row

    def _rebuild(self, new: _Tree) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per row
        try:
            self.removeRows(0, self.rowCount())
            self.rows = {}
            root = self.invisibleRootItem()
            for key in new.children[None]:
                root.appendRow(self._make(key, new))
            self.tree = new
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def _style(self, row: list[QStandardItem], node: Node, fresh: bool = False) -> None:
        """Colours and tooltip of a row. A fresh row (just made, with Qt's defaults) gets
        only what differs from them: adding a stage makes hundreds of rows."""
        if fresh and not node.invalid:
            for col, item in enumerate(row):
                if col == 1 or node.quiet:
                    item.setForeground(self.muted_text)
                if node.tip:
                    item.setToolTip(node.tip)
            return
        for col, item in enumerate(row):
            if node.invalid:
                item.setForeground(self.error_text)
                item.setBackground(self.error_background)
            else:
                item.setForeground(self.muted_text if col == 1 or node.quiet else self.no_brush)
                item.setBackground(self.no_brush)
            item.setToolTip(node.tip)

    def _update(self, row: list[QStandardItem], new: Node, old: Node) -> None:
        for item, text, before in zip(row, new.texts, old.texts):
            if text != before:
                item.setText(text)
        if (new.invalid, new.tip) != (old.invalid, old.tip):
            self._style(row, new)

    def index_for_key(self, key: str) -> QModelIndex:
        row = self.rows.get(key)
        return QModelIndex() if row is None else row[0].index()

    def node(self, index: QModelIndex) -> Node | None:
        if not index.isValid():
            return None
        return self.tree.nodes.get(index.siblingAtColumn(0).data(KEY_ROLE))
