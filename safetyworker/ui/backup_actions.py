"""Backups in the desktop: "Back up now", the scheduled backup to the folder chosen in Settings, and the date
of the last backup in the status bar (in the warning style when there is none, or it is more than a week old).

The backup itself runs off the GUI thread (ui/worker.py); the status bar says so from the first moment. While
the caseload is unlocked an APScheduler job (as the reminders, ui/reminders.py) checks every few minutes whether
a scheduled backup is due (the schedule in Settings: daily or weekly) and makes it; the first check comes a
minute after unlock.
Nothing is scheduled while locked: a backup due then is made soon after the next unlock. The app locks, and the
window closes, only once a running backup has finished (the lock waits for it, as for a bundle).
"""

from __future__ import annotations

import weakref
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from apscheduler.executors.debug import DebugExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.interval import IntervalTrigger
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.backups import BackupMade
from safetyworker.services.session import Session
from safetyworker.ui.save_dialog import choose_folder
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
        self._held = ""  # why no backup starts just now (a bundle is being imported), or "": see hold
        self.scheduled = False
        self.last_message = ""
        self.warn = False
        self._boxes: list[QMessageBox] = []
        self._worker = Worker(self)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)

        self.status = QLabel(window)
        self.status.setObjectName("backupStatus")
        window.ui.statusBar.addPermanentWidget(self.status)
        window.ui.actionBackupNow.triggered.connect(lambda: self.back_up_now())
        self.refresh()

        # The schedule's check, an APScheduler job as the reminders are (ui/reminders.py). It runs on the GUI
        # thread: the Qt scheduler fires from the event loop and the debug executor runs the job right there,
        # not on a pool thread. The job holds this object only weakly, and the scheduler stops at lock (discard)
        # or with the window, so nothing keeps a dropped window alive or calls into one.
        scheduler = QtScheduler(
            jobstores={"default": MemoryJobStore()}, executors={"default": DebugExecutor()}, timezone=UTC
        )
        me = weakref.ref(self)

        def check() -> None:
            actions = me()
            if actions is not None and shiboken6.isValid(actions):
                actions.run_if_due()

        scheduler.start()
        first = datetime.now(UTC) + timedelta(seconds=FIRST_CHECK_SECONDS)
        scheduler.add_job(check, IntervalTrigger(minutes=CHECK_MINUTES, timezone=UTC), next_run_time=first)
        self._scheduler: QtScheduler | None = scheduler
        window.destroyed.connect(lambda: _stop(scheduler))

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

    # -- backing up ----------------------------------------------------------------------------------
    def back_up_now(self, folder: Path | None = None) -> None:
        """The worker asked: to ``folder``, else the folder chosen in Settings, else one they choose now (kept
        as the backup folder from then on)."""
        backups = self.session.backups
        if self.busy or self.held or backups is None:
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
        if self.busy or self.held or backups is None or not backups.due():
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
        self.window.job_started(self._text(), hold_cases=False)  # before the thread starts
        self._worker.run(lambda: backups.back_up(folder))

    def _text(self) -> str:
        return self.tr("Backing up…")

    def hold(self, reason: str) -> None:
        """``reason``: a bundle is being imported, so no backup starts until ``hold("")`` (it would wait for the
        import with the window): "Back up now" is greyed out (the window says why) and the schedule's check
        waits for its next turn."""
        self._held = reason
        self.window.ui.actionBackupNow.setEnabled(not reason and not self.busy)

    @property
    def held(self) -> bool:
        return bool(self._held)

    def _end(self) -> None:
        self.busy = False
        self.window.ui.actionBackupNow.setEnabled(not self.held)
        self.window.job_ended(self._text())
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
        return choose_folder(
            self.window, self.tr("Where should backups go? (for example a USB stick kept locked away)")
        )

    # -- lock ----------------------------------------------------------------------------------------
    def discard(self) -> None:
        """The app is locking (after any backup finished): no more scheduled checks, nothing shown."""
        if self._scheduler is not None:
            _stop(self._scheduler)
            self._scheduler = None
        for box in list(self._boxes):
            box.close()
        self._boxes = []
        self.status.clear()

    @property
    def scheduled_check(self) -> bool:
        """The schedule's check is in place (unlocked) or gone (locked)."""
        return self._scheduler is not None and bool(self._scheduler.get_jobs())

    def check_now(self) -> None:
        """Run the schedule's check at once, as the scheduler would (tests)."""
        if self._scheduler is not None:
            for job in self._scheduler.get_jobs():
                job.modify(next_run_time=datetime.now(UTC))
            self._scheduler.wakeup()


def _stop(scheduler: QtScheduler) -> None:
    if scheduler.running:
        scheduler.remove_all_jobs()
        scheduler.shutdown(wait=False)
