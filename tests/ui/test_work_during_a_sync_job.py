"""The worker keeps working while a bundle is made or imported: open a case, save it, log a call.

Every job's result is whole (all of a bundle or none of it; every save and every log entry kept) and the
sentence shown is true. The window says a job is running from the first moment, and while a bundle is imported
the case form cannot be edited or saved (a save of the form as it was shown would undo what the import brought).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safetyworker.services.cases import CaseService
from safetyworker.services.session import Session
from safetyworker.store import audit
from safetyworker.sync import bundles, confirmation, enrolment
from safetyworker.ui.bridge import CoreBridge
from safetyworker.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE

ROUNDS = 3
NEW_CASES = 40


@pytest.fixture
def world(tmp_path: Path):
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "Northshire")
    enrol = enrolment.enrol_worker(office, "Sam")
    laptop = enrolment.create_laptop(tmp_path / "laptop", PASSPHRASE, enrol)
    confirmation.confirm(office, enrol.worker_id, enrolment.device_fingerprint(laptop) or "")  # the hand-over
    mine = CaseService(laptop).add({"preferred_name": "Jo Testcase", "locality": "Hill"})[0]
    theirs = CaseService(office).add({"preferred_name": "Office Case", "locality": "Town"})[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    yield office, laptop, mine, theirs, usb
    for store in (office, laptop):
        if store.conn is not None:
            store.close()


@pytest.fixture
def open_window(qtbot):
    made = []

    def make(store) -> MainWindow:
        bridge = CoreBridge(store.events)
        window = MainWindow(Session(store), bridge)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        made.append((window, bridge))
        return window

    yield make
    for window, bridge in made:
        window.discard()
        bridge.detach()


def _count(store, sql: str, *args) -> int:
    return store.db.execute(sql, args).fetchone()[0]


def _log_a_call(window: MainWindow, note: str) -> None:
    panel = window.record.ui.logPanel
    form = panel.ui.entryForm
    form.ui.channel.setCurrentIndex(form.ui.channel.findData("visit"))
    form.ui.outcome.setCurrentIndex(form.ui.outcome.findData("visit_done"))
    form.ui.note.setText(note)
    panel.add_entry()


def _while_busy(qtbot, window: MainWindow, act) -> int:
    """Do ``act()`` again and again until the job has ended; how many times it was done during the job."""
    done = 0
    while window.sync.busy:
        act(done)
        done += 1
        qtbot.wait(5)
    return done


def _said(window: MainWindow) -> str:
    for box in list(window.sync._boxes):
        assert box.text() == window.sync.last_message, "the same sentence is shown to the worker"
        box.accept()
    return window.sync.last_message


def test_open_save_and_log_while_bundles_are_made_and_imported(qtbot, world, open_window):
    office, laptop, mine, theirs, usb = world
    laptop_window = open_window(laptop)
    office_window = open_window(office)
    office_cases = _count(office, "SELECT count(*) FROM case_record")
    saved: list[str] = []
    for round_ in range(ROUNDS):
        CaseService(laptop).add(
            [{"preferred_name": f"New {round_}-{i:02d}", "locality": "Moor"} for i in range(NEW_CASES)]
        )

        # -- on the laptop: a bundle is made while Jo's case is opened, changed, saved, and a visit logged
        laptop_window.open_case(mine)
        logs_before = _count(laptop, "SELECT count(*) FROM contact_log WHERE case_id = ?", mine)
        laptop_window.sync.export_for_office(usb)
        assert laptop_window.job.running, "the window says so at once"
        assert laptop_window.job.text() == "Making the bundle for the office…"
        assert not laptop_window.ui.actionSync.isEnabled()

        def work_on_the_laptop(i: int, round_: int = round_) -> None:
            laptop_window.open_case(mine)
            locality = f"Village {round_}-{i}"
            laptop_window.record.ui.locality.setText(locality)
            assert laptop_window.record.ui.saveButton.isEnabled(), "a bundle being made stops no edit"
            qtbot.mouseClick(laptop_window.record.ui.saveButton, Qt.MouseButton.LeftButton)
            saved.append(locality)
            _log_a_call(laptop_window, f"visit {round_}-{i}")

        during = _while_busy(qtbot, laptop_window, work_on_the_laptop)
        assert during >= 1
        said = _said(laptop_window)
        assert not laptop_window.job.running
        made = sorted(usb.iterdir(), key=lambda p: p.stat().st_mtime)[-1]
        assert said.startswith(f"Saved {made.name} in {usb} for the office (")
        sent = said.removeprefix(f"Saved {made.name} in {usb} for the office (").split(" ")[0]
        assert laptop_window.record.ui.locality.text() == saved[-1]
        assert CaseService(laptop).show(mine)["locality"] == saved[-1], "every save was kept"
        assert _count(laptop, "SELECT count(*) FROM contact_log WHERE case_id = ?", mine) == logs_before + during

        # -- at the office: the bundle is imported while the office's own case is opened and a visit logged
        office_window.open_case(theirs)
        views = _count(office, "SELECT count(*) FROM audit_event WHERE action = 'case.view'")
        logs = _count(office, "SELECT count(*) FROM contact_log WHERE case_id = ?", theirs)
        office_window.sync.import_file(made)
        assert office_window.job.running and office_window.job.text() == "Importing the bundle…"
        record = office_window.record
        assert not record.ui.saveButton.isEnabled() and not record.ui.personTab.isEnabled()
        assert not record.ui.closeCaseButton.isEnabled() and not office_window.ui.actionNewCase.isEnabled()
        assert record.ui.logTab.isEnabled() and record.ui.notesTab.isEnabled(), "calls can still be logged"

        def work_at_the_office(i: int, round_: int = round_) -> None:
            office_window.open_case(theirs)
            assert not office_window.record.save(), "the case form is held while the import runs"
            _log_a_call(office_window, f"office visit {round_}-{i}")

        during = _while_busy(qtbot, office_window, work_at_the_office)
        assert during >= 1
        said = _said(office_window)
        assert not office_window.job.running and record.ui.personTab.isEnabled()
        assert office_window.ui.actionNewCase.isEnabled()
        applied = said.removeprefix(f"Bundle {round_ + 1} from Sam imported: ").removesuffix(" changes applied.")
        assert applied.isdigit() and sent.isdigit(), said
        if round_ == 0:
            assert applied == sent, f"what the laptop said it sent is what the office says it applied: {said}"
        else:  # until the office answers, a laptop sends again what the office already has
            assert NEW_CASES <= int(applied) <= int(sent), said
        expected_cases = NEW_CASES + (1 if round_ == 0 else 0)  # Jo travels with the first bundle
        office_cases += expected_cases
        assert _count(office, "SELECT count(*) FROM case_record") == office_cases, "all of the bundle is there"
        assert _count(office, "SELECT count(*) FROM sync_bundle_seen") == round_ + 1
        assert CaseService(office).show(mine)["locality"] in {"Hill", *saved}
        assert _count(office, "SELECT count(*) FROM contact_log WHERE case_id = ?", theirs) == logs + during
        assert _count(office, "SELECT count(*) FROM audit_event WHERE action = 'case.view'") >= views + during, (
            "every view was audited"
        )
        assert office_window.model.total() == office_cases, "the caseload shows what was imported"
    # nothing saved meanwhile is lost: the next bundle carries the last save
    final = bundles.export_to_office(laptop, usb / "last.age")
    bundles.import_bundle(office, final.path)
    assert CaseService(office).show(mine)["locality"] == saved[-1]
    assert audit.verify_chain(office) and audit.verify_chain(laptop)


def test_the_open_case_and_a_log_entry_being_typed_stay_after_a_big_import(qtbot, world, open_window):
    """A caseload bigger than the first screenful is read in the background after an import: the case the
    worker has open is still there (it is not "gone from this laptop" because the rest of the list has not come
    yet), so it stays open and the log entry they were typing during the import is kept."""
    from safetyworker.ui.caseload_pane import FIRST_SCREENFUL

    office, laptop, _mine, theirs, usb = world
    CaseService(office).update(theirs, {"preferred_name": "Zoe Officecase"})  # sorts after the newcomers
    CaseService(laptop).add(
        [{"preferred_name": f"New {i:03d}", "locality": "Moor"} for i in range(FIRST_SCREENFUL + 10)]
    )
    made = bundles.export_to_office(laptop, usb / "big.age").path
    window = open_window(office)
    window.open_case(theirs)
    window.sync.import_file(made)
    assert window.job.running
    form = window.record.ui.logPanel.ui.entryForm
    window.record.ui.tabs.setCurrentWidget(window.record.ui.logTab)
    form.ui.note.setText("Rang during the import: all well")  # logging stays possible while importing
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)
    assert _said(window).startswith("Bundle 1 from Sam imported: ")
    assert window.ui.recordStack.currentWidget() is window.record, "the open case was not closed"
    assert window.record.case_id == theirs
    assert form.ui.note.text() == "Rang during the import: all well", "what was being typed is kept"
    qtbot.waitUntil(lambda: not window.caseload_loading, timeout=15_000)
    assert window.model.total() == office_count(office)
    (selected,) = window.ui.caseTable.selectionModel().selectedRows()
    assert window.proxy.case_id(selected.row()) == theirs, "the caseload shows which case is open"
    window.record.ui.logPanel.discard_draft()  # closing the window would ask about it


def office_count(store) -> int:
    return _count(store, "SELECT count(*) FROM case_record WHERE deleted_hlc IS NULL")
