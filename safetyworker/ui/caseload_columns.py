"""The caseload's columns, fitted to the width the caseload has.

On a 1366-wide laptop the caseload and the record share the screen, and a horizontal scrollbar would hide
"Can call now" and "Last contact", the columns a worker looks at most. So the table never scrolls sideways: the
name, the next and last contact and "Can call now" always show; the locality, then the status, show when there
is room for them (the name's tooltip always has both), and the name takes what is left. At the office the worker
who holds each case shows too, when there is room (after the risk level; the name's tooltip has it too); a
laptop never shows that column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from safetyworker.ui.caseload_model import CaseloadModel

_PAD = 20  # a cell's padding each side, and a little air
_ARROW = 18  # the sort arrow beside the heading of the sorted column
# widest cell text of the columns whose text has a known shape
_SAMPLES = {
    CaseloadModel.NEXT: "30/12/2026",
    CaseloadModel.LAST: "30/12/2026",
    CaseloadModel.CALL_NOW: "01632 960602, until 12:00",
}
ALWAYS = (CaseloadModel.NAME, CaseloadModel.NEXT, CaseloadModel.LAST, CaseloadModel.CALL_NOW)
# shown when there is room, in this order (the status is the first to give way, the risk level the last)
OPTIONAL = (CaseloadModel.RISK, CaseloadModel.LOCALITY, CaseloadModel.STATUS)
# at the office, the worker who holds each case gives way after the risk level
OFFICE_OPTIONAL = (CaseloadModel.RISK, CaseloadModel.WORKER, CaseloadModel.LOCALITY, CaseloadModel.STATUS)
NAME_MAX = 150
OPTIONAL_MAX = 110


class CaseloadColumns(QObject):
    def __init__(self, table: QTableView, office: bool = False) -> None:
        super().__init__(table)
        self.table = table
        self.optional = OFFICE_OPTIONAL if office else OPTIONAL
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)  # the text size changes in Settings: measure again (see eventFilter)
        header.sortIndicatorChanged.connect(lambda *_a: self.fit())

    def set_minimum(self) -> None:
        """Keep the table at least as wide as the columns that always show (once it has a model)."""
        self.table.setMinimumWidth(self.minimum_width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is not self.table:
            self.fit()
        elif (
            watched is self.table
            and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
            and self.table.model() is not None
        ):
            # Settings → text size applies at once: a minimum measured in the old size would keep the caseload
            # too wide after "Larger" → "Normal" (pushing the record off a 1366 laptop), or cut its columns after
            # "Normal" → "Larger"
            self.set_minimum()
            self.fit()
        return False

    def needed(self, column: int) -> int:
        """The width ``column`` needs to show its heading and its cells whole."""
        table = self.table
        heading = table.model().headerData(column, Qt.Orientation.Horizontal) if table.model() else ""
        bold = QFont(table.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws the headings
        header = QFontMetrics(bold).horizontalAdvance(str(heading or "")) + _PAD
        if table.horizontalHeader().sortIndicatorSection() == column:
            header += _ARROW
        if column in _SAMPLES:
            cells = table.fontMetrics().horizontalAdvance(_SAMPLES[column]) + _PAD
        else:
            cells = self._cells_hint(column) + 4
        width = max(header, cells)
        return min(width, NAME_MAX) if column == CaseloadModel.NAME else width

    def _cells_hint(self, column: int) -> int:
        """The size hint of the widest cell in ``column``. Qt's ``sizeHintForColumn`` asks the model for every
        role of a thousand rows, which at 10,000 cases took most of a second at each resize; the model instead
        names the row whose text is widest (over every row shown, measured once per distinct text) and only
        that cell is asked for its hint."""
        table = self.table
        model = table.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        if not isinstance(source, CaseloadModel) or (source is not model and source.rowCount() != model.rowCount()):
            return self._qt_hint(column)
        row = source.widest_row(column, table.fontMetrics().horizontalAdvance)
        if row is None:
            return self._qt_hint(column)
        index = source.index(row, column)
        if isinstance(model, QSortFilterProxyModel):
            index = model.mapFromSource(index)
        return table.sizeHintForIndex(index).width()

    def _qt_hint(self, column: int) -> int:
        table = self.table
        was_hidden = table.isColumnHidden(column)
        table.setColumnHidden(column, False)  # a hidden column has no size hint
        try:
            return table.sizeHintForColumn(column)
        finally:
            table.setColumnHidden(column, was_hidden)

    def minimum_width(self) -> int:
        """The narrowest the table can be with every column that always shows."""
        scroll = self.table.verticalScrollBar().sizeHint().width()
        return sum(self.needed(c) for c in ALWAYS) + scroll + 2 * self.table.frameWidth()

    def fit(self) -> None:
        table = self.table
        if table.model() is None:
            return
        available = table.viewport().width()
        widths = {c: self.needed(c) for c in ALWAYS}
        used = sum(widths.values())
        shown = []
        for column in self.optional:
            whole = self.needed(column)
            # whole when there is room, else a long place name is cut short (the name's tooltip has it whole)
            for width in (whole, min(whole, OPTIONAL_MAX)):
                if used + width <= available:
                    widths[column] = width
                    used += width
                    shown.append(column)
                    break
        for column in (*OPTIONAL, CaseloadModel.WORKER):
            table.setColumnHidden(column, column not in shown)
        widths[CaseloadModel.NAME] += max(0, available - used)  # the name takes what is left
        for column, width in widths.items():
            table.setColumnWidth(column, width)
