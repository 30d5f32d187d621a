"""Every control of every window and dialog has a name a screen reader can say (its own accessible name, a
buddy label, or its text), checked through Qt's accessibility interface (QAccessible), not through our own
attributes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton

from safetyworker.services.agenda import callable_now
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.call_card_dialog import CallCardDialog
from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog
from safetyworker.ui.close_case_dialog import CloseCaseDialog
from safetyworker.ui.conflicts_dialog import ConflictsDialog
from safetyworker.ui.contact_log import LogCorrectionDialog, NoteDialog
from safetyworker.ui.csv_import_dialog import CsvImportDialog
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.planned_contacts import CancelContactDialog, PlanContactDialog
from safetyworker.ui.recovery_dialog import RecoveryDialog
from safetyworker.ui.safe_windows import PeriodDialog, SafeWindowDialog
from safetyworker.ui.settings_dialog import SettingsDialog
from safetyworker.ui.shortcuts_dialog import ShortcutsDialog
from safetyworker.ui.today import TodayWidget
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.ui.accessible import accessible_name, placeholder_only, unnamed_controls


def _case_id(session, name: str) -> str:
    return next(s.id for s in session.cases.search(include_closed=True) if s.preferred_name == name)


def test_the_caseload_table_and_the_search_box_have_names(qtbot, session, bridge):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    assert accessible_name(window.ui.caseTable) == "Caseload"
    assert accessible_name(window.ui.search) == "Find a case"
    table = QAccessible.queryAccessibleInterface(window.ui.caseTable)
    assert table.role() == QAccessible.Role.Table


def test_every_control_of_the_main_window_has_a_name(qtbot, session, bridge):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    window.open_case(_case_id(session, "Ffion"))  # the record with every tab built
    assert unnamed_controls(window) == []
    window.show_today()
    assert unnamed_controls(window) == []


def _dialogs(session, tmp_path, demo_store_dir, window):
    case_id = _case_id(session, "Ffion")
    log = session.cases.history(case_id)["contact_log"]
    yield UnlockDialog(demo_store_dir)
    yield FirstRunDialog(tmp_path / "new")
    yield SettingsDialog(folder=demo_store_dir)
    yield ChangePassphraseDialog(demo_store_dir)
    yield RecoveryDialog(demo_store_dir)
    yield CsvImportDialog(session)
    yield CallCardDialog(session, case_id)
    yield CloseCaseDialog()
    yield SafeWindowDialog()
    yield PeriodDialog(None, "When", "A one-off safe time")
    yield CancelContactDialog(None, "the mid-point contact")
    yield PlanContactDialog(date.today())
    if log:
        yield LogCorrectionDialog(None, [], log[0])
    yield NoteDialog(None, "A note")
    yield ConflictsDialog(session)
    yield AuditDialog(session)
    yield ShortcutsDialog()
    window.open_case(case_id)
    panel = window.record.ui.planPanel
    yield panel.open_print(None)
    yield panel.show_history()


def test_every_control_of_every_dialog_has_a_name(qtbot, session, bridge, tmp_path, demo_store_dir):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    problems = []
    for dialog in _dialogs(session, tmp_path, demo_store_dir, window):
        assert dialog is not None
        qtbot.addWidget(dialog)
        problems += [f"{type(dialog).__name__}: {line}" for line in unnamed_controls(dialog)]
    assert problems == []


@pytest.mark.parametrize("page", [0, 1, 2, 3])
def test_every_page_of_the_first_run_has_names(qtbot, tmp_path, page):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    dialog.ui.pages.setCurrentIndex(page)
    assert unnamed_controls(dialog) == []


def a_moment_with_calls(session) -> datetime:
    """The first half hour of the coming week (08:00-20:00 London) when the demo has calls to make now: the demo's
    safe windows and due contacts follow the weekday it was made on, so 10:00 today has none on some days."""
    london = ZoneInfo("Europe/London")
    for day in range(7):
        for minutes in range(8 * 60, 20 * 60, 30):
            moment = datetime.combine(date.today() + timedelta(days=day), time(minutes // 60, minutes % 60), london)
            if callable_now(session.store, moment):
                return moment
    raise AssertionError("the demo has no call to make in the coming week")


def test_each_call_card_button_on_today_says_whose_card_it_is(qtbot, session):
    today = TodayWidget(session)
    qtbot.addWidget(today)
    today.now = a_moment_with_calls(session)
    today.refresh()
    qtbot.waitUntil(lambda: not today.busy, timeout=10_000)
    cards = [b for b in today.findChildren(QPushButton) if b.text() == "Call card…"]
    names = [accessible_name(b) for b in cards]
    assert names and len(set(names)) == len(names) and all(n.startswith("Call card for ") for n in names)


def test_no_text_field_is_labelled_by_a_placeholder_alone(qtbot, session, bridge, tmp_path, demo_store_dir):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.open_case(_case_id(session, "Ffion"))
    problems = [f"MainWindow: {line}" for line in placeholder_only(window)]
    for dialog in _dialogs(session, tmp_path, demo_store_dir, window):
        qtbot.addWidget(dialog)
        problems += [f"{type(dialog).__name__}: {line}" for line in placeholder_only(dialog)]
    assert problems == [], "\n".join(problems)
