"""Backups in the desktop: "Back up now", the scheduled backup to the folder chosen in Settings, and the date
of the last backup in the status bar (in the warning style when there is none, or it is more than a week old).

The backup itself runs off the GUI thread (ui/worker.py); the status bar says so from the first moment. While
the caseload is unlocked a timer checks every few minutes whether a scheduled backup is due (the schedule in
Settings: daily or weekly) and makes it; the first check comes a minute after unlock.
Nothing is scheduled while locked: a backup due then is made soon after the next unlock. The app locks, and the
window closes, only once a running backup has finished (the lock waits for it, as for a bundle).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.backups import BackupMade
from safetyworker.services.session import Session
from safetyworker.ui.worker import Worker

if TYPE_CHECKING:
    from safetyworker.ui.main_window import MainWindow

# how often the schedule is checked while unlocked
CHECK_MINUTES = 10
# the first check after unlock waits this long, so unlocking is never slowed by a backup
FIRST_CHECK_SECONDS = 60


class BackupActions(QObject):
    # a backup finished (the app may lock now if it was asked to meanwhile)
    idle = Signal()
    # the result sentence or the problem of the last backup
    said = Signal(str)

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.busy = False
        self.scheduled = False
        self.last_message = ""
        self.warn = False
        self._boxes: list[QMessageBox] = []
        self._worker = Worker(self)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)

        self.status = QLabel(window)
        self.status.setObjectName("backupStatus")
        self.status.setMinimumWidth(1)
        window.ui.statusBar.addPermanentWidget(self.status)
        window.ui.actionBackupNow.triggered.connect(lambda: self.back_up_now())
        self.refresh()

        # The schedule's check: a timer owned by this object, so it runs on the GUI thread and dies with the
        # window. (APScheduler's Qt scheduler, which the reminders use, was tried first: its timers belong to no
        # object, PySide6 gives it no handle to stop them, and windows made and dropped in quick succession
        # crashed the test run; a backup due once a day needs no more than a timer.)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MINUTES * 60_000)
        self._timer.timeout.connect(self._first_or_next_check)
        self._timer.start(FIRST_CHECK_SECONDS * 1000)

    # -- what the status bar says --------------------------------------------------------------------
    def refresh(self, now: datetime | None = None) -> None:
        backups = self.session.backups
        if backups is None:
            return
        last = backups.last_backup_at()
        warn = backups.is_stale(now)
        if last is None:
            text = self.tr("No backup yet")
            tip = self.tr("Back up now, or choose a folder and a schedule in Settings.")
        else:
            when = datetime.fromisoformat(last.replace("Z", "+00:00")).astimezone(ZoneInfo(self.session.timezone))
            text = self.tr("Last backup: {date}").format(date=when.strftime("%d/%m/%Y"))
            tip = self.tr("More than a week ago: back up now.") if warn else ""
        self.warn = warn
        self.status.setText(text)
        self.status.setToolTip(tip)
        self.status.setAccessibleName(text)
        self.status.setProperty("role", "warning" if warn else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _first_or_next_check(self) -> None:
        self._timer.setInterval(CHECK_MINUTES * 60_000)  # after the first check, the regular interval
        self.run_if_due()

    # -- backing up ----------------------------------------------------------------------------------
    def back_up_now(self, folder: Path | None = None) -> None:
        """The worker asked: to ``folder``, else the folder chosen in Settings, else one they choose now (kept
        as the backup folder from then on)."""
        backups = self.session.backups
        if self.busy or backups is None:
            return
        folder = folder or backups.folder()
        if folder is None:
            folder = self.ask_folder()
            if folder is None:
                return
            try:
                backups.set_folder(folder)
            except SafetyWorkerError as exc:
                self._say(self.tr("Backup not made"), str(exc), ok=False)
                return
        self._start(folder, scheduled=False)

    def run_if_due(self) -> None:
        """The schedule's check: a backup is made when one is due (see ``BackupService.due``)."""
        backups = self.session.backups
        if self.busy or backups is None or not backups.due():
            return
        folder = backups.folder()
        if folder is not None:
            self._start(folder, scheduled=True)

    def _start(self, folder: Path, scheduled: bool) -> None:
        backups = self.session.backups
        assert backups is not None
        self.busy = True
        self.scheduled = scheduled
        self.window.ui.actionBackupNow.setEnabled(False)
        self.window.job_started(self.tr("Backing up…"), hold_cases=False)  # before the thread starts
        self._worker.run(lambda: backups.back_up(folder))

    def _end(self) -> None:
        self.busy = False
        self.window.ui.actionBackupNow.setEnabled(True)
        self.window.job_ended()
        self.refresh()

    def _finished(self, made: BackupMade) -> None:
        self._end()
        text = self.tr("Backup written and checked: {name} in {folder}").format(
            name=made.path.name, folder=made.path.parent
        )
        if self.scheduled:
            self.window.statusBar().showMessage(text, 30_000)
            self.last_message = text
            self.said.emit(text)
        else:
            self._say(self.tr("Backup made"), text, ok=True)
        self.idle.emit()

    def _failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, SafetyWorkerError):
            text = str(exc)
        else:
            text = self.tr("The backup could not be made ({kind}). Nothing was kept under a backup's name.").format(
                kind=type(exc).__name__
            )
        self._say(self.tr("Backup not made"), text, ok=False)
        self.idle.emit()

    def _say(self, title: str, text: str, ok: bool) -> None:
        self.last_message = text
        self.said.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("backupMessage")
        self._boxes.append(box)
        box.finished.connect(lambda _r: self._boxes.remove(box) if box in self._boxes else None)
        box.open()

    def ask_folder(self) -> Path | None:
        """The folder the worker chooses (tests answer for them: an attribute that is not a bound method, so no
        reference cycle keeps this object for the garbage collector to free on some other thread)."""
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Where should backups go? (for example a USB stick kept locked away)")
        )
        return Path(chosen) if chosen else None

    # -- lock ----------------------------------------------------------------------------------------
    def discard(self) -> None:
        """The app is locking (after any backup finished): no more scheduled checks, nothing shown."""
        self._timer.stop()
        for box in list(self._boxes):
            box.close()
        self._boxes = []
        self.status.clear()

    @property
    def scheduled_check(self) -> bool:
        """The schedule's check is running (unlocked) or stopped (locked)."""
        return shiboken6.isValid(self._timer) and self._timer.isActive()
