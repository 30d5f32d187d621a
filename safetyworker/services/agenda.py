"""The "Today" view: who can be called now, who later today, what is overdue, releases and reviews coming up.

Computed from the store alone (the store is the only source of truth) for a moment ``at``; "today" is the date of
``at`` in the store's time zone. Only open cases count. Viewing it is audited as ``agenda.view`` (no content).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.protocol import call_safety
from safetyworker.records import case_rows, phone
from safetyworker.records.model import Case
from safetyworker.services import sharing
from safetyworker.store import audit
from safetyworker.store.vault import Store
from safetyworker.timetable.inform import KIND as INFORM_KIND
from safetyworker.timetable.planner import PLANNED_STATUS

MAX_DAYS = 366

_DUE_SQL = """
SELECT p.id, p.case_id, p.kind, p.due_date, p.window_end, p.source, c.preferred_name, p.note
FROM planned_contact p JOIN case_record c ON c.id = p.case_id
WHERE p.deleted_hlc IS NULL AND c.deleted_hlc IS NULL AND c.status != 'closed' AND p.status = ?
  AND p.due_date <= ?
ORDER BY p.due_date, c.preferred_name COLLATE NOCASE, p.id
"""

_RELEASES_SQL = """
SELECT l.case_id, c.preferred_name, p.release_date
FROM harm_link l JOIN person_causing_harm p ON p.id = l.person_id JOIN case_record c ON c.id = l.case_id
WHERE l.deleted_hlc IS NULL AND p.deleted_hlc IS NULL AND c.deleted_hlc IS NULL AND c.status != 'closed'
  AND p.release_date >= ? AND p.release_date <= ?
ORDER BY p.release_date, c.preferred_name COLLATE NOCASE, l.case_id
"""


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _check_at(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise InvalidInput("at", _("give the time with its offset, for example 2026-11-23T10:30+00:00 or ...Z"))
    return at


def _method_number(case: Case, method_id: str | None) -> tuple[str | None, str | None]:
    for method in case.contact_methods:
        if method.id == method_id:
            return method.value, phone.display(method.value) if method.is_phone else method.value
    return None, None


def _calls(
    store: Store, at: datetime, today: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Cases with a contact due by today, split into: safe to call now, safe later today, no safe time today."""
    zone = ZoneInfo(store.timezone)
    due: dict[str, dict[str, Any]] = {}
    for pid, case_id, kind, due_date, _w, _src, name, note in store.db.execute(
        _DUE_SQL, (PLANNED_STATUS, today.isoformat())
    ):
        entry = due.setdefault(case_id, {"case_id": case_id, "preferred_name": name, "due": due_date, "contacts": []})
        entry["contacts"].append({"id": pid, "kind": kind, "due": due_date, "note": note})
    now, later, not_today = [], [], []
    for case_id, entry in due.items():
        case = case_rows.load_case(store.db, case_id)
        if case is None:
            continue
        check = call_safety.check_case(case, at, zone)
        number, display = _method_number(case, check.method_id)
        entry.update(
            {
                "number": number,
                "number_display": display,
                "method_id": check.method_id,
                "reason": check.reason,
                "reason_code": check.reason_code,
                "window_start": _iso(check.next_window_start),
                "window_end": _iso(check.next_window_end),
            }
        )
        if check.safe:
            now.append(entry)
        elif check.next_window_start and check.next_window_start.astimezone(zone).date() == today:
            later.append(entry)
        else:
            not_today.append(entry)
    later.sort(key=lambda e: (e["window_start"] or "", e["preferred_name"].casefold()))
    return now, later, not_today


def _agenda(store: Store, at: datetime, days: int) -> dict[str, Any]:
    at = _check_at(at)
    if not 0 <= days <= MAX_DAYS:
        raise InvalidInput("days", _("must be from 0 to {n}").format(n=MAX_DAYS))
    zone = ZoneInfo(store.timezone)
    today = at.astimezone(zone).date()
    horizon = (today + timedelta(days=days)).isoformat()
    now, later, not_today = _calls(store, at, today)
    overdue = []
    reviews = []
    for pid, case_id, kind, due_date, window_end, source, name, note in store.db.execute(
        _DUE_SQL, (PLANNED_STATUS, horizon)
    ):
        item = {
            "id": pid,
            "case_id": case_id,
            "preferred_name": name,
            "kind": kind,
            "due": due_date,
            "window_end": window_end,
            "source": source,
            "note": note,
        }
        if due_date < today.isoformat():
            # a due date that cannot be read still shows, as due today (doctor names it)
            overdue.append({**item, "days_overdue": (today - (case_rows.read_date(due_date) or today)).days})
        if kind == "review":
            reviews.append(item)
    releases = [
        {
            "case_id": case_id,
            "preferred_name": name,
            "release_date": release,
            "days_until": ((case_rows.read_date(release) or today) - today).days,
        }
        for case_id, name, release in store.db.execute(_RELEASES_SQL, (today.isoformat(), horizon))
    ]
    return {
        "at": _iso(at.astimezone(zone)),
        "today": today.isoformat(),
        "timezone": store.timezone,
        "days": days,
        "calls_now": now,
        "later_today": later,
        "due_no_safe_time_today": not_today,
        "overdue": overdue,
        "releases": releases,
        "reviews": reviews,
        "actions": sharing.SharingService(store).open_actions(today),
    }


