"""Issue 17's defects, met the way a worker meets them: keys typed one at a time, shortcuts pressed, rows and
tabs clicked, the app locked with something half-written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from safetyworker.ui.caseload_model import CaseloadModel
from safetyworker.ui.controller import AppController
from safetyworker.ui.look import apply_look
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.settings_dialog import SettingsDialog
from tests.ui.test_app_and_lock import start, unlock

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def looked(qapp):
    """The app's own style sheet, as the worker sees it (removed again after the test)."""
    apply_look(qapp)
    yield qapp
    qapp.setStyleSheet("")


@pytest.fixture
def window(session, bridge, qtbot) -> MainWindow:
    w = MainWindow(session, bridge)  # closed by this fixture, after discard(): see its end
    w.resize(1366, 700)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.discard()  # forgets any unsaved edit a test left, so closing asks nothing
    w.close()


def click_row(qtbot, window: MainWindow, name: str) -> None:
    table, proxy = window.ui.caseTable, window.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, CaseloadModel.NAME).data() == name)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # two separate clicks, not a double-click
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(proxy.index(row, CaseloadModel.NAME)).center())


def click_tab(qtbot, record, page: QWidget) -> None:
    bar = record.ui.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(record.ui.tabs.indexOf(page)).center())
    assert record.ui.tabs.currentWidget() is page


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Click the field, select what is there and type over it, one key at a time."""
    qtbot.mouseClick(widget, LEFT)
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def answer_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` on the message box that is about to be shown, noting what it said."""

    def attempt(tries: int = 400) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        elif tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)


def case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


# -- finding a case by phone number -----------------------------------------------------------------------------
def test_typing_a_phone_number_key_by_key_finds_the_case(qtbot, window, session):
    """The first keys ("0", "07") matched no name and emptied the list; the next ones only narrowed that empty
    list, so a typed number found nobody (pasting worked)."""
    search = window.ui.search
    qtbot.mouseClick(search, LEFT)
    qtbot.keyClicks(search, "07700 900774")  # Carys's mobile, one key at a time
    shown = [window.proxy.index(r, CaseloadModel.NAME).data() for r in range(window.proxy.rowCount())]
    assert shown == ["Carys"]
    assert not window.nothingFound.isVisible()


def test_a_search_that_finds_nobody_says_so(qtbot, window):
    qtbot.mouseClick(window.ui.search, LEFT)
    qtbot.keyClicks(window.ui.search, "Zebedee")
    assert window.proxy.rowCount() == 0
    assert window.nothingFound.isVisible() and window.nothingFound.text().startswith("Nothing found")
    qtbot.keyClick(window.ui.search, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(window.ui.search, Qt.Key.Key_Backspace)
    assert window.proxy.rowCount() > 10 and not window.nothingFound.isVisible()


# -- Ctrl+S, and every shortcut the README, tooltips and menus promise ----------------------------------------------
def test_ctrl_s_saves_the_case(qtbot, window, session):
    """The form set the Save button's shortcut, then setting its text cleared it: Ctrl+S did nothing."""
    click_row(qtbot, window, "Ffion")
    record = window.record
    click_tab(qtbot, record, record.ui.personTab)
    type_into(qtbot, record.ui.locality, "Llanidloes town")
    assert record.is_dirty()
    qtbot.keyClick(record.ui.locality, Qt.Key.Key_S, CTRL)
    assert not record.is_dirty()
    assert session.cases.show(case_id(session, "Ffion"))["locality"] == "Llanidloes town"


def documented_shortcuts() -> set[str]:
    """Every "Ctrl+<key>" the README, the forms (tooltips, placeholders, action shortcuts) and the code name."""
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "ui").glob("*.ui")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "safetyworker" / "ui").glob("*.py")]
    found = set()
    for text in texts:
        found |= {m.upper() for m in re.findall(r"\bCtrl\+([A-Za-z])\b", text)}
    return found - {"C"}  # Ctrl+C in app.py is the terminal's interrupt, not an app shortcut


def test_every_documented_shortcut_works_from_the_keyboard(qtbot, demo_store_dir):
    keys = {"F", "L", "N", "S", "T"}
    assert documented_shortcuts() <= keys, "a documented shortcut this test does not press"
    controller: AppController = start(qtbot, demo_store_dir)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    session = controller.session

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, CTRL)  # Ctrl+F: find
    assert QApplication.focusWidget() is window.ui.search
    qtbot.keyClicks(window.ui.search, "Ffion")
    qtbot.keyClick(window.ui.search, Qt.Key.Key_Down)
    click_row(qtbot, window, "Ffion")
    record = window.record
    assert window.ui.recordStack.currentWidget() is record

    click_tab(qtbot, record, record.ui.personTab)
    type_into(qtbot, record.ui.accessNeeds, "Large print, please")
    qtbot.keyClick(record.ui.accessNeeds, Qt.Key.Key_S, CTRL)  # Ctrl+S: save
    assert not record.is_dirty()
    assert session.cases.show(case_id(session, "Ffion"))["access_needs"] == "Large print, please"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, CTRL)  # Ctrl+T: Today
    assert window.ui.recordStack.currentWidget() is window.today

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL)  # Ctrl+N: a new case
    assert window.ui.recordStack.currentWidget() is record and record.case_id is None
    assert QApplication.focusWidget() is record.ui.preferredName

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)  # Ctrl+L: lock
    assert controller.window is None and controller.session is None
    controller.shutdown()


# -- a contact-log entry typed but not added --------------------------------------------------------------------
def start_a_log_entry(qtbot, window: MainWindow, name: str, note: str) -> None:
    click_row(qtbot, window, name)
    record = window.record
    click_tab(qtbot, record, record.ui.logTab)
    type_into(qtbot, record.ui.logPanel.ui.entryForm.ui.note, note)


