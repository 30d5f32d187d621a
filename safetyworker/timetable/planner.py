"""The contact timetable of a case: planned contacts made from its person causing harm's programme and release.

``replan(store, case_id)`` runs inside the caller's transaction (``CaseService.add`` and ``update`` call it) and
makes the stored plan match what the case now calls for. The rules:

* Only contacts this module made are touched: source ``programme`` (kinds initial, mid_point, end, follow_up)
  and source ``release`` (kind release). Manual contacts (source ``manual``: review, ad_hoc, ...) never are.
* A contact that is no longer ``planned`` or ``cancelled`` (``done``, or any status a person set), or that a
  person cancelled by hand (it has a ``cancel_reason``), is kept as it is, and its kind is not planned again
  (a release contact is planned again only for a *different* release date: the victim-survivor must hear about
  the new date).
* A new contact gets an id derived from (case, source, kind, programme template or release date)
  (``planned_id``), so two laptops re-planning one case while apart make one record between them.
* A planned contact whose date moved is updated in place (same id, so sync sees an edit, not a new record),
  except a release contact when the release date itself changes: the one for the old date is cancelled and one
  for the new date is planned.
* A contact no longer wanted is **cancelled** (status ``cancelled``), not tombstoned: the history stays visible
  and synced, and if the programme is taken up again the same record is planned again.
* Dropped out or breached: future programme contacts are cancelled; ones already overdue stay (the
  victim-survivor still needs that contact, and now also to hear that the programme stopped).
* Completed earlier than the template says: the last session is taken as the day the change was made, so the
  ``end`` and ``follow_up`` contacts move earlier; the moved ``end`` date anchors later re-plans.
* A contact is not newly made when it is already in the past and a later contact of the same plan is also due
  (catching up on a programme entered late asks for the latest contact, not every missed one); a release contact
  is not newly made for a release more than ``RECENT_RELEASE_DAYS`` ago.

Overdue: a contact still ``planned`` whose due date is before today (in the store's time zone).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import case_rows, tables
from safetyworker.records.case_rows import PLANNED
from safetyworker.records.model import Case
from safetyworker.store.vault import Store
from safetyworker.timetable.templates import (
    PROGRAMME_KINDS,
    ProgrammeTemplate,
    find_template,
    load_templates,
)

SOURCE_PROGRAMME = "programme"
SOURCE_RELEASE = "release"
SOURCE_MANUAL = "manual"
MANAGED_SOURCES = (SOURCE_PROGRAMME, SOURCE_RELEASE)
REVIEW = "review"
ALL_KINDS = (*PROGRAMME_KINDS, "release", REVIEW, "ad_hoc", "inform")
PLANNED_STATUS = "planned"
CANCELLED = "cancelled"
DONE = "done"
STOPPED = ("dropped_out", "breached")
RELEASE_NOTICE_DAYS = 14
META_RELEASE_NOTICE_DAYS = "release_notice_days"
RECENT_RELEASE_DAYS = 28


@dataclass
class Row:
    id: str
    kind: str
    due: date
    status: str
    source: str
    cancel_reason: str = ""

    @property
    def set_by_person(self) -> bool:
        """Done, or cancelled by hand with a reason: a re-plan keeps it as it is."""
        return self.status not in (PLANNED_STATUS, CANCELLED) or bool(self.cancel_reason)


def planned_id(case_id: str, source: str, kind: str, key: str) -> str:
    """The id of the contact the timetable plans for (case, source, kind, programme template or release date).

    Derived, not random: two laptops re-planning one case while apart make the same record, so after sync there
    is one contact, merged field by field, not two (docs/sync.md)."""
    from ulid import ULID  # at first use, as vault.new_id

    digest = hashlib.sha256("\x1f".join(("planned_contact", case_id, source, kind, key)).encode()).digest()
    return str(ULID.from_bytes(digest[:16]))


class Zoned(Protocol):
    """A store, or a front end's session over one: anything that knows the store's time zone."""

    @property
    def timezone(self) -> str: ...


def local_now(store: Zoned, at: datetime | None = None) -> datetime:
    """The store's wall clock at ``at`` (default now), without a zone, as safe times and "do not call" periods
    are written: never the laptop's clock, an hour behind London's in summer on a laptop set to UTC."""
    zone = ZoneInfo(store.timezone)
    return (at.astimezone(zone) if at else datetime.now(zone)).replace(tzinfo=None)


def local_today(store: Zoned, at: datetime | None = None) -> date:
    """Today in the store's zone, at ``at`` (default now): never the laptop's own date, which on a laptop set
    to UTC is still yesterday from midnight to 01:00 in a London summer."""
    return local_now(store, at).date()


def is_overdue(due: date | str, status: str, today: date) -> bool:
    """A due date that cannot be read (a value no form accepts, named by ``doctor``) counts as overdue: it is
    shown for attention rather than hidden."""
    if not isinstance(due, date):
        due = case_rows.read_date(due) or date.min
    return status == PLANNED_STATUS and due < today


def release_notice_days(store: Store) -> int:
    """Days before a release that the victim-survivor is contacted (store meta ``release_notice_days``)."""
    text = store.meta(META_RELEASE_NOTICE_DAYS)
    if text is None:
        return RELEASE_NOTICE_DAYS
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 365:
        raise InvalidInput(META_RELEASE_NOTICE_DAYS, _("must be a whole number of days from 0 to 365"))
    return days


def store_templates(store: Store) -> list[ProgrammeTemplate]:
    """The shipped templates and the organisation's own, in ``<store>/programmes/*.json``."""
    return load_templates(store.folder / "programmes")


