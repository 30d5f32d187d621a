"""Applying a bundle's operations: per-field last-writer-wins by HLC, conflicts kept for a person.

For each field the incoming stamp is compared with the one held here:
- the same stamp: already here;
- the same device, later: that device's next edit, taken; earlier: stale, dropped;
- made in view of the value held here (its ``base`` is the stamp held here): taken;
- the value held here was made in view of the incoming one: the incoming one is stale, dropped;
- otherwise the two devices changed the field without seeing each other's change: the later stamp wins (so
  every store ends with the same value whatever order bundles come in), and, where conflicts are kept (the
  office), both values are kept with a conflict for a person, one value per device.
A removed (tombstoned) or erased record is never brought back: later edits to it are dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.records import tables
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.sync import changes
from safetyworker.sync.hlc import Stamp

_SCALARS = (str, int, float, type(None))


class BadOperations(SafetyWorkerError):
    exit_code = 6


@dataclass
class Applied:
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts: int = 0
    dropped_erased: int = 0
    cases: set[str] = field(default_factory=set)
    max_hlc: str = ""


def _device(hlc: str) -> str:
    return Stamp.parse(hlc).device


class Merger:
    def __init__(self, store: Store, *, keep_conflicts: bool, sender_device: str | None, name: str) -> None:
        self.store = store
        self.keep_conflicts = keep_conflicts
        self.sender_device = sender_device  # when set, every stamp must be that device's own
        self.name = name
        self.result = Applied()
        self._columns = {t: changes.columns(store, t) for t in changes.SYNCED}

    def bad(self, why: str) -> BadOperations:
        return BadOperations(
            _("{name} holds changes this store cannot take ({why}). Nothing was changed.").format(
                name=self.name, why=why
            )
        )

    # -- checking ------------------------------------------------------------------------------------------
    def _check_stamp(self, hlc: Any) -> str:
        try:
            stamp = Stamp.parse(hlc)
        except ValueError:
            raise self.bad("clock stamp") from None
        if self.sender_device and stamp.device != self.sender_device:
            raise self.bad("a change signed for another device")
        self.result.max_hlc = max(self.result.max_hlc, hlc)
        return hlc

    def apply_all(self, ops: Any) -> Applied:
        if not isinstance(ops, list):
            raise self.bad("operations")
        rank = {t: i for i, t in enumerate(changes.SYNCED)}
        try:
            ordered = sorted(ops, key=lambda op: rank[op["t"]])
        except (KeyError, TypeError):
            raise self.bad("unknown record kind") from None
        for op in ordered:
            if not isinstance(op.get("id"), str) or not op["id"]:
                raise self.bad("record id")
            if op["t"] in changes.STAMPED:
                self._apply_stamped(op)
            else:
                self._apply_row(op)
        return self.result

    def _erased(self, table: str, record_id: str) -> bool:
        return (
            self.store.db.execute(
                "SELECT 1 FROM sync_erased WHERE tbl = ? AND record_id = ?", (table, record_id)
            ).fetchone()
            is not None
        )

    def _note_case(self, table: str, record_id: str) -> None:
        self.result.cases.update(changes.case_of(self.store, table, record_id))

    # -- append-only rows ----------------------------------------------------------------------------------
    def _apply_row(self, op: dict[str, Any]) -> None:
        table, record_id, row = op["t"], op["id"], op.get("row")
        cols = self._columns[table]
        if not isinstance(row, dict) or set(row) - set(cols) or row.get("id") != record_id:
            raise self.bad(f"{table} row")
        if not all(isinstance(v, _SCALARS) for v in row.values()):
            raise self.bad(f"{table} value")
        self._check_stamp(row.get("created_hlc"))
        if self.sender_device and row.get("device_id") != self.sender_device:
            raise self.bad("an entry signed for another device")
        if self._erased(table, record_id) or self._erased("case_record", str(row.get("case_id"))):
            self.result.dropped_erased += 1
            return
        if self.store.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
            return
        names = list(row)
        try:
            self.store.db.execute(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _n in names)})",
                [row[n] for n in names],
            )
        except (sqlite.IntegrityError, sqlite.OperationalError):  # a missing case or a bad column value
            raise self.bad(_("an entry for a record this store does not have")) from None
        self.result.counts[table] += 1
        self._note_case(table, record_id)

    # -- field-stamped records -----------------------------------------------------------------------------
    def _apply_stamped(self, op: dict[str, Any]) -> None:
        table, record_id, fields = op["t"], op["id"], op.get("f")
        cols = set(self._columns[table]) - set(changes.META_COLUMNS)
        if not isinstance(fields, dict) or not fields:
            raise self.bad(f"{table} fields")
        incoming: dict[str, tuple[Any, str, str | None]] = {}
        for name, triple in fields.items():
            if name != changes.DELETED and name not in cols:
                raise self.bad(f"{table}.{name}")
            if not isinstance(triple, list) or len(triple) != 3 or not isinstance(triple[0], _SCALARS):
                raise self.bad(f"{table}.{name}")
            value, hlc, base = triple
            self._check_stamp(hlc)
            if base is not None:
                try:
                    Stamp.parse(base)
                except ValueError:
                    raise self.bad("clock stamp") from None
            incoming[name] = (value, hlc, base)
        parent = incoming.get("case_id", (None,))[0]
        if self._erased(table, record_id) or (parent and self._erased("case_record", str(parent))):
            self.result.dropped_erased += 1
            return
        row = tables.current(self.store, tables.Table(table, ()), record_id)
        if row is None:
            self._insert(table, record_id, incoming)
            return
        if row["deleted_hlc"] is not None:
            self.result.dropped_erased += 1
            return
        if changes.DELETED in incoming:
            _value, hlc, base = incoming[changes.DELETED]
            self.store.db.execute(
                f"UPDATE {table} SET deleted_hlc = ?, updated_hlc = max(updated_hlc, ?) WHERE id = ?",
                (hlc, hlc, record_id),
            )
            tables.put_remote_stamp(self.store, table, record_id, changes.DELETED, hlc, base)
            self.result.counts[table] += 1
            self._note_case(table, record_id)
            return
        changed = False
        for name, (value, hlc, base) in incoming.items():
            changed |= self._merge_field(table, record_id, name, row[name], value, hlc, base)
        if changed:
            self.result.counts[table] += 1
            self._note_case(table, record_id)

    def _insert(self, table: str, record_id: str, incoming: dict[str, tuple[Any, str, str | None]]) -> None:
        hlcs = [h for _v, h, _b in incoming.values()]
        values = {n: v for n, (v, _h, _b) in incoming.items() if n != changes.DELETED}
        deleted = incoming[changes.DELETED][1] if changes.DELETED in incoming else None
        names = list(values)
        try:
            self.store.db.execute(
                f"INSERT INTO {table} (id, created_hlc, updated_hlc, deleted_hlc{''.join(', ' + n for n in names)}) "
                f"VALUES (?, ?, ?, ?{', ?' * len(names)})",
                [record_id, min(hlcs), max(hlcs), deleted, *values.values()],
            )
        except (sqlite.IntegrityError, sqlite.OperationalError):  # NOT NULL or a missing parent record
            raise self.bad(_("a change to a record this store does not have")) from None
        for name, (_v, hlc, base) in incoming.items():
            tables.put_remote_stamp(self.store, table, record_id, name, hlc, base)
        self.result.counts[table] += 1
        self._note_case(table, record_id)

    def _merge_field(self, table: str, record_id: str, name: str, here: Any, value: Any, hlc: str, base: str | None):
        local = self.store.db.execute(
            "SELECT hlc, base_hlc FROM field_stamp WHERE tbl = ? AND record_id = ? AND field = ?",
            (table, record_id, name),
        ).fetchone()
        conflict = self._open_conflict(table, record_id, name)
        take = False
        if local is None:
            take = True
        else:
            local_hlc, local_base = local
            if hlc == local_hlc:
                return False
            if _device(hlc) == _device(local_hlc):
                take = hlc > local_hlc
            elif base == local_hlc:
                take = True
            elif local_base == hlc:
                take = False
            else:  # concurrent
                take = hlc > local_hlc
                if self.keep_conflicts and conflict is None:
                    conflict = self._new_conflict(table, record_id, name)
                    self._candidate(conflict, local_hlc, here)
        if conflict is not None:
            self._candidate(conflict, hlc, value)
        if take:
            self.store.db.execute(
                f"UPDATE {table} SET {name} = ?, updated_hlc = max(updated_hlc, ?) WHERE id = ?",
                (value, hlc, record_id),
            )
            tables.put_remote_stamp(self.store, table, record_id, name, hlc, base)
        return take

    # -- conflicts -----------------------------------------------------------------------------------------
    def _open_conflict(self, table: str, record_id: str, name: str) -> str | None:
        row = self.store.db.execute(
            "SELECT id FROM sync_conflict WHERE tbl = ? AND record_id = ? AND field = ? AND status = 'open'",
            (table, record_id, name),
        ).fetchone()
        return row[0] if row else None

    def _new_conflict(self, table: str, record_id: str, name: str) -> str:
        conflict_id = new_id()
        cases = changes.case_of(self.store, table, record_id)
        self.store.db.execute(
            "INSERT INTO sync_conflict (id, tbl, record_id, field, case_id, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
            (conflict_id, table, record_id, name, cases[0] if cases else None, utc_now()),
        )
        self.result.conflicts += 1
        return conflict_id

    def _candidate(self, conflict_id: str, hlc: str, value: Any) -> None:
        """One value per device: the latest that device wrote."""
        self.store.db.execute(
            "INSERT INTO sync_conflict_value (conflict_id, device_id, hlc, value_json) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (conflict_id, device_id) DO UPDATE SET hlc = excluded.hlc, value_json = excluded.value_json "
            "WHERE excluded.hlc > sync_conflict_value.hlc",
            (conflict_id, _device(hlc), hlc, json.dumps(value)),
        )
