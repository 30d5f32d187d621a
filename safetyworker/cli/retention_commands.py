"""Retention: ``retention show`` (the schedule in force) and ``retention run [--dry-run]`` (apply it, or say
what it would remove and why). The schedule itself is set at the office with ``settings set retention_years``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safetyworker.cli import common, output
from safetyworker.i18n import _, _n

if TYPE_CHECKING:
    from safetyworker.services.retention import RetentionReport, Schedule


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("retention", parents=parents, help=_("how long closed cases are kept, and removing them"))
    rsub = p.add_subparsers(dest="retention_command", required=True, metavar="COMMAND")
    c = rsub.add_parser("show", parents=parents, help=_("show the retention schedule in force"))
    c.set_defaults(func=cmd_show)
    c = rsub.add_parser("run", parents=parents, help=_("remove what the schedule no longer keeps"))
    c.add_argument("--dry-run", action="store_true", help=_("only list what would be removed and why; change nothing"))
    c.set_defaults(func=cmd_run)


def _rule_line(schedule: Schedule, rule: str) -> str:
    if rule == "laptop":
        return _("This laptop: closed cases are taken off once the office holds every change to them.")
    source = _("set by the office") if schedule.source == "office" else _("the default")
    years = schedule.closed_case_years
    return _n(
        "Closed cases are erased {n} year after they were closed ({source}).",
        "Closed cases are erased {n} years after they were closed ({source}).",
        years,
    ).format(n=years, source=source)


def cmd_show(args: Any) -> int:
    with common.open_session(args) as session:
        service = session.unlocked(session.retention)
        schedule, rule = service.schedule(), service.rule()
    return output.result(args, schedule.to_json() | {"rule": rule}, _rule_line(schedule, rule))


def report_lines(report: RetentionReport) -> list[str]:
    """The run in words: counts and case ids, never a name."""
    from safetyworker.services.retention import COUNT_WORDS, REASON_WORDS

    lines = [_rule_line(report.schedule, report.rule)]
    if not report.removed:
        lines.append(_("Nothing is due to be removed."))
    else:
        if report.dry_run:
            lines.append(_("Would remove (nothing has been changed):"))
        else:
            lines.append(_("Removed:"))
        for removal in report.removed:
            lines.append(
                "  "
                + _("{case} (closed {day}): {why}").format(
                    case=removal.case_id, day=removal.closed_on, why=REASON_WORDS[removal.reason]
                )
            )
        totals = ", ".join(f"{COUNT_WORDS.get(name, name)}: {n}" for name, n in report.totals().items())
        lines.append(_("In all: {totals}").format(totals=totals))
    if report.waiting:
        lines.append(_("Kept for now:"))
        for removal in report.waiting:
            lines.append("  " + f"{removal.case_id}: {REASON_WORDS[removal.reason]}")
    return lines


def cmd_run(args: Any) -> int:
    with common.open_session(args) as session:
        report = session.unlocked(session.retention).run(dry_run=args.dry_run)
    return output.result(args, report.to_json(), *report_lines(report))
