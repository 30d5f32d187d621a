"""Views in step (issue 16): what a bundle brings shows in every view that is open when its import ends.

The audit trail, the reports and the office's open actions are modal, but a bundle's import runs behind them
(it was started before they were opened); each showed the store as it was when it opened until it was closed
and opened again. The status bar's backup date follows "Back up now".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safetyworker.services.session import Session
from safetyworker.services.sharing import SharingService
from safetyworker.ui.audit_dialog import AuditDialog
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.main_window import MainWindow
from safetyworker.ui.open_actions_dialog import OpenActionsDialog
from safetyworker.ui.reports_dialog import ReportsDialog
from tests.sync_world import PASSPHRASE, World
from tests.test_sharing_sync import AGENCY, POLICE, share


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    SharingService(w.office).add_agencies([AGENCY, POLICE])
    case = w.add_case(preferred_name="Robin")
    w.give(case, "Ash")
    w.case_id = case  # type: ignore[attr-defined]
    yield w
    w.close()


@pytest.fixture
def office_window(qtbot, world):
    bridge = CoreBridge(world.office.events)
    window = MainWindow(Session(world.office), bridge)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.discard()
    bridge.detach()


def test_a_bundle_imported_behind_the_audit_trail_the_reports_and_open_actions_shows_in_them(
    qtbot, world, office_window
):
    window = office_window
    share(world, "Ash", world.case_id, "Tell DC Park the new address")
    made = world.export("Ash").path
    tools = window.tools
    tools.audit_dialog = AuditDialog(window.session, window)
    tools.reports_dialog = ReportsDialog(window.session, window)
    window.sync.open_actions_dialog = OpenActionsDialog(window.session, window)
    audit_before = tools.audit_dialog.model.rowCount()
    assert window.sync.open_actions_dialog.model.rowCount() == 0
    window.sync.import_file(Path(made))  # it ends while the views are open
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    for box in list(window.sync._boxes):
        box.accept()
    assert window.sync.last_message.startswith("Bundle 2 from Ash imported"), window.sync.last_message
    assert window.sync.open_actions_dialog.model.rowCount() == 1, "the laptop's open action is listed"
    assert tools.audit_dialog.model.rowCount() > audit_before, "the import's audit entry is shown"
    assert tools.reports_dialog.doc is not None
    tools.audit_dialog.forget()
    tools.reports_dialog.forget()
    for dialog in (tools.audit_dialog, tools.reports_dialog, window.sync.open_actions_dialog):
        dialog.deleteLater()
    tools.audit_dialog = tools.reports_dialog = window.sync.open_actions_dialog = None
