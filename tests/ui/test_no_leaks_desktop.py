"""The desktop's day on a private machine, with canary strings in every free-text field: unlock, find the person
by typing, open their case, log a call, preview the plan's printed copies, lock. Then every file of the
machine (the store folder, the temp folder, the home, cache, config and data folders, where Qt keeps its
caches and the app its preferences) is searched: no canary in the clear. The command line's day is
tests/test_no_leaks.py."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from safetyworker.services.cases import CaseService
from safetyworker.services.plans import PlanService
from safetyworker.store.vault import Store
from safetyworker.ui.controller import AppController
from safetyworker.ui.plan_print import PlanPrintDialog
from tests.conftest import PASSPHRASE
from tests.leak_day import CANARIES, Machine, canary_case, canary_plan
from tests.ui.test_app_and_lock import unlock


def test_a_day_in_the_desktop_leaves_nothing_in_the_clear(qtbot, tmp_path, monkeypatch):
    machine = Machine(tmp_path / "machine")
    machine.redirect(monkeypatch)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(machine.config))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(machine.config))
    folder = machine.home / "store"
    with Store.create(folder, PASSPHRASE) as store:
        case_id = CaseService(store).add(canary_case())[0]
        PlanService(store).set(case_id, canary_plan())

    controller = AppController(folder)
    controller.start()
    unlock(qtbot, controller)
    window = controller.window
    qtbot.keyClicks(window.ui.search, CANARIES["name"][:9])  # find the person a key at a time
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=5_000)
    window.ui.caseTable.selectRow(0)
    qtbot.waitUntil(lambda: window.record.isVisible(), timeout=5_000)
    record = window.record

    record.ui.tabs.setCurrentWidget(record.ui.logTab)  # log a call
    form = record.ui.logPanel.ui.entryForm
    before = len(controller.session.cases.history(case_id)["contact_log"])
    qtbot.keyClicks(form.ui.note, CANARIES["log"])
    qtbot.keyClicks(form.ui.overrideReason, CANARIES["log"])
    qtbot.mouseClick(record.ui.logPanel.ui.addEntry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(controller.session.cases.history(case_id)["contact_log"]) == before + 1, timeout=5_000)

    record.ui.tabs.setCurrentWidget(record.ui.planTab)  # preview the printed copies
    qtbot.mouseClick(record.ui.planPanel.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PlanPrintDialog), timeout=5_000)
    preview = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: not preview.busy and preview.page_count() > 0, timeout=15_000)
    preview.ui.workerCopy.setChecked(True)
    qtbot.waitUntil(lambda: not preview.busy and preview.page_count() > 0, timeout=15_000)
    preview.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview) or not preview.isVisible(), timeout=5_000)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert controller.session is None
    controller.shutdown()

    assert any(machine.config.rglob("*")), "the app kept its preferences in the private config folder"
    assert machine.leaks() == []
