"""Lone working commands (docs/lone-working.md): ``visit plan``, ``visit list``, ``visit back``, ``visit log``,
``visit sheet``, and the office's ``office visits`` (registered with the other office commands)."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from safetyworker.cli import common, output
from safetyworker.errors import InvalidInput, SafetyWorkerError
from safetyworker.i18n import _
from safetyworker.records import dates as date_words
from safetyworker.records.visit_rules import clock_text

AT_HELP = _("when, as ISO (2026-12-08T10:30 is local time; add an offset or Z for another zone)")


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("visit", parents=parents, help=_("lone working: plan visits, mark back safe"))
    vsub = p.add_subparsers(dest="visit_command", required=True, metavar="COMMAND")

    c = vsub.add_parser("plan", parents=parents, help=_("plan a visit (the office sees it in the next bundle)"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--at", required=True, metavar="ISO", help=AT_HELP)
    c.add_argument("--minutes", required=True, metavar="N", help=_("how long the visit lasts"))
    c.add_argument("--back-by", required=True, metavar="ISO", help=_("when you will be back in touch"))
    c.add_argument(
        "--where",
        default=None,
        metavar="TEXT",
        help=_("a neutral place to meet (without it: the person's address, only if marked safe to visit)")
        + common.FROM_STDIN,
    )
    c.add_argument("--travel", default="0", metavar="N", help=_("minutes of travel each way"))
    c.set_defaults(func=cmd_plan)

    c = vsub.add_parser("list", parents=parents, help=_("the visits of a day (today by default)"))
    c.add_argument("--date", default=None, metavar="DATE", help=_("the day, DD/MM/YYYY (default: today)"))
    c.add_argument("--now", default=None, metavar="ISO", help=_("judge 'overdue' at this moment (default: now)"))
    c.set_defaults(func=cmd_list)

    c = vsub.add_parser("back", parents=parents, help=_("mark yourself back safe after a visit"))
    c.add_argument("visit_id", metavar="VISIT_ID")
    c.add_argument("--at", default=None, metavar="ISO", help=_("when (default: now)"))
    c.set_defaults(func=cmd_back)

    c = vsub.add_parser("log", parents=parents, help=_("log the visit in the case's contact log"))
    c.add_argument("visit_id", metavar="VISIT_ID")
    c.add_argument("--note", default="", help=_("a few words about what happened"))
    c.set_defaults(func=cmd_log)

    c = vsub.add_parser("sheet", parents=parents, help=_("save the day's visit sheet for the office as a PDF"))
    c.add_argument("--date", default=None, metavar="DATE", help=_("the day, DD/MM/YYYY (default: today)"))
    c.add_argument("-o", "--output", required=True, metavar="FILE", help=_("the PDF file to write"))
    c.add_argument(
        "--force", action="store_true", help=_("replace FILE if it is already there (never in a store folder)")
    )
    c.set_defaults(func=cmd_sheet)


def register_office(osub: argparse._SubParsersAction, parents: list) -> None:
    c = osub.add_parser("visits", parents=parents, help=_("today's visits and back-in-touch times (overdue first)"))
    c.add_argument("--date", default=None, metavar="DATE", help=_("the day, DD/MM/YYYY (default: today)"))
    c.add_argument("--now", default=None, metavar="ISO", help=_("judge 'overdue' at this moment (default: now)"))
    c.set_defaults(func=cmd_office_visits)


def _day(value: str | None) -> date | None:
    """The day typed the UK way (08/12/2026), as in every other date the app reads, or as YYYY-MM-DD."""
    if value is None:
        return None
    typed = date_words.typed_date(value, "--date")
    return date.fromisoformat(typed) if typed else None


def _now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00")) if _iso(value) else None
    if moment is None or moment.tzinfo is None:
        raise InvalidInput("--now", _("give an ISO moment with its offset, for example 2026-12-08T17:00Z"))
    return common.moment_in_range(moment, "--now")


def _iso(value: str) -> bool:
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _rows(visits: list[Any], zone: ZoneInfo) -> list[tuple[Any, ...]]:
    return [
        (
            v.id,
            v.case_id,
            v.worker,
            clock_text(v.at, zone),
            clock_text(v.back_by, zone),
            clock_text(v.back_at, zone) or (_("OVERDUE") if v.overdue else _("not yet")),
            v.where_text(),
        )
        for v in visits
    ]


_HEADERS = (
    _("Visit"),
    _("Case"),
    _("Worker"),
    _("Start"),
    _("Back by"),
    _("Back safe"),
    _("Where"),
)


def cmd_plan(args: Any) -> int:
    with common.open_session(args) as session:
        service = session.unlocked(session.visits)
        with common.as_options(_OPTIONS):
            visit = service.plan(
                args.case_id,
                at=args.at,
                minutes=args.minutes,
                back_by=args.back_by,
                place=args.where,
                travel_minutes=args.travel,
            )
        zone = service.zone
    return output.result(
        args,
        visit.to_json(),
        _("Visit {id} planned: {start}, back in touch by {back}.").format(
            id=visit.id, start=clock_text(visit.at, zone), back=clock_text(visit.back_by, zone)
        ),
        _("The office sees it once it has your next bundle (bundle export), or print the visit sheet."),
    )


_OPTIONS = {
    "at": "--at",
    "back_by": "--back-by",
    "minutes": "--minutes",
    "where": "--where",
    "travel_minutes": "--travel",
}


def _listing(args: Any, office: bool) -> int:
    day = _day(args.date)
    now = _now(args.now)
    with common.open_session(args) as session:
        if office and session.role != "office":
            raise SafetyWorkerError(_("This is not an office store: use `safetyworker visit list`."))
        service = session.unlocked(session.visits)
        day = day or service.today(now)
        visits = service.day(day, now)
        zone = service.zone
    if office:
        # overdue first; within each group a start that cannot be read first (the service's order), then by
        # back-in-touch time
        visits = sorted(visits, key=lambda v: (not v.overdue, v.back_at is not None, not v.start_unreadable, v.back_by))
    if args.json:
        output.emit_json([v.to_json() for v in visits])
        return 0
    print(_("Visits on {day}").format(day=date_words.day_text(day)))
    if not visits:
        print(_("No visits planned."))
        return 0
    output.table(_HEADERS, _rows(visits, zone))
    from safetyworker.services.visits import overdue_line  # in the handler: --help stays light

    line = overdue_line(visits, office)  # the office: whom to ring; a laptop: what the worker should do
    if line:
        print(line)
    return 0


def cmd_list(args: Any) -> int:
    return _listing(args, office=False)


def cmd_office_visits(args: Any) -> int:
    return _listing(args, office=True)


def cmd_back(args: Any) -> int:
    with common.open_session(args) as session:
        service = session.unlocked(session.visits)
        with common.as_options({"at": "--at"}):
            visit = service.back(args.visit_id, args.at)
        zone = service.zone
    return output.result(
        args,
        visit.to_json(),
        _("Back safe at {time}. Thank you.").format(time=clock_text(visit.back_at, zone)),
    )


def cmd_log(args: Any) -> int:
    with common.open_session(args) as session:
        visit = session.unlocked(session.visits).log(args.visit_id, note=args.note)
    return output.result(args, visit.to_json(), _("The visit is in the contact log."))


def cmd_sheet(args: Any) -> int:
    from safetyworker.sync import files

    target = common.output_target(args.output, args.force)
    day = _day(args.date)
    with common.open_session(args) as session:
        pdf = session.unlocked(session.visits).sheet(day)
    files.write_private(target, pdf)  # never in a store folder, whole or not there, this user's only
    return output.result(
        args, {"file": str(target)}, _("Saved the visit sheet to {name}. Hand it to the office.").format(name=target)
    )
