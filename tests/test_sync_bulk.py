"""Sync at office scale (issue 18): operations built as JSON by SQLite, new records written in batches, and the
purge after the office's answer in one set-based pass. Each keeps what a worker relies on: every value arrives
as it was stored, a bundle is taken whole or not at all, and a case waiting on unsent changes stays."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safetyworker.services.cases import CaseService
from safetyworker.store import serial
from safetyworker.sync import container, purge
from safetyworker.sync.keys import KeyPair
from safetyworker.sync.merge import BadOperations, Merger

from .sync_world import PASSPHRASE, World, store_fingerprint
from .test_sync_authority import crafted

TRICKY = (
    'Says "call after 6"; back\\slash',
    "Ŵyn a Siân, café ☕",
    '["not", "a list"]',
    "{}",
    "null",
    "12",
)


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFETYWORKER_PASSPHRASE", PASSPHRASE)
    w = World(tmp_path / "w", names=("Ash",))
    w.register_all()
    yield w
    w.close()


def _rows(store: Any, table: str, case_ids: list[str]) -> list[tuple[Any, ...]]:
    column = "id" if table == "case_record" else "case_id"
    marks = ", ".join("?" for _c in case_ids)
    return sorted(store.db.execute(f"SELECT * FROM {table} WHERE {column} IN ({marks})", case_ids).fetchall())


def _ops(world: World, path: Any) -> list[dict[str, Any]]:
    """The operations of a bundle for the office, read with the office's own key."""
    keys = KeyPair.load(world.office)
    assert keys is not None
    opened = container.open_bundle(path.read_bytes(), keys.age_identity, path.name)
    ops: list[dict[str, Any]] = json.loads(gzip.decompress(bytes(opened.payload)))["ops"]
    return ops


def test_every_value_reaches_the_office_as_the_laptop_stored_it(world: World) -> None:
    """Text that looks like JSON stays text, quotes and Welsh letters survive, numbers stay numbers and an
    empty age stays empty: the office holds exactly the laptop's rows, and the bundle is canonical JSON."""
    laptop = world.laptops["Ash"]
    service = CaseService(laptop)
    ids: list[str] = []
    for n, text in enumerate(TRICKY):
        ids += service.add(
            {
                "preferred_name": f"Person {n}",
                "access_needs": f"{text}\nsecond line",
                "locality": text,
                "address": {"safe_to_visit": n % 2 == 0},
                "contact_methods": [{"kind": "mobile", "value": f"07700 90010{n}", "code_word": text}],
                "children": [{"name": "Ani", "age": n}, {"name": "Tom"}],
            }
        )
        service.append_note(ids[-1], text)
    sent = world.export("Ash")
    keys = KeyPair.load(world.office)
    assert keys is not None
    raw = gzip.decompress(bytes(container.open_bundle(sent.path.read_bytes(), keys.age_identity, "b").payload))
    assert container.canonical(json.loads(raw)) == raw, "the payload is canonical JSON, as before"
    assert all(list(op["f"]) == sorted(op["f"]) for op in _ops(world, sent.path) if "f" in op)
    assert world.office_import(sent.path).status == "applied"
    for table in ("case_record", "contact_method", "child", "case_note", "planned_contact"):
        assert _rows(world.office, table, ids) == _rows(laptop, table, ids), table


def test_a_record_twice_in_one_bundle_is_written_once_with_its_later_value(world: World) -> None:
    laptop = world.laptops["Ash"]
    case_id = world.add_case("Ash", preferred_name="Sam Example")
    first, later = laptop.clock.now(), laptop.clock.now()
    rows = [
        {"t": "child", "id": "01KCHILD000000000000000001", "f": {"case_id": [case_id, first, None], "name": n}}
        for n in (["Ani", first, None], ["Anwen", later, None])
    ]
    world.send("Ash")
    assert world.office_import(crafted(world, "Ash", rows)).status == "applied"
    names = world.office.db.execute("SELECT name FROM child WHERE id = '01KCHILD000000000000000001'").fetchall()
    assert names == [("Anwen",)]


def test_a_bundle_that_fails_at_its_last_row_changes_nothing(world: World) -> None:
    """Many new records are written in a few statements; one bad row at the end still leaves the office as it
    was (all of a bundle or none of it)."""
    laptop = world.laptops["Ash"]
    for n in range(30):
        world.add_case(
            "Ash", preferred_name=f"Person {n}", contact_methods=[{"kind": "mobile", "value": "07700 900555"}]
        )
    case_id = world.add_case("Ash", preferred_name="Last")
    ops = _ops(world, world.export("Ash").path)
    ops.append(
        {
            "t": "case_note",
            "id": "01KNOTE0000000000000000001",
            "row": {
                "id": "01KNOTE0000000000000000001",
                "created_hlc": laptop.clock.now(),
                "device_id": laptop.device_id,
                "case_id": case_id,
                "at": "2026-01-05T10:00:00Z",
                "author": "",
                "text": "A correction of an entry that is nowhere",
                "corrects_id": "01KNOWHERE0000000000000001",
            },
        }
    )
    before = store_fingerprint(world.office)
    with pytest.raises(BadOperations):
        world.office_import(crafted(world, "Ash", ops))
    after = store_fingerprint(world.office)
    assert {k: v for k, v in after.items() if k != "audit_event"} == {
        k: v for k, v in before.items() if k != "audit_event"
    }


