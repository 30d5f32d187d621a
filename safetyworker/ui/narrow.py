"""Parts laid out side by side where there is room and one above the other where there is not.

At text size "Larger" a 1366-wide laptop leaves the case record about 600 px beside the caseload: rows of
buttons, a list beside its editor and two-column forms that sit well side by side at 1920 made the record
scroll sideways there by some 300 px, and a worker who needs the bigger text had to scroll left and right to read
a form. Each of these rows now stacks when the width it has is less than it needs side by side, and goes back
side by side when the window is wide again. What it needs is measured from its parts each time (the text size
is in the app's style sheet and changes at once), never from the current layout, so it cannot flip to and fro.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)


def _room(watched: QWidget) -> int:
    """The width the top layout of ``watched`` would lay its parts out in if nothing scrolled sideways: its
    width less what each scroll area around it shows past its right edge. A part in a scroll area is never
    narrower than its own minimum, so its width alone would keep a wide row wide for ever."""
    layout = watched.layout()
    margins = layout.contentsMargins() if layout is not None else None
    sides = margins.left() + margins.right() if margins is not None else 0
    over = 0
    for area in _areas(watched):
        inner = area.widget()
        if inner is not None:
            over += max(inner.width() - area.viewport().width(), 0)
    return watched.width() - sides - over


def _areas(widget: QWidget) -> list[QScrollArea]:
    found: list[QScrollArea] = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def _own_margins(watched: QWidget, layout: QLayout) -> int:
    """A nested layout's own margins (the top layout's are already taken off by ``_room``)."""
    if layout is watched.layout():
        return 0
    margins = layout.contentsMargins()
    return margins.left() + margins.right()


def _least(item: QLayoutItem) -> int:
    """The narrowest ``item`` is whole: a scroll area's is what it holds, which it would otherwise scroll, and
    so is a stack's that shows a scroll area (a list's editor, or "nothing chosen": counting the stack alone
    left "Contact safely" side by side and scrolling 150 px sideways at Larger text)."""
    area = item.widget()
    if isinstance(area, QStackedWidget):
        area = area.currentWidget()
    if isinstance(area, QScrollArea) and area.widget() is not None:
        inner = area.widget()
        assert inner is not None
        bar = area.verticalScrollBar().sizeHint().width()
        return max(inner.minimumSizeHint().width(), inner.minimumWidth()) + 2 * area.frameWidth() + bar
    return item.minimumSize().width()


def _key(item: QLayoutItem) -> object:
    """What an item holds (a Python wrapper of an item is not the same object each time it is asked for)."""
    return item.widget() or item.layout() or item.spacerItem()


def _shown(item: QLayoutItem) -> bool:
    widget = item.widget()
    return not (widget is not None and widget.isHidden()) and not item.isEmpty()


_SPARE = 8  # a row goes back side by side only with this to spare, so a pixel either way cannot flip it to and fro


class _OnResize(QObject):
    """Fits again whenever ``watched`` or a scroll area around it is resized, is shown or changes text size."""

    EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.StyleChange)

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.watched = watched
        self._viewports: set[int] = set()
        watched.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS:
            for area in _areas(self.watched):  # found when shown: a part is often put in its area after it is made
                if id(area.viewport()) not in self._viewports:
                    self._viewports.add(id(area.viewport()))
                    area.viewport().installEventFilter(self)
            self.fit()
        return False

    def fit(self) -> None:
        raise NotImplementedError


class StackWhenNarrow(_OnResize):
    """A row (QHBoxLayout) inside ``watched`` that becomes a column where ``watched`` is narrower than the row's
    parts side by side. ``extra`` says what stands beside the row and needs its width too (a card beside a list)."""

    def __init__(self, watched: QWidget, row: QBoxLayout, extra: Callable[[], int] | None = None) -> None:
        self.row = row
        self.extra = extra
        self._stacked_at = 0
        super().__init__(watched)
        for i in range(row.count()):  # a stack in the row needs another width when it shows another page
            item = row.itemAt(i)
            page_stack = item.widget() if item is not None else None
            if isinstance(page_stack, QStackedWidget):
                page_stack.currentChanged.connect(lambda _index: self.fit())
        self.fit()

    def needed(self) -> int:
        row = self.row
        items = [row.itemAt(i) for i in range(row.count())]
        widths = [_least(item) for item in items if item is not None and _shown(item)]
        gaps = max(row.spacing(), 0) * max(len(widths) - 1, 0)
        beside = self.extra() if self.extra is not None else 0
        return sum(widths) + gaps + _own_margins(self.watched, row) + beside

    def fit(self) -> None:
        room, needed = _room(self.watched), self.needed()
        if self.stacked:
            # back side by side only when the room grew since it stacked: a row that stacked because it made its
            # area scroll would otherwise go back and forth for ever (a crash at "Large")
            side = room >= needed + _SPARE and room > self._stacked_at + _SPARE
        else:
            side = room >= needed
        if not side and not self.stacked:
            self._stacked_at = room
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    @property
    def stacked(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.TopToBottom


class FoldGrid(_OnResize):
    """A grid of two halves side by side (a form of label, field, label, field; two columns of ticks) that
    folds into one half where ``watched`` is narrower than the whole needs: what stood in the right half moves
    under its row, and what spanned the halves spans the one that is left. With ``one_column`` it folds once
    more where even one half is too wide: every part on its own line, a label above its field (Welsh at Larger
    text on a 1366 laptop, where a long label beside a long tick was wider than the contact log)."""

    def __init__(self, watched: QWidget, grid: QGridLayout, columns: int = 4, one_column: bool = False) -> None:
        self.grid = grid
        self.columns = columns
        self.half = columns // 2
        self.one_column = one_column
        self._stretch = [grid.columnStretch(c) for c in range(columns)]
        self._places: list[tuple[QLayoutItem, int, int, int, int]] = []
        for i in range(grid.count()):
            position: Any = grid.getItemPosition(i)  # (row, column, rows, columns); typed as an object
            row, column, rows, span = (int(n) for n in position)
            item = grid.itemAt(i)
            assert item is not None
            self._places.append((item, row, column, rows, span))
        self._level = 0  # 0: side by side, 1: folded into one half, 2: one part a line
        super().__init__(watched)
        self.fit()

    def needed(self, columns: int | None = None) -> int:
        """The columns side by side, measured from the parts that sit in one column each; with ``columns``
        (the half), the parts of the right half measured in the left one's columns, as folded."""
        count = columns or self.columns
        widths = [0] * count
        for item, _row, column, _rows, span in self._places:
            if columns and column < self.half:
                span = min(span, self.half - column)  # what spanned the halves spans the left one, folded
            if span == 1 and column < self.columns and _shown(item):
                widths[column % count] = max(widths[column % count], item.minimumSize().width())
        gaps = max(self.grid.horizontalSpacing(), 0) * (count - 1)
        return sum(widths) + gaps + _own_margins(self.watched, self.grid)

    def fit(self) -> None:
        room = _room(self.watched)
        level = 1 if room < self.needed() + (_SPARE if self._level else 0) else 0
        if level and self.one_column and room < self.needed(self.half) + (_SPARE if self._level == 2 else 0):
            level = 2
        if level == self._level:
            return
        self._level = level
        grid = self.grid
        # the items taken out are kept and put back: an item dropped here would be deleted, with its widget's place
        taken = {}
        while grid.count():
            item = grid.takeAt(0)
            assert item is not None
            taken[_key(item)] = item
        if level == 2:
            for at, (item, *_rest) in enumerate(sorted(self._places, key=lambda p: (p[1], p[2]))):
                grid.addItem(taken[_key(item)], at, 0, 1, self.half)
        else:
            self._fold(taken, folded=level == 1)
        for column, stretch in enumerate(self._stretch):
            grid.setColumnStretch(column, 0 if level and column >= self.half else stretch)
        if level == 2:
            grid.setColumnStretch(0, 1)
        grid.invalidate()

    def _fold(self, taken: dict[object, QLayoutItem], folded: bool) -> None:
        rows = sorted({row for _item, row, *_rest in self._places})
        at = 0
        for row in rows:
            here = [p for p in self._places if p[1] == row]
            half = self.half
            left = [p for p in here if p[2] < half or not folded]
            right = [p for p in here if p[2] >= half and folded]
            for item, _row, column, _rows, span in left:
                self.grid.addItem(taken[_key(item)], at, column, 1, min(span, half - column) if folded else span)
            if right:
                at += 1
                for item, _row, column, _rows, span in right:
                    self.grid.addItem(taken[_key(item)], at, column - half, 1, span)
            at += 1

    @property
    def folded(self) -> bool:
        return self._level > 0


def size_by_current_page(stack: QStackedWidget) -> None:
    """A stack is as wide as its widest page, shown or not: the lone-working visits beside the caseload kept the
    case record 150 px wider than a 1366 laptop leaves it at Larger text. The pages not shown ask for no room
    (an Ignored size policy); the page shown gets its own policy back."""
    kept: dict[int, QSizePolicy] = {}

    def current(index: int) -> None:
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is None:
                continue
            if i == index:
                if id(page) in kept:
                    page.setSizePolicy(kept.pop(id(page)))
            elif id(page) not in kept:
                kept[id(page)] = page.sizePolicy()
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        stack.updateGeometry()

    stack.currentChanged.connect(current)
    current(stack.currentIndex())
