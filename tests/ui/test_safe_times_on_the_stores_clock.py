"""Safe times are wall-clock times in the store's zone: the week grid's today and now, whether a "do not call"
period is over and a new period's first hour follow the store's clock, never the laptop's (an hour behind
London's in summer on a laptop set to UTC, when at 00:30 it is still Monday there)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from safetyworker.ui.case_record import CaseRecordWidget
from safetyworker.ui.safe_windows import PeriodDialog, WeekGrid

MONDAY, TUESDAY = 0, 1


@pytest.fixture
def editor(session, qtbot):
    record = CaseRecordWidget(session)
    qtbot.addWidget(record)
    record.resize(1366, 768)
    record.show()
    record.load(next(c.id for c in session.cases.search() if c.preferred_name == "Ffion"))
    record.ui.tabs.setCurrentWidget(record.ui.contactTab)
    return record.ui.contactPanel.editor


def _teal(image, left: float, top: float, width: float, height: float) -> int:
    """Pixels painted in the grid's today colour inside the rectangle."""
    today = QColor(WeekGrid.TODAY).rgb()
    return sum(
        image.pixel(x, y) == today
        for x in range(int(left), int(left + width))
        for y in range(int(top), int(top + height))
        if 0 <= x < image.width() and 0 <= y < image.height()
    )


def test_the_grid_marks_the_stores_today_and_no_laptop_now_line(editor, utc_laptop_after_midnight):
    """00:30 on Tuesday in London: Tuesday's name is the one in the today colour, and no now-line is drawn at
    23:30 on Monday (the laptop's clock), an hour off the safe times on the same grid."""
    grid = editor.ui.weekGrid
    image = grid.grab().toImage()
    header = grid.HEADER_H - 4
    assert _teal(image, grid._col_x(TUESDAY), 0, grid._col_w(), header) > 0
    assert _teal(image, grid._col_x(MONDAY), 0, grid._col_w(), header) == 0
    assert _teal(image, grid._col_x(MONDAY), grid._y(23 * 60 + 30) - 4, grid._col_w(), 8) == 0


def test_a_do_not_call_period_that_ended_at_midnight_in_london_is_over(editor, utc_laptop_after_midnight):
    """At 00:30 in London a period that ended at 00:15 is over, though the laptop's clock reads 23:30."""
    method = editor.method()
    method["blackout_windows"] = [{"start": "2027-07-05T22:00", "end": "2027-07-06T00:15"}]
    editor.set_method(method)
    assert editor.ui.blackoutList.item(0).text().endswith("(over)")


def test_a_new_period_starts_at_the_next_hour_in_london(editor, qtbot, utc_laptop_after_midnight):
    """At 00:30 in London a new "do not call" period is offered from 01:00 on Tuesday, not from midnight on
    the laptop's Monday."""
    seen = []

    def look(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PeriodDialog):
            seen.append(dialog.ui.start.dateTime().toString("yyyy-MM-dd HH:mm"))
            dialog.reject()
        elif tries:
            QTimer.singleShot(20, lambda: look(tries - 1))

    QTimer.singleShot(0, look)
    editor.ui.addBlackout.click()
    assert seen == ["2027-07-06 01:00"]
