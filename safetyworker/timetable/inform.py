"""Telling the person: a planned contact of kind ``inform`` when what the victim-survivor needs to know changes.

The research behind the service found a woman who learned of her ex-partner's release by seeing him in town.
So when, for a person causing harm, the release date is set or moves, the custody status changes, the programme
status becomes dropped out, breached or completed, or no session has been recorded for more than the
organisation's ``inform_no_session_weeks``, each of their open cases gets a planned contact of kind ``inform``
whose ``note`` says what to tell ("tell them: released on 3 March"), due within the organisation's
``inform_working_days`` working days (at once when the release is inside the release-notice window: the
usual release contact, 14 days before, is already late).

One change, one contact, wherever it is noticed:

* A change is seen by comparing the person's facts before and after a write: a worker's edit
  (``CaseService.update``), the office's probation file (``services/probation.py``) or a bundle arriving
  (``sync/bundle_import.py``). A person added with a release date already known makes no inform contact: whoever
  typed it knows.
* The contact's id is derived from (case, the clock stamp of the write that changed the fields), and that stamp
  travels with the fields in bundles, so the office importing the file and the laptop receiving the change
  make the same record, and after sync there is one contact, not two. Importing the file again changes nothing,
  so it makes nothing. Fields changed by one write share one stamp, so a release on licence (release date and
  custody status) is one contact with both things to tell.
* Sessions stopping is a state, not a write: it is checked at the same moments, and its contact's id is derived
  from the stamp of the last change of ``sessions_attended``, so it is made once per stretch without sessions.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.i18n import _
from safetyworker.records import case_rows, org_settings, tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.store.hlc import Stamp
from safetyworker.store.vault import Store
from safetyworker.timetable import planner, working_days
from safetyworker.timetable.templates import find_template

KIND = "inform"
SOURCE = "inform"
#: The person's fields whose change the victim-survivor is told about.
FACT_FIELDS = (
    "release_date",
    "custody_status",
    "programme_status",
    "programme_name",
    "programme_start_date",
    "sessions_attended",
    "breach_date",
)
TOLD_STATUSES = ("dropped_out", "breached", "completed")
_PERSON = "person_causing_harm"

Facts = dict[str, Any]


def long_date(value: date) -> str:
    """A date as said to a person: "3 March"."""
    return f"{value.day} {_MONTHS()[value.month - 1]}"


def _MONTHS() -> tuple[str, ...]:
    return (
        *(_("January"), _("February"), _("March"), _("April"), _("May"), _("June")),
        *(_("July"), _("August"), _("September"), _("October"), _("November"), _("December")),
    )


def facts(store: Store, person_id: str) -> Facts | None:
    """The person's facts that matter here, or None when the store holds no such (live) person."""
    cur = store.db.execute(
        f"SELECT {', '.join(FACT_FIELDS)} FROM person_causing_harm WHERE id = ? AND deleted_hlc IS NULL",
        (person_id,),
    )
    row = cur.fetchone()
    return dict(zip(FACT_FIELDS, row, strict=True)) if row else None


def snapshot(store: Store, person_ids: Iterable[str]) -> dict[str, Facts | None]:
    """The facts of several people before a write (see ``after_change``)."""
    return {person_id: facts(store, person_id) for person_id in set(person_ids)}


def _stamp(store: Store, person_id: str, field: str) -> str | None:
    row = store.db.execute(
        "SELECT hlc FROM field_stamp WHERE tbl = ? AND record_id = ? AND field = ?", (_PERSON, person_id, field)
    ).fetchone()
    return row[0] if row else None


def _what_to_tell(field: str, before: Facts, after: Facts) -> str | None:
    """The line to tell for one changed field, or None when that change is not told."""
    new = after[field]
    if field == "release_date":
        when = case_rows.read_date(new)
        return _("released on {date}").format(date=long_date(when)) if when else None
    if field == "custody_status":
        return {
            "in_custody": _("now in custody"),
            "on_licence": _("now on licence in the community"),
            "community": _("now in the community"),
        }.get(str(new))
    if field == "programme_status" and new in TOLD_STATUSES:
        if new == "dropped_out":
            return _("left the programme")
        if new == "completed":
            return _("completed the programme")
        breach = case_rows.read_date(after["breach_date"])
        if breach:
            return _("breached the programme on {date}").format(date=long_date(breach))
        return _("breached the programme")
    return None


