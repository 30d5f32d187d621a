"""A forgotten passphrase, from the unlock screen: the three steps of the office recovery (sync/recovery.py;
the CLI's ``recover request`` and ``recover finish``) in one dialog.

1. Save a request file to take to the office (it opens nothing on its own: only the office's key can).
2. Choose the office's answer file and type the recovery code the office reads out by phone.
3. Choose a new passphrase. The caseload itself is never touched; only the key slots are made again.

A caseload that was not set up from an office enrolment file has no office recovery slot: the dialog says so
plainly rather than promise help that cannot come."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError, WrongPassphrase
from safetyworker.services import recovery
from safetyworker.sync import files
from safetyworker.ui import look
from safetyworker.ui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from safetyworker.ui.passphrase_field import NewPassphrase
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.save_dialog import choose_open_path, choose_save_path
from safetyworker.ui.worker import Worker


class RecoveryDialog(RememberedDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.folder = Path(folder)
        self.answer_path: Path | None = None
        self._worker = Worker(self)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)

        self.intro = self.ui.intro
        self.steps = self.ui.steps
        self.requestButton = self.ui.requestButton
        self.requestButton.clicked.connect(self._save_request)
        self.requestSaved = self.ui.requestSaved
        self.answerButton = self.ui.answerButton
        self.answerButton.clicked.connect(self._choose_answer)
        self.answerChosen = self.ui.answerChosen
        self.code = self.ui.recoveryCode
        self.new: NewPassphrase = self.ui.newPassphraseFields
        self.error = self.ui.errorLabel
        self.buttons = self.ui.buttonBox
        self.finishButton = self.buttons.addButton(
            self.tr("Set my new passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.finishButton.setProperty("primary", True)
        self.buttons.rejected.connect(self.reject)
        self.finishButton.clicked.connect(self._finish)
        self.code.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        look.repolish(self)

        try:
            self._request: bytes | None = recovery.request(self.folder)
        except SafetyWorkerError as exc:
            self._request = None
            self.intro.setText(
                self.tr(
                    "{why} Without the passphrase nobody can open this caseload, not even the office: that is "
                    "what keeps it safe on a lost laptop."
                ).format(why=exc)
            )
            self.steps.hide()
            self.finishButton.hide()
        else:
            self.intro.setText(
                self.tr(
                    "Nothing in your caseload is lost. Your office can open it again for you in three steps, "
                    "and you choose a new passphrase at the end."
                )
            )
        self._update()
        self.resize(620, self.sizeHint().height())
        self.restore_geometry()  # the size it was left at, cut to the screen

    def _update(self) -> None:
        self.finishButton.setEnabled(
            self.answer_path is not None and bool(self.code.text().strip()) and self.new.ready()
        )

    def _save_request(self) -> None:
        chosen = choose_save_path(
            self, self.tr("Save the request file"), self.tr("Request files (*.json)"), "json", "recovery-request.json"
        )
        if chosen is not None:
            self.save_request(chosen)

    def save_request(self, path: Path) -> bool:
        """Step 1: write the request (the save dialog already asked before replacing a file)."""
        try:
            target = files.new_file(path, force=True)
            files.write_private(target, self._request or b"")
        except SafetyWorkerError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.requestSaved.setText(self.tr("Saved as {path}. Take it to your office.").format(path=target))
        return True

    def _choose_answer(self) -> None:
        chosen = choose_open_path(
            self, self.tr("Choose the answer file from your office"), self.tr("Answer files (*.json);;All files (*)")
        )
        if chosen is not None:
            self.use_answer(chosen)

    def use_answer(self, path: Path) -> None:
        """Step 2: the answer file, checked only when the code is used (it opens nothing without it)."""
        self.answer_path = path
        self.answerChosen.setText(path.name)
        self.code.setFocus()
        self._update()

    def _finish(self) -> None:
        if not self.finishButton.isEnabled() or self.answer_path is None:
            return
        folder, answer, words, new = self.folder, self.answer_path, self.code.text(), self.new.text()
        self.finishButton.setEnabled(False)
        self.buttons.setEnabled(False)  # once begun it finishes: Cancel would only hide that
        self.error.setText(self.tr("Checking the code and setting your new passphrase… this takes a few seconds."))
        self._worker.run(lambda: recovery.finish(folder, answer, words, new))

    def _done(self, _result: object) -> None:
        self.new.clear()
        self.code.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self._update()
        if isinstance(exc, WrongPassphrase):
            self.error.setText(
                self.tr("That recovery code does not match. Check it with the office; nothing was changed.")
            )
        elif isinstance(exc, SafetyWorkerError):
            self.error.setText(str(exc))
        else:
            self.error.setText(self.tr("Something went wrong. Nothing was changed."))

    def reject(self) -> None:
        if not self.buttons.isEnabled():  # the key slots are being written: wait for the outcome
            return
        super().reject()
