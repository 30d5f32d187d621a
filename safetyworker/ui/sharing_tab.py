"""The Sharing tab of a case: the agency contacts involved, what was received from or shared with them (and on
what basis), and the actions that follow: who passes what on, to whom, by when. An action stays open, here and
on Today, until someone marks it done and says how (``services/sharing.py``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safetyworker.errors import SafetyWorkerError
from safetyworker.services.session import Session
from safetyworker.services.sharing import Action, Contact
from safetyworker.timetable import planner
from safetyworker.ui.agencies_dialog import AgenciesDialog
from safetyworker.ui.forms.ui_action_done_dialog import Ui_ActionDoneDialog
from safetyworker.ui.forms.ui_case_contacts_dialog import Ui_CaseContactsDialog
from safetyworker.ui.forms.ui_sharing_dialog import Ui_SharingDialog
from safetyworker.ui.record_text import date_input, qdate
from safetyworker.ui.remembered_dialog import RememberedDialog, dispose, run_dialog
from safetyworker.ui.sharing_models import ID_ROLE, SORT_ROLE, ActionsModel, RecordsModel


def _python_date(value: QDate) -> date:
    day = value.toPython()
    assert isinstance(day, date)  # a QDate's Python value (PySide6's stubs say object)
    return day


class SharingDialog(RememberedDialog):
    """Record what was received or shared, and (optionally) the action that follows from it."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, contacts: list[Contact], today: date, parent: QWidget | None = None) -> None:
        """``today``: the store's (planner.local_today), never the laptop's date."""
        super().__init__(parent)
        self.ui = Ui_SharingDialog()
        self.ui.setupUi(self)
        date_input(self.ui.sharedOn)
        ui = self.ui
        ui.direction.addItem(self.tr("Received from"), "received")
        ui.direction.addItem(self.tr("Shared with"), "shared")
        ui.basis.addItem(self.tr("With the person's consent"), "consent")
        ui.basis.addItem(self.tr("Safeguarding, without consent"), "safeguarding")
        ui.owner.addItem(self.tr("You (the safety worker)"), None)
        ui.toContact.addItem(self.tr("(no one named)"), None)
        for contact in contacts:
            ui.contact.addItem(contact.label(), contact.id)
            ui.owner.addItem(contact.label(), contact.id)
            ui.toContact.addItem(contact.label(), contact.id)
        ui.sharedOn.setMaximumDate(qdate(today))
        ui.sharedOn.setDate(qdate(today))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record it"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.basis.currentIndexChanged.connect(self._basis_changed)
        ui.errorLabel.hide()
        self._basis_changed()
        self.restore_geometry()

    def _basis_changed(self) -> None:
        without_consent = self.ui.basis.currentData() == "safeguarding"
        self.ui.reason.setVisible(without_consent)
        self.ui.reasonLabel.setVisible(without_consent)

    def document(self) -> dict:
        """The sharing record as ``share add`` takes it."""
        ui = self.ui
        doc: dict = {
            "direction": ui.direction.currentData(),
            "contact_id": ui.contact.currentData(),
            "date": _python_date(ui.sharedOn.date()).isoformat(),
            "summary": ui.summary.toPlainText(),
            "basis": ui.basis.currentData(),
        }
        if doc["basis"] == "safeguarding":
            doc["reason"] = ui.reason.toPlainText()
        if ui.actionBox.isChecked():
            action: dict = {"what": ui.what.text(), "due_in_working_days": ui.dueDays.value()}
            if ui.owner.currentData():
                action["owner_contact_id"] = ui.owner.currentData()
            if ui.toContact.currentData():
                action["to_contact_id"] = ui.toContact.currentData()
            doc["actions"] = [action]
        return doc

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()


class ActionDoneDialog(RememberedDialog):
    """Mark an action done: how (required) and when."""

    holds_a_draft = True  # what is typed here is case data: a lock drops it and says so

    def __init__(self, what: str, today: date, parent: QWidget | None = None) -> None:
        """``today``: the store's (planner.local_today), never the laptop's date."""
        super().__init__(parent)
        self.ui = Ui_ActionDoneDialog()
        self.ui.setupUi(self)
        date_input(self.ui.doneOn)
        self.ui.whatText.setText(what)
        self.ui.doneOn.setMaximumDate(qdate(today))
        self.ui.doneOn.setDate(qdate(today))
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark done"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.how.textChanged.connect(self._how_changed)
        self.ui.errorLabel.hide()
        self._how_changed()
        self.restore_geometry()

    def _how_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.how()))

    def how(self) -> str:
        return self.ui.how.toPlainText().strip()

    def done_on(self) -> str:
        return _python_date(self.ui.doneOn.date()).isoformat()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()


