"""Desktop reminders: "2 calls can be made now", at the moment a safe window opens.

The store is the only source of truth. At unlock the jobs are rebuilt from it (APScheduler's Qt scheduler with
an in-memory job store), every few minutes they are rebuilt again, and at lock they are all dropped. Nothing
relies on a misfire grace time: a laptop that slept simply rebuilds, and what became possible while it slept
is announced then. The text never names anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from safetyworker.services.agenda import reminder_times
from safetyworker.services.session import Session
from safetyworker.ui.icons import icon

REBUILD_MINUTES = 5


class Reminders(QObject):
    #: discreet text for an in-app notice where the system tray is not available
    notice = Signal(str)

    def __init__(self, parent: QObject | None = None, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))
        self._session: Session | None = None
        self._scheduler: QtScheduler | None = None
        self._tray: QSystemTrayIcon | None = None
        self._last_count = 0
        self.last_text = ""

    # -- life cycle -----------------------------------------------------------------------------------
    def start(self, session: Session) -> None:
        """At unlock: rebuild every job from the store and say what can be done now."""
        self.stop()
        self._session = session
        self._scheduler = QtScheduler(jobstores={"default": MemoryJobStore()}, timezone=UTC)
        self._scheduler.start()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon("app"), self)
            self._tray.show()
        self.rebuild(announce=True)

    def stop(self) -> None:
        """At lock: drop every job (and the tray icon)."""
        if self._scheduler is not None:
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
        self._session = None
        self._last_count = 0

    def job_count(self) -> int:
        return len(self._scheduler.get_jobs()) if self._scheduler is not None else 0

    # -- jobs -------------------------------------------------------------------------------------------
    def rebuild(self, announce: bool = False) -> None:
        if self._scheduler is None or self._session is None or self._session.store is None:
            return
        now = self._now()
        count, starts = reminder_times(self._session.store, now)
        self._scheduler.remove_all_jobs()
        for start in starts:
            if start > now:
                self._scheduler.add_job(self._window_opened, "date", run_date=start.astimezone(UTC))
        self._scheduler.add_job(self.rebuild, "interval", minutes=REBUILD_MINUTES)
        if count and (announce or count > self._last_count):
            self._announce(count)
        self._last_count = count

    def _window_opened(self) -> None:
        self.rebuild(announce=True)

    def _announce(self, count: int) -> None:
        text = self.tr("1 call can be made now") if count == 1 else self.tr("{n} calls can be made now").format(n=count)
        self.last_text = text
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(self.tr("Safety Worker"), text, QSystemTrayIcon.MessageIcon.Information, 8000)
        self.notice.emit(text)
