"""First run: create a caseload, try the demo, or set up from an office enrolment file (enrol_pages.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from safetyworker.errors import KeyringUnavailable, SafetyWorkerError
from safetyworker.keys import strength
from safetyworker.services.door import ASK, FILE, Enrolment, create_laptop, create_store, read_enrolment
from safetyworker.services.session import Session
from safetyworker.ui import look, prefs
from safetyworker.ui.enrol_pages import EnrolCheckPage, EnrolDonePage
from safetyworker.ui.forms.ui_first_run import Ui_FirstRunDialog
from safetyworker.ui.passphrase_field import PassphraseFields
from safetyworker.ui.save_dialog import choose_open_path
from safetyworker.ui.worker import Worker

CHOOSE, CREATE, ENROL_CHECK, ENROL_DONE = range(4)


class FirstRunDialog(QDialog):
    demo_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        look.repolish(self)
        prefs.restore_geometry(self)
        self.folder = Path(folder)
        self.session: Session | None = None
        self._worker = Worker(self)
        self._worker.finished.connect(self._created)
        self._worker.failed.connect(self._failed)
        self.ui.location.setText(self.tr("Your caseload will be kept in {folder}").format(folder=self.folder))
        self.ui.createChoice.clicked.connect(self._choose_create)
        self.ui.backButton.clicked.connect(self._back)
        self.ui.demoChoice.clicked.connect(self._demo)
        # setting up from an office enrolment file: check the office, the passphrase page, this laptop's words
        self.enrolment: Enrolment | None = None
        self._enrolment_file: Path | None = None
        self.enrol_check = EnrolCheckPage(self)
        self.enrol_done = EnrolDonePage(self)
        self.ui.pages.addWidget(self.enrol_check)
        self.ui.pages.addWidget(self.enrol_done)
        self.ui.enrolChoice.clicked.connect(self._choose_enrolment_file)
        self.enrol_check.ui.backButton.clicked.connect(lambda: self._page(CHOOSE))
        self.enrol_check.ui.continueButton.clicked.connect(lambda: self._page(CREATE))
        self.enrol_done.ui.openButton.clicked.connect(self.accept)
        self.fields = PassphraseFields([self.ui.passphrase, self.ui.repeat], self.ui.showPassphrase, self.ui.capsLock)
        self.ui.passphrase.textChanged.connect(self._hint)
        self.ui.repeat.textChanged.connect(self._hint)
        self.ui.createButton.clicked.connect(lambda: self._create(ASK))
        self.ui.keyringFileButton.clicked.connect(lambda: self._create(FILE))  # the worker agreed to a file
        self._page(0)

    def _page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        if index == CREATE:
            enrolling = self.enrolment is not None
            self.ui.createButton.setText(self.tr("Set up this laptop") if enrolling else self.tr("Create my caseload"))
            self.ui.passphrase.setFocus()
            self._hint()

    def _choose_create(self) -> None:
        self.enrolment = None
        self._page(CREATE)

    def _back(self) -> None:
        self._page(CHOOSE if self.enrolment is None else ENROL_CHECK)

    def _choose_enrolment_file(self) -> None:
        """Read the office's file (small, checked field by field) and show whose office it names."""
        self.ui.chooseError.clear()
        chosen = choose_open_path(
            self,
            self.tr("Choose the enrolment file from your office"),
            self.tr("Enrolment files (*.json);;All files (*)"),
        )
        if chosen is not None:
            self.use_enrolment_file(chosen)

    def use_enrolment_file(self, path: Path) -> bool:
        """Go on with ``path``: its office to check, or its one-line refusal on the first page."""
        try:
            enrolment = read_enrolment(path)
        except SafetyWorkerError as exc:
            self.ui.chooseError.setText(str(exc))
            return False
        self.enrolment = enrolment
        self._enrolment_file = path
        self.enrol_check.show_enrolment(enrolment)
        self._page(ENROL_CHECK)
        return True

    def _demo(self) -> None:
        self.demo_requested.emit()
        self.reject()

    def _hint(self) -> None:
        """The strength estimate as the worker types (a meter and one plain sentence), and whether both entries
        match; "Create" only for a passphrase the core will accept."""
        first, second = self.ui.passphrase.text(), self.ui.repeat.text()
        related = (self.enrolment.office_name, self.enrolment.worker_name) if self.enrolment is not None else ()
        judged = strength.estimate(first, related)
        self.ui.strengthMeter.setValue(judged.score + 1 if first else 0)  # a weak one still shows red
        look.set_role(self.ui.strengthMeter, "strong" if judged.acceptable else "weak")
        self.ui.strength.setText(judged.hint)
        match = bool(second) and first == second
        if second and not match:
            self.ui.error.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.ui.error.setText("")
        self.ui.createButton.setEnabled(judged.acceptable and match)

    def _create(self, without_keyring: str = ASK) -> None:
        """``without_keyring``: ``FILE`` once the worker chose to keep the secret in a file (the keyring said no)."""
        passphrase = self.ui.passphrase.text()
        if passphrase != self.ui.repeat.text():
            return
        self.ui.createButton.setEnabled(False)
        self.ui.backButton.setEnabled(False)
        self.ui.keyringFileButton.hide()
        self.ui.error.setText(self.tr("Creating your encrypted caseload… this takes a few seconds."))
        folder, enrolment = self.folder, self.enrolment
        if enrolment is None:
            self._worker.run(lambda: create_store(folder, passphrase, without_keyring=without_keyring))
        else:
            self._worker.run(lambda: _enrolled_session(folder, passphrase, enrolment, without_keyring))

    def _created(self, result: Session | tuple[Session, str]) -> None:
        self.ui.passphrase.clear()
        self.ui.repeat.clear()
        self.fields.hide_again()
        if isinstance(result, Session):
            self.session = result
            self.accept()
            return
        # Held from now on: closing the dialog at the last page still opens the new caseload.
        self.session, words = result
        self.enrol_done.show_laptop(words, self._enrolment_file)
        self._page(ENROL_DONE)

    def _failed(self, exc: Exception) -> None:
        self.ui.backButton.setEnabled(True)
        self._hint()
        if isinstance(exc, SafetyWorkerError):
            self.ui.error.setText(str(exc))
        else:
            self.ui.error.setText(self.tr("Something went wrong while creating the caseload. Nothing was kept."))
        # the keyring is locked or failing: "Create" tries it again; this button is the worker's yes to a file
        keyring_said_no = isinstance(exc, KeyringUnavailable)
        self.ui.keyringFileButton.setVisible(keyring_said_no)
        if keyring_said_no:
            self.ui.createButton.setText(self.tr("Try the keyring again"))

    def done(self, result: int) -> None:
        prefs.save_geometry(self)
        super().done(result)


def _enrolled_session(
    folder: Path, passphrase: str, enrolment: Enrolment, without_keyring: str = ASK
) -> tuple[Session, str]:
    """Off the GUI thread: the laptop store (key derivation, device keys, the office recovery slot)."""
    session = create_laptop(folder, passphrase, enrolment, without_keyring=without_keyring)
    assert session.sync is not None
    return session, session.sync.device_fingerprint() or ""
