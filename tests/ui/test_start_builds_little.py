"""The main window at unlock builds only what the worker sees first (issue 18: start at office scale).

The case-record panel (a form of many tabs) is built the first time a case is opened, and the reminders'
scheduler (APScheduler, slow to import) when the first reminder jobs are built: neither before the caseload
and the Today view are on screen. Nothing a worker relies on changes: a case opens as before, a panel built
while a bundle is being imported starts held, and locking with no case opened has nothing to lose.
"""

from __future__ import annotations

import sys

from safetyworker.ui.main_window import MainWindow


def _window(session, bridge, qtbot) -> MainWindow:
    window = MainWindow(session, bridge)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.caseload_loading)
    return window


def test_the_record_panel_is_built_when_a_case_is_first_opened(qtbot, session, bridge):
    window = _window(session, bridge, qtbot)
    try:
        assert window.built_record is None, "no case open yet: the record panel is not built"
        assert window.ui.recordStack.currentWidget() is window.today
        assert window.maybe_leave_record(), "nothing to save: leaving is always fine"

        window.ui.caseTable.selectRow(0)  # a click on the first case, as the worker does
        record = window.built_record
        assert record is not None
        assert window.ui.recordStack.currentWidget() is record
        assert record.case_id == window.proxy.case_id(0)
        assert record.ui.preferredName.text() == window.proxy.index(0, 0).data()

        window.show_today()
        window.ui.caseTable.selectRow(1)
        assert window.built_record is record, "built once, then reused"
    finally:
        window.discard()
        window.close()


def test_a_record_panel_first_built_during_an_import_is_held(qtbot, session, bridge):
    window = _window(session, bridge, qtbot)
    try:
        window.job_started("Importing a bundle…", hold_cases=True)
        window.ui.caseTable.selectRow(0)
        record = window.built_record
        assert record is not None and record.held
        assert not record.ui.saveButton.isEnabled()
        window.job_ended("Importing a bundle…")
        assert not record.held
    finally:
        window.discard()
        window.close()


def test_discarding_a_window_that_never_opened_a_case(qtbot, session, bridge):
    window = _window(session, bridge, qtbot)
    window.discard()  # the app locked before any case was opened: nothing to clear, nothing fails
    assert window.built_record is None
    window.close()


def test_the_reminders_scheduler_is_made_with_the_first_jobs(qtbot, session):
    from safetyworker.ui.reminders import Reminders

    reminders = Reminders()
    reminders.start(session, agenda_coming=True)
    assert reminders._scheduler is None, "the Today view's agenda is coming: nothing built before it"
    reminders.agenda_worked_out(None)  # the agenda could not be worked out: built from the store instead
    assert reminders._scheduler is not None and reminders.job_count() >= 1
    assert "apscheduler" in sys.modules
    reminders.stop()
    assert reminders.job_count() == 0
