"""Office: enrol a worker's laptop (the CLI's ``office enrol``). The coordinator types the worker's name and saves
the enrolment file (for example on a USB stick); the dialog then says what happens next, as the CLI prints it:
the office's six words the worker checks on their laptop, the file handed over in person and deleted once the
laptop is set up, and the laptop's own six words read back to the office when its first bundle arrives
(ui/confirm_words_dialog.py).

The same service and rules as the CLI (services/office.py ``enrol_to_file``): never over a file that is there
already, never inside a store folder (sync/files.py); if the file cannot be written, nobody is left enrolled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.office import OfficeService
from safetyworker.ui import look
from safetyworker.ui.enrol_pages import spaced_words
from safetyworker.ui.remembered_dialog import RememberedDialog, fit_on_screen
from safetyworker.ui.save_dialog import choose_save_path

# a neutral name: a lost USB stick does not say whose laptop the file sets up
SUGGESTED_NAME = "enrolment.json"


class EnrolWorkerDialog(RememberedDialog):
    def __init__(self, office: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EnrolWorkerDialog")
        self.setWindowTitle(self.tr("Enrol a worker"))
        self.office = office
        self.saved_path: Path | None = None
        self.worker_id: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Enrol a worker's laptop"), self, wordWrap=True)
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "This makes an enrolment file for one worker's laptop. Whoever holds the file can set up a laptop "
                "as that worker, so save it where only you can reach it and hand it over in person."
            ),
            self,
            wordWrap=True,
        )
        layout.addWidget(intro)

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("workerName")
        self.name.setAccessibleName(self.tr("The worker's name"))
        self.name.setMaxLength(200)
        self.name.textChanged.connect(self._update)
        form.addRow(self.tr("The worker's &name:"), self.name)
        layout.addLayout(form)

        self.saveButton = QPushButton(self.tr("&Save the enrolment file…"), self, autoDefault=False)
        self.saveButton.setObjectName("saveButton")
        self.saveButton.setAccessibleName(self.tr("Save the enrolment file for the worker"))
        self.saveButton.clicked.connect(self._choose_where)
        self.savedLine = QLabel(self, wordWrap=True)
        self.savedLine.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.saveButton)
        row.addWidget(self.savedLine, 1)
        layout.addLayout(row)

        self.nextPanel = QWidget(self)
        steps = QVBoxLayout(self.nextPanel)
        steps.setContentsMargins(0, 0, 0, 0)
        self.checkLine = QLabel(self.nextPanel, wordWrap=True)
        self.checkLine.setProperty("role", "section")
        steps.addWidget(self.checkLine)
        self.fingerprint = QLabel(self.nextPanel)
        self.fingerprint.setObjectName("officeFingerprint")
        self.fingerprint.setProperty("role", "fingerprint")
        self.fingerprint.setAccessibleName(self.tr("The office's six words"))
        steps.addWidget(self.fingerprint)
        self.nextSteps = QLabel(self.nextPanel, wordWrap=True)
        steps.addWidget(self.nextSteps)
        self.nextPanel.hide()
        layout.addWidget(self.nextPanel)

        self.error = QLabel(self, wordWrap=True)
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        look.repolish(self)
        self._update()
        self.resize(640, self.sizeHint().height())
        self.restore_geometry()

    def _update(self) -> None:
        self.saveButton.setEnabled(self.saved_path is None and bool(self.name.text().strip()))

    def _choose_where(self) -> None:
        chosen = choose_save_path(
            self,
            self.tr("Save the enrolment file"),
            self.tr("Enrolment files (*.json)"),
            "json",
            SUGGESTED_NAME,
        )
        if chosen is not None:
            self.save_to(chosen)

    def save_to(self, path: Path) -> bool:
        """Enrol the worker named and write their file at ``path`` (never over a file, never in a store folder);
        then say the next steps. False, with the reason said here, when nothing was made."""
        name = self.name.text().strip()
        if self.saved_path is not None or not name:
            return False
        if path.exists() or path.is_symlink():
            self.error.setText(
                self.tr(
                    "{name} is already there: choose another name. An enrolment file is never saved over a file."
                ).format(name=path.name)
            )
            return False
        try:
            result = self.office.enrol_to_file(name, path)
            words = self.office.fingerprint() or ""
        except SafetyWorkerError as exc:
            problem = getattr(exc, "problem", None) or str(exc)
            self.error.setText(self.tr("No enrolment file was made: {problem}").format(problem=problem))
            return False
        except OSError as exc:
            self.error.setText(
                self.tr("No enrolment file was made: it could not be saved in {folder} ({reason}).").format(
                    folder=path.parent, reason=exc.strerror or exc
                )
            )
            return False
        self.saved_path = path
        self.worker_id = result.worker_id
        self.error.clear()
        self.name.setReadOnly(True)
        self.savedLine.setText(self.tr("Saved as {path}.").format(path=path))
        self.checkLine.setText(
            self.tr(
                "Next, {name} sets up their laptop with this file (“Set up from an office enrolment file” when "
                "the app first opens). Their laptop shows the office's six words: check together they are these, "
                "in this order:"
            ).format(name=result.worker_name)
        )
        self.fingerprint.setText(spaced_words(words))
        self.nextSteps.setText(
            self.tr(
                "Hand the file over in person, never by email, and delete it once the laptop is set up. When "
                "{name}'s first bundle is imported here, the office asks for the six words their laptop shows: "
                "{name} reads them to you, in person or on the number you know."
            ).format(name=result.worker_name)
        )
        self.nextPanel.show()
        self._update()
        look.grow_to_fit(self)  # room for the next steps, whole
        fit_on_screen(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        return True
