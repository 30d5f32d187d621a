"""Hide at once (F12): sent from the main window and from every dialog the app can open, it covers the screen
with a neutral page (no app name, no case text), locks as Ctrl+L does, and only Ctrl+Shift+F12 and the
passphrase bring the caseload back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from safetyworker.ui.call_card_dialog import CallCardDialog
from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog
from safetyworker.ui.close_case_dialog import CloseCaseDialog
from safetyworker.ui.contact_log import LogCorrectionDialog, NoteDialog
from safetyworker.ui.controller import AppController
from safetyworker.ui.csv_import_dialog import CsvImportDialog
from safetyworker.ui.first_run import FirstRunDialog
from safetyworker.ui.plan_history import PlanHistoryDialog
from safetyworker.ui.plan_print import PlanPrintDialog
from safetyworker.ui.planned_contacts import PlanContactDialog
from safetyworker.ui.recovery_dialog import RecoveryDialog
from safetyworker.ui.safe_windows import PeriodDialog, SafeWindowDialog
from safetyworker.ui.settings_dialog import SettingsDialog
from safetyworker.ui.shortcuts_dialog import ShortcutsDialog
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.ui.test_app_and_lock import all_texts, start, texts_of, unlock

NEUTRAL_TITLE = "Untitled"
#: words that would tell someone looking what the app is or whose screen it is
REVEALING = ("Safety", "Caseload", "plan", "Ffion", "case")


def _case_id(session, name: str) -> str:
    return next(s.id for s in session.cases.search(include_closed=True) if s.preferred_name == name)


def press_hide(qtbot, widget: QWidget | None = None) -> None:
    target = widget or QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_F12)


def press_back(qtbot, controller: AppController) -> None:
    """Ctrl+Shift+F12 on the neutral page."""
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(controller.cover, Qt.Key.Key_F12, both)


def visible_windows(controller: AppController) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not controller.cover]


def assert_hidden(controller: AppController, secrets: list[str]) -> None:
    assert controller.covered and controller.cover is not None and controller.cover.isVisible()
    assert controller.cover.windowTitle() == NEUTRAL_TITLE
    assert controller.cover.windowIcon().pixmap(16, 16).toImage().pixelColor(8, 8).alpha() == 0, "no app icon"
    shown = visible_windows(controller)
    assert shown == [], f"still showing: {[type(w).__name__ for w in shown]}"
    cover_texts = [t for w in [controller.cover, *controller.cover.findChildren(QWidget)] for t in texts_of(w)]
    assert all(word not in " ".join(cover_texts) for word in REVEALING)
    everything = all_texts()
    for secret in secrets:
        assert secret not in everything, f"{secret!r} is still held by a widget"


def test_f12_hides_the_main_window_locks_and_comes_back_only_with_the_passphrase(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    case_id = _case_id(controller.session, "Ffion")
    window.open_case(case_id)
    qtbot.keyClicks(window.record.ui.locality, " edited")  # an edit not saved yet
    name = "Ffion"
    assert name in all_texts()

    press_hide(qtbot, window.record.ui.locality)
    assert controller.cover.isVisible() and not window.isVisible(), "hidden at once, before the lock"
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    assert_hidden(controller, [name])
    assert controller.dialog is None, "no passphrase screen (it names the app) until the worker comes back"

    press_hide(qtbot, controller.cover)  # a second F12 in a hurry changes nothing
    assert controller.covered and controller.dialog is None

    press_back(qtbot, controller)
    assert not controller.covered and isinstance(controller.dialog, UnlockDialog)
    seen: list[str] = []

    def read_notice() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_notice)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_notice)  # the notice that the unsaved edit was not kept (as after Ctrl+L)
    unlock(qtbot, controller)
    assert seen and "not kept" in seen[0]
    assert controller.window.position()["case_id"] == case_id
    controller.shutdown()


def test_the_hide_key_is_in_the_shortcuts_list(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    first = dialog.ui.keys.item(0, 0).text(), dialog.ui.keys.item(0, 1).text()
    assert first[0] == "F12" and "Hide" in first[1]
    assert dialog.ui.keys.item(1, 0).text() == "Ctrl+Shift+F12"


def test_the_hide_button_does_the_same(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    name = controller.window.proxy.index(0, 0).data()
    controller.window.ui.actionHide.trigger()
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    assert_hidden(controller, [name])
    controller.shutdown()


def test_closing_the_neutral_page_quits_without_showing_anything(qtbot, demo_store_dir, monkeypatch):
    controller = start(qtbot, demo_store_dir)
    press_hide(qtbot, controller.window)
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    controller.cover.close()  # Alt+F4
    assert quits == [True]
    controller.shutdown()


def test_a_hide_during_a_bundle_job_covers_at_once_and_locks_when_it_ends(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    name = controller.window.proxy.index(0, 0).data()
    sync = controller.window.sync
    sync.busy = True  # as while a worker thread applies a bundle
    press_hide(qtbot, controller.window)
    qtbot.wait(50)
    assert controller.session is not None, "the store is not closed under a running import"
    assert visible_windows(controller) == [] and controller.cover.isVisible()
    press_back(qtbot, controller)
    assert controller.covered and controller.window is not None, "no way back until it has locked"
    sync.busy = False
    sync.idle.emit()
    assert controller.session is None
    assert_hidden(controller, [name])
    controller.shutdown()


# -- from every dialog -----------------------------------------------------------------------------------------
def _on_case(window, name: str = "Ffion"):
    window.open_case(_case_id(window.session, name))
    return window.record


def _open_settings(window) -> None:
    window.ui.actionSettings.trigger()


def _open_change_passphrase(window) -> None:
    def then() -> None:
        settings = QApplication.activeModalWidget()
        assert isinstance(settings, SettingsDialog)
        settings.ui.changePassphraseButton.click()

    QTimer.singleShot(0, then)
    window.ui.actionSettings.trigger()


def _open_csv_import(window) -> None:
    window.ui.actionImportCsv.trigger()


def _open_file_chooser(window) -> None:
    def then() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CsvImportDialog):
            QTimer.singleShot(20, then)
            return
        dialog.chooseButton.click()  # Qt's own file dialog (a system one never sees the key: see README)

    QTimer.singleShot(0, then)
    window.ui.actionImportCsv.trigger()


def _open_call_card(window) -> None:
    _on_case(window)
    window.ui.actionCallCard.trigger()


def _open_print_preview(window) -> None:
    record = _on_case(window)
    record.ui.tabs.setCurrentWidget(record.ui.planTab)
    record.ui.planPanel.ui.printButton.click()


def _open_plan_history(window) -> None:
    record = _on_case(window)
    record.ui.tabs.setCurrentWidget(record.ui.planTab)
    record.ui.planPanel.ui.historyButton.click()


def _open_close_case(window) -> None:
    _on_case(window).ui.closeCaseButton.click()


def _open_unsaved_question(window) -> None:
    record = _on_case(window)
    record.ui.locality.setText("Somewhere else")  # an unsaved edit: leaving asks (a static QMessageBox)
    window.ui.actionToday.trigger()


def _open_safe_window(window) -> None:
    record = _on_case(window)
    record.ui.tabs.setCurrentWidget(record.ui.contactTab)
    record.ui.contactPanel.editor.add_window()


def _open_one_off(window) -> None:
    record = _on_case(window)
    record.ui.tabs.setCurrentWidget(record.ui.contactTab)
    record.ui.contactPanel.editor.ui.addOneOff.click()


def _open_plan_contact(window) -> None:
    record = _on_case(window)
    record.plannedPanel.planButton.click()


def _open_log_correction(window) -> None:
    record = _on_case(window)
    tree = record.ui.logPanel.ui.logTree
    record.ui.tabs.setCurrentWidget(record.ui.logTab)
    tree.setCurrentItem(tree.topLevelItem(0))
    record.ui.logPanel.correct_entry()


def _open_note_correction(window) -> None:
    record = _on_case(window)
    record.ui.tabs.setCurrentWidget(record.ui.notesTab)
    notes = record.ui.notesPanel
    notes.ui.notesList.setCurrentRow(0)
    notes.correct_note()


def _open_shortcuts(window) -> None:
    window.ui.actionShortcuts.trigger()


def _open_sync_menu(window) -> None:
    button = window.ui.toolBar.widgetForAction(window.ui.actionSync)
    button.showMenu()


OPENERS: dict[str, tuple[Callable, type]] = {
    "settings": (_open_settings, SettingsDialog),
    "change passphrase": (_open_change_passphrase, ChangePassphraseDialog),
    "csv import": (_open_csv_import, CsvImportDialog),
    "file chooser": (_open_file_chooser, QFileDialog),
    "call card": (_open_call_card, CallCardDialog),
    "print preview": (_open_print_preview, PlanPrintDialog),
    "plan history": (_open_plan_history, PlanHistoryDialog),
    "close case": (_open_close_case, CloseCaseDialog),
    "unsaved changes question": (_open_unsaved_question, QMessageBox),
    "safe time": (_open_safe_window, SafeWindowDialog),
    "one-off safe time": (_open_one_off, PeriodDialog),
    "plan a contact": (_open_plan_contact, PlanContactDialog),
    "log correction": (_open_log_correction, LogCorrectionDialog),
    "note correction": (_open_note_correction, NoteDialog),
    "sync menu": (_open_sync_menu, QMenu),
    "shortcuts": (_open_shortcuts, ShortcutsDialog),
}


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # an offscreen menu cannot grab it
@pytest.mark.parametrize("which", list(OPENERS))
def test_f12_from_every_dialog_hides_it_and_everything_else(qtbot, demo_store_dir, which):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    opener, kind = OPENERS[which]
    session = controller.session
    secrets = [s.preferred_name for s in session.cases.search()]
    pressed: list[QWidget] = []

    def press_when_open() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, press_when_open)
            return
        pressed.append(shown[0])
        focus = QApplication.focusWidget()
        press_hide(qtbot, focus if focus is not None and focus.window() is shown[0] else shown[0])

    QTimer.singleShot(0, press_when_open)
    opener(window)
    qtbot.waitUntil(lambda: bool(pressed), timeout=5_000)
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    assert_hidden(controller, secrets)
    for widget in pressed:
        assert not shiboken6.isValid(widget) or not widget.isVisible()
    controller.shutdown()


@pytest.mark.parametrize("which", ["first run", "unlock", "recovery"])
def test_f12_before_unlocking_hides_and_comes_back_to_the_same_screen(qtbot, demo_store_dir, tmp_path, which):
    controller = AppController(tmp_path / "new" if which == "first run" else demo_store_dir)
    controller.start()
    first = controller.dialog
    assert isinstance(first, FirstRunDialog | UnlockDialog)
    pressed: list[QDialog] = []
    if which == "recovery":

        def press_in_recovery() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, RecoveryDialog):
                QTimer.singleShot(20, press_in_recovery)
                return
            pressed.append(dialog)
            press_hide(qtbot, dialog)

        QTimer.singleShot(0, press_in_recovery)
        first.ui.forgotButton.click()
    else:
        press_hide(qtbot, first)
    assert controller.covered and visible_windows(controller) == []
    assert_hidden(controller, [])
    press_back(qtbot, controller)
    assert controller.dialog is first and first.isVisible()
    controller.shutdown()


def test_the_idle_lock_with_a_question_open_hides_it_and_locks_without_crashing(qtbot, demo_store_dir):
    """Qt's static message boxes live on the stack: locking inside one's loop deleted it twice (a crash).
    The idle lock now hides every window at once and locks when the box has left its loop."""
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    name = "Ffion"
    asked: list[QMessageBox] = []

    def idle_while_asked() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, idle_while_asked)
            return
        asked.append(box)
        controller.triggers.lock_now.emit("idle")

    QTimer.singleShot(0, idle_while_asked)
    _open_unsaved_question(window)
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    assert asked and isinstance(controller.dialog, UnlockDialog) and controller.dialog.isVisible()
    assert name not in all_texts()
    controller.shutdown()
