"""A row of widgets that wraps onto more rows when the pane is too narrow for one.

Pane headers (the trace's unit, verify and input fields) use it so that a narrow window
(1024 px) keeps every control visible without forcing the window wider: the row's
minimum width is its widest item, and its height follows the width it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right, wrapping where the next one would not fit. When everything
    fits on one row, the items from ``right_from`` on sit at the right edge (the way a
    stretch would place them in a QHBoxLayout); once wrapped, every row starts left.
    An item in ``keep_with_next`` (a label, say) moves to a new row with the item after
    it rather than end a row alone, unless the two do not fit on any row together."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, right_from: int = -1,
                 keep_with_next: tuple[int, ...] = ()):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.right_from = right_from
        self.keep_with_next = set(keep_with_next)

    # -- QLayout's item protocol -------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One row: every item side by side."""
        visible = self._visible()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: narrower than that, an item itself would be cut."""
        m = self.contentsMargins()
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placement ---------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items of each row at this outer width."""
        m = self.contentsMargins()
        room = max(width - m.left() - m.right(), 1)
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        visible = self._visible()
        widths = [i.sizeHint().width() for i in visible]
        for k, (item, w) in enumerate(zip(visible, widths)):
            need = w
            if k in self.keep_with_next and k + 1 < len(visible):
                pair = w + self._spacing + widths[k + 1]
                need = pair if pair <= room else w
            if rows[-1] and used + self._spacing + need > room:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(item)
        return rows

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the rows out in ``rect`` (or only measure them); returns the height used."""
        m = self.contentsMargins()
        rows = self.rows(rect.width())
        if not rows[0]:
            return m.top() + m.bottom()
        right = rect.x() + rect.width() - m.right()
        # on a single row, the items from right_from on are pushed to the right edge
        split = self.right_from if len(rows) == 1 and 0 < self.right_from < len(rows[0]) else -1
        y = rect.y() + m.top()
        for row in rows:
            sizes = [i.sizeHint() for i in row]
            height = max(s.height() for s in sizes)
            if move:
                x = rect.x() + m.left()
                for k, (item, size) in enumerate(zip(row, sizes)):
                    if k == split:
                        tail = sum(s.width() for s in sizes[k:]) + self._spacing * (len(sizes) - k - 1)
                        x = max(x, right - tail)
                    width = max(min(size.width(), right - x), 0)
                    dy = (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, y + dy), QSize(width, size.height())))
                    x += size.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom()
