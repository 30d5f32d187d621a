"""Lone working (docs/lone-working.md): a worker's visits of the day, the office's welfare list, back safe.

A visit is planned on the laptop before the worker leaves: which case, where (a neutral venue, or the person's
own address only when the case's address is marked safe to visit), when, how long, the travel, and the moment
the worker will be back in touch. The visit is a field-stamped record that travels in the ordinary bundles, so
the morning's export carries the day's visits to the office; the printed visit sheet is the fallback when no
bundle can reach it in time. At the office the day's visits are listed with their back-in-touch times, and a
visit whose time has passed without a "back safe" is overdue: the person who makes the welfare call rings.

Every time here is a UTC moment; a day is the store's own calendar day (its time zone). ``now`` is always a
parameter, so whether a visit is overdue never depends on when a test happens to run.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.errors import InvalidInput, RecordNotFound
from safetyworker.events import CASES_CHANGED
from safetyworker.i18n import _, _n, and_list
from safetyworker.records import case_rows, tables
from safetyworker.records import dates as date_words
from safetyworker.records.model import Case
from safetyworker.records.reader import checked_text
from safetyworker.records.visit_rules import (
    MAX_PLACE,
    check_times,
    clock_text,
    listing_order,
    parse_moment,
    stored_moment,
    utc_text,
)

__all__ = ["Visit", "VisitService", "clock_text", "is_overdue", "overdue_line", "ring_overdue"]
from safetyworker.store import audit
from safetyworker.store.vault import Store

VISIT = tables.Table(
    "visit", ("case_id", "worker", "at", "minutes", "travel_minutes", "back_by", "place", "back_at", "log_id")
)
#: "Back safe" may be a little ahead of this laptop's clock (a clock a few minutes fast), never hours.
BACK_SLACK = timedelta(minutes=10)
_COLUMNS = "id, case_id, worker, at, minutes, travel_minutes, back_by, place, back_at, log_id"


@dataclass(frozen=True)
class Flag:
    """One thing about the case the worker should weigh before planning a visit. ``code`` for scripts and
    tests; ``text`` to read. ``stop``: the visit cannot be at the person's address."""

    code: str
    text: str
    stop: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "stop": self.stop}


def ring_overdue(visits: list[Visit]) -> str:
    """The office's line for the overdue visits, naming whom to ring ("ring Ash now"): the office has the
    workers' names (there is no worker phone number in the store), so the coordinator knows who, at a glance.
    Empty when none is overdue. One wording for the desktop's Visits view and the CLI's ``office visits``."""
    late = [v for v in visits if v.overdue]
    if not late:
        return ""
    names = sorted({v.worker for v in late if v.worker}, key=str.casefold)
    if not names:
        return _n(
            "{n} visit overdue: ring the worker now.", "{n} visits overdue: ring the worker now.", len(late)
        ).format(n=len(late))
    who = and_list(names)
    return _n("{n} visit overdue: ring {who} now.", "{n} visits overdue: ring {who} now.", len(late)).format(
        n=len(late), who=who
    )


def overdue_line(visits: list[Visit], office: bool) -> str:
    """The line above a day's visits about the overdue ones ("" when none is). At the office it names whom to
    ring (``ring_overdue``); on the worker's own laptop it speaks to the worker: ringing "the worker" would be
    ringing themselves. One wording for the desktop's Visits view and the CLI's ``visit list``."""
    if office:
        return ring_overdue(visits)
    late = sum(1 for v in visits if v.overdue)
    if not late:
        return ""
    return _n(
        "{n} visit overdue: if you are safe, mark yourself back safe now. If you are not safe, ring 999, "
        "or your office.",
        "{n} visits overdue: if you are safe, mark yourself back safe now. If you are not safe, ring 999, "
        "or your office.",
        late,
    ).format(n=late)


