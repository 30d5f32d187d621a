"""The planned contacts of a case (its timetable), with their status: what is due, what was done and when, what
was cancelled and why. The worker can cancel one (a reason is needed) or plan an ad hoc contact or a review.

A contact is completed from the contact log, not here: logging a call or visit that reached the person completes
the contact due (services/contacts.py). The rows are read with ``ContactService.planned``, as part of a case
already being viewed (not audited again); cancelling and planning are audited by the service.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.services.contacts import ContactService
from safetyworker.services.session import Session
from safetyworker.timetable import planner
from safetyworker.ui.forms.ui_cancel_contact_dialog import Ui_CancelContactDialog
from safetyworker.ui.forms.ui_plan_contact_dialog import Ui_PlanContactDialog
from safetyworker.ui.forms.ui_planned_contacts import Ui_PlannedContactsPanel
from safetyworker.ui.narrow import StackWhenNarrow
from safetyworker.ui.record_text import contact_kinds, date_input, day_text, planned_statuses, qdate, when_text
from safetyworker.ui.remembered_dialog import RememberedDialog, dispose, run_dialog

_ID = Qt.ItemDataRole.UserRole
_QUIET = QColor("#5f6b7a")
_LATE = QColor("#b3261e")


class CancelContactDialog(RememberedDialog):
    """Why is this contact cancelled? OK stays greyed out until there is a reason."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, parent: QWidget | None, what: str) -> None:
        super().__init__(parent)
        self.ui = Ui_CancelContactDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(self.tr("Cancel: {what}. It stays in the record, marked as cancelled.").format(what=what))
        self.reason = self.ui.reason
        self.errorLabel = self.ui.errorLabel
        self.errorLabel.hide()
        self.buttonBox = self.ui.buttonBox
        self.ok_button = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel contact"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text())))
        self.ok_button.setEnabled(False)
        self.restore_geometry()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        if self.text():
            super().accept()


