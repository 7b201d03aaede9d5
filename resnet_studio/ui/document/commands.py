"""The undoable edit: a design before and after, merged while one field keeps changing."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from resnet_studio.core.design.design import Design

if TYPE_CHECKING:
    from resnet_studio.ui.document.document import DesignDocument

MERGE_ID = 1
MERGE_SECONDS = 1.5  # spin-box steps on one field this close together are one undo step


class EditCommand(QUndoCommand):
    """Swap the document's design between two snapshots (designs are never mutated)."""

    def __init__(self, document: DesignDocument, before: Design, after: Design, text: str,
                 key: str | None = None):
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.key = key
        self.stamp = time.monotonic()

    def id(self) -> int:
        return MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.key != self.key:
            return False
        if other.stamp - self.stamp > MERGE_SECONDS:
            return False
        self.after = other.after
        self.stamp = other.stamp
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.document._set_design(self.after)

    def undo(self) -> None:
        self.document._set_design(self.before)
