"""Writes to synced tables, each stamped for sync: who last wrote which field, and when (HLC).

This is the one place that writes ``field_stamp`` rows, so every change to a synced record carries the
metadata that per-field last-writer-wins merging needs. Records are never deleted: a tombstone
(``deleted_hlc``) is set instead, so an edit arriving later from another device cannot bring them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from safetyworker.errors import RecordNotFound
from safetyworker.i18n import _
from safetyworker.store.vault import Store, new_id

DELETED_FIELD = "_deleted"


@dataclass(frozen=True)
class Table:
    name: str
    fields: tuple[str, ...]

    def check(self, values: dict[str, Any]) -> None:
        unknown = set(values) - set(self.fields)
        if unknown:
            raise KeyError(f"{self.name} has no field {sorted(unknown)}")


def _stamp(store: Store, table: Table, record_id: str, fields: list[str], hlc: str) -> None:
    # base_hlc: the other device's stamp this device's run of edits to the field started from (kept while
    # this device goes on editing), so the office can tell an edit made in view of its value from a
    # concurrent one.
    store.db.executemany(
        "INSERT INTO field_stamp (tbl, record_id, field, hlc, device_id) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (tbl, record_id, field) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id, "
        "base_hlc = CASE WHEN field_stamp.device_id = excluded.device_id THEN field_stamp.base_hlc "
        "ELSE field_stamp.hlc END",
        [(table.name, record_id, f, hlc, store.device_id) for f in fields],
    )
    note_change(store, table.name, record_id)


def note_change(store: Store, table: str, record_id: str) -> None:
    """Move the record to the end of the change list (what the next bundles carry). Once per record written,
    not once per field: with SQLCipher's memory security every statement costs, and a new record has many
    fields (bench/bench_sync.py)."""
    store.db.execute("DELETE FROM sync_change WHERE tbl = ? AND record_id = ?", (table, record_id))
    store.db.execute("INSERT INTO sync_change (tbl, record_id) VALUES (?, ?)", (table, record_id))


def put_remote_stamp(store: Store, table: str, record_id: str, field: str, hlc: str, base: str | None) -> None:
    """Record that a field now holds a value written on another device (applied from a sync bundle)."""
    put_remote_stamps(store, table, record_id, [(field, hlc, base)])


def put_remote_stamps(store: Store, table: str, record_id: str, stamps: list[tuple[str, str, str | None]]) -> None:
    """``put_remote_stamp`` for several fields of one record, in one statement (a record new to this store)."""
    store.db.execute(
        "INSERT INTO field_stamp (tbl, record_id, field, hlc, device_id, base_hlc) VALUES "
        + ", ".join("(?, ?, ?, ?, ?, ?)" for _s in stamps)
        + " ON CONFLICT (tbl, record_id, field) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id, "
        "base_hlc = excluded.base_hlc",
        [v for name, hlc, base in stamps for v in (table, record_id, name, hlc, hlc.split("-", 2)[2], base)],
    )
    note_change(store, table, record_id)


def put_remote_stamp_rows(store: Store, table: str, stamps: list[tuple[str, str, str, str | None]]) -> None:
    """``put_remote_stamps`` for many records of one table at once (record id, field, stamp, base), in two
    ``executemany``: an import writes whole caseloads."""
    store.db.executemany(
        "INSERT INTO field_stamp (tbl, record_id, field, hlc, device_id, base_hlc) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tbl, record_id, field) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id, "
        "base_hlc = excluded.base_hlc",
        [(table, record_id, name, hlc, hlc.split("-", 2)[2], base) for record_id, name, hlc, base in stamps],
    )
    note_changes(store, table, list(dict.fromkeys(record_id for record_id, _n, _h, _b in stamps)))


def note_changes(store: Store, table: str, record_ids: list[str]) -> None:
    """``note_change`` for many records, in two statements."""
    store.db.executemany("DELETE FROM sync_change WHERE tbl = ? AND record_id = ?", [(table, i) for i in record_ids])
    store.db.executemany("INSERT INTO sync_change (tbl, record_id) VALUES (?, ?)", [(table, i) for i in record_ids])


def insert(store: Store, table: Table, values: dict[str, Any], record_id: str | None = None) -> str:
    """Insert a record (inside the caller's transaction) and stamp every field it was given."""
    table.check(values)
    record_id = record_id or new_id()
    hlc = store.clock.now()
    cols = list(values)
    store.db.execute(
        f"INSERT INTO {table.name} (id, created_hlc, updated_hlc, {', '.join(cols)}) "
        f"VALUES (?, ?, ?, {', '.join('?' for _c in cols)})",
        [record_id, hlc, hlc, *values.values()],
    )
    _stamp(store, table, record_id, cols, hlc)
    return record_id


def current(store: Store, table: Table, record_id: str) -> dict[str, Any] | None:
    cur = store.db.execute(f"SELECT * FROM {table.name} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def update(store: Store, table: Table, record_id: str, values: dict[str, Any]) -> list[str]:
    """Set the fields that really changed; returns their names. Tombstoned records are not editable."""
    table.check(values)
    row = current(store, table, record_id)
    if row is None or row["deleted_hlc"] is not None:
        raise RecordNotFound(_("No record {id} (it may have been removed).").format(id=record_id))
    changed = {k: v for k, v in values.items() if row[k] != v}
    if not changed:
        return []
    hlc = store.clock.now()
    sets = ", ".join(f"{k} = ?" for k in changed)
    store.db.execute(
        f"UPDATE {table.name} SET {sets}, updated_hlc = ? WHERE id = ?", [*changed.values(), hlc, record_id]
    )
    _stamp(store, table, record_id, list(changed), hlc)
    return list(changed)


def tombstone(store: Store, table: Table, record_id: str) -> None:
    """Mark a record removed. Removing it again (or removing a record that is not there) changes nothing, so the
    stamp on ``_deleted`` stays the one of the real removal."""
    hlc = store.clock.now()
    cur = store.db.execute(
        f"UPDATE {table.name} SET deleted_hlc = ?, updated_hlc = ? WHERE id = ? AND deleted_hlc IS NULL",
        (hlc, hlc, record_id),
    )
    if cur.rowcount == 1:
        _stamp(store, table, record_id, [DELETED_FIELD], hlc)


def restamp(store: Store, table: Table, record_id: str, fields: list[str]) -> None:
    """Stamp fields as written now, without changing them (a person confirmed the value held)."""
    hlc = store.clock.now()
    store.db.execute(f"UPDATE {table.name} SET updated_hlc = ? WHERE id = ?", (hlc, record_id))
    _stamp(store, table, record_id, fields, hlc)
