"""The call protocol in the desktop: the number in its safe time is the one shown (Today, the caseload's "Can call
now" column, the call card); a text to a number not safe to text needs a reason; and while locked, a safe time
starting is announced without a name, id or number."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt

from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.store.vault import Store
from safetyworker.ui.caseload_model import CaseloadModel
from safetyworker.ui.contact_log import ContactLogPanel
from safetyworker.ui.controller import AppController
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.test_call_protocol import MONDAY_10_30, MONDAY_13_00, TWO_NUMBERS
from tests.ui.test_app_and_lock import all_texts, unlock

NUMBERS = ("07700 900601", "01632 960602", "07700 900603", "7700900601", "1632960602", "7700900603")


@pytest.fixture
def folder(tmp_path):
    """A store holding one case (Bethan) whose first number is safe 14:00-16:00 on Mondays, its second
    10:00-12:00, and its third never to call but safe to text."""
    path = tmp_path / "store"
    with Store.create(path, PASSPHRASE) as store:
        CaseService(store).add(TWO_NUMBERS)
    return path


@pytest.fixture
def bethan(folder):
    session = Session(Store.unlock(folder, PASSPHRASE))
    case_id = session.cases.search()[0].id
    yield session, case_id
    session.lock()


def test_the_number_in_its_safe_time_is_shown_everywhere(qtbot, bethan):
    from safetyworker.ui.bridge import CoreBridge
    from safetyworker.ui.main_window import MainWindow

    session, case_id = bethan
    bridge = CoreBridge(session.store.events)
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.today.now = MONDAY_10_30
    with qtbot.waitSignal(window.today.refreshed, timeout=15_000):  # worked out off the GUI thread
        window.show_today()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first Today, built at opening

    calls = window.today.section_texts("callsNow")
    assert "Bethan" in calls and "01632 960602 · safe until 12:00" in calls
    column = window.proxy.index(window.proxy.row_of(case_id), CaseloadModel.CALL_NOW).data()
    assert column == "01632 960602, until 12:00"
    card = window.today.call_card(case_id)
    qtbot.addWidget(card)
    assert card.ui.number.text() == "01632 960602"
    assert card.ui.safeNow.text() == "Safe to call now until 12:00"
    bridge.detach()


def test_a_text_to_a_number_not_safe_to_text_needs_a_reason(qtbot, bethan):
    session, case_id = bethan
    doc = session.cases.show(case_id)
    panel = ContactLogPanel()
    qtbot.addWidget(panel)
    panel.bind(session)
    panel.set_case(case_id, doc["contact_methods"], doc["contact_log"])
    panel.show()
    form = panel.ui.entryForm

    earlier = datetime.now(UTC) - timedelta(hours=1)
    form.ui.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(earlier.timestamp())))
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("text"))
    assert form.ui.method.currentText().endswith("07700 900603"), "the number safe to text is offered first"
    form.ui.method.setCurrentIndex(0)  # the first number: not marked safe to text
    assert form.ui.methodWarning.text() == "This number is marked not safe to text: say below why it was texted."
    qtbot.mouseClick(panel.ui.addEntry, Qt.MouseButton.LeftButton)
    assert form.overrideError.isVisible() and "not safe to text" in form.overrideError.text()
    assert session.cases.show(case_id)["contact_log"] == []

    qtbot.keyClicks(form.ui.overrideReason, "She texted from it first and asked for a reply")
    with qtbot.waitSignal(panel.appended):
        qtbot.mouseClick(panel.ui.addEntry, Qt.MouseButton.LeftButton)
    [entry] = session.cases.show(case_id)["contact_log"]
    assert (entry["channel"], entry["override_reason"]) == ("text", "She texted from it first and asked for a reply")


def test_a_phone_call_on_a_case_with_no_number_says_to_add_it(qtbot, session):
    from safetyworker.ui.log_entry_form import LogEntryForm

    form = LogEntryForm()
    qtbot.addWidget(form)
    form.show()
    form.set_methods([])
    assert form.ui.channel.currentData() == "phone"
    assert "no phone number yet" in form.ui.methodWarning.text() and form.ui.methodWarning.isVisible()
    assert form.entry()["contact_method_id"] is None
    assert form.show_problem("contact_method_id", "say which number was rung")
    assert form.ui.methodWarning.text() == "Say which number was rung."


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def _strings(value) -> list[str]:
    """Every string held in ``value`` (containers opened)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _strings(v)]
    return []


def test_a_safe_time_starting_while_locked_is_announced_discreetly(qtbot, folder):
    controller = AppController(folder)
    controller.start()
    unlock(qtbot, controller)
    case_id = controller.window.proxy.case_id(0)
    reminders = controller.reminders
    clock = Clock(MONDAY_13_00)  # the first number's window opens at 14:00 today
    reminders._now = clock

    controller.lock()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and not dialog.ui.notice.isVisible()
    opens, ends = datetime(2030, 1, 7, 14, 0, tzinfo=UTC), datetime(2030, 1, 7, 16, 0, tzinfo=UTC)
    assert reminders.kept_while_locked() == [(opens, ends)], "only the times of the window are kept"
    kept = _strings(vars(reminders))
    for secret in ("Bethan", case_id, *NUMBERS):
        assert not any(secret in s for s in kept), f"{secret!r} is kept across the lock"

    reminders.set_locked_interval_ms(20)
    clock.at = opens - timedelta(minutes=1)
    qtbot.wait(100)
    assert not dialog.ui.notice.isVisible(), "nothing before the window opens"
    clock.at = opens + timedelta(seconds=30)
    qtbot.waitUntil(lambda: dialog.ui.notice.isVisible(), timeout=3_000)
    assert dialog.ui.notice.text() == "A safe time to call has started: unlock to see"
    assert reminders.last_text == "A safe time to call has started: unlock to see"
    shown = all_texts()
    for secret in ("Bethan", case_id, *NUMBERS):
        assert secret not in shown
    dialog.grab().save(str(folder.parent / "locked-notice.png"))

    unlock(qtbot, controller)
    assert reminders.kept_while_locked() == []
    controller.shutdown()
    assert reminders.kept_while_locked() == [] and reminders.job_count() == 0


def test_a_window_slept_through_while_locked_is_not_announced(qtbot, folder):
    controller = AppController(folder)
    controller.start()
    unlock(qtbot, controller)
    clock = Clock(MONDAY_13_00)
    controller.reminders._now = clock
    controller.lock()
    with qtbot.assertNotEmitted(controller.reminders.notice):
        clock.at = datetime(2030, 1, 7, 16, 30, tzinfo=UTC)  # woke after the window ended
        controller.reminders.check_locked()
    assert controller.reminders.kept_while_locked() == []
    assert not controller.dialog.ui.notice.isVisible()
    controller.shutdown()
