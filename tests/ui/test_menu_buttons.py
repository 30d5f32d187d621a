"""A button that opens a menu (the case's More, the log form's Support given, the helplines, the toolbar's More)
shows a normal-size arrow beside its text, drawn as the drop-down lists draw theirs: not Qt's few-pixel arrow
tucked into the bottom-right corner, which workers missed (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton

from safetyworker.ui.log_entry_form import LogEntryForm
from safetyworker.ui.look import apply_look
from tests.ui.test_app_and_lock import start
from tests.ui.test_person_view import _case_id


@pytest.fixture
def looked(qapp):
    """The app's own style sheet, as the worker sees it (removed again after the test)."""
    apply_look(qapp)
    yield qapp
    qapp.setStyleSheet("")


def _arrow_box(button: QToolButton) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the dark pixels right of the button's text: its arrow."""
    image = button.grab().toImage()
    text_end = (button.width() + button.fontMetrics().horizontalAdvance(button.text())) // 2
    xs, ys = [], []
    for x in range(text_end + 2, image.width() - 2):
        for y in range(2, image.height() - 2):
            if QColor(image.pixel(x, y)).lightness() < 140:
                xs.append(x)
                ys.append(y)
    assert xs, f"{button.objectName()}: no arrow beside the text"
    return min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def _check(button: QToolButton) -> None:
    _left, top, width, height = _arrow_box(button)
    assert width >= 6 and height >= 4, f"{button.objectName()}: the arrow is {width}x{height} px"
    middle = top + height / 2
    assert abs(middle - button.height() / 2) <= 3, f"{button.objectName()}: the arrow is not level with the text"


def test_menu_buttons_show_a_normal_arrow_beside_their_text(qtbot, demo_store_dir, looked):
    controller = start(qtbot, demo_store_dir)
    window = controller.window
    window.resize(1366, 768)
    window.open_case(_case_id(controller.session, "Ffion"))
    record = window.record
    qtbot.wait(50)
    _check(record.ui.moreButton)
    _check(window.moreButton)
    record.ui.tabs.setCurrentWidget(record.ui.logTab)
    qtbot.wait(50)
    form = record.findChild(LogEntryForm)
    _check(form.ui.supportButton)
    record.ui.tabs.setCurrentWidget(record.ui.planTab)
    qtbot.wait(50)
    _check(record.ui.planPanel.ui.helplinesButton)
    controller.shutdown()