@dataclass(frozen=True)
class Visit:
    id: str
    case_id: str
    worker: str
    at: str
    minutes: int
    travel_minutes: int
    back_by: str
    place: str
    back_at: str | None
    log_id: str | None
    overdue: bool
    name: str = ""

    @property
    def at_address(self) -> bool:
        return not self.place

    @property
    def start_unreadable(self) -> bool:
        """Its stored start cannot be read (an older version or a damaged edit): it is listed first, the one
        that needs looking at."""
        return stored_moment(self.at) is None

    def where_text(self) -> str:
        return self.place or _("The person's home address (on their record)")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_id": self.case_id,
            "worker": self.worker,
            "at": self.at,
            "minutes": self.minutes,
            "travel_minutes": self.travel_minutes,
            "back_by": self.back_by,
            "back_at": self.back_at,
            "overdue": self.overdue,
            "place": self.place,
            "at_address": self.at_address,
            "log_id": self.log_id,
        }


# how the app stores a moment (utc_text): "2025-12-08T10:00:00Z"
_STORED_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z"


def _on_day(at: Any, back_by: Any, back_at: Any, start: datetime, end: datetime) -> bool:
    """Whether a visit belongs to the day from ``start`` to ``end``: by its start; a start that cannot be read
    goes by its back-in-touch time, and one with neither readable is listed every day until the worker is back
    safe (its time shows as ??:??: the office must still see it, never lose it)."""
    moment = stored_moment(at) or stored_moment(back_by)
    if moment is None:
        return back_at is None
    return start <= moment < end


def is_overdue(back_by: str, back_at: str | None, now: datetime) -> bool:
    """Not back safe, and the back-in-touch time has passed; a back-in-touch time that cannot be read counts as
    passed (the office rings the worker rather than wait for a time it cannot know)."""
    back = stored_moment(back_by)
    return back_at is None and (back is None or now > back)


