"""Which records a bundle carries, as operations.

Two kinds of record travel:
- field-stamped records (cases and what hangs off them): an operation names the fields with their value, the
  stamp that wrote it, and the stamp that edit started from (``base``), so the receiver can merge field by
  field;
- append-only rows (contact log, notes, plan versions): sent whole, taken once.

The store's change list (``sync_change``) says which records changed past a peer's acknowledged watermark.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from safetyworker.store.vault import Store

#: In the order they are applied (a record before the ones that point at it).
STAMPED = (
    "reference_data",
    "agency",
    "agency_contact",
    "directory_entry",
    "case_record",
    "person_causing_harm",
    "contact_method",
    "child",
    "harm_link",
    "planned_contact",
    "marac_referral",
    "case_agency_contact",
    "sharing_record",
    "sharing_action",
    "visit",
)
#: Not part of any case: the office sends them to every laptop.
SHARED = ("reference_data", "agency", "agency_contact")
#: Shared records only the office writes (a laptop may add its own local agencies: sync/authority.py).
OFFICE_ONLY = ("reference_data",)
#: Not part of any case, and going to every laptop: the shared records, and the services directory (whose
#: entries a laptop may add too: sync/authority.py says which it may touch).
ORG_WIDE = (*SHARED, "directory_entry")
APPEND_ONLY = ("contact_log", "case_note", "safety_plan_version", "risk_assessment", "support_entry")
SYNCED = STAMPED + APPEND_ONLY
META_COLUMNS = ("id", "created_hlc", "updated_hlc", "deleted_hlc")
DELETED = "_deleted"
#: Append-only rows point at an earlier row of the same table.
SELF_REFERENCE = {
    "contact_log": "corrects_id",
    "case_note": "corrects_id",
    "risk_assessment": "corrects_id",
    "support_entry": "corrects_id",
}


def columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store.db.execute(f"PRAGMA table_info({table})")]


def existing(store: Store, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` are records of ``table`` here, in one query."""
    return {
        r[0]
        for r in store.db.execute(
            f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
        )
    }


def case_of(store: Store, table: str, record_id: str) -> list[str]:
    """The case(s) a record belongs to (a person causing harm may be linked to several)."""
    if table in ORG_WIDE:
        return []
    if table == "case_record":
        return [record_id]
    if table == "person_causing_harm":
        return [r[0] for r in store.db.execute("SELECT case_id FROM harm_link WHERE person_id = ?", (record_id,))]
    row = store.db.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return [row[0]] if row else []


@dataclass
class Collected:
    """Operations ready to pack: each already JSON text (canonical: keys sorted, no spaces), built by SQLite's
    JSON functions from the rows and their stamps. A full export carries hundreds of thousands of field stamps,
    and making a Python dict of each, then encoding it again, was three quarters of an export's time (issue 18)."""

    ops: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    max_hlc: str = ""

    def add(self, table: str, encoded: str, hlc: str) -> None:
        self.ops.append(encoded)
        self.counts[table] += 1
        if hlc > self.max_hlc:
            self.max_hlc = hlc

    def extend(self, other: Collected) -> None:
        self.ops.extend(other.ops)
        for table, n in other.counts.items():
            self.counts[table] += n
        self.max_hlc = max(self.max_hlc, other.max_hlc)


#: Outvoted edits (see merge.py): {(table, record id): {field: [value, hlc, base]}}.
Extra = dict[tuple[str, str], dict[str, list[Any]]]


def outvoted(store: Store) -> Extra:
    """This laptop's own edits replaced here before the office saw them: they still travel."""
    extra: Extra = defaultdict(dict)
    for table, record_id, name, value_json, hlc, base in store.db.execute(
        "SELECT tbl, record_id, field, value_json, hlc, base_hlc FROM sync_outvoted"
    ):
        extra[(table, record_id)][name] = [json.loads(value_json), hlc, base]
    return extra


