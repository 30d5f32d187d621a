"""Support given and the services directory in the desktop (issue 19): a visit logged with its time, travel and
kinds of support shows in the case's totals; work done without the person is recorded from the log tab; and a
worker finds "housing near Rhayader, comes to you, Welsh" and adds it to the person's safety plan, by keyboard
and mouse as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.directory_dialog import DirectoryDialog, DirectoryModel
from safetyworker.ui.support_widgets import SupportEntryDialog
from tests.ui.test_case_record import _case_id, _in_dialog, _ok


@pytest.fixture
def record(session, qtbot):
    widget = CaseRecordWidget(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _open_log(record, session, name: str) -> str:
    case_id = _case_id(session, name)
    record.load(case_id)
    record.ui.tabs.setCurrentWidget(record.ui.logTab)
    return case_id


def test_a_visit_with_time_travel_and_support_shows_in_the_cases_totals(record, session, qtbot):
    case_id = _open_log(record, session, "Gareth")
    panel = record.ui.logPanel
    form = panel.ui.entryForm
    assert "nothing recorded yet" in panel.ui.supportSummary.text()
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("visit"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("visit_done"))
    form.ui.when.setDateTime(QDateTime(QDate.currentDate(), QTime(0, 5)))
    form.ui.minutes.setFocus()
    form.ui.minutes.selectAll()
    qtbot.keyClicks(form.ui.minutes, "50")
    qtbot.keyClick(form.ui.minutes, Qt.Key.Key_Tab)
    assert form.ui.travelMinutes.hasFocus(), "Tab goes from the time spent to the travel"
    form.ui.travelMinutes.selectAll()
    qtbot.keyClicks(form.ui.travelMinutes, "40")
    qtbot.keyClick(form.ui.travelMinutes, Qt.Key.Key_Tab)
    assert form.ui.supportButton.hasFocus(), "then the kinds of support"
    for key in ("housing", "emotional"):
        form.support.actions[key].trigger()  # what Enter on the menu's item does
    assert form.ui.supportButton.text() == "Emotional support, Housing"
    with qtbot.waitSignal(record.history_changed):
        qtbot.mouseClick(panel.ui.addEntry, Qt.MouseButton.LeftButton)
    entry = session.cases.show(case_id)["contact_log"][-1]
    assert (entry["minutes"], entry["travel_minutes"], entry["support"]) == (50, 40, ["emotional", "housing"])
    assert form.ui.minutes.value() == 0 and not form.support.kinds(), "the form is ready for the next entry"
    text = panel.ui.supportSummary.text()
    assert "this month 50 min (travel 40 min)" in text and "Housing 50 min" in text

    def record_call(dialog: SupportEntryDialog) -> None:
        dialog.ui.minutes.setValue(25)
        dialog.support.boxes["benefits_money"].setChecked(True)
        dialog.ui.note.setText("Rang the council about the rent arrears")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    seen = _in_dialog(SupportEntryDialog, record_call)
    qtbot.mouseClick(panel.ui.recordSupport, Qt.MouseButton.LeftButton)
    assert seen
    assert [(e["minutes"], e["support"]) for e in session.support.entries(case_id)] == [(25, ["benefits_money"])]
    assert "this month 1 h 15 min" in panel.ui.supportSummary.text()


def test_support_is_timed_on_the_stores_clock_on_a_utc_laptop(record, session, qtbot, utc_laptop_after_midnight):
    """At 00:30 in a London summer the support dialog offers 00:30 on Tuesday, not the UTC laptop's Monday 23:30,
    and a time typed in it is read as London's (the store checks the real clock, so a past summer night is typed)."""
    case_id = _open_log(record, session, "Gareth")
    offered = []

    def record_call(dialog: SupportEntryDialog) -> None:
        offered.append(dialog.ui.when.dateTime())
        dialog.ui.when.setDateTime(QDateTime(QDate(2026, 7, 7), QTime(0, 30)))
        dialog.ui.minutes.setValue(25)
        dialog.support.boxes["benefits_money"].setChecked(True)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused: close it, so the test fails rather than waits
            dialog.reject()

    _in_dialog(SupportEntryDialog, record_call)
    qtbot.mouseClick(record.ui.logPanel.ui.recordSupport, Qt.MouseButton.LeftButton)
    assert offered == [QDateTime(QDate(2027, 7, 6), QTime(0, 30))]
    assert [e["at"] for e in session.support.entries(case_id)] == ["2026-07-06T23:30:00Z"]


def test_find_housing_near_rhayader_that_comes_to_you_in_welsh_and_add_it_to_the_plan(record, session, qtbot):
    case_id = _open_log(record, session, "Gareth")
    before = session.plans.current(case_id)

    def search_and_add(dialog: DirectoryDialog) -> None:
        ui = dialog.ui
        assert ui.near.text() == "Rhayader", "searches near the person's place"
        ui.need.setFocus()
        ui.need.setCurrentIndex(ui.need.findData("housing"))
        qtbot.keyClick(ui.outreach, Qt.Key.Key_Space) if ui.outreach.hasFocus() else ui.outreach.setChecked(True)
        ui.welsh.setChecked(True)
        names = [dialog.model.entry(r)["name"] for r in range(dialog.model.rowCount())]
        assert names == ["Upper Wye Housing Outreach (demo)"]
        assert "Covers this place" in dialog.model.data(dialog.model.index(0, 3))
        ui.welsh.setChecked(False)
        ui.outreach.setChecked(False)
        names = [dialog.model.entry(r)["name"] for r in range(dialog.model.rowCount())]
        assert names[0] == "Upper Wye Housing Outreach (demo)" and "Wyeside Housing Advice (demo)" in names
        ui.results.selectRow(0)
        assert "01632 960101" in ui.detail.text()
        qtbot.mouseClick(ui.addToPlan, Qt.MouseButton.LeftButton)
        assert "Added Upper Wye Housing Outreach (demo)" in ui.message.text()
        qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)

    seen = _in_dialog(DirectoryDialog, search_and_add)
    qtbot.mouseClick(record.ui.logPanel.ui.findService, Qt.MouseButton.LeftButton)
    assert seen
    plan = session.plans.current(case_id)
    assert plan is not None and (before is None or plan.version == before.version + 1)
    added = [i for i in plan.items if i.section == "local_services"]
    assert added[-1].text.startswith("Upper Wye Housing Outreach (demo) – 01632 960101")
    assert not added[-1].personal_copy, "on the worker's copy until the worker marks it for the person's"


def test_the_directory_model_passes_the_model_tester(session, qtmodeltester):
    model = DirectoryModel()
    model.set_entries(session.directory.search(near="Rhayader"))
    assert model.rowCount() >= 6
    qtmodeltester.check(model)


def test_a_stale_entry_is_flagged_in_the_list(session, qtbot):
    dialog = DirectoryDialog(None, session)
    qtbot.addWidget(dialog)
    stale = [r for r in range(dialog.model.rowCount()) if dialog.model.entry(r)["stale"]]
    assert stale
    assert "check again" in dialog.model.data(dialog.model.index(stale[0], 6))
