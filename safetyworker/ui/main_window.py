"""The main window: the caseload on the left, the chosen case (or Today, or the day's visits) on the right.

Built in layers, one job each: the caseload pane (ui/caseload_pane.py), what a lock drops and where unlocking
returns (ui/window_lock.py), the background jobs and what an import holds (ui/window_jobs.py); the toolbar's
More button, reports, the audit trail and Settings are in ui/main_tools.py, the Sync menu in ui/sync_actions.py
and the backups in ui/backup_actions.py. This module builds the window, the record panel (when first needed),
and moves between the caseload, the record, Today and the visits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QLayout, QWidget

from safetyworker.services.agenda import callable_from
from safetyworker.services.door import PROTECTION_REDUCED
from safetyworker.services.session import Session
from safetyworker.ui import prefs
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.backup_actions import BackupActions
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.fitting_tabs import SMALL_SCREEN_WIDTH
from safetyworker.ui.forms.ui_main_window import Ui_MainWindow
from safetyworker.ui.icons import icon
from safetyworker.ui.job_indicator import JobIndicator
from safetyworker.ui.main_tools import ToolActions
from safetyworker.ui.narrow import size_by_current_page
from safetyworker.ui.reports_dialog import ReportsDialog
from safetyworker.ui.scroll_areas import ScrollWhenCramped
from safetyworker.ui.sync_actions import SyncActions
from safetyworker.ui.today import TodayWidget
from safetyworker.ui.visits_view import VisitsWidget
from safetyworker.ui.window_jobs import WindowJobs
from safetyworker.ui.window_lock import WindowLock

if TYPE_CHECKING:
    from safetyworker.ui.case_record import CaseRecordWidget


class MainWindow(WindowLock, WindowJobs):
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
        self._current: str | None = None

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

        self._build_caseload(session)

        # The case-record panel (a form of many tabs) is built the first time a case is opened, not at start:
        # the worker sees the caseload and Today sooner (issue 18). See ``record``.
        self._record: CaseRecordWidget | None = None
        self._hold_reason = ""  # a bundle is being imported: a record panel built meanwhile starts held
        self._jobs: list[tuple[str, bool]] = []  # the background jobs running: what each says, whether it holds
        self.today = TodayWidget(session, self)
        # the record and Today keep their size and scroll when the larger text sizes need more than 1366x700
        stack = self.ui.recordStack
        at = self.ui.splitter.indexOf(stack)
        self.recordScroll = ScrollWhenCramped(stack, "recordScroll", room=self._beside_caseload)
        self.ui.splitter.insertWidget(at, self.recordScroll)
        self.ui.recordStack.addWidget(self.today)
        self.today.open_case.connect(self._open_from_today)
        self.today.refreshed.connect(self._today_refreshed)
        self.visits = VisitsWidget(session, self)  # lone working: reached from Today (ui/visits_view.py)
        self.ui.recordStack.addWidget(self.visits)
        size_by_current_page(self.ui.recordStack)  # the record is not as wide as the visits (ui/narrow.py)
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
        """The width a 1366-wide laptop leaves the record's tab bar beside the caseload at its narrowest, less
        the record's up-and-down scroll bar: at the larger text sizes the record is taller than 700 px and
        scrolls up and down, and a tab bar that counted on the bar's width made it scroll sideways too."""
        splitter = self.ui.splitter
        caseload = splitter.widget(0).minimumSizeHint().width()
        layout = self._record.layout() if self._record is not None else None
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() + 4 if margins is not None else 0
        bar = self.recordScroll.verticalScrollBar().sizeHint().width()
        return SMALL_SCREEN_WIDTH - caseload - splitter.handleWidth() - sides - bar

    @property
    def built_record(self) -> CaseRecordWidget | None:
        """The case-record panel if it has been built (nothing to save, leave or clear before then)."""
        return self._record

    def maybe_leave_record(self) -> bool:
        """False when the worker chose to stay on a case with unsaved changes (see ``CaseRecordWidget``)."""
        return self._record is None or self._record.maybe_leave()

    def _record_shown(self) -> bool:
        return self._record is not None and self.ui.recordStack.currentWidget() is self._record

    # -- the caseload and the record -------------------------------------------------------------------
    def _case_assigned(self, _case_id: str) -> None:
        self.sync.status.refresh()
        self.refresh_holders()

    def _count_text(self, shown: int, total: int) -> str:
        """The count under the caseload; its plurals are filed under this class (see ui/caseload_pane.py)."""
        if self.caseload_loading:
            return self.tr("Loading the caseload… %n case(s) so far", "", total)
        if shown == total:
            return self.tr("%n case(s)", "", total)
        return self.tr("{shown} of %n case(s)", "", total).format(shown=shown)

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

    # -- closing ---------------------------------------------------------------------------------------
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