class CaseContactsDialog(RememberedDialog):
    """Tick the agency contacts involved in a case."""

    def __init__(self, contacts: list[Contact], linked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseContactsDialog()
        self.ui.setupUi(self)
        self.set_contacts(contacts, linked)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()
        self.restore_geometry()

    def set_contacts(self, contacts: list[Contact], linked: set[str]) -> None:
        """List ``contacts``, those in ``linked`` ticked (again after the agencies were changed)."""
        self.ui.contacts.clear()
        for contact in contacts:
            item = QListWidgetItem(contact.label(), self.ui.contacts)
            item.setData(ID_ROLE, contact.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if contact.id in linked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        items = (self.ui.contacts.item(i) for i in range(self.ui.contacts.count()))
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()


def table(parent: QWidget, name: str, model: ActionsModel | RecordsModel, accessible: str, stretch: int) -> QTableView:
    """A read-only, sortable table of ``model`` (through a proxy, as every list here)."""
    view = FittedTable(parent)
    view.setObjectName(name)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    # every column as wide as its words, but the long text (what was shared, what to do) takes the rest and
    # gives way, so the table never scrolls sideways on a 1366-wide laptop (the whole text is in the tooltip)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAccessibleName(accessible)
    return view


# The widest a column other than the long text may be: the rest goes to what was shared or what to do.
MAX_COLUMN = 210
# The narrowest a column gives way to: a date or a name stays readable in part.
MIN_COLUMN = 70


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its words, up to ``MAX_COLUMN``; the long text column stretches and keeps at least
    a third of the table. On a 1366-wide laptop the other columns were as wide as their words (four of them up
    to 210 px), so what to do shrank to "Talk the ne…" and the state went off the side behind a scroll bar: the
    widest columns now give way first, each down to ``MIN_COLUMN``."""
    header = view.horizontalHeader()
    fixed = [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive and not view.isColumnHidden(c)
    ]
    wanted: dict[int, int] = {}
    for column in fixed:
        view.resizeColumnToContents(column)
        wanted[column] = min(header.sectionSize(column), MAX_COLUMN)
    texts = header.count() - len(fixed)
    room = view.viewport().width() - (view.viewport().width() // 3 if texts else 0)
    cap = MAX_COLUMN
    while cap > MIN_COLUMN and sum(min(w, cap) for w in wanted.values()) > room:
        cap -= 2
    for column, width in wanted.items():
        header.resizeSection(column, min(width, cap))


class FittedTable(QTableView):
    """A table whose columns are fitted again whenever it changes width (the splitter, the window, a tab shown)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and self.model() is not None:
            fit_columns(self)


class SharingPanel(QWidget):
    """The Sharing tab of one case."""

    # a case id: a sharing record was added, an action marked done or the contacts changed
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.case_id: str | None = None
        self.closed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.contactsLabel = QLabel(self)
        self.contactsLabel.setObjectName("contactsLabel")
        self.contactsLabel.setWordWrap(True)
        top.addWidget(self.contactsLabel, 1)
        self.contactsButton = QPushButton(self.tr("Agency contacts…"), self)
        self.contactsButton.setObjectName("contactsButton")
        self.contactsButton.setToolTip(self.tr("Choose the people at other agencies who work on this case"))
        self.contactsButton.clicked.connect(self.choose_contacts)
        top.addWidget(self.contactsButton)
        layout.addLayout(top)

        heading = QLabel(self.tr("Information received and shared"), self)
        heading.setProperty("role", "section")
        heading.setWordWrap(True)  # Larger text on a 1366 laptop
        layout.addWidget(heading)
        self.recordsModel = RecordsModel(self)
        self.recordsView = table(
            self, "recordsView", self.recordsModel, self.tr("Information received and shared"), RecordsModel.SUMMARY
        )
        layout.addWidget(self.recordsView, 1)
        heading = QLabel(self.tr("Actions: who passes what on, to whom, by when"), self)
        heading.setProperty("role", "section")
        heading.setWordWrap(True)  # Larger text on a 1366 laptop
        layout.addWidget(heading)
        self.actionsModel = ActionsModel(self)
        self.actionsView = table(
            self, "actionsView", self.actionsModel, self.tr("Actions"), self.actionsModel.what_column
        )
        layout.addWidget(self.actionsView, 1)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(self.tr("Record sharing…"), self)
        self.addButton.setObjectName("addSharingButton")
        self.addButton.setProperty("primary", True)
        self.addButton.clicked.connect(self.add_record)
        buttons.addWidget(self.addButton)
        self.doneButton = QPushButton(self.tr("Mark done…"), self)
        self.doneButton.setObjectName("doneButton")
        self.doneButton.clicked.connect(self.mark_done)
        buttons.addWidget(self.doneButton)
        buttons.addStretch(1)
        self.errorLabel = QLabel(self)
        self.errorLabel.setProperty("role", "error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.hide()
        buttons.addWidget(self.errorLabel, 1)
        layout.addLayout(buttons)
        self.actionsView.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def bind(self, session: Session) -> None:
        self.session = session

    def _today(self) -> date:
        assert self.session is not None  # the dialogs open only on a case of an open session
        return planner.local_today(self.session)

    def set_case(self, case_id: str | None, closed: bool = False) -> None:
        self.case_id = case_id
        self.closed = closed
        self.reload()

    def clear(self) -> None:
        self.case_id = None
        self.recordsModel.set_items([])
        self.actionsModel.set_items([])
        self.contactsLabel.clear()
        self._update_buttons()

    def reload(self) -> None:
        service = self.session.sharing if self.session is not None else None
        if self.case_id is None or service is None:
            self.clear()
            return
        records = service.records(self.case_id)
        self.recordsModel.set_items(records)
        # open ones first, then done ones, each earliest due first
        actions = service.case_actions(self.case_id)
        self.actionsModel.set_items(sorted(actions, key=lambda a: (not a.open, a.due_on)))
        linked = service.case_contacts(self.case_id)
        self.contactsLabel.setText(
            self.tr("Agency contacts involved: {names}").format(names="; ".join(c.label() for c in linked))
            if linked
            else self.tr("No agency contacts linked to this case yet.")
        )
        for view in (self.recordsView, self.actionsView):
            fit_columns(view)
        self.errorLabel.hide()
        self._update_buttons()

    def selected_action(self) -> Action | None:
        rows = self.actionsView.selectionModel().selectedRows()
        if not rows:
            return None
        action_id = rows[0].data(ID_ROLE)
        return next((a for a in self.actionsModel.items if a.id == action_id), None)

    def select_action(self, action_id: str) -> None:
        proxy = self.actionsView.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ID_ROLE) == action_id:
                self.actionsView.selectRow(row)
                return

    def _update_buttons(self) -> None:
        has_case = self.case_id is not None and not self.closed
        self.addButton.setEnabled(has_case)
        self.contactsButton.setEnabled(has_case)
        action = self.selected_action()
        self.doneButton.setEnabled(has_case and action is not None and action.open)

    def _contacts(self) -> list[Contact]:
        return self.session.sharing.contacts() if self.session is not None and self.session.sharing else []

    def add_record(self) -> None:
        contacts = self._contacts()
        if not contacts:
            self.errorLabel.setText(
                self.tr("There are no agency contacts yet: the office adds them, and they arrive with its next bundle.")
            )
            self.errorLabel.show()
            return
        dialog = SharingDialog(contacts, self._today(), self)
        try:
            self.run_sharing_dialog(dialog)
        finally:
            dispose(dialog)

    def run_sharing_dialog(self, dialog: SharingDialog) -> bool:
        """Show the dialog until what it holds is saved, or it is cancelled (a problem keeps it open)."""
        while run_dialog(dialog):
            service = self.session.sharing if self.session is not None else None
            if service is None or self.case_id is None:
                return False
            author = self.session.settings.worker_name() if self.session and self.session.settings else ""
            try:
                service.add(self.case_id, dialog.document(), recorded_by=author)
            except SafetyWorkerError as exc:
                dialog.show_error(str(exc))
                continue
            self.reload()
            self.changed.emit(self.case_id)
            return True
        return False

    def mark_done(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        dialog = ActionDoneDialog(action.what, self._today(), self)
        try:
            self.run_done_dialog(dialog, action.id)
        finally:
            dispose(dialog)

    def run_done_dialog(self, dialog: ActionDoneDialog, action_id: str) -> bool:
        while run_dialog(dialog):
            service = self.session.sharing if self.session is not None else None
            if service is None or self.case_id is None:
                return False
            author = self.session.settings.worker_name() if self.session and self.session.settings else ""
            try:
                service.done(action_id, dialog.how(), dialog.done_on(), by=author)
            except SafetyWorkerError as exc:
                dialog.show_error(str(exc))
                continue
            self.reload()
            self.changed.emit(self.case_id)
            return True
        return False

    def choose_contacts(self) -> None:
        service = self.session.sharing if self.session is not None else None
        if service is None or self.case_id is None:
            return
        linked = {c.id for c in service.case_contacts(self.case_id)}
        dialog = CaseContactsDialog(service.contacts(), linked, self)
        dialog.ui.agenciesButton.clicked.connect(lambda: self.manage_agencies(dialog))
        try:
            while run_dialog(dialog):
                try:
                    service.set_case_contacts(self.case_id, dialog.chosen())
                except SafetyWorkerError as exc:
                    dialog.show_error(str(exc))
                    continue
                self.reload()
                self.changed.emit(self.case_id)
                break
        finally:
            dispose(dialog)

    def manage_agencies(self, contacts_dialog: CaseContactsDialog) -> None:
        """The agencies and their contacts, from the contacts dialog: a new contact can be ticked on return."""
        if self.session is None or self.session.sharing is None:
            return
        dialog = AgenciesDialog(self.session, contacts_dialog)
        try:
            run_dialog(dialog)
        finally:
            dispose(dialog)
        contacts_dialog.set_contacts(self.session.sharing.contacts(), set(contacts_dialog.chosen()))
        self.reload()  # a linked contact's new name or role shows on the tab too
