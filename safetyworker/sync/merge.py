"""Applying a bundle's operations: per-field last-writer-wins by HLC, conflicts kept for a person.

For each field the incoming stamp is compared with the one held here:
- the same stamp: already here;
- the same device, later: that device's next edit, taken; earlier: stale, dropped;
- made in view of the value held here (its ``base`` is the stamp held here): taken;
- the value held here was made in view of the incoming one: the incoming one is stale, dropped;
- the same value on both sides, or a planned contact's status ``done`` against another: settled without a person
  (``_settled``: the value stays, ``done`` wins);
- otherwise the two devices changed the field without seeing each other's change: the later stamp wins (so
  every store ends with the same value whatever order bundles come in), and, where conflicts are kept (the
  office), both values are kept with a conflict for a person: one value per device, and one row per distinct
  value (two devices that wrote the same value are one choice).
A removed (tombstoned) record is never brought back: ``_deleted`` merges like any field but is never unset, and
edits to a removed record are merged out of sight (so every order of bundles leaves the same row) without ever
opening a conflict on it. An erased record (``sync_erased``) takes no change at all.

On a laptop, records arrive only for the cases it holds: a new case comes only when the office assigns it (the
bundle's ``assigned`` list); a change to a record of a case this laptop does not hold (one taken off it) is
dropped, not made into a partial record. When an edit from elsewhere replaces this laptop's own edit of a field
before the office has seen it, the laptop's value is kept aside (``sync_outvoted``) and still sent, so the office
keeps both values instead of one being silently lost.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlite

from safetyworker.errors import SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.records import tables
from safetyworker.records import text as text_rules
from safetyworker.store.hlc import Stamp
from safetyworker.store.vault import Store, new_id, utc_now
from safetyworker.sync import changes

_SCALARS = (str, int, float, type(None))


def _fits(name: str, value: Any) -> bool:
    """A value the store can keep and a screen can show as it is: whole numbers SQLite holds, finite decimals, and
    text without control characters or bidirectional overrides (line breaks only where a field has lines)."""
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        one_line = name in text_rules.ONE_LINE_COLUMNS
        return (
            text_rules.bad_character(value if one_line else text_rules.line_breaks(value), multiline=not one_line)
            is None
        )
    return False


class BadOperations(SafetyWorkerError):
    exit_code = 6


@dataclass
class Applied:
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts: int = 0
    dropped_erased: int = 0
    cases: set[str] = field(default_factory=set)
    max_hlc: str = ""
    not_held: int = 0  # laptop: changes to records of cases it does not hold, dropped


def _device(hlc: str) -> str:
    return Stamp.parse(hlc).device


def _settled(table: str, name: str, here: Any, value: Any, hlc: str, local_hlc: str) -> bool | None:
    """Two concurrent writes that need no person: whether to take the incoming value, or None when they do.

    - The same value on both sides (two laptops re-planning one case while apart make the same contact, with the
      same derived id): nothing to choose; the later stamp is kept so every store ends alike.
    - A planned contact's status: ``done`` wins over ``planned`` or ``cancelled`` whichever stamp is later (the
      contact happened; a re-plan elsewhere did not know it yet); otherwise the later stamp wins. The timetable
      follows the case's programme and release fields, which merge (and conflict) on their own."""
    if here == value:
        return hlc > local_hlc
    if table == "planned_contact" and name == "status":
        if "done" in (here, value):
            take: bool = value == "done"
            return take
        return hlc > local_hlc
    return None


