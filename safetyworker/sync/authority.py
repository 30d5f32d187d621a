"""What the sender of a bundle may touch, and whether every value it brings is one local input would take.

Checked before a bundle's operations are applied, inside the import's transaction: a bundle that steps outside
is refused whole (nothing changed), and the refusal is written to the audit trail on its own afterwards.

At the office, a laptop's bundle (signed with that laptop's real keys) may change only:
- cases assigned to that worker, or held by them before the office moved them on (edits made before the
  laptop heard of the move still arrive, and clash as conflicts where they must);
- new cases the laptop creates (not known at the office under any worker);
- what hangs off those cases (contact methods, children, planned contacts, the log, support entries, notes,
  plan versions, sharing records and their actions, the agency contacts linked), and a person causing harm
  linked to one of them;
- the local agencies its worker added (``added_by`` = that worker's id) and their contacts: never an agency on
  the office's list, nor another worker's;
- services directory entries of that worker's own (new ones, or ones it added before), never the office's.
It may close a case but never remove (tombstone) or erase one, and never move a record from one case to
another: erasure and moves come only from the office.

On both sides every incoming value passes the checks local input passes (sync/stored_check.py), so a value
no form accepts never reaches a store, and from there every laptop.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from safetyworker.i18n import _
from safetyworker.records import tables
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.sync import changes, stored_check
from safetyworker.sync.container import BadBundle

#: How a refusal is recorded in the audit trail (a code, never case content).
OUT_OF_SCOPE = "refused.not_assigned"
REMOVAL = "refused.removal"
MOVE = "refused.move"
OFFICE_LIST = "refused.office_list"
INVALID = "refused.invalid_value"
DIRECTORY = "refused.directory"


#: Columns that point at another record of the case (the entry a correction replaces, the referral's
#: assessment, the visit's log entry, ...). A laptop's record may point only within its own case: a "correction"
#: on its own case pointing at another worker's entry would hide that entry from the office's reports.
SAME_CASE = {
    ("contact_log", "corrects_id"): "contact_log",
    ("contact_log", "contact_method_id"): "contact_method",
    ("case_note", "corrects_id"): "case_note",
    ("risk_assessment", "corrects_id"): "risk_assessment",
    ("support_entry", "corrects_id"): "support_entry",
    ("marac_referral", "assessment_id"): "risk_assessment",
    ("sharing_action", "sharing_id"): "sharing_record",
    ("visit", "log_id"): "contact_log",
}


class BundleRefused(BadBundle):
    """A bundle that is whole and signed, but holds something its sender may not do, or a value no form takes."""

    def __init__(self, code: str, message: str, target: str = "") -> None:
        self.code = code
        self.target = target
        super().__init__(message)


def _fields(op: Any) -> dict[str, Any]:
    fields = op.get("f") if isinstance(op, dict) else None
    return fields if isinstance(fields, dict) else {}


def _incoming(op: Any) -> dict[str, Any]:
    """The values a stamped operation brings (malformed triples are left for the merge to refuse)."""
    return {n: t[0] for n, t in _fields(op).items() if type(t) is list and len(t) == 3}


def _ops(ops: Any) -> list[dict[str, Any]]:
    if not isinstance(ops, list):
        return []
    return [op for op in ops if isinstance(op, dict) and isinstance(op.get("t"), str) and isinstance(op.get("id"), str)]


# -- what a laptop may touch (office) -------------------------------------------------------------------------


def _may_hold(store: Store, worker_id: str, case_id: Any, new_cases: set[str]) -> bool:
    if not isinstance(case_id, str):
        return False
    if case_id in new_cases:
        return True
    if store.db.execute("SELECT 1 FROM sync_erased WHERE tbl = 'case_record' AND record_id = ?", (case_id,)).fetchone():
        return True  # erased here: the merge drops whatever comes for it
    return (
        store.db.execute(
            "SELECT 1 FROM sync_assignment_history WHERE case_id = ? AND peer_id = ?", (case_id, worker_id)
        ).fetchone()
        is not None
    )


def _case_of_existing(store: Store, table: str, record_id: str) -> Any:
    row = store.db.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return row[0] if row else None


def check_scope(store: Store, worker_id: str, worker_name: str, ops: Any, name: str) -> None:
    """Office: refuse (``BundleRefused``) a laptop's bundle that changes anything outside that worker's cases,
    removes or erases a case, or moves a record to another case."""
    ops = _ops(ops)
    held = _held(store, ops)
    erased = _erased_ids(store)
    exists = held.get("case_record", set())
    new_cases = {op["id"] for op in ops if op["t"] == "case_record"} - exists - erased.get("case_record", set())
    people = [op["id"] for op in ops if op["t"] == "person_causing_harm"]
    linked_here: dict[str, set[Any]] = {}
    for person, case_id in store.db.execute(
        "SELECT person_id, case_id FROM harm_link WHERE deleted_hlc IS NULL AND person_id IN "
        "(SELECT value FROM json_each(?))",
        (json.dumps(people),),
    ):
        linked_here.setdefault(person, set()).add(case_id)

    def case_before(table: str, record_id: str) -> Any:
        return _case_of_existing(store, table, record_id) if record_id in held.get(table, ()) else None

    def outside() -> BundleRefused:
        return BundleRefused(
            OUT_OF_SCOPE,
            _(
                "{name} tried to change cases not assigned to {worker}: refused. Nothing was changed. Ask "
                "{worker} about it, and check that laptop."
            ).format(name=name, worker=worker_name),
        )

    may_hold: dict[Any, bool] = {}  # one look-up per case, not per record

    def may(case_id: Any) -> bool:
        if case_id not in may_hold:
            may_hold[case_id] = _may_hold(store, worker_id, case_id, new_cases)
        return may_hold[case_id]

    links: dict[str, set[Any]] = {}
    for op in ops:
        if op["t"] == "harm_link":
            values = _incoming(op)
            links.setdefault(str(values.get("person_id")), set()).add(
                values["case_id"] if "case_id" in values else case_before("harm_link", op["id"])
            )
    bundle_agencies = {op["id"]: _incoming(op).get("added_by") for op in ops if op["t"] == "agency"}
    _check_references(store, ops, outside)
    for op in ops:
        table, record_id = op["t"], op["id"]
        values = _incoming(op)
        if table in ("agency", "agency_contact"):
            _check_agency(store, worker_id, table, record_id, values, bundle_agencies, name)
            continue
        if table in changes.APPEND_ONLY:
            row = op.get("row")
            if isinstance(row, dict) and not may(row.get("case_id")):
                raise outside()
            continue
        if table in ("case_record", "person_causing_harm") and changes.DELETED in values:
            # no form on a laptop removes either; a person causing harm may be linked to others' cases too
            raise BundleRefused(
                REMOVAL,
                _(
                    "{name} tried to remove a case: refused. Nothing was changed. A laptop can close a case; "
                    "only the office erases one."
                ).format(name=name),
                record_id,
            )
        if table == "case_record":
            if not may(record_id):
                raise outside()
        elif table == "person_causing_harm":
            linked = linked_here.get(record_id, set()) | links.get(record_id, set())
            if (record_id in held.get(table, ()) or linked) and not any(may(c) for c in linked):
                raise outside()
        elif table == "directory_entry":
            _check_directory(store, worker_id, record_id, values, name)
        elif table in changes.STAMPED and table not in changes.SHARED:
            before = case_before(table, record_id)
            moved = before is not None and "case_id" in values and values["case_id"] != before
            person_before = (
                store.db.execute("SELECT person_id FROM harm_link WHERE id = ?", (record_id,)).fetchone()
                if table == "harm_link" and record_id in held.get(table, ())
                else None
            )
            if moved or (person_before and "person_id" in values and values["person_id"] != person_before[0]):
                raise BundleRefused(
                    MOVE,
                    _(
                        "{name} tried to move a record from one case to another: refused. Nothing was changed. "
                        "Only the office moves cases and what belongs to them."
                    ).format(name=name),
                    record_id,
                )
            if not may(before if before is not None else values.get("case_id")):
                raise outside()
            if table == "harm_link" and record_id not in held.get(table, ()):
                # linking a person causing harm already linked to others' cases would give this laptop that
                # person's record (and the right to change it): only when linked to one of its cases already
                person = values.get("person_id")
                elsewhere = [
                    r[0]
                    for r in store.db.execute(
                        "SELECT case_id FROM harm_link WHERE person_id = ? AND deleted_hlc IS NULL", (person,)
                    )
                ]
                if elsewhere and not any(may(c) for c in elsewhere):
                    raise outside()


def _check_references(store: Store, ops: list[dict[str, Any]], outside: Callable[[], BundleRefused]) -> None:
    """Refuse a record pointing (``SAME_CASE``) at a record of another case, here or in the bundle."""
    in_bundle: dict[tuple[str, str], Any] = {}
    for op in ops:
        row = op.get("row") if op["t"] in changes.APPEND_ONLY else _incoming(op)
        if isinstance(row, dict) and "case_id" in row:
            in_bundle[(op["t"], op["id"])] = row["case_id"]

    def case_of(table: str, record_id: str) -> Any:
        if (table, record_id) in in_bundle:
            return in_bundle[(table, record_id)]
        return _case_of_existing(store, table, record_id)

    for op in ops:
        table, record_id = op["t"], op["id"]
        row = op.get("row") if table in changes.APPEND_ONLY else _incoming(op)
        if not isinstance(row, dict):
            continue
        for (source, column), target in SAME_CASE.items():
            pointed = row.get(column) if source == table else None
            if not isinstance(pointed, str) or not pointed:
                continue
            there = case_of(target, pointed)
            if there is None:
                continue  # not known here: points at nothing the office holds
            here = row["case_id"] if "case_id" in row else _case_of_existing(store, table, record_id)
            if there != here:
                raise outside()


def _check_agency(
    store: Store,
    worker_id: str,
    table: str,
    record_id: str,
    values: dict[str, Any],
    bundle_agencies: dict[str, Any],
    name: str,
) -> None:
    """A laptop may add a local agency of its own and change it and its contacts; the office's list (and another
    worker's local agencies) only the office changes."""

    def owner(agency_id: Any) -> Any:
        row = store.db.execute("SELECT added_by FROM agency WHERE id = ?", (agency_id,)).fetchone()
        return row[0] if row else bundle_agencies.get(agency_id)

    if table == "agency":
        owners = {owner(record_id)}
        if "added_by" in values:
            owners.add(values["added_by"])
    else:
        row = store.db.execute("SELECT agency_id FROM agency_contact WHERE id = ?", (record_id,)).fetchone()
        agencies = ({row[0]} if row else set()) | ({values["agency_id"]} if "agency_id" in values else set())
        owners = {owner(a) for a in agencies} or {None}
    if owners != {worker_id}:
        raise BundleRefused(
            OFFICE_LIST,
            _(
                "{name} tried to change an agency on the office's list: refused. Nothing was changed. A laptop "
                "may add a local agency and change its own; only the office changes its list."
            ).format(name=name),
            record_id,
        )


