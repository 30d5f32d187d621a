"""The case record's More menu: what is done with the case as a whole, less often, so the header keeps its room.

"Subject access copy…" (everything held about the person in one file, after a warning) and, at the office,
"Give to a worker…" (the CLI's "office assign"). Each says in the status bar what happened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow, QMenu

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.ui.assign_dialog import AssignDialog
from safetyworker.ui.record_header import RecordHeader
from safetyworker.ui.remembered_dialog import dispose, run_dialog
from safetyworker.ui.subject_access_dialog import SubjectAccessDialog


class RecordMoreMenu(RecordHeader):
    """The More menu (a base of ``CaseRecordWidget``, never made on its own)."""

    case_assigned: Any  # the record's signal: office, the case was given to a worker

    def _build_more_menu(self, session: Session) -> None:
        ui = self.ui
        self.moreMenu = QMenu(self)
        self.moreMenu.setToolTipsVisible(True)  # says why the copy waits while a bundle is imported
        self.actionSubjectAccess = self.moreMenu.addAction(self.tr("Subject access copy…"))
        self.actionSubjectAccess.triggered.connect(self._subject_access)
        # the office gives a case to a worker, or moves it to another (the CLI's "office assign")
        self.actionAssign = self.moreMenu.addAction(self.tr("Give to a worker…"))
        self.actionAssign.setObjectName("actionAssign")
        self.actionAssign.setVisible(session.role == "office")
        self.actionAssign.triggered.connect(self._assign)
        ui.moreButton.setMenu(self.moreMenu)
        ui.moreButton.setEnabled(False)

    def _subject_access(self) -> None:
        """Everything held about this person in one file, after a warning (ui/subject_access_dialog.py)."""
        if not self._case_id or self._held:
            return
        dialog = SubjectAccessDialog(self.session, self._case_id, self)
        dialog.saved.connect(self._subject_access_saved)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)

    def _subject_access_saved(self, name: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            text = self.tr("Saved the subject access copy as {name}. Give it to the person safely, then delete it.")
            window.statusBar().showMessage(text.format(name=name), 30_000)

    def _assign(self) -> None:
        """Office: choose the worker the case goes to; the status bar says what happens next."""
        office = self.session.office
        if not self._case_id or office is None or self.session.role != "office":
            return
        case_id, name = self._case_id, self.ui.title.text().rstrip(" •")
        dialog = AssignDialog(self.session, name, office.holder(case_id), self)
        try:
            if not run_dialog(dialog) or (chosen := dialog.chosen()) is None:
                return
            office.assign(case_id, chosen[0])
        except SafetyWorkerError as exc:
            self._banner(self.tr("The case was not given: {problem}").format(problem=getattr(exc, "problem", exc)))
            return
        finally:
            dispose(dialog)
        window = self.window()
        if isinstance(window, QMainWindow):
            text = self.tr("{name}'s case goes to {worker} with the next bundle you make for them.")
            window.statusBar().showMessage(text.format(name=name, worker=chosen[1]), 30_000)
        self._holder_line = self._holder_text(case_id)
        self._update_header()
        self.case_assigned.emit(case_id)
