"""Contact commands: ``log add`` (what the desktop's contact log does, a correction too), ``note add`` (the Notes
tab), ``contact cancel`` and ``contact plan``.

The rules are the core's (``CaseService.append_log`` and its call-safety checks, ``services/contacts.py``): this
module only reads the arguments and prints the result.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, timedelta
from typing import Any

from safetyworker.cli import common, output
from safetyworker.cli.call_commands import parse_at
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _
from safetyworker.records.contact_words import LOG_CHANNELS, LOG_OUTCOMES, MANUAL_KINDS
from safetyworker.records.support import SUPPORT_KINDS, parse_kinds, parse_minutes

#: A clock a few minutes fast is not a contact logged ahead of time.
FUTURE_SLACK = timedelta(minutes=5)


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    p = sub.add_parser("log", parents=parents, help=_("add to a case's contact log"))
    lsub = p.add_subparsers(dest="log_command", required=True, metavar="COMMAND")
    c = lsub.add_parser(
        "add",
        parents=parents,
        help=_("log a contact; one that reached the person completes the planned contact due"),
    )
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--outcome", required=True, metavar="OUTCOME", help=", ".join(LOG_OUTCOMES))
    c.add_argument("--channel", default="phone", metavar="CHANNEL", help=", ".join(LOG_CHANNELS))
    c.add_argument("--method", metavar="METHOD_ID", default=None, help=_("the contact method (number) used"))
    c.add_argument("--at", metavar="ISO", default=None, help=_("when, with its offset (default: now)"))
    c.add_argument("--reason", default="", help=_("why, when the call was outside the safe times"))
    c.add_argument("--note", default="", help=_("a few words about what happened"))
    c.add_argument("--incident", action="store_true", help=_("a new incident was reported (prompts a risk review)"))
    c.add_argument("--minutes", metavar="N", default=None, help=_("minutes spent with the person"))
    c.add_argument("--travel-minutes", metavar="N", default=None, help=_("minutes spent travelling for it"))
    c.add_argument(
        "--support",
        metavar="KIND[,KIND...]",
        default="",
        help=_("support given: {k}").format(k=", ".join(SUPPORT_KINDS)),
    )
    c.add_argument(
        "--fulfils",
        metavar="PLANNED_ID|none",
        default=None,
        help=_("the planned contact this completes (default: the earliest due), or 'none'"),
    )
    c.add_argument(
        "--corrects",
        metavar="ENTRY_ID",
        default=None,
        help=_("the log entry this one corrects (what it completed is undone first)"),
    )
    c.set_defaults(func=cmd_log_add)

    p = sub.add_parser("note", parents=parents, help=_("add a note to a case (append-only)"))
    nsub = p.add_subparsers(dest="note_command", required=True, metavar="COMMAND")
    c = nsub.add_parser("add", parents=parents, help=_("add a note, or a correction of one, to a case"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--note", required=True, metavar="TEXT", help=_("the note") + common.FROM_STDIN)
    c.add_argument("--corrects", metavar="NOTE_ID", default=None, help=_("the note this one corrects"))
    c.set_defaults(func=cmd_note_add)

    p = sub.add_parser("contact", parents=parents, help=_("cancel a planned contact, or plan one by hand"))
    csub = p.add_subparsers(dest="contact_command", required=True, metavar="COMMAND")
    c = csub.add_parser("cancel", parents=parents, help=_("cancel a planned contact, saying why"))
    c.add_argument("planned_id", metavar="PLANNED_ID")
    c.add_argument("--reason", required=True)
    c.set_defaults(func=cmd_cancel)

    c = csub.add_parser("plan", parents=parents, help=_("plan a contact by hand"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--kind", required=True, metavar="KIND", help=", ".join(MANUAL_KINDS))
    c.add_argument("--due", required=True, metavar="DATE", help=_("the day it is due, e.g. 2026-12-24"))
    c.add_argument("--note", default="")
    c.set_defaults(func=cmd_plan)


#: The core's field names, as the options a person typed (so a message points at what to change).
_OPTIONS = {
    "outcome": "--outcome",
    "channel": "--channel",
    "contact_method_id": "--method",
    "override_reason": "--reason",
    "note": "--note",
    "fulfils": "--fulfils",
    "corrects_id": "--corrects",
}


def _fulfils(value: str | None) -> str | None:
    from safetyworker.services import contacts

    if value is None:
        return contacts.EARLIEST_DUE
    value = value.strip()
    if value.casefold() == "none":
        return None
    if not value:
        raise InvalidInput("--fulfils", _("give a planned contact's id, or 'none'"))
    return value


def _corrects(value: str | None) -> str | None:
    if value is None:
        return None
    if not value.strip():
        raise InvalidInput("--corrects", _("give the id of the entry this one corrects"))
    return value.strip()


def cmd_note_add(args: Any) -> int:
    with common.open_session(args) as session:
        note_id = session.unlocked(session.cases).append_note(
            args.case_id, args.note, corrects_id=_corrects(args.corrects)
        )
    return output.result(args, {"id": note_id, "case_id": args.case_id}, note_id)


def _due(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(
            "--due", _("'{value}' is not a date (write it like 2026-12-24)").format(value=value)
        ) from None


def cmd_log_add(args: Any) -> int:
    from safetyworker.services import contacts

    at = parse_at(args.at) or datetime.now(UTC)
    if at > datetime.now(UTC) + FUTURE_SLACK:
        raise InvalidInput("--at", _("the time is in the future: log a contact once it has happened"))
    fulfils = _fulfils(args.fulfils)
    corrects = _corrects(args.corrects)
    minutes = parse_minutes(args.minutes, "--minutes")
    travel_minutes = parse_minutes(args.travel_minutes, "--travel-minutes")
    support = parse_kinds(args.support, "--support")
    with common.as_options(_OPTIONS):
        contacts.check_fulfils(args.outcome, fulfils)
    with common.open_session(args) as session:
        held = session.unlocked(session.contacts).fulfilled_by(corrects) if corrects else []
        with common.as_options(_OPTIONS):
            entry_id = session.unlocked(session.cases).append_log(
                args.case_id,
                channel=args.channel,
                outcome=args.outcome,
                at=at,
                override_reason=args.reason.strip(),
                note=args.note.strip(),
                contact_method_id=args.method,
                corrects_id=corrects,
                fulfils=fulfils,
                incident=args.incident,
                minutes=minutes,
                travel_minutes=travel_minutes,
                support=support,
            )
        done = session.unlocked(session.contacts).fulfilled_by(entry_id)
        undone = [p for p in held if p not in done]  # what the corrected entry completed and this one does not
        rows = {r["id"]: r for r in session.unlocked(session.contacts).done_rows(done + undone)}
    if args.json:
        doc: dict[str, Any] = {"id": entry_id, "fulfilled": done}
        if corrects:
            doc |= {"corrects_id": corrects, "undone": undone}
        output.emit_json(doc)
        return 0
    print(entry_id)
    for planned in done:
        row = rows.get(planned)
        if row:
            print(_("Done: the {kind} contact due {due}.").format(kind=row["kind"], due=row["due"]))
    for planned in undone:
        row = rows.get(planned)
        if row:
            print(_("Planned again: the {kind} contact due {due}.").format(kind=row["kind"], due=row["due"]))
    return 0


def cmd_cancel(args: Any) -> int:
    with common.open_session(args) as session:
        case_id = session.unlocked(session.contacts).cancel(args.planned_id, args.reason)
    return output.result(
        args,
        {"id": args.planned_id, "case_id": case_id, "status": "cancelled"},
        _("The planned contact was cancelled."),
    )


def cmd_plan(args: Any) -> int:
    due = _due(args.due)
    with common.open_session(args) as session:
        planned_id = session.unlocked(session.contacts).plan(args.case_id, args.kind.strip(), due, args.note)
    return output.result(
        args, {"id": planned_id, "case_id": args.case_id, "kind": args.kind.strip(), "due": due.isoformat()}, planned_id
    )
