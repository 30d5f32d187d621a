"""The whole desktop flow: unlock, find a case, lock (by hand and when idle), come back to where you were."""

from __future__ import annotations

import subprocess
import sys

import keyring
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from safetyworker.ui.clipboard import ClipboardGuard
from safetyworker.ui.controller import AppController
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE, LockedKeyring


def unlock(qtbot, controller: AppController) -> None:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)


def texts_of(w: QWidget) -> list[str]:
    """Every piece of text a widget shows or holds, including its item model's cells."""
    found = []
    for getter in ("text", "toPlainText", "windowTitle", "toolTip", "placeholderText", "currentText"):
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and getter == "text":
            continue
        fn = getattr(w, getter, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str):
                found.append(value)
    model = getattr(w, "model", None)
    m = model() if callable(model) else None
    if m is not None:
        try:
            columns = m.columnCount(QModelIndex())
        except TypeError:  # list models keep columnCount private: one column
            columns = 1
        for r in range(m.rowCount(QModelIndex())):
            for c in range(columns):
                found.append(str(m.index(r, c).data()))
    return found


def all_texts() -> str:
    return "\n".join(t for top in QApplication.allWidgets() for t in texts_of(top))


def start(qtbot, folder) -> AppController:
    controller = AppController(folder)
    controller.start()
    unlock(qtbot, controller)
    return controller


def test_unlock_filter_open_lock_and_return(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    total = window.proxy.rowCount()
    assert total >= 10
    name = window.proxy.index(0, 0).data()
    qtbot.keyClicks(window.ui.search, name[:4])
    assert 0 < window.proxy.rowCount() < total
    window.ui.caseTable.selectRow(0)
    qtbot.waitUntil(lambda: window.record.isVisible(), timeout=5_000)
    chosen = window.position()["case_id"]
    assert chosen is not None

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L locks
    assert controller.window is None and controller.session is None
    assert isinstance(controller.dialog, UnlockDialog)
    assert name not in all_texts(), "after lock no widget holds a case's name"

    unlock(qtbot, controller)
    assert controller.window.position()["case_id"] == chosen
    assert controller.window.ui.search.text() == name[:4]
    controller.shutdown()


def test_auto_lock_after_idle_time(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    name = controller.window.proxy.index(0, 0).data()
    controller.window.ui.caseTable.selectRow(0)
    assert name in all_texts()
    controller.triggers.set_idle_interval_ms(300)
    qtbot.waitUntil(lambda: controller.window is None, timeout=5_000)
    assert controller.session is None
    assert name not in all_texts()
    controller.shutdown()


def test_keyboard_find_and_new_case(qtbot, demo_store_dir):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.search.hasFocus() or QApplication.focusWidget() is window.ui.search
    window.ui.actionNewCase.trigger()
    assert window.ui.recordStack.currentWidget() is window.record
    controller.shutdown()


def test_copied_number_is_cleared(qtbot):
    guard = ClipboardGuard(clear_after_ms=100)
    guard.copy("07700 900123")
    assert QGuiApplication.clipboard().text() == "07700 900123"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2_000)


def test_clipboard_keeps_what_someone_else_copied(qtbot):
    guard = ClipboardGuard(clear_after_ms=100)
    guard.copy("07700 900123")
    QGuiApplication.clipboard().setText("shopping list")
    qtbot.wait(250)
    assert QGuiApplication.clipboard().text() == "shopping list"


def test_no_display_is_one_clear_line():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    result = subprocess.run(
        [sys.executable, "-m", "safetyworker.ui.app"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no display" in result.stderr


def test_reminders_are_rebuilt_at_unlock_and_dropped_at_lock(qtbot, demo_store_dir):
    from datetime import UTC, datetime

    from safetyworker.services.agenda import reminder_times

    controller = start(qtbot, demo_store_dir)
    reminders = controller.reminders
    # built from the Today view's agenda (worked out once, off the GUI thread), not a second one at unlock
    qtbot.waitUntil(lambda: reminders.job_count() >= 1, timeout=10_000)
    now = datetime.now(UTC)
    _count, starts = reminder_times(controller.session.store, now)
    # one job per safe window still to open today, plus the regular rebuild
    assert reminders.job_count() == 1 + len([s for s in starts if s > now])
    names = [controller.window.proxy.index(r, 0).data() for r in range(controller.window.proxy.rowCount())]
    assert not any(name in reminders.last_text for name in names), "reminders never name anyone"

    controller.lock()
    assert reminders.job_count() == 0
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: reminders.job_count() >= 1, timeout=10_000)  # again from Today's agenda
    controller.shutdown()
    assert reminders.job_count() == 0


def test_reminder_text_is_discreet(qtbot, session):
    from datetime import UTC, datetime

    from safetyworker.ui.reminders import Reminders

    reminders = Reminders(now=lambda: datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    with qtbot.waitSignal(reminders.notice, timeout=1000, raising=False) as blocker:
        reminders._announce(2)
    assert blocker.args == ["2 calls can be made now"]
    reminders.stop()


def test_opening_with_the_passphrase_alone_is_said_in_the_window(qtbot, demo_store_dir, memory_keyring):
    """The keyring is locked: the worker opens with the passphrase alone; the window says the keyring was skipped
    and that the next unlock tries it again (nothing was moved)."""
    keyring.set_keyring(LockedKeyring(memory_keyring.entries))
    controller = AppController(demo_store_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.ui.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.keyringPanel.isVisible, timeout=10_000)
    qtbot.mouseClick(dialog.ui.keyringOnceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert "passphrase alone" in controller.window.statusBar().currentMessage()
    # a safe time opening a moment later (the demo has some around midday) adds to the message, never wipes it
    controller.reminders._announce(1)
    message = controller.window.statusBar().currentMessage()
    assert "1 call can be made now" in message and "passphrase alone" in message
    controller.shutdown()
