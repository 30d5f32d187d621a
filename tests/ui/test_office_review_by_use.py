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
    return (
        widget.isVisible()
        and widget.visibleRegion().boundingRect().width() == widget.width()
        and (left + widget.width() <= window.width())
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


# -- the office, with two enrolled laptops ---------------------------------------------------------------------
@pytest.fixture
def world(tmp_path, monkeypatch):
    from tests.sync_world import PASSPHRASE as WORLD_PASSPHRASE
    from tests.sync_world import World

    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", WORLD_PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash", "Birch"))
    w.register_all()
    yield w
    w.close()


@pytest.fixture
def office_window(qtbot, world, looked):
    from safetyworker.services.session import Session
    from safetyworker.ui.bridge import CoreBridge

    bridge = CoreBridge(world.office.events)
    window = MainWindow(Session(world.office), bridge)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.discard()
    bridge.detach()


def answer_dialog(qtbot, name: str, answer) -> list[str]:
    """When the modal dialog ``name`` opens, run ``answer(dialog)``; returns the problems seen (asserted after)."""
    from PySide6.QtCore import QTimer

    problems: list[str] = []

    def find() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, find)
            return
        try:
            answer(dialogs[0])
        except AssertionError as exc:  # reported by the test, after the dialog closed
            problems.append(str(exc))
            dialogs[0].reject()

    QTimer.singleShot(50, find)
    return problems


def test_the_office_moves_a_case_to_another_worker_from_the_case(qtbot, world, office_window):
    """Moving a case to another worker (a worker leaves, is off sick) could only be done with the CLI's
    ``office assign``: the office's desktop had no way to do it, nor to see who has a case."""
    from PySide6.QtCore import Qt

    case_id = world.add_case(preferred_name="Robin")
    world.give(case_id, "Ash")
    window = office_window
    window.open_case(case_id)
    settle(qtbot)
    record = window.record
    action = record.actionAssign
    assert action.isVisible() and action in record.moreMenu.actions()

    def choose_birch(dialog) -> None:
        listed = [dialog.ui.workers.item(i).text() for i in range(dialog.ui.workers.count())]
        assert listed[0].startswith("Ash: has this case now"), listed
        ash = dialog.ui.workers.item(0)
        assert not ash.flags() & Qt.ItemFlag.ItemIsEnabled, "the worker who has it cannot be chosen again"
        assert dialog.ui.workers.currentItem().text().startswith("Birch"), "the one other worker is chosen"
        assert dialog.ui.chooseButton.isEnabled()
        qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)

    problems = answer_dialog(qtbot, "AssignDialog", choose_birch)
    action.trigger()
    assert not problems, problems
    assert window.session.office.holder(case_id) == world.worker_ids["Birch"]
    assert "Robin's case goes to Birch" in window.statusBar().currentMessage()
    world.deliver("Birch")
    world.deliver("Ash")
    assert world.case("Birch", case_id) is not None
    assert world.case("Ash", case_id) is None, "taken off the laptop of the worker who had it"


def test_a_laptop_has_no_way_to_give_a_case_away(qtbot, session, bridge, looked):
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show()
    try:
        case_id = session.cases.search()[0].id
        window.open_case(case_id)
        settle(qtbot)
        assert not window.record.actionAssign.isVisible()
    finally:
        window.discard()
        window.close()


def test_the_office_withdraws_a_copied_laptop_from_the_sync_menu(qtbot, world, office_window, monkeypatch):
    """A copied enrolment file is an alert that told the coordinator to "withdraw the enrolment (office revoke)":
    a command, with no way to do it in the desktop. The alert now names the Sync menu's "Withdraw a laptop…",
    which asks once more, naming the worker, and then refuses that laptop's bundles."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from safetyworker.errors import SafetyWorkerError
    from safetyworker.ui import withdraw_dialog

    window = office_window
    world.copy_laptop("Ash", "Ash copy")
    with qtbot.waitSignal(window.sync.said, timeout=15_000) as blocker:
        window.sync.import_file(world.export("Ash copy").path)
    alert = blocker.args[0]
    assert "Withdraw a laptop" in alert and "enrolment file may have been copied" in alert
    for box in list(window.sync._boxes):
        box.accept()

    action = window.sync.actionWithdraw
    assert action.isVisible() and action in window.ui.actionSync.menu().actions()
    asked: list[str] = []

    def yes(_parent, title, text, *_rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(withdraw_dialog.QMessageBox, "question", staticmethod(yes))

    def choose_ash(dialog) -> None:
        workers = dialog.ui.workers
        [ash] = [workers.item(i) for i in range(workers.count()) if workers.item(i).text().startswith("Ash")]
        workers.setCurrentItem(ash)
        qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)

    problems = answer_dialog(qtbot, "WithdrawDialog", choose_ash)
    with qtbot.waitSignal(window.sync.said, timeout=5_000) as blocker:
        action.trigger()
    assert not problems, problems
    assert asked and "Ash" in asked[0] and "cannot be undone" in asked[0]
    assert "Ash's laptop is withdrawn" in blocker.args[0]
    for box in list(window.sync._boxes):
        box.accept()
    assert [w["status"] for w in window.session.office.workers() if w["name"] == "Ash"] == ["revoked"]
    with pytest.raises(SafetyWorkerError):
        world.send("Ash")
    assert [w["status"] for w in window.session.office.workers() if w["name"] == "Birch"] == ["active"]


def test_saying_no_withdraws_nothing(qtbot, world, office_window, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from safetyworker.ui import withdraw_dialog

    monkeypatch.setattr(
        withdraw_dialog.QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.No)
    )

    def choose_then_cancel(dialog) -> None:
        qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
        assert dialog.isVisible(), "No keeps the dialog open"
        qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)

    problems = answer_dialog(qtbot, "WithdrawDialog", choose_then_cancel)
    office_window.sync.actionWithdraw.trigger()
    assert not problems, problems
    assert {w["status"] for w in office_window.session.office.workers()} == {"active"}
