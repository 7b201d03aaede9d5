"""The open design as a Qt model: views subscribe to it, it never calls a widget.

One ``DesignDocument`` holds the current design, its undo stack, file path, dirty
flag, the latest trace and problems, and the selection. Every edit goes through
:meth:`DesignDocument.edit` (an undoable command); the trace is recomputed once per
event-loop pass for the latest design only, so a burst of edits costs one trace and
no stale result is ever shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from resnet_studio.core.design.design import BlockPlan, Design
from resnet_studio.core.design.presets import preset
from resnet_studio.core.design.problems import Problem
from resnet_studio.core.design.trace import Layer, Trace, trace
from resnet_studio.core.design.validate import validate
from resnet_studio.ui.document.commands import EditCommand
from resnet_studio.ui.document.folds import fold_ranges

DEFAULT_PRESET = "d2l-resnet18"
PARTS = ("input", "stem", "head")


@dataclass(frozen=True)
class Selection:
    """What the user points at: a stage, a block, a layer, or a part (input/stem/head).

    ``layer`` is a trace layer path ("stage2.block1.conv1", "stem.pool") or a part name;
    a layer inside a block also carries its stage and block, so every view can
    highlight the block around it."""

    stage: int | None = None
    block: int | None = None
    layer: str | None = None

    @property
    def block_key(self) -> tuple[int, int] | None:
        if self.stage is None or self.block is None:
            return None
        return (self.stage, self.block)

    @property
    def part(self) -> str | None:
        """'input', 'stem', 'head' or None (inside the stages)."""
        if self.layer is None:
            return None
        head = self.layer.split(".", 1)[0]
        return head if head in PARTS else None

    @staticmethod
    def of_layer(layer: Layer) -> Selection:
        return Selection(layer.stage, layer.block, layer.path)


def problem_part(problem: Problem) -> str | None:
    """'input', 'stem' or 'head' for a problem outside the stages, else None."""
    if problem.stage is not None:
        return None
    for text in (problem.layer or "", str(problem.params.get("where", ""))):
        head = text.split(".", 1)[0]
        if head in PARTS:
            return head
    return None


class DesignDocument(QObject):
    """The design being edited, with undo, file state, trace, problems and selection."""

    changed = Signal()  # the design changed (edit, undo, redo, load)
    traceReady = Signal(object)  # Trace of the current design; document.problems is current
    selectionChanged = Signal(object)  # Selection or None
    # the selection moved and document.trace is the current design's: the views drawn from
    # the trace follow this one (when an edit moves the selection, adding a stage selects
    # it, they get it with traceReady instead, and draw once)
    selectionReady = Signal(object)
    pathChanged = Signal(str)
    dirtyChanged = Signal(bool)

    def __init__(self, design: Design | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._design = design if design is not None else preset(DEFAULT_PRESET)
        self._plans: tuple[Design, dict] | None = None  # (the design, its block plans)
        self._folds: tuple[object, dict] | None = None  # (the trace, its folded runs)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._emit_dirty)
        self._path = ""
        self._recovered = False
        self._selection: Selection | None = None
        self._batch = 1
        self.generation = 0  # bumped on every design change
        self.trace: Trace | None = None
        self.trace_generation = -1  # the generation self.trace belongs to
        self.problems: list[Problem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_trace)
        self._run_trace()

    # -- the design ------------------------------------------------------------
    @property
    def design(self) -> Design:
        """The current design. Read-only for views: change it through edit()."""
        return self._design

    def edit(self, text: str, change: Callable[[Design], None], key: str | None = None) -> bool:
        """Apply ``change`` to a copy of the design as one undoable step.

        Successive edits with the same ``key`` (spin-box steps on one field) merge into
        one undo step. Returns False when the change left the design as it was."""
        after = self._design.copy()
        change(after)
        if after == self._design:
            return False
        self.undo_stack.push(EditCommand(self, self._design, after, text, key))
        return True

    def replace(self, text: str, design: Design) -> None:
        """Swap in a whole design (a preset, a checkpoint's design) as one undoable step."""
        if design != self._design:
            self.undo_stack.push(EditCommand(self, self._design, design.copy(), text))

    def load(self, design: Design, path: str = "", recovered: bool = False) -> None:
        """Start over with ``design`` (New, Open, recovery): empty undo history."""
        self.undo_stack.clear()
        self._recovered = recovered
        self._set_design(design)
        self.undo_stack.setClean()
        self.set_path(path)
        self._emit_dirty()

    def _set_design(self, design: Design) -> None:
        """Called by the undo commands: make ``design`` current and schedule a trace."""
        self._design = design
        self._plans = None
        self.generation += 1
        self._keep_selection_in_range()
        self.changed.emit()
        self._timer.start()

    # -- file state ------------------------------------------------------------
    @property
    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        if path != self._path:
            self._path = path
            self.pathChanged.emit(path)

    @property
    def dirty(self) -> bool:
        """Unsaved changes: edits since the last save, or a recovered autosave."""
        return self._recovered or not self.undo_stack.isClean()

    def mark_saved(self, path: str) -> None:
        self._recovered = False
        self.undo_stack.setClean()
        self.set_path(path)
        self._emit_dirty()

    def _emit_dirty(self, *_args) -> None:
        self.dirtyChanged.emit(self.dirty)

    # -- trace -----------------------------------------------------------------
    @property
    def batch(self) -> int:
        """The batch size N of the traced input (N, C, H, W)."""
        return self._batch

    def set_batch(self, batch: int) -> None:
        if batch != self._batch and batch >= 1:
            self._batch = batch
            self._timer.start()

    def input_shape(self) -> tuple[int, int, int, int]:
        return self._design.input_shape(self._batch)

    @property
    def trace_pending(self) -> bool:
        """A trace of the current design (or batch) is still to come."""
        return self._timer.isActive() or self.trace_generation != self.generation

    def flush(self) -> None:
        """Compute a pending trace now (tests, saving, shutdown)."""
        if self._timer.isActive():
            self._timer.stop()
            self._run_trace()

    def _run_trace(self) -> None:
        design = self._design
        result = trace(design, design.input_shape(self._batch))
        problems = validate(design, result)  # (traced again there unless the batch is 1)
        err = result.error
        if err is not None and not any(
                (p.code, p.stage, p.block) == (err.code, err.stage, err.block) for p in problems):
            problems.append(err)
        self.trace, self.problems, self.trace_generation = result, problems, self.generation
        self._drop_missing_layer()
        self.traceReady.emit(result)

    @property
    def plans(self) -> dict[tuple[int, int], BlockPlan]:
        """Every block's plan, {(stage, block): BlockPlan} in order, worked out once per
        design (the editor, trace, drawing and explain panel all read it; a 1,202-layer
        design has 600 blocks to plan)."""
        if self._plans is None or self._plans[0] is not self._design:
            self._plans = (self._design, {(s, b): p for s, b, p in self._design.blocks()})
        return self._plans[1]

    @property
    def folds(self) -> dict[tuple[int, int], tuple[int, int]]:
        """The runs of identical blocks the trace table and the drawing fold:
        {(stage, block): (first, last)} for each folded block, once per trace."""
        if self._folds is None or self._folds[0] is not self.trace:
            found = fold_ranges(self.trace, self.plans, self.problems) if self.trace else {}
            self._folds = (self.trace, found)
        return self._folds[1]

    def problems_at(self, stage: int | None, block: int | None = None) -> list[Problem]:
        """Problems of a stage (every block, when ``block`` is None) or of one block.

        A problem that names a stage but no block belongs to each of its blocks."""
        return [p for p in self.problems if p.stage == stage
                and (block is None or p.block is None or p.block == block)]

    def general_problems(self) -> list[Problem]:
        """Problems outside the stages: input, stem, head, the design as a whole."""
        return [p for p in self.problems if p.stage is None]

    # -- selection -------------------------------------------------------------
    @property
    def selection(self) -> Selection | None:
        return self._selection

    def select(self, selection: Selection | None) -> None:
        if selection != self._selection:
            self._selection = selection
            self.selectionChanged.emit(selection)
            if not self.trace_pending:
                self.selectionReady.emit(selection)

    def select_block(self, stage: int, block: int) -> None:
        self.select(Selection(stage, block))

    def _keep_selection_in_range(self) -> None:
        sel = self._selection
        if sel is None or sel.stage is None:
            return
        stages = self._design.stages
        if sel.stage >= len(stages):
            self.select(Selection(len(stages) - 1) if stages else None)
        elif sel.block is not None and sel.block >= stages[sel.stage].blocks:
            self.select(Selection(sel.stage, max(stages[sel.stage].blocks - 1, 0)))

    def _drop_missing_layer(self) -> None:
        sel = self._selection
        if sel is None or sel.layer is None or sel.part is not None and "." not in sel.layer:
            return
        if not any(layer.path == sel.layer for layer in self.trace.layers):
            self.select(Selection(sel.stage, sel.block) if sel.stage is not None else None)
