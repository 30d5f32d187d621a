"""Logging a visit is one change (issue 20, "nothing is half-written"): the contact-log entry, the planned
contact it fulfils and the visit's tie to the entry land together or not at all. A crash part way leaves the
visit unlogged, and logging it again adds one entry, never a second."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from safetyworker.records import tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.services.cases import CaseService
from safetyworker.services.visits import VisitService
from safetyworker.store.vault import Store

WORKER = Path(__file__).with_name("visit_fault_worker.py")
PASSPHRASE = "first passphrase here"
CASE = {
    "preferred_name": "Robin Safe",
    "status": "active",
    "address": {"lines": ["9 Open Road"], "safe_to_visit": True},
    "contact_methods": [{"kind": "mobile", "value": "07700 900123"}],
}


@pytest.fixture
def file_keyring():
    """Child processes cannot see the in-memory keyring: use the file fallback in parent and child."""
    keyring.set_keyring(fail.Keyring())


def make_store(folder: Path, planned: int = 1) -> tuple[str, str]:
    """A case with ``planned`` contacts due before the visit, and one visit planned; (case id, visit id)."""
    with Store.create(folder, PASSPHRASE) as store:
        (case_id,) = CaseService(store).add(CASE)
        with store.transaction():
            for _i in range(planned):
                values = {"case_id": case_id, "kind": "ad_hoc", "due_date": "2025-12-01", "source": "manual"}
                tables.insert(store, PLANNED, values)
        visit = VisitService(store).plan(case_id, at="2025-12-08T10:00", minutes=60, back_by="2025-12-08T11:30")
    return case_id, visit.id


def state(store: Store) -> dict[str, object]:
    db = store.db
    return {
        "entries": [r[0] for r in db.execute("SELECT id FROM contact_log WHERE channel = 'visit'")],
        "ties": [r[0] for r in db.execute("SELECT log_id FROM visit WHERE log_id IS NOT NULL")],
        "done": [r[0] for r in db.execute("SELECT log_id FROM planned_contact WHERE status = 'done'")],
        "audit": [r[0] for r in db.execute("SELECT action FROM audit_event WHERE action LIKE 'visit.log'")],
    }


def run(folder: Path, arg: str, mode: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run(
        [sys.executable, str(WORKER), str(folder), arg, mode], capture_output=True, env=env, text=True, timeout=120
    )


def test_a_crash_as_the_visit_is_tied_leaves_it_unlogged_and_logging_again_adds_one_entry(tmp_path, file_keyring):
    folder = tmp_path / "store"
    _case_id, visit_id = make_store(folder)
    died = run(folder, visit_id, "die-at-tie")
    assert died.returncode == 9 and "logged" not in died.stdout, died.stderr
    with Store.unlock(folder, PASSPHRASE) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert state(store) == {"entries": [], "ties": [], "done": [], "audit": []}, "nothing of the log landed"
        assert VisitService(store).get(visit_id).log_id is None
        visit = VisitService(store).log(visit_id, note="Went through the plan")
        VisitService(store).log(visit_id, note="Went through the plan")  # and again: nothing more
        after = state(store)
    assert after["entries"] == after["ties"] == after["done"] == [visit.log_id]
    assert after["audit"] == ["visit.log"]


def test_a_failure_while_tying_undoes_the_entry_and_what_it_fulfilled(store, monkeypatch):
    (case_id,) = CaseService(store).add(CASE)
    with store.transaction():
        tables.insert(store, PLANNED, {"case_id": case_id, "kind": "ad_hoc", "due_date": "2025-12-01"})
    service = VisitService(store)
    visit = service.plan(case_id, at="2025-12-08T10:00", minutes=60, back_by="2025-12-08T11:30")
    real_update = tables.update

    def failing(store_, table, row_id, values):
        if table.name == "visit" and "log_id" in values:
            raise OSError("disk full")
        return real_update(store_, table, row_id, values)

    monkeypatch.setattr(tables, "update", failing)
    with pytest.raises(OSError):
        service.log(visit.id)
    assert state(store) == {"entries": [], "ties": [], "done": [], "audit": []}
    monkeypatch.setattr(tables, "update", real_update)
    logged = service.log(visit.id)
    service.log(visit.id)
    after = state(store)
    assert after["entries"] == after["ties"] == after["done"] == [logged.log_id]


def test_a_visit_logged_from_elsewhere_since_it_was_read_is_not_logged_twice(store, monkeypatch):
    """Two windows (or the window and the CLI) log the same visit: the second finds it tied inside its own
    transaction and adds nothing."""
    (case_id,) = CaseService(store).add(CASE)
    service = VisitService(store)
    visit = service.plan(case_id, at="2025-12-08T10:00", minutes=60, back_by="2025-12-08T11:30")
    stale = service.get(visit.id)
    first = service.log(visit.id)
    real_get = VisitService.get
    reads = iter([stale])
    monkeypatch.setattr(VisitService, "get", lambda self, vid, now=None: next(reads, None) or real_get(self, vid, now))
    second = service.log(visit.id)
    assert second.log_id == first.log_id
    assert state(store)["entries"] == [first.log_id]


@pytest.mark.slow
def test_killed_while_logging_visits_each_entry_and_its_visit_land_together(tmp_path, file_keyring):
    folder = tmp_path / "store"
    case_id, _visit_id = make_store(folder, planned=2000)
    rng = random.Random(20261220)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for _trial in range(10):
        with subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), case_id, "loop"], stdout=subprocess.PIPE, env=env, text=True
        ) as child:
            assert child.stdout is not None
            child.stdout.readline()  # at least one visit logged: the child is in its loop
            time.sleep(rng.uniform(0, 0.3))
            child.send_signal(signal.SIGKILL)
            child.stdout.read()
        with Store.unlock(folder, PASSPHRASE) as store:
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            now = state(store)
            assert sorted(now["entries"]) == sorted(now["ties"]) == sorted(now["done"]), "each entry with its visit"
            assert len(now["audit"]) == len(now["entries"])
    assert len(now["entries"]) > 10