class Merger:
    def __init__(
        self,
        store: Store,
        *,
        keep_conflicts: bool,
        sender_device: str | None,
        name: str,
        new_cases: set[str] | None = None,
    ) -> None:
        self.store = store
        self.keep_conflicts = keep_conflicts
        self.sender_device = sender_device  # when set, every stamp must be that device's own
        self.name = name
        # Laptop: the cases this bundle gives it (None at the office, which takes every record).
        self.new_cases = new_cases
        self._people: set[str] = set()  # laptop: people causing harm linked to a case it holds
        self._opened: set[str] = set()  # conflicts this bundle opened (and still open)
        self.result = Applied()
        self._columns = {t: changes.columns(store, t) for t in changes.SYNCED}
        self._fields = {t: frozenset(c) - frozenset(changes.META_COLUMNS) for t, c in self._columns.items()}
        self._stamps: dict[str, Stamp] = {}  # each stamp parsed once (a record's fields share one)
        self._erased_here: set[tuple[str, str]] = set()
        self._held: dict[str, set[str]] = {}  # per table: the ids of this bundle's records already here
        self._batch = _Batch(store, self.bad)

    def bad(self, why: str) -> BadOperations:
        return BadOperations(
            _("{name} holds changes this store cannot take ({why}). Nothing was changed.").format(
                name=self.name, why=why
            )
        )

    # -- checking ------------------------------------------------------------------------------------------
    def _parse(self, hlc: Any) -> Stamp:
        stamp = self._stamps.get(hlc) if isinstance(hlc, str) else None
        if stamp is None:
            try:
                stamp = Stamp.parse(hlc)
            except ValueError:
                raise self.bad("clock stamp") from None
            self._stamps[hlc] = stamp
        return stamp

    def _check_stamp(self, hlc: Any) -> str:
        stamp = self._parse(hlc)
        if self.sender_device and stamp.device != self.sender_device:
            raise self.bad("a change signed for another device")
        checked: str = hlc  # Stamp.parse took it, so it is text
        self.result.max_hlc = max(self.result.max_hlc, checked)
        return checked

    def apply_all(self, ops: Any) -> Applied:
        if not isinstance(ops, list):
            raise self.bad("operations")
        rank = {t: i for i, t in enumerate(changes.SYNCED)}
        try:
            ordered = sorted(ops, key=lambda op: rank[op["t"]])
        except (KeyError, TypeError):
            raise self.bad("unknown record kind") from None
        if self.new_cases is not None:
            self._people = self._linked_people(ordered)
        for op in ordered:
            if not isinstance(op.get("id"), str) or not op["id"]:
                raise self.bad("record id")
        self._look_ahead(ordered)
        for op in ordered:
            if op["t"] in changes.STAMPED:
                self._apply_stamped(op)
            else:
                self._apply_row(op)
        self._flush()
        self.result.conflicts = len(self._opened)
        return self.result

    def _look_ahead(self, ops: list[dict[str, Any]]) -> None:
        """What this store holds of the bundle's records, found in one query per table rather than one per
        record; a record not held here is written with others of its table in one ``executemany``."""
        self._erased_here = {(t, i) for t, i in self.store.db.execute("SELECT tbl, record_id FROM sync_erased")}
        wanted: dict[str, list[str]] = defaultdict(list)
        for op in ops:
            wanted[op["t"]].append(op["id"])
        self._held = {table: changes.existing(self.store, table, ids) for table, ids in wanted.items()}

    def _flush(self) -> None:
        self._batch.flush()
        for table, record_id in self._batch.take_unplaced():
            self._note_case(table, record_id)

    def _erased(self, table: str, record_id: str) -> bool:
        return (table, record_id) in self._erased_here

    def _note_case(self, table: str, record_id: str) -> None:
        self.result.cases.update(changes.case_of(self.store, table, record_id))

    # -- what a laptop holds -------------------------------------------------------------------------------
    def _holds_case(self, case_id: Any) -> bool:
        if self.new_cases is None:
            return True
        if not isinstance(case_id, str):
            return False
        return case_id in self.new_cases or (
            self.store.db.execute("SELECT 1 FROM case_record WHERE id = ?", (case_id,)).fetchone() is not None
        )

    def _linked_people(self, ops: list[dict[str, Any]]) -> set[str]:
        """People causing harm this laptop may take: linked (here, or by a link in this bundle) to a case it
        holds."""
        people = set()
        for op in ops:
            fields = op.get("f") if op.get("t") == "harm_link" else None
            if not isinstance(fields, dict):
                continue
            person, case = fields.get("person_id"), fields.get("case_id")
            if isinstance(person, list) and isinstance(case, list) and person and case and self._holds_case(case[0]):
                people.add(person[0])
        return people

    def _takes_new(self, table: str, record_id: str, incoming: dict[str, tuple[Any, str, str | None]]) -> bool:
        """Whether a record this store does not have may be made from ``incoming``."""
        if self.new_cases is None:
            return True
        if table in changes.ORG_WIDE:
            return True
        if table == "case_record":
            return record_id in self.new_cases
        if table == "person_causing_harm":
            return record_id in self._people
        return "case_id" in incoming and self._holds_case(incoming["case_id"][0])

    # -- append-only rows ----------------------------------------------------------------------------------
    def _apply_row(self, op: dict[str, Any]) -> None:
        table, record_id, row = op["t"], op["id"], op.get("row")
        cols = self._columns[table]
        if not isinstance(row, dict) or set(row) - set(cols) or row.get("id") != record_id:
            raise self.bad(f"{table} row")
        if not all(isinstance(v, _SCALARS) and _fits(k, v) for k, v in row.items()):
            raise self.bad(f"{table} value")
        self._check_stamp(row.get("created_hlc"))
        if self.sender_device and row.get("device_id") != self.sender_device:
            raise self.bad("an entry signed for another device")
        if self._erased(table, record_id) or self._erased("case_record", str(row.get("case_id"))):
            self.result.dropped_erased += 1
            return
        if record_id in self._held[table] or self._batch.pending(table, record_id):
            return
        if not self._holds_case(row.get("case_id")):
            self.result.not_held += 1
            return
        self._batch.insert(table, record_id, list(row), [row[n] for n in row])
        self.result.counts[table] += 1
        self._note_new(table, record_id, row.get("case_id"))

    def _note_new(self, table: str, record_id: str, case_id: Any) -> None:
        """The case a record written in a batch belongs to: known from its values, or looked up once written."""
        if table == "case_record":
            self.result.cases.add(record_id)
        elif isinstance(case_id, str):
            self.result.cases.add(case_id)
        else:
            self._batch.unplaced.append((table, record_id))

    # -- field-stamped records -----------------------------------------------------------------------------
    def _apply_stamped(self, op: dict[str, Any]) -> None:
        table, record_id, fields = op["t"], op["id"], op.get("f")
        if table in changes.OFFICE_ONLY and self.keep_conflicts:
            raise self.bad(_("reference data comes only from the office"))
        cols = self._fields[table]
        if not isinstance(fields, dict) or not fields:
            raise self.bad(f"{table} fields")
        incoming: dict[str, tuple[Any, str, str | None]] = {}
        checked: set[str] = set()  # a record's fields mostly share one stamp: each is checked once
        for name, triple in fields.items():
            if name != changes.DELETED and name not in cols:
                raise self.bad(f"{table}.{name}")
            if not isinstance(triple, list) or len(triple) != 3 or not isinstance(triple[0], _SCALARS):
                raise self.bad(f"{table}.{name}")
            if not _fits(name, triple[0]) or not isinstance(triple[1], str):
                raise self.bad(f"{table}.{name}")
            value, hlc, base = triple
            if name == changes.DELETED and not isinstance(value, str):  # a removal is never undone
                raise self.bad(f"{table}.{name}")
            if hlc not in checked:
                self._check_stamp(hlc)
                checked.add(hlc)
            if base is not None:
                self._parse(base)
            incoming[name] = (value, hlc, base)
        parent = incoming.get("case_id", (None,))[0]
        if self._erased(table, record_id) or (parent and self._erased("case_record", str(parent))):
            self.result.dropped_erased += 1
            return
        if self._batch.pending(table, record_id):  # the same record twice in one bundle
            self._flush()
            self._held[table].add(record_id)
        row = tables.current(self.store, tables.Table(table, ()), record_id) if record_id in self._held[table] else None
        if row is None:
            if self._takes_new(table, record_id, incoming):
                self._insert(table, record_id, incoming)
            else:
                self.result.not_held += 1
            return
        # Every field merges the same way whether or not the record was removed, so the row ends the same
        # whatever order bundles come in; a removed record just never opens a conflict, and stays removed.
        removed = row["deleted_hlc"] is not None
        changed = False
        # The record's stamps and open conflicts, read once for all its fields rather than twice a field.
        stamps = {
            r[0]: (r[1], r[2])
            for r in self.store.db.execute(
                "SELECT field, hlc, base_hlc FROM field_stamp WHERE tbl = ? AND record_id = ?", (table, record_id)
            )
        }
        open_conflicts = {
            r[0]: r[1]
            for r in self.store.db.execute(
                "SELECT field, id FROM sync_conflict WHERE tbl = ? AND record_id = ? AND status = 'open'",
                (table, record_id),
            )
        }
        for name, (value, hlc, base) in incoming.items():
            here = row["deleted_hlc"] if name == changes.DELETED else row[name]
            may_conflict = not removed and name != changes.DELETED
            local = stamps.get(name)
            conflict = open_conflicts.get(name) if may_conflict else None
            changed |= self._merge_field(table, record_id, name, here, value, hlc, base, local, conflict, may_conflict)
        if removed:
            if set(incoming) - {changes.DELETED}:
                self.result.dropped_erased += 1
            return
        if changes.DELETED in incoming and self._removed(table, record_id):
            self._drop_open_conflicts(table, record_id)
        if changed:
            self.result.counts[table] += 1
            self._note_case(table, record_id)

    def _removed(self, table: str, record_id: str) -> bool:
        row = self.store.db.execute(f"SELECT deleted_hlc FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return row is not None and row[0] is not None

    def _drop_open_conflicts(self, table: str, record_id: str) -> None:
        """A removed record's values need no choosing: its open conflicts go (as if it had been removed first)."""
        ids = [
            r[0]
            for r in self.store.db.execute(
                "SELECT id FROM sync_conflict WHERE tbl = ? AND record_id = ? AND status = 'open'", (table, record_id)
            )
        ]
        for conflict_id in ids:
            self.store.db.execute("DELETE FROM sync_conflict_value WHERE conflict_id = ?", (conflict_id,))
            self.store.db.execute("DELETE FROM sync_conflict WHERE id = ?", (conflict_id,))
            self._opened.discard(conflict_id)

    def _insert(self, table: str, record_id: str, incoming: dict[str, tuple[Any, str, str | None]]) -> None:
        hlcs = [h for _v, h, _b in incoming.values()]
        values = {n: v for n, (v, _h, _b) in incoming.items() if n != changes.DELETED}
        deleted = incoming[changes.DELETED][1] if changes.DELETED in incoming else None
        self._batch.insert(
            table,
            record_id,
            ["id", "created_hlc", "updated_hlc", "deleted_hlc", *values],
            [record_id, min(hlcs), max(hlcs), deleted, *values.values()],
            [(name, hlc, base) for name, (_v, hlc, base) in incoming.items()],
        )
        self.result.counts[table] += 1
        self._note_new(table, record_id, values.get("case_id") if table != "person_causing_harm" else None)

    def _merge_field(
        self,
        table: str,
        record_id: str,
        name: str,
        here: Any,
        value: Any,
        hlc: str,
        base: str | None,
        local: tuple[str, str | None] | None,
        conflict: str | None,
        may_conflict: bool = True,
    ) -> bool:
        """``local``: the stamp (and its base) held here for the field; ``conflict``: its open conflict."""
        take = False
        outvoted = None
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
            elif (settled := _settled(table, name, here, value, hlc, local_hlc)) is not None:
                take = settled  # concurrent, but nothing for a person to choose
            else:  # concurrent
                take = hlc > local_hlc
                if self.keep_conflicts and may_conflict and conflict is None:
                    conflict = self._new_conflict(table, record_id, name)
                    self._candidate(conflict, local_hlc, here)
                if take and not self.keep_conflicts and _device(local_hlc) == self.store.device_id:
                    outvoted = (here, local_hlc, local_base)
        if conflict is not None:
            self._candidate(conflict, hlc, value, replaces=base)
        if take:
            column = "deleted_hlc" if name == changes.DELETED else name
            try:
                self.store.db.execute(
                    f"UPDATE {table} SET {column} = ?, updated_hlc = max(updated_hlc, ?) WHERE id = ?",
                    (value, hlc, record_id),
                )
            except (sqlite.IntegrityError, sqlite.OperationalError):  # a name made empty (NULL), a bad value
                raise self.bad(f"{table}.{name}") from None
            tables.put_remote_stamp(self.store, table, record_id, name, hlc, base)
        if outvoted is not None:
            self._keep_outvoted(table, record_id, name, *outvoted)
        return take

    def _keep_outvoted(self, table: str, record_id: str, name: str, value: Any, hlc: str, base: str | None) -> None:
        """Laptop: its own edit, replaced here by a later one from elsewhere before the office saw it. It still
        travels (until the office acknowledges a bundle that carried it), so the office can keep both values."""
        self.store.db.execute(
            "INSERT INTO sync_outvoted (tbl, record_id, field, value_json, hlc, base_hlc, change_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, record_id, field) DO UPDATE SET "
            "value_json = excluded.value_json, hlc = excluded.hlc, base_hlc = excluded.base_hlc, "
            "change_seq = excluded.change_seq WHERE excluded.hlc > sync_outvoted.hlc",
            (table, record_id, name, json.dumps(value), hlc, base, changes.high_water(self.store)),
        )

    # -- conflicts -----------------------------------------------------------------------------------------
    def _new_conflict(self, table: str, record_id: str, name: str) -> str:
        conflict_id = new_id()
        cases = changes.case_of(self.store, table, record_id)
        self.store.db.execute(
            "INSERT INTO sync_conflict (id, tbl, record_id, field, case_id, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
            (conflict_id, table, record_id, name, cases[0] if cases else None, utc_now()),
        )
        self._opened.add(conflict_id)
        return conflict_id

    def _candidate(self, conflict_id: str, hlc: str, value: Any, replaces: str | None = None) -> None:
        """One value per device: the latest that device wrote, and one row per distinct value. A value written in
        view of another (``replaces``: its base) takes that one's place, so the conflict holds the same values
        whichever came in first; a conflict left with one value is settled and goes."""
        self.store.db.execute(
            "INSERT INTO sync_conflict_value (conflict_id, device_id, hlc, value_json) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (conflict_id, device_id) DO UPDATE SET hlc = excluded.hlc, value_json = excluded.value_json "
            "WHERE excluded.hlc > sync_conflict_value.hlc",
            (conflict_id, _device(hlc), hlc, json.dumps(value)),
        )
        # One row per distinct value too (the latest stamp of it): two devices that wrote the same value are one
        # choice for a person, and which of them the office heard first must not change what it keeps (a pair that
        # agreed before the conflict opened was settled without a row: see _settled).
        removed = self.store.db.execute(
            "DELETE FROM sync_conflict_value WHERE conflict_id = ? AND EXISTS (SELECT 1 FROM sync_conflict_value o "
            "WHERE o.conflict_id = sync_conflict_value.conflict_id AND o.value_json = sync_conflict_value.value_json "
            "AND o.hlc > sync_conflict_value.hlc)",
            (conflict_id,),
        ).rowcount
        if replaces is not None and _device(replaces) != _device(hlc):
            removed += self.store.db.execute(
                "DELETE FROM sync_conflict_value WHERE conflict_id = ? AND hlc = ?", (conflict_id, replaces)
            ).rowcount
        if not removed:
            return
        left = self.store.db.execute(
            "SELECT count(*) FROM sync_conflict_value WHERE conflict_id = ?", (conflict_id,)
        ).fetchone()[0]
        if left < 2:
            self.store.db.execute("DELETE FROM sync_conflict_value WHERE conflict_id = ?", (conflict_id,))
            self.store.db.execute("DELETE FROM sync_conflict WHERE id = ?", (conflict_id,))
            self._opened.discard(conflict_id)


class _Batch:
    """New records waiting to be written: those of a table with the same columns go in one ``executemany``, with
    their field stamps and change-list entries (an import of a laptop's first bundle writes hundreds of thousands
    of rows; one statement each was most of its time). Written before anything reads them (``Merger._flush``)
    and before the next table's (which may point at them). Append-only rows keep their order (a correction
    points at the entry before it): a row with other columns than the last writes what waits first."""

    def __init__(self, store: Store, bad: Callable[[str], BadOperations]) -> None:
        self.store = store
        self.bad = bad
        self.table = ""
        self.last: tuple[str, ...] = ()
        self.groups: dict[tuple[str, ...], list[list[Any]]] = {}
        self.stamps: list[tuple[str, str, str, str | None]] = []  # record id, field, stamp, base
        self.ids: set[tuple[str, str]] = set()
        self.unplaced: list[tuple[str, str]] = []  # records whose case is looked up once written

    def pending(self, table: str, record_id: str) -> bool:
        return (table, record_id) in self.ids

    def insert(
        self,
        table: str,
        record_id: str,
        names: list[str],
        values: list[Any],
        stamps: list[tuple[str, str, str | None]] | None = None,
    ) -> None:
        columns = tuple(names)
        if table != self.table or (table in changes.APPEND_ONLY and columns != self.last):
            self.flush()
            self.table = table
        self.last = columns
        self.groups.setdefault(columns, []).append(values)
        self.ids.add((table, record_id))
        if stamps is not None:
            self.stamps.extend((record_id, name, hlc, base) for name, hlc, base in stamps)

    def flush(self) -> None:
        if not self.groups:
            return
        table, groups, stamps = self.table, self.groups, self.stamps
        self.groups, self.stamps = {}, []
        self.ids.clear()
        try:
            for names, rows in groups.items():
                self.store.db.executemany(
                    f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _n in names)})", rows
                )
        except (sqlite.IntegrityError, sqlite.OperationalError):  # NOT NULL, a bad value, a missing parent
            if table in changes.APPEND_ONLY:
                raise self.bad(_("an entry for a record this store does not have")) from None
            raise self.bad(_("a change to a record this store does not have")) from None
        if stamps:
            tables.put_remote_stamp_rows(self.store, table, stamps)

    def take_unplaced(self) -> list[tuple[str, str]]:
        out, self.unplaced = self.unplaced, []
        return out
