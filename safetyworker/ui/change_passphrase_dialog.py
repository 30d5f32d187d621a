"""Changing the passphrase from Settings: the current one, then a new one judged by the same strength rules as
at first run (keys/strength.py). The core re-wraps the data key (store/vault.py ``change_passphrase``); the
caseload itself is not touched, and a wrong current passphrase changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError, WrongPassphrase
from safetyworker.services.door import change_passphrase
from safetyworker.ui import look
from safetyworker.ui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from safetyworker.ui.passphrase_field import NewPassphrase, PassphraseFields
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.worker import Worker


class ChangePassphraseDialog(RememberedDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self.folder = Path(folder)
        self._worker = Worker(self)
        self._worker.finished.connect(self._changed)
        self._worker.failed.connect(self._failed)

        self.current = self.ui.currentPassphrase
        self.showCurrent = self.ui.showCurrent
        self.caps = self.ui.capsLock
        self.current_fields = PassphraseFields([self.current], self.showCurrent, self.caps)
        self.new: NewPassphrase = self.ui.newPassphraseFields
        self.error = self.ui.errorLabel
        self.buttons = self.ui.buttonBox
        self.changeButton = self.buttons.addButton(self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.changeButton.setProperty("primary", True)
        self.buttons.rejected.connect(self.reject)
        self.changeButton.clicked.connect(self._change)
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        look.repolish(self)
        self._update()
        self.resize(520, self.sizeHint().height())
        self.restore_geometry()  # the size it was left at, cut to the screen

    def _update(self) -> None:
        self.changeButton.setEnabled(bool(self.current.text()) and self.new.ready())

    def _change(self) -> None:
        if not self.changeButton.isEnabled():
            return
        folder, old, new = self.folder, self.current.text(), self.new.text()
        self.changeButton.setEnabled(False)
        self.buttons.setEnabled(False)  # once begun it finishes: Cancel would only hide that
        self.error.setText(self.tr("Changing your passphrase… this takes a few seconds."))
        self._worker.run(lambda: change_passphrase(folder, old, new))

    def _changed(self, _result: object) -> None:
        self.current.clear()
        self.new.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self._update()
        self.current.selectAll()
        if isinstance(exc, WrongPassphrase):
            self.error.setText(self.tr("That is not your current passphrase. Nothing was changed."))
            self.current.setFocus()
        elif isinstance(exc, SafetyWorkerError):
            self.error.setText(str(exc))
        else:
            self.error.setText(self.tr("Something went wrong. Your passphrase was not changed."))

    def reject(self) -> None:
        if not self.buttons.isEnabled():  # the key slots are being written: wait for the outcome
            return
        super().reject()