class PlanContactDialog(RememberedDialog):
    """Plan a contact by hand: what kind, when it is due, and a note."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        """``today``: the store's (``planner.local_today``), never the laptop's, which on a laptop set to UTC is
        yesterday from midnight to 01:00 in a London summer: a contact due then is refused as in the past."""
        super().__init__(parent)
        self.ui = Ui_PlanContactDialog()
        self.ui.setupUi(self)
        self.kind = self.ui.kind
        kinds = contact_kinds()
        self.kind.addItem(self.tr("Contact (ad hoc)"), "ad_hoc")
        self.kind.addItem(kinds["review"], "review")
        self.due = self.ui.due
        date_input(self.due)
        self.due.setMinimumDate(qdate(today))
        self.due.setDate(self.due.minimumDate())
        self.note = self.ui.note
        self.errorLabel = self.ui.errorLabel
        self.errorLabel.hide()
        self.buttonBox = self.ui.buttonBox
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan it"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.restore_geometry()

    def values(self) -> tuple[str, date, str]:
        due = self.due.date().toPython()
        assert isinstance(due, date)  # a QDate's Python value (PySide6's stubs say object)
        return self.kind.currentData(), due, self.note.text().strip()


class PlannedContactsPanel(QWidget):
    """The timetable of one case: every planned contact, earliest due first, with its status."""

    # case id, after a contact was cancelled or planned (the record and Today refresh)
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._case_id: str | None = None
        self._closed = False
        self._rows: list[dict] = []
        self.ui = Ui_PlannedContactsPanel()
        self.ui.setupUi(self)
        self.headerFit = StackWhenNarrow(self, self.ui.header)  # Larger text on a 1366 laptop: buttons under
        self.planButton = self.ui.planButton
        self.cancelButton = self.ui.cancelButton
        self.tree = self.ui.plannedTree
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 220)
        self.tree.setColumnWidth(2, 170)
        self.errorLabel = self.ui.errorLabel
        self.errorLabel.hide()
        self.planButton.clicked.connect(self.plan_contact)
        self.cancelButton.clicked.connect(self.cancel_contact)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self._held = ""  # why contacts are not planned or cancelled just now (a bundle is imported), or ""
        self._tips = {b: b.toolTip() for b in (self.planButton, self.cancelButton)}
        self._update_buttons()

    # -- in and out ----------------------------------------------------------------------------------------
    def bind(self, session: Session) -> None:
        self._session = session

    def set_case(self, case_id: str | None, closed: bool = False) -> None:
        self._case_id = case_id
        self._closed = closed
        self.errorLabel.hide()
        self.reload()

    def reload(self) -> None:
        service = self._service()
        self._rows = service.planned(self._case_id) if service is not None and self._case_id is not None else []
        self._fill()

    def clear(self) -> None:
        self._case_id = None
        self._rows = []
        self.tree.clear()
        self.errorLabel.clear()
        self.errorLabel.hide()
        self._update_buttons()

    def rows(self) -> list[dict]:
        return list(self._rows)

    # -- showing -------------------------------------------------------------------------------------------
    def _details(self, row: dict) -> str:
        if row["status"] == planner.DONE and row.get("done_at"):
            when = datetime.fromisoformat(row["done_at"].replace("Z", "+00:00"))
            zone = self._session.timezone if self._session is not None else "Europe/London"
            return self.tr("Done {when}, from the contact log").format(when=when_text(when, zone))
        if row["status"] == planner.CANCELLED:
            reason = row.get("cancel_reason") or ""
            return reason or self.tr("No longer needed by the programme timetable")
        return row.get("note") or ""

    def _fill(self) -> None:
        self.tree.clear()
        kinds = contact_kinds()
        statuses = planned_statuses()
        for row in self._rows:
            status = statuses.get(row["status"], row["status"])
            if row.get("overdue"):
                status = self.tr("Planned, overdue")
            item = QTreeWidgetItem(
                [day_text(row["due"]), kinds.get(row["kind"], row["kind"]), status, self._details(row)]
            )
            item.setData(0, _ID, row["id"])
            item.setToolTip(3, self._details(row))
            item.setSizeHint(0, QSize(0, 28))
            if row["status"] != planner.PLANNED_STATUS:
                for column in range(4):
                    item.setForeground(column, _QUIET)
            elif row.get("overdue"):
                item.setForeground(2, _LATE)
            self.tree.addTopLevelItem(item)
        if not self._rows:
            item = QTreeWidgetItem(["", self.tr("No contacts planned."), "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(item)
        self._update_buttons()

    def _selected(self) -> dict | None:
        item = self.tree.currentItem()
        planned_id = item.data(0, _ID) if item is not None else None
        return next((r for r in self._rows if r["id"] == planned_id), None)

    def select(self, planned_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, _ID) == planned_id:
                self.tree.setCurrentItem(item)
                return

    def hold(self, reason: str) -> None:
        """While a bundle is imported no contact is planned or cancelled (``reason`` says why on the buttons;
        "" gives them back): each is a change to the timetable the import may also be changing."""
        self._held = reason
        for button, tip in self._tips.items():
            button.setToolTip(reason or tip)
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_case = self._case_id is not None and not self._closed and not self._held
        self.planButton.setEnabled(open_case)
        row = self._selected()
        self.cancelButton.setEnabled(open_case and row is not None and row["status"] == planner.PLANNED_STATUS)

    # -- acting --------------------------------------------------------------------------------------------
    def _service(self) -> ContactService | None:
        if self._session is None or self._session.contacts is None or self._case_id is None:
            return None
        return self._session.contacts

    def _show_error(self, exc: SafetyWorkerError) -> None:
        message = exc.problem if isinstance(exc, InvalidInput) else str(exc)
        self.errorLabel.setText(message[:1].upper() + message[1:])
        self.errorLabel.show()

    def _done(self) -> None:
        self.errorLabel.hide()
        self.reload()
        if self._case_id is not None:
            self.changed.emit(self._case_id)

    def cancel_contact(self) -> None:
        row = self._selected()
        if row is None or row["status"] != planner.PLANNED_STATUS or self._held:
            return
        what = self.tr("{kind}, due {date}").format(
            kind=contact_kinds().get(row["kind"], row["kind"]), date=day_text(row["due"])
        )
        dialog = CancelContactDialog(self, what)
        try:
            if not run_dialog(dialog):
                return
            reason = dialog.text()
        finally:
            dispose(dialog)
        service = self._service()
        if service is None:
            return
        try:
            service.cancel(row["id"], reason)
        except SafetyWorkerError as exc:
            self._show_error(exc)
            return
        self._done()
        self.select(row["id"])

    def plan_contact(self) -> None:
        if self._held or self._session is None:
            return
        dialog = PlanContactDialog(planner.local_today(self._session), self)
        try:
            if not run_dialog(dialog):
                return
            kind, due, note = dialog.values()
        finally:
            dispose(dialog)
        service = self._service()
        if service is None or self._case_id is None:
            return
        try:
            planned_id = service.plan(self._case_id, kind, due, note)
        except SafetyWorkerError as exc:
            self._show_error(exc)
            return
        self._done()
        self.select(planned_id)
