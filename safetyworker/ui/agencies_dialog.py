"""Agencies and their contacts, kept from the desktop (docs/sharing.md): list them (the office's list and the
local ones, marked), add an agency, change its name, kind, phone and email, add and change its contacts.

Every save goes through ``session.sharing.add_agencies``, the call ``agency add FILE`` makes, so the same rules
apply: a laptop may add and change only its own local agencies; the office's list is read-only there (the
dialog says so and greys the form, and the service refuses anyway)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from safetyworker.errors import SafetyWorkerError
from safetyworker.records import phone
from safetyworker.records.sharing import AGENCY_KINDS
from safetyworker.services.session import Session
from safetyworker.services.sharing import Agency, Contact
from safetyworker.ui.forms.ui_agencies_dialog import Ui_AgenciesDialog
from safetyworker.ui.remembered_dialog import RememberedDialog
from safetyworker.ui.scroll_areas import VerticalScroll
from safetyworker.ui.sharing_models import ID_ROLE, SORT_ROLE, AgenciesModel, ContactsModel


def _sorted_view(view: QTableView, model: AgenciesModel | ContactsModel, stretch: int) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.verticalHeader().hide()
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    # the name takes the room left; the other columns as wide as their words, up to a limit (the whole text is in
    # the tooltip), so neither table scrolls sideways on a 1366-wide laptop
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return proxy


def _fit(view: QTableView) -> None:
    header = view.horizontalHeader()
    cap = min(_MAX_COLUMN, max(60, view.viewport().width() // max(1, header.count())))
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive and not view.isColumnHidden(column):
            view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), cap))


# the widest a column other than the name may be
_MAX_COLUMN = 170


def _shown(number: str) -> str:
    """A stored (checked, E.164) number as a person reads and types it."""
    return phone.display(number) if number else ""


class AgenciesDialog(RememberedDialog):
    """The agencies and their contacts; ``changed`` after each save (the caller refreshes its own lists)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgenciesDialog()
        self.ui.setupUi(self)
        self.session = session
        ui = self.ui
        for kind in AGENCY_KINDS:
            ui.agencyKind.addItem(AGENCY_KINDS[kind], kind)
        if session.role == "office":
            intro = self.tr(
                "The organisation's list of agencies: every laptop receives it with its next bundle. "
                "Local agencies were added by a worker on their laptop."
            )
        elif session.sharing is not None and session.sharing.office_list_read_only():
            intro = self.tr(
                "Agencies on the office's list are read-only here: ask the office to change them. You can add "
                "a local agency and its contacts; it travels to the office with your next bundle."
            )
        else:
            intro = self.tr("The agencies you work with, and the people there.")
        ui.intro.setText(intro)
        self.model = AgenciesModel(self)
        self.proxy = _sorted_view(ui.agencies, self.model, AgenciesModel.NAME)
        self.contactsModel = ContactsModel(self)
        self.contactsProxy = _sorted_view(ui.contacts, self.contactsModel, ContactsModel.NAME)
        self._details_scroll()
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([500, 520])
        ui.agencies.setColumnHidden(AgenciesModel.PHONE, True)  # in the form beside it: room for the names
        ui.agencies.selectionModel().selectionChanged.connect(self._agency_chosen)
        ui.contacts.selectionModel().selectionChanged.connect(self._contact_chosen)
        ui.newAgencyButton.clicked.connect(self.new_agency)
        ui.saveAgencyButton.clicked.connect(self.save_agency)
        ui.newContactButton.clicked.connect(self.new_contact)
        ui.saveContactButton.clicked.connect(self.save_contact)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.reload()
        self.new_agency()
        self.restore_geometry()

    def _details_scroll(self) -> None:
        """The agency's form and its contacts scroll up and down as one on a short screen: at the larger text
        sizes they are taller than a 1366x768 laptop has room for (1366x700 under a title bar and a taskbar)."""
        splitter = self.ui.splitter
        pane = self.ui.detailPane
        at = splitter.indexOf(pane)
        scroll = VerticalScroll(pane, "detailScroll", self.tr("The chosen agency"))
        splitter.insertWidget(at, scroll)
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)  # the room is theirs

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _fit(self.ui.agencies)  # the columns as wide as their words again, for the width there is now
        _fit(self.ui.contacts)

    # -- what is shown ---------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        service = self.session.sharing
        agencies = service.agencies() if service is not None else []
        self.model.yours = {a.id for a in agencies if a.local and service is not None and service.may_change(a)}
        self.model.set_items(agencies)
        _fit(self.ui.agencies)
        if select is not None:
            self.select_agency(select)

    def current(self) -> Agency | None:
        rows = self.ui.agencies.selectionModel().selectedRows()
        if not rows:
            return None
        agency_id = rows[0].data(ID_ROLE)
        return next((a for a in self.model.items if a.id == agency_id), None)

    def current_contact(self) -> Contact | None:
        rows = self.ui.contacts.selectionModel().selectedRows()
        if not rows:
            return None
        contact_id = rows[0].data(ID_ROLE)
        return next((c for c in self.contactsModel.items if c.id == contact_id), None)

    def _select(self, view: QTableView, record_id: str) -> None:
        proxy = view.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                view.selectionModel().select(index, flags)
                view.scrollTo(index)
                return

    def select_agency(self, agency_id: str) -> None:
        self._select(self.ui.agencies, agency_id)

    def select_contact(self, contact_id: str) -> None:
        self._select(self.ui.contacts, contact_id)

    def may_change(self, agency: Agency | None) -> bool:
        """A new agency may always be added; an existing one only where the service allows it."""
        service = self.session.sharing
        return agency is None or (service is not None and service.may_change(agency))

    def _agency_chosen(self) -> None:
        agency = self.current()
        ui = self.ui
        ui.agencyName.setText(agency.name if agency else "")
        ui.agencyKind.setCurrentIndex(max(0, ui.agencyKind.findData(agency.kind if agency else "other")))
        ui.agencyPhone.setText(_shown(agency.phone) if agency else "")
        ui.agencyEmail.setText(agency.email if agency else "")
        self.contactsModel.set_items(agency.contacts if agency else [])
        _fit(ui.contacts)
        ui.agencyBox.setTitle(self.tr("Agency") if agency else self.tr("New agency"))
        self._contact_chosen()
        ui.errorLabel.hide()

    def _contact_chosen(self) -> None:
        contact = self.current_contact()
        ui = self.ui
        ui.contactName.setText(contact.name if contact else "")
        ui.contactRole.setText(contact.role if contact else "")
        ui.contactPhone.setText(_shown(contact.phone) if contact else "")
        ui.contactEmail.setText(contact.email if contact else "")
        self._update_state()

    def _update_state(self) -> None:
        ui = self.ui
        agency = self.current()
        editable = self.may_change(agency)
        for widget in (ui.agencyName, ui.agencyKind, ui.agencyPhone, ui.agencyEmail, ui.saveAgencyButton):
            widget.setEnabled(editable)
        ui.saveAgencyButton.setText(self.tr("&Save agency") if agency else self.tr("&Add agency"))
        contacts = agency is not None and editable
        for widget in (ui.contactName, ui.contactRole, ui.contactPhone, ui.contactEmail):
            widget.setEnabled(contacts)
        ui.newContactButton.setEnabled(contacts)
        ui.saveContactButton.setEnabled(contacts)
        ui.saveContactButton.setText(self.tr("Save con&tact") if self.current_contact() else self.tr("Add con&tact"))
        ui.contactsBox.setEnabled(agency is not None)
        if agency is not None and not editable:
            ui.readOnlyLabel.setText(
                self.tr("This agency is on the office's list: only the office can change it or its contacts.")
                if not agency.local
                else self.tr("Another worker added this local agency: only they or the office can change it.")
            )
            ui.readOnlyLabel.show()
        else:
            ui.readOnlyLabel.hide()

    # -- saving, through the service ``agency add`` uses -------------------------------------------------------
    def new_agency(self) -> None:
        self.ui.agencies.clearSelection()
        self._agency_chosen()
        self.ui.agencyName.setFocus()

    def new_contact(self) -> None:
        self.ui.contacts.clearSelection()
        self._contact_chosen()
        self.ui.contactName.setFocus()

    def _save(self, doc: dict[str, Any]) -> str | None:
        service = self.session.sharing
        if service is None:
            return None
        try:
            [agency_id] = service.add_agencies(doc)
        except SafetyWorkerError as exc:
            self.show_error(str(exc))
            return None
        self.ui.errorLabel.hide()
        self.changed.emit()
        return agency_id

    def save_agency(self) -> None:
        ui = self.ui
        agency = self.current()
        doc: dict[str, Any] = {
            "name": ui.agencyName.text(),
            "kind": ui.agencyKind.currentData(),
            "phone": ui.agencyPhone.text(),
            "email": ui.agencyEmail.text(),
        }
        if agency is not None:
            doc["id"] = agency.id
        agency_id = self._save(doc)
        if agency_id is not None:
            self.reload(select=agency_id)
            ui.contactName.setFocus()

    def save_contact(self) -> None:
        ui = self.ui
        agency = self.current()
        if agency is None:
            return
        contact = self.current_contact()
        values: dict[str, Any] = {
            "name": ui.contactName.text(),
            "role": ui.contactRole.text(),
            "phone": ui.contactPhone.text(),
            "email": ui.contactEmail.text(),
        }
        if contact is not None:
            values["id"] = contact.id
        # the agency as stored (not the form above, which may hold unsaved changes), with this one contact
        doc = {k: agency.to_json()[k] for k in ("id", "name", "kind", "phone", "email")}
        doc["contacts"] = [values]
        before = {c.id for c in agency.contacts}
        if self._save(doc) is None:
            return
        self.reload(select=agency.id)
        saved = self.current()
        added = [c.id for c in saved.contacts if c.id not in before] if saved else []
        chosen = contact.id if contact is not None else (added[0] if added else None)
        if chosen is not None:
            self.select_contact(chosen)

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
