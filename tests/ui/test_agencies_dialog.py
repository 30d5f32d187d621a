"""Agencies and their contacts kept from the desktop (issue 15), as a worker and the office use them: on a laptop,
the office's agencies are read-only (and the dialog says so), a local agency with a contact is added by typing and
clicking, linked to a case and seen on its Sharing tab; at the office an agency on the organisation's list is
changed, and a wrong value keeps what was stored and says why; the models pass qtmodeltester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from safetyworker.services.session import Session
from safetyworker.services.sharing import Agency, Contact, SharingService
from safetyworker.ui.agencies_dialog import AgenciesDialog
from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.sharing_models import AgenciesModel, ContactsModel
from safetyworker.ui.sharing_tab import CaseContactsDialog
from tests.ui.test_sharing_tab import _in_dialog

from ..sync_world import PASSPHRASE, World

LEFT = Qt.MouseButton.LeftButton
PROBATION = {
    "name": "Northshire Probation Delivery Unit",
    "kind": "probation",
    "phone": "01632 960410",
    "contacts": [{"name": "Alex Reed", "role": "Probation officer", "phone": "07700 900201"}],
}


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    SharingService(w.office).add_agencies(PROBATION)
    w.case_id = w.add_case(preferred_name="Robin")
    w.give(w.case_id, "Ash")  # the office's list travels to the laptop with the case
    yield w
    w.close()


def _click_row(qtbot, view, text: str) -> None:
    proxy = view.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == text)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(proxy.index(row, 0)).center())


def _type(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def test_a_laptop_adds_a_local_agency_with_a_contact_and_links_it_to_a_case(world, qtbot):
    session = Session(world.store("Ash"))
    record = CaseRecordWidget(session)
    qtbot.addWidget(record)
    record.resize(1100, 740)
    record.show()
    record.load(world.case_id)
    record.ui.tabs.setCurrentWidget(record.sharingPanel)
    panel = record.sharingPanel
    seen: dict[str, object] = {}

    def in_agencies(dialog: AgenciesDialog) -> None:
        ui = dialog.ui
        assert "read-only" in ui.intro.text()
        _click_row(qtbot, ui.agencies, "Northshire Probation Delivery Unit")
        assert dialog.model.index(0, AgenciesModel.LIST).data() == "Office list"
        assert ui.readOnlyLabel.isVisibleTo(dialog) and "office" in ui.readOnlyLabel.text()
        assert not ui.agencyName.isEnabled() and not ui.saveAgencyButton.isEnabled()
        assert not ui.saveContactButton.isEnabled(), "nor its contacts"
        qtbot.mouseClick(ui.newAgencyButton, LEFT)
        assert ui.agencyName.isEnabled() and not ui.readOnlyLabel.isVisibleTo(dialog)
        qtbot.keyClicks(ui.agencyName, "Hill Women's Refuge")
        ui.agencyKind.setCurrentIndex(ui.agencyKind.findData("housing"))
        qtbot.keyClicks(ui.agencyPhone, "01632 960555")
        qtbot.mouseClick(ui.saveAgencyButton, LEFT)
        agency = dialog.current()
        assert agency is not None and agency.name == "Hill Women's Refuge" and agency.local
        assert ui.contactName.isEnabled()
        qtbot.keyClicks(ui.contactName, "Mo Evans")
        qtbot.keyClicks(ui.contactRole, "Refuge worker")
        qtbot.keyClicks(ui.contactPhone, "07700 900555")
        qtbot.mouseClick(ui.saveContactButton, LEFT)
        assert dialog.current_contact() is not None and dialog.current_contact().name == "Mo Evans"
        row = next(r for r in range(dialog.model.rowCount()) if dialog.model.items[r].id == agency.id)
        assert dialog.model.index(row, AgenciesModel.LIST).data() == "Local (yours)"
        seen["agency"] = agency.id
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Close), LEFT)

    def in_contacts(dialog: CaseContactsDialog) -> None:
        _in_dialog(AgenciesDialog, in_agencies)
        qtbot.mouseClick(dialog.ui.agenciesButton, LEFT)  # the agencies dialog, over this one, until closed
        items = [dialog.ui.contacts.item(i) for i in range(dialog.ui.contacts.count())]
        [mo] = [i for i in items if i.text().startswith("Mo Evans")]
        mo.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    shown = _in_dialog(CaseContactsDialog, in_contacts)
    qtbot.mouseClick(panel.contactsButton, LEFT)
    assert shown and "agency" in seen
    assert "Mo Evans (Refuge worker, Hill Women's Refuge)" in panel.contactsLabel.text()
    stored = session.sharing.agency(str(seen["agency"]))
    assert stored.added_by == world.store("Ash").meta("worker_id") and stored.kind == "housing"
    assert stored.phone == "+441632960555" and [(c.name, c.phone) for c in stored.contacts] == [
        ("Mo Evans", "+447700900555")
    ]
    # the same rule as `agency add`: the office's agency stays as the office made it
    office = next(a for a in session.sharing.agencies() if not a.local)
    assert office.name == PROBATION["name"]


def test_the_office_edits_an_agency_on_its_list(world, qtbot):
    session = Session(world.office)
    dialog = AgenciesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    _click_row(qtbot, ui.agencies, "Northshire Probation Delivery Unit")
    assert ui.agencyName.isEnabled() and not ui.readOnlyLabel.isVisibleTo(dialog)
    assert ui.agencyPhone.text() == "01632 960410", "the number as a person reads it"
    _type(qtbot, ui.agencyName, "Northshire PDU")
    _type(qtbot, ui.agencyEmail, "pdu@probation.example.org")
    qtbot.mouseClick(ui.saveAgencyButton, LEFT)
    [agency] = session.sharing.agencies()
    assert (agency.name, agency.email, agency.phone) == ("Northshire PDU", "pdu@probation.example.org", "+441632960410")
    # a contact's role changed; a wrong email refused with the reason, and nothing changed
    _click_row(qtbot, ui.contacts, "Alex Reed")
    _type(qtbot, ui.contactRole, "Senior probation officer")
    _type(qtbot, ui.contactEmail, "not an address")
    qtbot.mouseClick(ui.saveContactButton, LEFT)
    assert ui.errorLabel.isVisibleTo(dialog) and "email" in ui.errorLabel.text()
    assert session.sharing.agencies()[0].contacts[0].role == "Probation officer"
    _type(qtbot, ui.contactEmail, "alex.reed@probation.example.org")
    qtbot.mouseClick(ui.saveContactButton, LEFT)
    assert not ui.errorLabel.isVisibleTo(dialog)
    [contact] = session.sharing.agencies()[0].contacts
    assert (contact.role, contact.email) == ("Senior probation officer", "alex.reed@probation.example.org")
    assert dialog.current_contact() is not None and dialog.current_contact().id == contact.id


def test_agency_models_pass_qtmodeltester(qtmodeltester):
    contact = Contact("c1", "a1", "Refuge", "Mo", "Refuge worker", "+447700900555", "mo@refuge.example.org")
    agencies = AgenciesModel()
    agencies.yours = {"a1"}
    agencies.set_items(
        [
            Agency("a1", "Refuge", "housing", "", "", "w1", [contact]),
            Agency("a2", "Northshire PDU", "probation", "+441632960410", "", ""),
        ]
    )
    qtmodeltester.check(agencies, force_py=True)
    assert agencies.index(0, AgenciesModel.LIST).data() == "Local (yours)"
    assert agencies.index(1, AgenciesModel.LIST).data() == "Office list"
    assert agencies.index(1, AgenciesModel.PHONE).data() == "01632 960410"
    contacts = ContactsModel()
    contacts.set_items([contact])
    qtmodeltester.check(contacts, force_py=True)
    assert contacts.index(0, ContactsModel.PHONE).data() == "07700 900555"


def test_every_control_is_named_and_the_office_opens_it_from_the_sync_menu(world, qtbot):
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.main_window import MainWindow
    from tests.ui.accessible import unnamed_controls

    session = Session(world.office)
    bridge = CoreBridge(session.store.events)
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "actionAgencies")
    assert action is not None and action.isVisible()
    named = []

    def look(dialog: AgenciesDialog) -> None:
        named.append(unnamed_controls(dialog))
        _click_row(qtbot, dialog.ui.agencies, "Northshire Probation Delivery Unit")
        named.append(unnamed_controls(dialog))
        dialog.reject()

    _in_dialog(AgenciesDialog, look)
    action.trigger()
    bridge.detach()
    assert named == [[], []]


def test_it_fits_a_1366_by_768_laptop(world, qtbot):
    dialog = AgenciesDialog(Session(world.office))
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.minimumSizeHint()
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert hint.width() <= 1366 and hint.height() <= 700
