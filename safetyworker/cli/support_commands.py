"""Support given and the services directory from the command line (issue 19): ``support add|show`` and
``directory list|search|add|edit|checked|remove|import|add-to-plan``. The rules are the services' (services/support.py,
services/directory.py); this module reads the arguments and prints the result."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from safetyworker.cli import common, output
from safetyworker.cli.call_commands import parse_at
from safetyworker.cli.case_commands import _problem_json
from safetyworker.errors import InvalidInput
from safetyworker.i18n import _, _n
from safetyworker.records import phone
from safetyworker.records.directory_words import SERVES
from safetyworker.records.support import SUPPORT_KINDS, hours_text, kind_labels, parse_kinds, parse_minutes


def register(sub: argparse._SubParsersAction, parents: list) -> None:
    kinds = ", ".join(SUPPORT_KINDS)
    p = sub.add_parser("support", parents=parents, help=_("record work done for a person without them there"))
    ssub = p.add_subparsers(dest="support_command", required=True, metavar="COMMAND")
    c = ssub.add_parser("add", parents=parents, help=_("record work done without the person (a call, a letter)"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.add_argument("--minutes", required=True, metavar="N", help=_("minutes it took"))
    c.add_argument("--travel-minutes", metavar="N", default=None, help=_("minutes spent travelling for it"))
    c.add_argument("--support", required=True, metavar="KIND[,KIND...]", help=kinds)
    c.add_argument("--at", metavar="ISO", default=None, help=_("when, with its offset (default: now)"))
    c.add_argument("--note", default="", help=_("a few words about what was done"))
    c.add_argument("--corrects", metavar="ENTRY_ID", default=None, help=_("the support entry this one corrects"))
    c.set_defaults(func=cmd_support_add)
    c = ssub.add_parser("show", parents=parents, help=_("time and support given on a case"))
    c.add_argument("case_id", metavar="CASE_ID")
    c.set_defaults(func=cmd_support_show)

    p = sub.add_parser("directory", parents=parents, help=_("the local services directory"))
    dsub = p.add_subparsers(dest="directory_command", required=True, metavar="COMMAND")
    c = dsub.add_parser("list", parents=parents, help=_("every entry"))
    c.set_defaults(func=cmd_list)
    c = dsub.add_parser("search", parents=parents, help=_("services for a need near a place"))
    c.add_argument(
        "--near",
        default="",
        metavar="LOCALITY",
        help=_("a locality or postcode: those covering it first") + common.FROM_STDIN,
    )
    c.add_argument("--case", default=None, metavar="CASE_ID", help=_("near the case's locality and postcode"))
    c.add_argument("--need", default=None, metavar="KIND", help=kinds)
    c.add_argument("--serves", default=None, metavar="WHO", help=", ".join(SERVES))
    c.add_argument("--outreach", action="store_true", help=_("only services that come to the person"))
    c.add_argument("--welsh", action="store_true", help=_("only services that work in Welsh"))
    c.set_defaults(func=cmd_search)
    c = dsub.add_parser("add", parents=parents, help=_("add an entry from a JSON file (- for standard input)"))
    c.add_argument("file", metavar="FILE|-")
    c.set_defaults(func=cmd_add)
    c = dsub.add_parser(
        "edit", parents=parents, help=_("replace an entry with the one in a JSON file (- for standard input)")
    )
    c.add_argument("entry_id", metavar="ENTRY_ID")
    c.add_argument("file", metavar="FILE|-")
    c.set_defaults(func=cmd_edit)
    c = dsub.add_parser("checked", parents=parents, help=_("say an entry was checked today"))
    c.add_argument("entry_id", metavar="ENTRY_ID")
    c.set_defaults(func=cmd_checked)
    c = dsub.add_parser("remove", parents=parents, help=_("take an entry out of the directory"))
    c.add_argument("entry_id", metavar="ENTRY_ID")
    c.set_defaults(func=cmd_remove)
    c = dsub.add_parser(
        "import", parents=parents, help=_("office: bring in a directory spreadsheet (CSV), all or none")
    )
    c.add_argument("file", metavar="FILE")
    c.set_defaults(func=cmd_import)
    c = dsub.add_parser("add-to-plan", parents=parents, help=_("put an entry in a case's safety plan"))
    c.add_argument("entry_id", metavar="ENTRY_ID")
    c.add_argument("case_id", metavar="CASE_ID")
    c.set_defaults(func=cmd_add_to_plan)


# -- support ----------------------------------------------------------------------------------------------


def cmd_support_add(args: Any) -> int:
    at = parse_at(args.at) or datetime.now(UTC)
    minutes = parse_minutes(args.minutes, "--minutes", required=True)
    travel = parse_minutes(args.travel_minutes, "--travel-minutes")
    kinds = parse_kinds(args.support, "--support")
    if not kinds:
        raise InvalidInput("--support", _("say what kind of support it was"))
    with (
        common.open_session(args) as session,
        common.as_options({"corrects_id": "--corrects", "note": "--note", "at": "--at"}),
    ):
        entry_id = session.unlocked(session.support).add(
            args.case_id,
            minutes=minutes,
            travel_minutes=travel,
            support=kinds,
            at=at,
            note=args.note,
            corrects_id=args.corrects,
        )
    return output.result(args, {"id": entry_id, "case_id": args.case_id}, entry_id)


def cmd_support_show(args: Any) -> int:
    with common.open_session(args) as session:
        service = session.unlocked(session.support)
        summary = service.summary(args.case_id)
        entries = service.entries(args.case_id)
    doc = {**summary, "entries": entries}
    lines = []
    for key, title in (("this_month", _("This month")), ("since_referral", _("Since the referral"))):
        part = summary[key]
        lines.append(
            _("{title}: {time} with or for the person, {travel} travelling").format(
                title=title, time=hours_text(part["minutes"]), travel=hours_text(part["travel_minutes"])
            )
        )
        for kind, minutes in sorted(part["by_kind"].items(), key=lambda kv: -kv[1]):
            lines.append(f"  {SUPPORT_KINDS[kind]}: {hours_text(minutes)}")
    return output.result(args, doc, *lines)


# -- directory --------------------------------------------------------------------------------------------


def _lines(entries: list[dict[str, Any]]) -> list[str]:
    from safetyworker.services.directory import COVERS, EVERYWHERE

    lines = []
    for e in entries:
        flags = []
        if e.get("area") == COVERS:
            flags.append(_("covers the place"))
        elif e.get("area") == EVERYWHERE:
            flags.append(_("covers everywhere"))
        if e["outreach"]:
            flags.append(_("comes to the person"))
        if e["welsh_language"]:
            flags.append(_("Welsh"))
        if e["stale"]:
            flags.append(_("not checked for a year"))
        number = phone.display(e["phone"]) if e["phone"] else ""
        lines.append(f"{e['id']}  {e['name']}  {number}")
        lines.append(f"    {kind_labels(e['kinds'])}" + (f" ({', '.join(flags)})" if flags else ""))
    if not entries:
        lines.append(_("No entries."))
    return lines


def cmd_list(args: Any) -> int:
    with common.open_session(args) as session:
        entries = session.unlocked(session.directory).list()
    return output.result(args, {"entries": entries}, *_lines(entries))


def cmd_search(args: Any) -> int:
    with common.open_session(args) as session:
        entries = session.unlocked(session.directory).search(
            near=args.near,
            need=args.need,
            serves=args.serves,
            outreach=args.outreach,
            welsh=args.welsh,
            case_id=args.case,
        )
    return output.result(args, {"entries": entries}, *_lines(entries))


def cmd_add(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        entry_id = session.unlocked(session.directory).add(data)
    return output.result(args, {"id": entry_id}, entry_id)


def cmd_edit(args: Any) -> int:
    data = common.read_json(args.file)
    with common.open_session(args) as session:
        changed = session.unlocked(session.directory).update(args.entry_id, data)
    return output.result(
        args,
        {"id": args.entry_id, "changed": changed},
        _("Changed: {fields}.").format(fields=", ".join(changed)) if changed else _("Nothing changed."),
    )


def cmd_checked(args: Any) -> int:
    with common.open_session(args) as session:
        changed = session.unlocked(session.directory).mark_checked(args.entry_id)
    return output.result(args, {"id": args.entry_id, "changed": changed}, _("Marked as checked today."))


def cmd_remove(args: Any) -> int:
    with common.open_session(args) as session:
        session.unlocked(session.directory).remove(args.entry_id)
    return output.result(args, {"id": args.entry_id, "removed": True}, _("Removed from the directory."))


def cmd_import(args: Any) -> int:
    from safetyworker.services.directory import ImportRefused

    data = common.read_input(args.file)
    try:
        with common.open_session(args) as session:
            counts = session.unlocked(session.directory).import_csv(data)
    except ImportRefused as refused:
        if args.json:
            output.emit_json({"imported": 0, "problems": [_problem_json(p) for p in refused.problems]})
        else:
            for p in refused.problems:
                print(_("line {line}, {field}: {problem}").format(line=p.line, field=p.field, problem=p.message))
            rows = len({p.line for p in refused.problems})
            print(
                _n(
                    "Nothing was imported: {n} row needs correcting.",
                    "Nothing was imported: {n} rows need correcting.",
                    rows,
                ).format(n=rows)
            )
        return InvalidInput.exit_code
    return output.result(
        args,
        counts,
        _("Added {a}, updated {u}, unchanged {n}.").format(
            a=counts["added"], u=counts["updated"], n=counts["unchanged"]
        ),
    )


def cmd_add_to_plan(args: Any) -> int:
    with common.open_session(args) as session:
        version = session.unlocked(session.directory).add_to_plan(args.case_id, args.entry_id)
    return output.result(
        args,
        {"case_id": args.case_id, "entry_id": args.entry_id, "plan_version": version},
        _("Added to the safety plan (version {v}).").format(v=version)
        if version
        else _("The safety plan already has it."),
    )
