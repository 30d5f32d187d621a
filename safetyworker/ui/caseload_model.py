"""The caseload table: one row per case, found as you type.

The view talks to a QSortFilterProxyModel, as usual, but the matching and ordering happen in the source
model in one Python pass over plain lists. At 10,000 cases a Python ``filterAcceptsRow`` costs about 40 ms a
keystroke and a Python-backed proxy sort about 700 ms (measured here), against a few milliseconds this way.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from safetyworker.records import phone
from safetyworker.records.dates import day_text, numeric_date
from safetyworker.records.text import fold
from safetyworker.services.case_search import CaseSummary
from safetyworker.services.risk import CaseRisk
from safetyworker.timetable import planner
from safetyworker.ui.record_text import case_statuses

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ORDER = {"referred": 0, "contacted": 1, "active": 2, "declined": 3, "closed": 4}
_FAR = "9999"
# Sorting the risk column: the usual level names in order (any other name between standard and high).
_LEVEL_RANK = {"": 0, "standard": 1, "medium": 2, "high": 4}
Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.AccessibleTextRole,
        CASE_ID_ROLE,
    }
)
_OVERDUE = QColor("#b42318")  # the style sheet's red, for a contact that is past its date


@dataclass(frozen=True)
class _Row:
    summary: CaseSummary
    text: str  # lower-case name and locality, for matching
    digits: str  # the phone number in national and international digits, for matching
    cells: tuple[str, ...]
    dates: tuple[str, str]  # next and last contact as YYYY-MM-DD, for sorting and for "overdue"
    folded: tuple[str, ...]  # the cells lower-cased once, for sorting


class CaseloadModel(QAbstractTableModel):
    NAME, LOCALITY, STATUS, RISK, NEXT, LAST, CALL_NOW, WORKER = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[_Row] = []  # every case, in the chosen order
        self._visible: list[_Row] = []
        self._query = ""
        # the rows found for the query and for each shorter query it began with: Backspace goes back to one
        # of these instead of searching every case again. Emptied whenever the cases or their order change.
        self._found: dict[str, list[_Row]] = {}
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)
        self._callable: dict[str, tuple[str, str]] = {}  # case id -> ("11:30", the number to ring)
        self._risk: dict[str, CaseRisk] = {}  # case id -> current level and review due
        self._holders: dict[str, str] = {}  # office: case id -> the name of the worker who holds it
        self._headers = (
            self.tr("Name"),
            self.tr("Locality"),
            self.tr("Status"),
            self.tr("Risk"),
            self.tr("Next contact"),
            self.tr("Last contact"),
            self.tr("Can call now"),
            self.tr("Worker"),
        )
        self._status_text = case_statuses()
        # the day "overdue" is counted from; None means today in the store's zone (``timezone``, which the
        # caseload pane sets from the session), never the laptop's date. Tests set it.
        self.today: date | None = None
        self.timezone = "Europe/London"

    # -- loading -------------------------------------------------------------------------------------
    def _row(self, s: CaseSummary) -> _Row:
        digits = ""
        if s.phone:
            national = s.phone.replace("+44", "0", 1) if s.phone.startswith("+44") else s.phone
            digits = f"{national} {s.phone.lstrip('+')}"
        cells = (
            s.preferred_name,
            s.locality,
            self._status_text.get(s.status, s.status),
            "",
            numeric_date(s.next_contact),  # a narrow column: the UK date in figures, written out in the tooltip
            numeric_date((s.last_contact or "")[:10]),
            "",
            "",  # the worker: set by ``set_holders`` (office only)
        )
        folded = tuple(c.casefold() for c in cells)
        dates = ((s.next_contact or "")[:10], (s.last_contact or "")[:10])
        return _Row(s, fold(f"{cells[0]}\n{cells[1]}"), digits, cells, dates, folded)

    def rows_for(self, summaries: list[CaseSummary]) -> list[_Row]:
        """The table rows of these cases. Pure Python over plain data, so a big caseload's rows can be built off
        the GUI thread (``MainWindow`` does) and handed to ``set_rows``."""
        return [self._row(s) for s in summaries]

    def set_cases(self, summaries: list[CaseSummary]) -> None:
        self.set_rows(self.rows_for(summaries))

    def set_rows(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._found = {}
        self._all = self._order(rows)
        self._visible = self._apply(self._all)
        self.endResetModel()

    def clear(self) -> None:
        self._callable = {}
        self._risk = {}
        self._holders = {}
        self.set_cases([])

    def set_risk(self, risk: dict[str, CaseRisk]) -> None:
        """Each case's current risk level and whether its risk review is due (the "Risk" column)."""
        self._risk = dict(risk)
        self._column_changed(self.RISK)

    def _column_changed(self, column: int) -> None:
        """One column's values changed for every row: sort again if the list is sorted by it, and repaint it."""
        if self._sort[0] == column:
            self.sort(*self._sort)
        if self._visible:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._visible) - 1, column))

    def _risk_text(self, case_id: str) -> str:
        risk = self._risk.get(case_id)
        if risk is None:
            return ""
        if risk.overdue:
            due = self.tr("review due")
            return f"{risk.level_label} · {due}" if risk.level else due.capitalize()
        return risk.level_label

    def _risk_tip(self, case_id: str) -> str | None:
        risk = self._risk.get(case_id)
        if risk is None:
            return None
        parts = []
        if risk.level:
            text = self.tr("Risk level: {level} (score {score})")
            parts.append(text.format(level=risk.level_label, score=risk.score))
        if risk.review_due:
            parts.append(self.tr("Risk review due {date}").format(date=risk.review_due))
        return "\n".join(parts) or None

    def set_holders(self, holders: dict[str, str]) -> None:
        """Office: which worker holds each case, by name (the "Worker" column; never shown on a laptop)."""
        self._holders = dict(holders)
        self._column_changed(self.WORKER)

    def set_callable(self, until: dict[str, tuple[str, str]]) -> None:
        """Which cases can be called now: until when, and on which number (a case may have several numbers and
        only one of them in its safe time), shown in the "Can call now" column."""
        self._callable = dict(until)
        if self._visible:
            column = self.CALL_NOW
            self.dataChanged.emit(self.index(0, column), self.index(len(self._visible) - 1, column))

    def update_cases(self, summaries: list[CaseSummary], removed: AbstractSet[str] = frozenset()) -> None:
        """Replace or add these cases (and drop ``removed`` ones), keeping search and order."""
        fresh = {s.id: self._row(s) for s in summaries}
        self.beginResetModel()
        self._found = {}
        kept = [fresh.pop(r.summary.id, r) for r in self._all if r.summary.id not in removed]
        self._all = self._order(kept + list(fresh.values()))
        self._visible = self._apply(self._all)
        self.endResetModel()

    # -- finding and ordering ------------------------------------------------------------------------
    @staticmethod
    def _phone_digits(query: str) -> str:
        """The digits to look for in phone numbers, or "" when the query is not (yet) a phone number: three
        digits at least, and mostly digits (so "flat 2" finds a place, not every number with a 2)."""
        digits = "".join(ch for ch in query if ch.isdigit())
        return digits if len(digits) >= 3 and len(digits) * 2 >= len(query.replace(" ", "")) else ""

    def _matches(self, rows: list[_Row]) -> list[_Row]:
        query = self._query
        if not query:
            return list(rows)
        digits = self._phone_digits(query)
        return [r for r in rows if query in r.text or (digits and digits in r.digits)]

    def _key(self, column: int):
        if column == self.STATUS:
            return lambda r: (STATUS_ORDER.get(r.summary.status, 9), r.folded[0])
        if column == self.RISK:
            # the highest risk first when sorted descending; a review due counts above no review
            def rank(r: _Row) -> tuple:
                risk = self._risk.get(r.summary.id)
                if risk is None:
                    return (-1, False, r.folded[0])
                return (_LEVEL_RANK.get(risk.level or "", 0), risk.overdue, r.folded[0])

            return rank
        if column == self.WORKER:  # the cases no one holds yet last
            return lambda r: (r.summary.id not in self._holders, fold(self._holders.get(r.summary.id, "")), r.folded[0])
        if column in (self.NEXT, self.LAST):
            which = 0 if column == self.NEXT else 1
            return lambda r: (r.dates[which] or _FAR, r.folded[0])
        return lambda r: (r.folded[column], r.folded[0])

    def _order(self, rows: list[_Row]) -> list[_Row]:
        column, order = self._sort
        return sorted(rows, key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def _apply(self, rows: list[_Row]) -> list[_Row]:
        """``rows`` is kept in the chosen order, so a search only has to pick from it."""
        return self._matches(rows)

    def set_search(self, text: str) -> None:
        query = fold(text.strip())
        if query == self._query:
            return
        # Typing more can only narrow the list, except at the moment the query becomes a phone number: "07"
        # matched names only (none), "077" matches numbers too, so it must search every case again.
        narrowing = (
            bool(self._query)
            and query.startswith(self._query)
            and (bool(self._phone_digits(self._query)) or not self._phone_digits(query))
        )
        self._query = query
        found = self._found.get(query)
        if found is None:
            found = self._matches(self._visible) if narrowing else self._apply(self._all)
        # keep only what Backspace can come back to: the results of the queries this one begins with
        self._found = {q: rows for q, rows in self._found.items() if query.startswith(q)}
        self._found[query] = found
        self._show(found)

    def _show(self, rows: list[_Row]) -> None:
        """Show ``rows``. A model reset, measured against one layout change with the persistent indexes moved
        (beginRemoveRows or layoutChanged): at 10,000 cases behind the proxy the reset repainted sooner (p95
        about 20-28 ms against 25-49 ms on a loaded 2-core machine), and the window reselects the open case
        after each search anyway (``MainWindow._reselect``)."""
        self.beginResetModel()
        self._visible = rows
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.summary.id for r in self._visible]
        self._found = {}
        self._sort = (column, order)
        self._all = self._order(self._all)
        self._visible = self._order(self._visible)
        new = {r.summary.id: i for i, r in enumerate(self._visible)}
        for index in self.persistentIndexList():
            row = new[old_ids[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    # -- Qt model API --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None  # the view asks for many roles per cell: answer the unused ones first
        row = self._visible[index.row()]
        if index.column() == self.CALL_NOW and role == Qt.ItemDataRole.DisplayRole:
            return self._call_now_text(row.summary.id)
        if index.column() == self.CALL_NOW and role == Qt.ItemDataRole.ToolTipRole:
            return self._call_now_text(row.summary.id) or None  # the whole text where the column is narrow
        if index.column() == self.WORKER and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._holders.get(row.summary.id, "") or None
        if index.column() == self.RISK and role == Qt.ItemDataRole.DisplayRole:
            return self._risk_text(row.summary.id)
        if index.column() == self.RISK and role == Qt.ItemDataRole.ToolTipRole:
            return self._risk_tip(row.summary.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if index.column() == self.NEXT and self._overdue(row):
            # red and bold, and said in words for the tooltip and a screen reader: colour is never the only signal
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OVERDUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Overdue: {date}").format(date=day_text(row.dates[0]))
        if role == CASE_ID_ROLE:
            return row.summary.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.NEXT, self.LAST):
            return day_text(row.dates[0 if index.column() == self.NEXT else 1]) or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            # the risk level, locality and status too: on a small screen their columns give way (caseload_columns)
            parts = [row.cells[self.LOCALITY], row.cells[self.STATUS], self._risk_text(row.summary.id)]
            if row.summary.id in self._holders:
                parts.append(self.tr("with {worker}").format(worker=self._holders[row.summary.id]))
            if row.summary.phone:
                parts.append(phone.display(row.summary.phone))
            return " · ".join(p for p in parts if p)
        return None

    def _display(self, row: _Row, column: int) -> str:
        if column == self.CALL_NOW:
            return self._call_now_text(row.summary.id)
        if column == self.RISK:
            return self._risk_text(row.summary.id)
        if column == self.WORKER:
            return self._holders.get(row.summary.id, "")
        return row.cells[column]

    def _overdue(self, row: _Row) -> bool:
        return bool(row.dates[0]) and row.dates[0] < (self.today or planner.local_today(self)).isoformat()

    def _call_now_text(self, case_id: str) -> str:
        callable_now = self._callable.get(case_id)
        if callable_now is None:
            return ""
        until, number = callable_now
        return self.tr("{number}, until {time}").format(number=number, time=until)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    # -- lookups -------------------------------------------------------------------------------------
    def case_id(self, row: int) -> str:
        return self._visible[row].summary.id

    def row_of(self, case_id: str) -> int | None:
        for i, row in enumerate(self._visible):
            if row.summary.id == case_id:
                return i
        return None

    def widest_row(self, column: int, width_of: Callable[[str], int]) -> int | None:
        """The shown row whose text in ``column`` is widest by ``width_of`` (each distinct text measured once), or
        None when no row is shown: the caseload's column widths ask only that cell for its size hint."""
        widths: dict[str, int] = {}
        best, best_width = None, -1
        for i, row in enumerate(self._visible):
            text = self._display(row, column)
            width = widths.get(text)
            if width is None:
                width = widths[text] = width_of(text)
            if width > best_width:
                best, best_width = i, width
        return best

    def total(self) -> int:
        return len(self._all)


class CaseloadFilter(QSortFilterProxyModel):
    """The proxy the view uses. Searching and sorting are handed to the source model (see module doc)."""

    def set_search(self, text: str) -> None:
        self._source().set_search(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source().sort(column, order)

    def _source(self) -> CaseloadModel:
        source = self.sourceModel()
        assert isinstance(source, CaseloadModel)
        return source

    def case_id(self, proxy_row: int) -> str:
        return self._source().case_id(self.mapToSource(self.index(proxy_row, 0)).row())

    def row_of(self, case_id: str) -> int | None:
        row = self._source().row_of(case_id)
        if row is None:
            return None
        return self.mapFromSource(self._source().index(row, 0)).row()
