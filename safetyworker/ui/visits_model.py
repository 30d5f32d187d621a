"""The day's visits as a table (the Visits view): start, back in touch by, back safe, worker, person, where.

An overdue visit says so in words ("Overdue") and is drawn on a warning background and in bold: the
welfare caller must see it at a glance, and colour alone is not enough. The proxy sorts overdue visits first,
then those still out, then those back safe, each by their back-in-touch time.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from safetyworker.services.visits import Visit, clock_text

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#8a1c14")


class VisitsModel(QAbstractTableModel):
    START, BACK_BY, STATUS, WORKER, PERSON, WHERE = range(6)
    # the sort key of a row (overdue first, then out, then back safe; by back-in-touch time)
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visits: list[Visit] = []
        self.zone = ZoneInfo("Europe/London")
        # the office's welfare list says whom to ring; the worker's own list says to mark themselves back safe
        self.office = False

    def set_visits(self, visits: list[Visit], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self.visits = list(visits)
        self.zone = zone
        self.endResetModel()

    def clear(self) -> None:
        self.set_visits([], self.zone)

    def visit(self, row: int) -> Visit | None:
        return self.visits[row] if 0 <= row < len(self.visits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.visits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (
                self.tr("Start"),
                self.tr("Back in touch by"),
                self.tr("Back safe"),
                self.tr("Worker"),
                self.tr("Person"),
                self.tr("Where"),
            )[section]
            if 0 <= section < 6
            else None
        )

    def status_text(self, v: Visit) -> str:
        if v.back_at:
            return self.tr("Back safe at {time}").format(time=clock_text(v.back_at, self.zone))
        if v.overdue:
            if not self.office:  # the worker's own laptop: what they should do, not "ring them"
                return self.tr("Overdue: mark yourself back safe")
            return (
                self.tr("Overdue: ring {worker}").format(worker=v.worker) if v.worker else self.tr("Overdue: ring them")
            )
        return self.tr("Not yet")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visits):
            return None
        v = self.visits[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.START:
                return clock_text(v.at, self.zone)
            if col == self.BACK_BY:
                return clock_text(v.back_by, self.zone)
            if col == self.STATUS:
                return self.status_text(v)
            if col == self.WORKER:
                return v.worker
            if col == self.PERSON:
                return v.name
            if col == self.WHERE:
                return v.place or self.tr("Their home address")
        if role == self.SortRole:
            group = 0 if v.overdue else (2 if v.back_at else 1)
            # within a group, a start that cannot be read first (it needs looking at)
            return f"{group}{0 if v.start_unreadable else 1}{v.back_by}{v.at}{v.id}"
        if role == self.IdRole:
            return v.id
        if v.overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


class VisitsFilter(QSortFilterProxyModel):
    """Overdue first, for the welfare call (whichever column was clicked last, the rows keep this order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(VisitsModel.SortRole)

    def row_of(self, visit_id: str) -> int | None:
        for row in range(self.rowCount()):
            if self.index(row, 0).data(VisitsModel.IdRole) == visit_id:
                return row
        return None
