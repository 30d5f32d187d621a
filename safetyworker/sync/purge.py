"""Taking cases off a laptop once the office holds them: the less a lost laptop carries, the better.

A closed case goes once the office has acknowledged every change to it; a case transferred to another worker
goes once the office has what this laptop changed in it. Either waits while this laptop holds edits of its own
the office has not acknowledged, so nothing is lost: the next bundle carries them and the next answer purges.
Changes that came in from the office are the office's already and hold nothing back.
"""

from __future__ import annotations

from typing import Any

from safetyworker.store.vault import Store, utc_now
from safetyworker.sync import changes


def _unsent(store: Store, case_id: str, unacked: dict[str, set[str]]) -> bool:
    scope = changes.case_scope(store, {case_id})
    for table, ids in scope.items():
        if table == "person_causing_harm":
            continue  # shared with other cases; not this case's own change
        if ids & unacked[table]:
            return True
    return False


def closed_cases_ready(store: Store) -> tuple[list[str], list[str]]:
    """Laptop: the closed cases the office holds every change to (they may go), and those still waiting for
    the office to acknowledge this laptop's changes in them (they stay until it has)."""
    unacked = changes.own_unacked(store, changes.acked_clock(store))
    ready: list[str] = []
    waiting: list[str] = []
    for (case_id,) in store.db.execute("SELECT id FROM case_record WHERE status = 'closed' ORDER BY id").fetchall():
        (waiting if _unsent(store, case_id, unacked) else ready).append(case_id)
    return ready, waiting


def purge_case(store: Store, case_id: str) -> None:
    """Delete a case and everything hanging off it, inside the caller's transaction."""
    scope = changes.case_scope(store, {case_id})
    # A correction points at the entry it corrects; the whole set goes, so check references at commit.
    store.db.execute("PRAGMA defer_foreign_keys = ON")
    store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('purge_in_progress', '1')")
    people = scope.pop("person_causing_harm")
    for table in reversed(changes.SYNCED):
        ids = scope.get(table, set())
        if not ids:
            continue
        _delete(store, table, ids)
    still_linked = {
        person
        for person in people
        if store.db.execute("SELECT 1 FROM harm_link WHERE person_id = ? LIMIT 1", (person,)).fetchone()
    }
    _delete(store, "person_causing_harm", people - still_linked)
    store.db.execute("DELETE FROM meta WHERE key = 'purge_in_progress'")


def _delete(store: Store, table: str, ids: set[str]) -> None:
    store.db.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])
    store.db.executemany("DELETE FROM field_stamp WHERE tbl = ? AND record_id = ?", [(table, i) for i in ids])
    store.db.executemany("DELETE FROM sync_change WHERE tbl = ? AND record_id = ?", [(table, i) for i in ids])
    store.db.executemany("DELETE FROM sync_outvoted WHERE tbl = ? AND record_id = ?", [(table, i) for i in ids])


def erase_case(store: Store, case_id: str) -> None:
    """Erase a case for good (inside the caller's transaction): gone from this store, and any later change to
    it from any device is dropped, never brings it back."""
    scope = changes.case_scope(store, {case_id})
    scope["person_causing_harm"] -= {
        r[0] for r in store.db.execute("SELECT person_id FROM harm_link WHERE case_id != ?", (case_id,))
    }
    store.db.executemany(
        "INSERT OR IGNORE INTO sync_erased (tbl, record_id, erased_at) VALUES (?, ?, ?)",
        [(table, record_id, utc_now()) for table, ids in scope.items() for record_id in ids]
        + [("case_record", case_id, utc_now())],
    )
    if store.db.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone():
        purge_case(store, case_id)
    store.db.execute(
        "DELETE FROM sync_conflict_value WHERE conflict_id IN (SELECT id FROM sync_conflict WHERE case_id = ?)",
        (case_id,),
    )
    store.db.execute("DELETE FROM sync_conflict WHERE case_id = ?", (case_id,))
    # The change list marks the erasure itself, so the office's bundles carry it to every laptop.
    store.db.execute("DELETE FROM sync_change WHERE tbl = 'sync_erased' AND record_id = ?", (case_id,))
    store.db.execute("INSERT INTO sync_change (tbl, record_id) VALUES ('sync_erased', ?)", (case_id,))


def after_office_bundle(
    store: Store, assigned: Any, dropped: Any, erased: Any = (), held: set[str] | None = None
) -> int:
    """Inside the import transaction, after the office's acknowledgement was taken. Returns cases purged.

    ``held``: every case the office says this laptop holds (from its newest bundle); any other case here goes
    as soon as nothing of this laptop's in it is waiting for the office."""
    purged = 0
    for case_id in erased:
        if isinstance(case_id, str):
            purged += store.db.execute("SELECT count(*) FROM case_record WHERE id = ?", (case_id,)).fetchone()[0]
            erase_case(store, case_id)
    unacked = changes.own_unacked(store, changes.acked_clock(store))
    pending = {r[0] for r in store.db.execute("SELECT value FROM meta WHERE key LIKE 'drop_case:%'")}
    wanted = {c for c in dropped if isinstance(c, str)} | pending
    if held is not None:
        wanted |= {r[0] for r in store.db.execute("SELECT id FROM case_record")} - held
    given = {c for c in assigned if isinstance(c, str)}
    wanted -= given
    # A case given back before it was dropped stays.
    store.db.executemany("DELETE FROM meta WHERE key = ?", [(f"drop_case:{c}",) for c in given])
    closed = {r[0] for r in store.db.execute("SELECT id FROM case_record WHERE status = 'closed'")}
    for case_id in sorted(wanted | closed):
        exists = store.db.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone()
        if exists and _unsent(store, case_id, unacked):
            if case_id in wanted:
                store.db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (f"drop_case:{case_id}", case_id)
                )
            continue
        if exists:
            purge_case(store, case_id)
            purged += 1
        store.db.execute("DELETE FROM meta WHERE key = ?", (f"drop_case:{case_id}",))
    return purged