def _statements_of(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Counts the statements each call of ``owner.name`` runs."""
    counts: list[int] = []
    active = [False]
    real_execute, real_many = serial.SerialConnection.execute, serial.SerialConnection.executemany
    real = getattr(owner, name)

    def execute(self: Any, *args: Any, **kwargs: Any) -> Any:
        if active[0]:
            counts[-1] += 1
        return real_execute(self, *args, **kwargs)

    def executemany(self: Any, *args: Any, **kwargs: Any) -> Any:
        if active[0]:
            counts[-1] += 1
        return real_many(self, *args, **kwargs)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts.append(0)
        active[0] = True
        try:
            return real(*args, **kwargs)
        finally:
            active[0] = False

    monkeypatch.setattr(serial.SerialConnection, "execute", execute)
    monkeypatch.setattr(serial.SerialConnection, "executemany", executemany)
    monkeypatch.setattr(owner, name, counted)
    return counts


def test_new_records_are_written_a_table_at_a_time(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop's bundle of 4, then of 16 new cases, is merged at the office with about the same number of
    statements: the import grows with the rows, not with several statements a record."""
    counts = _statements_of(monkeypatch, Merger, "apply_all")
    for batch in (4, 16):
        for n in range(batch):
            world.add_case("Ash", preferred_name=f"Person {n}", children=[{"name": "Ani", "age": 4}])
        assert world.send("Ash").counts["case_record"] == batch
        world.deliver("Ash")  # the office's acknowledgement: the next bundle carries only what is new
    at_office = counts[0::2]  # (the laptop merges each answer too)
    assert at_office[1] <= at_office[0] + 3, counts
    assert world.office.db.execute("SELECT count(*) FROM child").fetchone()[0] == 20


def test_the_purge_takes_every_closed_case_in_one_pass(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The office's answer takes 3, then 12 closed cases off the laptop with about the same statements: the purge
    grows with the rows it deletes, not with a dozen statements a case. A closed case with a note the office
    has not had yet stays until the next answer."""
    laptop = world.laptops["Ash"]
    service = CaseService(laptop)
    ids = [world.add_case("Ash", preferred_name=f"Person {n}") for n in range(17)]
    for case_id in ids:
        service.append_note(case_id, "Rang; all well.")
    world.sync("Ash")
    counts = _statements_of(monkeypatch, purge, "after_office_bundle")
    for case_id in ids[:3]:
        service.close(case_id, "Moved away; handed over.")
    world.sync("Ash")
    assert _held(world) == set(ids[3:])
    for case_id in ids[3:15]:
        service.close(case_id, "Moved away; handed over.")
    service.close(ids[15], "Moved away; handed over.")
    world.send("Ash")
    service.append_note(ids[15], "A last word, not yet sent.")
    assert world.deliver("Ash").purged_cases == 12
    assert _held(world) == {ids[15], ids[16]}, "the case with an unsent note waits"
    # (one more query: the case waiting on its unsent note)
    assert counts[-1] <= counts[-2] + 3, counts
    marks = ", ".join("?" * 12)
    for table in ("case_note", "contact_method", "planned_contact"):
        left = laptop.db.execute(f"SELECT count(*) FROM {table} WHERE case_id IN ({marks})", ids[3:15])
        assert left.fetchone()[0] == 0, table
    left = laptop.db.execute(f"SELECT count(*) FROM field_stamp WHERE record_id IN ({marks})", ids[3:15])
    assert left.fetchone()[0] == 0
    world.sync("Ash")
    assert _held(world) == {ids[16]}


_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
_values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
)


@settings(max_examples=80, deadline=None)
@given(
    payload=st.dictionaries(st.text(max_size=8), _values, max_size=4),
    ops=st.lists(st.dictionaries(st.text(max_size=6), _values, max_size=4), max_size=2500),
)
def test_operations_packed_as_text_unpack_to_the_same_payload(
    payload: dict[str, Any], ops: list[dict[str, Any]]
) -> None:
    """The streamed packing of operations already encoded gives the very bytes of packing the whole payload."""
    whole = {**payload, "ops": ops}
    packed = container.pack_payload(payload, {"ops": [container.canonical(op).decode("utf-8") for op in ops]})
    assert gzip.decompress(packed) == container.canonical(whole)
    assert container.unpack_payload(packed, "b.age") == whole


def _held(world: World) -> set[str]:
    return {r[0] for r in world.laptops["Ash"].db.execute("SELECT id FROM case_record")}
