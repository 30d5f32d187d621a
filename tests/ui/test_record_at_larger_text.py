"""The case record at text size "Larger" on a 1366x768 laptop (1366x700 for the window): a worker who needs the
bigger text reads every tab without scrolling sideways. The record used to scroll sideways by some 300 px on
every tab (its widest page, the safety plan, set the width of all of them), and the person, the person causing
harm, the contact log and the risk tab each scrolled or were cut sideways inside that again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from safetyworker.ui import prefs
from safetyworker.ui.look import apply_look, install_language
from safetyworker.ui.main_window import MainWindow
from tests.ui.test_fits_a_small_screen import HEIGHT, WIDTH, in_view, settle


@pytest.fixture(params=["en", "cy"])
def larger(qapp, request):
    prefs.set_text_size("larger")
    apply_look(qapp)
    install_language(qapp, request.param)  # Welsh words are longer
    yield qapp
    qapp.setStyleSheet("")
    install_language(qapp, "en")


def sideways(window: MainWindow) -> list[str]:
    """Every part of the record side that scrolls sideways, or is wider than the area that shows it."""
    found = []
    for area in window.findChildren(QScrollArea):
        if not area.isVisible() or area is window.ui.caseTable:
            continue
        inner = area.widget()
        name = area.objectName() or type(area).__name__
        if area.horizontalScrollBar().isVisible():
            found.append(f"{name} scrolls sideways by {area.horizontalScrollBar().maximum()} px")
        elif inner is not None and inner.width() > area.viewport().width():
            found.append(f"{name} is cut: {inner.width()} px shown in {area.viewport().width()}")
    return found


def test_every_record_tab_fits_a_1366_laptop_at_larger_text(qtbot, session, bridge, larger):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    try:
        ffion = next(c.id for c in session.cases.search() if c.preferred_name == "Ffion")
        window.open_case(ffion)
        settle(qtbot)
        record = window.record
        tabs = record.ui.tabs
        problems = {}
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle(qtbot)
            assert (window.width(), window.height()) == (WIDTH, HEIGHT)
            found = sideways(window)
            if not in_view(record.ui.saveButton):
                found.append("Save is not in view")
            if found:
                problems[tabs.tabToolTip(i) or tabs.tabText(i)] = found
        assert not problems, problems
        # Save still works by keys alone
        tabs.setCurrentWidget(record.ui.personTab)
        record.ui.preferredName.setFocus()
        qtbot.keyClick(record.ui.preferredName, Qt.Key.Key_End)
        qtbot.keyClicks(record.ui.preferredName, "a")
        qtbot.keyClick(record.ui.preferredName, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
        assert not record.is_dirty() and session.cases.show(ffion)["preferred_name"] == "Ffiona"
    finally:
        window.discard()
        window.close()
