"""The caseload pane on the left of the main window: the table of cases, find as you type, "Nothing found", the
count, and the rows kept fresh (a case saved or synced, the risk column, who holds each case at the office,
who can be called now).

A bigger caseload (an office's) shows its first screenful at once, by name, and the rest is read off the GUI
thread: the window is usable in a moment and the count says it is still loading. Choosing a row opens the
case, once the record shown can be left (``MainWindow``).

The count ("13 cases") comes from ``MainWindow`` itself (``_count_text``): PySide's tr() tries each class of
the window's MRO in turn and stops at the first whose answer differs from the source, and a plural's
untranslated answer ("13 case(s)") always differs, so a plural filed under this class would never be found.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from safetyworker.services.agenda import CallableNow
from safetyworker.services.session import Session
from safetyworker.ui.caseload_columns import CaseloadColumns
from safetyworker.ui.caseload_model import CaseloadFilter, CaseloadModel
from safetyworker.ui.forms.ui_main_window import Ui_MainWindow
from safetyworker.ui.worker import Worker

if TYPE_CHECKING:
    from safetyworker.ui.sync_actions import SyncActions
    from safetyworker.ui.today import TodayWidget
    from safetyworker.ui.visits_view import VisitsWidget

# Cases shown at once when the caseload is read. A bigger caseload (an office's) shows these first, by name,
# and the rest is read off the GUI thread: the window is usable in a moment and says it is still loading.
FIRST_SCREENFUL = 150


class CaseloadPane(QMainWindow):
    """The caseload pane (a base of ``MainWindow``, never made on its own)."""

    ui: Ui_MainWindow
    session: Session
    sync: SyncActions
    today: TodayWidget
    visits: VisitsWidget
    _current: str | None  # the case open in the record, if any

    def _build_caseload(self, session: Session) -> None:
        """The table and its models, the "Nothing found" line; the background read of a big caseload."""
        self._selecting = False
        # the whole caseload is still being read (the first screenful is shown meanwhile)
        self.caseload_loading = False
        self._loads = 0  # caseload reads asked for; only the newest is shown
        self._changed_while_loading: set[str] = set()
        self._pending_case: str | None = None  # a case to reopen once the caseload it is in has come
        self._loader = Worker(self)
        self._loader.finished.connect(self._caseload_read)
        self._loader.failed.connect(self._caseload_failed)

        self.model = CaseloadModel(self)
        self.model.timezone = session.timezone
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.caseTable
        table.setModel(self.proxy)
        table.sortByColumn(CaseloadModel.NAME, Qt.SortOrder.AscendingOrder)
        # no sideways scrolling: see caseload_columns; the office also sees who holds each case
        self.columns = CaseloadColumns(table, office=session.role == "office")
        self.columns.set_minimum()
        # a search that finds nobody says so, instead of an empty table that looks like a fault
        self.nothingFound = QLabel(self.tr("Nothing found. Try part of a name, a place or a phone number."), self)
        self.nothingFound.setObjectName("nothingFound")
        self.nothingFound.setProperty("role", "hint")
        self.nothingFound.setWordWrap(True)
        self.nothingFound.hide()
        layout = self.ui.caseloadLayout
        layout.insertWidget(layout.indexOf(table) + 1, self.nothingFound)
        table.verticalHeader().setDefaultSectionSize(34)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- what the record supplies -----------------------------------------------------------------------------
    def open_case(self, case_id: str) -> None:
        """Show the case in the record (``MainWindow.open_case``)."""
        raise NotImplementedError

    def maybe_leave_record(self) -> bool:
        """False when the worker chose to stay on the case shown (``MainWindow.maybe_leave_record``)."""
        raise NotImplementedError

    def _count_text(self, shown: int, total: int) -> str:
        """The count under the caseload, from ``MainWindow`` (plurals: see the module's docstring)."""
        raise NotImplementedError

    # -- reading the caseload ---------------------------------------------------------------------------------
    def reload(self, mark_callable: bool = True) -> None:
        """Read the caseload afresh: the first screenful at once and, for a bigger caseload, the rest in the
        background (``caseload_loading`` until it has come; the count says so)."""
        cases = self.session.unlocked(self.session.cases)
        include_closed = self.ui.showClosed.isChecked()
        self._loads += 1
        self._changed_while_loading.clear()
        first = cases.search(include_closed=include_closed, limit=FIRST_SCREENFUL)
        self.caseload_loading = len(first) >= FIRST_SCREENFUL
        self.model.set_cases(first)
        if self.caseload_loading:  # the rest, and the risk column's levels, off the GUI thread
            asked, model, risk = self._loads, self.model, self.session.risk
            self._loader.run(
                lambda: (
                    asked,
                    model.rows_for(cases.search(include_closed=include_closed)),
                    risk.caseload() if risk is not None else None,
                )
            )
        else:
            self.refresh_risk()
        if mark_callable:
            self.refresh_callable()
        self._after_change()

    def _caseload_read(self, result: tuple) -> None:
        asked, rows, risk = result
        del result
        if asked != self._loads or self.session.locked:  # a newer read is coming, or the app locked
            return
        self.caseload_loading = False
        self.model.set_rows(rows)
        if risk is not None and not self.sync.importing:
            self.model.set_risk(risk)
            self.refresh_holders()
        self._after_change()
        changed, self._changed_while_loading = self._changed_while_loading, set()
        if changed:  # saved or synced while the list was read: those rows may be older than the change
            self._cases_changed(sorted(changed))
        pending, self._pending_case = self._pending_case, None
        if pending and self._current is None and self.model.row_of(pending) is not None:
            self.open_case(pending)

    def _caseload_failed(self, _exc: Exception) -> None:
        if self.session.locked or not self.caseload_loading:
            return
        # read it here instead, as before there was a background read (a fault now is shown as any other)
        self.caseload_loading = False
        cases = self.session.unlocked(self.session.cases)
        self.model.set_cases(cases.search(include_closed=self.ui.showClosed.isChecked()))
        self.refresh_risk()
        self._after_change()

    def _still_listed(self, case_id: str) -> bool:
        """The case is on the caseload: among the rows read so far or, while the rest of a big caseload is read
        in the background, in the store (a case not in the first screenful has not left this laptop)."""
        if self.model.row_of(case_id) is not None:
            return True
        if not self.caseload_loading or self.session.cases is None:
            return False
        return bool(self.session.cases.summaries([case_id], include_closed=self.ui.showClosed.isChecked()))

    # -- the rows kept fresh ---------------------------------------------------------------------------------
    def refresh_risk(self) -> None:
        """Each case's current risk level and review due, for the caseload's "Risk" column; at the office, who
        holds each case (the "Worker" column)."""
        if self.session.risk is None or self.sync.importing:
            return
        self.model.set_risk(self.session.risk.caseload())
        self.refresh_holders()

    def refresh_holders(self) -> None:
        """Office: the worker who holds each case (one query; after a case is given or a bundle imported)."""
        office = self.session.office
        if office is not None and self.session.role == "office" and not self.sync.importing:
            self.model.set_holders(office.holders())
            self.columns.fit()  # the names may need a wider column

    def refresh_callable(self) -> None:
        """Mark the cases with a contact due that are in a safe window now (kept fresh by a timer; not while a
        bundle is imported: it would wait for the import, and the import's end refreshes the caseload anyway)."""
        agenda = self.session.agenda
        if agenda is None or self.sync.importing:
            return
        self._mark_callable(agenda.callable_now(datetime.now(UTC)))

    def _mark_callable(self, until: dict[str, CallableNow]) -> None:
        zone = ZoneInfo(self.session.timezone)
        self.model.set_callable(
            {cid: (c.until.astimezone(zone).strftime("%H:%M"), c.number_display) for cid, c in until.items()}
        )

    def _cases_changed(self, ids: list[str]) -> None:
        """Refresh just the rows of the cases that changed (a closed case leaves the list)."""
        assert self.session.cases is not None
        if self.caseload_loading:
            self._changed_while_loading.update(ids)
        fresh = self.session.cases.summaries(ids, include_closed=self.ui.showClosed.isChecked())
        self.model.update_cases(fresh, removed=set(ids) - {s.id for s in fresh})
        self.refresh_risk()
        self.refresh_callable()
        self._after_change()
        if self.ui.recordStack.currentWidget() is self.today:
            self.today.refresh()
        elif self.ui.recordStack.currentWidget() is self.visits:
            self.visits.refresh()

    # -- finding and choosing --------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_change()

    def _after_change(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        searching = bool(self.ui.search.text().strip())
        self.nothingFound.setVisible(shown == 0 and total > 0 and searching and not self.caseload_loading)
        text = self._count_text(shown, total)
        self.ui.countLabel.setText(text)
        self._reselect()

    def _reselect(self) -> None:
        table = self.ui.caseTable
        row = self.proxy.row_of(self._current) if self._current else None
        self._selecting = True
        try:
            if row is None:
                table.clearSelection()
            else:
                table.selectRow(row)
                table.scrollTo(self.proxy.index(row, 0))
        finally:
            self._selecting = False

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._selecting:
            return
        rows = self.ui.caseTable.selectionModel().selectedRows()
        if not rows:
            return
        case_id = self.proxy.case_id(rows[0].row())
        if case_id == self._current:
            return
        if not self.maybe_leave_record():
            self._reselect()
            return
        self.open_case(case_id)
