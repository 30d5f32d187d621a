"""Saving a subject access copy from the case (docs/data-protection.md): a warning first (what the file holds,
keep it safe), the format, and other people's details only with a reason; then a save dialog. The copy is
made and written off the GUI thread, through sync/files.py (never over a file the worker did not agree to
replace, never inside a store folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.sync import files
from safetyworker.ui import look
from safetyworker.ui.forms.ui_subject_access_dialog import Ui_SubjectAccessDialog
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.save_dialog import choose_save_path
from safetyworker.ui.worker import Worker


class SubjectAccessDialog(RememberedDialog):
    saved = Signal(str)  # the file's name

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SubjectAccessDialog()
        self.ui.setupUi(self)
        self.session = session
        self.case_id = case_id
        self._worker: Worker | None = None
        self.ui.format.addItem(self.tr("PDF, for the person to read"), "pdf")
        self.ui.format.addItem(self.tr("JSON, for another system"), "json")
        self.ui.format.setAccessibleName(self.tr("Format"))
        self.ui.reason.setAccessibleName(self.tr("Why other people's details are included"))
        self.ui.reason.setPlaceholderText(self.tr("For example: court order of 3 March"))
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save…"))
        self.ui.buttonBox.accepted.connect(self.choose_and_save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.includeThirdParties.toggled.connect(self._changed)
        self.ui.reason.textChanged.connect(self._changed)
        look.say(self.ui.message, "")
        self._changed()
        self.restore_geometry()

    def _changed(self) -> None:
        include = self.ui.includeThirdParties.isChecked()
        self.ui.reasonLabel.setEnabled(include)
        self.ui.reason.setEnabled(include)
        busy = self._worker is not None
        self.save_button.setEnabled(not busy and (not include or bool(self.ui.reason.text().strip())))

    def fmt(self) -> str:
        return str(self.ui.format.currentData())

    def choose_and_save(self) -> None:
        suffix = self.fmt()
        name_filter = self.tr("PDF files (*.pdf)") if suffix == "pdf" else self.tr("JSON files (*.json)")
        chosen = choose_save_path(
            self, self.tr("Save the subject access copy"), name_filter, suffix, f"subject-access.{suffix}"
        )
        if chosen is None:
            return
        self.save_to(chosen, force=True)  # the save dialog asked before replacing a file

    def save_to(self, path: Path, force: bool = False) -> None:
        """Make the copy and write it, off the GUI thread; the dialog closes once it is saved."""
        service = self.session.subject_access
        if service is None:
            return
        include = self.ui.includeThirdParties.isChecked()
        reason = self.ui.reason.text() if include else ""
        fmt = self.fmt()
        try:
            files.new_file(path, force=force)  # said at once, before anything is made
            service.check(fmt, include, reason)
        except SafetyWorkerError as exc:
            look.say(self.ui.message, self.tr("Not saved: {p}").format(p=_problem(exc)), True)
            return

        def work() -> str:
            data = service.export(self.case_id, fmt, include, reason)
            files.new_file(path, force=force)
            files.write_private(path, data)
            return path.name

        look.say(self.ui.message, self.tr("Making the copy…"))
        self._worker = Worker(self)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._changed()
        self._worker.run(work)

    def _done(self, name: object) -> None:
        self._worker = None
        self.saved.emit(str(name))
        self.accept()

    def _failed(self, exc: object) -> None:
        self._worker = None
        problem = _problem(exc) if isinstance(exc, SafetyWorkerError) else self.tr("something went wrong")
        look.say(self.ui.message, self.tr("Not saved: {p}").format(p=problem), True)
        self._changed()


def _problem(exc: SafetyWorkerError) -> str:
    return str(getattr(exc, "problem", exc))
