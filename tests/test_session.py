"""A session is the one door to the core: opened through services.door, every service on it, and nothing that
could read the caseload left after a lock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from safetyworker.errors import WrongPassphrase
from safetyworker.services import door
from safetyworker.services.session import SERVICES
from safetyworker.timetable import planner
from tests.conftest import PASSPHRASE


def test_a_worker_opens_works_through_the_services_and_locks(store_dir):
    with door.create_store(store_dir, PASSPHRASE) as made:
        assert made.role == "worker"
    assert door.store_exists(store_dir)

    session = door.open_session(store_dir, PASSPHRASE)
    (case_id,) = session.cases.add({"preferred_name": "Ffion"})
    session.contacts.plan(case_id, "review", planner.local_today(session.store))  # the store's today: London's
    assert [r["kind"] for r in session.contacts.planned(case_id)] == ["review"]
    assert "calls_now" in session.agenda.agenda(datetime.now(UTC))
    assert session.sync.status()["role"] == "worker"
    assert session.settings.check()["healthy"]

    held = {name: getattr(session, name) for name in SERVICES}
    session.lock()
    assert session.locked
    assert all(getattr(session, name) is None for name in SERVICES), "a service survived the lock"
    with pytest.raises(RuntimeError, match="locked"):  # a service kept by a window that outlived the lock reads nothing
        held["cases"].search()


def test_a_wrong_passphrase_opens_nothing_and_changes_nothing(store_dir):
    door.create_store(store_dir, PASSPHRASE).lock()
    before = sorted((p.name, p.stat().st_size) for p in store_dir.iterdir())
    with pytest.raises(WrongPassphrase):
        door.open_session(store_dir, "not the passphrase at all")
    # the one file written: a plain count of failed unlocks, for the audit trail at the next unlock
    after = [(name, size) for name, size in sorted((p.name, p.stat().st_size) for p in store_dir.iterdir())]
    assert after == sorted([*before, ("unlock-failures", 1)])