# -- what the case calls for ---------------------------------------------------------------------------------


def programme_dates(
    template: ProgrammeTemplate,
    start: date,
    status: str,
    today: date,
    end_anchor: date | None = None,
) -> dict[str, date]:
    """Due date of each contact kind for a programme starting on ``start``. For a programme ``completed`` before
    its template's last session, the last session is ``end_anchor`` (the earlier re-plan's) or ``today``."""
    last = template.last_session(start)
    early = status == "completed" and last > today
    if early:
        last = max(start, min(end_anchor or today, last))
    dates = {}
    for rule in template.contacts:
        due = (start if rule.anchor == "start" else last) + timedelta(days=rule.offset_days)
        if early and rule.anchor == "start" and due > last:
            continue  # the programme ended before this point was reached
        dates[rule.kind] = due
    return dates


def _end_anchor(template: ProgrammeTemplate, start: date, rows: list[Row]) -> date | None:
    """The last session an earlier re-plan settled on for a programme completed early (from its end contact)."""
    rule = template.rule("end")
    if rule is None or rule.anchor != "end":
        return None
    usual = template.last_session(start) + timedelta(days=rule.offset_days)
    for row in rows:
        if row.source == SOURCE_PROGRAMME and row.kind == "end" and row.due < usual:
            return row.due - timedelta(days=rule.offset_days)
    return None


def wanted_contacts(
    case: Case,
    templates: list[ProgrammeTemplate],
    today: date,
    release_days: int = RELEASE_NOTICE_DAYS,
    rows: list[Row] | None = None,
) -> dict[tuple[str, str], date]:
    """(source, kind) -> due date of every contact the case calls for now."""
    wanted: dict[tuple[str, str], date] = {}
    person = case.person_causing_harm
    if person is None or case.status == "closed":
        return wanted
    programme = person.programme
    if programme and programme.start_date and programme.status not in STOPPED:
        template = find_template(templates, programme.name)
        if template:
            anchor = _end_anchor(template, programme.start_date, rows or [])
            for kind, due in programme_dates(template, programme.start_date, programme.status, today, anchor).items():
                wanted[(SOURCE_PROGRAMME, kind)] = due
    if person.release_date:
        wanted[(SOURCE_RELEASE, "release")] = person.release_date - timedelta(days=release_days)
    return wanted


