"""Conflicts: a field two devices changed without seeing each other's change. Both values are kept until a
person at the office chooses; the choice is a new edit, so it travels to every laptop like any other."""

from __future__ import annotations

import json
import math
from typing import Any

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import tables
from safetyworker.records import text as text_rules
from safetyworker.records.reader import checked_text
from safetyworker.store import audit
from safetyworker.store.hlc import Stamp
from safetyworker.store.vault import Store, utc_now


def _device_names(store: Store) -> dict[str, str]:
    names = {store.device_id: _("this office") if store.role == "office" else _("this laptop")}
    for device, name in store.db.execute("SELECT device_id, name FROM sync_peer WHERE device_id IS NOT NULL"):
        names[device] = name
    return names


def list_conflicts(store: Store, include_resolved: bool = False) -> list[dict[str, Any]]:
    names = _device_names(store)
    where = "" if include_resolved else "WHERE c.status = 'open'"
    out = []
    for cid, table, record_id, name, case_id, status, opened, resolved_at, preferred in store.db.execute(
        "SELECT c.id, c.tbl, c.record_id, c.field, c.case_id, c.status, c.opened_at, c.resolved_at, "
        f"r.preferred_name FROM sync_conflict c LEFT JOIN case_record r ON r.id = c.case_id {where} "
        "ORDER BY c.opened_at, c.id"
    ):
        current = store.db.execute(f"SELECT {name} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        values = [
            {
                "device_id": device,
                "from": names.get(device, _("another device")),
                "written_at": _when(hlc),
                "hlc": hlc,
                "value": json.loads(value_json),
            }
            for device, hlc, value_json in store.db.execute(
                "SELECT device_id, hlc, value_json FROM sync_conflict_value WHERE conflict_id = ? ORDER BY hlc",
                (cid,),
            )
        ]
        out.append(
            {
                "id": cid,
                "case_id": case_id,
                "case_name": preferred or "",
                "record": table,
                "record_id": record_id,
                "field": name,
                "status": status,
                "opened_at": opened,
                "resolved_at": resolved_at,
                "current": current[0] if current else None,
                "values": values,
            }
        )
    return out


def _when(hlc: str) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(Stamp.parse(hlc).millis / 1000, UTC).isoformat(timespec="seconds")


def resolve(store: Store, conflict_id: str, *, device: str | None = None, value: Any = None) -> dict[str, Any]:
    """Keep one device's value (``device``), or write another ``value`` a person typed."""
    found = [c for c in list_conflicts(store) if c["id"] == conflict_id]
    if not found:
        raise RecordNotFound(_("No open conflict {id}.").format(id=conflict_id))
    conflict = found[0]
    if device is not None:
        chosen = [v for v in conflict["values"] if v["device_id"] == device]
        if not chosen:
            raise InvalidInput("--keep", _("that device's value is not part of this conflict"))
        value = chosen[0]["value"]
    else:
        _check_typed(conflict, value)
    with store.transaction():
        table = tables.Table(conflict["record"], (conflict["field"],))
        tables.update(store, table, conflict["record_id"], {conflict["field"]: value})
        # Stamp it as a new edit even when the value is already the one held, so it reaches every laptop.
        tables.restamp(store, table, conflict["record_id"], [conflict["field"]])
        store.db.execute(
            "UPDATE sync_conflict SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ?",
            (utc_now(), store.device_id, conflict_id),
        )
        audit.record(store, "conflict.resolve", conflict["case_id"] or "", conflict["field"])
    if conflict["case_id"]:
        store.events.emit(CASES_CHANGED, ids=[conflict["case_id"]])
    return {**conflict, "status": "resolved", "current": value}


MAX_TYPED = 4000


def _check_typed(conflict: dict[str, Any], value: Any) -> None:
    """A typed value must be the same kind as the values in conflict (text for text, a number for a number,
    yes/no for yes/no), so a slip cannot put a number into a name or text into a date's place."""
    kinds = {_kind(v["value"]) for v in conflict["values"]} - {"empty"}
    if value is None:
        return
    if _kind(value) not in kinds and kinds:
        wanted = ", ".join(sorted(kinds))
        raise InvalidInput("--value", _("this field holds {kind}; write a value of that kind").format(kind=wanted))
    if isinstance(value, str) and len(value) > MAX_TYPED:
        raise InvalidInput("--value", _("is too long (at most {n} characters)").format(n=MAX_TYPED))
    if isinstance(value, (list, dict)):
        raise InvalidInput("--value", _("write one value, not a list"))
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        raise InvalidInput("--value", _("is too large a number"))
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput("--value", _("is not a number that can be kept"))
    if isinstance(value, str):
        checked_text(value, "--value", multiline=conflict["field"] not in text_rules.ONE_LINE_COLUMNS)


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, (bool, int, float)):  # the store keeps yes/no as 1/0
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list"
