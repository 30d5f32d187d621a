"""While a bundle is imported the window never freezes, and what waits says why (issue 11 §2, issue 16).

The import holds the store from the first change it applies to its last (one transaction, docs/store.md); a
button that read or wrote the store on the window's thread meanwhile froze the window until the import was
done. Each screen added since the case form was held (visits, support, the directory, subject access, the
planned contacts, backups, settings, the CSV import) is now held too, with its reason on screen, and given back
when the import ends. The import here is slowed inside its transaction, and a heartbeat on the window's thread
measures the longest pause while the worker presses every one of those buttons.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.services.visits import VisitService
from safetyworker.sync import bundles, confirmation, enrolment, merge
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

SLOW_SECONDS = 1.5  # how long the import holds the store (its transaction)
LONGEST_PAUSE_MS = 250  # ~200 ms, with room for a shared test machine


@pytest.fixture
def laptop_with_a_bundle(tmp_path: Path, monkeypatch):
    """A laptop with a case and a visit planned today, and a bundle from the office whose import is slowed
    inside its transaction (``inside`` is set once it holds the store)."""
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "Northshire")
    enrol = enrolment.enrol_worker(office, "Sam")
    laptop = enrolment.create_laptop(tmp_path / "laptop", PASSPHRASE, enrol)
    confirmation.confirm(office, enrol.worker_id, enrolment.device_fingerprint(laptop) or "")
    mine = CaseService(laptop).add({"preferred_name": "Jo Testcase", "locality": "Hill"})[0]
    bundles.import_bundle(office, bundles.export_to_office(laptop, tmp_path / "first.age").path)
    CaseService(office).update(mine, {"locality": "Dale"})  # the office's bundle changes Jo's case
    made = bundles.export_to_worker(office, enrol.worker_id, tmp_path / "to-sam.age").path
    zone = ZoneInfo(VisitService(laptop).zone.key)
    start = (datetime.now(UTC) + timedelta(minutes=5)).astimezone(zone).replace(second=0, microsecond=0)
    visit = VisitService(laptop).plan(
        mine, at=start.isoformat(), minutes=30, back_by=(start + timedelta(hours=1)).isoformat(), place="A café"
    )
    inside = threading.Event()
    apply_all = merge.Merger.apply_all

    def slowly(self, ops):
        inside.set()
        time.sleep(SLOW_SECONDS)
        return apply_all(self, ops)

    monkeypatch.setattr(merge.Merger, "apply_all", slowly)
    yield laptop, mine, made, visit, start.date(), inside
    for store in (office, laptop):
        if store.conn is not None:
            store.close()


@pytest.fixture
def window(qtbot, laptop_with_a_bundle):
    laptop = laptop_with_a_bundle[0]
    bridge = CoreBridge(laptop.events)
    made = MainWindow(Session(laptop), bridge)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    yield made
    made.discard()
    bridge.detach()


class Heartbeat:
    """A timer on the window's thread: the longest gap between its ticks is the longest the window froze."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        self._tick()
        return self.longest


