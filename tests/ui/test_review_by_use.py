"""Defects found by using the new screens as a tired worker would, on a 1366x768 laptop (1366x700 for the
window): each test here failed before its fix."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from safetyworker.ui.look import apply_look
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.open_actions_dialog import OpenActionsDialog

WIDTH, HEIGHT = 1366, 700


@pytest.fixture
def looked(qapp):
    apply_look(qapp)
    yield qapp
    qapp.setStyleSheet("")


@pytest.fixture
def window(session, bridge, qtbot, looked) -> MainWindow:
    w = MainWindow(session, bridge)
    qtbot.addWidget(w)
    w.resize(WIDTH, HEIGHT)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.discard()
    w.close()


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def assert_read_without_scrolling_sideways(view: QTableView, text_column: int) -> None:
    """Every column inside the table, and the long text (what to do, what was shared) at least a third of it."""
    assert not view.horizontalScrollBar().isVisible(), f"{view.objectName()} scrolls sideways"
    viewport = view.viewport().width()
    for column in range(view.model().columnCount()):
        left = view.columnViewportPosition(column)
        assert left >= 0 and left + view.columnWidth(column) <= viewport + 1, (view.objectName(), column)
    assert view.columnWidth(text_column) >= viewport // 3, "the words that matter are not cut to a few letters"


def test_the_sharing_tab_shows_what_to_do_and_its_state_without_scrolling_sideways(qtbot, window, session):
    ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
    window.open_case(ffion)
    record = window.record
    record.ui.tabs.setCurrentWidget(record.sharingPanel)
    settle(qtbot)
    panel = record.sharingPanel
    assert panel.actionsModel.rowCount() >= 2, "the demo case has actions"
    assert_read_without_scrolling_sideways(panel.actionsView, panel.actionsModel.what_column)
    assert_read_without_scrolling_sideways(panel.recordsView, panel.recordsModel.SUMMARY)

    window.ui.splitter.setSizes([WIDTH // 2, WIDTH // 2])  # the worker widens the caseload: the columns follow
    settle(qtbot)
    assert_read_without_scrolling_sideways(panel.actionsView, panel.actionsModel.what_column)


def test_the_offices_open_actions_show_what_to_do_without_scrolling_sideways(qtbot, session, looked):
    dialog = OpenActionsDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    assert dialog.model.rowCount() >= 2
    assert_read_without_scrolling_sideways(dialog.ui.table, dialog.model.what_column)
