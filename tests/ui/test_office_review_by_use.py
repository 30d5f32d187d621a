"""Defects found by using the office's desktop as a coordinator would, on a 1366x768 laptop (1366x700 for the
window) and at 1920x1080: each test here failed before its fix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from safetyworker.ui.look import apply_look
from safetyworker.ui.main_window import MainWindow

WIDTH, HEIGHT = 1366, 700
LONG_NAME = "Alexandra Montgomery-Fitzwilliam"


@pytest.fixture
def looked(qapp):
    apply_look(qapp)
    yield qapp
    qapp.setStyleSheet("")


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def inside_window(window: QWidget, widget: QWidget) -> bool:
    """``widget`` is shown whole inside the window (not cut off at its right edge)."""
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return widget.isVisible() and widget.visibleRegion().boundingRect().width() == widget.width() and (
        left + widget.width() <= window.width()
    )


def test_a_long_name_does_not_push_save_off_a_small_screen(qtbot, session, bridge, looked):
    """A 32-letter name made the record's heading wider than the room beside the caseload: the record scrolled
    sideways and Save and "Copy number" went out of sight. The heading now gives way ("…", whole in its
    tooltip)."""
    [case_id] = session.cases.add({"preferred_name": LONG_NAME, "locality": "Hill"})
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_case(case_id)
        settle(qtbot)
        record = window.record
        assert record.ui.title.text() == LONG_NAME
        assert inside_window(window, record.ui.saveButton), "Save is cut off"
        assert inside_window(window, record.ui.closeCaseButton)
        scroll = window.findChild(QWidget, "recordScroll")
        assert scroll is not None and not scroll.horizontalScrollBar().isVisible(), "the record scrolls sideways"
        shown = record.ui.title
        if shown.fontMetrics().horizontalAdvance(LONG_NAME) > shown.width():
            assert shown.toolTip() == LONG_NAME, "a shortened name is whole in its tooltip"
    finally:
        window.discard()
        window.close()
