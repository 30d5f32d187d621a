"""The main window: the caseload on the left, the chosen case on the right."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QMainWindow, QWidget

from safetyworker.services.agenda import CallableNow, callable_from
from safetyworker.services.door import PROTECTION_REDUCED
from safetyworker.services.session import Session
from safetyworker.ui import prefs
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.backup_actions import BackupActions
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.caseload_columns import CaseloadColumns
from safetyworker.ui.caseload_model import CaseloadFilter, CaseloadModel
from safetyworker.ui.fitting_tabs import SMALL_SCREEN_WIDTH
from safetyworker.ui.forms.ui_main_window import Ui_MainWindow
from safetyworker.ui.icons import icon
from safetyworker.ui.job_indicator import JobIndicator
from safetyworker.ui.main_tools import ToolActions
from safetyworker.ui.reports_dialog import ReportsDialog
from safetyworker.ui.scroll_areas import ScrollWhenCramped
from safetyworker.ui.sync_actions import SyncActions
from safetyworker.ui.today import TodayWidget
from safetyworker.ui.visits_view import VisitsWidget
from safetyworker.ui.worker import Worker

if TYPE_CHECKING:
    from safetyworker.ui.case_record import CaseRecordWidget

# Cases shown at once when the caseload is read. A bigger caseload (an office's) shows these first, by name,
# and the rest is read off the GUI thread: the window is usable in a moment and says it is still loading.
FIRST_SCREENFUL = 150


class MainWindow(QMainWindow):
    lock_requested = Signal()
    hide_requested = Signal()  # the Hide button (F12 itself is read by the controller, from every window)
    person_view_requested = Signal(str)  # case id: "Show to the person…" (the controller shows it full screen)
    settings_changed = Signal()
    closed = Signal()  # the worker closed the window: the app quits

    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.bridge = bridge
        self._selecting = False
        self._current: str | None = None
        # the whole caseload is still being read (the first screenful is shown meanwhile)
        self.caseload_loading = False
        self._loads = 0  # caseload reads asked for; only the newest is shown
        self._changed_while_loading: set[str] = set()
        self._pending_case: str | None = None  # a case to reopen once the caseload it is in has come
        self._loader = Worker(self)
        self._loader.finished.connect(self._caseload_read)
        self._loader.failed.connect(self._caseload_failed)

        self.ui.actionLock.setIcon(icon("lock"))
        self.ui.actionNewCase.setIcon(icon("new-case"))
        self.ui.actionSettings.setIcon(icon("settings"))
        self.ui.actionCallCard.setIcon(icon("phone"))
        self.ui.actionCallCard.setEnabled(False)
        self.ui.search.addAction(icon("search"), self.ui.search.ActionPosition.LeadingPosition)
        self.ui.demoBanner.setVisible(session.demo)
        self.ui.centralLayout.setStretch(1, 1)  # the banner keeps its height; the work area takes the rest
        if session.demo:
            self.setWindowTitle(self.tr("Safety Worker — DEMO"))

        self.model = CaseloadModel(self)
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

        # The case-record panel (a form of many tabs) is built the first time a case is opened, not at start:
        # the worker sees the caseload and Today sooner (issue 18). See ``record``.
        self._record: CaseRecordWidget | None = None
        self._hold_reason = ""  # a bundle is being imported: a record panel built meanwhile starts held
        self._jobs: list[tuple[str, bool]] = []  # the background jobs running: what each says, whether it holds
        self.today = TodayWidget(session, self)
        # the record and Today keep their size and scroll when the larger text sizes need more than 1366x700
        stack = self.ui.recordStack
        at = self.ui.splitter.indexOf(stack)
        self.ui.splitter.insertWidget(at, ScrollWhenCramped(stack, "recordScroll", room=self._beside_caseload))
        self.ui.recordStack.addWidget(self.today)
        self.today.open_case.connect(self._open_from_today)
        self.today.refreshed.connect(self._today_refreshed)
        self.visits = VisitsWidget(session, self)  # lone working: reached from Today (ui/visits_view.py)
        self.ui.recordStack.addWidget(self.visits)
        self.today.show_visits.connect(self.show_visits)

        self.ui.search.textChanged.connect(self._search)
        self.ui.showClosed.toggled.connect(lambda _checked: self.reload())
        self.ui.actionLock.triggered.connect(self.lock_requested)
        self.ui.actionHide.triggered.connect(self.hide_requested)
        self.ui.actionNewCase.triggered.connect(self._new_case)
        self.ui.actionToday.triggered.connect(self.show_today)
        self.ui.actionCallCard.triggered.connect(self._call_card)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        bridge.cases_changed.connect(self._cases_changed)

        self.job = JobIndicator(self)
        self.ui.statusBar.addPermanentWidget(self.job)
        self._protection = QLabel(self)
        reduced = session.protection.level == PROTECTION_REDUCED
        self._protection.setText(
            self.tr("Reduced protection (no keyring on this laptop)") if reduced else self.tr("Encrypted · keyring")
        )
        self._protection.setToolTip(session.protection.description)
        self.ui.statusBar.addPermanentWidget(self._protection)
        self.sync = SyncActions(self, session, bridge)  # the Sync menu, the sync status, dropped bundles
        self.backups = BackupActions(self, session)  # Back up now, the scheduled backup, the last backup's date
        self.ui.actionBackupNow.setIcon(icon("backup"))
        # the More button, the CSV import, reports, the audit trail, the shortcuts and the settings
        self.tools = ToolActions(self, self.ui, session, imported=self.reload, settings_saved=self._settings_saved)
        self.moreButton = self.tools.more_button
        # what the actions held during an import say when they are free again
        self._free_tips = {
            a: a.toolTip() for a in (self.ui.actionBackupNow, self.ui.actionSettings, self.ui.actionImportCsv)
        }
        for label in self.ui.statusBar.findChildren(QLabel):  # long status lines give way (larger text, 1366 px)
            if label is not self.backups.status:  # the last backup's date is short and must be read whole
                label.setMinimumWidth(1)
        # The bar measured its labels before they were allowed to give way, and a window not yet shown does not
        # measure again: it would open as wide as the longest status line (1495 px in Welsh on a 1366 laptop).
        for layout in self.ui.statusBar.findChildren(QLayout):
            layout.invalidate()
        self.setAcceptDrops(True)

        prefs.restore_geometry(self, "MainWindow")
        state = prefs.restore_state("MainWindow/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        else:
            self.ui.splitter.setSizes([600, 900])  # each side keeps its minimum: see caseload_columns
        self._callable_timer = QTimer(self)
        self._callable_timer.timeout.connect(self.refresh_callable)
        self._callable_timer.start(60_000)
        self.reload(mark_callable=False)
        self.show_today()  # works out the calls that can be made now once, for both views

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """At the larger text sizes the toolbar's words are wider than a 1366-wide laptop: the buttons that have
        an icon then show the icon alone (their name stays in the tooltip and for a screen reader), so Lock and
        Hide (F12) are never pushed into the toolbar's overflow."""
        bar = self.ui.toolBar
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if bar.sizeHint().width() > self.width():
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    # -- the case-record panel, built when first needed -----------------------------------------------------
    @property
    def record(self) -> CaseRecordWidget:
        """The case-record panel; built (and held, while a bundle is imported) the first time it is asked for."""
        if self._record is None:
            from safetyworker.ui.case_record import CaseRecordWidget

            record = CaseRecordWidget(self.session, self)
            # the record's tabs never ask for more than a 1366-wide laptop leaves beside the caseload
            record.tabFit.room = self._record_room
            self.ui.recordStack.addWidget(record)
            record.case_saved.connect(self._case_saved)
            record.case_assigned.connect(self._case_assigned)
            record.ui.planPanel.show_to_person.connect(self._show_to_person)
            if self._hold_reason:
                record.hold(self._hold_reason)
            self._record = record
        return self._record

    def _beside_caseload(self) -> int:
        """The width a 1366-wide laptop leaves beside the caseload at its narrowest (Today or the record)."""
        splitter = self.ui.splitter
        caseload = splitter.widget(0).minimumSizeHint().width()
        widget = self.centralWidget()
        central = widget.layout() if widget is not None else None
        margins = central.contentsMargins() if central is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return SMALL_SCREEN_WIDTH - caseload - splitter.handleWidth() - sides

    def _record_room(self) -> int:
        """The width a 1366-wide laptop leaves the record's tab bar beside the caseload at its narrowest."""
        splitter = self.ui.splitter
        caseload = splitter.widget(0).minimumSizeHint().width()
        layout = self._record.layout() if self._record is not None else None
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() + 4 if margins is not None else 0
        return SMALL_SCREEN_WIDTH - caseload - splitter.handleWidth() - sides

    @property
    def built_record(self) -> CaseRecordWidget | None:
        """The case-record panel if it has been built (nothing to save, leave or clear before then)."""
        return self._record

    def maybe_leave_record(self) -> bool:
        """False when the worker chose to stay on a case with unsaved changes (see ``CaseRecordWidget``)."""
        return self._record is None or self._record.maybe_leave()

    def _record_shown(self) -> bool:
        return self._record is not None and self.ui.recordStack.currentWidget() is self._record

    # -- caseload ------------------------------------------------------------------------------------
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

    def refresh_risk(self) -> None:
        """Each case's current risk level and review due, for the caseload's "Risk" column; at the office, who
        holds each case (the "Worker" column)."""
        if self.session.risk is None or self.sync.importing:
            return
        self.model.set_risk(self.session.risk.caseload())
        self.refresh_holders()

    def _case_assigned(self, _case_id: str) -> None:
        self.sync.status.refresh()
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

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_change()

    def _after_change(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        searching = bool(self.ui.search.text().strip())
        self.nothingFound.setVisible(shown == 0 and total > 0 and searching and not self.caseload_loading)
        if self.caseload_loading:
            self.ui.countLabel.setText(self.tr("Loading the caseload… %n case(s) so far", "", total))
        elif shown == total:
            self.ui.countLabel.setText(self.tr("%n case(s)", "", total))
        else:
            self.ui.countLabel.setText(self.tr("{shown} of %n case(s)", "", total).format(shown=shown))
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

    def open_case(self, case_id: str) -> None:
        self._current = case_id
        self.record.load(case_id)
        self.ui.recordStack.setCurrentWidget(self.record)
        self.ui.actionCallCard.setEnabled(True)
        self._reselect()

    # -- the Today view and the call card ------------------------------------------------------------
    def show_today(self) -> None:
        """Back to the Today view (worked out afresh), leaving the case that was open."""
        if self._record_shown() and not self.maybe_leave_record():
            return
        self._current = None
        self._reselect()
        self.ui.actionCallCard.setEnabled(False)
        self.today.refresh()  # worked out off the GUI thread: the caseload is marked when it is shown
        self.ui.recordStack.setCurrentWidget(self.today)

    def show_visits(self) -> None:
        """The day's visits (lone working); a visit planned from here is for the case that was open."""
        if self.ui.recordStack.currentWidget() is self.record and not self.record.maybe_leave():
            return
        self.visits.case_id = self._current
        self._current = None
        self._reselect()
        self.ui.actionCallCard.setEnabled(False)
        self.visits.refresh()
        self.ui.recordStack.setCurrentWidget(self.visits)

    def _today_refreshed(self) -> None:
        calls_now = self.today.data.get("calls_now", [])
        if not self.session.locked and "today" in self.today.data:
            self._mark_callable(callable_from(calls_now))

    def _open_from_today(self, case_id: str) -> None:
        if self.proxy.row_of(case_id) is None:
            self.ui.search.clear()  # the search hid it: show the whole caseload again
        self.open_case(case_id)

    def _call_card(self) -> None:
        case_id = self.record.case_id if self._record_shown() else None
        if case_id:
            self.today.show_call_card(case_id)

    def _show_to_person(self, case_id: str) -> None:
        """Everything else saved (or dropped) first: leaving the person's view locks the app."""
        if self.record.maybe_leave():
            self.person_view_requested.emit(case_id)

    def _new_case(self) -> None:
        if not self.maybe_leave_record():
            return
        self._current = None
        self._reselect()
        self.record.new_case()
        self.ui.actionCallCard.setEnabled(False)
        self.ui.recordStack.setCurrentWidget(self.record)

    def _case_saved(self, case_id: str) -> None:
        self._current = case_id
        self._reselect()

    def _focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    @property
    def audit_dialog(self) -> AuditDialog | None:
        return self.tools.audit_dialog

    @property
    def reports_dialog(self) -> ReportsDialog | None:
        return self.tools.reports_dialog

    def _settings_saved(self) -> None:
        self.backups.refresh()
        self.settings_changed.emit()

    # -- a background job (a bundle made or imported, a backup) -----------------------------------------
    def job_started(self, text: str, hold_cases: bool) -> None:
        """Say at once that a job is running; ``hold_cases``: it may change cases (an import), so nothing that
        changes the store is started from the window meanwhile (the store's lock keeps each write whole; this
        keeps a stale form from undoing it, and the window from waiting on the import's lock: docs/store.md)."""
        self._jobs.append((text, hold_cases))
        self._show_jobs()

    def job_ended(self, text: str) -> None:
        """The job that said ``text`` has ended; another still running (a backup during an import) stays said,
        and what an import holds stays held until the import itself has ended."""
        for i, (said, _hold) in enumerate(self._jobs):
            if said == text:
                del self._jobs[i]
                break
        self._show_jobs()

    def _show_jobs(self) -> None:
        if not self._jobs:
            self.job.stop()
        holding = any(hold for _text, hold in self._jobs)
        if holding:
            text = next(t for t, hold in reversed(self._jobs) if hold)
            self.job.start(
                text,
                self.tr("Cases can be read, and calls and notes logged; other changes wait until it is done."),
            )
        elif self._jobs:
            self.job.start(self._jobs[-1][0])
        reason = self.tr("This case can be changed again when the bundle has been imported.") if holding else ""
        if reason == self._hold_reason:
            return
        self._hold_reason = reason
        self.ui.actionNewCase.setEnabled(not holding)
        waits = self.tr("This can be done again when the bundle has been imported.") if holding else ""
        for action, tip in self._free_tips.items():
            action.setToolTip(waits or tip)
        self.backups.hold(waits)
        self.ui.actionSettings.setEnabled(not holding)
        self.ui.actionImportCsv.setEnabled(not holding)
        self.visits.hold(
            self.tr("Visits can be planned, logged and marked back safe again when the bundle has been imported.")
            if holding
            else ""
        )
        if self._record is not None:
            self._record.hold(reason)

    # -- after a bundle was imported or a conflict resolved ---------------------------------------------
    def after_sync_change(self) -> None:
        """Show the caseload as it is now: cases may have come, changed, or left this laptop."""
        if self.session.cases is None:
            return
        self.reload()
        self.tools.refresh_open()  # the audit trail and the reports, when open behind the import's message
        if self.ui.recordStack.currentWidget() is self.today:
            self.today.refresh()
        elif self.ui.recordStack.currentWidget() is self.visits:
            self.visits.refresh()
        elif self._current and self._still_listed(self._current):
            if not self.record.is_dirty() and not self.record.has_unadded_log_entry():
                self.record.load(self._current)
        elif self._record_shown() and self.record.case_id is not None:
            self.record.clear()
            self.show_today()  # the case that was open is no longer on this laptop

    def _still_listed(self, case_id: str) -> bool:
        """The case is on the caseload: among the rows read so far or, while the rest of a big caseload is read
        in the background, in the store (a case not in the first screenful has not left this laptop)."""
        if self.model.row_of(case_id) is not None:
            return True
        if not self.caseload_loading or self.session.cases is None:
            return False
        return bool(self.session.cases.summaries([case_id], include_closed=self.ui.showClosed.isChecked()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.sync.dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.sync.dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.sync.import_file(path)

    # -- where the worker was, so unlocking returns there ----------------------------------------------
    def position(self) -> dict:
        return {
            "case_id": self._current,
            "search": self.ui.search.text(),
            "show_closed": self.ui.showClosed.isChecked(),
        }

    def restore_position(self, position: dict) -> None:
        self.ui.showClosed.setChecked(bool(position.get("show_closed")))
        self.ui.search.setText(position.get("search", ""))
        case_id = position.get("case_id")
        if case_id and self.model.row_of(case_id) is not None:
            self.open_case(case_id)
        elif case_id and self.caseload_loading:
            self._pending_case = case_id  # opened when the rest of the caseload has come

    # -- closing ---------------------------------------------------------------------------------------
    def discard(self) -> None:
        """Forget every piece of case data this window shows (the app is locking)."""
        self._callable_timer.stop()
        self._loads += 1  # a caseload still being read is dropped when it comes
        self.caseload_loading = False
        self._pending_case = None
        self._changed_while_loading.clear()
        self.tools.discard()
        self.sync.discard()
        self.backups.discard()
        if self._record is not None:
            self._record.clear()
        self.today.clear()
        self.visits.clear()
        self.ui.caseTable.setModel(None)
        self.model.clear()
        self.ui.search.clear()
        self.ui.countLabel.clear()

    def save_layout(self) -> None:
        prefs.save_geometry(self, "MainWindow")
        prefs.save_state("MainWindow/splitter", self.ui.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync.busy or self.backups.busy:  # a bundle or a backup is being written: it finishes first
            event.ignore()
            return
        if not self.maybe_leave_record():
            event.ignore()
            return
        self.save_layout()
        event.accept()
        self.closed.emit()
