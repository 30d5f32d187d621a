"""The Today view, the call card, and logging a call outside the safe times (with fixed, London times)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QFrame, QPushButton

from safetyworker.services.agenda import agenda
from safetyworker.ui.call_card_dialog import CallCardDialog
from safetyworker.ui.contact_log import ContactLogPanel
from safetyworker.ui.today import DAYS_AHEAD, TodayWidget

LONDON = ZoneInfo("Europe/London")
MORNING = datetime.combine(date.today(), time(10, 0), LONDON)


def case_id_named(session, name: str) -> str:
    return next(s.id for s in session.cases.search(include_closed=True) if s.preferred_name == name)


def worked_out(qtbot, today: TodayWidget) -> None:
    """Refresh the view and wait for the agenda, worked out off the GUI thread."""
    with qtbot.waitSignal(today.refreshed, timeout=15_000):
        today.refresh()
        assert today.busy and today.ui.dateLabel.text() == "Working out today's calls…", "it says so at once"
    assert not today.busy


def test_today_lists_the_agenda_sections(qtbot, session):
    today = TodayWidget(session)
    qtbot.addWidget(today)
    today.now = MORNING
    worked_out(qtbot, today)
    expected = agenda(session.store, MORNING, DAYS_AHEAD)

    titles = {
        "callsNow": "Calls you can make now",
        "laterToday": "Later today",
        "overdue": "Overdue",
        "releases": "Releases coming up",
        "reviews": "Reviews due",
    }
    keys = {
        "callsNow": "calls_now",
        "laterToday": "later_today",
        "overdue": "overdue",
        "releases": "releases",
        "reviews": "reviews",
    }
    for name, title in titles.items():
        texts = today.section_texts(name)
        assert texts[0] == title
        entries = expected[keys[name]]
        for entry in entries:
            assert entry["preferred_name"] in texts
        if not entries:
            assert len(texts) == 2  # the heading and a short "nothing here"
    assert expected["overdue"] and expected["releases"], "the demo caseload has overdue contacts and a release"
    calls = today.section_texts("callsNow")
    for entry in expected["calls_now"]:
        assert any("safe until" in t for t in calls)
        assert entry["number_display"] in " ".join(calls)
    assert calls.count("Call card…") == len(expected["calls_now"])


def test_an_agenda_worked_out_after_the_app_locked_is_never_shown(qtbot, session):
    """Locking clears the view; an agenda still being worked out in the background is dropped when it arrives."""
    today = TodayWidget(session)
    qtbot.addWidget(today)
    today.now = MORNING
    views = session.store.db.execute("SELECT count(*) FROM audit_event WHERE action = 'agenda.view'").fetchone()[0]
    today.refresh()
    today.clear()  # the app locks
    qtbot.waitUntil(
        lambda: (
            session.store.db.execute("SELECT count(*) FROM audit_event WHERE action = 'agenda.view'").fetchone()[0]
            > views
        ),
        timeout=15_000,
    )
    qtbot.wait(200)  # the worked-out agenda reaches the view
    assert today.data == {} and today.section_texts("callsNow") == [] and today.ui.dateLabel.text() == ""
    assert not today.busy


def test_today_opens_a_case_and_the_main_window_returns_to_it(qtbot, session, bridge):
    from safetyworker.ui.main_window import MainWindow

    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    assert window.ui.recordStack.currentWidget() is window.today
    window.today.now = MORNING
    worked_out(qtbot, window.today)
    entry = agenda(session.store, MORNING, DAYS_AHEAD)["overdue"][0]
    overdue = window.today.ui.sectionsHost.findChild(QFrame, "overdue")
    button = next(
        b for b in overdue.findChildren(QPushButton) if b.property("case_id") == entry["case_id"] and b.isFlat()
    )
    with qtbot.waitSignal(window.today.open_case) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [entry["case_id"]]
    assert window.ui.recordStack.currentWidget() is window.record
    assert window.record.case_id == entry["case_id"]
    assert window.ui.actionCallCard.isEnabled()
    window.ui.actionToday.trigger()
    assert window.ui.recordStack.currentWidget() is window.today
    assert not window.ui.actionCallCard.isEnabled()


def test_call_card_shows_number_no_voicemail_and_code_word(qtbot, session):
    case_id = case_id_named(session, "Ffion")  # weekdays 09:30-11:30; voicemail not allowed
    dialog = CallCardDialog(session, case_id, now=MORNING)
    qtbot.addWidget(dialog)
    assert dialog.ui.number.text() == "07700 900101"
    assert dialog.ui.voicemail.text() == "Do not leave a voicemail or message."
    assert dialog.ui.voicemail.property("role") == "never"
    assert dialog.ui.codeWord.text() == "the washing's out"
    assert dialog.ui.askFor.text() == "Ask for Ffi"
    assert "Ask for Jo" in dialog.ui.ifSomeoneElse.text()
    assert not dialog.ui.withhold.isHidden()
    assert dialog.ui.recent.text()


def test_call_card_outside_safe_times_gives_the_next_safe_time(qtbot, session):
    case_id = case_id_named(session, "Ffion")
    night = datetime.combine(date.today(), time(3, 0), LONDON)
    dialog = CallCardDialog(session, case_id, now=night)
    qtbot.addWidget(dialog)
    assert "Next safe time" in dialog.ui.safeNow.text()
    assert dialog.ui.safeNow.property("role") == "warning"


def test_logging_a_call_outside_safe_times_needs_a_reason(qtbot, session):
    case_id = case_id_named(session, "Ffion")
    doc = session.cases.show(case_id)
    before = len(doc["contact_log"])
    panel = ContactLogPanel()
    qtbot.addWidget(panel)
    panel.bind(session)
    panel.set_case(case_id, doc["contact_methods"], doc["contact_log"])
    panel.show()
    form = panel.ui.entryForm

    night = datetime.combine(date.today() - timedelta(days=1), time(3, 0), LONDON)
    form.ui.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(night.timestamp())))
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("phone"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("no_answer_no_message"))
    form.ui.note.setText("Rang back as she asked")
    qtbot.mouseClick(panel.ui.addEntry, Qt.MouseButton.LeftButton)

    assert form.overrideError.isVisible()
    assert "outside the agreed safe times" in form.overrideError.text()
    assert form.ui.overrideReason.property("invalid") is True
    assert panel.ui.addError.isHidden()
    assert len(session.cases.show(case_id)["contact_log"]) == before
    assert form.ui.note.text() == "Rang back as she asked", "the entry is kept for the reason to be added"

    qtbot.keyClicks(form.ui.overrideReason, "She asked for a call back at this time")
    assert not form.overrideError.isVisible()
    with qtbot.waitSignal(panel.appended):
        qtbot.mouseClick(panel.ui.addEntry, Qt.MouseButton.LeftButton)
    log = session.cases.show(case_id)["contact_log"]
    assert len(log) == before + 1
    assert log[-1]["override_reason"] == "She asked for a call back at this time"
    assert form.ui.note.text() == ""


def test_today_shows_due_contacts_with_no_safe_time_left(qtbot, session):
    evening = datetime.combine(date.today(), time(22, 30), LONDON)
    today = TodayWidget(session)
    qtbot.addWidget(today)
    today.now = evening
    worked_out(qtbot, today)
    expected = agenda(session.store, evening, DAYS_AHEAD)["due_no_safe_time_today"]
    if not expected:
        assert today.findChild(QFrame, "noSafeTime") is None, "the section only appears when it has something"
        return
    texts = today.section_texts("noSafeTime")
    assert texts[0] == "Due, but no safe time to call today"
    for entry in expected:
        assert entry["preferred_name"] in texts