def high_water(store: Store) -> int:
    seq: int = store.db.execute("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
    return seq


def changed_ids(store: Store, table: str, since: int) -> set[str]:
    return {
        r[0] for r in store.db.execute("SELECT record_id FROM sync_change WHERE tbl = ? AND seq > ?", (table, since))
    }


def acked_clock(store: Store) -> str:
    """Laptop: its clock when it wrote the last bundle the office acknowledged ('' before any)."""
    row = store.db.execute(
        "SELECT s.clock_hlc FROM sync_sent s JOIN sync_peer p ON p.peer_id = s.peer_id AND s.seq = p.acked_seq "
        "WHERE p.role = 'office'"
    ).fetchone()
    return row[0] if row else ""


def own_unacked(store: Store, since_clock: str) -> dict[str, set[str]]:
    """Records holding an edit of this store's own that the office has not acknowledged: a field it stamped,
    or an entry it wrote, after ``since_clock`` (see ``acked_clock``), or an outvoted edit still to travel.
    Changes that came in from the office do not count, so they never hold a case back."""
    out: dict[str, set[str]] = {t: set() for t in SYNCED}
    # Two statements, not a UNION: a UNION is sorted by scanning every field stamp (839,000 at 10,000 cases),
    # where the stamps after ``since_clock`` alone come from the index on the stamp.
    for sql, params in (
        ("SELECT tbl, record_id FROM field_stamp WHERE hlc > ? AND device_id = ?", (since_clock, store.device_id)),
        ("SELECT tbl, record_id FROM sync_outvoted", ()),
    ):
        for table, record_id in store.db.execute(sql, params):
            if table in out:
                out[table].add(record_id)
    for table in APPEND_ONLY:
        out[table] |= {
            r[0]
            for r in store.db.execute(
                f"SELECT id FROM {table} WHERE device_id = ? AND created_hlc > ?", (store.device_id, since_clock)
            )
        }
    return out


def case_scope(store: Store, case_ids: set[str]) -> dict[str, set[str]]:
    """Every record id belonging to these cases, per table."""
    scope: dict[str, set[str]] = {t: set() for t in SYNCED}
    if not case_ids:
        return scope
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS scope_case (id TEXT PRIMARY KEY)")
    store.db.execute("DELETE FROM scope_case")
    _fill(store, "scope_case", case_ids)
    scope["case_record"] = set(case_ids)
    for table in SYNCED:
        if table in ("case_record", "person_causing_harm", *ORG_WIDE):
            continue
        scope[table] = {r[0] for r in store.db.execute(f"SELECT id FROM {table} WHERE case_id IN scope_case")}
    scope["person_causing_harm"] = {
        r[0] for r in store.db.execute("SELECT person_id FROM harm_link WHERE case_id IN scope_case")
    }
    return scope


def collect(
    store: Store,
    ids: dict[str, set[str]],
    *,
    only_device: str | None = None,
    skip_device: str | None = None,
    extra: Extra | None = None,
) -> Collected:
    """Operations for the given records. ``only_device``: only what that device wrote (a laptop sends its own
    edits); ``skip_device``: not what that device wrote (the office relays everyone's but the receiver's own);
    ``extra``: fields to send besides (a laptop's outvoted edits), where nothing newer of its own is held."""
    out = Collected()
    for table in STAMPED:
        wanted = ids.get(table) or set()
        if wanted:
            _collect_stamped(store, table, wanted, only_device, skip_device, out, extra or {})
    for table in APPEND_ONLY:
        wanted = ids.get(table) or set()
        if wanted:
            _collect_rows(store, table, wanted, only_device, skip_device, out)
    return out


def _temp_ids(store: Store, ids: set[str]) -> None:
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS scope_id (id TEXT PRIMARY KEY)")
    store.db.execute("DELETE FROM scope_id")
    _fill(store, "scope_id", ids)


def _fill(store: Store, temp_table: str, ids: set[str]) -> None:
    # One statement, not one per id: outside a transaction each INSERT is a transaction of its own, and with
    # SQLCipher's memory security each of those costs about 0.1 ms (bench/bench_sync.py).
    store.db.execute(f"INSERT INTO {temp_table} (id) SELECT value FROM json_each(?)", (json.dumps(list(ids)),))


def _device_filter(only_device: str | None, skip_device: str | None, column: str) -> tuple[str, list[Any]]:
    if only_device:
        return f" AND {column} = ?", [only_device]
    if skip_device:
        return f" AND {column} != ?", [skip_device]
    return "", []


def _stamped_sql(store: Store, table: str, device_where: str) -> str:
    """One row per record: its operation as JSON text (``{"f":{field:[value, stamp, base stamp], ...},"id":...,
    "t":...}``), its id and its newest stamp. The value is picked from the record's column the stamp names
    (``_deleted``: the tombstone). The record is the outer loop and its stamps are read in primary-key order, so
    the fields come sorted by name without a sort (and SQLite finds each record's row once, not once a field)."""
    names = [c for c in columns(store, table) if c not in META_COLUMNS]
    pick = " ".join(f"WHEN '{n}' THEN r.{n}" for n in names)
    return (
        "SELECT '{\"f\":' || json_group_object(s.field, json_array("
        f"CASE s.field WHEN '{DELETED}' THEN r.deleted_hlc {pick} END, s.hlc, s.base_hlc)) || "
        f'\',"id":\' || json_quote(r.id) || \',"t":"{table}"}}\', r.id, max(s.hlc) '
        f"FROM {table} r CROSS JOIN field_stamp s ON s.tbl = ? AND s.record_id = r.id "
        "WHERE r.id IN scope_id" + device_where + " GROUP BY r.id"
    )


def _collect_stamped(
    store: Store,
    table: str,
    ids: set[str],
    only_device: str | None,
    skip_device: str | None,
    out: Collected,
    extra: Extra,
) -> None:
    _temp_ids(store, ids)
    where, params = _device_filter(only_device, skip_device, "s.device_id")
    sql = _stamped_sql(store, table, where)
    mine = {record_id: fields for (t, record_id), fields in extra.items() if t == table and record_id in ids}
    for encoded, record_id, hlc in store.db.execute(sql, [table, *params]):
        if record_id not in mine:  # those below, with their outvoted fields
            out.add(table, encoded, hlc)
    if not mine:
        return
    # A laptop's outvoted edits (a few at most): merged with the record's own stamps in Python.
    store.db.execute("DELETE FROM scope_id")
    _fill(store, "scope_id", set(mine))
    own = {r[1]: json.loads(r[0])["f"] for r in store.db.execute(sql, [table, *params])}
    held = {r[0] for r in store.db.execute(f"SELECT id FROM {table} WHERE id IN scope_id")}
    for record_id in sorted(mine.keys() & held):
        fields: dict[str, list[Any]] = own.get(record_id, {})
        for name, triple in mine[record_id].items():
            fields.setdefault(name, triple)
        op = {"t": table, "id": record_id, "f": fields}
        text = json.dumps(op, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        out.add(table, text, max(t[1] for t in fields.values()))


def _collect_rows(
    store: Store, table: str, ids: set[str], only_device: str | None, skip_device: str | None, out: Collected
) -> None:
    _temp_ids(store, ids)
    extra, params = _device_filter(only_device, skip_device, "device_id")
    names = sorted(columns(store, table))
    row_json = "json_object(" + ", ".join(f"'{n}', {n}" for n in names) + ")"
    op_json = f"""'{{"id":' || json_quote(id) || ',"row":' || {row_json} || ',"t":"{table}"}}'"""
    sql = f"SELECT {op_json}, created_hlc FROM {table} WHERE id IN scope_id" + extra
    # Oldest first, so a correction arrives after the entry it corrects.
    for encoded, hlc in store.db.execute(sql + " ORDER BY created_hlc, id", params):
        out.add(table, encoded, hlc)
