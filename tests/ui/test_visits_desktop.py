"""Lone working on the desktop: from Today to the day's visits, plan a visit (the case's safety flags first, the
home address greyed out when it is not safe to visit), see it turn overdue, mark back safe; at the office the
welfare list puts the overdue visit first, in words and highlighted. Each at 1366x768."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from safetyworker.services.session import Session
from safetyworker.services.visits import VisitService
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.visit_dialog import PlanVisitDialog
from safetyworker.ui.visits_model import OVERDUE_BACKGROUND, VisitsModel
from safetyworker.ui.visits_view import VisitsWidget
from tests.sync_world import PASSPHRASE, World

NOW = datetime(2025, 12, 8, 9, 0, tzinfo=UTC)  # a Monday morning, before leaving


def _case_id(session, name: str) -> str:
    return next(c.id for c in session.cases.search(include_closed=True) if c.preferred_name == name)


def _in_dialog(act):
    seen = []

    def attempt(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PlanVisitDialog):
            seen.append(dialog)
            act(dialog)
        elif tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)
    return seen


def test_plan_a_visit_see_it_overdue_and_mark_back_safe(qtbot, session, bridge):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.visits
    view.now = NOW
    view.show_day(NOW.date())
    qtbot.mouseClick(window.today.ui.visitsButton, Qt.MouseButton.LeftButton)
    assert window.ui.recordStack.currentWidget() is view
    assert view.ui.messageLabel.text() == "No visits planned for this day."
    ffion = _case_id(session, "Ffion")
    said = {}

    def plan(dialog: PlanVisitDialog) -> None:
        dialog.ui.caseBox.setCurrentIndex(dialog.ui.caseBox.findData(ffion))
        said["flags"] = dialog.ui.flags.text()
        said["home_enabled"] = dialog.ui.atHome.isEnabled()
        dialog.ui.start.setDateTime(QDateTime.fromString("2025-12-08T10:00:00", Qt.DateFormat.ISODate))
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        said["no_place"] = dialog.ui.errorLabel.text()
        qtbot.keyClicks(dialog.ui.place, "Llanidloes library")
        dialog.grab().save("/tmp/h20b-plan-dialog.png")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    seen = _in_dialog(plan)
    qtbot.mouseClick(view.ui.planButton, Qt.MouseButton.LeftButton)
    assert seen, "the dialog opened"
    assert (
        "not marked safe to visit" in said["flags"] and "Risk level: Standard" in said["flags"]
    )  # the demo assessed Ffion
    assert not said["home_enabled"], "the home address cannot be chosen"
    assert said["no_place"] == "Say where you will meet."

    visits = session.visits.day(date(2025, 12, 8), NOW)
    assert [(v.case_id, v.place, v.at, v.back_by) for v in visits] == [
        (ffion, "Llanidloes library", "2025-12-08T10:00:00Z", "2025-12-08T11:30:00Z")
    ], "ends 11:00, 15 minutes' travel back and 15 to ring in"
    assert view.model.rowCount() == 1 and not view.ui.overdueLabel.isVisible()

    view.now = NOW + timedelta(hours=3)  # 12:00: no word from the worker since 11:30
    qtbot.mouseClick(view.ui.refreshButton, Qt.MouseButton.LeftButton)
    assert view.ui.overdueLabel.isVisible() and "1 visit overdue" in view.ui.overdueLabel.text()
    # on the worker's own laptop: what to do, never "ring the worker"
    line = view.ui.overdueLabel.text()
    assert "mark yourself back safe" in line and "999" in line and "ring the worker" not in line
    status = view.proxy.index(0, VisitsModel.STATUS)
    assert status.data() == "Overdue: mark yourself back safe"
    window.grab().save("/tmp/z2-visits-laptop-overdue.png")
    assert status.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND

    view.ui.visitTable.selectRow(0)
    assert view.ui.backButton.isEnabled()
    qtbot.mouseClick(view.ui.backButton, Qt.MouseButton.LeftButton)
    assert view.proxy.index(0, VisitsModel.STATUS).data() == "Back safe at 12:00"
    assert not view.ui.overdueLabel.isVisible() and not view.ui.backButton.isEnabled()
    assert session.visits.day(date(2025, 12, 8), view.now)[0].back_at == "2025-12-08T12:00:00Z"
    window.grab().save("/tmp/h20b-visits-laptop.png")


def test_the_office_list_puts_the_overdue_visit_first_and_highlights_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    world = World(tmp_path / "w", names=("Ash", "Birch"))
    try:
        world.register_all()
        for name, person, at, back in (("Ash", "Robin", "09:30", "11:00"), ("Birch", "Sam", "11:00", "12:45")):
            case_id = world.add_case(preferred_name=person)
            world.give(case_id, name)
            VisitService(world.store(name)).plan(
                case_id, at=f"2025-12-08T{at}", minutes=60, back_by=f"2025-12-08T{back}", place="Family centre"
            )
            world.send(name)
        office = Session(world.office)
        view = VisitsWidget(office)
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()
        view.now = datetime(2025, 12, 8, 11, 20, tzinfo=UTC)
        view.show_day(date(2025, 12, 8))
        assert not view.ui.planButton.isVisible(), "the office does not plan a worker's visits"
        assert [view.proxy.index(r, VisitsModel.WORKER).data() for r in range(2)] == ["Ash", "Birch"]
        assert view.proxy.index(0, VisitsModel.STATUS).data() == "Overdue: ring Ash", "names whom to ring"
        assert view.proxy.index(1, VisitsModel.STATUS).data() == "Not yet"
        assert view.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
        assert view.proxy.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
        # the office has no phone numbers for its workers, but their names: the line says whom to ring
        assert view.ui.overdueLabel.text() == "1 visit overdue: ring Ash now."
        # Ash rings in: the office marks them back safe
        view.ui.visitTable.selectRow(0)
        qtbot.mouseClick(view.ui.backButton, Qt.MouseButton.LeftButton)
        assert [view.proxy.index(r, VisitsModel.WORKER).data() for r in range(2)] == ["Birch", "Ash"]
        assert not view.ui.overdueLabel.isVisible()
    finally:
        world.close()


@pytest.fixture
def model(qtmodeltester, session):
    session.visits.plan(
        _case_id(session, "Siân"), at="2025-12-08T10:00", minutes=45, back_by="2025-12-08T11:15"
    )  # safe to visit: at home
    m = VisitsModel()
    m.set_visits(session.visits.day(date(2025, 12, 8), NOW), VisitService(session.store).zone)
    qtmodeltester.check(m)
    return m


def test_the_model_passes_the_model_tester_and_says_where(model):
    assert model.rowCount() == 1
    assert model.index(0, VisitsModel.WHERE).data() == "Their home address"
    assert model.index(0, VisitsModel.START).data() == "10:00"


def test_every_control_of_the_visits_view_and_the_dialog_has_a_name(qtbot, session, bridge):
    from tests.ui.accessible import unnamed_controls

    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    window.show_visits()
    assert window.visits.isVisible()
    assert unnamed_controls(window) == []
    dialog = PlanVisitDialog(session, _case_id(session, "Siân"), NOW)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert dialog.ui.atHome.isEnabled(), "Siân's address is marked safe to visit"
    assert dialog.height() <= 700
