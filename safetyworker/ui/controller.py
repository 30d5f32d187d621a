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
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from safetyworker.services.door import FILE, create_store, store_exists
from safetyworker.ui import clipboard, prefs
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.lock_triggers import LockTriggers
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
        self._lock_after_sync: str | None = None
        self.triggers = LockTriggers(prefs.idle_minutes(), self)
        self.triggers.lock_now.connect(self.lock)
        self.reminders = Reminders(self)
        self.reminders.notice.connect(self._notice_in_window)
        self._worker = Worker(self)
        self._worker.finished.connect(self.open_main)
        self._worker.failed.connect(self._demo_failed)
        self._progress: QProgressDialog | None = None

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
        self.window.settings_changed.connect(lambda: self.triggers.set_idle_minutes(prefs.idle_minutes()))
        self.window.closed.connect(self._quit)
        self.window.sync.idle.connect(self._sync_idle)
        self.window.restore_position(self._position)
        self.window.show()
        self.triggers.start()
        self.reminders.start(session, agenda_coming=self.window.today.busy)
        self.window.today.refreshed.connect(self._today_worked_out)
        if session.keyring_skipped:
            self.window.statusBar().showMessage(
                self.tr(
                    "Opened with your passphrase alone: the keyring was not used this time. "
                    "The next unlock will try it again."
                ),
                60_000,
            )
        if self._notice:
            QMessageBox.information(self.window, self.tr("Safety Worker"), self._notice)
            self._notice = ""

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
        if self.window.sync.busy:  # a bundle is being written or applied: lock the moment it is done
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
            self._notice = (self._notice + "\n\n" if self._notice else "") + self.tr(
                "The app locked before the contact-log entry you were writing was added, so it was not kept. "
                "Please add it again."
            )
        self._teardown(locking=True)
        self.show_unlock()

    def _sync_idle(self) -> None:
        why, self._lock_after_sync = self._lock_after_sync, None
        if why is not None:
            self.lock(why)

    def _notice_in_window(self, text: str) -> None:
        """A reminder: in the status bar when unlocked, on the unlock screen when locked."""
        if self.window is not None:
            self.window.statusBar().showMessage(text, 30_000)
        elif isinstance(self.dialog, UnlockDialog):
            self.dialog.show_notice(text)

    def _teardown(self, locking: bool = False) -> None:
        """Close everything holding case data. Locking keeps only the times of today's coming safe windows
        (``Reminders.lock``); quitting keeps nothing."""
        self._lock_after_sync = None
        self.triggers.stop()
        if locking:
            self.reminders.lock()
        else:
            self.reminders.stop()
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
        if self.demo_dir is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(self.demo_dir)
            self.demo_dir = None
