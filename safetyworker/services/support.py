"""Support given: time spent and kinds of support, with the person (contact log) and without them (support
entries: a call to housing, a letter, a referral). Issue 19; docs/support.md.

Both kinds of entry are append-only and travel like the contact log; a correction is a new entry naming the one
it corrects, and only the latest of a chain counts. The totals a case shows and the figures the reports use are
worked out here, once, from both tables.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _
from safetyworker.records import support as rules
from safetyworker.records.reader import checked_text
from safetyworker.services.corrections import check_correctable
from safetyworker.store import audit
from safetyworker.store.vault import Store, new_id

MAX_NOTE = 4000
#: Who did the work when it was done on this store itself (the office, or a store not enrolled).
HERE = "here"
#: A clock a few minutes fast is not work recorded ahead of time.
_SLACK = timedelta(minutes=5)

_ENTRY_SQL = (
    "SELECT id, at, minutes, travel_minutes, support_kinds, note, corrects_id, device_id, case_id FROM support_entry"
)
#: Every piece of work, from the log and from support entries, less those a later correction replaced.
_WORK_SQL = (
    "SELECT 'log', case_id, at, coalesce(minutes, 0), coalesce(travel_minutes, 0), support_kinds, device_id "
    "FROM contact_log l WHERE NOT EXISTS (SELECT 1 FROM contact_log c WHERE c.corrects_id = l.id) "
    "UNION ALL "
    "SELECT 'support', case_id, at, minutes, travel_minutes, support_kinds, device_id "
    "FROM support_entry s WHERE NOT EXISTS (SELECT 1 FROM support_entry c WHERE c.corrects_id = s.id)"
)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _entry(row: tuple[Any, ...]) -> dict[str, Any]:
    i, at, minutes, travel, kinds, note, corrects, _device, case_id = row
    return {
        "id": i,
        "case_id": case_id,
        "at": at,
        "minutes": minutes,
        "travel_minutes": travel,
        "support": rules.stored_kinds(kinds),
        "note": note,
        "corrects_id": corrects,
    }


def _empty() -> dict[str, Any]:
    return {"minutes": 0, "travel_minutes": 0, "entries": 0, "by_kind": {}}


def _add(total: dict[str, Any], minutes: int, travel: int, kinds: list[str]) -> None:
    total["minutes"] += minutes
    total["travel_minutes"] += travel
    total["entries"] += 1
    for kind in kinds:
        # Minutes of an entry with several kinds count under each (the kinds say what the time was for).
        total["by_kind"][kind] = total["by_kind"].get(kind, 0) + minutes


def work_rows(store: Store, where: str = "", args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """(source, case id, at, minutes, travel minutes, kinds JSON, device id) of every piece of work counted,
    for the totals here and for the reports. Minutes stored as something no form takes (an older version, a
    damaged edit: ``doctor`` names them) count as none, so the totals still add up instead of crashing."""
    return [
        (src, case_id, at, _stored_minutes(minutes), _stored_minutes(travel), kinds, device)
        for src, case_id, at, minutes, travel, kinds, device in store.db.execute(
            f"SELECT * FROM ({_WORK_SQL}){where}", args
        )
    ]


def _stored_minutes(value: Any) -> int:
    return value if type(value) is int and 0 <= value <= rules.MAX_MINUTES else 0


def workers_by_device(store: Store) -> dict[str, str]:
    """Device id -> worker id, for the work laptops sent; this store's own work is its worker's (or HERE)."""
    devices = {d: p for p, d in store.db.execute("SELECT peer_id, device_id FROM sync_peer WHERE role = 'worker'") if d}
    devices[store.device_id] = store.meta("worker_id") or HERE
    return devices


class SupportService:
    """Recording work done without the person, and the time and support given on a case."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(
        self,
        case_id: str,
        *,
        minutes: Any,
        support: Any,
        at: datetime | None = None,
        travel_minutes: Any = None,
        note: str = "",
        corrects_id: str | None = None,
    ) -> str:
        """Record work done for the person without them there; returns the entry's id. ``support``: one or more
        kinds (a list, or text like ``housing,legal_court``)."""
        spent = rules.parse_minutes(minutes, "minutes", required=True)
        travel = rules.parse_minutes(travel_minutes, "travel_minutes") or 0
        kinds = rules.parse_kinds(support, "support")
        if not kinds:
            raise InvalidInput("support", _("say what kind of support it was"))
        note = checked_text(note.strip(), "note", multiline=True)
        if len(note) > MAX_NOTE:
            raise InvalidInput("note", _("is too long (at most {n} characters)").format(n=MAX_NOTE))
        moment = (at or datetime.now(UTC)).astimezone(UTC)
        if moment > datetime.now(UTC) + _SLACK:
            raise InvalidInput("at", _("the time is in the future: record work once it is done"))
        self._check_case(case_id)
        check_correctable(self.store, "support_entry", case_id, corrects_id)
        with self.store.transaction() as db:
            entry_id = new_id()
            db.execute(
                "INSERT INTO support_entry (id, created_hlc, device_id, case_id, at, minutes, travel_minutes, "
                "support_kinds, note, corrects_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    self.store.clock.now(),
                    self.store.device_id,
                    case_id,
                    _utc_text(moment),
                    spent,
                    travel,
                    rules.kinds_json(kinds),
                    note,
                    corrects_id,
                ),
            )
            audit.record(self.store, "support.append", case_id)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return entry_id

    def _check_case(self, case_id: str) -> None:
        if not self.store.db.execute(
            "SELECT 1 FROM case_record WHERE id = ? AND deleted_hlc IS NULL", (case_id,)
        ).fetchone():
            raise RecordNotFound(_("There is no case with the id {id}.").format(id=case_id))

    def entries(self, case_id: str) -> list[dict[str, Any]]:
        """The case's support entries, oldest first (corrected ones too, as the log shows them)."""
        self._check_case(case_id)
        return [
            _entry(r)
            for r in self.store.db.execute(_ENTRY_SQL + " WHERE case_id = ? ORDER BY at, created_hlc", (case_id,))
        ]

    def summary(self, case_id: str, today: date | None = None) -> dict[str, Any]:
        """Time and support given on a case: ``this_month`` (the calendar month of ``today`` in the store's time
        zone) and ``since_referral`` (everything recorded), each with minutes, travel minutes, entries counted
        and minutes by kind."""
        self._check_case(case_id)
        zone = ZoneInfo(self.store.timezone)
        today = today or datetime.now(zone).date()
        month = (today.year, today.month)
        out = {"this_month": _empty(), "since_referral": _empty()}
        for _src, _case, at, minutes, travel, kinds, _device in work_rows(self.store, " WHERE case_id = ?", (case_id,)):
            kinds_list = rules.stored_kinds(kinds)
            _add(out["since_referral"], minutes, travel, kinds_list)
            try:
                day = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(zone).date()
            except ValueError:
                continue
            if (day.year, day.month) == month:
                _add(out["this_month"], minutes, travel, kinds_list)
        return out

    def minutes_by_worker(self, start: date | None = None, end: date | None = None) -> dict[str, Any]:
        """Support minutes per worker and per kind over every case this store holds (at the office: every
        worker's, from their bundles), between ``start`` and ``end`` (dates, inclusive, UTC days)."""
        devices = workers_by_device(self.store)
        where, args = [], []
        if start is not None:
            where.append("at >= ?")
            args.append(start.isoformat())
        if end is not None:
            where.append("substr(at, 1, 10) <= ?")
            args.append(end.isoformat())
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = _empty()
        by_worker: dict[str, dict[str, Any]] = defaultdict(_empty)
        for _src, _case, _at, minutes, travel, kinds, device in work_rows(self.store, clause, tuple(args)):
            kinds_list = rules.stored_kinds(kinds)
            _add(total, minutes, travel, kinds_list)
            _add(by_worker[devices.get(device, device)], minutes, travel, kinds_list)
        return {
            "total_minutes": total["minutes"],
            "travel_minutes": total["travel_minutes"],
            "by_kind": total["by_kind"],
            "by_worker": {w: v["minutes"] for w, v in sorted(by_worker.items())},
        }
