"""The app's life cycle: first run or unlock, the main window, and locking.

Locking closes the store (dropping the key), destroys the main window with every model and widget that held
case data, clears a copied number from the clipboard, and shows the unlock dialog. Unlocking opens the main
window where the worker was.
"""

from __future__ import annotations

import contextlib
import gc
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from safetyworker.services.door import FILE, create_store, store_exists
from safetyworker.ui import clipboard, prefs
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.hide_screen import HideKey, KeepHidden, NeutralScreen, hide_every_window
from safetyworker.ui.lock_triggers import LockTriggers
from safetyworker.ui.person_view import PersonPlanView
from safetyworker.ui.remembered_dialog import drafts_open
from safetyworker.ui.reminders import Reminders
from safetyworker.ui.unlock_dialog import UnlockDialog
from safetyworker.ui.worker import Worker

if TYPE_CHECKING:
    from safetyworker.services.session import Session
    from safetyworker.ui.first_run import FirstRunDialog
    from safetyworker.ui.main_window import MainWindow

# The main window (and the case record, printing and the rest under it) is imported once the caseload is
# unlocked, not at start: the unlock dialog shows sooner, and the process is smaller while Argon2id holds its
# 128 MiB (the peak of the app's memory).

DEMO_PASSPHRASE = "demo passphrase"


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class AppController(QObject):
    def __init__(self, folder: Path, demo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.demo = demo
        self.demo_dir: Path | None = None
        self.session: Session | None = None
        self.bridge: CoreBridge | None = None
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self._position: dict = {}
        self._notice = ""
        # a status message a reminder must not wipe (opened without the keyring), and until when (monotonic)
        self._standing: tuple[str, float] = ("", 0.0)
        self._drafts: list[str] = []  # forms open and typed into when a lock hid them (remembered_dialog.py)
        self._lock_after_sync: str | None = None
        self.triggers = LockTriggers(prefs.idle_minutes(), self)
        self.triggers.lock_now.connect(self._lock_from_trigger)
        self.reminders = Reminders(self)
        self.reminders.notice.connect(self._notice_in_window)
        self._worker = Worker(self)
        self._worker.finished.connect(self.open_main)
        self._worker.failed.connect(self._demo_failed)
        self._progress: QProgressDialog | None = None
        # hide at once (F12): the neutral screen over everything, and a filter that keeps other windows hidden
        self.cover: NeutralScreen | None = None
        self.person_view: PersonPlanView | None = None
        self._person_only: KeepHidden | None = None
        self._covered = False
        self._keep_hidden: KeepHidden | None = None
        self.hide_key = HideKey(self)
        self.hide_key.hide.connect(self.hide_now)
        self.hide_key.back.connect(self.come_back)
        _app().installEventFilter(self.hide_key)

    # -- starting ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.demo:
            self.start_demo()
        elif store_exists(self.folder):
            self.show_unlock()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        from safetyworker.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.folder)
        dialog.demo_requested.connect(self.start_demo)
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        self._show_dialog(dialog)

    def show_unlock(self) -> None:
        folder = self.demo_dir / "store" if self.demo_dir else self.folder
        dialog = UnlockDialog(folder, DEMO_PASSPHRASE if self.demo_dir else None)
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _dialog_done(self, dialog: FirstRunDialog | UnlockDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if dialog.session is not None:
            self.open_main(dialog.session)
        elif self.window is None and not self._progress:
            QApplication.quit()

    def start_demo(self) -> None:
        """A throwaway store in a temp folder, filled with the fictional caseload, removed at exit."""
        self.demo = True
        self.demo_dir = Path(tempfile.mkdtemp(prefix="safetyworker-demo-"))
        self._progress = QProgressDialog(self.tr("Preparing the demo caseload…"), "", 0, 0)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        folder = self.demo_dir / "store"

        def make() -> Session:
            from safetyworker.demo import populate_demo  # only a demo needs it: not imported at every start

            # fictional people in a throwaway folder: a file is fine when the keyring says no
            session = create_store(folder, DEMO_PASSPHRASE, without_keyring=FILE, demo=True)
            populate_demo(session)
            return session

        self._worker.run(make)

    def _demo_failed(self, exc: Exception) -> None:
        self._close_progress()
        QMessageBox.critical(
            None, self.tr("Safety Worker"), self.tr("The demo could not be prepared: {e}").format(e=exc)
        )
        QApplication.quit()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # -- unlocked ------------------------------------------------------------------------------------
    def open_main(self, session: Session) -> None:
        from safetyworker.ui.main_window import MainWindow

        self._close_progress()
        self.session = session
        self.bridge = CoreBridge(session.events, self)
        self.window = MainWindow(session, self.bridge)
        self.window.lock_requested.connect(lambda: self.lock("manual"))
        self.window.hide_requested.connect(self.hide_now)
        self.window.person_view_requested.connect(self.show_person)
        self.window.settings_changed.connect(lambda: self.triggers.set_idle_minutes(prefs.idle_minutes()))
        self.window.closed.connect(self._quit)
        self.window.sync.idle.connect(self._sync_idle)
        self.window.backups.idle.connect(self._sync_idle)
        self.window.restore_position(self._position)
        self.window.show()
        self.triggers.start()
        self.reminders.start(session, agenda_coming=self.window.today.busy)
        self.window.today.refreshed.connect(self._today_worked_out)
        if session.keyring_skipped:
            self._standing = (
                self.tr(
                    "Opened with your passphrase alone: the keyring was not used this time. "
                    "The next unlock will try it again."
                ),
                time.monotonic() + 60,
            )
            self.window.statusBar().showMessage(self._standing[0], 60_000)
        if self._covered:  # unlocked (or the demo made) behind the neutral screen: lock again at once
            self.hide_now()
            return
        if self._notice:
            # not a static QMessageBox: its box lives on the stack, and a lock while it is open would delete it
            # under its own loop; this one belongs to the window and goes with it
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Safety Worker"),
                self._notice,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self._notice = ""
        self._run_retention(session)

    def _run_retention(self, session: Session) -> None:
        """The retention schedule, once a day at unlock, off the GUI thread (services/retention.py). A run
        that fails (the app locked meanwhile) is tried again at the next unlock."""
        service = session.retention
        if service is None or self.window is None:
            return
        worker = Worker(self.window)
        worker.finished.connect(self._retention_done)
        worker.run(service.run_if_due)

    def _retention_done(self, report: object) -> None:
        removed = len(getattr(report, "removed", None) or [])
        if not removed or self.window is None:
            return
        self.window.after_sync_change()
        if getattr(report, "rule", "") == "laptop":
            text = self.tr("Took %n closed case(s) off this laptop: the office holds them.", "", removed)
        else:
            text = self.tr(
                "Removed %n closed case(s) that the retention schedule no longer keeps. Nothing else changed.",
                "",
                removed,
            )
        self.window.statusBar().showMessage(text, 120_000)

    def _today_worked_out(self) -> None:
        if self.window is not None:
            self.reminders.agenda_worked_out(self.window.today.data if "today" in self.window.today.data else None)

    def _quit(self) -> None:
        self.shutdown()
        QApplication.quit()

    def lock(self, why: str = "manual") -> None:
        """Close everything that holds case data; the unlock dialog takes its place."""
        if self.window is None:
            return
        if self.window.sync.busy or self.window.backups.busy:  # a bundle or backup: lock the moment it is done
            self._lock_after_sync = why
            return
        self._position = self.window.position()
        record = self.window.built_record  # not built: no case was opened, nothing to lose
        if record is not None and record.is_dirty():
            self._notice = self.tr(
                "The app locked before your last changes to a case were saved, so they were not kept. "
                "Please enter them again."
            )
        if record is not None and record.has_unadded_log_entry():
            # a draft is case data: it is not kept past the lock, but the worker is told
            self._add_notice(
                self.tr(
                    "The app locked before the contact-log entry you were writing was added, so it was not kept. "
                    "Please add it again."
                )
            )
        view = self.person_view  # "Finish and lock" asked already; F12, idle or sleep did not
        if view is not None and why != "person" and view.is_dirty():
            self._add_notice(
                self.tr(
                    "The app locked before the changes made with the person to their own plan were saved, "
                    "so they were not kept. Please make them again."
                )
            )
        self._note_drafts()
        for text in self._drafts:  # a form the lock closed (a sharing record, a visit...): not kept either
            self._add_notice(text)
        self._drafts = []
        self._teardown(locking=True)
        if not self._covered:  # behind the neutral screen the passphrase is asked only when the worker comes back
            self.show_unlock()

    def _add_notice(self, text: str) -> None:
        """One more thing the lock dropped, told after unlocking, a paragraph each."""
        self._notice = (self._notice + "\n\n" if self._notice else "") + text

    def _note_drafts(self) -> None:
        """Remember what the open forms hold that a lock will drop, to tell the worker after unlocking."""
        if self.window is not None:
            self._drafts += [text for text in drafts_open() if text not in self._drafts]

    def _sync_idle(self) -> None:
        why, self._lock_after_sync = self._lock_after_sync, None
        if why is not None:
            self.lock(why)

    # -- show to the person ------------------------------------------------------------------------------
    def show_person(self, case_id: str) -> None:
        """The person's own copy, full screen, with every other window hidden (Alt+Tab finds nothing else) and
        kept hidden; finishing locks the app, so the way back to the caseload is the passphrase."""
        if self.session is None or self.window is None or self.person_view is not None:
            return
        view = PersonPlanView(self.session, case_id)
        if not view.has_plan:  # no saved plan (or it could not be read): nothing to show
            view.deleteLater()
            return
        view.leave_requested.connect(lambda: self.lock("person"))
        view.hide_requested.connect(self.hide_now)
        self.person_view = view
        view.showFullScreen()
        view.raise_()
        view.activateWindow()
        hide_every_window(but=view)
        self._person_only = KeepHidden(view, self)
        _app().installEventFilter(self._person_only)

    def _close_person_view(self) -> None:
        if self._person_only is not None:
            _app().removeEventFilter(self._person_only)
            self._person_only.deleteLater()
            self._person_only = None
        if self.person_view is not None:
            self.person_view.discard()
            self.person_view.hide()
            self.person_view.deleteLater()
            self.person_view = None

    # -- hide at once ------------------------------------------------------------------------------------
    @property
    def covered(self) -> bool:
        """The neutral screen is up (the app is locked, or locks as soon as a running bundle job ends)."""
        return self._covered

    def hide_now(self) -> None:
        """Cover the screen with the neutral screen and hide every window and dialog at once, then lock as
        Ctrl+L does (unsaved edits are dropped and the worker is told after unlocking). Modal dialogs leave
        their loops when hidden; the lock waits until they have (deleting a dialog still inside its own loop
        would crash), and while the screen is covered no window can show itself again."""
        app = _app()
        if self._person_only is not None:  # the person's view is hidden with the rest
            app.removeEventFilter(self._person_only)
            self._person_only.deleteLater()
            self._person_only = None
        if self.cover is None:
            self.cover = NeutralScreen()
            self.cover.close_requested.connect(self._cover_closed)
        cover = self.cover
        if not self._covered:
            self._covered = True
            cover.cover()
            self._keep_hidden = KeepHidden(cover, self)
            app.installEventFilter(self._keep_hidden)
        self._note_drafts()  # before the forms are hidden: hidden, they leave their loops and are gone
        hide_every_window(but=cover)
        cover.raise_()
        if self.window is not None:
            QTimer.singleShot(0, self._lock_hidden)

    def _lock_hidden(self, level_before: int | None = None, why: str = "hide") -> None:
        """Lock once every hidden dialog has left its loop: the event-loop level (``QThread.loopLevel``) is
        the same at two looks in a row. Locking inside a dialog's own loop would delete the dialog under it
        (for Qt's static message boxes, which live on the stack, that crashes the app)."""
        if self.window is None or (why == "hide" and not self._covered):
            return
        level = QThread.currentThread().loopLevel()
        if level != level_before:
            QTimer.singleShot(10, lambda: self._lock_hidden(level, why))
            return
        self.lock(why)

    def _lock_from_trigger(self, why: str) -> None:
        """Idle time, sleep or the screen locking: at once, unless a dialog or menu is open; then every window
        is hidden at once and the lock follows as soon as the dialogs have left their loops (as for F12)."""
        if self.window is None:
            return
        if QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None:
            self.lock(why)
            return
        self._note_drafts()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.cover:
                widget.hide()
        QTimer.singleShot(0, lambda: self._lock_hidden(None, why))

    def come_back(self) -> None:
        """Ctrl+Shift+F12 on the neutral screen: the passphrase screen (never the caseload itself)."""
        if not self._covered or self.window is not None:
            return  # not hidden, or the lock still waits for a bundle job: stay covered until it has locked
        self._covered = False
        if self._keep_hidden is not None:
            _app().removeEventFilter(self._keep_hidden)
            self._keep_hidden.deleteLater()
            self._keep_hidden = None
        if self.cover is not None:
            self.cover.hide()
        if self.dialog is not None:  # the first run or the unlock screen was showing when it was hidden
            self._show_dialog(self.dialog)
        elif self._progress is None:
            self.show_unlock()

    def _cover_closed(self) -> None:
        """Alt+F4 on the neutral screen closes the app, as closing any document would, once it has locked."""
        if self.window is None and self._progress is None:
            self._quit()

    def _notice_in_window(self, text: str) -> None:
        """A reminder: in the status bar when unlocked, on the unlock screen when locked (never over the
        neutral screen)."""
        if self._covered:
            return
        if self.window is not None:
            standing, until = self._standing
            if standing and time.monotonic() < until:  # a reminder must not wipe what the worker has to know
                text = f"{text} · {standing}"
            self.window.statusBar().showMessage(text, 30_000)
        elif isinstance(self.dialog, UnlockDialog):
            self.dialog.show_notice(text)

    def _teardown(self, locking: bool = False) -> None:
        """Close everything holding case data. Locking keeps only the times of today's coming safe windows
        (``Reminders.lock``); quitting keeps nothing."""
        self._lock_after_sync = None
        self._standing = ("", 0.0)
        if not locking:
            self._drafts = []
        self.triggers.stop()
        if locking:
            self.reminders.lock()
        else:
            self.reminders.stop()
        self._close_person_view()
        if self.window is not None:
            self.window.save_layout()
            self.window.discard()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
            self.bridge = None
        if self.session is not None:
            self.session.lock()
            self.session = None
        clipboard.guard().clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    def shutdown(self) -> None:
        self._teardown()
        if self.dialog is not None:
            self.dialog.close()
        app = _app()
        app.removeEventFilter(self.hide_key)
        if self._keep_hidden is not None:
            app.removeEventFilter(self._keep_hidden)
            self._keep_hidden = None
        if self.cover is not None:
            self.cover.hide()
            self.cover.deleteLater()
            self.cover = None
        if self.demo_dir is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(self.demo_dir)
            self.demo_dir = None
