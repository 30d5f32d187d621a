"""Changing the passphrase from Settings: the current one, then a new one judged by the same strength rules as
at first run (keys/strength.py). The core re-wraps the data key (store/vault.py ``change_passphrase``); the
caseload itself is not touched, and a wrong current passphrase changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from safetyworker.errors import SafetyWorkerError, WrongPassphrase
from safetyworker.services.door import change_passphrase
from safetyworker.ui import look
from safetyworker.ui.passphrase_field import NewPassphrase, PassphraseFields
from safetyworker.ui.worker import Worker


class ChangePassphraseDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.folder = Path(folder)
        self._worker = Worker(self)
        self._worker.finished.connect(self._changed)
        self._worker.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        intro = QLabel(
            self.tr(
                "Your caseload stays as it is; from now on it opens with the new passphrase. Nobody at the "
                "office can read it back to you."
            ),
            self,
            wordWrap=True,
        )
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.current.setObjectName("currentPassphrase")
        form.addRow(self.tr("C&urrent passphrase"), self.current)
        self.showCurrent = QCheckBox(self.tr("Show it"), self)
        self.showCurrent.setObjectName("showCurrent")
        self.caps = QLabel(self, wordWrap=True)
        self.caps.setProperty("role", "warning")
        form.addRow("", self.showCurrent)
        form.addRow("", self.caps)
        self.current_fields = PassphraseFields([self.current], self.showCurrent, self.caps)
        layout.addLayout(form)
        self.new = NewPassphrase(self)
        layout.addWidget(self.new)
        self.error = QLabel(self, wordWrap=True)
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.changeButton = self.buttons.addButton(self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.changeButton.setProperty("primary", True)
        self.buttons.rejected.connect(self.reject)
        self.changeButton.clicked.connect(self._change)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        look.repolish(self)
        self._update()
        self.resize(520, self.sizeHint().height())

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
