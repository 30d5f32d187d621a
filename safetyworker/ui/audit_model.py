"""The Audit view's table: one row per audit event (codes and record numbers, never case content), and the filter
by record and date the view's fields drive. Tested without widgets (tests/ui/test_audit_view.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from safetyworker.ui.record_text import when_text

_Index = QModelIndex | QPersistentModelIndex
SEQ, WHEN, WHAT, RECORD, DETAIL = range(5)
# The event's own sort key (its seq, or its UTC moment for the When column).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under the empty context


class AuditModel(QAbstractTableModel):
    def __init__(self, timezone: str = "Europe/London", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[dict[str, Any]] = []
        self._zone = ZoneInfo(timezone)

    def set_events(self, events: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([])

    def event_at(self, row: int) -> dict[str, Any]:
        return self._events[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("No."), tr("When"), tr("What"), tr("Record"), tr("Detail"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            if column in (SEQ, WHEN):  # the trail's own order (a later epoch after an earlier one)
                return int(event["epoch"]) * 1_000_000_000 + int(event["seq"])
            return str(self.data(index))
        if role == Qt.ItemDataRole.ToolTipRole:  # whole, where the column shortens it
            if column == WHAT:
                return event["action"]
            if column in (RECORD, DETAIL):  # the record's whole number, even where the column shows a name
                return event["target_id" if column == RECORD else "detail"] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == SEQ:
            return (
                str(event["seq"]) if not event["epoch"] or event["epoch"] == 1 else f"{event['epoch']}·{event['seq']}"
            )
        if column == WHEN:
            return self._when(event["at"])
        if column == WHAT:
            return event["meaning"]
        if column == RECORD:  # a worker's name for an office event about a worker, else the record number
            return event.get("record") or event["target_id"]
        return event["detail"]

    def _when(self, at: str) -> str:
        try:
            return when_text(datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(self._zone))
        except ValueError:
            return at


class AuditFilter(QSortFilterProxyModel):
    """Only the events about one record (its number, as the CLI's ``--case``), and on or after a date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._record = ""
        self._since = ""
        self.setSortRole(SORT_ROLE)

    def set_record(self, text: str) -> None:
        self.beginFilterChange()
        self._record = text.strip().upper()
        self.endFilterChange()

    def set_since(self, iso_day: str | None) -> None:
        """``iso_day``: YYYY-MM-DD, or None for any date."""
        self.beginFilterChange()
        self._since = f"{iso_day}T00:00:00Z" if iso_day else ""
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AuditModel):
            return True
        event = model.event_at(source_row)
        if self._record and self._record not in (
            str(event["target_id"]).upper(),
            str(event.get("record") or "").upper(),
        ):
            return False
        return not (self._since and event["at"] < self._since)