def test_every_change_waits_with_its_reason_and_the_window_never_freezes(qtbot, window, laptop_with_a_bundle):
    _laptop, mine, made, visit, day, inside = laptop_with_a_bundle
    window.open_case(mine)
    record = window.record
    window.show_visits()
    visits = window.visits
    visits.show_day(day)
    visits.select(visit.id)
    assert visits.ui.backButton.isEnabled() and visits.ui.logButton.isEnabled()
    assert window.ui.actionBackupNow.isEnabled() and window.ui.actionSettings.isEnabled()
    backups_asked: list[str] = []
    window.backups.ask_folder = lambda: backups_asked.append("asked")  # type: ignore[method-assign]

    beat = Heartbeat()
    beat.start()
    window.sync.import_file(made)
    assert window.sync.importing
    qtbot.waitUntil(inside.is_set, timeout=10_000)  # the import holds the store from here

    # -- the worker is told plainly, in the status bar and beside what waits
    assert (
        window.job.note.text() == "Cases can be read, and calls and notes logged; other changes wait until it is done."
    )
    reason = "Visits can be planned, logged and marked back safe again when the bundle has been imported."
    assert visits.ui.messageLabel.text() == reason
    held_visits = (visits.ui.planButton, visits.ui.backButton, visits.ui.logButton, visits.ui.sheetButton)
    for button in (*held_visits, visits.ui.refreshButton):
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == reason
    window.grab().save("/tmp/x1-visits-held.png")
    # -- pressing what waits does nothing, at once (a greyed button; the slot itself refuses too)
    pauses: dict[str, float] = {}

    def press(name: str, act) -> None:
        began = time.monotonic()
        act()
        pauses[name] = time.monotonic() - began

    for button in held_visits:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    press("plan a visit", visits.plan)
    press("back safe", visits.back_safe)
    press("log the visit", visits.log_visit)
    press("visit sheet", lambda: visits.save_sheet(Path("/nonexistent/visits.pdf")))
    press("refresh visits", visits.refresh)

    # the case opened before the import stays on its record (opening one now reads the store, and a read waits
    # for the import's transaction: docs/store.md)
    log = record.ui.logPanel
    for button in (log.ui.recordSupport, log.ui.findService):
        assert not button.isEnabled() and "bundle has been imported" in button.toolTip()
    assert log.ui.addEntry.isEnabled(), "calls can still be logged"
    press("record support", log.record_support)
    press("find a service", log.find_service)
    assert not record.actionSubjectAccess.isEnabled()
    press("subject access", record._subject_access)
    for panel in (record.riskPanel, record.sharingPanel):
        assert not panel.isEnabled(), panel.objectName()
    planned = record.plannedPanel
    assert not planned.planButton.isEnabled() and "bundle has been imported" in planned.planButton.toolTip()
    press("plan a contact", planned.plan_contact)
    press("save the case", record.save)

    for action in (window.ui.actionBackupNow, window.ui.actionSettings, window.ui.actionImportCsv):
        assert not action.isEnabled() and "bundle has been imported" in action.toolTip()
    press("back up now", window.backups.back_up_now)
    press("scheduled backup", window.backups.run_if_due)
    assert not window.backups.busy and not backups_asked, "no backup started while the import holds the store"
    still_inside = window.sync.busy

    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    longest = beat.stop()
    assert still_inside, "every button was pressed while the import held the store"
    slow = {name: round(took, 3) for name, took in pauses.items() if took > LONGEST_PAUSE_MS / 1000}
    assert not slow, f"these waited for the import: {slow}"
    assert longest < LONGEST_PAUSE_MS, f"the window froze for {longest} ms during the import"
    for box in list(window.sync._boxes):
        box.accept()
    assert window.sync.last_message.startswith("Bundle 1 from Northshire imported")

    # -- all of it is given back, and the views show what the import brought
    assert visits.ui.messageLabel.text() != reason
    for button in (visits.ui.planButton, log.ui.recordSupport, log.ui.findService, visits.ui.refreshButton):
        assert button.isEnabled() and "bundle has been imported" not in button.toolTip()
    for panel in (record.riskPanel, record.sharingPanel):
        assert panel.isEnabled()
    assert planned.planButton.isEnabled()
    assert record.actionSubjectAccess.isEnabled()
    for action in (window.ui.actionBackupNow, window.ui.actionSettings, window.ui.actionImportCsv):
        assert action.isEnabled() and "bundle has been imported" not in action.toolTip()
    assert visits.model.rowCount() == 1, "the visits are read again"
    window.open_case(mine)
    assert record.ui.locality.text() == "Dale", "the case shows what the bundle brought"


def test_a_backup_ending_during_an_import_keeps_the_import_said_and_held(qtbot, window):
    window.job_started("Backing up…", hold_cases=False)
    window.job_started("Importing the bundle…", hold_cases=True)
    window.job_ended("Backing up…")
    assert window.job.running and window.job.text() == "Importing the bundle…"
    assert not window.ui.actionNewCase.isEnabled() and window.visits.held
    window.job_ended("Importing the bundle…")
    assert not window.job.running and window.ui.actionNewCase.isEnabled() and not window.visits.held
