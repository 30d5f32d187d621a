"""Desktop reminders: "2 calls can be made now", at the moment a safe window opens.

The store is the only source of truth. At unlock the jobs are rebuilt from it (APScheduler's Qt scheduler with
an in-memory job store), every few minutes they are rebuilt again, and at lock they are all dropped. Nothing
relies on a misfire grace time: a laptop that slept simply rebuilds, and what became possible while it slept
is announced then. The text never names anyone.

**While locked.** The app locks after a few idle minutes, so dropping everything at lock would leave an idle
laptop silent when a safe window opens. At lock only the times of today's windows still to open are kept
(start and end, nothing else: no name, id, number or count), and a plain timer compares them with the clock:
when one has started, and has not ended, the unlock screen (and the system tray, where there is one) says
"A safe time to call has started: unlock to see". Comparing with the clock on every tick, rather than
scheduling a job for the exact moment, means a laptop that slept through the start still says it on waking
while the window lasts, and says nothing once it has ended. Unlocking, or quitting, drops the kept times.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from safetyworker.ui.icons import icon

REBUILD_MINUTES = 5
# how often the kept window times are compared with the clock while locked
LOCKED_CHECK_MS = 30_000

if TYPE_CHECKING:
    from apscheduler.schedulers.qt import QtScheduler

    from safetyworker.services.session import Session

Window = tuple[datetime, datetime]  # aware UTC start and end, nothing else


class Reminders(QObject):
    # discreet text for an in-app notice where the system tray is not available
    notice = Signal(str)

    def __init__(self, parent: QObject | None = None, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))
        self._session: Session | None = None
        self._scheduler: QtScheduler | None = None
        self._tray: QSystemTrayIcon | None = None
        self._last_count = 0
        self._waiting_for_agenda = False
        self._coming: list[Window] = []  # unlocked: today's windows still to open, as last worked out
        self._locked_windows: list[Window] = []  # locked: the same times, kept across the lock
        self._locked_timer = QTimer(self)
        self._locked_timer.setInterval(LOCKED_CHECK_MS)
        self._locked_timer.timeout.connect(self.check_locked)
        self.last_text = ""

    # -- life cycle -----------------------------------------------------------------------------------
    def start(self, session: Session, agenda_coming: bool = False) -> None:
        """At unlock: rebuild every job from the store and say what can be done now. ``agenda_coming``: the
        Today view is working the agenda out anyway, so the jobs are built from it when it comes
        (``agenda_worked_out``) rather than from a second agenda worked out on the GUI thread at unlock; the
        scheduler itself is made then too (``_scheduler_made``), after the main window has painted."""
        self.stop()
        self._session = session
        self._show_tray()
        self._waiting_for_agenda = agenda_coming
        if not agenda_coming:
            self.rebuild(announce=True)

    def _scheduler_made(self) -> QtScheduler:
        """The scheduler, made when the first jobs are built. APScheduler takes a quarter of a second to import
        at office scale on a shared laptop (it reads every installed package's entry points), so it is imported
        when the jobs are first built, not before the main window first paints (issue 18), and not at start
        (the process stays smaller while Argon2id holds its memory: see controller)."""
        if self._scheduler is None:
            from apscheduler.jobstores.memory import MemoryJobStore
            from apscheduler.schedulers.qt import QtScheduler

            self._scheduler = QtScheduler(jobstores={"default": MemoryJobStore()}, timezone=UTC)
            self._scheduler.start()
        return self._scheduler

    def agenda_worked_out(self, data: dict | None) -> None:
        """The Today view's agenda (None: it could not be worked out): the first jobs after unlock come from it."""
        if not self._waiting_for_agenda:
            return
        self._waiting_for_agenda = False
        from safetyworker.services.agenda import reminder_windows_from

        if data and "calls_now" in data and "later_today" in data:
            self.rebuild(announce=True, worked_out=reminder_windows_from(data))
        else:
            self.rebuild(announce=True)

    def stop(self) -> None:
        """At quit (and before unlock): drop every job, every kept time and the tray icon."""
        if self._scheduler is not None:
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        self._locked_timer.stop()
        self._locked_windows = []
        self._coming = []
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
        self._session = None
        self._waiting_for_agenda = False
        self._last_count = 0
        self.last_text = ""

    def lock(self) -> None:
        """At lock (the store still open): drop every job and the session, keeping only the times of today's
        safe windows still to open, to say discreetly when one starts."""
        if self._session is not None and not self._session.locked:
            # locking must never fail: on any problem keep the times from the last rebuild
            with contextlib.suppress(Exception):
                _count, self._coming = self._windows_after(self._now())
        kept = list(self._coming)
        self.stop()
        self._locked_windows = kept
        if kept:
            self._show_tray()
            self._locked_timer.start()

    def set_locked_interval_ms(self, ms: int) -> None:
        """How often to compare the kept times with the clock while locked (tests shorten it)."""
        self._locked_timer.setInterval(ms)

    def job_count(self) -> int:
        return len(self._scheduler.get_jobs()) if self._scheduler is not None else 0

    def kept_while_locked(self) -> list[Window]:
        """The window times kept across the lock (start and end only)."""
        return list(self._locked_windows)

    def _show_tray(self) -> None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon("app"), self)
            self._tray.show()

    # -- jobs -------------------------------------------------------------------------------------------
    def _windows_after(
        self, now: datetime, worked_out: tuple[int, list[Window]] | None = None
    ) -> tuple[int, list[Window]]:
        """How many calls can be made now, and today's windows opening after ``now`` (UTC times only), from the
        store or from ``worked_out`` (``reminder_windows_from`` an agenda already worked out)."""
        assert self._session is not None and self._session.agenda is not None
        count, windows = worked_out if worked_out is not None else self._session.agenda.reminder_windows(now)
        return count, [(s.astimezone(UTC), e.astimezone(UTC)) for s, e in windows if s > now]

    def rebuild(self, announce: bool = False, worked_out: tuple[int, list[Window]] | None = None) -> None:
        if self._session is None or self._session.locked:  # stopped, or locked
            return
        now = self._now()
        count, self._coming = self._windows_after(now, worked_out)
        scheduler = self._scheduler_made()
        scheduler.remove_all_jobs()
        for start in sorted({start for start, _end in self._coming}):
            scheduler.add_job(self._window_opened, "date", run_date=start)
        scheduler.add_job(self.rebuild, "interval", minutes=REBUILD_MINUTES)
        if count and (announce or count > self._last_count):
            self._announce(count)
        self._last_count = count

    def _window_opened(self) -> None:
        self.rebuild(announce=True)

    def check_locked(self) -> None:
        """While locked: say so once when a kept window has started (and not yet ended); forget it then."""
        now = self._now().astimezone(UTC)
        started = [w for w in self._locked_windows if w[0] <= now]
        self._locked_windows = [w for w in self._locked_windows if w[0] > now]
        if not self._locked_windows:
            self._locked_timer.stop()
        if any(end > now for _start, end in started):
            self._say(self.tr("A safe time to call has started: unlock to see"))

    def _announce(self, count: int) -> None:
        text = self.tr("%n call(s) can be made now", "", count)
        self._say(text)

    def _say(self, text: str) -> None:
        self.last_text = text
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(self.tr("Safety Worker"), text, QSystemTrayIcon.MessageIcon.Information, 8000)
        self.notice.emit(text)