def test_choosing_another_case_asks_about_a_half_written_log_entry(qtbot, window, session):
    start_a_log_entry(qtbot, window, "Carys", "Rang twice, no answer")
    form = window.record.ui.logPanel.ui.entryForm.ui
    type_into(qtbot, form.overrideReason, "She asked me to ring back now")  # it may be outside her safe times
    carys = case_id(session, "Carys")
    before = len(session.cases.show(carys)["contact_log"])

    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.Cancel, seen)
    click_row(qtbot, window, "Alex")
    assert seen and "has not been added" in seen[0]
    assert window.record.case_id == carys, "Cancel stays on the case, with the entry as it was"
    assert window.record.ui.logPanel.ui.entryForm.ui.note.text() == "Rang twice, no answer"

    answer_box(QMessageBox.StandardButton.Yes, seen)
    click_row(qtbot, window, "Alex")
    log = session.cases.show(carys)["contact_log"]
    assert len(log) == before + 1 and log[-1]["note"] == "Rang twice, no answer"
    assert window.record.case_id == case_id(session, "Alex")


def test_locking_with_a_half_written_log_entry_says_it_was_not_kept(qtbot, demo_store_dir):
    controller: AppController = start(qtbot, demo_store_dir)
    start_a_log_entry(qtbot, controller.window, "Carys", "Spoke briefly, call back at 3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)  # lock, as the idle timer would
    assert controller.window is None

    seen: list[str] = []
    answer_box(QMessageBox.StandardButton.Ok, seen)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "contact-log entry you were writing was added, so it was not kept" in seen[0]
    session = controller.session
    log = session.cases.show(case_id(session, "Carys"))["contact_log"]
    assert all(entry.get("note") != "Spoke briefly, call back at 3" for entry in log)
    controller.shutdown()


# -- dates --------------------------------------------------------------------------------------------------------
def test_an_impossible_date_is_refused_as_it_was_typed(qtbot, window):
    click_row(qtbot, window, "Ffion")
    record = window.record
    click_tab(qtbot, record, record.ui.personTab)
    type_into(qtbot, record.ui.dateOfBirth, "31/02/1990")
    qtbot.mouseClick(record.ui.saveButton, LEFT)
    assert record.is_dirty(), "not saved"
    assert "31/02/1990 is not a real date" in record.ui.errorBanner.text()
    assert "1990-02-31" not in record.ui.errorBanner.text()


ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
WRITTEN = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}\b")


def test_dates_read_the_uk_way_everywhere(qtbot, window, session):
    """One format: the UK's, written out where there is room ("Tue 8 Dec 2026"), day/month/year in the
    caseload's narrow columns (written out in their tooltips); never the store's YYYY-MM-DD."""
    qtbot.waitUntil(lambda: "today" in window.today.data, timeout=10_000)
    today = "\n".join(label.text() for label in window.today.findChildren(type(window.nothingFound)))
    assert not ISO.search(today), today
    assert WRITTEN.search(window.today.ui.dateLabel.text())
    assert WRITTEN.search(today), "release and review dates written out"

    proxy = window.proxy
    for row in range(proxy.rowCount()):
        for column in (CaseloadModel.NEXT, CaseloadModel.LAST):
            text = proxy.index(row, column).data()
            assert not text or re.fullmatch(r"\d{2}/\d{2}/\d{4}", text)
            if text:
                assert WRITTEN.search(proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")

    click_row(qtbot, window, "Ffion")
    record = window.record
    click_tab(qtbot, record, record.plannedPanel)
    tree = record.plannedPanel.tree
    dues = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert dues and all(WRITTEN.fullmatch(d) for d in dues), dues


def test_the_newer_screens_read_dates_the_uk_way_too(qtbot, session):
    """The directory (issue 19) and the reports (issue 19) came after issue 17: the directory's "Last checked"
    showed the store's 2026-01-05 and the report's summary a fourth format."""
    from safetyworker.ui.directory_dialog import DirectoryDialog
    from safetyworker.ui.reports_dialog import ReportsDialog

    directory = DirectoryDialog(None, session)
    qtbot.addWidget(directory)
    column = directory.model.COLUMNS.index("checked")
    checked = [directory.model.index(r, column).data() for r in range(directory.model.rowCount())]
    assert any(re.match(r"\d{2}/\d{2}/\d{4}", c) for c in checked), checked
    assert not any(ISO.search(c) for c in checked), checked
    reports = ReportsDialog(session)
    qtbot.addWidget(reports)
    summary = reports.ui.summary.text()
    assert WRITTEN.search(summary) and not re.search(r"\d/\d", summary) and not ISO.search(summary), summary


def test_overdue_contacts_stand_out_in_the_caseload(window):
    proxy = window.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "Priya")  # overdue in the demo
    cell = proxy.index(row, CaseloadModel.NEXT)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b42318")
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue: ")  # in words, not only in colour
    alex = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "Alex")
    assert proxy.index(alex, CaseloadModel.NEXT).data(Qt.ItemDataRole.ForegroundRole) is None


# -- the arrows of Settings' boxes -------------------------------------------------------------------------------
def dark_pixels(widget: QWidget, x0: int) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(x0, image.width() - 2)
        for y in range(2, image.height() - 2)
        if image.pixelColor(x, y).lightness() < 110
    )


def test_settings_spin_box_and_drop_down_arrows_are_drawn(qtbot, looked):
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.ui.idleMinutes
    assert dark_pixels(spin, spin.width() - 22) > 12, "the up and down arrows"
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox(dialog)
    combo.addItems(["English", "Cymraeg"])
    combo.resize(200, 34)
    combo.show()
    assert dark_pixels(combo, combo.width() - 24) > 6, "the drop-down arrow"
