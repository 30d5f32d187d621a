"""Agenda commands: ``agenda`` (the Today view) and ``calls due`` (the calls that can be made now)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from safetyworker.cli import common, output
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records import words


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("agenda", parents=parents, help=_("today: calls to make now and later, overdue, releases"))
    p.add_argument("--at", metavar="ISO", default=None, help=_("the moment to look from (ISO with offset or Z)"))
    p.add_argument("--days", type=int, default=14, help=_("how many days ahead for releases and reviews"))
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("calls", parents=parents, help=_("calls that are due"))
    csub = p.add_subparsers(dest="calls_command", required=True, metavar="COMMAND")
    c = csub.add_parser("due", parents=parents, help=_("the calls that are due and safe to make now"))
    c.add_argument("--at", metavar="ISO", default=None, help=_("the moment to look from (ISO with offset or Z)"))
    c.set_defaults(func=cmd_calls_due)


def parse_at(text: str | None) -> datetime:
    """``--at``: an ISO time with an offset (or UTC ``Z``); now when not given."""
    if text is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput("--at", _("'{text}' is not an ISO date and time").format(text=text)) from None
    if moment.tzinfo is None:
        raise InvalidInput("--at", _("give the offset too, for example 2026-11-23T10:30+00:00 or 2026-11-23T10:30Z"))
    return common.moment_in_range(moment, "--at")


def _time(iso: str | None) -> str:
    return iso[11:16] if iso else ""


def cmd_agenda(args: Any) -> int:
    at = parse_at(args.at)
    with common.open_session(args) as session:
        doc = session.unlocked(session.agenda).agenda(at, args.days)
    if args.json:
        output.emit_json(doc)
        return 0
    print(_("Agenda for {today} ({zone})").format(today=doc["today"], zone=doc["timezone"]))

    def section(title: str, headers: list[str], rows: list[tuple]) -> None:
        print()
        print(f"{title} ({len(rows)})")
        if rows:
            output.table(headers, rows)

    said = words.contact_kinds()  # the words, not the stored codes ("end"); the JSON keeps the codes

    def kinds(entry: dict) -> str:
        named = [(said.get(c["kind"], c["kind"]), c.get("note")) for c in entry["contacts"]]
        return ", ".join(f"{kind} ({note})" if note else kind for kind, note in named)

    section(
        _("Calls that can be made now"),
        [_("Case"), _("Name"), _("Number"), _("Safe until"), _("Due")],
        [
            (e["case_id"], e["preferred_name"], e["number_display"], _time(e["window_end"]), kinds(e))
            for e in doc["calls_now"]
        ],
    )
    section(
        _("Later today"),
        [_("Case"), _("Name"), _("Safe from"), _("Until"), _("Due")],
        [
            (e["case_id"], e["preferred_name"], _time(e["window_start"]), _time(e["window_end"]), kinds(e))
            for e in doc["later_today"]
        ],
    )
    section(
        _("Due, but no safe time to call today"),
        [_("Case"), _("Name"), _("Why"), _("Next safe time"), _("Due")],
        [
            (e["case_id"], e["preferred_name"], e["reason"], (e["window_start"] or "")[:16], kinds(e))
            for e in doc["due_no_safe_time_today"]
        ],
    )
    section(
        _("Overdue"),
        [_("Case"), _("Name"), _("Contact"), _("Was due"), _("Days late")],
        [(e["case_id"], e["preferred_name"], _what(e, said), e["due"], e["days_overdue"]) for e in doc["overdue"]],
    )
    section(
        _("Releases in the next {n} days").format(n=doc["days"]),
        [_("Case"), _("Name"), _("Release date"), _("In days")],
        [(e["case_id"], e["preferred_name"], e["release_date"], e["days_until"]) for e in doc["releases"]],
    )
    section(
        _("Reviews due in the next {n} days").format(n=doc["days"]),
        [_("Case"), _("Name"), _("Review of"), _("Due")],
        [(e["case_id"], e["preferred_name"], _what(e, said), e["due"]) for e in doc["reviews"]],
    )
    return 0


def _what(entry: dict[str, Any], said: dict[str, str]) -> str:
    """A contact's kind in words; for a review, whose it is (a risk review must not read as any other)."""
    kind = str(entry["kind"])
    if kind == "review":
        whose = {"risk": _("risk assessment"), "plan": _("safety plan")}.get(entry.get("source") or "")
        if whose:
            return whose
    return said.get(kind, kind)


def cmd_calls_due(args: Any) -> int:
    from safetyworker.records import phone

    at = parse_at(args.at)
    with common.open_session(args) as session:
        calls = session.unlocked(session.agenda).calls_due(at)
    if args.json:
        output.emit_json(calls)
        return 0
    if not calls:
        print(_("No calls are due and safe to make now."))
        return 0
    output.table(
        [_("Case"), _("Number"), _("Safe until"), _("Tell them")],
        [
            (
                c["case_id"],
                phone.display(c["number"]) if c["number"] else "",
                _time(c["window_end"]),
                "; ".join(c["tell"]),
            )
            for c in calls
        ],
    )
    return 0