# -- making the stored plan match ----------------------------------------------------------------------------


def managed_rows(store: Store, case_id: str) -> list[Row]:
    return [
        Row(i, k, date.fromisoformat(d), s, src, r)
        for i, k, d, s, src, r in store.db.execute(
            "SELECT id, kind, due_date, status, source, cancel_reason FROM planned_contact WHERE case_id = ? "
            "AND deleted_hlc IS NULL AND source IN (?, ?) ORDER BY created_hlc, id",
            (case_id, *MANAGED_SOURCES),
        )
    ]


def replan(
    store: Store,
    case_id: str,
    *,
    today: date | None = None,
    release_days: int | None = None,
    templates: list[ProgrammeTemplate] | None = None,
) -> list[str]:
    """Make the case's generated contacts match its programme and release date (inside the caller's
    transaction). Returns what changed, as ``"<kind>: <action>"`` lines without case content."""
    case = case_rows.load_case(store.db, case_id)
    if case is None:
        return []
    today = today or local_today(store)
    release_days = release_notice_days(store) if release_days is None else release_days
    templates = store_templates(store) if templates is None else templates
    rows = managed_rows(store, case_id)
    wanted = wanted_contacts(case, templates, today, release_days, rows)
    person = case.person_causing_harm
    stopped = bool(person and person.programme and person.programme.status in STOPPED)

    template = find_template(templates, person.programme.name) if person and person.programme else None
    changes: list[str] = []
    programme_dues = [d for (src, _k), d in wanted.items() if src == SOURCE_PROGRAMME]
    kinds = list(PROGRAMME_KINDS) + sorted(
        {r.kind for r in rows if r.source == SOURCE_PROGRAMME} - {*PROGRAMME_KINDS, REVIEW}
    )
    for kind in kinds:
        want = wanted.get((SOURCE_PROGRAMME, kind))
        # Catching up: a past contact is not made when a later one of the plan is due by today as well.
        superseded = want is not None and want < today and any(want < d <= today for d in programme_dues)
        changes += _reconcile(
            store,
            case_id,
            SOURCE_PROGRAMME,
            kind,
            want,
            [r for r in rows if r.source == SOURCE_PROGRAMME and r.kind == kind],
            today,
            may_insert=not superseded,
            keep_overdue=stopped,
            key=template.id if template else "",
        )
    changes += _reconcile_reviews(
        store,
        case_id,
        _review_dates(case, template, wanted, stopped),
        [r for r in rows if r.source == SOURCE_PROGRAMME and r.kind == REVIEW],
        today,
        programme_dues,
        stopped=stopped,
        key=template.id if template else "",
    )
    want = wanted.get((SOURCE_RELEASE, "release"))
    release_date = person.release_date if person else None
    recent = release_date is not None and release_date >= today - timedelta(days=RECENT_RELEASE_DAYS)
    changes += _reconcile(
        store,
        case_id,
        SOURCE_RELEASE,
        "release",
        want,
        [r for r in rows if r.source == SOURCE_RELEASE],
        today,
        may_insert=recent,
        keep_overdue=False,
        key=release_date.isoformat() if release_date else "",
    )
    return changes


def _review_dates(
    case: Case, template: ProgrammeTemplate | None, wanted: dict[tuple[str, str], date], stopped: bool
) -> list[date]:
    """The template's regular reviews (one-to-one work, a community order), up to its end contact."""
    person = case.person_causing_harm
    programme = person.programme if person else None
    if template is None or programme is None or programme.start_date is None or stopped or case.status == "closed":
        return []
    until = wanted.get((SOURCE_PROGRAMME, "end"), template.last_session(programme.start_date))
    return template.review_dates(programme.start_date, until)


