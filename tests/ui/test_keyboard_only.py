"""The whole daily path by keyboard alone: unlock, Today, open a case, log a call, preview a pocket card, lock.

The test only sends keys (to whatever has the focus, as a keyboard does); it reads state to check, never clicks
or calls the app to act. Each control the focus lands on must have a name that Qt's accessibility interface
gives a screen reader, so the tab order reaches nothing a screen reader user could not tell apart."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from safetyworker.ui.controller import AppController
from safetyworker.ui.plan_print import PlanPrintDialog
from safetyworker.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.ui.accessible import accessible_name

NoMod = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Keys sent to the focus, and the names heard on the way."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.unnamed: list[str] = []

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the focus is nowhere: a keyboard user is lost"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NoMod) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def tab_to(self, wanted: Callable[[QWidget], bool], limit: int = 120) -> QWidget:
        path = []
        for _ in range(limit):
            widget = self.focus()
            path.append(f"{type(widget).__name__}:{widget.objectName()}:{accessible_name(widget)[:20]}")
            if not accessible_name(widget):
                self.unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
            if wanted(widget):
                return widget
            self.press(Qt.Key.Key_Tab)
        raise AssertionError("Tab never reached the control: " + " > ".join(path[:40]))

    def to_tab(self, tabs, page: QWidget) -> None:
        """The record's tabs: Tab to the tab bar, then arrows to the page."""
        self.tab_to(lambda w: w is tabs.tabBar())
        for _ in range(tabs.count()):
            if tabs.currentWidget() is page:
                return
            self.press(Qt.Key.Key_Right if tabs.indexOf(page) > tabs.currentIndex() else Qt.Key.Key_Left)
        assert tabs.currentWidget() is page


def test_the_daily_path_by_keyboard_alone(qtbot, demo_store_dir):
    keys = Keyboard(qtbot)
    controller = AppController(demo_store_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.passphrase, timeout=5_000)
    keys.type(PASSPHRASE)  # unlock: the passphrase has the focus, Enter opens
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)

    keys.press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Today
    assert window.ui.recordStack.currentWidget() is window.today
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    # the new rows are shown by a queued event after the agenda arrives (QLayout): a person sees them first
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in window.today.findChildren(QPushButton) if b.text() == "Ffion"),
        timeout=5_000,
    )
    name = keys.tab_to(lambda w: isinstance(w, QPushButton) and w.text() == "Ffion" and w.property("case_id"))
    case_id = name.property("case_id")
    keys.press(Qt.Key.Key_Space)  # open the case
    qtbot.waitUntil(lambda: window.record.isVisible(), timeout=5_000)
    assert window.position()["case_id"] == case_id

    record = window.record
    before = len(controller.session.cases.history(case_id)["contact_log"])
    keys.to_tab(record.ui.tabs, record.ui.logTab)  # log a call
    form = record.ui.logPanel.ui.entryForm
    keys.tab_to(lambda w: w is form.ui.note)
    keys.type("Spoke about the new bus times")
    keys.tab_to(lambda w: w is form.ui.overrideReason)
    keys.type("Rang back when asked")
    keys.tab_to(lambda w: w is record.ui.logPanel.ui.addEntry)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(controller.session.cases.history(case_id)["contact_log"]) == before + 1, timeout=5_000)

    keys.to_tab(record.ui.tabs, record.ui.planTab)  # preview a pocket card
    plan = record.ui.planPanel
    keys.tab_to(lambda w: w is plan.ui.printButton)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PlanPrintDialog), timeout=5_000)
    preview = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview, timeout=5_000)
    keys.tab_to(lambda w: w is preview.ui.personalCopy)  # the choice of copy: Tab to it, arrows within it
    keys.press(Qt.Key.Key_Down)
    assert preview.ui.pocketCard.isChecked()
    qtbot.waitUntil(lambda: not preview.busy and preview.page_count() > 0, timeout=15_000)
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview) or not preview.isVisible(), timeout=5_000)
    # A desktop's window manager gives the focus back to the window a dialog belonged to; offscreen has none,
    # so the test does that one thing for it (it is not the app acting on a key).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)

    keys.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert controller.window is None and controller.session is None
    assert isinstance(controller.dialog, UnlockDialog)
    assert keys.unnamed == [], "the focus landed on controls with no name"
    controller.shutdown()


def _tab_order(qtbot, dialog, first: QWidget, stops: int) -> list[str]:
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    first.setFocus()
    order = []
    for _ in range(stops):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return order


def test_unlock_tab_order_follows_the_screen(qtbot, demo_store_dir):
    dialog = UnlockDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    assert _tab_order(qtbot, dialog, dialog.ui.passphrase, 6) == [
        "passphrase",
        "showPassphrase",
        "forgotButton",
        "quitButton",
        "unlockButton",
        "passphrase",
    ]


def test_change_passphrase_tab_order_follows_the_screen(qtbot, demo_store_dir):
    from safetyworker.ui.change_passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(demo_store_dir)
    qtbot.addWidget(dialog)
    order = _tab_order(qtbot, dialog, dialog.current, 5)
    assert order == ["currentPassphrase", "showCurrent", "newPassphrase", "repeatPassphrase", "showPassphrases"]
