"""The Sharing tab as a worker uses it: record what was received with an action due in a working day (typed and
clicked), see the action on Today, mark it done saying how, and it leaves Today; a safeguarding share without a
reason keeps the dialog open and says why; the agency contacts involved are ticked in a dialog; the models pass
qtmodeltester; the office's list of every worker's open actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFrame, QLabel

from safetyworker.services.sharing import Action
from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.sharing_models import ActionsModel, RecordsModel
from safetyworker.ui.sharing_tab import ActionDoneDialog, CaseContactsDialog, SharingDialog
from safetyworker.ui.today import TodayWidget
from tests.ui.test_today_and_call_card import worked_out


def _case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


def _in_dialog(dialog_type, act):
    """Run ``act(dialog)`` on the modal dialog of ``dialog_type`` as soon as it is shown."""
    seen = []

    def attempt(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type) and dialog not in seen:
            seen.append(dialog)
            act(dialog)
        elif tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)
    return seen


@pytest.fixture
def record(session, qtbot):
    widget = CaseRecordWidget(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 740)
    widget.show()
    return widget


def _open(record, session, name: str):
    case_id = _case_id(session, name)
    record.load(case_id)
    record.ui.tabs.setCurrentWidget(record.sharingPanel)
    return case_id, record.sharingPanel


def _today_actions(qtbot, session) -> list[str]:
    today = TodayWidget(session)
    qtbot.addWidget(today)
    worked_out(qtbot, today)
    return today.section_texts("actions")


def test_record_an_action_see_it_on_today_mark_it_done_and_it_leaves(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    assert record.ui.tabs.tabText(record.ui.tabs.currentIndex()) == "Sharing"
    assert panel.recordsModel.rowCount() == 0

    def fill(dialog: SharingDialog) -> None:
        ui = dialog.ui
        ui.contact.setCurrentIndex(ui.contact.findText("Rhian Pugh", Qt.MatchFlag.MatchStartsWith))
        qtbot.keyClicks(ui.summary, "He has moved to a flat on Broad Street.")
        ui.actionBox.setChecked(True)
        qtbot.keyClicks(ui.what, "Tell the police unit about Broad Street")
        ui.toContact.setCurrentIndex(ui.toContact.findText("DC Mair Lloyd", Qt.MatchFlag.MatchStartsWith))
        assert ui.dueDays.value() == 1, "due within one working day unless changed"
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    seen = _in_dialog(SharingDialog, fill)
    qtbot.mouseClick(panel.addButton, Qt.MouseButton.LeftButton)
    assert seen, "the dialog was shown"
    [saved] = session.sharing.records(case_id)
    assert saved.summary == "He has moved to a flat on Broad Street." and saved.basis == "consent"
    assert panel.recordsModel.rowCount() == 1 and panel.actionsModel.rowCount() == 1
    [action] = saved.actions
    assert action.to.startswith("DC Mair Lloyd")

    assert any("Tell the police unit about Broad Street" in t for t in _today_actions(qtbot, session))

    panel.select_action(action.id)
    assert panel.doneButton.isEnabled()

    def done(dialog: ActionDoneDialog) -> None:
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled(), "saying how comes first"
        qtbot.keyClicks(dialog.ui.how, "Phoned DC Lloyd")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = _in_dialog(ActionDoneDialog, done)
    qtbot.mouseClick(panel.doneButton, Qt.MouseButton.LeftButton)
    assert seen
    [after] = session.sharing.case_actions(case_id)
    assert after.done_how == "Phoned DC Lloyd" and after.done_on == date.today().isoformat()
    assert "Done" in panel.actionsModel.index(0, 4).data()
    assert not any("Tell the police unit about Broad Street" in t for t in _today_actions(qtbot, session))


def test_safeguarding_without_a_reason_keeps_the_dialog_open(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    messages = []

    def fill(dialog: SharingDialog) -> None:
        ui = dialog.ui
        ui.direction.setCurrentIndex(ui.direction.findData("shared"))
        qtbot.keyClicks(ui.summary, "Told children's services about Tuesday.")
        ui.basis.setCurrentIndex(ui.basis.findData("safeguarding"))
        assert ui.reason.isVisibleTo(dialog), "the reason is asked for when there is no consent"
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        QTimer.singleShot(50, lambda: (messages.append(ui.errorLabel.text()), dialog.reject()))

    _in_dialog(SharingDialog, fill)
    panel.add_record()
    assert messages and "consent" in messages[0]
    assert session.sharing.records(case_id) == []


def test_tick_the_agency_contacts_involved(record, session, qtbot):
    case_id, panel = _open(record, session, "Nia")
    assert "No agency contacts" in panel.contactsLabel.text()

    def tick(dialog: CaseContactsDialog) -> None:
        for i in range(dialog.ui.contacts.count()):
            item = dialog.ui.contacts.item(i)
            if item.text().startswith(("Rhian Pugh", "Owen Bevan")):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    _in_dialog(CaseContactsDialog, tick)
    panel.choose_contacts()
    assert [c.name for c in session.sharing.case_contacts(case_id)] == ["Owen Bevan", "Rhian Pugh"]
    assert "Rhian Pugh (Probation officer" in panel.contactsLabel.text()
    assert [c["name"] for c in session.cases.show(case_id)["agency_contacts"]] == ["Owen Bevan", "Rhian Pugh"]


def test_overdue_demo_action_is_red_on_today(session, qtbot):
    # the demo's police action was due a working day after news received eight days ago
    today = TodayWidget(session)
    qtbot.addWidget(today)
    worked_out(qtbot, today)
    frame = today.ui.sectionsHost.findChild(QFrame, "actions")
    late = [w for w in frame.findChildren(QLabel) if "Tell the police unit about the new address" in w.text()]
    assert late and "overdue by" in late[0].text() and late[0].property("role") == "error"


def _action(n: int, late: int, done: str | None = None) -> Action:
    return Action(
        f"a{n}", "c", "s", f"Pass on {n}", None, "", None, "", f"2026-12-0{n}", late, done, "", "", "Nia", "Ash"
    )


def test_models_pass_qtmodeltester(qtmodeltester, session):
    model = ActionsModel(with_case=True)
    model.set_items([_action(1, 2), _action(2, 0), _action(3, 0, "2026-12-04")])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 6).data() == "Overdue by 2 working days"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    records = RecordsModel()
    case_id = _case_id(session, "Ffion")
    records.set_items(session.sharing.records(case_id))
    qtmodeltester.check(records, force_py=True)
    assert records.rowCount() == 1


def test_the_office_list_of_open_actions(session, qtbot):
    from safetyworker.ui.open_actions_dialog import OpenActionsDialog

    dialog = OpenActionsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3  # the demo's three open actions
    assert "3 open actions" in dialog.ui.summary.text()


def test_dates_a_worker_enters_are_on_the_stores_today_on_a_utc_laptop(qtbot, session, utc_laptop_after_midnight):
    """At 00:30 in a London summer a laptop set to UTC is still on yesterday: the date shared, the date an action
    was done and a directory entry's "last checked" offer London's today (6 July), and accept it."""
    from PySide6.QtCore import QDate

    from safetyworker.ui.directory_entry_dialog import DirectoryEntryDialog
    from safetyworker.ui.sharing_tab import SharingPanel

    panel = SharingPanel()
    qtbot.addWidget(panel)
    panel.bind(session)
    london_today = QDate(2027, 7, 6)
    shared = SharingDialog([], panel._today())
    done = ActionDoneDialog("Tell the school", panel._today())
    entry = DirectoryEntryDialog(None, session)
    for dialog in (shared, done, entry):
        qtbot.addWidget(dialog)
    assert shared.ui.sharedOn.date() == shared.ui.sharedOn.maximumDate() == london_today
    assert done.ui.doneOn.date() == done.ui.doneOn.maximumDate() == london_today
    assert entry.ui.checked.maximumDate() == london_today
    entry.ui.checkedToday.click()
    assert entry.ui.checked.date() == london_today