class CallableNow(NamedTuple):
    """A case that can be rung now: on which number (for showing), and until when (aware)."""

    until: datetime
    number_display: str


def callable_now(store: Store, at: datetime) -> dict[str, CallableNow]:
    """Cases with a contact due that can be called now, with the number to ring and the end of its safe window
    (for the caseload's "can call now" column). Not audited: the caseload itself is the view."""
    zone = ZoneInfo(store.timezone)
    now, _later, _none = _calls(store, _check_at(at), _check_at(at).astimezone(zone).date())
    return callable_from(now)


def callable_from(calls_now: list[dict[str, Any]]) -> dict[str, CallableNow]:
    """``callable_now`` from the ``calls_now`` section of an agenda already worked out."""
    return {
        e["case_id"]: CallableNow(datetime.fromisoformat(e["window_end"]), e["number_display"] or "")
        for e in calls_now
        if e["window_end"]
    }


def reminder_windows(store: Store, at: datetime) -> tuple[int, list[tuple[datetime, datetime]]]:
    """For the desktop reminders: how many calls can be made now, and the safe windows (start, end; aware)
    that open later today, earliest first. Counts and times only: no names, ids or numbers, so the times may
    be kept while the app is locked. Not audited: nothing is shown to anyone by computing them."""
    return reminder_windows_from(_agenda(store, at, 0))


def reminder_windows_from(result: dict[str, Any]) -> tuple[int, list[tuple[datetime, datetime]]]:
    """``reminder_windows`` from an agenda already worked out (the Today view's: it is not worked out twice)."""
    windows = {
        (datetime.fromisoformat(e["window_start"]), datetime.fromisoformat(e["window_end"]))
        for e in result["later_today"]
        if e["window_start"] and e["window_end"]
    }
    return len(result["calls_now"]), sorted(windows)


def reminder_times(store: Store, at: datetime) -> tuple[int, list[datetime]]:
    """For the desktop reminders: how many calls can be made now, and when later today's safe windows open."""
    count, windows = reminder_windows(store, at)
    return count, sorted({start for start, _end in windows})


def agenda(store: Store, at: datetime, days: int = 14) -> dict[str, Any]:
    """The Today view for the moment ``at`` (aware), looking ``days`` ahead for releases and reviews.

    Sections: ``calls_now`` (a contact due by today and the case's callable number is in a safe window now),
    ``later_today`` (due, and a safe window opens later today: ``window_start``/``window_end``),
    ``due_no_safe_time_today`` (due, but no safe time left today), ``overdue`` (planned and due before today),
    ``releases`` (release dates from today to ``days`` ahead), ``reviews`` (review contacts due by then),
    ``actions`` (open actions from information sharing, earliest due first; ``days_late`` in working days).
    """
    result = _agenda(store, at, days)
    with store.transaction():
        audit.record(store, "agenda.view")
    return result


def calls_due(store: Store, at: datetime) -> list[dict[str, Any]]:
    """The calls that can be made now: ``{"case_id", "number", "window_end", "tell"}`` each (number in E.164;
    ``tell``: the notes of the ``inform`` contacts due, what the person must be told)."""
    _check_at(at)
    zone = ZoneInfo(store.timezone)
    now, _later, _none = _calls(store, at, at.astimezone(zone).date())
    with store.transaction():
        audit.record(store, "agenda.view", detail="calls_due")
    return [
        {
            "case_id": e["case_id"],
            "number": e["number"],
            "window_end": e["window_end"],
            "tell": [c["note"] for c in e["contacts"] if c["kind"] == INFORM_KIND and c["note"]],
        }
        for e in now
    ]


class AgendaService:
    """The agenda of the store a session holds (the functions above, with the store already given)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def agenda(self, at: datetime, days: int = 14) -> dict[str, Any]:
        return agenda(self._store, at, days)

    def calls_due(self, at: datetime) -> list[dict[str, Any]]:
        return calls_due(self._store, at)

    def callable_now(self, at: datetime) -> dict[str, CallableNow]:
        return callable_now(self._store, at)

    def reminder_windows(self, at: datetime) -> tuple[int, list[tuple[datetime, datetime]]]:
        return reminder_windows(self._store, at)
