"""A background job in the main window (a bundle made or imported, a backup): said at once in the status bar,
and, while a bundle is imported, what would change cases held.

The store's lock keeps each write whole; the hold keeps a stale form from undoing what the import brought, and
the window from waiting on the import's lock (docs/store.md). Every part held takes ``hold(reason)`` and is
given back by ``hold("")``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from safetyworker.ui.forms.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from safetyworker.ui.backup_actions import BackupActions
    from safetyworker.ui.case_record import CaseRecordWidget
    from safetyworker.ui.job_indicator import JobIndicator
    from safetyworker.ui.visits_view import VisitsWidget


class WindowJobs(QMainWindow):
    """The jobs running and what an import holds (a base of ``MainWindow``, never made on its own)."""

    ui: Ui_MainWindow
    job: JobIndicator
    backups: BackupActions
    visits: VisitsWidget
    _record: CaseRecordWidget | None
    _hold_reason: str  # a bundle is being imported: a record panel built meanwhile starts held
    _jobs: list[tuple[str, bool]]  # the background jobs running: what each says, whether it holds
    _free_tips: dict[QAction, str]  # what the actions held during an import say when they are free again

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
