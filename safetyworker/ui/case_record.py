"""The case record: the right-hand side of the main window.

It shows one case (``CaseService.show``, an audited view) and edits it as a whole; Save, Undo changes, Close
case and the questions before leaving are in ui/record_leaving.py. The contact log and notes are different:
they are append-only and an entry is kept the moment it is added. The safety plan is saved as a new version of
the plan (its own Save, or this one); an unsaved plan counts as an unsaved change of the record.

The record is built in layers, one job each: the form and its tabs (ui/record_tabs.py), the header and the
hold during an import (ui/record_header.py), saving and leaving (ui/record_leaving.py), the More menu
(ui/record_more_menu.py); this module shows a case and keeps its tabs in step with each other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.ui.case_form import empty_doc, fill_choices, read_case, write_case
from safetyworker.ui.field_errors import FieldErrors
from safetyworker.ui.forms.ui_case_record import Ui_CaseRecord
from safetyworker.ui.record_leaving import RecordLeaving
from safetyworker.ui.record_more_menu import RecordMoreMenu


class CaseRecordWidget(RecordLeaving, RecordMoreMenu):
    # case id, after a successful save or close
    case_saved = Signal(str)
    # office: the case was given to a worker (the sync status counts each worker's cases)
    case_assigned = Signal(str)
    # case id, after a contact log entry or a note was added (kept at once; not part of Save)
    history_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_CaseRecord()
        self.ui.setupUi(self)
        self._case_id: str | None = None
        self._doc: dict[str, Any] | None = None
        self._holder_line = ""
        self._baseline: dict[str, Any] | None = None
        self._active = False
        self._dirty = False
        self._loading = False
        self._held = ""
        self.errors = FieldErrors()

        ui = self.ui
        fill_choices(ui)
        self._align_cards()
        self._arrange_header()
        ui.saveButton.clicked.connect(self.save)
        # Ctrl+S as its own shortcut: a button's shortcut is wiped when its text is set (uic sets the text after
        # the shortcut). It works anywhere in the window while the record is shown.
        self.saveShortcut = QShortcut(QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WindowShortcut)
        self.saveShortcut.activated.connect(self._save_by_key)
        ui.revertButton.clicked.connect(self._revert)
        ui.closeCaseButton.clicked.connect(self._close_case)
        self._build_more_menu(session)
        self._assemble_tabs(session)
        self.plannedPanel.changed.connect(self._planned_changed)
        self.sharingPanel.changed.connect(self.history_changed)
        self.riskPanel.saved.connect(self._risk_saved)
        self.riskPanel.edited.connect(self._edited)
        ui.planPanel.changed.connect(self._edited)
        ui.planPanel.saved.connect(self._plan_saved)
        ui.logPanel.appended.connect(self._history_added)
        ui.logPanel.plan_changed.connect(self._plan_changed)
        ui.notesPanel.appended.connect(self._history_added)
        ui.contactPanel.changed.connect(self._edited)
        ui.childrenPanel.changed.connect(self._edited)
        for page in (ui.personPage, ui.harmPage):
            for widget in page.findChildren(QWidget):
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.textChanged.connect(self._edited)
                elif isinstance(widget, QCheckBox):
                    widget.toggled.connect(self._edited)
                elif isinstance(widget, QComboBox):
                    widget.currentIndexChanged.connect(self._edited)
                elif isinstance(widget, QSpinBox):
                    widget.valueChanged.connect(self._edited)
        self._wide: bool | None = None
        self._reflow()
        self.clear()

    # -- public interface -------------------------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        """Show the case (an audited view). Unsaved edits to the case shown before are dropped: the caller
        asks ``maybe_leave()`` first."""
        if self.session.cases is None:  # locked
            self.clear()
            return
        try:
            doc = self.session.cases.show(case_id)
        except SafetyWorkerError as exc:
            self.clear()
            self._banner(str(exc))
            return
        self._case_id = case_id
        self._doc = doc
        self._holder_line = self._holder_text(case_id)
        self._active = True
        self._populate(doc)
        self.ui.logPanel.case_place = doc.get("locality") or (doc.get("address") or {}).get("postcode") or ""
        self.ui.logPanel.set_case(case_id, doc["contact_methods"], doc["contact_log"])
        self.ui.notesPanel.set_case(case_id, doc["notes"])
        self.plannedPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self.ui.planPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self.riskPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self.sharingPanel.set_case(case_id, closed=doc.get("status") == "closed")
        self._enable_history(True)
        self._update_risk_tab()
        self._set_dirty(self._dirty)

    def new_case(self) -> None:
        self._case_id = None
        self._doc = None
        self._active = True
        self._populate(empty_doc())
        self.ui.logPanel.set_case(None, [], [])
        self.ui.notesPanel.set_case(None, [])
        self.plannedPanel.set_case(None)
        self.ui.planPanel.set_case(None)
        self.riskPanel.set_case(None)
        self.sharingPanel.set_case(None)
        self._enable_history(False)
        self.ui.tabs.setCurrentWidget(self.ui.personTab)
        self.ui.preferredName.setFocus()

    def clear(self) -> None:
        """Forget everything shown (the app is locking): no widget keeps any of the case."""
        self._case_id = None
        self._doc = None
        self._active = False
        self._populate(empty_doc())
        self.ui.contactPanel.clear()
        self.ui.childrenPanel.clear()
        self.ui.logPanel.clear()
        self.ui.notesPanel.clear()
        self.plannedPanel.clear()
        self.ui.planPanel.clear()
        self.riskPanel.clear()
        self.sharingPanel.clear()
        self._update_risk_tab()
        self._enable_history(False)
        self._baseline = None
        self.ui.title.setText("")
        self.ui.subtitle.setText("")
        self.ui.statusChip.setText("")
        self.ui.statusChip.hide()
        self.setWindowTitle("")
        self._banner("")
        self.ui.saveButton.setEnabled(False)
        self.ui.revertButton.setEnabled(False)
        self.ui.closeCaseButton.setEnabled(False)

    @property
    def case_id(self) -> str | None:
        return self._case_id

    def _release_text(self, days: int) -> str:
        """The header's release warning; a plural is filed under this class (see ui/record_header.py)."""
        return self.tr("Due for release in %n day(s)", "", days)

    # -- showing ----------------------------------------------------------------------------------------------
    def _populate(self, doc: dict[str, Any]) -> None:
        """Fill the editable parts from ``doc`` (the case as ``show`` gives it); the result is not dirty."""
        ui = self.ui
        self._loading = True
        try:
            self._clear_errors()
            write_case(ui, doc)
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # show the start of long text, not its end
        finally:
            self._loading = False
        self._baseline = self._snapshot()
        self._set_dirty(False)
        is_closed = doc.get("status") == "closed"
        ui.closeCaseButton.setEnabled(bool(self._case_id) and not is_closed and not self._held)
        ui.moreButton.setEnabled(bool(self._case_id))
        ui.closedBanner.setText(
            self.tr("This case is closed. Reason: {reason}").format(reason=doc.get("closed_reason") or "")
            if is_closed
            else ""
        )
        ui.closedBanner.setVisible(is_closed)

    def _snapshot(self) -> dict[str, Any]:
        doc = read_case(self.ui, strict=False)
        doc["removed"] = [self.ui.contactPanel.removed_ids(), self.ui.childrenPanel.removed_ids()]
        return doc

    def _edited(self, *_args: object) -> None:
        if self._loading or not self._active:
            return
        self._set_dirty(self._snapshot() != self._baseline)

    def _plan_saved(self, case_id: str) -> None:
        self._banner("")
        self._set_dirty(self._dirty)
        self.case_saved.emit(case_id)

    # -- the tabs kept in step --------------------------------------------------------------------------------
    def _plan_changed(self, case_id: str) -> None:
        """A service was added to the plan from the directory: show the new version, unless the plan is being
        edited (then the worker's edit stays, and the saved version shows when they leave it)."""
        if case_id == self._case_id and not self.ui.planPanel.is_dirty():
            self.ui.planPanel.set_case(case_id, closed=(self._doc or {}).get("status") == "closed")

    def _history_added(self, case_id: str) -> None:
        if case_id != self._case_id or self.session.cases is None:
            return
        doc = self.session.cases.history(case_id)
        self.ui.logPanel.show_log(doc["contact_log"])
        self.ui.notesPanel.show_notes(doc["notes"])
        if self._doc is not None:
            self._doc["contact_log"], self._doc["notes"] = doc["contact_log"], doc["notes"]
        self.plannedPanel.reload()  # a logged contact may have completed one
        if self.session.risk is not None:  # a logged incident asks for a review
            self.riskPanel.set_case(case_id, closed=(self._doc or {}).get("status") == "closed")
            self._update_risk_tab()
        self.history_changed.emit(case_id)

    def _risk_saved(self, case_id: str) -> None:
        """An assessment or referral was saved: the review it planned shows on the timetable and Today."""
        if case_id != self._case_id:
            return
        self.plannedPanel.reload()
        self.ui.logPanel.refresh_planned()
        self._update_risk_tab()
        self._set_dirty(self._dirty)
        self.case_saved.emit(case_id)

    def _planned_changed(self, case_id: str) -> None:
        """A contact was cancelled or planned by hand: the log form offers the open ones afresh."""
        if case_id != self._case_id:
            return
        self.ui.logPanel.refresh_planned()
        self.history_changed.emit(case_id)
