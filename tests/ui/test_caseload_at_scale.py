"""The caseload of an office (issue 18): shown a screenful first and filled in the background, found as you type.

The demo caseload stands in for a big one by making the first screenful smaller than it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from safetyworker.ui import caseload_pane
from safetyworker.ui.main_window import MainWindow


@pytest.fixture
def small_screenful(monkeypatch):
    monkeypatch.setattr(caseload_pane, "FIRST_SCREENFUL", 4)


def shown_names(window):
    return [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]


def test_a_big_caseload_shows_a_screenful_at_once_says_it_is_loading_then_lists_every_case(
    qtbot, session, bridge, small_screenful
):
    every = sorted((s.preferred_name for s in session.cases.search()), key=str.casefold)
    assert len(every) > 4
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show()
    # at once: the first cases by name, and the count says the rest is still coming
    assert window.caseload_loading
    assert shown_names(window) == every[:4]
    assert "Loading the caseload" in window.ui.countLabel.text()
    qtbot.waitUntil(lambda: not window.caseload_loading, timeout=10_000)
    assert shown_names(window) == every, "the whole caseload, in order"
    assert window.ui.countLabel.text() == f"{len(every)} cases"
    # the risk column is filled from the same background read
    assert window.model._risk == session.risk.caseload()


def test_typing_and_backspace_a_key_at_a_time_shows_the_right_cases_at_each_step(
    qtbot, session, bridge, small_screenful
):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.caseload_loading, timeout=10_000)
    cases = session.cases.search()

    def expected(typed: str) -> list[str]:
        q = typed.strip().casefold()
        return sorted(
            (s.preferred_name for s in cases if q in f"{s.preferred_name}\n{s.locality}".casefold()), key=str.casefold
        )

    word = cases[len(cases) // 2].locality[:5]
    search = window.ui.search
    search.setFocus()
    typed = ""
    for ch in word:
        qtbot.keyClick(search, ch)
        typed += ch
        assert shown_names(window) == expected(typed), typed
    for _ch in word:
        qtbot.keyClick(search, Qt.Key.Key_Backspace)
        typed = typed[:-1]
        assert shown_names(window) == expected(typed), f"Backspace to {typed!r}"
    assert window.ui.countLabel.text() == f"{len(cases)} cases"


def test_a_case_changed_while_the_caseload_loads_is_shown_as_changed(qtbot, session, bridge, small_screenful):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    last = sorted(session.cases.search(), key=lambda s: s.preferred_name.casefold())[-1]
    assert window.caseload_loading
    session.cases.update(last.id, {"locality": "Aberdaron"})  # the bridge says so; the rows being read may be older
    qtbot.waitUntil(lambda: not window.caseload_loading, timeout=10_000)
    row = window.proxy.row_of(last.id)
    assert row is not None and window.proxy.index(row, window.model.LOCALITY).data() == "Aberdaron"


def test_the_case_that_was_open_is_reopened_once_the_caseload_has_come(qtbot, session, bridge, small_screenful):
    last = sorted(session.cases.search(), key=lambda s: s.preferred_name.casefold())[-1]
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.restore_position({"case_id": last.id, "search": "", "show_closed": False})
    qtbot.waitUntil(lambda: not window.caseload_loading, timeout=10_000)
    assert window.record.case_id == last.id
    assert window.proxy.case_id(window.ui.caseTable.selectionModel().selectedRows()[0].row()) == last.id
