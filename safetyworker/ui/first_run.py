"""First run: create a caseload, try the demo, or (with office sync) set up from an enrolment file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from safetyworker.errors import SafetyWorkerError, WeakPassphrase
from safetyworker.services.session import Session
from safetyworker.store.vault import Store, check_passphrase_strength
from safetyworker.ui import prefs
from safetyworker.ui.forms.ui_first_run import Ui_FirstRunDialog
from safetyworker.ui.look import repolish
from safetyworker.ui.worker import Worker


class FirstRunDialog(QDialog):
    demo_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        repolish(self)
        prefs.restore_geometry(self)
        self.folder = Path(folder)
        self.session: Session | None = None
        self._worker = Worker(self)
        self._worker.finished.connect(self._created)
        self._worker.failed.connect(self._failed)
        self.ui.location.setText(self.tr("Your caseload will be kept in {folder}").format(folder=self.folder))
        self.ui.createChoice.clicked.connect(lambda: self._page(1))
        self.ui.backButton.clicked.connect(lambda: self._page(0))
        self.ui.demoChoice.clicked.connect(self._demo)
        self.ui.enrolChoice.setEnabled(False)  # filled in by office sync (enrolment files)
        self.ui.passphrase.textChanged.connect(self._hint)
        self.ui.repeat.textChanged.connect(self._hint)
        self.ui.createButton.clicked.connect(self._create)
        self._page(0)

    def _page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        if index == 1:
            self.ui.passphrase.setFocus()
            self._hint()

    def _demo(self) -> None:
        self.demo_requested.emit()
        self.reject()

    def _hint(self) -> None:
        first, second = self.ui.passphrase.text(), self.ui.repeat.text()
        try:
            check_passphrase_strength(first)
            strong = True
        except WeakPassphrase as exc:
            strong = False
            self.ui.strength.setText(str(exc) if first else "")
        if strong:
            words = len(first.split())
            self.ui.strength.setText(
                self.tr("Good: a long passphrase.") if words >= 3 or len(first) >= 16 else self.tr("Long enough.")
            )
        match = bool(second) and first == second
        if second and not match:
            self.ui.error.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.ui.error.setText("")
        self.ui.createButton.setEnabled(strong and match)

    def _create(self) -> None:
        passphrase = self.ui.passphrase.text()
        if passphrase != self.ui.repeat.text():
            return
        self.ui.createButton.setEnabled(False)
        self.ui.backButton.setEnabled(False)
        self.ui.error.setText(self.tr("Creating your encrypted caseload… this takes a few seconds."))
        folder = self.folder
        self._worker.run(lambda: Session(Store.create(folder, passphrase)))

    def _created(self, session: Session) -> None:
        self.ui.passphrase.clear()
        self.ui.repeat.clear()
        self.session = session
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ui.backButton.setEnabled(True)
        self._hint()
        if isinstance(exc, SafetyWorkerError):
            self.ui.error.setText(str(exc))
        else:
            self.ui.error.setText(self.tr("Something went wrong while creating the caseload. Nothing was kept."))

    def done(self, result: int) -> None:
        prefs.save_geometry(self)
        super().done(result)
