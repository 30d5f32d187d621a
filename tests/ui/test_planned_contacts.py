"""The record's planned contacts: a call or visit logged in the record completes the contact due and the case
leaves Today's calls and overdue list; an attempt completes nothing; a contact can be cancelled with a reason
and an ad hoc one planned."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from safetyworker.services.contacts import ContactService
from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.planned_contacts import CancelContactDialog, PlanContactDialog
from safetyworker.ui.today import TodayWidget

CALL_SECTIONS = ("calls_now", "later_today", "due_no_safe_time_today", "overdue")


def _case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


def _in_dialog(dialog_type, act):
    """Run ``act(dialog)`` on the modal dialog of ``dialog_type`` as soon as it is shown."""
    seen = []

    def attempt(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type):
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
    widget.resize(1000, 760)
    widget.show()
    return widget


@pytest.fixture
def today(session, qtbot):
    widget = TodayWidget(session)
    qtbot.addWidget(widget)
    return widget


def _on_today(today: TodayWidget, name: str, qtbot) -> list[str]:
    """The Today sections (calls and overdue) that list the case, as the view was just worked out (off the GUI
    thread)."""
    today.now = datetime.now(UTC)
    with qtbot.waitSignal(today.refreshed, timeout=15_000):
        today.refresh()
    return [s for s in CALL_SECTIONS if name in [e["preferred_name"] for e in today.data[s]]]


def _plan_today(record, qtbot, note: str = "Court hearing this week") -> str:
    panel = record.plannedPanel

    def fill(dialog: PlanContactDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("ad_hoc"))
        dialog.due.setDate(QDate.currentDate())
        dialog.note.setText(note)
        dialog.buttonBox.accepted.emit()

    seen = _in_dialog(PlanContactDialog, fill)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.planButton, Qt.MouseButton.LeftButton)
    assert seen
    (row,) = [r for r in panel.rows() if r["kind"] == "ad_hoc"]
    return row["id"]


def _status(record, planned_id: str) -> str:
    return next(r["status"] for r in record.plannedPanel.rows() if r["id"] == planned_id)


def test_logging_a_visit_in_the_record_takes_the_case_off_today(record, today, session, qtbot):
    case_id = _case_id(session, "Ffion")
    record.load(case_id)
    record.ui.tabs.setCurrentWidget(record.plannedPanel)
    planned_id = _plan_today(record, qtbot)
    assert _on_today(today, "Ffion", qtbot), "an ad hoc contact due today puts the case on Today"

    record.ui.tabs.setCurrentWidget(record.ui.logTab)
    form = record.ui.logPanel.ui.entryForm
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("visit"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("visit_done"))
    # The contact due today is proposed; the ones not due yet can be picked instead, or none.
    assert form.ui.fulfils.isVisibleTo(form) and form.ui.fulfils.currentData() == planned_id
    choices = [form.ui.fulfils.itemText(i) for i in range(form.ui.fulfils.count())]
    assert choices[-1] == "None of these" and any("not due until" in c for c in choices)
    form.ui.note.setText("Visited at the library.")
    with qtbot.waitSignal(record.history_changed):
        qtbot.mouseClick(record.ui.logPanel.ui.addEntry, Qt.MouseButton.LeftButton)

    assert _status(record, planned_id) == "done"
    entry = session.cases.history(case_id)["contact_log"][-1]
    stored = next(c for c in session.cases.show(case_id)["planned_contacts"] if c["id"] == planned_id)
    assert stored["log_id"] == entry["id"]
    tree = record.plannedPanel.tree
    texts = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    assert any(t.startswith("Done ") for t in texts)
    assert _on_today(today, "Ffion", qtbot) == []


def test_an_attempt_completes_nothing_and_hides_the_choice(record, today, session, qtbot):
    record.load(_case_id(session, "Ffion"))
    planned_id = _plan_today(record, qtbot)
    form = record.ui.logPanel.ui.entryForm
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("visit"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("no_answer_no_message"))
    assert not form.ui.fulfils.isVisibleTo(form)
    with qtbot.waitSignal(record.history_changed):
        qtbot.mouseClick(record.ui.logPanel.ui.addEntry, Qt.MouseButton.LeftButton)
    assert _status(record, planned_id) == "planned"
    assert _on_today(today, "Ffion", qtbot)


def test_the_worker_can_choose_none(record, session, qtbot):
    record.load(_case_id(session, "Ffion"))
    planned_id = _plan_today(record, qtbot)
    form = record.ui.logPanel.ui.entryForm
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("visit"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("visit_done"))
    form.ui.fulfils.setCurrentIndex(form.ui.fulfils.count() - 1)
    with qtbot.waitSignal(record.history_changed):
        qtbot.mouseClick(record.ui.logPanel.ui.addEntry, Qt.MouseButton.LeftButton)
    assert _status(record, planned_id) == "planned"


def test_cancel_a_contact_with_a_reason(record, session, qtbot):
    case_id = _case_id(session, "Ffion")
    record.load(case_id)
    panel = record.plannedPanel
    record.ui.tabs.setCurrentWidget(panel)
    planned_id = _plan_today(record, qtbot)
    panel.select(planned_id)
    assert panel.cancelButton.isEnabled()

    def fill(dialog: CancelContactDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # a reason first
        dialog.reason.setPlainText("She asked to wait until after the hearing.")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    seen = _in_dialog(CancelContactDialog, fill)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.cancelButton, Qt.MouseButton.LeftButton)
    assert seen
    stored = next(c for c in session.cases.show(case_id)["planned_contacts"] if c["id"] == planned_id)
    assert (stored["status"], stored["cancel_reason"]) == ("cancelled", "She asked to wait until after the hearing.")
    item = panel.tree.currentItem()
    assert item.text(2) == "Cancelled" and item.text(3) == "She asked to wait until after the hearing."
    assert not panel.cancelButton.isEnabled()
    # The log form no longer offers it.
    form = record.ui.logPanel.ui.entryForm
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("spoke"))
    assert form.ui.fulfils.findData(planned_id) < 0


def test_correcting_the_entry_undoes_the_completion(record, session, qtbot):
    case_id = _case_id(session, "Ffion")
    record.load(case_id)
    planned_id = _plan_today(record, qtbot)
    entry = session.cases.append_log(case_id, channel="visit", outcome="visit_done", fulfils=planned_id)
    # The correction dialog offers the contact the entry completed again.
    proposals = ContactService(session.store).proposals(case_id, datetime.now(UTC), corrects_id=entry)
    assert planned_id in [p["id"] for p in proposals]
    session.cases.append_log(case_id, channel="visit", outcome="no_answer_no_message", corrects_id=entry)
    record.plannedPanel.reload()
    assert _status(record, planned_id) == "planned"


def test_screenshot_of_the_planned_contacts(record, session, qtbot, tmp_path):
    """Looked at by a person (1366x768): saved to tmp_path, checked only for being drawn."""
    record.resize(1366, 768)
    record.load(_case_id(session, "Eleri"))
    record.ui.tabs.setCurrentWidget(record.plannedPanel)
    image = record.grab()
    path = tmp_path / "planned-contacts.png"
    assert image.save(str(path)) and path.stat().st_size > 0
    assert date.today()  # keep the import used when the screenshot is not looked at


def test_a_contact_planned_for_today_on_a_utc_laptop_is_kept(record, session, qtbot, utc_laptop_after_midnight):
    """At 00:30 in a London summer a laptop set to UTC is still on yesterday: the dialog offers the store's today
    (6 July), never yesterday, and the contact planned for it is saved, not refused as in the past."""
    record.load(_case_id(session, "Ffion"))
    record.ui.tabs.setCurrentWidget(record.plannedPanel)
    offered = []

    def fill(dialog: PlanContactDialog) -> None:
        offered.append((dialog.due.date(), dialog.due.minimumDate()))
        dialog.kind.setCurrentIndex(dialog.kind.findData("ad_hoc"))
        dialog.buttonBox.accepted.emit()

    _in_dialog(PlanContactDialog, fill)
    with qtbot.waitSignal(record.plannedPanel.changed):
        qtbot.mouseClick(record.plannedPanel.planButton, Qt.MouseButton.LeftButton)
    assert offered == [(QDate(2027, 7, 6), QDate(2027, 7, 6))]
    assert [r["due"] for r in record.plannedPanel.rows() if r["kind"] == "ad_hoc"] == ["2027-07-06"]
