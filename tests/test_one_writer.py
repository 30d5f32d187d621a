"""One writer at a time: the desktop app's GUI thread and its background jobs share one store.

The failure this guards against was seen in the field: a case opened while a bundle was being imported wrote
its audit event, that transaction's BEGIN failed, its error path rolled back the *import's* transaction, and
the import then went on committing statement by statement. Most of the bundle stayed while the worker was
told nothing had changed.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from safetyworker.services.cases import CaseService
from safetyworker.store import audit
from safetyworker.store.hlc import HybridClock, Stamp
from safetyworker.store.vault import Store
from safetyworker.sync import bundles, confirmation, enrolment
from safetyworker.sync.container import BadBundle
from tests.conftest import PASSPHRASE

CASES_IN_BUNDLE = 60


@pytest.fixture
def world(tmp_path: Path):
    """An office with one case of its own, and a bundle from a laptop carrying many new cases."""
    office = enrolment.create_office(tmp_path / "office", PASSPHRASE, "Northshire")
    enrol = enrolment.enrol_worker(office, "Sam")
    laptop = enrolment.create_laptop(tmp_path / "laptop", PASSPHRASE, enrol)
    confirmation.confirm(office, enrol.worker_id, enrolment.device_fingerprint(laptop) or "")  # the hand-over
    CaseService(laptop).add([{"preferred_name": f"Case {i:03d}", "locality": "Hill"} for i in range(CASES_IN_BUNDLE)])
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = bundles.export_to_office(laptop, usb / "a.age").path
    own = CaseService(office).add({"preferred_name": "Office Case", "locality": "Town"})[0]
    laptop.close()
    yield office, bundle, own
    if office.conn is not None:
        office.close()


def _cases(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM case_record").fetchone()[0]


def _seen(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM sync_bundle_seen").fetchone()[0]


def _views(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM audit_event WHERE action = 'case.view'").fetchone()[0]


def test_opening_a_case_during_an_import_leaves_the_import_whole(world):
    """The user opens a case again and again while a bundle is imported: the import is all there and said so,
    and every view that said it was recorded was recorded."""
    office, bundle, own = world
    cases = CaseService(office)
    before_cases, before_views = _cases(office), _views(office)
    outcome: dict[str, object] = {}
    running = threading.Event()

    def importer() -> None:
        running.set()
        try:
            outcome["result"] = bundles.import_bundle(office, bundle)
        except Exception as exc:  # what the window would show
            outcome["error"] = exc

    thread = threading.Thread(target=importer)
    thread.start()
    running.wait()
    opened, failed = 0, []
    while thread.is_alive() or opened < 20:
        try:
            cases.get(own)
            opened += 1
        except Exception as exc:
            failed.append(exc)
    thread.join()

    assert "error" not in outcome, f"the import was refused: {outcome.get('error')!r}"
    assert outcome["result"].status == "applied"
    assert _cases(office) == before_cases + CASES_IN_BUNDLE, "every case of the bundle is there"
    assert _seen(office) == 1
    assert not failed, f"opening a case failed during the import: {failed[:1]!r}"
    assert _views(office) == before_views + opened, "each view shown was audited, once"
    assert audit.verify_chain(office)


def test_a_refused_import_changes_nothing_even_with_the_user_at_work(world, tmp_path):
    """A damaged bundle during the user's work: refused with 'nothing was changed', and nothing was."""
    office, bundle, own = world
    damaged = tmp_path / "damaged.age"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = _cases(office)
    stop = threading.Event()
    worked: list[int] = []

    def user() -> None:
        cases = CaseService(office)
        while not stop.is_set():
            cases.get(own)
            worked.append(1)

    thread = threading.Thread(target=user)
    thread.start()
    try:
        with pytest.raises(BadBundle):
            bundles.import_bundle(office, damaged)
    finally:
        stop.set()
        thread.join()
    assert _cases(office) == before and _seen(office) == 0
    assert audit.verify_chain(office)


def test_a_transaction_inside_another_is_a_clear_error_and_rolls_back_only_its_owner(world):
    """Nesting is a mistake in the program: it says so, and the outer transaction is undone as a whole (it
    never goes on committing statement by statement)."""
    office, _bundle, own = world
    before = _views(office)
    with pytest.raises(RuntimeError, match="already"), office.transaction():
        audit.record(office, "case.view", own)
        with office.transaction():
            audit.record(office, "case.view", own)
    assert _views(office) == before
    assert not office.db.in_transaction
    with office.transaction():  # the store is usable afterwards
        audit.record(office, "case.view", own)
    assert _views(office) == before + 1


def test_reads_from_another_thread_never_see_half_a_transaction(world):
    """A reader on another thread sees the store before or after a transaction, never in between."""
    office, _bundle, own = world
    cases = CaseService(office)
    start = _cases(office)
    inside = threading.Event()
    release = threading.Event()
    seen: list[int] = []

    def writer() -> None:
        with office.transaction():
            cases_now = _cases(office)
            office.db.execute("INSERT INTO meta (key, value) VALUES ('half', ?)", (str(cases_now),))
            inside.set()
            release.wait(5)
            office.db.execute("DELETE FROM meta WHERE key = 'half'")

    thread = threading.Thread(target=writer)
    thread.start()
    inside.wait(5)

    def reader() -> None:
        seen.append(office.db.execute("SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0])

    other = threading.Thread(target=reader)
    other.start()
    other.join(0.3)
    release.set()
    other.join()
    thread.join()
    assert seen == [0], "the reader waited for the writer's transaction to end"
    assert _cases(office) == start
    assert cases.get(own).preferred_name == "Office Case"


def test_the_clock_never_hands_out_the_same_stamp_to_two_threads():
    """Two threads stamping at once (the GUI saving while an import observes remote stamps) never share a stamp:
    a shared stamp would make two different writes look like one."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can, to meet any race
    clock = HybridClock("dev", wall=lambda: 1_000)
    stamps: list[str] = []
    lock = threading.Lock()

    def take() -> None:
        mine = [clock.now() for _ in range(2_000)]
        with lock:
            stamps.extend(mine)

    threads = [threading.Thread(target=take) for _ in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(previous)
    assert len(set(stamps)) == len(stamps) == 8_000
    assert Stamp.parse(clock.last) == max(Stamp.parse(s) for s in stamps)
