"""Item models for information sharing: a case's sharing records, and actions (a case's, or every worker's at the
office). Plain lists of the service's records; an overdue action is red and says by how many working days, so
the colour is never the only sign."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from safetyworker.records import phone
from safetyworker.records.dates import day_text
from safetyworker.records.sharing import kind_label
from safetyworker.services.sharing import Action, Agency, Contact, SharingRecord

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_OVERDUE = QColor("#b42318")  # the style sheet's red


def short(label: str) -> str:
    """ "Name (role, agency)" as "Name (role)", for a table column: the whole label is in the tooltip."""
    head, comma, _agency = label.partition(", ")
    return f"{head})" if comma and "(" in head else label


class _ListModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str:
        return self.cell(item, column)

    def sort_key(self, item: Any, column: int) -> str:
        return self.cell(item, column).lower()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        if role == ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            return self.sort_key(item, index.column())
        return self.extra(item, role)

    def extra(self, item: Any, role: int) -> Any:
        return None


class RecordsModel(_ListModel):
    """A case's sharing records, newest first."""

    WHEN, DIRECTION, CONTACT, BASIS, SUMMARY = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("When"),
            self.tr("Received or shared"),
            self.tr("With"),
            self.tr("Basis"),
            self.tr("What"),
        )

    def cell(self, item: SharingRecord, column: int) -> str:
        if column == self.WHEN:
            return day_text(item.shared_on)
        if column == self.DIRECTION:
            return self.tr("Received from") if item.direction == "received" else self.tr("Shared with")
        if column == self.CONTACT:
            return short(item.contact)
        if column == self.BASIS:
            if item.basis == "consent":
                return self.tr("Consent")
            return self.tr("Safeguarding: {reason}").format(reason=item.reason)
        return " ".join(item.summary.split())

    def tooltip(self, item: SharingRecord, column: int) -> str:
        return item.contact if column == self.CONTACT else self.cell(item, column)

    def sort_key(self, item: SharingRecord, column: int) -> str:
        return item.shared_on if column == self.WHEN else super().sort_key(item, column)


class ActionsModel(_ListModel):
    """Actions, earliest due first; ``with_case``: the case and its worker too (Today, the office's list)."""

    def __init__(self, parent: QObject | None = None, with_case: bool = False) -> None:
        super().__init__(parent)
        self.with_case = with_case
        headers = [self.tr("Due"), self.tr("What"), self.tr("Who does it"), self.tr("To whom"), self.tr("State")]
        if with_case:
            headers[1:1] = [self.tr("Case"), self.tr("Worker")]
        self.headers = tuple(headers)
        self.what_column = 3 if with_case else 1  # what must be passed on: the long text

    def _column(self, column: int) -> str:
        names = ["due", "what", "owner", "to", "state"]
        if self.with_case:
            names[1:1] = ["case", "worker"]
        return names[column] if 0 <= column < len(names) else ""

    def owner_text(self, item: Action) -> str:
        if item.owner_contact_id or item.worker:  # a contact, or (the office's list) the worker named
            return item.owner
        return self.tr("You (the safety worker)")  # this laptop's own worker, or the office's own case

    def state_text(self, item: Action) -> str:
        if item.done_on:
            return self.tr("Done {date}: {how}").format(
                date=day_text(item.done_on), how=" ".join(item.done_how.split())
            )
        if item.days_late:
            return self.tr("Overdue by %n working day(s)", "", item.days_late)
        return self.tr("Open")

    def cell(self, item: Action, column: int) -> str:
        name = self._column(column)
        if name == "due":
            return day_text(item.due_on)
        if name == "case":
            return item.preferred_name
        if name == "worker":
            return item.worker or self.tr("The office")
        if name == "what":
            return " ".join(item.what.split())
        if name == "owner":
            return short(self.owner_text(item))
        if name == "to":
            return short(item.to)
        return self.state_text(item)

    def tooltip(self, item: Action, column: int) -> str:
        name = self._column(column)
        if name == "owner":
            return self.owner_text(item)
        return item.to if name == "to" else self.cell(item, column)

    def sort_key(self, item: Action, column: int) -> str:
        return item.due_on if self._column(column) == "due" else super().sort_key(item, column)

    def extra(self, item: Action, role: int) -> Any:
        overdue = item.open and item.days_late > 0
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AgenciesModel(_ListModel):
    """The agencies (the office's list and the local ones), by name; the last column says whose list each is on,
    so a worker sees at a glance which ones they may change on a laptop."""

    NAME, KIND, PHONE, LIST = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.yours: set[str] = set()  # on a laptop: the local agencies its worker added (the ones it may change)
        self.headers = (self.tr("Agency"), self.tr("Kind"), self.tr("Phone"), self.tr("List"))

    def list_text(self, item: Agency) -> str:
        if not item.local:
            return self.tr("Office list")
        return self.tr("Local (yours)") if item.id in self.yours else self.tr("Local")

    def cell(self, item: Agency, column: int) -> str:
        if column == self.NAME:
            return item.name
        if column == self.KIND:
            return kind_label(item.kind)
        if column == self.PHONE:
            return phone.display(item.phone) if item.phone else ""
        return self.list_text(item)


class ContactsModel(_ListModel):
    """The named contacts at one agency."""

    NAME, ROLE, PHONE, EMAIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Email"))

    def cell(self, item: Contact, column: int) -> str:
        if column == self.NAME:
            return item.name
        if column == self.ROLE:
            return item.role
        if column == self.PHONE:
            return phone.display(item.phone) if item.phone else ""
        return item.email
