"""Saving, undoing and leaving the case record: Save (Ctrl+S), Undo changes, Close case…, and the questions
asked before the record shows something else (changes not saved; a contact-log entry typed but not added).

Save builds the whole case in the interchange format from the widgets and hands it to ``CaseService.update``
(or ``add`` for a new case), which checks everything before writing anything: either all of it is saved, or
none of it, and a problem is shown beside the field it is about (the tab changed, the contact method or child
chosen). An unsaved safety plan or risk checklist is saved first, by its own panel.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.ui.case_form import empty_doc, field_widgets, read_case
from safetyworker.ui.close_case_dialog import CloseCaseDialog
from safetyworker.ui.field_errors import FieldErrors, field_label
from safetyworker.ui.record_header import RecordHeader
from safetyworker.ui.remembered_dialog import dispose, run_dialog

_LIST_ITEM = re.compile(r"(contact_methods|children)\[(\d+)\](?:\.(.*))?$")


class RecordLeaving(RecordHeader):
    """Save, undo, close and leave (a base of ``CaseRecordWidget``, never made on its own)."""

    errors: FieldErrors
    case_saved: Any  # the record's signal: case id, after a successful save or close

    # -- what the record itself supplies ---------------------------------------------------------------------
    def load(self, case_id: str) -> None:
        """Show the case as saved (``CaseRecordWidget.load``)."""
        raise NotImplementedError

    def _populate(self, doc: dict[str, Any]) -> None:
        """Fill the editable parts from ``doc`` (``CaseRecordWidget._populate``)."""
        raise NotImplementedError

    # -- saving ----------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what changed: the plan (as a new version) first, then the rest of the record."""
        if not self._active or self.session.cases is None or self._held:
            return False
        self._clear_errors()
        plan = self.ui.planPanel
        if plan.is_dirty():
            if not plan.save():
                self.ui.tabs.setCurrentWidget(self.ui.planTab)
                self._banner(self.tr("Not saved: the safety plan has a problem, shown on its tab."))
                return False
            if not self._dirty and self._case_id:
                self._set_dirty(False)
                return True
        if self.riskPanel.is_dirty():
            if not self.riskPanel.save():
                self.ui.tabs.setCurrentWidget(self.riskTab)
                self._banner(self.tr("Not saved: the risk assessment has a problem, shown on its tab."))
                return False
            if not self._dirty and self._case_id:
                self._set_dirty(False)
                return True
        panel, children = self.ui.contactPanel, self.ui.childrenPanel
        try:
            doc = read_case(self.ui, strict=True)
            if self._case_id:
                doc["contact_methods"] += [{"id": i, "remove": True} for i in panel.removed_ids()]
                doc["children"] += [{"id": i, "remove": True} for i in children.removed_ids()]
                self.session.cases.update(self._case_id, doc)
                case_id = self._case_id
            else:
                case_id = self.session.cases.add(doc)[0]
        except InvalidInput as exc:
            self._show_invalid(exc)
            return False
        except SafetyWorkerError as exc:
            self._banner(self.tr("Not saved: {problem}").format(problem=exc))
            return False
        tab = self.ui.tabs.currentIndex()
        method_row, child_row = panel.current_row(), children.current_row()
        self.load(case_id)
        self.ui.tabs.setCurrentIndex(tab)
        if method_row >= 0:
            panel.select(min(method_row, len(panel.saved_methods()) - 1))
        if child_row >= 0:
            children.select(child_row)
        self.case_saved.emit(case_id)
        return True

    def _save_by_key(self) -> None:
        """Ctrl+S does what the Save button does, when the button could be pressed."""
        if self.ui.saveButton.isEnabled():
            self.save()

    # -- leaving ----------------------------------------------------------------------------------------------
    def has_unadded_log_entry(self) -> bool:
        """A contact-log entry was typed but not added (it is not part of Save, so it is asked about apart)."""
        return self.ui.logPanel.has_draft()

    def maybe_leave(self) -> bool:
        """True when it is fine to show something else: nothing unsaved, or saved, or discarded."""
        if self.has_unadded_log_entry() and not self._leave_log_entry():
            return False
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Changes not saved"),
            self.tr("The changes to this record have not been saved. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._populate(self._doc or empty_doc())
            self.ui.planPanel.revert()
            self._revert_risk()
            self._set_dirty(False)
            return True
        return False

    def _leave_log_entry(self) -> bool:
        """Ask about the contact-log entry being written: add it, throw it away, or stay (False)."""
        answer = QMessageBox.question(
            self,
            self.tr("Log entry not added"),
            self.tr("The contact-log entry you were writing has not been added to the log. Add it now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.ui.logPanel.add_entry():
                return True
            self.ui.tabs.setCurrentWidget(self.ui.logTab)  # its problem is shown there
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.ui.logPanel.discard_draft()
            return True
        self.ui.tabs.setCurrentWidget(self.ui.logTab)
        return False

    # -- undoing and closing ----------------------------------------------------------------------------------
    def _revert(self) -> None:
        if not self.is_dirty():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo changes"),
            self.tr("Undo all the changes made since the record was last saved?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._populate(self._doc or empty_doc())
            self.ui.planPanel.revert()
            self._revert_risk()
            self._set_dirty(False)

    def _revert_risk(self) -> None:
        """Drop an unsaved checklist: a fresh one for the case."""
        if self._case_id:
            self.riskPanel.set_case(self._case_id, closed=(self._doc or {}).get("status") == "closed")

    def _close_case(self) -> None:
        if not self._case_id or self._held or not self.maybe_leave():
            return
        case_id = self._case_id
        dialog = CloseCaseDialog(self)
        try:
            if not run_dialog(dialog):
                return
            self.session.unlocked(self.session.cases).close(case_id, dialog.reason())
        except SafetyWorkerError as exc:
            self._banner(self.tr("The case was not closed: {problem}").format(problem=getattr(exc, "problem", exc)))
            return
        finally:
            dispose(dialog)
        self.load(case_id)
        self.case_saved.emit(case_id)

    # -- problems ---------------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.errors.clear()
        self.ui.contactPanel.editor.errors.clear()
        self.ui.childrenPanel.errors.clear()
        self._banner("")

    def _show_invalid(self, exc: InvalidInput) -> None:
        """Show the problem beside its field (changing tab and selecting the method or child it is about)."""
        path, problem = exc.field, exc.problem
        ui = self.ui
        where = ""
        match = _LIST_ITEM.match(path)
        if match:
            which, row, rest = match.group(1), int(match.group(2)), match.group(3) or ""
            if which == "contact_methods":
                ui.tabs.setCurrentWidget(ui.contactTab)
                ui.contactPanel.show_error(row, rest, problem)
                where = ui.contactPanel.editor.field_name(rest) or self.tr("How to contact safely")
            else:
                ui.tabs.setCurrentWidget(ui.childrenTab)
                ui.childrenPanel.show_error(row, rest, problem)
                where = ui.childrenPanel.field_name(rest) or self.tr("Children")
        else:
            widget = field_widgets(self.ui).get(path)
            if widget is not None:
                self._reveal(widget)
                self.errors.show(widget, problem)
                widget.setFocus()
                where = field_label(widget)
        if where:
            self._banner(self.tr("Not saved. {where}: {problem}").format(where=where, problem=problem))
        else:
            self._banner(self.tr("Not saved: {problem}").format(problem=problem))

    def _reveal(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                break
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
