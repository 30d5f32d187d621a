"""Import a caseload from a spreadsheet (saved as CSV), the desktop's way to the CLI's ``case import-csv``.

The same rule as the CLI (services/case_import.py): every row is checked and every problem listed row by row,
so the whole file can be put right in one go; nothing is added while a row has a problem, unless the worker
chose to skip those rows; a row that is someone already on the caseload is refused unless the worker says these
are different people. The columns are described in docs/interchange.md."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.records.csv_import import read_cases_csv
from safetyworker.services.case_import import MAX_INPUT_BYTES, ImportOutcome, import_rows
from safetyworker.services.session import Session
from safetyworker.ui import look
from safetyworker.ui.forms.ui_csv_import_dialog import Ui_CsvImportDialog
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.save_dialog import choose_open_path
from safetyworker.ui.worker import Worker


class CsvImportDialog(RememberedDialog):
    imported = Signal(list)  # the ids of the cases added

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CsvImportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.path: Path | None = None
        self._worker = Worker(self)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)

        self.chooseButton = self.ui.chooseButton
        self.chooseButton.clicked.connect(self._choose)
        self.fileName = self.ui.fileName
        self.skipBad = self.ui.skipBad
        self.allowDuplicates = self.ui.allowDuplicates
        self.messagesLabel = self.ui.messagesLabel
        self.messages = self.ui.messages
        self.summary = self.ui.summary
        self.buttons = self.ui.buttonBox
        self.importButton = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.importButton.setProperty("primary", True)
        self.importButton.setEnabled(False)
        self.importButton.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        look.repolish(self)
        self.restore_geometry()  # the size it was left at, cut to the screen

    def _choose(self) -> None:
        chosen = choose_open_path(
            self, self.tr("Choose the spreadsheet (CSV)"), self.tr("CSV files (*.csv);;All files (*)")
        )
        if chosen is not None:
            self.use_file(chosen)

    def use_file(self, path: Path) -> None:
        self.path = path
        self.fileName.setText(str(path))
        self.messages.clear()
        self.summary.clear()
        self.importButton.setEnabled(True)
        self.importButton.setFocus()

    def run_import(self) -> None:
        if self.path is None or not self.importButton.isEnabled() or self.session.cases is None:
            return
        self.importButton.setEnabled(False)
        self.chooseButton.setEnabled(False)
        self.summary.setText(self.tr("Checking every row…"))
        path, cases = self.path, self.session.cases
        skip, allow = self.skipBad.isChecked(), self.allowDuplicates.isChecked()
        hint = self.tr('tick "different people" and import again')
        too_big = self.tr("{name} is too big to be a caseload.").format(
            name=path.name
        )  # words made here, not in the thread

        def work() -> ImportOutcome:
            with open(path, "rb") as f:
                data = f.read(MAX_INPUT_BYTES + 1)
            if len(data) > MAX_INPUT_BYTES:
                raise SafetyWorkerError(too_big)
            good, problems = read_cases_csv(data)
            return import_rows(cases, good, problems, skip_bad=skip, allow_duplicates=allow, allow_hint=hint)

        self._worker.run(work)

    def _done(self, outcome: ImportOutcome) -> None:
        self.chooseButton.setEnabled(True)
        self.importButton.setEnabled(True)
        lines = [
            self.tr("Line {line}, {field}: {problem}").format(line=p.line, field=p.field, problem=p.message)
            for p in outcome.problems
        ]
        self.messages.setPlainText("\n".join(lines))
        if outcome.refused:
            rows = len({p.line for p in outcome.problems})
            text = self.tr("Nothing was imported: %n row(s) need correcting (see the messages above).", "", rows)
            look.set_role(self.summary, "error")
        else:
            text = self.tr("Imported %n case(s).", "", len(outcome.ids))
            if outcome.problems:
                text += " " + self.tr("The rows listed above were skipped.")
            look.set_role(self.summary, "")
            self.importButton.setEnabled(False)  # imported once: the same file again would only be refused
            self.imported.emit(outcome.ids)
        self.summary.setText(text)

    def _failed(self, exc: Exception) -> None:
        self.chooseButton.setEnabled(True)
        self.importButton.setEnabled(True)
        look.set_role(self.summary, "error")
        if isinstance(exc, SafetyWorkerError):  # the file as a whole (not UTF-8, no header, a column unknown…)
            self.summary.setText(self.tr("Nothing was imported: {why}").format(why=exc))
        elif isinstance(exc, OSError):
            self.summary.setText(self.tr("The file could not be read. Nothing was imported."))
        else:
            self.summary.setText(self.tr("Something went wrong. Nothing was imported."))