class VisitService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.store.timezone)

    def moment(self, value: Any, where: str) -> datetime:
        """A moment typed by a person: ISO with an offset, or without one as local time (the store's zone)."""
        return parse_moment(value, where, self.zone)

    def today(self, now: datetime | None = None) -> date:
        return (now or datetime.now(UTC)).astimezone(self.zone).date()

    # -- before planning -----------------------------------------------------------------------------
    def _case(self, case_id: str) -> Case:
        case = case_rows.load_case(self.store.db, case_id)
        if case is None:
            raise RecordNotFound(_("No case {id}.").format(id=case_id))
        return case

    def flags(self, case_id: str, day: date | None = None) -> list[Flag]:
        """What the worker should see before planning a visit to this case: whether the address is safe to
        visit, whether the person causing harm is out of custody (or due out by the visit), the risk level."""
        from safetyworker.services.risk import RiskService

        day = day or self.today()
        case = self._case(case_id)
        out: list[Flag] = []
        if not case.safe_to_visit:
            out.append(
                Flag(
                    "not_safe_to_visit",
                    _("The address is not marked safe to visit: meet somewhere neutral."),
                    stop=True,
                )
            )
        person = case.person_causing_harm
        if person is not None:
            if person.custody_status in ("community", "on_licence"):
                out.append(Flag("released", _("The person causing harm is not in custody.")))
            elif person.release_date is not None and person.release_date <= day:
                out.append(
                    Flag(
                        "released",
                        _("The person causing harm was due for release on {date}.").format(
                            date=date_words.day_text(person.release_date)
                        ),
                    )
                )
            elif person.custody_status == "unknown":
                out.append(Flag("custody_unknown", _("Whether the person causing harm is in custody is not known.")))
            if person.release_date is not None and day < person.release_date <= day + timedelta(days=28):
                out.append(
                    Flag(
                        "release_soon",
                        _("The person causing harm is due for release on {date}.").format(
                            date=date_words.day_text(person.release_date)
                        ),
                    )
                )
        risk = RiskService(self.store).caseload(day).get(case_id)
        if risk is not None and risk.level:
            out.append(Flag("risk", _("Risk level: {level}.").format(level=risk.level_label)))
        else:
            out.append(Flag("no_risk", _("No risk assessment yet.")))
        out.append(Flag("check", _("Check the person causing harm will not be there, and that the time is safe.")))
        return out

    # -- planning ------------------------------------------------------------------------------------
    def plan(
        self,
        case_id: str,
        *,
        at: Any,
        minutes: Any,
        back_by: Any,
        place: str | None = None,
        travel_minutes: Any = 0,
    ) -> Visit:
        """Plan a visit. Without ``place`` it is at the person's address, refused unless the address is marked
        safe to visit. Audited with the case id only."""
        start = self.moment(at, "at")
        back = self.moment(back_by, "back_by")
        minutes = _whole(minutes, "minutes")
        travel = _whole(travel_minutes, "travel_minutes")
        check_times(start, minutes, travel, back)
        where = checked_text((place or "").strip(), "where")
        if len(where) > MAX_PLACE:
            raise InvalidInput("where", _("is too long (at most {n} characters)").format(n=MAX_PLACE))
        case = self._case(case_id)
        if case.status == "closed":
            raise InvalidInput("case", _("this case is closed"))
        if not where and not case.safe_to_visit:
            raise InvalidInput(
                "where",
                _(
                    "the person's address is not marked safe to visit: meet somewhere neutral and say where "
                    "(for example a library or a community centre)"
                ),
            )
        values = {
            "case_id": case_id,
            "worker": self.store.meta("worker_name") or "",
            "at": utc_text(start),
            "minutes": minutes,
            "travel_minutes": travel,
            "back_by": utc_text(back),
            "place": where,
        }
        with self.store.transaction():
            visit_id = tables.insert(self.store, VISIT, values)
            audit.record(self.store, "visit.plan", case_id, visit_id)
        self.store.events.emit(CASES_CHANGED, ids=[case_id])
        return self.get(visit_id)

    # -- reading -------------------------------------------------------------------------------------
    def get(self, visit_id: str, now: datetime | None = None) -> Visit:
        row = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM visit WHERE id = ? AND deleted_hlc IS NULL", (visit_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(_("No visit {id}.").format(id=visit_id))
        return self._visit(row, now or datetime.now(UTC), {})

    def _visit(self, row: tuple[Any, ...], now: datetime, names: dict[str, str]) -> Visit:
        vid, case_id, worker, at, minutes, travel, back_by, place, back_at, log_id = row
        return Visit(
            id=vid,
            case_id=case_id,
            worker=worker or self._assigned_worker(case_id),
            at=at,
            minutes=minutes,
            travel_minutes=travel,
            back_by=back_by,
            place=place,
            back_at=back_at,
            log_id=log_id,
            overdue=is_overdue(back_by, back_at, now),
            name=names.get(case_id, ""),
        )

    def _assigned_worker(self, case_id: str) -> str:
        """At the office: the worker the case is given to, for a visit that did not name one."""
        row = self.store.db.execute(
            "SELECT p.name FROM sync_assignment a JOIN sync_peer p ON p.peer_id = a.peer_id WHERE a.case_id = ?",
            (case_id,),
        ).fetchone()
        return str(row[0]) if row else ""

    def day(self, day: date | None = None, now: datetime | None = None) -> list[Visit]:
        """The visits starting on ``day`` (the store's calendar day; today by default), earliest first (a start
        that cannot be read before them all: it needs looking at). At the
        office: every worker's; on a laptop: its own worker's. ``overdue`` is judged at ``now``."""
        now = now or datetime.now(UTC)
        day = day or self.today(now)
        start = datetime.combine(day, datetime.min.time(), self.zone)
        end = datetime.combine(day + timedelta(days=1), datetime.min.time(), self.zone)
        # The text range finds the visits stored as the app writes them; any other stored start (a value no
        # form accepts, or another way of writing a moment) is read and placed by its moment, never left out.
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM visit WHERE deleted_hlc IS NULL AND (at >= ? AND at < ? OR at IS NULL "
            f"OR at NOT GLOB '{_STORED_GLOB}')",
            (utc_text(start), utc_text(end)),
        ).fetchall()
        found = sorted(
            (r for r in rows if _on_day(r[3], r[6], r[8], start, end)), key=lambda r: listing_order(r[3], r[6], r[0])
        )
        ids = sorted({r[1] for r in found})
        names = {
            r[0]: r[1]
            for r in self.store.db.execute(
                f"SELECT id, preferred_name FROM case_record WHERE id IN ({', '.join('?' * len(ids))})", ids
            )
        }
        return [self._visit(r, now, names) for r in found]

    def of_case(self, case_id: str, now: datetime | None = None) -> list[Visit]:
        now = now or datetime.now(UTC)
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM visit WHERE case_id = ? AND deleted_hlc IS NULL", (case_id,)
        ).fetchall()
        return [self._visit(r, now, {}) for r in sorted(rows, key=lambda r: listing_order(r[3], r[6], r[0]))]

    # -- after the visit -----------------------------------------------------------------------------
    def back(self, visit_id: str, at: Any = None, now: datetime | None = None) -> Visit:
        """Mark the worker back safe (on the laptop, or at the office when they ring in). Marking it again
        keeps the first time. Audited with the ids only."""
        now = now or datetime.now(UTC)
        visit = self.get(visit_id, now)
        when = self.moment(at, "at") if at is not None else now
        if when > now + BACK_SLACK:
            raise InvalidInput("at", _("is in the future: mark back safe once you are"))
        if utc_text(when) < visit.at:
            raise InvalidInput("at", _("is before the visit started"))
        if visit.back_at is not None:
            return visit
        with self.store.transaction():
            tables.update(self.store, VISIT, visit_id, {"back_at": utc_text(when)})
            audit.record(self.store, "visit.back", visit.case_id, visit_id)
        self.store.events.emit(CASES_CHANGED, ids=[visit.case_id])
        return self.get(visit_id, now)

    def log(self, visit_id: str, note: str = "", outcome: str = "spoke") -> Visit:
        """Log the visit in the case's contact log (channel "visit", at the visit's start) and tie the entry
        to the visit, in the entry's own transaction: the entry, the planned contact it fulfils and the visit's
        tie land together or not at all, so a crash part way leaves the visit unlogged and logging it again adds
        one entry. A second call adds nothing, even when another window logged it meanwhile."""
        from safetyworker.services.cases import CaseService

        visit = self.get(visit_id)
        if visit.log_id is not None:
            return visit
        at = stored_moment(visit.at)
        if at is None:
            raise InvalidInput("at", _("the visit's start cannot be read; plan the visit again"))

        def tie(entry_id: str) -> None:
            row = self.store.db.execute(
                "SELECT log_id FROM visit WHERE id = ? AND deleted_hlc IS NULL", (visit_id,)
            ).fetchone()
            if row is None:
                raise RecordNotFound(_("No visit {id}.").format(id=visit_id))
            if row[0] is not None:  # logged since we looked: undo this entry rather than add a second
                raise _AlreadyLogged
            tables.update(self.store, VISIT, visit_id, {"log_id": entry_id})
            audit.record(self.store, "visit.log", visit.case_id, visit_id)

        with contextlib.suppress(_AlreadyLogged):  # logged meanwhile: this entry was undone, the visit is as it was
            CaseService(self.store).append_log(
                visit.case_id, channel="visit", outcome=outcome, at=at, note=note, tie=tie
            )
        return self.get(visit_id)

    # -- the printed sheet ---------------------------------------------------------------------------
    def sheet(self, day: date | None = None, now: datetime | None = None) -> bytes:
        """The day's visit sheet for the office's lone-working log, as a PDF in memory. Audited (no content)."""
        from safetyworker.printing.visit_sheet import render_visit_sheet

        now = now or datetime.now(UTC)
        day = day or self.today(now)
        visits = self.day(day, now)
        data = render_visit_sheet(day, visits, self.store.meta("worker_name") or "", self.zone)
        with self.store.transaction():
            audit.record(self.store, "visit.sheet", detail=day.isoformat())
        return data


class _AlreadyLogged(Exception):
    """Inside ``log``'s transaction: the visit was tied to an entry after ``log`` first looked."""


def _whole(value: Any, field: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if type(value) is int:
        return value
    raise InvalidInput(field, _("must be a whole number of minutes"))