def _check_directory(store: Store, worker_id: str, record_id: str, values: dict[str, Any], name: str) -> None:
    """A laptop may add directory entries of its own worker's and change or remove those; the office's list
    (and other workers' entries) only the office changes."""
    row = store.db.execute("SELECT owner FROM directory_entry WHERE id = ?", (record_id,)).fetchone()
    owner = row[0] if row else values.get("owner")
    if owner != worker_id or values.get("owner", worker_id) != worker_id:
        raise BundleRefused(
            DIRECTORY,
            _(
                "{name} tried to change the office's services directory: refused. Nothing was changed. A laptop "
                "may add entries of its own; only the office changes its list."
            ).format(name=name),
            record_id,
        )


# -- every value as local input would take it (both sides) ----------------------------------------------------


def check_values(store: Store, ops: Any, name: str) -> None:
    """Refuse (``BundleRefused``) a bundle holding a value local input would refuse: each record is checked as
    it would stand with the bundle's values in it, so an edit is judged with the record it belongs to (a phone
    number with its kind, a closed status with its reason)."""
    ops = _ops(ops)
    held = _held(store, ops)
    erased = _erased_ids(store)
    for op in ops:
        table, record_id = op["t"], op["id"]
        if table not in stored_check.CHECKED:
            continue
        if table in changes.APPEND_ONLY:
            row = op.get("row")
            if not isinstance(row, dict):
                continue
            candidate = dict(row)
        else:
            values = _incoming(op)
            if values.get(changes.DELETED) is not None and len(values) == 1:
                continue  # a removal alone brings no value
            current = (
                tables.current(store, tables.Table(table, ()), record_id) or {}
                if record_id in held.get(table, ())
                else {}
            )
            if current.get("deleted_hlc") is not None:
                continue  # a removed record takes no value anyway
            candidate = {**current, **{n: v for n, v in values.items() if n != changes.DELETED}}
            candidate.setdefault("id", record_id)
        case_id = record_id if table == "case_record" else candidate.get("case_id")
        if (isinstance(case_id, str) and case_id in erased.get("case_record", ())) or record_id in erased.get(
            table, ()
        ):
            continue  # the merge drops whatever comes for an erased record
        problem = stored_check.problem_with(table, record_id, candidate)
        if problem is not None:
            raise BundleRefused(
                INVALID,
                _("{name} holds a value that no form accepts ({where}): refused. Nothing was changed.").format(
                    name=name, where=problem.describe()
                ),
                record_id,
            )


def _held(store: Store, ops: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Per synced table, which of the bundle's records are here already: one query a table, not one a record."""
    wanted: dict[str, list[str]] = {}
    for op in ops:
        if op["t"] in changes.SYNCED:
            wanted.setdefault(op["t"], []).append(op["id"])
    return {table: changes.existing(store, table, ids) for table, ids in wanted.items()}


def _erased_ids(store: Store) -> dict[str, set[str]]:
    erased: dict[str, set[str]] = {}
    for table, record_id in store.db.execute("SELECT tbl, record_id FROM sync_erased"):
        erased.setdefault(table, set()).add(record_id)
    return erased


def record_refusal(store: Store, peer_id: str, refusal: BundleRefused) -> None:
    """The audit entry for a refused bundle, in a transaction of its own (the import's was rolled back)."""
    with store.transaction():
        audit.record(store, "bundle.refused", peer_id, refusal.code)
