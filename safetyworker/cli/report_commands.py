"""Reports for funders from the command line (issue 19; docs/reports.md): ``report caseload|timeliness|contacts|
support|actions [--from DATE] [--to DATE] [--worker ID] [--csv FILE] [--no-suppress]``. The figures are the
service's (services/reports.py); this module reads the arguments, prints the figures and writes the CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from safetyworker.cli import common, output
from safetyworker.i18n import N_, TranslatedMapping, _
from safetyworker.records import words
from safetyworker.records.report_words import MINUTE_FIGURES, REPORTS
from safetyworker.records.support import SUPPORT_KINDS, hours_text

#: What each figure is called for a person reading the terminal (the JSON keeps the words).
FIGURE_LABELS = TranslatedMapping(
    {
        "by_status": N_("Cases by status"),
        "open_cases": N_("Open cases"),
        "by_risk_level": N_("Open cases by risk level"),
        "referrals_in": N_("Referrals in"),
        "closed": N_("Cases closed"),
        "closed_reasons": N_("Reasons for closing"),
        "initial_contact": N_("First contact before the programme started"),
        "contacts_overdue": N_("Contacts overdue"),
        "inform": N_("Inform contacts made within the set working days"),
        "attempted": N_("Contacts attempted"),
        "made": N_("Contacts that reached the person"),
        "by_channel": N_("By channel"),
        "total_minutes": N_("Time with or for the person"),
        "travel_minutes": N_("Travel"),
        "entries": N_("Entries"),
        "by_kind": N_("By kind of support"),
        "by_worker": N_("By worker"),
        "open": N_("Open actions"),
        "overdue": N_("Actions overdue"),
        "overdue_by_owner": N_("Overdue, by who passes it on"),
        "due": N_("Actions due in the period"),
        "done_in_time": N_("Done by the day due"),
        "done_late": N_("Done late"),
        "not_done": N_("Not done"),
    }
)
_META = ("report", "from", "to", "as_at", "scope", "worker")


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("report", parents=parents, help=_("figures for funders: no names, small counts hidden in CSV"))
    p.add_argument("name", choices=REPORTS, metavar="|".join(REPORTS))
    p.add_argument("--from", dest="start", default=None, metavar="DATE", help=_("first day (inclusive)"))
    p.add_argument("--to", dest="end", default=None, metavar="DATE", help=_("last day (inclusive; default today)"))
    p.add_argument("--worker", default=None, metavar="ID", help=_("office: only the cases given to this worker"))
    p.add_argument("--csv", default=None, metavar="FILE", help=_("also save the figures as CSV"))
    p.add_argument(
        "--no-suppress", action="store_true", help=_("write counts under 5 as they are (not for outside the service)")
    )
    p.add_argument("--force", action="store_true", help=_("replace FILE if it is already there"))
    p.set_defaults(func=cmd_report)


def _value(figure: str, value: Any, minutes: bool) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.0%}"
    if minutes and isinstance(value, int):
        return hours_text(value)
    return str(value)


def item_words() -> dict[str, str]:
    """The words of the figures' items (statuses, channels, kinds), as the desktop's report shows them."""
    return {
        **words.contact_kinds(),
        **words.log_channels(),
        **words.case_statuses(),
        **dict(SUPPORT_KINDS.items()),
        **words.report_items(),
    }


def report_lines(doc: dict[str, Any]) -> list[str]:
    """The figures for a person: one line per figure, items indented, in words (the JSON keeps the codes)."""
    period = _("{start} to {end}").format(start=doc["from"] or _("the beginning"), end=doc["to"])
    name = words.report_names().get(doc["report"], doc["report"])
    lines = [_("Report: {name}, {period}").format(name=name, period=period)]
    said = item_words()
    for figure, value in doc.items():
        if figure in _META:
            continue
        minutes = doc["report"] == "support" and figure in MINUTE_FIGURES
        label = FIGURE_LABELS.get(figure, figure)
        if not isinstance(value, dict):
            lines.append(f"{label}: {_value(figure, value, minutes)}")
            continue
        lines.append(f"{label}:")
        if not value:
            lines.append("  " + _("none"))
        for item, inner in value.items():
            if isinstance(inner, dict):
                text = ", ".join(f"{said.get(k, k)} {_value(k, v, minutes)}" for k, v in inner.items())
                lines.append(f"  {said.get(item, item)}: {text}")
            else:
                lines.append(f"  {said.get(item, item)}: {_value(item, inner, minutes)}")
    return lines


def cmd_report(args: Any) -> int:
    from safetyworker.services.reports import parse_period
    from safetyworker.sync import files

    target = files.new_file(Path(args.csv), force=args.force) if args.csv else None
    with common.open_session(args) as session:
        service = session.unlocked(session.reports)
        start, end = parse_period(args.start, args.end, service.today())
        doc = service.report(args.name, start, end, worker=args.worker)
        if target is not None:
            target = service.save_csv(doc, target, suppress=not args.no_suppress, force=args.force)
    lines = report_lines(doc)
    if target is not None:
        doc = {**doc, "csv": str(target), "suppressed": not args.no_suppress}
        lines.append(
            _("Saved the figures to {name} (counts under 5 written <5).").format(name=target)
            if not args.no_suppress
            else _("Saved the figures to {name}, small counts shown: keep it inside the service.").format(name=target)
        )
    return output.result(args, doc, *lines)
