"""Text size (Settings: normal, large, larger): applied to the whole app at once and remembered on this laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from safetyworker.ui import look, prefs
from safetyworker.ui.settings_dialog import SettingsDialog


@pytest.fixture
def app_sheet(qapp):
    before = qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(before)


def _points(widget) -> float:
    widget.ensurePolished()
    return widget.font().pointSizeF()


def test_larger_text_applies_to_every_window_and_is_remembered(qtbot, app_sheet):
    look.apply_look(app_sheet)
    label = QLabel("Robin Example")
    qtbot.addWidget(label)
    normal = _points(label)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.textSize.setFocus()
    qtbot.keyClick(dialog.ui.textSize, Qt.Key.Key_End)  # the keyboard alone: the last choice, "Larger"
    assert dialog.ui.textSize.currentText() == "Larger"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert prefs.text_size() == "larger"
    fresh = QLabel("Robin Example")
    qtbot.addWidget(fresh)
    assert _points(fresh) == pytest.approx(normal * 1.45, abs=0.1)
    # the next start (apply_look reads the remembered size) and the next Settings show it too
    app_sheet.setStyleSheet("")
    look.apply_look(app_sheet)
    again = QLabel("Robin Example")
    qtbot.addWidget(again)
    assert _points(again) == pytest.approx(normal * 1.45, abs=0.1)
    later = SettingsDialog()
    qtbot.addWidget(later)
    assert later.ui.textSize.currentText() == "Larger"


def test_an_unknown_text_size_in_the_settings_file_falls_back_to_normal(qtbot):
    prefs.settings().setValue("look/text_size", "enormous")
    assert prefs.text_size() == "normal"


def test_the_caseload_measures_again_when_the_text_size_changes(qtbot, app_sheet, session, bridge):
    """Settings → text size applies at once. The caseload's narrowest width was measured only when the window
    was made: after "Larger" and back to "Normal" it stayed as wide as at "Larger", and pushed the open record
    off the side of a 1366 laptop (a scroll bar under the record, Save half hidden)."""
    from safetyworker.ui.main_window import MainWindow

    look.apply_look(app_sheet)
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    table = window.ui.caseTable
    at_normal = table.minimumWidth()
    for size in ("larger", "normal"):
        prefs.set_text_size(size)
        look.apply_text_size(app_sheet)
        qtbot.wait(20)
        if size == "larger":
            assert table.minimumWidth() > at_normal, "the larger columns need a wider caseload"
    assert table.minimumWidth() == at_normal
    window.discard()
    window.close()
