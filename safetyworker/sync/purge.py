"""Taking cases off a laptop once the office holds them: the less a lost laptop carries, the better.

A closed case goes once the office has acknowledged every change to it; a case transferred to another worker
goes once the office has what this laptop changed in it. Either waits while this laptop holds edits of its own
the office has not acknowledged, so nothing is lost: the next bundle carries them and the next answer purges.
Changes that came in from the office are the office's already and hold nothing back.
"""

from __future__ import annotations

import json
from typing import Any

from safetyworker.store.vault import Store, utc_now
from safetyworker.sync import changes


def _cases_with_unsent(store: Store, unacked: dict[str, set[str]]) -> set[str]:
    """The cases holding a record with an edit of this laptop's own the office has not acknowledged (a person
    causing harm does not count: shared with other cases, not this case's own change)."""
    cases = set(unacked.get("case_record", set()))
    for table, ids in unacked.items():
        if table in ("case_record", "person_causing_harm", *changes.ORG_WIDE) or not ids:
            continue
        cases |= {
            r[0]
            for r in store.db.execute(
                f"SELECT DISTINCT case_id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(ids)),),
            )
        }
    return cases


def closed_cases_ready(store: Store) -> tuple[list[str], list[str]]:
    """Laptop: the closed cases the office holds every change to (they may go), and those still waiting for
    the office to acknowledge this laptop's changes in them (they stay until it has)."""
    unsent = _cases_with_unsent(store, changes.own_unacked(store, changes.acked_clock(store)))
    ready: list[str] = []
    waiting: list[str] = []
    for (case_id,) in store.db.execute("SELECT id FROM case_record WHERE status = 'closed' ORDER BY id").fetchall():
        (waiting if case_id in unsent else ready).append(case_id)
    return ready, waiting


def purge_case(store: Store, case_id: str) -> None:
    """Delete a case and everything hanging off it, inside the caller's transaction."""
    purge_cases(store, {case_id})


def purge_cases(store: Store, case_ids: set[str]) -> None:
    """Delete these cases and everything hanging off them, inside the caller's transaction: a few statements
    a table whatever the number of cases (after a long absence a laptop may let go of thousands)."""
    if not case_ids:
        return
    scope = changes.case_scope(store, case_ids)
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
        r[0]
        for r in store.db.execute(
            "SELECT DISTINCT person_id FROM harm_link WHERE person_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(people)),),
        )
    }
    _delete(store, "person_causing_harm", people - still_linked)
    store.db.execute("DELETE FROM meta WHERE key = 'purge_in_progress'")


def _delete(store: Store, table: str, ids: set[str]) -> None:
    if not ids:
        return
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS purge_id (id TEXT PRIMARY KEY)")
    store.db.execute("DELETE FROM purge_id")
    store.db.execute("INSERT INTO purge_id (id) SELECT value FROM json_each(?)", (json.dumps(sorted(ids)),))
    store.db.execute(f"DELETE FROM {table} WHERE id IN purge_id")
    store.db.execute("DELETE FROM field_stamp WHERE tbl = ? AND record_id IN purge_id", (table,))
    store.db.execute("DELETE FROM sync_change WHERE tbl = ? AND record_id IN purge_id", (table,))
    store.db.execute("DELETE FROM sync_outvoted WHERE tbl = ? AND record_id IN purge_id", (table,))


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
    held_here = {r[0] for r in store.db.execute("SELECT id FROM case_record")}
    candidates = wanted | closed
    waiting = (candidates & held_here) & _cases_with_unsent(store, unacked)
    # A case waiting on this laptop's changes stays until the office has them; one moved away is noted, so a
    # later answer still lets it go.
    store.db.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [(f"drop_case:{c}", c) for c in sorted(waiting & wanted)],
    )
    going = (candidates & held_here) - waiting
    purge_cases(store, going)
    store.db.executemany("DELETE FROM meta WHERE key = ?", [(f"drop_case:{c}",) for c in sorted(candidates - waiting)])
    return purged + len(going)