def _reconcile_reviews(
    store: Store,
    case_id: str,
    dues: list[date],
    rows: list[Row],
    today: date,
    programme_dues: list[date],
    *,
    stopped: bool,
    key: str,
) -> list[str]:
    """Each regular review is its own record (id from the template and its number), reconciled like the other
    programme contacts; reviews no longer wanted are cancelled (overdue ones kept when the programme stopped)."""
    changes: list[str] = []
    wanted_ids = set()
    every = [*programme_dues, *dues]
    for number, due in enumerate(dues, start=1):
        review_key = f"{key}:review:{number}"
        record_id = planned_id(case_id, SOURCE_PROGRAMME, REVIEW, review_key)
        wanted_ids.add(record_id)
        superseded = due < today and any(due < d <= today for d in every)
        changes += _reconcile(
            store,
            case_id,
            SOURCE_PROGRAMME,
            REVIEW,
            due,
            [r for r in rows if r.id == record_id],
            today,
            may_insert=not superseded,
            keep_overdue=stopped,
            key=review_key,
        )
    for row in rows:
        if row.id in wanted_ids or row.set_by_person or row.status != PLANNED_STATUS:
            continue
        if stopped and row.due < today:
            continue
        tables.update(store, PLANNED, row.id, {"status": CANCELLED})
        changes.append(f"{REVIEW}: cancelled")
    return changes


def _reconcile(
    store: Store,
    case_id: str,
    source: str,
    kind: str,
    want: date | None,
    rows: list[Row],
    today: date,
    *,
    may_insert: bool,
    keep_overdue: bool,
    key: str,
) -> list[str]:
    handled = [r for r in rows if r.set_by_person]
    if source == SOURCE_RELEASE:
        handled = [r for r in handled if r.due == want]  # done for this release date, not an earlier one
    open_rows = sorted((r for r in rows if not r.set_by_person), key=lambda r: r.status != PLANNED_STATUS)
    record_id = planned_id(case_id, source, kind, key)
    # A release contact is for one release date: one planned for another date is cancelled, not moved onto this
    # one, so its id always says which date it is for (and a laptop that already told the person about the old
    # date, syncing with one that moved it, cannot make the new date look told).
    reusable = [r for r in open_rows if source != SOURCE_RELEASE or r.id == record_id]
    changes = []
    target = None
    if want is not None and not handled:
        if reusable:
            target = reusable[0]
            if tables.update(store, PLANNED, target.id, {"due_date": want.isoformat(), "status": PLANNED_STATUS}):
                changes.append(f"{kind}: {'moved' if target.status == PLANNED_STATUS else 'planned again'}")
        elif may_insert and tables.current(store, PLANNED, record_id) is None:
            tables.insert(
                store,
                PLANNED,
                {
                    "case_id": case_id,
                    "kind": kind,
                    "due_date": want.isoformat(),
                    "status": PLANNED_STATUS,
                    "source": source,
                },
                record_id,
            )
            changes.append(f"{kind}: planned")
    for row in open_rows:
        if row is target or row.status != PLANNED_STATUS:
            continue
        if keep_overdue and row.due < today:
            continue
        tables.update(store, PLANNED, row.id, {"status": CANCELLED})
        changes.append(f"{kind}: cancelled")
    return changes


def planned_contacts(store: Store, case_id: str, today: date | None = None) -> list[dict[str, Any]]:
    """Every live planned contact of a case (all sources), oldest due first, with ``overdue`` flagged; a done one
    names the log entry that fulfilled it (``log_id``) and when (``done_at``)."""
    today = today or local_today(store)
    return [
        {
            "id": i,
            "kind": k,
            "due": d,
            "window_end": w,
            "status": s,
            "source": src,
            "overdue": is_overdue(d, s, today),
            "done_at": done,
            "log_id": log,
            "cancel_reason": reason,
            "note": note,
        }
        for i, k, d, w, s, src, done, log, reason, note in store.db.execute(
            "SELECT id, kind, due_date, window_end, status, source, done_at, log_id, cancel_reason, note "
            "FROM planned_contact WHERE case_id = ? "
            "AND deleted_hlc IS NULL ORDER BY due_date, created_hlc",
            (case_id,),
        )
    ]
