"""Unlocking: passphrase, a visible protection level, and a growing pause after each wrong try.

When the keyring is locked or fails, the dialog says so and lets the worker choose: try the keyring again,
open with the passphrase alone this time, or keep the secret in a file from now on (reduced protection). The
secret never moves into a file without that click."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from safetyworker.errors import KeyringUnavailable, SafetyWorkerError, WrongPassphrase
from safetyworker.services.door import ASK, FILE, KEYRING, ONCE, device_secret_location, open_session
from safetyworker.ui import look, prefs
from safetyworker.ui.forms.ui_unlock_dialog import Ui_UnlockDialog
from safetyworker.ui.passphrase_field import PassphraseFields
from safetyworker.ui.worker import Worker

if TYPE_CHECKING:
    from safetyworker.services.session import Session

MAX_PAUSE_SECONDS = 30


def pause_after(failures: int) -> int:
    """Seconds to wait after the n-th wrong passphrase in a row: 1, 2, 4, 8 … up to 30."""
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_PAUSE_SECONDS)


class UnlockDialog(QDialog):
    def __init__(self, folder: Path, demo_hint: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        prefs.restore_geometry(self)
        self.folder = Path(folder)
        self.session: Session | None = None
        self.failures = 0
        self._wait_left = 0
        self._demo = demo_hint is not None
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._worker = Worker(self)
        self._worker.finished.connect(self._unlocked)
        self._worker.failed.connect(self._failed)
        self.ui.unlockButton.clicked.connect(self._try_unlock)
        self.ui.passphrase.returnPressed.connect(self._try_unlock)
        self.ui.quitButton.clicked.connect(self.reject)
        self.fields = PassphraseFields([self.ui.passphrase], self.ui.showPassphrase, self.ui.capsLock)
        self.ui.forgotButton.clicked.connect(self._forgotten)
        self.ui.keyringRetryButton.clicked.connect(lambda: self._try_unlock(ASK))
        self.ui.keyringOnceButton.clicked.connect(lambda: self._try_unlock(ONCE))
        self.ui.keyringFileButton.clicked.connect(lambda: self._try_unlock(FILE))
        self.ui.location.setText(self.tr("Caseload: {folder}").format(folder=self.folder))
        self.ui.location.setToolTip(str(self.folder))
        if demo_hint:
            self.ui.intro.setText(self.tr("This is the demo caseload. Its passphrase is: {p}").format(p=demo_hint))
        self._show_protection()

    def _forgotten(self) -> None:
        """The office recovery steps (a request file, the office's answer and code, a new passphrase)."""
        from safetyworker.ui.recovery_dialog import RecoveryDialog
        from safetyworker.ui.remembered_dialog import dispose, run_dialog

        dialog = RecoveryDialog(self.folder, self)
        try:
            recovered = run_dialog(dialog)
        finally:
            dispose(dialog)
        if recovered:
            self._set_error(self.tr("Your new passphrase is set. Type it to open your caseload."))
            self.ui.passphrase.clear()
            self.ui.passphrase.setFocus()

    def _show_protection(self) -> None:
        try:
            location = device_secret_location(self.folder)
        except SafetyWorkerError as exc:
            self._set_error(str(exc))
            self.ui.unlockButton.setEnabled(False)
            return
        if location == KEYRING:
            text = self.tr("Protected by your passphrase and this laptop's keyring.")
        else:
            text = self.tr(
                "Reduced protection: this laptop has no keyring, so the caseload relies on your passphrase "
                "alone. Ask your office about setting up a keyring."
            )
        self.ui.protection.setText(text)

    def show_notice(self, text: str) -> None:
        """A discreet reminder raised while locked ("A safe time to call has started: unlock to see")."""
        self.ui.notice.setText(text)
        self.ui.notice.setVisible(bool(text))

    def _set_error(self, text: str) -> None:
        self.ui.error.setText(text)

    def _try_unlock(self, without_keyring: str = ASK) -> None:
        """``without_keyring``: the worker's choice after the keyring said no (see ``Store.unlock``)."""
        if self._wait_left > 0 or not self.ui.unlockButton.isEnabled():
            return
        passphrase = self.ui.passphrase.text()
        if not passphrase:
            self._set_error(self.tr("Type your passphrase first."))
            return
        self._busy(True)
        self.ui.keyringPanel.hide()
        self._set_error("")
        self.ui.error.setText(
            self.tr("Opening with your passphrase alone… this takes a few seconds.")
            if without_keyring != ASK
            else self.tr("Opening…")
        )
        folder, demo = self.folder, self._demo
        self._worker.run(lambda: open_session(folder, passphrase, without_keyring=without_keyring, demo=demo))

    def _busy(self, busy: bool) -> None:
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.passphrase.setEnabled(not busy)
        self.ui.forgotButton.setEnabled(not busy)
        for button in (self.ui.keyringRetryButton, self.ui.keyringOnceButton, self.ui.keyringFileButton):
            button.setEnabled(not busy)

    def _keyring_said_no(self, exc: KeyringUnavailable) -> None:
        """Keep the passphrase typed, say what happened, and offer the three ways on; nothing was written."""
        self._set_error("")
        self.ui.keyringMessage.setText(str(exc))
        self.ui.keyringPanel.show()
        self.ui.keyringRetryButton.setFocus()
        look.grow_to_fit(self)  # the message and three choices: grow rather than squash the text

    def showEvent(self, event: QShowEvent) -> None:
        """A size remembered from an older version of this dialog (fewer lines) grows to show every line."""
        super().showEvent(event)
        look.grow_to_fit(self)

    def _unlocked(self, session: Session) -> None:
        self.ui.passphrase.clear()
        self.fields.hide_again()
        self.session = session
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ui.passphrase.selectAll()
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            self._wait_left = pause_after(self.failures)
            self._tick(first=True)
            self._countdown.start()
            return
        self._busy(False)
        if isinstance(exc, KeyringUnavailable):
            self._keyring_said_no(exc)
        elif isinstance(exc, SafetyWorkerError):
            self._set_error(str(exc))
        else:
            self._set_error(self.tr("Something went wrong while opening the caseload. Nothing was changed."))

    def _tick(self, first: bool = False) -> None:
        if not first:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self._wait_left = 0
            self._busy(False)
            self.ui.passphrase.setFocus()
            self._set_error(self.tr("That passphrase is not right. Please try again."))
            return
        self._set_error(self.tr("That passphrase is not right. You can try again in {n} s.").format(n=self._wait_left))

    def done(self, result: int) -> None:
        self._countdown.stop()
        prefs.save_geometry(self)
        super().done(result)
