"""A worker's first week, tried as they would: forms half-filled when the app locks, views that show the same
thing kept in step, the window while a job runs. Each test is a defect found by use (see the w3 report)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safetyworker.ui.controller import AppController
from safetyworker.ui.sharing_tab import SharingDialog
from safetyworker.ui.visit_dialog import PlanVisitDialog
from tests.ui.test_app_and_lock import start, unlock
from tests.ui.test_small_laptop_defects import answer_box, click_row, click_tab

LEFT = Qt.MouseButton.LeftButton


def _when_shown(dialog_type, act) -> list:
    seen: list = []

    def attempt(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type) and not seen:
            seen.append(dialog)
            act(dialog)
        elif tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)
    return seen


def _lock_while_open(qtbot, controller: AppController, dialog_type, fill, open_it) -> list[str]:
    """Open a form, type into it, let the idle timer lock the app, unlock: what was the worker told?"""

    def act(dialog) -> None:
        fill(dialog)
        controller.triggers.lock_now.emit("idle")

    seen = _when_shown(dialog_type, act)
    open_it()
    assert seen, "the form was shown"
    qtbot.waitUntil(lambda: controller.window is None, timeout=10_000)
    told: list[str] = []
    answer_box(QMessageBox.StandardButton.Ok, told)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(told), timeout=5_000)
    return told


def test_locking_with_a_half_filled_sharing_form_says_it_was_not_kept(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    click_row(qtbot, window, "Nia")
    record = window.record
    click_tab(qtbot, record, record.sharingPanel)

    def fill(dialog: SharingDialog) -> None:
        qtbot.keyClicks(dialog.ui.summary, "He has moved to a flat on Broad Street.")

    told = _lock_while_open(
        qtbot, controller, SharingDialog, fill, lambda: qtbot.mouseClick(record.sharingPanel.addButton, LEFT)
    )
    assert "not kept" in told[0] and "sharing" in told[0].lower()
    controller.shutdown()


def test_locking_with_a_half_planned_visit_says_it_was_not_kept(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    window.show_visits()
    visits = window.visits

    def fill(dialog: PlanVisitDialog) -> None:
        dialog.ui.atNeutral.setChecked(True)
        qtbot.keyClicks(dialog.ui.place, "The library")

    told = _lock_while_open(qtbot, controller, PlanVisitDialog, fill, lambda: visits.ui.planButton.click())
    assert "not kept" in told[0] and "visit" in told[0].lower()
    controller.shutdown()


def test_an_untouched_form_open_at_a_lock_says_nothing(qtbot, demo_store_dir):
    """Only what the worker typed is worth a word: a form opened and left as it was is not reported."""
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    window.show_visits()
    seen = _when_shown(PlanVisitDialog, lambda _d: controller.triggers.lock_now.emit("idle"))
    window.visits.ui.planButton.click()
    assert seen
    qtbot.waitUntil(lambda: controller.window is None, timeout=10_000)
    assert controller._notice == ""
    controller.shutdown()


def test_f12_in_the_persons_view_with_an_edit_says_it_was_not_kept(qtbot, demo_store_dir):
    """Items changed with the person, then F12 (someone came in): the lock dropped the changes and, after the
    passphrase, nothing said so (the case form's own edits are reported; the person's view was not)."""
    from safetyworker.ui.person_view import ItemText
    from tests.ui.test_hide_at_once import press_back
    from tests.ui.test_person_view import _open_person_view

    controller = start(qtbot, demo_store_dir)
    view = _open_person_view(qtbot, controller)
    editor = view.findChildren(ItemText)[0]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Or text her.")
    qtbot.keyClick(editor, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    press_back(qtbot, controller)
    told: list[str] = []
    answer_box(QMessageBox.StandardButton.Ok, told)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(told), timeout=5_000)
    assert "not kept" in told[0] and "plan" in told[0]
    controller.shutdown()


def test_locking_with_a_half_filled_risk_checklist_says_it_was_not_kept(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    click_row(qtbot, window, "Nia")
    record = window.record
    record.ui.tabs.setCurrentWidget(record.riskPanel)
    panel = record.riskPanel
    panel.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.table, Qt.Key.Key_1)
    controller.triggers.lock_now.emit("idle")
    qtbot.waitUntil(lambda: controller.window is None, timeout=10_000)
    told: list[str] = []
    answer_box(QMessageBox.StandardButton.Ok, told)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(told), timeout=5_000)
    assert "not kept" in told[0]
    controller.shutdown()


def _today_names(qtbot, window, section: str) -> list[str]:
    today = window.today
    qtbot.waitUntil(lambda: not today.busy, timeout=15_000)
    return today.section_texts(section)


def test_logging_a_call_that_reached_them_takes_the_case_off_today_and_the_overdue_list(qtbot, demo_store_dir):
    from safetyworker.ui.caseload_model import CaseloadModel

    controller = start(qtbot, demo_store_dir)
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert any("Priya" in t for t in _today_names(qtbot, window, "overdue")), "Priya's contact is overdue"

    def next_contact() -> str:
        proxy = window.proxy
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, CaseloadModel.NAME).data() == "Priya")
        return proxy.index(row, CaseloadModel.NEXT).data(Qt.ItemDataRole.ToolTipRole) or ""

    assert "Overdue" in next_contact()
    click_row(qtbot, window, "Priya")
    record = window.record
    click_tab(qtbot, record, record.ui.logTab)
    form = record.ui.logPanel.ui.entryForm.ui
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.outcome.setCurrentIndex(form.outcome.findData("spoke"))
    form.overrideReason.setText("They rang us and asked us to ring back")  # whatever the time of the test
    qtbot.mouseClick(record.ui.logPanel.ui.addEntry, LEFT)
    assert not record.has_unadded_log_entry(), record.ui.logPanel.ui.addError.text()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert not any("Priya" in t for t in _today_names(qtbot, window, "overdue"))
    assert "Overdue" not in next_contact()
    controller.shutdown()