def _cases(store: Store, person_id: str) -> list[str]:
    """The open cases the person is linked to."""
    return [
        r[0]
        for r in store.db.execute(
            "SELECT l.case_id FROM harm_link l JOIN case_record c ON c.id = l.case_id WHERE l.person_id = ? "
            "AND l.deleted_hlc IS NULL AND c.deleted_hlc IS NULL AND c.status != 'closed' ORDER BY l.case_id",
            (person_id,),
        )
    ]


def due_date(store: Store, today: date, release: date | None = None) -> date:
    """Within ``inform_working_days`` working days of ``today``; today when a release is inside the notice
    window (the usual release contact's date has passed)."""
    if release is not None and release - timedelta(days=planner.release_notice_days(store)) <= today:
        return today
    days = org_settings.number(store, org_settings.INFORM_WORKING_DAYS)
    return working_days.add_working_days(today, days, working_days.region(store))


def _plan(store: Store, person_id: str, key: str, lines: list[str], due: date) -> list[str]:
    """One inform contact per open case of the person, unless the one for ``key`` was already made (in any
    state: done, cancelled, planned). Returns the ids made."""
    made = []
    note = _("tell them: {what}").format(what="; ".join(lines))
    for case_id in _cases(store, person_id):
        record_id = planner.planned_id(case_id, SOURCE, KIND, key)
        if tables.current(store, PLANNED, record_id) is not None:
            continue
        tables.insert(
            store,
            PLANNED,
            {
                "case_id": case_id,
                "kind": KIND,
                "due_date": due.isoformat(),
                "status": planner.PLANNED_STATUS,
                "source": SOURCE,
                "note": note,
            },
            record_id,
        )
        made.append(record_id)
    return made


def after_change(store: Store, person_id: str, before: Facts | None, today: date | None = None) -> list[str]:
    """Plan the inform contacts for what changed since ``before`` (inside the caller's transaction). ``before``
    None: the person is new here, nothing is told for it. Returns the ids of the contacts made."""
    after = facts(store, person_id)
    if after is None:
        return []
    today = today or planner.local_today(store)
    made: list[str] = []
    if before is not None:
        groups: dict[str, list[str]] = {}
        for field in ("release_date", "custody_status", "programme_status"):
            if before[field] == after[field]:
                continue
            line = _what_to_tell(field, before, after)
            stamp = _stamp(store, person_id, field)
            if line and stamp:
                groups.setdefault(stamp, []).append(line)
        for stamp, lines in sorted(groups.items()):
            made += _plan(
                store, person_id, stamp, lines, due_date(store, today, case_rows.read_date(after["release_date"]))
            )
    made += sessions_stopped(store, person_id, after, today)
    return made


def sessions_stopped(store: Store, person_id: str, person: Facts, today: date) -> list[str]:
    """An inform contact when a programme is under way and no session has been recorded for more than
    ``inform_no_session_weeks`` weeks (since the last change of the count, or the start)."""
    if person["programme_status"] != "started" or not person["programme_name"]:
        return []
    template = find_template(planner.store_templates(store), str(person["programme_name"]))
    if template is not None and not template.sessions_recorded:
        return []  # a community order without a programme: there are no sessions to miss
    stamp = _stamp(store, person_id, "sessions_attended")
    if stamp is None:
        return []
    try:
        millis = Stamp.parse(stamp).millis
    except ValueError:
        return []
    zone = ZoneInfo(store.timezone)
    last = datetime.fromtimestamp(millis / 1000, UTC).astimezone(zone).date()
    start = case_rows.read_date(person["programme_start_date"])
    if start is not None:
        last = max(last, start)
    weeks = org_settings.number(store, org_settings.INFORM_NO_SESSION_WEEKS)
    if (today - last).days <= weeks * 7:
        return []
    line = _("no programme session recorded since {date}").format(date=long_date(last))
    return _plan(store, person_id, "sessions:" + stamp, [line], due_date(store, today))


def after_changes(store: Store, before: dict[str, Facts | None], today: date | None = None) -> list[str]:
    """``after_change`` for every person of a ``snapshot``."""
    made: list[str] = []
    for person_id, facts_before in sorted(before.items()):
        made += after_change(store, person_id, facts_before, today)
    return made


def people_of(ops: Any) -> list[str]:
    """The ids of the people causing harm a bundle's operations touch (for a ``snapshot`` before applying)."""
    if not isinstance(ops, list):
        return []
    return [
        op["id"]
        for op in ops
        if isinstance(op, dict) and op.get("t") == _PERSON and isinstance(op.get("id"), str) and op["id"]
    ]
